# cli-reports
# `dealdeck report` and `dealdeck review`: table titles, column headers, messages.
# Column headers and the words in table cells are also what `--format csv`
# writes, always in English: keep the English text of those keys as it is.

# Errors of `dealdeck report`.
clirep-expected-one-of = expected one of: { $names }
# The report names are what people type: keep them in English.
clirep-csv-one-report = CSV holds one report: name it (funnel, winloss, forecast, velocity, health, trends or loss)
clirep-by-winloss = --by breaks win/loss down: it goes with `report winloss` or `report all`
clirep-no-owner = no owner named '{ $name }'
clirep-no-team = no team named '{ $team }' (teams: { $teams })
clirep-no-pipeline = no single pipeline named '{ $name }' (pipelines: { $pipelines })

# Table titles; $period is a period label (2026-10), $currency a code (USD).
clirep-title-funnel = Funnel — { $period } ({ $currency })
clirep-title-funnel-list-price = Funnel — { $period } ({ $currency }) ({ $count ->
    [one] { $count } open deal
   *[other] { $count } open deals
} without an amount counted at the product's list price)
clirep-title-win-loss = Win / loss — { $period } ({ $currency })
clirep-title-forecast = Forecast — { $period } ({ $currency })
clirep-title-velocity = Velocity — { $period } ({ $currency })
clirep-title-health = Health — { $period } ({ $currency })
# $day: the last day of the period (2026-10-31).
clirep-title-trends = Trends — 12 months to { $day }

# Column headers (also the CSV headers).
clirep-col-pipeline = pipeline
clirep-col-stage = stage
clirep-col-entered = entered
clirep-col-converted = converted
clirep-col-lost = lost
clirep-col-still-open = still open
clirep-col-conversion = conversion
clirep-col-median-dwell = median dwell
clirep-col-mean-dwell = mean dwell
clirep-col-p90-dwell = p90 dwell
clirep-col-open-deals = open deals
clirep-col-open-amount = open amount
clirep-col-weighted = weighted
clirep-col-stale = stale
clirep-col-dimension = dimension
clirep-col-value = value
clirep-col-won = won
clirep-col-win-rate = win rate
clirep-col-won-amount = won amount
clirep-col-lost-amount = lost amount
clirep-col-deals = deals
clirep-col-amount = amount
clirep-col-probability = probability
# Where a stage's probability comes from.
clirep-col-from = from
clirep-col-expected = expected
clirep-col-measure = measure
clirep-col-check = check
clirep-col-status = status
clirep-col-detail = detail
clirep-col-month = month
clirep-col-median-won-cycle = median won cycle
clirep-col-average-won = average won
# `report loss --format csv`: the table a row belongs to, a row's share.
clirep-col-table = table
clirep-col-share = share
clirep-col-cumulative-share = cumulative share

# The win/loss dimensions (the first column).
clirep-dim-owner = owner
clirep-dim-team = team
clirep-dim-industry = industry
clirep-dim-region = region
clirep-dim-source = source
clirep-dim-competitor = competitor named
clirep-dim-size = size
clirep-dim-discount = discount
clirep-dim-decision-maker = decision maker
clirep-dim-product = product

# The forecast table's rows.
clirep-forecast-from-history = history ({ $count } closed)
clirep-forecast-from-default = stage default
clirep-forecast-empirical = empirical forecast
clirep-forecast-weighted = static-weighted
clirep-forecast-commit = commit
clirep-forecast-won = won so far
clirep-forecast-landing = lands at: won so far + empirical forecast
clirep-forecast-undated = open, no close date (not in any period)
# $amount: the forecast at the start of the period; $day: when it was taken.
clirep-forecast-accuracy = accuracy: won since { $day } against the forecast then, { $amount }

# The velocity table's measures (won, lost, win rate… use the column words).
clirep-velocity-median-cycle-won = median cycle won (days)
clirep-velocity-mean-cycle-won = mean cycle won (days)
clirep-velocity-median-cycle-lost = median cycle lost (days)
clirep-velocity-mean-cycle-lost = mean cycle lost (days)
clirep-velocity-average-won-deal = average won deal
clirep-velocity-per-day = sales velocity per day
clirep-velocity-first-quoted = deals first quoted
clirep-velocity-revisions = quote revisions per quoted deal
clirep-velocity-needs-to-quote = median days needs confirmed → first quote

# A health check's status.
clirep-health-alert = ALERT
clirep-health-ok = ok

# `report leads`: titles and column headers (also the CSV headers).
clirep-leads-by-channel = Leads by channel · created in { $period }
clirep-leads-by-owner = Leads by owner · created in { $period }
clirep-leads-col-channel = CHANNEL
clirep-leads-col-owner = OWNER
clirep-leads-col-leads = LEADS
clirep-leads-col-qualified = QUALIFIED
clirep-leads-col-qualified-share = QUAL %
clirep-leads-col-won = WON
clirep-leads-col-won-share = WON %
clirep-leads-col-followed = FOLLOWED
clirep-leads-col-days-to-follow-up = MEDIAN DAYS TO 1ST FOLLOW-UP
# An owner the workspace no longer has, by id.
clirep-leads-unknown-owner = owner { $id }

# `dealdeck review`.
clirep-review-bad-id = '{ $text }' is not a review id (expected 3 or R-3)
clirep-review-none = no reviews yet — run one in the app with `g v`
clirep-review-col-id = id
clirep-review-col-period = period
clirep-review-col-status = status
clirep-review-col-lost = lost
clirep-review-col-triaged = triaged
clirep-review-col-actions = actions
clirep-review-col-finished = finished
clirep-review-finished = finished
clirep-review-step = step { $step } of 8
clirep-review-not-found = no review R-{ $id }; `dealdeck review list` shows them
clirep-review-report-written = (report written when the review finished: { $path })
clirep-review-abandoned = abandoned review R-{ $id } ({ $period }): { $chosen ->
    [one] { $chosen } chosen action
   *[other] { $chosen } chosen actions
} removed; { $losses ->
    [one] { $losses } loss
   *[other] { $losses } losses
} confirmed in its triage stay on the deals
# An improvement action's id (IA-3), as `review actions` lists it.
clirep-action-id = IA-{ $id }
# `review actions` column headers.
clirep-review-col-action = action
clirep-review-col-owner = owner
clirep-review-col-due = due
clirep-review-col-review = review
