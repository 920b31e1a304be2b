# reports
# 报表界面（g r）：标签页、范围、表格、下钻标题。

rep-tab-funnel = 漏斗
rep-tab-win-loss = 赢单/输单
rep-tab-trends = 趋势
rep-tab-forecast = 预测
rep-tab-health = 健康度
# 赢单/输单表的排序方式（“按……排序”）。
rep-sort-closed = 已结束商机
rep-sort-win-rate = 赢率
rep-sort-won-amount = 赢单金额
rep-sort-name = 名称
# 报表查看谁的商机。
rep-whose-everyone = 全员
rep-whose-team = 团队 { $team }
# 某行背后的商机列表标题。
rep-drill-health = { $check } · { $period }
rep-drill-win-loss = { $dimension } { $value } · { $period } 结束
# 漏斗某行的商机列表：阶段，以及这些商机的去向。
rep-drill-stage = { $stage } · { $period } 进入 { $entered } 个（转化 { $converted }，输单 { $lost }，仍在进行 { $open }）· 停滞 { $stale }
# 停滞商机在去向一栏显示的内容。
rep-drill-stale-here = 在此停滞

rep-computing = 正在计算报表……（首次需读取整个工作区）
# 重新计算时显示在右上角范围处。
rep-busy = 计算中…
rep-velocity-per-day = { $amount }/天
# 标签页下方的一行。
rep-summary = 赢单 { $won } · 输单 { $lost } · 赢率 { $rate } · 赢单周期 { $days }（中位数）· 速度 { $velocity }
rep-summary-short = 赢 { $won } · 输 { $lost } · 赢率 { $rate } · 周期 { $days } · 速度 { $velocity }

# 漏斗表头（较短：9、6、7、5、9、9、5、5 格）。
rep-funnel-col-in-conv = 进→转
rep-funnel-col-conv = 转化率
rep-funnel-col-dwell = 停留
rep-funnel-col-open = 进行
rep-funnel-col-value = 金额
rep-funnel-col-weighted = 加权
rep-funnel-col-stale = 停滞
rep-funnel-col-dormant = 沉寂
rep-funnel-legend-wide = 进入：█ 转化 ▓ 输单 ░ 进行中 · 转化率：按已有结果计 · 沉寂：30 天以上无跟进 · 进行…沉寂：今日
rep-funnel-legend = 条形=进入：█ 转化 ▓ 输单 ░ 进行中 · enter：商机 · 100 列以上：加权、沉寂
rep-forecast-looks-ahead = 预测从今天向前看：] 向后移动，m 加长周期
rep-only-win-loss = 这是输赢表的排序或维度：请先切到“输赢”

rep-win-loss-title = 按{ $dimension }（b：切换）· 按{ $sort }排序（s）· enter：商机
# 赢单/输单表头（5、5、6 格；金额 10 格）。
rep-win-loss-col-value = 取值
rep-win-loss-col-won = 赢单
rep-win-loss-col-lost = 输单
rep-win-loss-col-rate = 赢率
rep-win-loss-col-won-amount = 赢单额
rep-win-loss-col-lost-amount = 输单额
rep-win-loss-empty = 本期没有结束的商机

# 趋势图标题。
rep-trend-win-rate = 赢率
rep-trend-days-to-win = 赢单周期中位数（天）
rep-trend-average-won = 平均赢单金额

rep-forecast-closing-in = { $period } 预计成交
# 预测表头（6、10、6、18、10 格）。
rep-forecast-col-deals = 商机
rep-forecast-col-amount = 金额
rep-forecast-col-probability = 概率
rep-forecast-col-from = 依据
rep-forecast-col-expected = 预期
# 阶段概率的来源。
rep-forecast-from-history = 此前已结束 { $count } 个
rep-forecast-from-default = 阶段默认值
# 预测合计（22 格）。
rep-forecast-empirical = 经验预测
rep-forecast-weighted = 静态加权
rep-forecast-commit = 承诺
rep-forecast-won = 已赢单
rep-forecast-landing = 预计落地（已赢+经验）
rep-forecast-undated = 无预计成交日
rep-forecast-undated-hint = 不属于任何期间：请填写日期
rep-forecast-accuracy = 准确度（对比 { $day } 的 { $amount }）

# 不限于某一销售流程的健康检查（14 格）。
rep-health-all-pipelines = 全部
# $count 已补齐到 5 格。
rep-health-deals = { $count } 个商机
rep-health-enter-hint = （enter：商机）
rep-no-deals-behind-row = 此行背后没有商机
