# dialogs
# Dialogs and forms: the gate checklist, loss and won capture, the deal,
# activity and task forms, the filter menu, search, help and the palette.

## Key hints at a dialog's foot ("tab next · enter save · esc cancel").
dlg-hint-next = next
dlg-hint-next-field = next field
dlg-hint-choose = choose
dlg-hint-save = save
dlg-hint-cancel = cancel
dlg-hint-apply = apply
dlg-hint-tick = tick
dlg-hint-win = win
dlg-hint-move = move
dlg-hint-open = open
dlg-hint-close = close

## Choices offered in forms.
dlg-yes = yes
dlg-no = no

## Any form.
dlg-form-nobody-yet = nobody yet
dlg-form-nobody = nobody in particular
dlg-form-discard = discard your changes?
dlg-form-discard-keys = y, enter or esc again discards · any other key keeps editing
dlg-form-required = required
dlg-form-negative = must not be negative
dlg-form-amount = an amount, like 12500, 12.5k or 1.2m
dlg-form-currency = a three-letter currency code, like USD
dlg-form-date-required = required: 2026-12-31, +7d, eom, eoq
dlg-form-date = a date: 2026-12-31, +7d, +2w, eom, eoq
dlg-form-percent = a whole percentage from 0 to 100
dlg-form-fix-first = fix the marked field first
# What a typed date resolves to: "= Sun 2026-11-29".
dlg-form-date-hint = = { $weekday } { $date }
dlg-weekday-1 = Mon
dlg-weekday-2 = Tue
dlg-weekday-3 = Wed
dlg-weekday-4 = Thu
dlg-weekday-5 = Fri
dlg-weekday-6 = Sat
dlg-weekday-7 = Sun
# A list's form was saved without a change.
dlg-nothing-changed = nothing changed

## Help over a screen (`?`); over the board it also explains the marks.
dlg-help-title = keys and marks on this screen · j k scroll · esc closes
dlg-legend-selected = the selected card
dlg-legend-gate = the next stage's gate has criteria not ticked yet
dlg-legend-no-close = no expected close date yet (e sets one)
# The mark itself: Σ and an example total.
dlg-legend-total-mark = Σ { $amount }
dlg-legend-total = the column's total in the main currency (+€… others, never added)
# The mark itself: "w" and an example weighted total.
dlg-legend-weighted-mark = w { $amount }
dlg-legend-weighted = weighted: each amount × its probability
dlg-legend-days = days in the stage; orange when the deal is stale there
dlg-legend-next-step = the next step's date; red when it is past
dlg-legend-column = the selected column of how many
dlg-legend-quit = quits from the board (esc clears a filter; ctrl-c quits anywhere)
dlg-legend-tasks = in the detail: the deal's tasks

## The gate checklist (a move forward, or a win, past unticked criteria).
dlg-gate-title-win = Win: gates before { $stage }
dlg-gate-title-move = Gate: entering { $stage }
dlg-gate-reason = override reason:
dlg-gate-need-reason = tick every criterion, or type a reason to override

## Search (`/`) and the command palette (`:`).
dlg-search-title = Search deals, accounts, contacts
dlg-search-loading = loading…
dlg-palette-title = Commands
dlg-palette-none = no command matches

## The deals of an account (a search hit) or behind a report finding.
dlg-deal-list-title = { $name }: { $count ->
    [one] 1 deal
   *[other] { $count } deals
}
dlg-deal-list-col-deal = deal
dlg-deal-list-col-owner = owner
dlg-deal-list-col-stage = stage / fate
dlg-deal-list-col-close = close
dlg-deal-list-col-amount = amount
dlg-deal-list-foot = { $count ->
    [one] 1 deal
   *[other] { $count } deals
} · { $keys }

## Loss capture (`X`) and the loss review's triage.
dlg-loss-title = Mark lost
dlg-loss-triage-title = Triage
dlg-loss-reason = reason
dlg-loss-detail = detail
dlg-loss-competitor = competitor
dlg-loss-controllable = controllable
dlg-loss-lesson = lesson
dlg-loss-lost-on = lost on
# A suggestion from the deal's data: sub-reason and its evidence.
dlg-loss-signal = ⚑ { $reason }: { $evidence }
dlg-loss-no-taxonomy = the loss taxonomy is empty

## The won dialog (`W`).
dlg-won-title = Mark won
dlg-won-subtitle = { $deal } · amounts in { $currency }
dlg-won-no-reasons = (none given)
dlg-won-reason = why it was won
dlg-won-on = won on
dlg-won-amount = amount signed

## The board's filter menu (`f`).
dlg-filter-title = Filter the board
dlg-filter-any = any
dlg-filter-anyone = anyone
# The user's own name among the owners.
dlg-filter-me = me ({ $name })
dlg-filter-owner = owner
dlg-filter-stale = stale only
dlg-filter-quarter = closes this qtr
dlg-filter-tag = tag
dlg-filter-team = owner's team
dlg-filter-applied = filter: { $filter }
dlg-filter-cleared = filter cleared

## New deal (`n`) and edit deal (`e`).
dlg-deal-new-title = New deal · { $pipeline }
dlg-deal-edit-title = Edit deal { $id }
dlg-deal-title = title
dlg-deal-account = account
dlg-deal-owner = owner
dlg-deal-amount = amount
dlg-deal-currency = currency
dlg-deal-close = expected close
dlg-deal-probability = probability %
dlg-deal-forecast = forecast
dlg-deal-stage = stage
dlg-deal-source = source
dlg-deal-tags = tags
dlg-deal-competitors = competitors
dlg-deal-next-step = next step
dlg-deal-next-step-date = next-step date
dlg-deal-no-account = no such account (a new deal can create one)

## Log an activity (`a`) or add a task.
dlg-activity-title = Log activity
dlg-activity-task-title = Add task
dlg-activity-kind = kind
dlg-activity-with = with
dlg-activity-summary = summary
dlg-activity-when = when
dlg-activity-due = task due
dlg-activity-future = only a task can be in the future; pick task to plan it

## A deal's tasks (`T` in the detail).
dlg-tasks-title = Tasks · { $deal }
dlg-tasks-empty = No tasks on this deal — t adds one.
dlg-tasks-hint-change = done / move / hand on
# What the task form's choice fields are (shown beside space).
dlg-tasks-choices = status / owner
dlg-task-open = open
dlg-task-done = done
dlg-task-overdue = overdue
dlg-task-no-date = (no date)
dlg-task-form-title = Task
dlg-task-status = status
dlg-task-due = due
dlg-task-owner = owner

## Status-line messages when opening dialogs and saving from them.
dlg-no-deal = no deal selected
dlg-closed-forward = deal is { $status }; H moves it back to reopen it
dlg-an-open-stage = an open stage
dlg-reopen-ask = reopen { $deal } ({ $status }) into { $stage }? H again reopens it; any other key keeps it { $status }
dlg-last-stage = last open stage: W marks it won
dlg-first-stage = already in the first stage
dlg-win-needs-open = select an open deal to mark it won
dlg-no-pipeline = there is no pipeline to add a deal to
dlg-edit-needs-deal = select a deal to edit it
dlg-activity-needs-deal = select a deal to log an activity on it
dlg-tasks-need-deal = open a deal to see its tasks
dlg-contacts-need-deal = open a deal to see its account's contacts
dlg-task-done-today = done (u on the board undoes it)
dlg-task-saved = saved · u undoes
dlg-task-step-cleared = done — the deal's overdue next step is cleared · u undoes
dlg-task-step-moved = moved — the deal's next step moved with it · u undoes
dlg-contact-saved = { $name } saved · u undoes
dlg-contact-gone = contact { $id } no longer exists
dlg-account-gone = account { $id } no longer exists
