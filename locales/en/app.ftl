# The app's own words: title bar, footer hints, the board.

too-small = terminal too small
too-small-need = { $width }x{ $height } — dealdeck needs { $min_width }x{ $min_height }
title-deal = deal
title-reports = Reports
badge-sample = SAMPLE DATA
title-filter = filter: { $filter }
title-due = { $count } due (g t)
who-no-owner = { $name } (no owner)
who-more = +{ $count } more
who-following = following

hint-open = open
hint-move-forward = move ▸
hint-move-back = ◂ move
hint-won = won
hint-lost = lost
hint-undo = undo
hint-search = search
hint-help = help
hint-next-report = next report
hint-period-back = ◂ period
hint-period-forward = period ▸
hint-period-length = month/qtr/yr
hint-whose = whose
hint-deals = deals
hint-back = back

board-no-pipeline = this workspace has no pipeline
board-totals-open = Σ { $total }{ $others }  w { $weighted }
board-totals-closed = Σ { $total }{ $others } this month
board-more-below = ↓ { $count } more
board-more-above = ↑ { $count }
board-loading = loading…
board-no-deals = no deals
# Days a card's deal has been in its stage.
board-days = { $days }d

language-now = Language: { $name }. (`lang = "{ $code }"` in settings.toml keeps it.)
palette-language = language: { $name }

# The won dialog's reasons when settings.toml names none (win_reasons).
win-reason-1 = Best fit for their need
win-reason-2 = Relationship and trust
win-reason-3 = Price and terms
win-reason-4 = Speed to deliver
win-reason-5 = References and proof
win-reason-6 = Other
app-paste-nowhere = pasted text goes into a text field, and none is open here
