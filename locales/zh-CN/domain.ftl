# Domain words: statuses, kinds, roles, report names and the rules' messages.

# A deal's status.
dom-status-open = 进行中
dom-status-won = 赢单
dom-status-lost = 输单

# The rep's forecast call on a deal.
dom-forecast-pipeline = 在途
dom-forecast-best-case = 乐观
dom-forecast-commit = 承诺
dom-forecast-omitted = 不计入

# Company size bands (employees).
dom-size-small = 1-49
dom-size-medium = 50-499
dom-size-large = 500-4999
dom-size-enterprise = 5000+

# A contact's role in the buying decision.
dom-contact-role-economic-buyer = 经济决策人
dom-contact-role-decision-maker = 决策人
dom-contact-role-technical-evaluator = 技术评估人
dom-contact-role-influencer = 影响者
dom-contact-role-user = 使用者
dom-contact-role-champion = 内部支持者
dom-contact-role-blocker = 阻碍者

# A contact's stance towards the deal.
dom-stance-supporter = 支持
dom-stance-neutral = 中立
dom-stance-opponent = 反对

# Kinds of activity.
dom-activity-call = 电话
dom-activity-meeting = 会议
dom-activity-email = 邮件
dom-activity-demo = 演示
dom-activity-note = 备注
dom-activity-task = 任务

# Where a lead came from.
dom-channel-web = 官网
dom-channel-event = 活动
dom-channel-referral = 转介绍
dom-channel-partner = 合作伙伴
dom-channel-import = 导入

# A lead's status.
dom-lead-status-new = 新线索
dom-lead-status-working = 跟进中
dom-lead-status-qualified = 已合格
dom-lead-status-converted = 已转化
dom-lead-status-disqualified = 不合格

# A quote version's status.
dom-quote-status-draft = 草稿
dom-quote-status-sent = 已发送
dom-quote-status-accepted = 已接受
dom-quote-status-rejected = 已拒绝

# An improvement action's status.
dom-action-status-open = 待开始
dom-action-status-in-progress = 进行中
dom-action-status-done = 已完成
dom-action-status-dropped = 已放弃

# A user's role.
dom-user-role-rep = 销售
dom-user-role-manager = 经理
dom-user-role-director = 总监
dom-user-role-admin = 管理员

# The approval a discount needs.
dom-approval-none = 无需审批
dom-approval-manager = 经理
dom-approval-director = 总监

# Qualification scorecard dimensions.
dom-dimension-need-clarity = 需求清晰度
dom-dimension-budget = 预算
dom-dimension-authority = 决策权
dom-dimension-timeline = 时间表
dom-dimension-decision-chain = 决策链
dom-dimension-competitive-position = 竞争态势
dom-dimension-value-fit = 价值匹配
dom-dimension-relationship = 客户关系
dom-dimension-commercial-terms = 商务条款

# What a rep should do when a scorecard dimension scores low.
dom-dimension-hint-need-clarity = 开一次需求调研会；用买方自己的话写下痛点
dom-dimension-hint-budget = 问清预算归谁管、今年是否已批
dom-dimension-hint-authority = 约见决策人，不只是评估人
dom-dimension-hint-timeline = 把预计成交日绑定到买方的事件（上线、预算周期）
dom-dimension-hint-decision-chain = 列出每位审批人及其签字顺序
dom-dimension-hint-competitive-position = 弄清还有哪些对手；埋下我们的差异化优势
dom-dimension-hint-value-fit = 与内部支持者一起量化价值
dom-dimension-hint-relationship = 找到或培养内部支持者；当面拜访
dom-dimension-hint-commercial-terms = 尽早摸清采购和法务条款

# Which field two duplicate records share.
dom-matched-company = 公司名
dom-matched-phone = 电话
dom-matched-email = 邮箱

# What became of a deal that entered a stage (funnel).
dom-fate-converted = 已推进
dom-fate-lost = 输单
dom-fate-still-open = 仍在进行

# Pipeline health checks.
dom-check-top-leak = 顶部漏损
dom-check-middle-silt = 中部淤积
dom-check-bottom-volatility = 底部波动
dom-check-conversion-alert = 转化预警
# Between names in a list ("a, b, c").
dom-list-separator = 、
# A stage's kind ("pipeline X has no won stage").
dom-stage-kind-open = 进行中
dom-stage-kind-won = 赢单
dom-stage-kind-lost = 输单
# What could not be done on a day ("cannot win on 2026-11-30").
dom-verb-win = 赢单
dom-verb-mark-it-lost = 标记输单

# Stage moves the rules refuse.
dom-move-not-in-pipeline = 无法移动：阶段 { $stage } 不在销售流程 { $pipeline } 中
dom-move-not-open-stage = 无法移动：阶段 { $stage } 不是 { $pipeline } 中进行中的阶段
dom-move-no-stage = 无法移动：销售流程 { $pipeline } 没有“{ $kind }”阶段
dom-move-already-there = 无法移动：商机 { $deal } 已在 { $stage }
dom-move-already-closed = 无法移动：商机 { $deal } 已{ $status }；先移回进行中的阶段才能重新打开
dom-move-not-by-edit = 无法移动：阶段和状态只能通过移动阶段来改变
dom-move-needs-loss-reason = 无法移动：输单需要填写输单原因
dom-move-unknown-criterion = 无法移动：“{ $given }”不是 { $pipeline } 的阶段门条件
dom-move-gate-unmet = 未满足 { $stage } 的阶段门：{ $missing }；请勾选，或填写豁免原因
dom-move-unknown-loss-reason = 无法移动：未知的输单原因“{ $given }”（现有：{ $known }）
dom-move-unknown-sub-reason = 无法移动：“{ $given }”不是 { $category } 的子原因（现有：{ $known }）
dom-move-lesson-too-long = 经验教训太长（{ $len } 个字符；最多 { $max } 个）
dom-move-close-day = 无法在 { $day } { $verb }：请选择 { $earliest } 至 { $today } 之间的日期
dom-move-won-amount = 无法以 { $amount } 赢单：赢单金额不能为负，且须在上限之内


# Values the rules refuse. { $field } is one of the field names below.
dom-invalid-amount = “{ $given }”不是金额（应为数字，如 12,500.00、8万、1.2亿、12.5k 或 1.2m）
dom-invalid-date = “{ $given }”不是日期（应为 2026-11-30、11月30日、明天、3天后、下周五、月底、季末、+7d 或 eoq）
dom-invalid-currency = “{ $given }”不是货币代码（应为 ISO 4217 代码，如 USD、EUR 或 CNY）
dom-invalid-email = “{ $given }”不是邮箱地址（应为 name@example.com）
dom-invalid-empty = { $field }不能为空
dom-invalid-too-long = { $field }太长（{ $len } 个字符；最多 { $max } 个）
# $code: the character's code point in hex.
dom-invalid-hidden-character = { $field }含有 U+{ $code }，这是 dealdeck 不保存的控制字符或不可见字符（它可能改写终端，或隐藏文字的真实内容）；请删除
dom-invalid-date-out-of-range = { $field } { $day } 不在 1900 至 2200 年之间
dom-invalid-negative-amount = 金额不能为负（收到 { $got }）
dom-invalid-too-large = { $field } { $value } 太大：dealdeck 只保存低于 { $max }（以该货币为单位）的金额
dom-invalid-probability = 赢率须在 0 到 100% 之间（收到 { $got }）
dom-invalid-influence = 影响力须在 1 到 5 之间（收到 { $got }）
dom-invalid-score = 评分卡分数须在 0 到 3 之间（收到 { $got }）
dom-invalid-discount = 折扣须在 0 到 100% 之间（收到 { $got }）
dom-invalid-quantity = 数量须大于零（收到 { $got }）
dom-invalid-unit-price = 单价不能为负（收到 { $got }）
dom-invalid-closed-at = 已关闭的商机需要关闭时间，进行中的商机不能有关闭时间
dom-invalid-loss-record = 只有输单的商机才有输单记录

# Field names in the messages above.
dom-field-title = 标题
dom-field-amount = 金额
dom-field-expected-close-date = 预计成交日期
dom-field-next-step-date = 下一步日期
dom-field-next-step = 下一步
dom-field-lesson = 经验教训
dom-field-account-name = 客户名称
dom-field-company = 公司
dom-field-contact = 联系人
dom-field-phone = 电话
dom-field-email = 邮箱
dom-field-industry = 行业
dom-field-region = 区域
dom-field-contact-name = 联系人姓名
dom-field-sku = SKU
dom-field-product-name = 产品名称
dom-field-unit = 单位
dom-field-list-price = 目录价
dom-field-unit-cost = 单位成本
dom-field-quantity = 数量
dom-field-unit-price = 单价
dom-field-pipeline-name = 销售流程名称
dom-field-stage-name = 阶段名称
dom-field-gate-criterion = 阶段门条件
dom-field-name = 名称
dom-field-sub-reason = 子原因
dom-field-team = 团队
dom-field-id = 编号
dom-field-summary = 摘要
dom-field-comment = 备注
dom-field-approver = 审批人
dom-field-price-list = 价目表
dom-field-due-date = 截止日期
dom-field-owner = 负责人
dom-field-follow-up-note = 跟进记录
dom-field-reason = 原因
dom-field-why = 原因


# The workspace file's errors.
dom-error-not-writable = 你没有 { $path } 的写权限：即使只是查看，dealdeck 也要以可写方式打开工作区（文件自带锁和记账信息）；请以文件所有者身份运行、授予写权限，或打开一份副本（`cp { $path } copy.redb`）
dom-error-newer-schema = { $path } 由更新版本的 dealdeck 写入（结构版本 { $found }；本版本最高只能读取 { $supported }）；请升级 dealdeck 后再打开
dom-error-not-a-database = { $path } 不是 dealdeck 数据库：{ $reason }
dom-error-db = 数据库错误：{ $error }
dom-error-encode = 无法编码记录：{ $error }
# $kind: a record kind (deal, account…); $key: its number.
dom-error-damaged = 已保存的{ $kind } { $key } 已损坏（校验和不符）：文件在 dealdeck 之外被改动，或磁盘出错；请恢复最近的备份（`dealdeck backup` 可生成备份；用它覆盖工作区文件），或由管理员修复删除该记录（商机用 `dealdeck deal delete ID --repair`）
dom-error-decode = 无法读取已保存的{ $kind } { $key }：{ $reason }
dom-error-import = 未导入任何内容：{ $reason }
dom-error-not-a-file = { $path } 是{ $kind }，不是普通文件：dealdeck 只读写普通文件（或标准输出）
# Someone saved the deal after the editor opened it.
dom-error-stale = 未保存：你打开后，{ $by } 于 { $at } 修改了 { $deal }；请重新打开查看最新内容
dom-error-stale-differences = 未保存：你打开后，{ $by } 于 { $at } 修改了 { $deal }——{ $differences }；请重新打开查看最新内容
dom-error-stale-separator = ；
dom-error-not-permitted = 无权操作：{ $reason }
dom-error-out-of-limits = { $record }：{ $problem }；请用 { $fix } 更正（`dealdeck check` 会列出所有超出限制的记录）
dom-error-check-failed = 未保存：上次 `dealdeck check` 发现了损坏，检查通过前不能保存修改；请恢复最近的备份，或修复它列出的记录（`dealdeck deal delete ID --repair`），然后再次运行 `dealdeck check`
# Kinds of file that are not a regular file.
dom-file-kind-folder = 文件夹
dom-file-kind-symbolic-link = 符号链接
dom-file-kind-fifo-named-pipe = FIFO（命名管道）
dom-file-kind-socket = 套接字
dom-file-kind-character-device = 字符设备
dom-file-kind-block-device = 块设备
dom-file-kind-special-file = 特殊文件


# What a role may not do. $whose: the deal owner's name; $role: a user role above.
dom-denied-rep = { $deal } 是 { $whose } 的商机：销售只能修改自己的商机
dom-denied-manager = { $deal } 是 { $whose } 的商机，不在团队 { $team } 内：经理只能修改本团队的商机
# A manager-level discount approval (only "manager" approvals reach here).
dom-denied-approval-manager = 经理级审批需由经理或总监给出；{ $name } 是{ $role }
dom-denied-approval-director = 总监级审批需由总监给出；{ $name } 是{ $role }
dom-denied-admin = 只有管理员能管理用户、销售流程和输单原因分类；{ $name } 是{ $role }


# Sections of the agenda (today's work).
dom-agenda-tasks = 到期任务
dom-agenda-next-steps = 到期的下一步
dom-agenda-stale = 停滞商机
dom-agenda-dormant = 沉寂商机
dom-agenda-closing-gates = 本月预计成交但阶段门未满足
dom-agenda-actions = 到期的改进行动
dom-agenda-leads = 等待首次跟进的线索


# Why a deal is at risk (on cards, in the deal view and reports).
dom-risk-stale = 在 { $stage } 停留 { $days } 天（超过 { $after } 天即停滞）
dom-risk-next-step-overdue = 下一步自 { $day } 起已逾期
dom-risk-no-next-step = 没有下一步
dom-risk-close-passed = 预计成交日 { $day } 已过
dom-risk-no-close-date = 没有预计成交日
dom-risk-dm-untouched = 决策人 { $name } 已 { $days } 天未联系
dom-risk-dm-never = 从未联系过决策人 { $name }
dom-risk-no-dm = 权力地图上没有决策人
# $role: a contact role above, in lower case.
dom-risk-opposes = { $role }{ $name }反对这笔商机
dom-risk-dormant = 沉寂：超过 30 天没有跟进也没有变化
dom-risk-requirements = 需求已变更 { $count } 次
dom-risk-score = 资格评分 { $score }/100
dom-risk-competing = 竞争对手：{ $competitors }
dom-risk-overrides = 途中豁免了 { $count } 条阶段门条件


# A lead's history, one line per event.
dom-lead-event-claimed = 已认领
dom-lead-event-assigned-by-rule = 按评分规则分配给 { $name }
dom-lead-event-assigned = 分配给 { $name }
dom-lead-event-follow-up = 跟进：{ $note }
dom-lead-event-returned = 退回公海：{ $why }
dom-lead-event-disqualified = 判定不合格：{ $reason }
dom-lead-event-converted = 已转为商机 { $deal }
# $what: one of the event lines above.
dom-pool-history-line = { $day } { $by }：{ $what }
# Why the pool's rule gave a lead to a rep.
dom-pool-why-region-industry = 区域 { $region }，行业 { $industry }
dom-pool-why-region = 区域 { $region }
dom-pool-why-least-loaded = 该区域没有销售：分给负荷最少的人
# The title a converted lead's deal gets unless one is given.
dom-pool-deal-title = { $company } — 首单
# An owner whose record is gone.
dom-pool-owner-id = 负责人 { $id }
# Duplicate warnings on a lead: "same phone as contact 王芳 (恒通科技)". $field: company, phone or email above.
dom-dup-same = 与{ $who }的{ $field }相同
dom-dup-account = 客户 { $name }
dom-dup-contact = 联系人 { $name }（{ $account }）
dom-dup-lead = 线索 { $id }（{ $company }）
dom-dup-more = 另有 { $count } 条


# Editing a pipeline.
dom-pipeline-needs-open-stage = { $pipeline } 至少需要一个进行中的阶段
dom-pipeline-must-end-closed = { $pipeline } 必须以赢单和输单阶段结尾
dom-pipeline-probability = { $stage }：赢率须在 0 到 100% 之间
dom-pipeline-duplicate-stage = { $pipeline } 有两个名为 { $stage } 的阶段
dom-pipeline-closed-stage-fixed = { $stage } 是商机关闭的阶段：只有进行中的阶段可以调整位置或删除
dom-pipeline-no-such-stage = { $pipeline } 中没有这个阶段
dom-pipeline-stage-in-history = { $stage } 出现在商机的历史中：不能删除（可以改名或移动）
# Finding a stage by name.
dom-pipeline-no-stage-named = { $pipeline } 中没有阶段“{ $wanted }”（现有阶段：{ $stages }）
dom-pipeline-ambiguous-stage = “{ $wanted }”在 { $pipeline } 中不明确：{ $matches }
# "A or B", "A, B or C".
dom-or-list = { $rest }或{ $last }

# Editing the loss-reason taxonomy.
dom-taxonomy-no-category = 没有分类“{ $key }”（现有分类：{ $known }）
dom-taxonomy-text-length = { $what }须为 1 到 80 个字符
dom-taxonomy-bad-key = 键“{ $key }”：只能用小写字母、数字和 _（如 delivery_risk）
dom-taxonomy-category-exists = 分类“{ $key }”已存在
dom-taxonomy-sub-reason-exists = “{ $sub }”已是 { $key } 的子原因
dom-taxonomy-not-a-sub-reason = “{ $sub }”不是 { $key } 的子原因（{ $known }）


# Between clauses of one message ("a; b").
dom-clause-separator = ；
# Pricing guards on a quote. $line: the line's number; amounts and percentages come formatted.
dom-guard-empty = 报价没有任何明细行
dom-guard-above-list = 第 { $line } 行：单价 { $price } 比目录价 { $list } 高 { $off }（超过 { $limit }）
dom-guard-below-list = 第 { $line } 行：单价 { $price } 比目录价 { $list } 低 { $off }（超过 { $limit }）
dom-guard-line-below-cost = 第 { $line } 行：售价 { $net } 低于成本 { $cost }
dom-guard-line-margin = 第 { $line } 行：毛利率 { $margin }（低于 { $limit }）
dom-guard-total-below-cost = 报价总额 { $total } 低于成本 { $cost }
dom-guard-quote-margin = 报价毛利率 { $margin }（低于 { $limit }）
# $level: an approval level above (manager, director).
dom-guard-approval = 第 { $line } 行：折扣 { $discount } 需要{ $level }审批（规则：不超过 { $free } 无需审批，不超过 { $manager } 由经理审批）


# `dealdeck check`: a breached rule, named by its record ("deal 12: owner 3 does not exist").
dom-check-problem = { $record }：{ $message }
dom-check-deal = 商机 { $id }
dom-check-event = 阶段事件 { $id }
dom-check-contact = 联系人 { $id }
dom-check-account = 客户 { $id }
dom-check-lead-event = 线索事件 { $id }
dom-check-activity = 跟进记录 { $id }
dom-check-quote = 报价 { $id }
dom-check-quote-version = 报价 { $id } v{ $version }
dom-check-review = 复盘 R-{ $id }
dom-check-action = 改进行动 IA-{ $id }
dom-check-missing-deal = 所属商机 { $deal } 不存在
dom-check-no-account = 客户 { $id } 不存在
dom-check-no-owner = 负责人 { $id } 不存在
dom-check-no-primary-contact = 主要联系人 { $id } 不存在
dom-check-no-stage = 阶段 { $id } 不存在
dom-check-stage-not-in-pipeline = 阶段 { $stage } 不在销售流程 { $pipeline } 中
# $status: a deal status above.
dom-check-status-disagrees = 状态“{ $status }”与阶段 { $stage } 不符
dom-check-lost-without-record = 输单却没有输单记录
dom-check-no-events = 没有阶段事件
dom-check-first-event = 第一个阶段事件不是商机的开始
dom-check-event-gap = 阶段事件 { $event } 的起点不是阶段事件 { $previous } 的终点
dom-check-event-order = 阶段事件 { $event } 的日期早于阶段事件 { $previous }
dom-check-event-unknown-stage = 阶段事件 { $event } 移到了未知阶段 { $stage }
dom-check-stage-vs-last-event = 当前阶段 { $stage } 与最后一个阶段事件不符
dom-check-entry-time = 进入阶段的时间与阶段事件不符
dom-check-all-undone = 所有阶段事件都已撤销
dom-check-no-parent = 上级客户 { $id } 不存在
dom-check-no-lead = 线索 { $id } 不存在
dom-check-parent-loop = 上级客户链形成了循环
dom-check-no-deal = 商机 { $id } 不存在
dom-check-review-step = 步骤 { $step } 不在 1–8 之内
dom-check-period-order = 期间的结束早于开始
dom-check-finished = finished 与 finished_at 不一致
dom-check-lists-missing-deal = 列出了不存在的商机 { $id }
dom-check-triaged-not-lost = 已分诊的商机 { $id } 不在其输单商机之列
dom-check-no-review = 复盘 R-{ $id } 不存在
dom-check-action-history = 状态与其历史的最后一条不一致


# Pipeline health findings. Rates come formatted ("42%").
dom-health-top-leak = { $stage } 转化率 { $rate }（已有结果 { $resolved } 个，推进 { $converted } 个；{ $open } 个仍在进行）；低于 { $limit } 预警
dom-health-top-none = 本期进入 { $stage } 的商机都还没有结果
dom-health-dropped = { $stage } { $rate }，之前 { $periods } 期为 { $average }
dom-health-no-drop = 没有阶段的转化率比其之前的平均值低 { $share } 以上
dom-health-silt-none = 没有进行中的商机超过 max(停滞天数, 1.5 × 阶段停留中位数)
dom-health-silt-stage = { $stage } { $count }
dom-health-silt = { $count } 个进行中的商机超过 max(停滞天数, 1.5 × 阶段停留中位数)：{ $stages }
dom-health-swing = 月度最大波动 { $swing } 个百分点：{ $from_month } { $from_rate } → { $to_month } { $to_rate }（超过 { $limit } 预警）
dom-health-swing-none = 最近 { $months } 个月中有成交的月份不足两个


# Names of the win/loss breakdown dimensions.
dom-breakdown-owner = 负责人
dom-breakdown-team = 团队
dom-breakdown-industry = 行业
dom-breakdown-region = 区域
dom-breakdown-source = 来源
dom-breakdown-competitor = 提及的竞争对手
dom-breakdown-size = 商机规模
dom-breakdown-discount = 折扣
dom-breakdown-decision-maker = 决策人参与
dom-breakdown-product = 产品
# Values the reports give where the workspace has none.
dom-value-none = （无）
dom-value-yes = 是
dom-value-no = 否
dom-value-no-quote = 未报价
dom-value-unknown = （未知）
dom-value-not-classified = （未分类）
# A loss reason and its sub-reason in the Pareto table.
dom-loss-reason-sub = { $reason }：{ $sub }

# Evidence for a suggested loss reason (lost-deal dialog, review triage).
dom-signal-requirements = 需求变更 { $count } 次（超过 { $limit } 次）
dom-signal-competitor = 商机上记录了竞争对手 { $names }
dom-signal-last-quote = 最后一版报价 { $number } v{ $version }
# $quote: the last-quote words above.
dom-signal-margin = { $quote }：毛利率 { $margin }%（低于 { $limit }%）
dom-signal-discount = { $quote }：有一行折扣 { $discount }%（超过 { $limit }%），却没有审批记录
dom-signal-no-dm = 客户的权力地图上没有决策人
dom-signal-dm-silent = 决策人 { $name } 最后一次联系是在输单前 { $days } 天
dom-signal-no-activity = 输单前商机上没有任何跟进
dom-signal-quiet = 输单前 { $limit } 天内没有跟进（最后一次在 { $last }，输单前 { $days } 天）


# The loss review's scorecard: this period against the ones before.
dom-metric-win-rate = 赢率
dom-metric-deals-won = 赢单数
dom-metric-deals-lost = 输单数
dom-metric-amount-lost = 输单金额
dom-metric-days-to-win = 赢单天数中位数
dom-metric-average-won = 平均赢单金额
# A stage's conversion when the workspace has several pipelines.
dom-metric-pipeline-stage = { $pipeline } · { $stage }
dom-alert-win-rate = 赢率 { $now }，比之前的 { $before } 低 { $points } 个百分点
dom-alert-deals-lost = 输单 { $now } 个，之前每期 { $before } 个
dom-alert-days-to-win = 赢单用时 { $now } 天，比之前的 { $before } 天长 { $longer }
dom-alert-average-won = 平均赢单金额比之前小 { $smaller }
# $metric: a stage name (or pipeline · stage).
dom-alert-conversion = { $metric }：转化率 { $now }，低于之前 { $before } 的 85%
# What differed between won and lost deals.
dom-attribute-deals = 商机数
dom-attribute-average-amount = 平均金额
dom-attribute-days-open = 持续天数中位数
dom-attribute-quiet-days = 关闭前无跟进天数中位数
dom-attribute-decision-maker = 决策人参与
dom-attribute-competitor = 有竞争对手
dom-attribute-quoted = 已报价
dom-attribute-largest-discount = 平均最大折扣

# The lead funnel report's rows.
dom-lead-report-pool = （公海）
dom-lead-report-all = 全部线索


# The number a quote shows before its first line is saved.
dom-quote-unsaved = 新报价
# A period people typed that is none. The period words stay as typed (this-month…).
dom-period-invalid = `{ $given }` 不是期间：应为月份（2026-10）、季度（2026-Q3）、年份（2026）、日期范围（2026-01-01..2026-03-31），或 this-month、last-month、this-quarter、last-quarter、this-year、last-year

