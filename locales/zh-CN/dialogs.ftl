# dialogs
# 对话框与表单：阶段门清单、输单与赢单登记、商机/跟进/任务表单、
# 看板筛选、搜索、帮助与命令面板。

## 对话框底部的按键提示（"tab 下一项 · enter 保存 · esc 取消"）。
dlg-hint-next = 下一项
dlg-hint-next-field = 下一项
dlg-hint-choose = 选择
dlg-hint-save = 保存
dlg-hint-cancel = 取消
dlg-hint-apply = 应用
dlg-hint-tick = 勾选
dlg-hint-win = 赢单
dlg-hint-move = 推进
dlg-hint-open = 打开
dlg-hint-close = 关闭

## 表单中的选项。
dlg-yes = 是
dlg-no = 否

## 通用表单。
dlg-form-nobody-yet = 尚未选择
dlg-form-nobody = 不指定
dlg-form-discard = 放弃修改？
dlg-form-discard-keys = 按 y、enter 或再按 esc 放弃 · 按其他键继续编辑
dlg-form-required = 必填
dlg-form-negative = 不能为负数
dlg-form-amount = 请输入金额，如 12500、8万、1.2亿、12.5k 或 1.2m
dlg-form-currency = 请输入三位货币代码，如 CNY
dlg-form-date-required = 必填：2026-12-31、12月31日、明天、3天后、下周五、月底、季末
dlg-form-date = 请输入日期：2026-12-31、12月31日、明天、3天后、下周五、月底、季末、+7d
dlg-form-percent = 请输入 0 到 100 的整数百分比
dlg-form-fix-first = 请先修正标记的字段
# 输入的日期解析结果："= 2026-11-29 周日"。
dlg-form-date-hint = = { $date } { $weekday }
dlg-weekday-1 = 周一
dlg-weekday-2 = 周二
dlg-weekday-3 = 周三
dlg-weekday-4 = 周四
dlg-weekday-5 = 周五
dlg-weekday-6 = 周六
dlg-weekday-7 = 周日
# 列表上的表单保存时没有任何改动。
dlg-nothing-changed = 没有改动

## 帮助（`?`）；在看板上还会解释各种标记。
dlg-help-title = 本屏按键与标记 · j k 滚动 · esc 关闭
dlg-legend-selected = 当前选中的卡片
dlg-legend-gate = 下一阶段的阶段门还有未勾选的条件
dlg-legend-no-close = 还没有预计成交日期（按 e 设置）
# 标记本身：Σ 加一个示例合计。
dlg-legend-total-mark = Σ { $amount }
dlg-legend-total = 该列以主币种计的合计（+€… 为其他币种，不相加）
# 标记本身："加权"加一个示例加权合计。
dlg-legend-weighted-mark = 加权 { $amount }
dlg-legend-weighted = 加权：每笔金额 × 其赢率
dlg-legend-days = 在当前阶段的天数；停滞时显示为橙色
dlg-legend-next-step = 下一步的日期；已过期时显示为红色
dlg-legend-column = 当前列 / 总列数
dlg-legend-quit = 在看板上退出（esc 清除筛选；ctrl-c 在任何地方退出）
dlg-legend-tasks = 在详情中：该商机的任务

## 阶段门清单（推进或赢单时有未勾选的条件）。
dlg-gate-title-win = 赢单：{ $stage } 之前的阶段门
dlg-gate-title-move = 阶段门：进入 { $stage }
dlg-gate-reason = 跳过原因：
dlg-gate-need-reason = 请勾选所有条件，或填写跳过原因

## 搜索（`/`）与命令面板（`:`）。
dlg-search-title = 搜索商机、客户、联系人
dlg-search-loading = 加载中…
dlg-palette-title = 命令
dlg-palette-none = 没有匹配的命令

## 某客户的商机（搜索结果）或报表发现背后的商机。
dlg-deal-list-title = { $name }：{ $count } 个商机
dlg-deal-list-col-deal = 商机
dlg-deal-list-col-owner = 负责人
dlg-deal-list-col-stage = 阶段 / 结果
dlg-deal-list-col-close = 成交日
dlg-deal-list-col-amount = 金额
dlg-deal-list-foot = { $count } 个商机 · { $keys }

## 输单登记（`X`）与输单复盘中的分类。
dlg-loss-title = 标记输单
dlg-loss-triage-title = 分类
dlg-loss-reason = 输单原因
dlg-loss-detail = 具体原因
dlg-loss-competitor = 竞争对手
dlg-loss-controllable = 是否可控
dlg-loss-lesson = 经验教训
dlg-loss-lost-on = 输单日期
# 根据商机数据给出的建议：具体原因及其依据。
dlg-loss-signal = ⚑ { $reason }：{ $evidence }
dlg-loss-no-taxonomy = 输单原因分类为空

## 赢单登记（`W`）。
dlg-won-title = 标记赢单
dlg-won-subtitle = { $deal } · 币种 { $currency }
dlg-won-no-reasons = （未设置）
dlg-won-reason = 赢单原因
dlg-won-on = 赢单日期
dlg-won-amount = 签约金额

## 看板筛选（`f`）。
dlg-filter-title = 筛选看板
dlg-filter-any = 不限
dlg-filter-anyone = 不限
# 负责人列表中用户本人。
dlg-filter-me = 我（{ $name }）
dlg-filter-owner = 负责人
dlg-filter-stale = 仅看停滞
dlg-filter-quarter = 本季度成交
dlg-filter-tag = 标签
dlg-filter-team = 负责人团队
dlg-filter-applied = 筛选：{ $filter }
dlg-filter-cleared = 已清除筛选

## 新建商机（`n`）与编辑商机（`e`）。
dlg-deal-new-title = 新建商机 · { $pipeline }
dlg-deal-edit-title = 编辑商机 { $id }
dlg-deal-title = 名称
dlg-deal-account = 客户
dlg-deal-owner = 负责人
dlg-deal-amount = 金额
dlg-deal-currency = 币种
dlg-deal-close = 预计成交
dlg-deal-probability = 赢率 %
dlg-deal-forecast = 预测
dlg-deal-stage = 阶段
dlg-deal-source = 来源
dlg-deal-tags = 标签
dlg-deal-competitors = 竞争对手
dlg-deal-next-step = 下一步
dlg-deal-next-step-date = 下一步日期
dlg-deal-no-account = 没有这个客户（新建商机时可以新建客户）

## 记录跟进（`a`）或添加任务。
dlg-activity-title = 记录跟进
dlg-activity-task-title = 添加任务
dlg-activity-kind = 类型
dlg-activity-with = 联系人
dlg-activity-summary = 摘要
dlg-activity-when = 日期
dlg-activity-due = 任务截止
dlg-activity-future = 只有任务可以是将来的日期；要计划请选择任务

## 商机的任务（详情中按 `T`）。
dlg-tasks-title = 任务 · { $deal }
dlg-tasks-empty = 该商机还没有任务 — 按 t 添加。
dlg-tasks-hint-change = 完成 / 改期 / 转交
# 任务表单中可选择的字段（显示在空格键旁）。
dlg-tasks-choices = 状态 / 负责人
dlg-task-open = 未完成
dlg-task-done = 已完成
dlg-task-overdue = 已逾期
dlg-task-no-date = （无日期）
dlg-task-form-title = 任务
dlg-task-status = 状态
dlg-task-due = 截止
dlg-task-owner = 负责人

## 打开对话框或保存时状态栏的消息。
dlg-no-deal = 未选中商机
dlg-closed-forward = 商机已{ $status }；按 H 退回即可重新打开
dlg-an-open-stage = 一个进行中的阶段
dlg-reopen-ask = 将 { $deal }（{ $status }）重新打开到 { $stage }？再按 H 确认；按其他键保持{ $status }
dlg-last-stage = 已是最后一个进行中的阶段：按 W 标记赢单
dlg-first-stage = 已在第一个阶段
dlg-win-needs-open = 请选择一个进行中的商机来标记赢单
dlg-no-pipeline = 没有可以添加商机的销售流程
dlg-edit-needs-deal = 请选择要编辑的商机
dlg-activity-needs-deal = 请选择要记录跟进的商机
dlg-tasks-need-deal = 请打开一个商机查看其任务
dlg-contacts-need-deal = 请打开一个商机查看其客户的联系人
dlg-task-done-today = 已完成（在看板上按 u 撤销）
dlg-task-saved = 已保存 · 按 u 撤销
dlg-task-step-cleared = 已完成 — 商机逾期的下一步已清除 · 按 u 撤销
dlg-task-step-moved = 已改期 — 商机的下一步随之调整 · 按 u 撤销
dlg-contact-saved = 已保存 { $name } · 按 u 撤销
dlg-contact-gone = 联系人 { $id } 已不存在
dlg-account-gone = 客户 { $id } 已不存在
