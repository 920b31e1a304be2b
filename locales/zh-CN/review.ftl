# review
# 月度输单复盘向导（g v）、复盘报告，以及待办改进行动列表（A）。

# 框体标题；$id 是复盘编号（R-3）。
rev-title = 输单复盘 R-{ $id } · { $period }
rev-title-finished = 输单复盘 R-{ $id } · { $period } · 已完成
rev-title-new = 输单复盘 · 新建

# 八个步骤，在步骤条中显示的名称。
rev-step-period = 期间
rev-step-scorecard = 记分卡
rev-step-actions = 上次行动
rev-step-triage = 归因
rev-step-contrast = 赢单对比输单
rev-step-patterns = 规律
rev-step-improvements = 改进行动
rev-step-finish = 完成
# 有输单商机被跳过时，步骤条中的归因步骤。
rev-strip-not-looked-at = { $step }（{ $count } 个未看）
rev-strip-not-answered = { $step }（{ $count } 个未答）
rev-actions-out-of-view = { $marks }（按 tab 前往）

# 底部按键行：“<按键> <作用>”。
rev-key-close = 关闭
rev-key-start = 开始
rev-key-save-go-on = 保存并继续
rev-key-next-field = 下一字段
rev-key-save-next = 保存并下一个
rev-key-skip = 跳过
rev-key-go-on = 继续
rev-key-next-table = 下一张表
rev-key-finish = 完成并生成报告
rev-key-next-step = 下一步
rev-key-leave = 离开
rev-key-the-deal = 查看商机
rev-key-previous-deal = 上一个商机
rev-key-step-back = 上一步
# 可滚动步骤的右下角。
rev-more = ↓ 更多：j / k

rev-no-period = 尚未选择期间
rev-figures-failed = 无法计算数据：{ $error }
rev-figures-computing = 正在计算数据…

# 第 1 步。
rev-earlier-reviews = 以往复盘
rev-earlier-none = 暂无——这是第一次
rev-earlier-review = 输单 { $lost } 个，完成于 { $finished }
rev-form-title = 输单复盘
rev-form-subtitle = 复盘哪个期间，谁参加（姓名，以逗号分隔）？
rev-form-period = 期间
rev-form-participants = 参与人
# “last month” 是期间字段接受的输入，保留英文。
rev-form-period-note = 期间：2026-10、2026-Q3、last month 或 2026-09-01..2026-10-15
rev-form-abandon-note = ctrl-x 放弃本次复盘（会先确认）
rev-form-reviewed-before = { $period } 已在 R-{ $id } 中复盘过：再按一次 enter 重新复盘，或更换期间

# 第 2 步。
rev-scorecard-intro = { $period } 对比此前三个月（{ $first } – { $last }）
# 表头（18 格）。
rev-col-3-months-before = 此前三个月
rev-heading-stage-conversion = 阶段转化率（进入该阶段的商机）
rev-heading-alerts = 预警
rev-no-alerts = 没有异常

# 第 3 步。
rev-form-actions-title = 上次复盘的行动
rev-actions-none = 以往复盘没有未完成的行动——按 enter 进入归因。
rev-actions-intro = 以往复盘中每项未完成的行动：已完成、进行中或放弃，并附备注。
rev-action-due = { $due } 到期
rev-action-overdue = 已逾期
rev-action-chosen-in = 来自 { $period } 的复盘
rev-field-status = 状态
rev-field-note = 备注
rev-actions-more = 另有 { $count } 项未完成的行动：请在行动列表中处理（看板上按 A）

# 第 4 步。
rev-triage-none = 本期没有输单商机——按 enter 继续。
rev-triage-all-done = 所有输单商机均已归因——按 enter 进入对比。
rev-triage-loading = 正在加载商机…
rev-triage-progress = { $at } / { $total }   （已归因 { $triaged } · 已跳过 { $skipped }）
rev-triage-lost-at = { $day } 输于 { $stage }
rev-triage-already = 已在本次复盘中归因：enter 保存修改，ctrl-n 下一个
rev-triage-skipped = 之前已跳过：现在归类，或再按 ctrl-n
rev-triage-no-signal = 数据中没有线索：请根据你的了解归类
rev-back-to-skipped = 回到跳过的 { $count } 个商机
rev-no-other-deal = 没有其他待归因的商机；pagedown 继续

# 第 5 步。
rev-contrast-intro = { $period } 赢单与输单的商机有何不同？
rev-contrast-by = 按{ $dimension }（tab：下一维度）
rev-col-won = 赢单
rev-col-lost = 输单
rev-col-rate = 赢率

# 第 6 步：tab 依次切换的表。
rev-view-reason = 原因
rev-view-competitor = 竞争对手
rev-view-stage = 输单阶段
rev-view-owner = 负责人
rev-view-sub-reason = 细分原因
rev-patterns-intro = 输单 { $lost } 个，{ $amount } { $currency }；其中可控 { $controllable } 个
rev-patterns-by = 按 { $views }（tab：下一个）
# 表头（6、12、8、8、9 格）。
rev-col-deals-bar = 条形
rev-col-deals = 商机
rev-col-amount = 金额
rev-col-share = 占比
rev-col-cumulative = 累计
rev-col-earlier = 以往
rev-patterns-earlier = 以往：{ $periods } 的复盘
rev-heading-lessons = 经验教训

# 第 7 步。
rev-form-improvements-title = 改进行动
rev-form-improvements-subtitle = 最多三项；没有标题的行动不会保存。
rev-form-action-1 = 行动 1
rev-form-action-2 = 行动 2
rev-form-action-3 = 行动 3
rev-form-owner = 负责人
rev-form-due = 到期
# 行动针对的输单原因。
rev-form-addresses = 针对
rev-form-due-needed = 需要填写到期日
rev-form-nothing-to-choose = 没有可选的负责人或输单原因

# 第 8 步。
rev-finished = 复盘已完成，已以只读方式保存。
rev-report-written-to = 报告已写入
rev-show-again = dealdeck review show { $id } 可再次打印。
rev-finish-intro = 完成后复盘将以只读方式保存，并生成 Markdown 报告。
# 摘要的标签（14 格）。
rev-finish-period = 期间
rev-finish-participants = 参与人
rev-finish-triage = 归因
rev-finish-last-actions = 上次行动
rev-finish-new-actions = 新行动
rev-finish-triaged-of = 输单 { $total } 个，已归因 { $done } 个
rev-finish-untriaged = { $count } 个保留输单时记录的原因（pageup 返回）
rev-finish-answered-of = { $total } 项中已答复 { $done } 项
rev-finish-action = { $title } — { $owner }，{ $due } 到期
rev-finish-enter = 按 enter 完成复盘

# 向导的提示信息。
rev-following-notice = 跟随中：只读——由主持人操作 · esc 离开
rev-abandon-from-step-1 = 只能在第 1 步放弃复盘：pageup 返回
rev-abandon-ask = 放弃 { $period } 的 R-{ $id }？再按 ctrl-x：确定（归因结果保留在商机上）· 其他键：取消
rev-confirm-period-first = 请先按 enter 确认期间
rev-open-failed = 无法打开复盘：{ $error }
rev-saved-at-step = 复盘 R-{ $id } 已保存于第 { $step } 步（共 8 步）· g v 继续
rev-answered-before-store = 已在访问存储前处理
rev-peek-read-only = 只读：按 q 返回复盘
rev-abandoned = 已放弃 { $period } 的复盘 R-{ $id }：其选定的行动已删除，已归因的输单保留在商机上
rev-gone = 复盘 R-{ $id } 已不存在
rev-figures-pending = 数据仍在计算中，请稍后再试
rev-finished-info = 复盘已完成 · 报告：{ $path }
rev-deal-gone = 商机 { $id } 已不存在
rev-account-fallback = 客户 { $id }
rev-stage-unknown = （未知）

# 仍未完成的改进行动（看板上按 A）。
rev-due-title = 待办改进行动
rev-due-empty = 没有未完成的改进行动——g v 开始复盘。
rev-due-choices = 状态
rev-due-key-set-status = 设置状态
rev-due-key-close = 关闭
rev-due-form-title = 行动状态
rev-due-marked = 已标记为{ $status }

# 复盘完成时写出的 Markdown 报告（也用于 `report loss`）。
rev-md-lost-title = 输单商机 — { $period }
rev-md-loss-totals = 输单 { $lost } 个，{ $amount } { $currency }；其中可控 { $controllable } 个（{ $share }）；尚未归类 { $unclassified } 个。
# 每张表一节：“按原因”、“按竞争对手”……
rev-md-by = 按{ $name }
rev-md-col-value = 取值
rev-md-col-deals = 商机数
rev-md-col-amount = 金额
rev-md-col-share = 占比
rev-md-col-cumulative = 累计占比
rev-md-owner-fallback = 负责人 { $id }
rev-md-title = 输单复盘 R-{ $id } — { $period }
rev-md-period = 期间 { $first } 至 { $last }，对比此前三个月 { $trailing_first } 至 { $trailing_last }。
rev-md-participants = 参与人：{ $names }。
rev-md-participants-none = 参与人：（未填写）。
rev-md-finished = 由 { $by } 于 { $at } 完成。
rev-md-in-progress = 进行中（第 { $step } 步，共 8 步）。
rev-md-h-scorecard = 记分卡
rev-md-col-figure = 指标
rev-md-col-this-period = 本期
rev-md-col-3-months-before = 此前三个月
rev-md-col-alert = 预警
rev-md-no-alerts = 没有预警。
rev-md-h-triage = 归因
rev-md-triage-summary = 输单商机 { $lost } 个；复盘中归因 { $triaged } 个。
rev-md-triage-summary-left = 输单商机 { $lost } 个；复盘中归因 { $triaged } 个，{ $left } 个保留原记录。
rev-md-h-reasons-changed = 复盘中修改的输单原因
rev-md-col-deal = 商机
rev-md-col-from = 原为
rev-md-col-to = 改为
rev-md-deal-fallback = 商机 { $id }
rev-md-h-contrast = 赢单对比输单
rev-md-col-won = 赢单
rev-md-col-lost = 输单
rev-md-h-patterns = 规律
rev-md-h-vs-earlier = 按原因对比以往复盘（{ $periods }）
rev-md-col-reason = 原因
rev-md-col-earlier-reviews = 以往复盘
rev-md-h-carried = 以往复盘的行动
rev-md-none-open = 没有未完成的行动。
rev-md-col-action = 行动
rev-md-col-owner = 负责人
rev-md-col-due = 到期
rev-md-col-status = 状态
rev-md-col-note = 备注
rev-md-h-improvements = 改进行动
rev-md-none-chosen = 未选定行动。
# 行动针对的输单原因。
rev-md-col-addresses = 针对
