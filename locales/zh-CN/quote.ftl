# quote
# 报价编辑器、报价单文档、产品目录 (g p)。

## 编辑器的边框标题与首行。
quote-title = 报价 { $number } · v{ $version } { $status }
quote-title-revised = 报价 { $number } · v{ $version } { $status } · 已修订 { $revisions } 次
# 尚未编号的报价（加入第一行后才保存）。
quote-title-new = 报价 { $number }
quote-number-unsaved = 新报价
quote-list-none = 无 { $currency } 价目表（按产品自身价格）
quote-head = { $title } — { $account } · 价目表 { $list } · 负责人 { $owner }


## 明细表的列标题。
quote-col-product = 产品
quote-col-qty = 数量
quote-col-price = 单价
quote-col-disc = 折扣
quote-col-amount = 金额
quote-col-margin = 毛利率
# 该产品以往赢单时的价格（窄列）。
quote-col-history = 赢单 低/中/高
quote-col-guards = 校验
quote-no-lines = 还没有明细行 — 按 a 添加（可模糊搜索产品）
# 毛利列：该行售价低于成本。
quote-margin-below-cost = < 成本

## 表格中价格校验的简短标记。
quote-tag-empty = 无明细
quote-tag-off-list = 偏离价目
quote-tag-below-cost = 低于成本
quote-tag-margin = 毛利低
quote-tag-approval = 需审批

## 表格下方：所选行、合计、审批、能否发送。
quote-not-on-list = 不在价目表中
quote-never-won = 以往未赢单
quote-won-at = 赢单价 { $min } / { $median } / { $max }（最低 / 中位 / 最高，{ $deals } 个商机）
quote-line-detail = 第 { $line } 行：{ $product }，数量 { $qty } 目录价 { $list }，成本 { $cost }，净单价 { $net }
quote-totals = 小计 { $subtotal }，折扣 { $discount }，合计 { $total } { $currency }，成本 { $cost }，毛利 { $margin }
quote-approval-recorded = { $level }审批：{ $approver }，{ $date }
quote-approval-recorded-comment = { $level }审批：{ $approver }，{ $date } — { $comment }
quote-approval-none-recorded = 尚无审批记录
quote-approval-line = 审批：最大折扣 { $discount } · 需要：{ $needed } · { $recorded }
quote-guards-more = … 另有 { $count } 条
quote-state-sent = 已发送的版本保持不变：编辑会生成下一个版本
quote-state-can-send = ✓ 可以发送 (S)
quote-state-blocked = ✗ 须先修正或审批上方标 ✗ 的问题才能发送

## 审批级别。
quote-level-none = 无
quote-level-manager = 经理
quote-level-director = 总监

## 按键提示。
quote-hint-next = 下一项
quote-hint-level = 级别
quote-hint-record = 记录
quote-hint-cancel = 取消
quote-key-save-cell = 保存
quote-key-save-next = 保存并到下一格
quote-key-change-product = 更换产品
quote-key-edit-qty = 改数量
quote-key-edit-price = 改单价
quote-key-edit-discount = 改折扣
quote-key-add-line = 加行
quote-key-delete = 删除
quote-key-send = 发送
quote-key-approval = 审批
quote-key-export = 导出
quote-key-new = 新报价
quote-key-other = 下一报价
quote-key-line-up = 上移
quote-key-line-down = 下移
quote-key-accepted = 已接受
quote-key-rejected = 已拒绝
quote-key-close = 关闭
quote-key-help = 帮助

## 选择产品。
quote-pick-change = 更换产品
quote-pick-add = 添加明细行
quote-pick-query = 产品：{ $query }
quote-pick-none = 没有匹配的产品
quote-pick-pick = 选择
quote-pick-next = 下一个

## 编辑器的单元格，以及输入有误时的提示。
quote-cell-product = 产品
quote-cell-qty = 数量
quote-cell-price = 单价
quote-cell-discount = 折扣 %
quote-version-started = v{ $before } 的状态为“{ $status }”：你的编辑生成了版本 { $version }
quote-ask-qty = 数量是多少？输入后按 enter（直接 enter 或 esc 保持 1）
quote-no-undo = u 不撤销报价的修改：每个版本都按原样保留（修改已发送的版本会生成新版本）；再改一次单元格，或按 d 删除该行
quote-no-line-here = 此处没有明细行
# what：数量、单价或折扣。
quote-not-a-number = { $what }：“{ $text }”不是数字
quote-what-qty = 数量
quote-what-price = 单价
quote-what-discount = 折扣
quote-qty-positive = 数量：必须大于 0
quote-price-negative = 单价：不能为负数
quote-discount-range = 折扣：0 到 100（百分比）
quote-pick-with-enter = 按 enter 选择产品

## 记录审批。
quote-may-not-approve = { $user } 无权审批折扣：须由经理或总监审批
quote-field-approver = 审批人
quote-field-level = 级别
quote-field-comment = 备注
quote-approval-title = 记录审批
quote-approval-needs = 最大折扣需要：{ $level }审批
quote-approval-as-me = 以 { $user } 的身份审批，即时生效，作用于正在编辑的版本
quote-approval-by-typed = 由 { $user } 即时记录，作用于正在编辑的版本

## 编辑器请求的结果。
quote-open-deal-first = 请先打开一个商机
# 工作区中已不存在的客户，按编号显示。
quote-account-fallback = 客户 { $id }
quote-cannot-open = 无法打开报价：{ $error }
quote-editor-closed = 报价编辑器已关闭
quote-add-line-first = 请先添加一行：报价有了明细行才会保存
quote-started = 已创建 { $number }
quote-approval-noted = 已记录 { $approver } 的{ $level }审批
quote-marked-sent = { $number } v{ $version } 已标记为已发送
quote-accepted = { $number } 已接受
quote-rejected = { $number } 已拒绝
quote-new = 新报价：添加明细行后才会保存（之前的报价保持不变）
quote-no-other = 该商机没有其他报价
quote-other = { $number }（该商机第 { $at } 个，共 { $count } 个）
quote-no-version = 该报价没有版本
quote-exported = 已导出：{ $markdown } 和 { $text }
quote-cannot-read-prices = 无法读取以往价格：{ $error }

## 客户看到的报价单（Markdown 与纯文本）。
quote-doc-not-approved = 草稿 — 未经审批 — 不构成要约
quote-doc-title = 报价单 { $number } — 第 { $version } 版
quote-doc-col-product = 产品
quote-doc-col-qty = 数量
quote-doc-col-price = 单价
quote-doc-col-discount = 折扣
quote-doc-col-amount = 金额
quote-doc-for = 客户：
quote-doc-date = 日期：
quote-doc-valid = 有效期至：
quote-doc-status = 状态：
quote-doc-prepared = 报价人：
quote-doc-subtotal = 小计
quote-doc-discount = 折扣
quote-doc-total = 合计
quote-doc-prices-in = 价格以 { $currency } 计，不含税。

## 产品目录 (g p)。
prod-title = 产品与价目表
prod-col-sku = SKU
prod-col-product = 产品
prod-col-unit = 单位
prod-col-list = 目录价
prod-col-cost = 成本
prod-col-margin = 毛利率
prod-on-each-list = { $product } 在各价目表的价格（阶梯价）：
# 阶梯价：从该数量起的单价。
prod-price-from = { $qty } 起：{ $price }
prod-hint-add = 新增
prod-hint-edit = 编辑
prod-hint-price = 设置价目表价格
prod-hint-close = 关闭
prod-keys = j/k 移动 · { $keys } · { $close }

## 目录的表单。
prod-field-sku = SKU
prod-field-name = 名称
prod-field-unit = 销售单位
# 新产品默认的销售单位（用户可修改）。
prod-default-unit = 个
prod-field-currency = 币种
prod-field-list-price = 目录价
prod-field-cost = 单位成本
prod-field-offered = 在售
prod-offered-yes = 是
prod-offered-retired = 否（已停售）
prod-field-price-list = 价目表
prod-field-new-list = 新价目表名称
prod-field-tier = 新价目表等级
prod-tier-general = 通用
prod-field-min-qty = 起订数量
prod-field-unit-price = 单价
prod-new-list = （新建价目表）
prod-none-yet = 还没有产品：按 n 添加
prod-form-new = 新产品
prod-form-edit = 编辑产品
prod-form-price = 价目表价格
prod-sku-taken = { $sku } 已存在（{ $name }）：按 esc，再在该产品上按 e 编辑
prod-name-new-list = 请为新价目表命名（或在上方选择已有的）

## 目录保存的结果。
prod-saved-price = { $sku } 在 { $list }：{ $qty } 起 { $price }
prod-added = 已添加 { $sku }：现在即可报价 · u 撤销
prod-saved = 已保存 { $sku } · 各价目表保留各自的价格（按 p 设置）· u 撤销
prod-below-cost = { $what } · 目录价低于成本：每笔销售都会亏损
