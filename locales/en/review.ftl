# review
# The monthly loss review wizard (g v), its report, and the actions-due list (A).

# Frame title; $id is the review's number (R-3).
rev-title = Loss review R-{ $id } · { $period }
rev-title-finished = Loss review R-{ $id } · { $period } · finished
rev-title-new = Loss review · new

# The eight steps, as the step strip names them.
rev-step-period = Period
rev-step-scorecard = Scorecard
rev-step-actions = Last actions
rev-step-triage = Triage
rev-step-contrast = Won vs lost
rev-step-patterns = Patterns
rev-step-improvements = Improvements
rev-step-finish = Finish
# The triage step in the strip when some lost deals were passed by.
rev-strip-not-looked-at = { $step } ({ $count } not looked at)
rev-strip-not-answered = { $step } ({ $count } not answered)
rev-actions-out-of-view = { $marks }  (tab goes to them)

# The key line at the bottom: "<key> <what it does>".
rev-key-close = close
rev-key-start = start
rev-key-save-go-on = save & go on
rev-key-next-field = next field
rev-key-save-next = save & next
rev-key-skip = skip
rev-key-go-on = go on
rev-key-next-table = next table
rev-key-finish = finish & write the report
rev-key-next-step = next step
rev-key-leave = leave
rev-key-the-deal = the deal
rev-key-previous-deal = previous deal
rev-key-step-back = step back
# Bottom right of a step that scrolls.
rev-more = ↓ more: j / k

rev-no-period = no period chosen yet
rev-figures-failed = cannot compute the figures: { $error }
rev-figures-computing = computing the figures…

# Step 1.
rev-earlier-reviews = Earlier reviews
rev-earlier-none = none yet — this is the first
rev-earlier-review = { $lost } lost deals, finished { $finished }
rev-form-title = Loss review
rev-form-subtitle = Which period, and who takes part (names, comma-separated)?
rev-form-period = period
rev-form-participants = participants
# "last month" is what the period field accepts: keep it in English.
rev-form-period-note = period: 2026-10, 2026-Q3, last month, or 2026-09-01..2026-10-15
rev-form-abandon-note = ctrl-x abandons this review (asks first)
rev-form-reviewed-before = { $period } was reviewed in R-{ $id }: enter again reviews it once more, or change the period

# Step 2.
rev-scorecard-intro = { $period } against the three months before ({ $first } – { $last })
# Column header (18 cells).
rev-col-3-months-before = 3 months before
rev-heading-stage-conversion = Stage conversion (deals entering the stage)
rev-heading-alerts = Alerts
rev-no-alerts = nothing stands out

# Step 3.
rev-form-actions-title = Last review's actions
rev-actions-none = No open actions from earlier reviews — enter goes on to the triage.
rev-actions-intro = Each open action from earlier reviews: done, in progress or dropped, with a note.
rev-action-due = due { $due }
rev-action-overdue = overdue
rev-action-chosen-in = chosen in the review of { $period }
rev-field-status = status
rev-field-note = note
rev-actions-more = { $count } more open actions: answer them from the actions list (A on the board)

# Step 4.
rev-triage-none = No deal was lost in this period — enter goes on.
rev-triage-all-done = Every lost deal is triaged — enter goes on to the contrast.
rev-triage-loading = loading the deal…
rev-triage-progress = { $at } / { $total }   ({ $triaged } triaged · { $skipped } skipped)
rev-triage-lost-at = lost at { $stage } on { $day }
rev-triage-already = triaged in this review: enter saves changes, ctrl-n moves on
rev-triage-skipped = skipped earlier: classify it now, or ctrl-n again
rev-triage-no-signal = no signal in the data: classify from what you know
rev-back-to-skipped = { $count ->
    [one] back to the { $count } skipped deal
   *[other] back to the { $count } skipped deals
}
rev-no-other-deal = no other deal left to triage; pagedown goes on

# Step 5.
rev-contrast-intro = What differed between the deals won and lost in { $period }?
rev-contrast-by = By { $dimension } (tab: next dimension)
rev-col-won = won
rev-col-lost = lost
rev-col-rate = rate

# Step 6: the tables tab goes through.
rev-view-reason = reason
rev-view-competitor = competitor
rev-view-stage = stage lost at
rev-view-owner = owner
rev-view-sub-reason = sub-reason
rev-patterns-intro = { $lost } deals lost, { $amount } { $currency }; { $controllable } controllable
rev-patterns-by = by { $views } (tab: next)
# Column headers (6, 12, 8, 8, 9 cells).
rev-col-deals-bar = deals (bar)
rev-col-deals = deals
rev-col-amount = amount
rev-col-share = share
rev-col-cumulative = cum.
rev-col-earlier = earlier
rev-patterns-earlier = earlier: the reviews of { $periods }
rev-heading-lessons = Lessons

# Step 7.
rev-form-improvements-title = Improvement actions
rev-form-improvements-subtitle = Up to three; an action without a title is left out.
rev-form-action-1 = action 1
rev-form-action-2 = action 2
rev-form-action-3 = action 3
rev-form-owner = owner
rev-form-due = due
# The loss reason an action addresses.
rev-form-addresses = addresses
rev-form-due-needed = a due date is needed
rev-form-nothing-to-choose = no owners or loss reasons to choose from

# Step 8.
rev-finished = The review is finished and stored read-only.
rev-report-written-to = Report written to
rev-show-again = dealdeck review show { $id } prints it again.
rev-finish-intro = Finishing stores the review read-only and writes its Markdown report.
# Labels of the summary (14 cells).
rev-finish-period = period
rev-finish-participants = participants
rev-finish-triage = triage
rev-finish-last-actions = last actions
rev-finish-new-actions = new actions
rev-finish-triaged-of = { $done } of { $total } lost deals
rev-finish-untriaged = { $count } keep the reason recorded when they were lost (pageup to go back)
rev-finish-answered-of = { $done } of { $total } answered
rev-finish-action = { $title } — { $owner }, due { $due }
rev-finish-enter = enter finishes the review

# Messages of the wizard.
rev-following-notice = following: read-only — the facilitator drives · esc leaves
rev-abandon-from-step-1 = a review is abandoned from step 1: pageup goes back there
rev-abandon-ask = abandon R-{ $id } of { $period }? ctrl-x again: yes (triage stays on the deals) · other keys: no
rev-confirm-period-first = confirm the period with enter first
rev-open-failed = cannot open the review: { $error }
rev-saved-at-step = review R-{ $id } saved at step { $step } of 8 · g v resumes
rev-answered-before-store = answered before the store is asked
rev-peek-read-only = read-only: q goes back to the review
rev-abandoned = review R-{ $id } of { $period } abandoned: its chosen actions are gone, triaged losses stay on their deals
rev-gone = review R-{ $id } no longer exists
rev-figures-pending = the figures are still being computed; try again in a moment
rev-finished-info = review finished · report: { $path }
rev-deal-gone = deal { $id } no longer exists
rev-account-fallback = account { $id }
rev-stage-unknown = (unknown)

# The improvement actions still open (A on the board).
rev-due-title = Improvement actions due
rev-due-empty = No open improvement actions — g v runs a review.
rev-due-choices = status
rev-due-key-set-status = set status
rev-due-key-close = close
rev-due-form-title = Action status
rev-due-marked = marked { $status }

# The Markdown report a finished review writes (also `report loss`).
rev-md-lost-title = Lost deals — { $period }
rev-md-loss-totals = { $lost } deals lost, { $amount } { $currency }; { $controllable } controllable ({ $share }); { $unclassified } not yet classified.
# A section per table: "By reason", "By competitor"…
rev-md-by = By { $name }
rev-md-col-value = value
rev-md-col-deals = deals
rev-md-col-amount = amount
rev-md-col-share = share
rev-md-col-cumulative = cumulative
rev-md-owner-fallback = owner { $id }
rev-md-title = Loss review R-{ $id } — { $period }
rev-md-period = Period { $first } to { $last }, compared with the three months { $trailing_first } to { $trailing_last }.
rev-md-participants = Participants: { $names }.
rev-md-participants-none = Participants: (none named).
rev-md-finished = Finished { $at } by { $by }.
rev-md-in-progress = In progress (step { $step } of 8).
rev-md-h-scorecard = Scorecard
rev-md-col-figure = figure
rev-md-col-this-period = this period
rev-md-col-3-months-before = 3 months before
rev-md-col-alert = alert
rev-md-no-alerts = No alerts.
rev-md-h-triage = Triage
rev-md-triage-summary = { $lost } lost deals; { $triaged } triaged in the review.
rev-md-triage-summary-left = { $lost } lost deals; { $triaged } triaged in the review, { $left } left as they were recorded.
rev-md-h-reasons-changed = Reasons changed in the review
rev-md-col-deal = deal
rev-md-col-from = from
rev-md-col-to = to
rev-md-deal-fallback = deal { $id }
rev-md-h-contrast = Won vs lost
rev-md-col-won = won
rev-md-col-lost = lost
rev-md-h-patterns = Patterns
rev-md-h-vs-earlier = By reason vs earlier reviews ({ $periods })
rev-md-col-reason = reason
rev-md-col-earlier-reviews = earlier reviews
rev-md-h-carried = Actions from earlier reviews
rev-md-none-open = None were open.
rev-md-col-action = action
rev-md-col-owner = owner
rev-md-col-due = due
rev-md-col-status = status
rev-md-col-note = note
rev-md-h-improvements = Improvement actions
rev-md-none-chosen = None chosen.
# The loss reason an action addresses.
rev-md-col-addresses = addresses
