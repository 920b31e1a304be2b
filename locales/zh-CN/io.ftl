# io：读取 CSV 文件时对文件的说明：文件、行、列以及应有的内容。
# 选项名（--map、--from、--default-created 等）、选项值（close、import-date、
# swap、created、gbk）、字段名（title、first_name 等）以及单元格可填的值
# （open、won、lost、true、false、web、event 等）是要输入或从文件读取的，保持原样。

## 整个文件
# $encoding：UTF-8、GBK 或 io-utf8-or-gbk。
io-not-text = { $file }：第 { $line } 行：不是 { $encoding } 文本（请另存为 UTF-8 CSV，或传 --encoding gbk）
# 编码名称，保持原样。
io-utf8 = UTF-8
io-gbk = GBK
io-utf8-or-gbk = UTF-8（或 GBK）
# $detail：这一行的问题（io-columns-unequal，或 CSV 读取器自己的说明）。
io-malformed = { $file }：第 { $line } 行：{ $detail }
io-columns-unequal = 有 { $found } 列，而表头有 { $header } 列
io-row-too-long = 这一行超过 4 GiB
io-no-header = { $file }：没有表头行
# $problem：下面的某条消息（io-map-no-column 等）。
io-file-problem = { $file }：{ $problem }
# 后面每个问题一行（io-cell-problem）。
io-refused = { $file }：发现 { $total } 个问题，未导入任何内容：
io-more-problems = …… 另有 { $more } 个（共 { $total } 个；--skip-bad-rows 会把每一个都写入被拒行文件）
# 一个单元格：$column 是文件的列名（或 io-column-missing），$value 是单元格内容，
# $expected 是某条 io-expected-… 消息。
io-cell-problem = 第 { $line } 行，“{ $column }”列：“{ $value }”——应为：{ $expected }
io-no-pipeline = 工作区里没有销售流程

## 哪一列对应哪个字段
# $field：字段名（title、amount 等）；$header：指定的列；$columns：文件的表头，逗号分隔。
io-map-no-column = --map { $field }={ $header }：没有“{ $header }”这一列（各列：{ $columns }）
# $missing：找不到列的字段；$fields：--map 认识的全部字段。
io-preset-found-none = 预设找不到这些字段的列：{ $missing }（各列：{ $columns }；请用 --map FIELD=Column 指定，字段：{ $fields }）
io-no-map-gives = 没有 --map（或 --from 预设）给出这些字段的列：{ $missing }（各列：{ $columns }；请用 --map FIELD=Column 指定，字段：{ $fields }）
io-group-stage-or-status = stage（或 status）
io-group-name-or-first-last = name（或 first_name 和 last_name）
io-column-missing = { $field }（文件中没有这一列）
# 问题中提到的行：“第 3 行、第 5 行”。
io-line-item = 第 { $line } 行
io-line-sep = 、

## 单元格应有的内容（跟在“应为”之后）
# $format：chrono 写法的日期格式（%d/%m/%Y）。
io-expected-date-as = 格式为 { $format } 的日期
io-expected-date = 日期（2026-10-31、10/31/2026 或 31.10.2026）
io-expected-date-time = 日期或日期时间（2026-10-31、2026-10-31T14:05:00Z）
# $choices：单元格可填的值，逗号分隔。
io-expected-one-of = { $choices } 之一
io-expected-true-false = true 或 false
# $lines：其他行（io-line-item 用 io-line-sep 连接）。
io-expected-one-row-per-deal = 每个商机只占一行：与{ $lines }编号相同，其他值却不同
io-expected-deal-name = 1 到 { $max } 个字符的商机名称
io-expected-account-or-default = 客户（公司）名称；没有客户的行需要 --default-account NAME
io-expected-account-name-length = 1 到 { $max } 个字符的客户（公司）名称
io-expected-amount = 金额，如 12500、12,500.00 或 12.5k
io-expected-currency = 三个字母的币种代码（USD、EUR、CNY）
# $stages：该销售流程的进行中阶段，加上 won 和 lost；$given：单元格内容。
io-expected-stage-of = “{ $pipeline }”销售流程的阶段（{ $stages }）；其他阶段名请用 --stage-map "{ $given }=STAGE" 映射
io-expected-status = open、won 或 lost
io-expected-stage = 一个阶段
io-expected-forecast = 预测类别：Omitted、Pipeline、Best Case（BestCase）、Commit（Forecast）或 Closed
io-expected-product = 产品目录中的 SKU 或产品名称（可用 `dealdeck product add` 或 `import products` 添加）
io-expected-percent = 0 到 100 的百分比
io-expected-open-stage = 进行中的阶段（未关闭的商机必须处于进行中阶段）
io-expected-open-stage-of = “{ $pipeline }”销售流程的一个进行中阶段
io-expected-close-date = 商机的关闭日期；文件没有关闭日期时请传 --closed-on DATE
io-expected-created-for-close = 创建日期：--default-created close 需要关闭日期
io-expected-created-date = 商机的创建日期；没有创建日期的行请传 --default-created close|import-date|DATE
# $created：该行的创建日期。
io-expected-close-after-created = 不早于创建日期 { $created } 的关闭日期；要更正这类行请传 --fix-dates swap|created
io-expected-account-name = 1 到 { $max } 个字符的客户名称
io-expected-contact-name = 1 到 { $max } 个字符的联系人姓名
io-expected-company-name = 1 到 { $max } 个字符的公司名称
io-expected-name = 1 到 { $max } 个字符的姓名
io-expected-person-name = 1 到 { $max } 个字符的人名
io-expected-influence = 1 到 5
io-expected-summary = 1 到 { $max } 个字符的摘要
io-expected-channel = web、event、referral、partner 或 import
io-expected-behaviour = 0 到 { $max } 的行为分
io-expected-sku = 产品编码（SKU）
io-expected-product-name = 产品名称
io-expected-unit-cost-needed = 单位成本（计算毛利和价格守卫需要它）
io-expected-list-price = 目录价，如 1200 或 1,200.00
io-expected-unit-cost = 单位成本，如 1200 或 1,200.00
io-expected-min-qty = 该价格起始的数量，如 1200 或 1,200.00
io-expected-unit-price = 价目表中的单价，如 1200 或 1,200.00
