# cli-reports
# `dealdeck report` 与 `dealdeck review`：表格标题、表头、消息。
# 表头和单元格文字在 `--format csv` 中始终写英文（取自英文目录）。

# `dealdeck report` 的错误。
clirep-expected-one-of = 应为以下之一：{ $names }
# 报表名称是用户输入的值：保留英文。
clirep-csv-one-report = CSV 只能容纳一份报表：请指定一份（funnel、winloss、forecast、velocity、health、trends 或 loss）
clirep-by-winloss = --by 用于拆分输赢：请与 `report winloss` 或 `report all` 一起使用
clirep-no-owner = 没有名为“{ $name }”的负责人
clirep-no-team = 没有名为“{ $team }”的团队（现有团队：{ $teams }）
clirep-no-pipeline = 没有唯一匹配“{ $name }”的销售流程（现有销售流程：{ $pipelines }）

# 表格标题；$period 为期间（2026-10），$currency 为币种代码（USD）。
clirep-title-funnel = 漏斗 — { $period }（{ $currency }）
clirep-title-funnel-list-price = 漏斗 — { $period }（{ $currency }）（{ $count } 个未填金额的未结商机按产品标价计入）
clirep-title-win-loss = 赢单 / 输单 — { $period }（{ $currency }）
clirep-title-forecast = 预测 — { $period }（{ $currency }）
clirep-title-velocity = 销售速度 — { $period }（{ $currency }）
clirep-title-health = 健康度 — { $period }（{ $currency }）
# $day：期间的最后一天（2026-10-31）。
clirep-title-trends = 趋势 — 截至 { $day } 的 12 个月

# 表头。
clirep-col-pipeline = 销售流程
clirep-col-stage = 阶段
clirep-col-entered = 进入
clirep-col-converted = 转化
clirep-col-lost = 输单
clirep-col-still-open = 仍在进行
clirep-col-conversion = 转化率
clirep-col-median-dwell = 停留中位数
clirep-col-mean-dwell = 平均停留
clirep-col-p90-dwell = 停留 P90
clirep-col-open-deals = 进行中商机
clirep-col-open-amount = 进行中金额
clirep-col-weighted = 加权
clirep-col-stale = 停滞
clirep-col-dimension = 维度
clirep-col-value = 取值
clirep-col-won = 赢单
clirep-col-win-rate = 赢率
clirep-col-won-amount = 赢单金额
clirep-col-lost-amount = 输单金额
clirep-col-deals = 商机
clirep-col-amount = 金额
clirep-col-probability = 概率
# 阶段概率的来源。
clirep-col-from = 依据
clirep-col-expected = 预期
clirep-col-measure = 指标
clirep-col-check = 检查
clirep-col-status = 状态
clirep-col-detail = 详情
clirep-col-month = 月份
clirep-col-median-won-cycle = 赢单周期中位数
clirep-col-average-won = 平均赢单
# `report loss --format csv`：行所属的表、占比。
clirep-col-table = 表
clirep-col-share = 占比
clirep-col-cumulative-share = 累计占比

# 赢单/输单的维度（第一列）。
clirep-dim-owner = 负责人
clirep-dim-team = 团队
clirep-dim-industry = 行业
clirep-dim-region = 区域
clirep-dim-source = 来源
clirep-dim-competitor = 提及的竞争对手
clirep-dim-size = 规模
clirep-dim-discount = 折扣
clirep-dim-decision-maker = 决策人参与
clirep-dim-product = 产品

# 预测表的行。
clirep-forecast-from-history = 历史（已结束 { $count } 个）
clirep-forecast-from-default = 阶段默认值
clirep-forecast-empirical = 经验预测
clirep-forecast-weighted = 静态加权
clirep-forecast-commit = 承诺
clirep-forecast-won = 已赢单
clirep-forecast-landing = 预计落地：已赢单 + 经验预测
clirep-forecast-undated = 进行中、无预计成交日期（不属于任何期间）
# $amount：期初的预测；$day：预测的日期。
clirep-forecast-accuracy = 准确度：{ $day } 以来的赢单，对比当时的预测 { $amount }

# 销售速度表的指标（赢单、输单、赢率等用表头的词）。
clirep-velocity-median-cycle-won = 赢单周期中位数（天）
clirep-velocity-mean-cycle-won = 平均赢单周期（天）
clirep-velocity-median-cycle-lost = 输单周期中位数（天）
clirep-velocity-mean-cycle-lost = 平均输单周期（天）
clirep-velocity-average-won-deal = 平均赢单金额
clirep-velocity-per-day = 每日销售速度
clirep-velocity-first-quoted = 首次报价的商机
clirep-velocity-revisions = 每个已报价商机的报价修订次数
clirep-velocity-needs-to-quote = 需求确认 → 首次报价天数中位数

# 健康检查的状态。
clirep-health-alert = 预警
clirep-health-ok = 正常

# `report leads`：标题与表头。
clirep-leads-by-channel = 按渠道的线索 · 创建于 { $period }
clirep-leads-by-owner = 按负责人的线索 · 创建于 { $period }
clirep-leads-col-channel = 渠道
clirep-leads-col-owner = 负责人
clirep-leads-col-leads = 线索
clirep-leads-col-qualified = 已认定
clirep-leads-col-qualified-share = 认定率
clirep-leads-col-won = 赢单
clirep-leads-col-won-share = 赢单率
clirep-leads-col-followed = 已跟进
clirep-leads-col-days-to-follow-up = 首次跟进天数中位数
# 工作区中已不存在的负责人（按编号）。
clirep-leads-unknown-owner = 负责人 { $id }

# `dealdeck review`。
clirep-review-bad-id = “{ $text }”不是复盘编号（应为 3 或 R-3）
clirep-review-none = 还没有复盘 — 在应用中按 `g v` 开始一次
clirep-review-col-id = 编号
clirep-review-col-period = 期间
clirep-review-col-status = 状态
clirep-review-col-lost = 输单
clirep-review-col-triaged = 已归因
clirep-review-col-actions = 行动
clirep-review-col-finished = 完成于
clirep-review-finished = 已完成
clirep-review-step = 第 { $step } / 8 步
clirep-review-not-found = 没有复盘 R-{ $id }；`dealdeck review list` 可列出全部复盘
clirep-review-report-written = （复盘完成时写入的报告：{ $path }）
clirep-review-abandoned = 已放弃复盘 R-{ $id }（{ $period }）：删除了所选的 { $chosen } 项行动；归因中确认的 { $losses } 个输单仍保留在商机上
# 改进行动的编号（IA-3），`review actions` 中显示。
clirep-action-id = IA-{ $id }
# `review actions` 表头。
clirep-review-col-action = 行动
clirep-review-col-owner = 负责人
clirep-review-col-due = 截止
clirep-review-col-review = 复盘
