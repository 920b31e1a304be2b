# reports
# The reports screen (g r): tabs, scope, tables, drill-down titles.

rep-tab-funnel = Funnel
rep-tab-win-loss = Win / loss
rep-tab-trends = Trends
rep-tab-forecast = Forecast
rep-tab-health = Health
# Orders of the win/loss table ("sorted by …").
rep-sort-closed = closed deals
rep-sort-win-rate = win rate
rep-sort-won-amount = won amount
rep-sort-name = name
# Whose deals the reports look at.
rep-whose-everyone = everyone
rep-whose-team = team { $team }
# Titles of the deal list behind a row.
rep-drill-health = { $check } · { $period }
rep-drill-win-loss = { $dimension } { $value } · closed { $period }
# A funnel row's deal list: the stage, then what became of the deals.
rep-drill-stage = { $stage } · { $period }: { $entered } entered, { $converted } converted, { $lost } lost, { $open } open · { $stale } stale
# What a stale deal shows in place of its fate.
rep-drill-stale-here = stale here

rep-computing = computing reports… (the first time reads the whole workspace)
# In the scope at the top right while figures are being recomputed.
rep-busy = computing…
rep-velocity-per-day = { $amount }/day
# The line under the tabs.
rep-summary = won { $won } · lost { $lost } · win rate { $rate } · won in { $days } (median) · velocity { $velocity }
rep-summary-short = won { $won } · lost { $lost } · rate { $rate } · cycle { $days } · velocity { $velocity }

# Funnel column headers (short: 9, 6, 7, 5, 9, 9, 5, 5 cells).
rep-funnel-col-in-conv = in→conv
rep-funnel-col-conv = conv
rep-funnel-col-dwell = dwell
rep-funnel-col-open = open
rep-funnel-col-value = value
rep-funnel-col-weighted = weighted
rep-funnel-col-stale = stale
rep-funnel-col-dormant = dorm.
rep-funnel-legend-wide = entered: █ converted ▓ lost ░ open · conv: of resolved · dorm.: quiet 30+ d · open…dorm.: today
rep-funnel-legend = bar = entered: █ conv ▓ lost ░ open · enter: deals · 100+ cols: weighted, dorm.
rep-forecast-looks-ahead = the forecast looks ahead from today: ] moves it on, m makes it longer
rep-only-win-loss = that sorts or splits the win/loss rows: tab to Win / loss first

rep-win-loss-title = by { $dimension } (b: next) · sorted by { $sort } (s) · enter: the deals
# Win/loss column headers (5, 5, 6 cells; the amounts 10).
rep-win-loss-col-value = value
rep-win-loss-col-won = won
rep-win-loss-col-lost = lost
rep-win-loss-col-rate = rate
rep-win-loss-col-won-amount = won
rep-win-loss-col-lost-amount = lost
rep-win-loss-empty = no deal closed in this period

# Trend chart titles.
rep-trend-win-rate = win rate
rep-trend-days-to-win = median days to win
rep-trend-average-won = average won deal

rep-forecast-closing-in = closing in { $period }
# Forecast column headers (6, 10, 6, 18, 10 cells).
rep-forecast-col-deals = deals
rep-forecast-col-amount = amount
rep-forecast-col-probability = prob.
rep-forecast-col-from = from
rep-forecast-col-expected = expected
# Where a stage's probability comes from.
rep-forecast-from-history = { $count } closed before
rep-forecast-from-default = stage default
# Forecast totals (22 cells).
rep-forecast-empirical = empirical forecast
rep-forecast-weighted = static-weighted
rep-forecast-commit = commit
rep-forecast-won = won so far
rep-forecast-landing = lands at (won + emp.)
rep-forecast-undated = no close date
rep-forecast-undated-hint = not in any period: date them
rep-forecast-accuracy = accuracy (vs { $amount } on { $day })

# A health check not limited to one pipeline (14 cells).
rep-health-all-pipelines = all
# $count comes padded to 5 cells.
rep-health-deals = { $count ->
    [one] 1 deal
   *[other] { $count } deals
}
rep-health-enter-hint = (enter: the deals)
rep-no-deals-behind-row = no deals behind this row
