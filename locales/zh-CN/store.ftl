# The workspace store's words: refusals, undo labels, check problems, repairs.

# An edit made to an older version of a deal (see dom-error-stale).
# Who changed it, when the undo list no longer says.
store-stale-someone = 他人
store-stale-empty = （空）
# One field that now differs. $field: a field name below.
store-stale-difference = { $field }现为 { $now }（你的：{ $yours }）
# Field names in the messages of this file.
store-field-title = 标题
store-field-amount = 金额
store-field-expected-close = 预计成交日期
store-field-stage = 阶段
store-field-status = 状态
store-field-next-step = 下一步
store-field-owner = 负责人
store-field-source = 来源
store-field-tags = 标签

# `dealdeck check`: the record a problem concerns, then the problem.
store-check-file = 文件
store-check-index = 索引
store-check-loss-taxonomy = 输单原因分类
# $kind: a record kind (deal, account…); $key: its number.
store-check-record = { $kind } { $key }
store-check-integrity-repaired = redb 完整性检查修复了损坏；如有数据缺失，请从备份恢复
# An index out of step with its table. $index: the index's (table) name.
store-check-index-lacks = 索引 { $index } 在键 { $key } 下缺少{ $kind } { $value }
store-check-index-stale-entry = 索引 { $index } 在键 { $key } 下有过时条目 { $value }
store-check-outdated-copy = { $table } 中的{ $kind } { $key } 是过时副本
store-check-table-differs = { $table } 与记录不符（有一条不属于任何记录的条目）
store-check-does-not-belong = { $table } 中的{ $kind } { $key } 不应在此
store-check-table-lacks = { $table } 缺少{ $kind } { $key }

# Undo refused. $label: the change's undo label (as stored, in the language of
# whoever made it); $why: one of the store-undo-…-since reasons.
store-undo-untracked = 无法撤销：{ $why }——“{ $label }”已移出撤销列表
store-undo-quote-since = 此后已在该商机上创建报价 { $quote }
store-undo-loss-classified-since = 此后其输单已在复盘中归类
store-undo-changed-since = 此后 { $deal } 被一项 u 无法追踪的修改改动过
# $their: the other person's change, by its undo label.
store-undo-someone-since = 无法撤销“{ $label }”：{ $by } 此后修改了同一记录（{ $their }）

# Undo labels: what a change did, shown as "undid: …" and in undo refusals.
# Stored with the change, in the language of whoever made it.
store-undo-create-deal = 新建商机 { $deal }
store-undo-edit-deal = 编辑商机 { $deal }
# $code: the activity kind as the command line types it (call, meeting…); $kind: its name.
store-undo-log = 记录{ $kind }
store-follow-up-task = 跟进：{ $summary }
store-undo-move = 将 { $deal } 移至 { $stage }
store-undo-edit-account = 编辑客户 { $account }
store-undo-add-contact = 添加联系人 { $contact }
store-undo-edit-contact = 编辑联系人 { $contact }
store-undo-change-pipeline = 修改销售流程 { $pipeline }
store-undo-complete-task = 完成任务 { $task }
store-undo-move-task = 将任务 { $task } 改到 { $day }
store-undo-hand-task = 将任务 { $task } 转交 { $owner }
# Between the parts of one change's label ("complete task X; move task X to …").
store-undo-separator = ；

# Accounts, pipelines and tasks refused.
store-account-name-taken = 已有名为 { $name } 的客户
store-account-no-parent = 没有 ID 为 { $id } 的客户
store-account-parent-loop = { $account } 不能作为上级客户：它就是本客户或其子公司
store-pipeline-name-taken = 已有名为 { $name } 的销售流程
# $kind: an activity kind (call, meeting…).
store-task-not-a-task = 跟进 { $id } 是{ $kind }，不是任务
store-task-already-done = 任务 { $id } 已完成
store-task-nothing-to-change = 任务 { $id }：没有要修改的内容

# Leads. $id: the lead's number as typed (L-12); $company: the lead's company.
# What a conversion did with the lead's person. $role: a contact role, lower case.
store-lead-contact-reused = 联系人 { $name } 已存在
store-lead-no-contact = 未添加联系人：该线索没有联系人姓名
store-lead-contact-added = 已添加联系人 { $name }：{ $role }，{ $stance }，影响力 { $influence }（可在权力图中修改）
store-lead-none-added = 未添加线索
# $status: a lead status (converted, disqualified…).
store-lead-closed = 线索 { $id }（{ $company }）状态为“{ $status }”：无需再处理
store-lead-claimed-already = 线索 { $id }（{ $company }）已归 { $owner } 所有；只能认领公海中的线索
store-lead-theirs-already = 线索 { $id } 已归 { $owner } 所有
store-lead-in-pool-already = 线索 { $id }（{ $company }）已在公海中
store-lead-cannot-convert = 线索 { $id }（{ $company }）状态为“{ $status }”：只有未关闭或已合格的线索才能转化
store-lead-rep-cannot-assign = 只有经理或总监才能分配线索；{ $name } 是销售（请改为从公海认领）
# Why the pool's rules took a lead back (stored with the lead's history).
store-lead-rule-returned-why = { $days } 天未跟进
store-undo-add-lead = 添加线索 { $lead }
store-undo-import-leads = 导入 { $count } 条线索
store-undo-claim-lead = 认领线索 { $lead }
store-undo-assign-lead = 将线索 { $lead } 分配给 { $owner }
store-undo-follow-up-lead = 跟进线索 { $lead }
store-undo-disqualify-lead = 将线索 { $lead } 判为不合格
store-undo-return-lead = 将线索 { $lead } 退回公海
store-undo-convert-lead = 将线索 { $lead } 转化为商机 { $deal }
store-undo-lead-rules = 线索规则：{ $returned } 条退回公海，{ $assigned } 条按评分分配

# Deleting a deal (admin), and the audit log's entries (stored).
store-repair-hint = `dealdeck deal delete { $id } --repair` 会删除它及引用它的记录
store-undo-delete-deal = 删除商机 { $deal }
# $damaged: yes when the deal's record was damaged and removed in a repair.
store-audit-deleted-titled-deal = 删除了商机 { $id }“{ $title }”及其 { $events } 条阶段记录、{ $activities } 条跟进、{ $quotes } 份报价{ $damaged ->
        [yes] （修复中删除的损坏记录）
       *[other] {""}
    }
store-audit-deleted-deal = 删除了商机 { $id } 及其 { $events } 条阶段记录、{ $activities } 条跟进、{ $quotes } 份报价{ $damaged ->
        [yes] （修复中删除的损坏记录）
       *[other] {""}
    }
# An edit that corrects a record, for the audit log: "edited deal 12 "MES rollout": amount 8e24 USD → 42,000.00 USD".
store-audit-edited-deal = 编辑了商机 { $id }“{ $title }”：{ $changes }
store-audit-field-change = { $field } { $was } → { $now }
store-audit-no-field-changed = 没有字段改动

# Imports. What a row was given (the --summary-json names stay English).
store-correction-default-account = 空白客户已按 --default-account 填写
store-correction-default-created = 空白创建日期已按 --default-created 填写
store-correction-closed-on = 缺失的成交日期已按 --closed-on 填写
store-correction-dates-swapped = 成交早于创建：两个日期已互换（--fix-dates swap）
store-correction-closed-on-created = 成交早于创建：按创建日期成交（--fix-dates created）
# Rows naming an account or owner by a CRM id nobody imported. $lines: the first ten
# line numbers; $more: yes when there are more; $missing: accounts, users or both.
store-import-unjoined = { $rows } 行按 CRM ID 指定客户或负责人，但没有导入记录过这些 ID（第 { $lines }{ $more ->
        [yes] {"、…"}
       *[other] {""}
    } 行）：请先导入{ $missing ->
        [accounts] 客户导出文件（`dealdeck import accounts FILE`，含 Id 列）
        [users] 用户导出文件（`dealdeck import owners FILE`，含 Id 列）
       *[both] 客户导出文件（`dealdeck import accounts FILE`，含 Id 列）和用户导出文件（`dealdeck import owners FILE`，含 Id 列）
    }
# The lesson of a lost deal imported with a reason (stored).
store-import-lesson = 导入的原因：{ $reason }
# One row's error.
store-import-at-line = 第 { $line } 行：{ $error }
store-import-pipeline-gone = 销售流程 { $pipeline } 已不存在
store-import-open-without-stage = 未关闭的商机没有阶段
store-import-no-parent = 上级客户“{ $name }”既不在工作区中，也不在文件中
store-import-no-deal = 没有 ID 或名称为“{ $key }”的商机
store-import-no-contact = 该跟进所属客户下没有联系人“{ $name }”
store-import-list-currency = { $sku } 以 { $currency } 定价，但价目表 { $list } 使用 { $list_currency }：一个价目表只能有一种币种
store-undo-save-product = 保存产品 { $sku }
store-undo-import-products = 导入 { $count } 行产品

# Quotes. $quote: the quote's number (Q-2026-00012).
store-quote-approval-level = 审批级别“{ $level }”不是经理（manager）或总监（director）
# $status: a quote status (sent, accepted…).
store-quote-not-draft = { $quote } 第 { $version } 版已是“{ $status }”状态；编辑它即可开始新版本
# The status of a quote without versions.
store-quote-gone = 已不存在
store-quote-cannot-send = 无法发送 { $quote }：{ $why }
store-quote-not-sent = { $quote }：只有已发送的版本才能接受或拒绝
store-quote-currency = { $product } 以 { $currency } 定价和核算成本，而本报价使用 { $quote_currency }：dealdeck 从不跨币种沿用数字；请在 { $currency } 商机上报价，或添加以 { $quote_currency } 计价的产品

# Loss reviews. $id: the review's number (R-$id); $period: 2026-05 or 2026-04-01..2026-06-30.
store-review-in-progress = { $period } 的复盘 R-{ $id } 仍在进行中；请先完成它
store-review-deal-not-listed = 商机 { $deal } 不在复盘 R-{ $id } 的输单商机中
store-review-deal-reopened = 商机 { $deal } 已不再是输单（已重新打开）
store-review-too-many-actions = 一次复盘最多选择 { $max } 项改进行动
store-review-not-a-loss-reason = “{ $given }”不是输单原因
# The first entry of an improvement action's history (stored).
store-review-action-chosen = 在复盘中选定
store-review-finished = { $period } 的复盘 R-{ $id } 已完成，只读
store-review-already-reviewed = { $period } 已在 R-{ $id } 中复盘过；只有明确要求时才会再次复盘
store-review-already-reviewed-finished = { $period } 已在 R-{ $id } 中复盘过（完成于 { $finished }）；只有明确要求时才会再次复盘
store-review-period-backwards = 复盘期间的结束日期（{ $last }）早于开始日期（{ $first }）
store-review-period-too-long = 一次复盘最多涵盖一年

# Users and their sign-in keys.
store-user-exists = { $name } 已是用户；可用 `dealdeck user key add { $name } FILE.pub` 添加密钥
store-user-no-such-key = { $name } 没有这个密钥（`dealdeck user list` 会列出其密钥）
store-user-owner-not-user = { $name } 是负责人，但不是用户；可用 `dealdeck user add { $name } --key FILE.pub` 添加
store-user-bad-key = 不是 OpenSSH 公钥：应为一行，形如 `ssh-ed25519 AAAA… name@host`（.pub 文件）
# $owner: the owner's number.
store-user-key-in-use = 该密钥已用于负责人 { $owner } 登录；一人一个密钥
# An owner record that is missing, named by its number.
store-owner-unknown = 负责人 { $id }

# The workspace file.
# Why a file is not a dealdeck database (see dom-error-not-a-database).
store-no-schema-version = 它没有 dealdeck 结构版本
store-schema-version-unreadable = 它的结构版本无法读取
store-create-exists = { $path } 已存在；请换一个路径，或先删除它
store-backup-exists = { $path } 已存在；备份从不覆盖已有文件
# A stored record that decodes with bytes to spare (see dom-error-decode).
store-bytes-left-over = 多出 { $count } 个字节
# A deal whose amount is beyond the limits (see dom-error-out-of-limits).
store-limits-deal = 商机 { $id }
store-limits-deal-fix = `dealdeck deal edit { $id } --amount …`

# `dealdeck serve`: what the server prints (after "dealdeck: ") and tells the
# people who connect.
srv-banner = 请用通过 `dealdeck user add NAME --key FILE.pub` 添加的 SSH 密钥登录
srv-needs-terminal = 应用需要终端：请用 `ssh -t` 连接，或直接给出命令（`ssh HOST deal list`）
srv-bad-command-line = 无法解析命令行（引号未闭合？）：{ $command }
srv-session-failed = 本会话出错，已关闭；已保存的修改都在。请重新连接继续。
srv-stopping = 服务器正在停止
srv-already-served = 此工作区已在服务中
srv-no-runtime = 无法启动服务器运行时
srv-stopped = 服务器已停止；{ $path } 已关闭
srv-cannot-listen = 无法监听 { $address }
srv-serving = 正在 { $address } 上提供 { $path }
# $new: yes when the key was made just now.
srv-host-key = 主机密钥 { $fingerprint }{ $new ->
        [yes] （新生成）
       *[other] {""}
    }（{ $path }）
srv-socket = 本地命令经由 { $path } 转发
srv-no-socket = 本地命令无法连到此服务器：{ $error }
srv-no-users = 还没有用户——请添加一个：dealdeck user add NAME --key FILE.pub --role admin
srv-join = 加入方式：ssh -p { $port } { $host }
srv-stopping-sessions = 正在停止：通知 { $count } 个会话
srv-host-key-unreadable = 无法读取主机密钥 { $path }
srv-host-key-invalid = { $path } 不是 OpenSSH 私钥（{ $error }）；把它移走即可生成新密钥（之后客户端会提示主机密钥已变更）
srv-host-key-no-random = 无法从 /dev/urandom 读取生成主机密钥所需的随机字节
srv-host-key-encode = 无法编码主机密钥：{ $error }
srv-host-key-raced = 生成主机密钥期间出现了 { $path }
srv-socket-taken = { $path } 已由另一台服务器应答
# A local command passed to the server lost it before the end.
srv-closed-early = 命令完成前服务器关闭了连接
srv-client-gone = 客户端已断开

# settings.toml that cannot be used. $error: what the TOML reader says (English).
store-settings-unreadable = { $file }：{ $error }；改用默认阈值
store-settings-at-line = 第 { $line } 行：{ $error }
