# 顶层以下各命令和每个选项的 `--help`：`cli-<命令路径>` 是命令的说明，
# `cli-<命令路径>--<参数 id>` 是选项的说明（id 来自 clap，所以带下划线）。
# 顶层命令和全局选项在 cli.ftl 中。选项值（small、eom、--map 的字段名等）
# 是用户要输入的，保持英文。

# sample
cli-sample--deals = 要生成的商机数量
cli-sample--seed = 随机种子（同一种子 + 同一 --today ⇒ 数据完全相同）
cli-sample--today = 生成的历史截止到哪一天（默认：今天）
cli-sample--force = 替换该路径上已有的数据库

# backup
cli-backup--to = 副本写到哪里；绝不覆盖已有文件

# import
cli-import-deals = 从 CSV 文件导入商机（Salesforce、HubSpot、Pipedrive 预设，或 --map）
cli-import-deals--from = 文件导出自哪个 CRM（其列名已知）；不给（也不给 --map）时按表头判断
cli-import-deals--map = 字段=列名，可重复；优先于预设。字段：title、account、stage、amount、currency、close_date、created_date、owner、probability、source、is_closed、is_won、status、loss_reason、next_step、external_id、pipeline、won_time、lost_time、forecast、team、account_id、owner_id、stage_before_close、product
cli-import-deals--stage_map = "文件中的名称=阶段"，可重复；阶段是销售流程中的某个阶段，或 won / lost
cli-import-deals--delimiter = 单元格分隔符：, ; 或 tab（默认：从表头行推断）
cli-import-deals--date_format = 文件的日期格式，用 chrono 的写法（如 %d/%m/%Y）；默认：自动猜测
cli-import-deals--currency = 文件没有币种列时金额的币种
cli-import-deals--pipeline = 行中的销售流程无法识别时使用的销售流程（名称或前缀）
cli-import-deals--encoding = 文件的文本编码（默认：UTF-8，字节显示为 GBK 时用 GBK）
cli-import-deals--skip_bad_rows = 导入正确的行，把有问题的行连同问题写到 --rejects
cli-import-deals--rejects = --skip-bad-rows 把被拒绝的行写到哪里（默认：FILE.rejected.csv）
cli-import-deals--dry_run = 全部检查并说明将会发生什么；不创建也不修改任何文件（有行被拒绝时的拒绝文件除外）
cli-import-deals--default_account = 客户为空的行所用的客户（否则这些行算作问题）
cli-import-deals--default_created = 没有创建日期的行的创建日期：close（该行的成交日期）、import-date，或一个日期
cli-import-deals--closed_on = 没有成交日期的赢单或输单行的成交日期
cli-import-deals--fix_dates = 成交早于创建的行：交换两个日期，或以创建日期作为成交日期（否则这些行算作问题）
cli-import-deals--summary_json = 以 JSON 输出汇总（行数、更正数、拒绝数）
cli-import-deals--update = 已导入的商机采用文件中的值（以 CRM 为准）；阶段变化记为标记为导入的阶段事件
cli-import-accounts = 从 CSV 文件导入客户（dealdeck、Salesforce、HubSpot 预设，或 --map）；工作区中已有的名称保持不变
cli-import-accounts--map = 字段=列名，可重复。客户：name、industry、region、size、tier、lifecycle、owner、parent。联系人：name（或 first_name + last_name）、account、title、role、stance、influence、email、phone。跟进：kind、at、deal、account、contacts、owner、summary、due、done
cli-import-accounts--date_format = 文件（跟进记录）的日期格式，用 chrono 的写法；默认：自动猜测
cli-import-accounts--delimiter = 单元格分隔符：, ; 或 tab（默认：从表头行推断）
cli-import-accounts--dry_run = 全部检查并说明将会发生什么；不写入任何内容
cli-import-contacts = 从 CSV 文件导入联系人（dealdeck、Salesforce、HubSpot 预设，或 --map），按名称关联到客户；客户下已有的联系人保持不变
cli-import-contacts--map = 字段=列名，可重复。客户：name、industry、region、size、tier、lifecycle、owner、parent。联系人：name（或 first_name + last_name）、account、title、role、stance、influence、email、phone。跟进：kind、at、deal、account、contacts、owner、summary、due、done
cli-import-contacts--date_format = 文件（跟进记录）的日期格式，用 chrono 的写法；默认：自动猜测
cli-import-contacts--delimiter = 单元格分隔符：, ; 或 tab（默认：从表头行推断）
cli-import-contacts--dry_run = 全部检查并说明将会发生什么；不写入任何内容
cli-import-activities = 从 CSV 文件导入跟进记录（dealdeck 或 Salesforce 的列，或 --map），按外部 id 或名称关联到商机，按名称关联到联系人
cli-import-activities--map = 字段=列名，可重复。客户：name、industry、region、size、tier、lifecycle、owner、parent。联系人：name（或 first_name + last_name）、account、title、role、stance、influence、email、phone。跟进：kind、at、deal、account、contacts、owner、summary、due、done
cli-import-activities--date_format = 文件（跟进记录）的日期格式，用 chrono 的写法；默认：自动猜测
cli-import-activities--delimiter = 单元格分隔符：, ; 或 tab（默认：从表头行推断）
cli-import-activities--dry_run = 全部检查并说明将会发生什么；不写入任何内容
cli-import-owners = 从 CSV 文件导入销售团队（Salesforce User 或 HubSpot 用户导出，或 --map）：姓名、邮箱、团队、角色；已有的负责人会更新为最新
cli-import-owners--map = 字段=列名，可重复。客户：name、industry、region、size、tier、lifecycle、owner、parent。联系人：name（或 first_name + last_name）、account、title、role、stance、influence、email、phone。跟进：kind、at、deal、account、contacts、owner、summary、due、done
cli-import-owners--date_format = 文件（跟进记录）的日期格式，用 chrono 的写法；默认：自动猜测
cli-import-owners--delimiter = 单元格分隔符：, ; 或 tab（默认：从表头行推断）
cli-import-owners--dry_run = 全部检查并说明将会发生什么；不写入任何内容
cli-import-products = 从 CSV 文件导入产品目录：每个产品一行（sku、name、unit、currency、list_price、unit_cost、active），可附带一条价目表条目（price_list、tier、min_qty、unit_price）；按 SKU 匹配产品
cli-import-products--map = 字段=列名，可重复：sku、name、unit、currency、list_price、unit_cost、active、price_list、tier、min_qty、unit_price
cli-import-products--currency = 没有币种列时各行的币种
cli-import-products--dry_run = 全部检查并说明将会发生什么；不写入任何内容

# export
cli-export--kind = 只导出一类记录（默认：整个工作区，仅限 JSON）
cli-export--out = 写入此文件（仅所有者可读写，原子替换），而不是标准输出

# deal
cli-deal-list = 列出商机
cli-deal-list--stage = 只看此阶段的商机（名称或前缀）
cli-deal-list--owner = 只看此负责人的商机
cli-deal-list--json = 输出 JSON（一个数组），而不是表格
cli-deal-show = 查看一个商机及其阶段历史、跟进记录和报价
cli-deal-new = 新建商机（不给 --stage 时放在销售流程的第一个阶段）
cli-deal-new--account = 客户名称（新客户会作为潜在客户创建）或 id
cli-deal-new--amount = 金额：12500、12,500.00、8万、1.2亿、12.5k、1.2m
cli-deal-new--owner = 负责人姓名（默认：你）
cli-deal-new--close_date = 预计成交：2026-12-31、12月31日、30天后、月底、季末、+30d、eom、eoq（默认：+90d）
cli-deal-new--pipeline = 销售流程名称（默认：第一个）
cli-deal-new--stage = 起始阶段（默认：销售流程的第一个阶段）
cli-deal-move = 把商机推进到另一个阶段（向前推进时要过阶段门）
cli-deal-move--stage = 目标阶段名称（可用前缀：`negot`）
cli-deal-move--ticked = 勾选所进入阶段的一项阶段门条件（可重复）
cli-deal-move--override_reason = 强行通过未满足的阶段门条件，并把此原因记在阶段事件上
cli-deal-won = 把商机标为赢单：原因、日期和金额（默认：无原因、现在、商机金额）
cli-deal-won--ticked = 勾选所进入阶段的一项阶段门条件（可重复）
cli-deal-won--override_reason = 强行通过未满足的阶段门条件，并把此原因记在阶段事件上
cli-deal-won--reason = 赢单原因（如设置中 win_reasons 的某一项）
cli-deal-won--closed_on = 赢单日期，不是今天时给出（不早于进入当前阶段的日期）
cli-deal-won--amount = 签约金额，与商机金额不同时给出（按商机的币种）
cli-deal-lost = 把商机标为输单，并给出原因
cli-deal-lost--reason = 输单原因类别（键或名称，如 pricing、competition）
cli-deal-lost--sub_reason = 类别下的细分原因（默认：第一个）
cli-deal-lost--competitor = 输给了哪个竞争对手
cli-deal-lost--lesson = 一句话教训
cli-deal-lost--lost_on = 输单日期，不是今天时给出（不早于进入当前阶段的日期）
cli-deal-lost--uncontrollable = 把此次输单标为团队不可控（默认：按类别）
cli-deal-lost--controllable = 把此次输单标为团队可控（默认：按类别）
cli-deal-edit = 修改商机的字段（阶段和状态只能通过推进改变）
cli-deal-edit--amount = 金额：12500、12,500.00、8万、1.2亿、12.5k、1.2m（除非给出 --currency，否则按商机的币种）
cli-deal-edit--close_date = 预计成交：2026-12-31、12月31日、30天后、月底、季末、+30d、eom、eoq
cli-deal-edit--owner = 负责人姓名
cli-deal-edit--next_step = 下一步（给空文本即清除）
cli-deal-delete = 删除商机及其历史、跟进记录和报价（管理员；可撤销）
cli-deal-delete--repair = 商机记录已损坏（`dealdeck check` 指出了它）：仍然删除它及引用它的内容，即使检查失败也照做

# task
cli-task-list = 未完成的任务，最早到期的在前
cli-task-list--mine = 只看你的
cli-task-list--overdue = 只看已过期的
cli-task-list--all = 也包括已完成的
cli-task-add = 在商机上添加任务
cli-task-add--due = 到期：2026-12-31、+3d、eom
cli-task-add--owner = 由谁来做（默认：你，或商机负责人）
cli-task-done = 把任务标为完成
cli-task-move = 把任务改到另一天（商机的下一步在那天时随之改期）
cli-task-assign = 把任务转交给别人

# account
cli-account-list = 客户及其等级、行业、区域、负责人、进行中的商机及金额、累计赢单额
cli-account-show = 查看一个客户：商机（进行中、赢单、输单及原因）、联系人、跟进记录、报价
cli-account-edit = 修改客户的名称、行业、区域、规模、等级、负责人或上级客户
cli-account-edit--size = small、medium、large、enterprise
cli-account-edit--tier = A、B 或 C
cli-account-edit--owner = 负责人姓名，或 "none"
cli-account-edit--parent = 上级客户（名称或 id），或 "none"

# contact
cli-contact-list = 联系人，按客户再按角色排列
cli-contact-list--account = 只看此客户的（客户名称）
cli-contact-add = 给客户添加联系人
cli-contact-add--account = 客户（名称或 id）
cli-contact-add--role = economic-buyer、decision-maker、technical-evaluator、influencer、user、champion、blocker
cli-contact-add--stance = supporter、neutral 或 opponent
cli-contact-add--influence = 1（很小）到 5（决定性）
cli-contact-edit = 修改联系人的信息或在权力图中的位置，或把其移到另一个客户
cli-contact-edit--account = 移到此客户（名称或 id）
cli-contact-edit--role = economic-buyer、decision-maker、technical-evaluator、influencer、user、champion、blocker
cli-contact-edit--stance = supporter、neutral 或 opponent
cli-contact-edit--influence = 1（很小）到 5（决定性）

# lead
cli-lead-list = 线索及其评分（匹配度 + 行为）、渠道、时长、负责人和重复提醒
cli-lead-list--owner = 只看此负责人的（姓名）
cli-lead-show = 查看一条线索：评分构成、重复项和历史
cli-lead-add = 向公海添加线索（重复的会指出，但不拒绝）
cli-lead-add--channel = web、event、referral、partner、import
cli-lead-add--size = small、medium、large、enterprise（或 1-49、50-499、500-4999、5000+）
cli-lead-add--behaviour = 线索的行为分，0–50（加在画像匹配度上）
cli-lead-import = 从 CSV 文件添加线索（全部导入或全部不导入）
cli-lead-import--map = 字段=列名，可重复：company、contact、phone、email、channel、industry、region、size、behaviour
cli-lead-claim = 从公海认领一条线索
cli-lead-assign = 把线索分配给销售（经理和总监）
cli-lead-follow-up = 记录一次跟进（电话、邮件、拜访）
cli-lead-convert = 转化：建立其客户（或沿用已有的）、联系人和商机
cli-lead-convert--title = 商机标题（默认："<company> — first deal"，company 为公司名）
cli-lead-convert--amount = 金额：12500、12.5k（默认：0，待定）
cli-lead-convert--pipeline = 销售流程名称（默认：第一个）
cli-lead-disqualify = 判为无效，并给出原因
cli-lead-return = 把线索退回公海
cli-lead-recycle = 立即执行公海规则：未跟进的线索退回，热线索自动分配
cli-lead-recycle--dry_run = 说明将会发生什么；不写入任何内容

# pipeline
cli-pipeline-list = 每个销售流程及其按顺序排列的阶段
cli-pipeline-rename = 重命名销售流程
cli-pipeline-add-stage = 添加一个进行中阶段（放在 --after 之后，否则放在最前）
cli-pipeline-add-stage--probability = 默认赢率，0–100
cli-pipeline-add-stage--rotting_days = 商机在此阶段停留多少天算停滞（默认：与前一阶段相同）
cli-pipeline-add-stage--gate = 进入此阶段的一项条件（可重复）
cli-pipeline-edit-stage = 修改阶段的名称、赢率、停滞天数或阶段门条件
cli-pipeline-edit-stage--gate = 替换阶段门：进入此阶段的全部条件（可重复）
cli-pipeline-edit-stage--no_gate = 进入此阶段无需条件
cli-pipeline-move-stage = 把一个进行中阶段移到另一个之后（不给 --after 时移到最前）
cli-pipeline-remove-stage = 删除一个没有商机、也没有商机历史提到的进行中阶段

# taxonomy
cli-taxonomy-list = 每个类别及其键、默认是否可控和细分原因
cli-taxonomy-add = 新建类别
cli-taxonomy-add--controllable = 此类输单通常是否在团队掌控之中
cli-taxonomy-rename = 重命名类别（输单记录保留其键）
cli-taxonomy-controllable = 修改某类别的输单默认是否可控
cli-taxonomy-add-sub = 给类别添加细分原因
cli-taxonomy-remove-sub = 删除细分原因（提到它的输单记录保留原文）

# report
cli-report--period = 2026-10、2026-Q3、2026、2026-01-01..2026-03-31、this-month、last-month、this-quarter、last-quarter、this-year、last-year
cli-report--by = winloss：owner、team、industry、region、source、competitor、size、discount、decision-maker、product（默认：全部）
cli-report--owner = 只看此负责人的商机（姓名）
cli-report--team = 只看此团队负责人的商机
cli-report--pipeline = 只看此销售流程（名称或前缀）

# product
cli-product-list = 每个产品：SKU、单位、目录价、单位成本、目录价毛利、阶梯价格
cli-product-add = 添加产品（管理员）：需要 --name、--list-price 和 --unit-cost
cli-product-add--sku = 产品编码
cli-product-add--unit = 销售单位（许可、台、人天…）
cli-product-add--active = false 表示停用该产品（旧报价上保留，新报价行不再提供）
cli-product-edit = 修改产品的名称、单位、币种、价格或是否在售（管理员）
cli-product-edit--sku = 产品编码
cli-product-edit--unit = 销售单位（许可、台、人天…）
cli-product-edit--active = false 表示停用该产品（旧报价上保留，新报价行不再提供）

# quote
cli-quote-list = 报价，最新的在前：编号、商机、版本、状态、总额、毛利
cli-quote-list--deal = 只看此商机的报价
cli-quote-show = 查看一份报价：Markdown 或纯文本（可贴进邮件），或 JSON
cli-quote-show--id = 报价：应用中显示的编号（`Q-2026-00307`），或其 id（`307`）
cli-quote-show--version = 指定非最新的版本

# review
cli-review-list = 每次复盘：期间、状态、已分诊的输单商机、选定的行动
cli-review-show = 以 Markdown 报告查看一次复盘（数字截至现在），或以 JSON 查看
cli-review-show--id = 复盘 id（`3` 或 `R-3`）
cli-review-actions = 未开始和进行中的改进行动，最早到期的在前
cli-review-abandon = 放弃进行中的复盘：删除它及其选定的行动（分诊中确认的输单仍保留在商机上）
cli-review-abandon--id = 复盘 id（`3` 或 `R-3`）

# search
cli-search--query = 要找什么（模糊匹配：`nwms` 能找到 "Northwind WMS rollout"）
cli-search--limit = 最多显示多少条结果

# serve
cli-serve--listen = 监听地址（端口 0：任一空闲端口）

# user
cli-user-add = 允许负责人用 SSH 公钥登录（没有同名负责人时新建一个）
cli-user-add--key = 其公钥文件（`~/.ssh/id_ed25519.pub`）
cli-user-add--role = rep：自己的商机；manager：团队的商机，可审批到经理级；director：全部商机，任何审批；admin：另可管理用户和输单原因分类
cli-user-add--team = 新负责人所在的团队
cli-user-list = 每个用户：姓名、团队、角色、密钥（按指纹）
cli-user-key = 添加或移除用户的一个密钥
cli-user-key-add = 用户登录用的另一个密钥
cli-user-key-remove = 停止某个密钥登录
cli-user-remove = 取消用户的登录权限（其商机和历史保留）
