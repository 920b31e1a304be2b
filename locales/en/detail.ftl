# The deal detail (enter on a card), the power map editor (c), and the app
# core's status messages (app-).

## Overview fields: labels padded to one column, so keep them short.
detail-field-amount = amount
detail-field-owner = owner
detail-field-won-on = won on
detail-field-lost-on = lost on
# Expected close date of an open deal.
detail-field-close = close
detail-field-source = source
# Industry · region.
detail-field-market = market
detail-field-tags = tags
# Competitors in the deal.
detail-field-competing = competing
detail-field-next-step = next step
# Loss category / sub-reason.
detail-field-lost = lost
detail-field-lesson = lesson
# The reason the deal was won.
detail-field-won = won
# An open deal's amount with its probability and weighted amount.
detail-amount-weighted = { $amount } ({ $probability } % → { $weighted } weighted)
detail-loss = { $category } / { $reason }
detail-loss-to = { $category } / { $reason } (competitor: { $competitor })
# Separates names in a list (competitors, contacts).
detail-list-separator = {", "}

detail-scorecard = Scorecard { $percent }/100
detail-risks = Risks
detail-quotes = Quotes
detail-quotes-none = none yet
# A quote: number, version, status, total, currency, margin.
detail-quote-line = { $number } v{ $version } { $status }  { $total } { $currency }  margin { $margin }
detail-quote-draft = Draft
detail-quote-sent = Sent
detail-quote-accepted = Accepted
detail-quote-rejected = Rejected

## The power map (the account's contacts) and the timeline.
detail-power-map = Power map
detail-dm-untouched = ⚠ decision maker { $name } untouched for { $days } days
detail-dm-never = ⚠ decision maker { $name } never contacted
detail-no-contacts = no contacts at this account
# When a contact was last contacted.
detail-days-ago = { $days }d ago
detail-never = never
detail-timeline = Timeline
detail-event-created = created in { $stage }
detail-event-undo = undo → { $stage }
# A stage move that passed a gate with a criterion overridden.
detail-event-override = (override: { $reason })
detail-activity-due = (due { $date })
# Who an activity was with.
detail-activity-with = · with { $names }

## The power map editor (c in the detail).
detail-power-map-title = Power map · { $account }
detail-power-map-empty = No contacts at this account yet.
detail-power-map-edit = edit role / stance / influence
detail-power-map-close = close
detail-power-map-choose = choose
detail-contact-form = Contact
detail-contact-title = title
detail-contact-role = role
detail-contact-stance = stance
detail-contact-influence = influence (1–5)

## The app core's status messages and board sort and filter.
app-read-only = read-only while the review looks at it: q goes back to the review
app-nothing-to-clear = nothing to clear · q quits dealdeck
app-select-open-to-lose = select an open deal to mark it lost
app-sorted-by = sorted by { $sort }
app-pipeline = pipeline: { $name }
app-deal-gone = deal { $id } no longer exists
app-closed-load-error = cannot load this month's closed deals: { $error }
app-closed-load-failed = loading this month's closed deals failed
app-sort-amount = amount (largest first)
app-sort-days = days in stage (longest first)
app-sort-close = expected close (soonest first)
app-sort-title = title (A–Z)
app-filter-owner = owner { $name }
app-filter-stale = stale
app-filter-closing = closing this quarter
app-filter-team = team { $team }
# Separates the parts of a filter's description.
app-filter-separator = {", "}
app-created = created { $id } { $title } · u undoes
app-created-with-account = created { $id } { $title } with a new account, { $account } · u undoes
app-saved = saved { $title } · u undoes
# An activity kind: call, email, meeting…
app-logged = logged { $kind } · u undoes
app-logged-with-task = logged { $kind } and a task to follow it up on { $due } · u undoes both
app-moved = { $title } → { $stage } · u undoes
app-moved-overridden = { $title } → { $stage } ({ $count } gate criteria overridden) · u undoes
# What was undone, as the store names it.
app-undone = undone: { $what }
app-nothing-to-undo = nothing to undo
app-deal-not-open = deal { $id } is no longer open

## Served workspace: others' changes and following a review.
app-catch-up-error = cannot bring the board up to date: { $error }
app-other-added = { $by } added { $title }
app-other-won = { $by } won { $title }
app-other-lost = { $by } marked { $title } lost
app-other-moved = { $by } moved { $title } to { $stage }
app-other-changed = { $by } changed { $title }
app-other-removed = { $by } removed { $title }
app-follow-needs-server = following needs others: it works on a workspace served by `dealdeck serve`
app-follow-none = no review is in progress to follow
app-follow-stopped = stopped following the review
app-following = following the review (read-only) · esc leaves
