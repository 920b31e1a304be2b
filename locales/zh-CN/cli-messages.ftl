# cli-messages：命令输出的内容及其错误（--help 不在此处）。
# 反引号中的文字（`dealdeck undo`、`--db`）是要输入的命令，保持原样。

## 命令为人打印的表格的列标题（CSV 和 JSON 保留原有的）。
climsg-col-id = 编号
climsg-col-title = 标题
climsg-col-account = 客户
climsg-col-stage = 阶段
climsg-col-amount = 金额
climsg-col-owner = 负责人
# 商机结单或预计结单的日期。
climsg-col-close = 结单日
climsg-col-company = 公司
climsg-col-contact = 联系人
climsg-col-channel = 渠道
climsg-col-score = 评分
# 线索的画像匹配分，评分的一部分。
climsg-col-fit = 匹配
# 行为分：线索做过的事，评分的一部分。
climsg-col-beh = 行为
# 线索进来多久了。
climsg-col-age = 时长
climsg-col-status = 状态
climsg-col-warnings = 提醒
climsg-col-tier = 等级
climsg-col-industry = 行业
climsg-col-region = 区域
# 客户的进行中商机数。
climsg-col-open = 进行中
# 客户进行中商机的金额。
climsg-col-pipeline = 在途金额
# 客户至今的赢单金额。
climsg-col-won = 赢单
# 人名。
climsg-col-name = 姓名
climsg-col-role = 角色
climsg-col-stance = 态度
# 影响力，1 到 5。
climsg-col-infl = 影响力
climsg-col-team = 团队
# SSH 密钥，按指纹。
climsg-col-keys = 密钥
# 阶段的默认赢率。
climsg-col-prob = 赢率
# 商机在阶段停留多少天后算停滞。
climsg-col-rotting = 停滞天数
climsg-col-gate = 阶段门
# 搜索结果的类型：商机、客户、联系人……
climsg-col-kind = 类型
# 搜索结果的名称。
climsg-search-col-name = 名称
climsg-col-detail = 详情
climsg-product-col-sku = SKU
climsg-product-col-product = 产品
climsg-product-col-unit = 单位
# 标价。
climsg-product-col-list = 标价
climsg-product-col-cost = 成本
climsg-product-col-margin = 毛利率
climsg-product-col-tier-a = A 档价
climsg-product-col-tier-b = B 档价
climsg-product-col-tier-c = C 档价
climsg-quote-col-id = 编号
# 报价单号，Q-2026-00307。
climsg-quote-col-number = 报价单号
climsg-quote-col-deal = 商机
climsg-quote-col-version = 版本
climsg-quote-col-status = 状态
climsg-quote-col-total = 总额
climsg-quote-col-margin = 毛利率
climsg-task-col-id = 编号
climsg-task-col-due = 到期日
climsg-task-col-deal = 商机
climsg-task-col-task = 任务
climsg-task-col-owner = 负责人
climsg-task-col-status = 状态

## 命令行整体（mod.rs、context.rs、tui.rs）。
climsg-background-failed = 后台任务失败：{ $info }
climsg-unknown-failure = 未知故障
# 读取文件时崩溃；下一行给出该怎么办。
climsg-read-failed = 读取 { $path } 失败（{ $what }，位置 { $at }）；文件可能已损坏：运行 `dealdeck check` 了解详情
climsg-served-no-db = 此处不接受 --db：服务器提供的是 { $path }
climsg-held-by-server = { $path } 正由 `dealdeck serve` 占用（进程 { $pid }）；加入方式：ssh -t -p { $port } { $host }
climsg-server-no-answer = 占用 { $path } 的服务器没有响应：{ $error }
climsg-served-no-sample = 服务器正占用此工作区；先停止服务器，再用示例数据替换工作区
climsg-no-home = 找不到用于默认数据库的主目录；请用 --db PATH 指定
climsg-db-empty = { $path } 是空文件，不是工作区；创建工作区的命令（`dealdeck sample --db { $path }`、`dealdeck deal new`）可以把它变成工作区
climsg-no-db = { $path } 处没有数据库（用 `dealdeck sample --db { $path }` 或 `dealdeck deal new` 创建一个）
climsg-created-empty = 已在 { $path } 新建空工作区
climsg-first-run = 首次运行——正在 { $path } 创建示例工作区
# 打开应用时的第一条警告，以及还有多少条。
climsg-warnings-more = { $first }（另有 { $count } 条）
# 设置 DEALDECK_STARTUP_TIMING 时：启动用了多久。
climsg-startup-timing = 启动后 { $ms } 毫秒画出第一帧

## 记录缺失时命令使用的名称。
climsg-owner-fallback = 负责人 { $id }
climsg-account-fallback = 客户 { $id }
climsg-no-owner-named = 没有名为“{ $name }”的负责人
climsg-no-pipeline-named = 没有名为“{ $name }”的销售流程
climsg-no-pipeline = 此工作区没有销售流程
climsg-pipeline-missing = 销售流程 { $id } 缺失；请运行 `dealdeck check`
climsg-bad-size = --size '{ $given }'：可选 small、medium、large 或 enterprise

## dealdeck deal
climsg-deal-use-lost = 标记输单请用 `dealdeck deal lost { $id } --reason …`
climsg-deal-moved = 商机 { $id }“{ $title }”已进入 { $stage } 阶段（事件 { $event }）
climsg-deal-gate-overridden = 阶段门已豁免：{ $criterion } —— { $reason }
climsg-deal-created = 已创建商机 { $id }“{ $title }”
# 在 `deal list` 下方，输出到 stderr。
climsg-deal-listed = 共 { $count } 个商机
climsg-deal-heading = 商机 { $id }  { $title }
# `deal show` 的标签，单独一列，后接取值。
climsg-deal-field-account = 客户
climsg-deal-field-owner = 负责人
climsg-deal-field-stage = 阶段
climsg-deal-field-amount = 金额
climsg-deal-field-close = 预计结单
climsg-deal-field-source = 来源
# 商机中遇到的竞争对手。
climsg-deal-field-compete = 竞争对手
climsg-deal-field-next-step = 下一步
climsg-deal-field-scorecard = 评分卡
climsg-deal-field-lost = 输单
climsg-deal-field-won = 赢单
# 阶段，以及商机状态（进行中、赢单、输单）。
climsg-deal-stage-value = { $stage }（{ $status }）
climsg-deal-close-none = 未设（用 `deal edit { $id } --close-date` 设置）
climsg-deal-next-step-value = { $step }（{ $date }）
climsg-deal-lost-value = { $category } / { $sub } —— { $lesson }
climsg-deal-lost-value-to = { $category } / { $sub }（竞争对手：{ $competitor }）—— { $lesson }
climsg-deal-history = 阶段历史
# 商机第一条阶段记录的来处。
climsg-deal-history-created = 创建
climsg-deal-history-line = { $at }  { $from } → { $to }  操作人 { $by }
climsg-deal-history-line-undo = { $at }  { $from } → { $to }  操作人 { $by }（撤销）
climsg-deal-history-override = 豁免：{ $criterion } —— { $reason }
climsg-deal-activities = 跟进记录
climsg-deal-quote-line = 报价 { $number } v{ $version } { $status ->
        [Draft] 草稿
        [Sent] 已发送
        [Accepted] 已接受
       *[Rejected] 已拒绝
    }：总额 { $total }，毛利率 { $margin }%

## dealdeck deal edit、delete；dealdeck audit
climsg-deal-unchanged = 商机 { $id } 未改动：请说明要改什么（见 --help）
climsg-deal-saved = 已保存商机 { $id }“{ $title }”（`dealdeck undo` 可撤销）
climsg-deal-deleted-title = “{ $title }”
# $name：加引号的商机标题；记录损坏时为空。
climsg-deal-deleted = 已删除商机 { $id }{ $name }，连同 { $events } 条阶段记录、{ $activities } 条跟进记录和 { $quotes } 份报价；`dealdeck undo` 可以恢复
climsg-deal-deleted-damaged = 已删除商机 { $id }{ $name }，连同 { $events } 条阶段记录、{ $activities } 条跟进记录和 { $quotes } 份报价；其记录已损坏，无法撤销；请接着运行 `dealdeck check`
climsg-audit-empty = 还没有管理员变更

## dealdeck lead
climsg-lead-bad-id = '{ $given }' 不是线索编号（应为 L-12 或 12）
# 线索 L-12 已转化；$contact 说明其联系人的去向。
climsg-lead-converted = 线索 { $id } 已转化：客户 { $account }（新建），{ $contact }，商机 { $deal } { $title }，进入 { $pipeline }
climsg-lead-converted-reused = 线索 { $id } 已转化：客户 { $account }（已存在），{ $contact }，商机 { $deal } { $title }，进入 { $pipeline }
climsg-lead-rules = { $returned } 条线索已退回公海（{ $days } 天未跟进），{ $assigned } 条已按评分分配（≥ { $score }）
# 使用 --dry-run 时：规则将会做什么。
climsg-lead-rules-dry = { $returned } 条线索将退回公海（{ $days } 天未跟进），{ $assigned } 条将按评分分配（≥ { $score }）
# 规则退回公海的线索，以及原负责人。
climsg-lead-rules-was = { $id } { $company }：原属 { $owner }
climsg-lead-unknown-owner = --owner '{ $name }'：没有这个人（负责人：{ $owners }）
climsg-lead-not-followed = 分配后 { $hours } 小时未跟进
# 线索在表格里的天数。
climsg-lead-age = { $days }天
# 无人认领的线索在负责人一列显示的内容。
climsg-lead-pool = （公海）
climsg-lead-count = 共 { $count } 条线索
# `lead show` 的标签，单独一列，后接取值。
climsg-lead-field-contact = 联系人
climsg-lead-field-profile = 画像
climsg-lead-field-score = 评分
climsg-lead-field-owner = 负责人
climsg-lead-field-warning = 提醒
climsg-lead-profile = { $industry } · { $region } · { $size } 人 · 来自 { $channel }
climsg-lead-score = { $score } = 匹配 { $fit } + 行为 { $behaviour }
climsg-lead-owner = { $owner } · 已 { $days } 天
climsg-lead-owner-flagged = { $owner } · 已 { $days } 天 · 分配后一直未跟进
climsg-lead-bad-channel = --channel '{ $given }'：可选 web、event、referral、partner 或 import
climsg-lead-added = 线索 { $id } { $company } 已加入公海：评分 { $score }（匹配 { $fit } + 行为 { $behaviour }）
climsg-warning = 提醒：{ $warning }
climsg-lead-possible-duplicates = 提醒：可能有 { $count } 条重复
climsg-lead-imported = 已从 { $file } 导入线索：{ $added } 条加入公海，{ $duplicates } 条可能与已有线索、客户或联系人重复（`dealdeck lead list` 会列出）
climsg-lead-without-size = { $count } 条线索缺少公司规模（第 { $lines } 行）：按 1-49 人计分
climsg-lead-without-channel = { $count } 条线索缺少渠道（第 { $lines } 行）：记为 import
# 线索有了变化；-owned 形式最后说明现在归谁。
climsg-lead-claimed = 线索 { $id } { $company } 已认领
climsg-lead-claimed-owned = 线索 { $id } { $company } 已认领 · 负责人 { $owner }
climsg-lead-assigned = 线索 { $id } { $company } 已分配
climsg-lead-assigned-owned = 线索 { $id } { $company } 已分配 · 负责人 { $owner }
climsg-lead-followed-up = 线索 { $id } { $company } 已跟进
climsg-lead-followed-up-owned = 线索 { $id } { $company } 已跟进 · 负责人 { $owner }
climsg-lead-disqualified = 线索 { $id } { $company } 已判定无效
climsg-lead-disqualified-owned = 线索 { $id } { $company } 已判定无效 · 负责人 { $owner }
climsg-lead-returned = 线索 { $id } { $company } 已退回公海
climsg-lead-returned-owned = 线索 { $id } { $company } 已退回公海 · 负责人 { $owner }

## dealdeck product、quote
climsg-product-volume-breaks = 阶梯价：每张价目表都有 1、10、50 件起的价格（`--json` 会列出）
climsg-not-a-deal-id = '{ $given }' 不是商机编号
climsg-quote-not-found = 没有报价“{ $given }”（应为 Q-2026-00307 这样的单号或编号）；`dealdeck quote list` 会列出
climsg-quote-versions = { $number } 的版本为 1 到 { $count }
climsg-quote-no-version = 该报价没有任何版本
climsg-quote-deal-gone = 该报价的商机已不存在
climsg-bad-currency = --currency '{ $given }'：应为 USD 这样的币种代码
climsg-products-imported = 已从 { $file } 导入产品：新增 { $created }，更新 { $updated }，未变 { $unchanged }；{ $prices } 条价格{ $lists ->
        [0] {""}
       *[other]（{ $lists } 张新价目表）
    }
climsg-products-imported-dry = 试运行，未写入：将从 { $file } 导入产品：新增 { $created }，更新 { $updated }，未变 { $unchanged }；{ $prices } 条价格{ $lists ->
        [0] {""}
       *[other]（{ $lists } 张新价目表）
    }
climsg-product-exists = { $sku } 已存在；用 `dealdeck product edit { $sku }` 修改
climsg-product-not-found = 没有 SKU 为 { $sku } 的产品；`dealdeck product list` 会列出
climsg-product-needs = 新产品必须提供 { $flag }
climsg-product-added = 已添加产品 { $sku }
climsg-product-unchanged = 未改动产品 { $sku }
climsg-product-saved = 已保存产品 { $sku }

## dealdeck account
climsg-account-not-found = 没有名为“{ $given }”的客户（`dealdeck account list` 会列出）
climsg-account-count = 共 { $count } 个客户 · 金额单位 { $currency }
climsg-bad-tier = --tier '{ $given }'：可选 A、B 或 C
climsg-owner-nobody = --owner '{ $given }'：没有这个人
climsg-account-no-industry = 未填行业
climsg-account-no-region = 未填区域
# 下面句子中可选的部分，各自以逗号开头。
climsg-account-owned-by = ，负责人 { $owner }
climsg-account-part-of = ，隶属 { $parent }
climsg-account-saved = 客户 { $id } { $name }：{ $tier } 级，{ $industry }，{ $region }，{ $size } 人{ $owned }{ $parent }（`dealdeck undo` 可撤销）

## dealdeck contact
climsg-bad-role = --role '{ $given }'：可选 { $roles }
climsg-bad-stance = --stance '{ $given }'：可选 supporter、neutral 或 opponent
climsg-contact-count = 共 { $count } 位联系人
climsg-contact-added = 联系人 { $id } { $name } 已添加到 { $account }：{ $role }，{ $stance }，影响力 { $influence }（`dealdeck undo` 可撤销）
# 下面句子中可选的部分，各自以逗号开头。
climsg-contact-job-title = ，{ $title }
climsg-contact-moved-to = ，已移到 { $account }
climsg-contact-saved = 联系人 { $id } { $name }：{ $role }，{ $stance }，影响力 { $influence }{ $title }{ $moved }（`dealdeck undo` 可撤销）

## dealdeck user
climsg-bad-role-name = '{ $given }' 不是角色：可选 rep、manager、director 或 admin
climsg-key-unreadable = 无法读取密钥文件 { $path }
climsg-key-not-openssh = { $path }：不是 OpenSSH 公钥（{ $error }）；应为只有一行的 .pub 文件，形如 `ssh-ed25519 AAAA… name@host`
climsg-key-bad = （无法读取的密钥）
climsg-user-added = { $name } 可以登录（{ $role }），密钥 { $key }
climsg-user-first = 注意：{ $name } 是第一个用户；请再添加一名管理员，否则无人能通过 SSH 管理用户
climsg-user-none = 没有用户：此工作区归一个人使用。`dealdeck user add NAME --key FILE.pub --role admin` 开启团队使用
climsg-user-key-added = { $name } 也可以用 { $key } 登录
climsg-user-key-removed = { $name } 不再用 { $key } 登录
climsg-user-not-found = { $name } 不是用户（`dealdeck user list`）
climsg-user-removed = { $name } 已不能登录；其商机和历史保留

## dealdeck task
climsg-task-added = 已在商机 { $deal } 上添加任务 { $id }，{ $due } 到期
climsg-task-done = 任务 { $id }“{ $summary }”：已完成
climsg-task-due = 任务 { $id }“{ $summary }”：{ $due } 到期
# 完成或改期任务改动了商机时，接在上面句子之后。
climsg-task-next-step-cleared = ；商机逾期的下一步已清除
climsg-task-next-step-moved = ；商机的下一步也随之改期
climsg-task-not-owner = “{ $user }”不是此工作区的负责人，所以没有属于你的任务
climsg-task-none = 没有任务
climsg-task-status-done = 已完成
climsg-task-status-overdue = 已逾期
climsg-task-status-open = 待办

## dealdeck pipeline
climsg-pipeline-rotting-note = 注意：与 { $stage } 一样，{ $days } 天后算停滞（用 --rotting-days 设置）
# 销售流程没有进行中阶段时，代替上面的阶段名。
climsg-pipeline-rotting-default = 默认值
climsg-pipeline-saved = 销售流程 { $name } 已保存（`dealdeck undo` 可撤销）：
climsg-pipeline-order-note = 注意：{ $later }（{ $later_pct }%）排在 { $earlier }（{ $earlier_pct }%）之后：靠后的阶段通常赢率更高

## dealdeck taxonomy
climsg-taxonomy-line = { $key }  { $name }（可控）
climsg-taxonomy-line-uncontrollable = { $key }  { $name }（不可控）
climsg-taxonomy-saved = 输单原因分类已保存（{ $count } 个分类）
