# 列表：今日、客户、客户页、线索公海。

## 今日 (g t)

# 标题；这些事项属于谁（“李伟”“华东团队”“全员”）。
list-today-title = 今日 · { $whose } · { $count } 项
list-today-keys = enter 打开 · x 完成任务 · a 记录跟进 · u 撤销 · j/k 移动 · q 返回 · ? 按键
list-today-clear = 没有到期、停滞或待跟进的事项：今天很清爽
# 任务、下一步或改进行动，以及逾期多久。
list-today-overdue = { $what }（逾期 { $days } 天）
list-today-due-today = { $what }（今天到期）
list-today-due-on = { $what }（{ $day } 到期）
list-today-stale = 在当前阶段已停留 { $days } 天
list-today-dormant = { $days } 天未跟进
list-today-gates = 预计 { $close } 成交；{ $missing } 项阶段门条件未满足
list-today-lead =
    { $days ->
        [0] { $company }：今天分配，尚未跟进
       *[other] { $company }：分配已 { $days } 天，尚未跟进
    }
list-today-not-task = x 用于完成任务：这一行不是任务
list-today-no-deal = 这一行不涉及商机
# 事项属于谁：没有负责人记录的用户、总监、经理的团队。
list-today-no-owner = { $name }（不是负责人）
list-today-everyone = 全员
list-today-team = { $team }团队

## 客户 (g a)

list-accounts-title = 客户 · { $shown }/{ $total } · 按{ $sort }排序 (tab) · 金额单位 { $currency }
list-accounts-title-matching = 客户 · { $shown }/{ $total } · 最佳匹配在前 · 金额单位 { $currency }
# 列标题。
list-accounts-col-account = 客户
list-accounts-col-tier = 级别
list-accounts-col-industry = 行业
list-accounts-col-region = 区域
list-accounts-col-owner = 负责人
list-accounts-col-open = 在谈
list-accounts-col-pipeline = 在谈金额
list-accounts-col-won = 赢单金额
list-accounts-col-last-change = 最近变更
list-accounts-keys = 输入即筛选 · ↑/↓ 移动 · tab 排序 · enter 打开客户页 · esc 返回
# tab 轮换的排序方式。
list-accounts-sort-open-pipeline = 在谈金额
list-accounts-sort-won-to-date = 累计赢单
list-accounts-sort-last-change = 最近变更
list-accounts-sort-name = 名称
list-accounts-sort-tier = 级别
list-accounts-sort-industry = 行业
list-accounts-sort-region = 区域
list-accounts-sort-owner = 负责人

## 客户页

list-account-section-deals = 商机
list-account-section-contacts = 联系人
list-account-section-activities = 最近跟进
list-account-section-quotes = 报价
# 折叠栏目的最后一行。
list-account-more = … 还有 { $count } 条（tab 切到{ $section }）
list-account-none = 无
list-account-hint-section = 切换栏目
list-account-hint-open = 打开/编辑
list-account-hint-edit = 编辑客户
list-account-hint-add-contact = 添加联系人
list-account-hint-move-contact = 转移联系人
list-account-pick-contact = 请先选一位联系人（tab 切到联系人）
# 表单标题和字段名。
list-account-form-edit = 编辑客户
list-account-form-new-contact = 新建联系人
list-account-form-contact = 联系人
list-account-form-move-contact = 转移联系人
list-account-field-name = 名称
list-account-field-title = 职务
list-account-field-role = 角色
list-account-field-stance = 态度
list-account-field-influence = 影响力 (1–5)
list-account-field-email = 邮箱
list-account-field-phone = 电话
list-account-field-industry = 行业
list-account-field-region = 区域
list-account-field-tier = 级别
list-account-field-size = 员工数
list-account-field-owner = 负责人
list-account-field-parent = 上级客户（客户名称）
list-account-field-move-to = 转到客户（客户名称）
# 负责人选项：无人。
list-account-owner-none = 无
list-account-no-such = 没有名为“{ $name }”的客户
list-account-saved = { $name } 已保存 · u 撤销
list-account-contact-added = { $name } 已添加 · u 撤销
list-account-already-there = 该联系人已在此客户下
list-account-contact-gone = 该联系人已不存在
list-account-contact-moved = { $name } 已转到 { $to } · u 撤销
list-account-not-found = 没有编号为 { $id } 的客户
# 客户页各行（也用于 `account show`）。
list-account-facts = { $tier } 级 · { $industry } · { $region } · { $size } 人 · 负责人 { $owner }
list-account-part-of = 隶属于 { $name }
list-account-subsidiaries = 子公司：{ $names }
# 名称列表中的分隔符。
list-account-name-separator = 、
list-account-deal-open = 进行中 · { $stage } · 预计 { $close } 成交
list-account-deal-won = 赢单 { $day }
list-account-deal-won-why = 赢单 { $day } · { $reason }
list-account-deal-lost = 输单 { $day }
list-account-deal-lost-why = 输单 { $day } · { $reason }
list-account-loss-sub-reason = { $category }：{ $sub }
list-account-influence = 影响力 { $influence }
list-account-last-contacted = 最近联系 { $day }
list-account-never-contacted = 从未联系
list-account-quote-draft = 草稿
list-account-heading = { $name }（客户 { $id }）
list-account-deals-summary = 商机：进行中 { $open } 个，赢单 { $won } 个，输单 { $lost } 个
list-account-contacts-count = 联系人（{ $count }）
list-account-activities = 最近跟进
list-account-quotes-count = 报价（{ $count }）

## 线索公海 (g l)

list-leads-title = 线索公海 · { $which } · { $shown }/{ $total }
list-leads-title-checking = 线索公海 · { $which } · { $shown }/{ $total } · 正在查重…
# tab 切换显示哪些线索。
list-leads-which-pool = 公海中
list-leads-which-mine = 我的
list-leads-which-open = 进行中
list-leads-which-all = 全部
# 筛选行：输入时、按 enter 后、未筛选时。
list-leads-filter-typing = / { $text }▏   最匹配的在前 · enter 保留 · esc 清除
list-leads-filter-kept = / { $text }   最匹配的在前 · 按 f 再按 esc 清除
list-leads-filter-none = 按分数排序 · f 筛选 · tab：公海、我的、进行中、全部 · ⚑ 未跟进 · ≈ 疑似重复
# 列标题。
list-leads-col-id = 编号
list-leads-col-company = 公司
list-leads-col-contact = 联系人
list-leads-col-channel = 渠道
list-leads-col-score = 分数
list-leads-col-parts = 契合+行为
list-leads-col-age = 天数
list-leads-col-owner = 负责人
list-leads-col-status = 状态
list-leads-col-warnings = 提醒
list-leads-col-warn = 提醒
# 线索进来后的天数（列标题已写“天数”，这里只写数字，免得超出列宽）。
list-leads-age = { $days }
list-leads-warn-no-follow-up = ⚑ { $hours } 小时未跟进
# 无人负责的线索在负责人列显示。
list-leads-owner-pool = （公海）
list-leads-empty = 没有线索（{ $which }）· tab 查看其他
list-leads-no-match = 没有与“{ $filter }”匹配的线索
list-leads-qualified-no-deal = 已合格，尚未建商机
list-leads-score = 分数 { $score } = 契合度 { $fit }（{ $industry }，{ $size } 人）+ 行为 { $behaviour }
list-leads-no-industry = 未填行业
list-leads-no-history = 暂无记录
# 按键提示。
list-leads-hint-claim = 认领
list-leads-hint-assign = 分配
list-leads-hint-follow-up = 跟进
list-leads-hint-qualify = 转商机
list-leads-hint-disqualify = 判为无效
list-leads-hint-return = 退回公海
list-leads-hint-which = 切换
list-leads-hint-filter = 筛选
list-leads-hint-all-keys = 全部按键
# 表单。
list-leads-no-lead = 这里没有线索
list-leads-no-lead-tab = 这里没有线索 · tab 查看其他线索（{ $which }）
list-leads-no-reps = 无人可分配：工作区里没有销售
list-leads-no-deal-yet = 尚无商机：按 Q 转为商机（建客户、联系人和商机）
list-leads-field-outcome = 跟进结果
list-leads-field-why = 原因
list-leads-field-to = 分配给
list-leads-field-title = 商机名称
list-leads-field-amount = 金额
list-leads-form-follow-up = 跟进
list-leads-form-assign = 分配线索
list-leads-form-qualify = 线索转商机
list-leads-form-disqualify = 判为无效线索
list-leads-form-return = 退回公海
# 操作的结果。
list-leads-claimed = { $company } 已认领：归你了 · u 撤销
list-leads-assigned = { $company } 已分配 · u 撤销
list-leads-followed-up = { $company } 已记录跟进 · u 撤销
list-leads-disqualified = { $company } 已判为无效 · u 撤销
list-leads-returned = { $company } 已退回公海 · u 撤销
list-leads-bad-amount = 金额：{ $error }
list-leads-no-pipeline = 此工作区没有销售流程
# `contact` 说明线索的联系人怎么处理了。
list-leads-converted-reused = 已转商机：{ $account } 的 { $title }（客户已存在）· { $contact } · 已加入看板 (g b) · u 撤销
list-leads-converted-new = 已转商机：{ $account } 的 { $title }（新客户）· { $contact } · 已加入看板 (g b) · u 撤销
list-leads-rules-done = 公海规则：{ $returned } 条线索退回（{ $days } 天未跟进），{ $assigned } 条按分数分配 · u 撤销
list-leads-rules-failed = 线索公海规则：{ $error }
list-leads-duplicates-failed = 无法查找重复线索：{ $error }
