# 命令行：dealdeck 及其命令的 `--help`，以及错误信息的开头。

cli-about = 键盘驱动的 B2B 销售管道终端工作台
cli-arg-db = 工作区数据库文件（默认：用户数据目录中的 dealdeck.redb）
cli-arg-theme = 配色主题：dark、light、high-contrast、ansi16，或配置目录 themes/ 中的主题
cli-arg-lang = 应用和命令行的语言：en 或 zh-CN（默认：先看设置，再看系统区域）
cli-sample = 生成示例工作区（确定性：同一种子和日期，数据相同）
cli-check = 检查文件完整性、索引和业务约束（发现问题时退出码为 1）
cli-backup = 把数据库复制到新文件（仅所有者可读写）
cli-import = 从 CRM 的 CSV 导出导入商机（全部导入或全部不导入）
cli-export = 导出整个工作区
cli-deal = 商机：列出、查看、新建、推进、赢单、输单
cli-task = 商机上的任务：列出（我的、逾期）、添加、完成、改期、转交
cli-account = 客户：连同数字列出、完整查看一个、编辑
cli-contact = 客户的联系人：列出、添加、编辑（或移到另一个客户）
cli-lead = 线索公海：列出、查看、添加、导入、认领、分配、跟进、转化、判为无效、退回、回收
cli-pipeline = 销售流程及其阶段：列出；重命名、添加、编辑、移动或删除阶段（管理员）
cli-undo = 撤销最近一次修改（以一次新的修改还原它）
cli-audit = 管理员的修改（删除商机、修复），按时间先后
cli-taxonomy = 列出和编辑输单原因分类
cli-report = 一个期间的漏斗分析：漏斗、赢输单、预测、周期、健康度、趋势
cli-product = 产品目录及其阶梯价格
cli-quote = 报价：列出，以 Markdown、文本或 JSON 查看一份
cli-review = 月度输单复盘（在应用中按 `g v` 进行）：列出、查看、未完成的行动
cli-search = 模糊搜索商机、客户和联系人（与应用中的 `/` 同一匹配器）
cli-serve = 通过 SSH 把工作区提供给团队（应用，以及 exec 执行的命令）
cli-user = 谁可以登录 `dealdeck serve`：添加、列出、密钥、移除
cli-completions = 输出 shell 补全脚本
cli-arg-help = 显示帮助
cli-help-command = 显示本帮助，或某个命令的帮助
cli-arg-version = 显示版本

# 命令行每条错误信息的开头。
error-prefix = dealdeck
error-unknown-lang = { $tag } 不是 dealdeck 支持的语言（en、zh-CN）；使用{ $name }

# `--help` 的标题。
cli-heading-usage = 用法：
cli-heading-commands = 命令
cli-heading-options = 选项
cli-heading-arguments = 参数

# 工作区的错误，应用和命令行都这样说。
error-in-use = { $path } 正被另一个 dealdeck 进程使用
error-not-found = 没有编号为 { $id } 的{ $kind }
error-unknown-owner = 没有名为“{ $name }”的负责人（已有：{ $known }）

# 错误信息中提到的记录类型。
kind-deal = 商机
kind-account = 客户
kind-contact = 联系人
kind-quote = 报价
kind-review = 复盘
kind-activity = 跟进记录
kind-lead = 线索
kind-task = 任务
kind-product = 产品
kind-user = 用户
kind-stage-event = 阶段记录
kind-audit-entry = 审计记录
kind-undo = 撤销记录

# 命令行上的错误（英文时由 clap 自己说；这些只在其他语言中使用）。
cli-error-label = 错误：
cli-error-invalid-value = “{ $arg }”的值“{ $value }”无效（可选值：{ $valid }）
cli-error-bad-value = “{ $arg }”的值“{ $value }”无效：{ $why }
cli-error-unknown-argument = 不认识的参数“{ $arg }”
cli-error-unknown-command = 不认识的命令“{ $command }”
cli-error-missing-argument = 缺少必需的参数：{ $args }
cli-error-missing-command = 需要给出一个命令
cli-error-conflict = 参数“{ $arg }”不能与“{ $other }”同时使用
cli-error-values = “{ $arg }”的值个数不对
cli-error-more = 更多信息请用 '--help'。
cli-error-not-a-number = 应为整数
