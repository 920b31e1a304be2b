# 商机详情（看板卡片上按 enter）、权力地图编辑（c），以及应用核心的状态消息（app-）。

## 概览字段：标签按一列对齐，请保持简短。
detail-field-amount = 金额
detail-field-owner = 负责人
detail-field-won-on = 赢单日期
detail-field-lost-on = 输单日期
# 进行中商机的预计成交日期。
detail-field-close = 预计成交
detail-field-source = 来源
# 行业 · 区域。
detail-field-market = 市场
detail-field-tags = 标签
# 参与竞争的对手。
detail-field-competing = 竞争对手
detail-field-next-step = 下一步
# 输单原因类别 / 具体原因。
detail-field-lost = 输单原因
detail-field-lesson = 经验教训
# 赢单的原因。
detail-field-won = 赢单原因
# 进行中商机的金额、赢率与加权金额。
detail-amount-weighted = { $amount }（{ $probability }% → 加权 { $weighted }）
detail-loss = { $category } / { $reason }
detail-loss-to = { $category } / { $reason }（竞争对手：{ $competitor }）
# 列表中名称之间的分隔符（竞争对手、联系人）。
detail-list-separator = 、

detail-scorecard = 评分卡 { $percent }/100
detail-risks = 风险
detail-quotes = 报价
detail-quotes-none = 暂无
# 一份报价：编号、版本、状态、总额、币种、毛利率。
detail-quote-line = { $number } v{ $version } { $status }  { $total } { $currency }  毛利率 { $margin }
detail-quote-draft = 草稿
detail-quote-sent = 已发送
detail-quote-accepted = 已接受
detail-quote-rejected = 已拒绝

## 权力地图（客户的联系人）与时间线。
detail-power-map = 权力地图
detail-dm-untouched = ⚠ 决策人 { $name } 已 { $days } 天未联系
detail-dm-never = ⚠ 决策人 { $name } 从未联系
detail-no-contacts = 该客户下没有联系人
# 最近一次联系是多久以前。
detail-days-ago =
    { $days ->
        [0] 今天
        [1] 昨天
       *[other] { $days } 天前
    }
detail-never = 从未联系
detail-timeline = 时间线
detail-event-created = 创建于 { $stage }
detail-event-undo = 撤销 → { $stage }
# 豁免阶段门（有条件被豁免）的阶段推进。
detail-event-override = (豁免阶段门：{ $reason })
detail-activity-due = ({ $date } 到期)
# 跟进涉及的联系人。
detail-activity-with = · 联系人 { $names }

## 权力地图编辑（详情中按 c）。
detail-power-map-title = 权力地图 · { $account }
detail-power-map-empty = 该客户下还没有联系人。
detail-power-map-edit = 编辑角色 / 立场 / 影响力
detail-power-map-close = 关闭
detail-power-map-choose = 选择
detail-contact-form = 联系人
detail-contact-title = 职务
detail-contact-role = 角色
detail-contact-stance = 立场
detail-contact-influence = 影响力（1–5）

## 应用核心的状态消息，以及看板的排序与筛选。
app-read-only = 复盘正在查看此商机，只读：按 q 返回复盘
app-nothing-to-clear = 没有可清除的筛选 · 按 q 退出 dealdeck
app-select-open-to-lose = 请先选择一个进行中的商机，再标记输单
app-sorted-by = 已按{ $sort }排序
app-pipeline = 销售流程：{ $name }
app-deal-gone = 商机 { $id } 已不存在
app-closed-load-error = 无法加载本月已关闭的商机：{ $error }
app-closed-load-failed = 加载本月已关闭的商机失败
app-sort-amount = 金额（从大到小）
app-sort-days = 阶段停留天数（从长到短）
app-sort-close = 预计成交日期（从近到远）
app-sort-title = 标题（A–Z）
app-filter-owner = 负责人 { $name }
app-filter-stale = 停滞
app-filter-closing = 本季度成交
app-filter-team = 团队 { $team }
# 筛选条件之间的分隔符。
app-filter-separator = ，
app-created = 已创建 { $id } { $title } · u 撤销
app-created-with-account = 已创建 { $id } { $title }，并新建客户 { $account } · u 撤销
app-saved = 已保存 { $title } · u 撤销
# 跟进类型：电话、邮件、会议……
app-logged = 已记录 { $kind } · u 撤销
app-logged-with-task = 已记录 { $kind }，并建了 { $due } 跟进的任务 · u 一并撤销
app-moved = { $title } → { $stage } · u 撤销
app-moved-overridden = { $title } → { $stage }（豁免 { $count } 项阶段门条件）· u 撤销
# 撤销了什么，沿用存储层的说法。
app-undone = 已撤销：{ $what }
app-nothing-to-undo = 没有可撤销的操作
app-deal-not-open = 商机 { $id } 已不再进行中

## 共享工作区：他人的修改与跟随复盘。
app-catch-up-error = 无法更新看板：{ $error }
app-other-added = { $by } 新增了 { $title }
app-other-won = { $by } 将 { $title } 标记为赢单
app-other-lost = { $by } 将 { $title } 标记为输单
app-other-moved = { $by } 将 { $title } 移到 { $stage }
app-other-changed = { $by } 修改了 { $title }
app-other-removed = { $by } 删除了 { $title }
app-follow-needs-server = 跟随需要多人协作：仅适用于由 `dealdeck serve` 共享的工作区
app-follow-none = 当前没有进行中的复盘可跟随
app-follow-stopped = 已停止跟随复盘
app-following = 正在跟随复盘（只读）· esc 离开
