# cli-import：`dealdeck import`、`sample`、`check`、`backup`、`export`、
# `undo` 和直接运行 `dealdeck` 时输出的内容及其错误。
# 选项名（`--map`、`--from`）、选项值（salesforce、tab、close、import-date）、
# NAME=VALUE 和 FIELD=Column 都是要输入的，保持原样。
# $dry 为 "yes" 表示试运行（不写入），"no" 表示真正导入。

## 选项
# $flag 是选项（--map、--stage-map），$text 是给出的值。
cliimp-pair-expected = { $flag } '{ $text }'：应为 NAME=VALUE
cliimp-delimiter-expected = --delimiter '{ $given }'：应为单个字符，或 tab
# $fields：--map 认识的字段名，逗号分隔。
cliimp-map-no-field = --map '{ $given }'：没有字段 '{ $field }'（可用字段：{ $fields }）
cliimp-default-created-expected = --default-created '{ $given }'：应为 close、import-date 或一个日期
cliimp-currency-expected = --currency '{ $given }'：应为 USD 这样的币种代码
cliimp-pipeline-not-single = --pipeline '{ $given }'：没有唯一一个叫这个名字的销售流程
cliimp-no-pipeline = 工作区里没有销售流程

## 文件
cliimp-cannot-read = 无法读取 { $file }
cliimp-cannot-write = 无法写入 { $file }
cliimp-scratch-folder = 为试运行创建临时文件夹
cliimp-say-how-parties = 请说明如何读取 { $file }：--from dealdeck|salesforce|hubspot，或 --map FIELD=Column
cliimp-no-hubspot-activities = 跟进记录没有 HubSpot 预设：请用 --map 指定各列
# $columns：文件的表头，逗号分隔。
cliimp-header-unknown = { $file }：表头与 dealdeck 认识的任何导出格式都不匹配（列：{ $columns }）；请说明如何读取：--from dealdeck|salesforce|hubspot|pipedrive，或 --map FIELD=Column
# $presets：两个或更多预设名，用 cliimp-and 连接。
cliimp-header-ambiguous = { $file }：表头同样符合 { $presets }；请用 --from 指明是哪一个
# 连接预设名：“salesforce 和 hubspot”。
cliimp-and = {" 和 "}
# $preset：salesforce、hubspot、pipedrive 或 dealdeck。
cliimp-reading-as = 按 { $preset } 导出格式读取 { $file }（根据表头判断）

## 大文件导入时在终端上显示的进度
cliimp-progress-checking = 正在检查行 { $done } / { $total }
cliimp-progress-writing = 正在写入商机 { $done } / { $total }

## 客户、联系人、跟进记录、负责人
cliimp-accounts-summary = { $dry ->
    [yes] 试运行，未写入：将从 { $file } 导入
   *[other] 已从 { $file } 导入
} { $created } 个客户；{ $there } 个已存在；新增 { $accounts } 个客户、{ $owners } 个负责人
cliimp-contacts-summary = { $dry ->
    [yes] 试运行，未写入：将从 { $file } 导入
   *[other] 已从 { $file } 导入
} { $created } 个联系人；{ $there } 个已存在；新增 { $accounts } 个客户、{ $owners } 个负责人
cliimp-activities-summary = { $dry ->
    [yes] 试运行，未写入：将从 { $file } 导入
   *[other] 已从 { $file } 导入
} { $created } 条跟进记录；{ $there } 条已存在；新增 { $accounts } 个客户、{ $owners } 个负责人
cliimp-note-given-id = { $count } 个客户：已存在，采用了文件中的 CRM 编号（按编号指向它的商机会关联上）
cliimp-owners-summary = { $dry ->
    [yes] 试运行，未写入：将从 { $file } 导入团队
   *[other] 已从 { $file } 导入团队
}：新增 { $created } 人，更新 { $updated } 人，{ $unchanged } 人未变
cliimp-note-managers-set = { $count } 个负责人：汇报给文件中指定的经理
cliimp-note-team-from-manager = { $count } 行：文件中没有团队，加入其经理的团队
# $names：逗号分隔。
cliimp-unknown-managers = 以下经理既不在文件中也不在工作区里（其下属不设经理）：{ $names }

## 商机
cliimp-deals-summary = { $dry ->
    [yes] 试运行，未写入：将从 { $file } 导入
   *[other] 已从 { $file } 导入
} { $created } 个商机（赢单 { $won } 个，输单 { $lost } 个）；{ $there } 个已在工作区中；新增 { $accounts } 个客户、{ $owners } 个负责人
cliimp-deals-updated = { $updated } 个商机按文件更新（{ $changes } 次阶段变更）
cliimp-note-repeated = { $count } 行：与前面同一编号的行完全相同，已跳过
cliimp-correction-default-account = { $count } 行：空白客户按 --default-account 填写
cliimp-correction-default-created = { $count } 行：空白创建日期按 --default-created 填写
cliimp-correction-closed-on = { $count } 行：缺少的结单日期按 --closed-on 填写
cliimp-correction-swapped-dates = { $count } 行：结单早于创建：两个日期已对调（--fix-dates swap）
cliimp-correction-close-moved = { $count } 行：结单早于创建：改为在创建日期结单（--fix-dates created）
cliimp-note-owners-given-team = { $count } 个负责人：分配到文件中指定的团队
cliimp-note-undated = { $count } 个进行中商机：文件中没有预计结单日期，保留为空（看板上会标出，预测中单独列出）
cliimp-note-stage-unknown = { $count } 个已结单商机：文件中没有结单前的阶段：历史从结单开始，输单所在阶段未知
cliimp-note-with-product = { $count } 个商机：主产品取自文件
cliimp-note-at-list-price = { $count } 个进行中商机：文件中没有金额：报表按其产品的目录价计算
cliimp-note-joined-by-id = { $count } 个商机：客户或负责人按 CRM 编号关联
cliimp-note-unclassified = { $count } 个输单商机：文件中没有输单原因，留待输单复盘时归类
# $path：被拒行所写入的文件。
cliimp-rejected = { $rows } 行被拒（{ $problems } 个问题），已列在 { $path }
cliimp-nothing-imported = 未导入任何内容：{ $file } 的每一行都被拒或已存在

## sample
cliimp-sample-exists = { $file } 已存在；加 --force 可替换它
# $seconds：一位小数；$today：日期。
cliimp-sample-written = 示例工作区已写入 { $file }，用时 { $seconds } 秒（种子 { $seed }，今天 { $today }）
# $rate：一位小数。
cliimp-sample-counts = { $deals } 个商机（进行中 { $open } 个，赢单 { $won } 个，输单 { $lost } 个；赢率 { $rate }%），{ $accounts } 个客户，{ $contacts } 个联系人，{ $events } 条阶段变更，{ $activities } 条跟进记录，{ $quotes } 份报价，{ $leads } 条线索
cliimp-sample-moving = 把新工作区移到 { $file }
cliimp-sample-raced = { $file } 已被另一个进程同时创建；保持原样未动（加 --force 可替换它）
cliimp-sample-placing = 把新工作区放到 { $file }

## check、backup、export、undo
cliimp-check-served = （服务中的工作区：文件本身的完整性检查要在服务停止后运行）
cliimp-check-healthy = { $file }：健康
cliimp-check-problems = 在 { $file } 中发现 { $count } 个问题
# $megabytes：一位小数。
cliimp-backed-up = 已将 { $file }（{ $megabytes } MB）备份到 { $to }
cliimp-export-csv-one-kind = CSV 只能容纳一类记录：请导出 deals、accounts、contacts、activities 或 events
cliimp-exported = 已导出到 { $file }
# $what：被撤销的那次更改。
cliimp-undone = 已撤销：{ $what }
cliimp-nothing-to-undo = 没有可撤销的操作
# $db：工作区文件；反引号里的命令照原样输入。
cliimp-damage-advice = 处理办法：把损坏的文件放到一边，再恢复最近的备份——先停掉所有正在使用它的 dealdeck（以及 `dealdeck serve`），执行 `cp { $db } { $db }.damaged`，然后 `cp YOUR-BACKUP.redb { $db }`；`dealdeck backup --to FILE` 用于备份（cron 示例：`dealdeck backup --to ~/backups/dealdeck-$(date +%F).redb`）

## 直接运行 `dealdeck`：销售流程一览
cliimp-summary-title = dealdeck 工作区 { $file }
cliimp-summary-title-sample = dealdeck 工作区 { $file }  — 示例数据
cliimp-col-stage = 阶段
cliimp-col-deals = 商机数
cliimp-col-total = 总额
cliimp-col-weighted = 加权

## 报表的后台计算线程（显示在屏幕上）
cliimp-worker-stopped = 分析线程已停止；请重新打开 dealdeck
cliimp-worker-cannot-read = 无法读取工作区：{ $error }
