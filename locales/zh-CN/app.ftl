# 应用自身的文字：标题栏、底部提示、看板。

too-small = 终端窗口太小
too-small-need = { $width }x{ $height } — dealdeck 至少需要 { $min_width }x{ $min_height }
title-deal = 商机
title-reports = 报表
badge-sample = 示例数据
title-filter = 筛选：{ $filter }
title-due = { $count } 项到期 (g t)
who-no-owner = { $name }（不是负责人）
who-more = 另 { $count } 人
who-following = 跟随中

hint-open = 打开
hint-move-forward = 推进 ▸
hint-move-back = ◂ 退回
hint-won = 赢单
hint-lost = 输单
hint-undo = 撤销
hint-search = 搜索
hint-help = 帮助
hint-next-report = 下一报表
hint-period-back = ◂ 期间
hint-period-forward = 期间 ▸
hint-period-length = 月/季/年
hint-whose = 对象
hint-deals = 商机
hint-back = 返回

board-no-pipeline = 此工作区没有销售流程
board-totals-open = Σ { $total }{ $others }  加权 { $weighted }
board-totals-closed = Σ { $total }{ $others } 本月
board-more-below = ↓ 还有 { $count } 个
board-more-above = ↑ { $count }
board-loading = 加载中…
board-no-deals = 没有商机
# 商机在当前阶段停留的天数。
board-days = { $days }天

language-now = 语言：{ $name }。（在 settings.toml 中写 `lang = "{ $code }"` 可保留此设置。）
palette-language = 语言：{ $name }

# settings.toml 未设置 win_reasons 时，赢单对话框提供的原因。
win-reason-1 = 最贴合客户需求
win-reason-2 = 关系与信任
win-reason-3 = 价格与条款
win-reason-4 = 交付速度
win-reason-5 = 案例与证明
win-reason-6 = 其他
app-paste-nowhere = 粘贴的文字只能放进文本框，这里没有打开的文本框
