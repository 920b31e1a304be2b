# Domain words: statuses, kinds, roles, report names and the rules' messages.

# A deal's status.
dom-status-open = open
dom-status-won = won
dom-status-lost = lost

# The rep's forecast call on a deal.
dom-forecast-pipeline = pipeline
dom-forecast-best-case = best case
dom-forecast-commit = commit
dom-forecast-omitted = omitted

# Company size bands (employees).
dom-size-small = 1-49
dom-size-medium = 50-499
dom-size-large = 500-4999
dom-size-enterprise = 5000+

# A contact's role in the buying decision.
dom-contact-role-economic-buyer = Economic buyer
dom-contact-role-decision-maker = Decision maker
dom-contact-role-technical-evaluator = Technical evaluator
dom-contact-role-influencer = Influencer
dom-contact-role-user = User
dom-contact-role-champion = Champion
dom-contact-role-blocker = Blocker

# A contact's stance towards the deal.
dom-stance-supporter = supporter
dom-stance-neutral = neutral
dom-stance-opponent = opponent

# Kinds of activity.
dom-activity-call = call
dom-activity-meeting = meeting
dom-activity-email = email
dom-activity-demo = demo
dom-activity-note = note
dom-activity-task = task

# Where a lead came from.
dom-channel-web = web
dom-channel-event = event
dom-channel-referral = referral
dom-channel-partner = partner
dom-channel-import = import

# A lead's status.
dom-lead-status-new = new
dom-lead-status-working = working
dom-lead-status-qualified = qualified
dom-lead-status-converted = converted
dom-lead-status-disqualified = disqualified

# A quote version's status.
dom-quote-status-draft = draft
dom-quote-status-sent = sent
dom-quote-status-accepted = accepted
dom-quote-status-rejected = rejected

# An improvement action's status.
dom-action-status-open = open
dom-action-status-in-progress = in progress
dom-action-status-done = done
dom-action-status-dropped = dropped

# A user's role.
dom-user-role-rep = rep
dom-user-role-manager = manager
dom-user-role-director = director
dom-user-role-admin = admin

# The approval a discount needs.
dom-approval-none = none
dom-approval-manager = manager
dom-approval-director = director

# Qualification scorecard dimensions.
dom-dimension-need-clarity = Need clarity
dom-dimension-budget = Budget
dom-dimension-authority = Authority
dom-dimension-timeline = Timeline
dom-dimension-decision-chain = Decision chain
dom-dimension-competitive-position = Competitive position
dom-dimension-value-fit = Value fit
dom-dimension-relationship = Relationship
dom-dimension-commercial-terms = Commercial terms

# What a rep should do when a scorecard dimension scores low.
dom-dimension-hint-need-clarity = Run a discovery call; write the pain in the buyer's words
dom-dimension-hint-budget = Ask who owns the budget and whether it is approved this year
dom-dimension-hint-authority = Get a meeting with the decision maker, not only the evaluator
dom-dimension-hint-timeline = Tie the close date to a buyer event (go-live, budget cycle)
dom-dimension-hint-decision-chain = Map every approver and the order they sign in
dom-dimension-hint-competitive-position = Learn who else is in; plant our differentiators
dom-dimension-hint-value-fit = Quantify the value case with the champion
dom-dimension-hint-relationship = Find or build a champion; meet in person
dom-dimension-hint-commercial-terms = Surface procurement and legal terms early

# Which field two duplicate records share.
dom-matched-company = company
dom-matched-phone = phone
dom-matched-email = email

# What became of a deal that entered a stage (funnel).
dom-fate-converted = converted
dom-fate-lost = lost
dom-fate-still-open = still open

# Pipeline health checks.
dom-check-top-leak = top leak
dom-check-middle-silt = middle silt
dom-check-bottom-volatility = bottom volatility
dom-check-conversion-alert = conversion alert
# Between names in a list ("a, b, c").
dom-list-separator = {", "}
# A stage's kind ("pipeline X has no won stage").
dom-stage-kind-open = open
dom-stage-kind-won = won
dom-stage-kind-lost = lost
# What could not be done on a day ("cannot win on 2026-11-30").
dom-verb-win = win
dom-verb-mark-it-lost = mark it lost

# Stage moves the rules refuse.
dom-move-not-in-pipeline = cannot move: stage { $stage } is not in pipeline { $pipeline }
dom-move-not-open-stage = cannot move: stage { $stage } is not an open stage of { $pipeline }
dom-move-no-stage = cannot move: pipeline { $pipeline } has no { $kind } stage
dom-move-already-there = cannot move: deal { $deal } is already in { $stage }
dom-move-already-closed = cannot move: deal { $deal } is already { $status }; move it back to an open stage to reopen it
dom-move-not-by-edit = cannot move: stage and status change only through a stage move
dom-move-needs-loss-reason = cannot move: a lost deal needs a loss reason
dom-move-unknown-criterion = cannot move: '{ $given }' is not a gate criterion of { $pipeline }
dom-move-gate-unmet = gate not met for { $stage }: { $missing }; tick them or give an override reason
dom-move-unknown-loss-reason = cannot move: unknown loss reason '{ $given }' (known: { $known })
dom-move-unknown-sub-reason = cannot move: '{ $given }' is not a sub-reason of { $category } (known: { $known })
dom-move-lesson-too-long = lesson is too long ({ $len } characters; at most { $max })
dom-move-close-day = cannot { $verb } on { $day }: pick a day from { $earliest } to { $today }
dom-move-won-amount = cannot win at { $amount }: the amount won is not negative and within the limits


# Values the rules refuse. { $field } is one of the field names below.
dom-invalid-amount = '{ $given }' is not an amount (expected a number like 12,500.00, 12.5k or 1.2m)
dom-invalid-date = '{ $given }' is not a date (expected 2026-11-30, +7d, +2w, eom or eoq)
dom-invalid-currency = '{ $given }' is not a currency code (expected an ISO 4217 code, like USD, EUR or CNY)
dom-invalid-email = '{ $given }' is not an email address (expected name@example.com)
dom-invalid-empty = { $field } must not be empty
dom-invalid-too-long = { $field } is too long ({ $len } characters; at most { $max })
# $code: the character's code point in hex.
dom-invalid-hidden-character = { $field } holds U+{ $code }, a control or invisible character dealdeck does not store (it could rewrite a terminal or hide what the text says); remove it
dom-invalid-date-out-of-range = { $field } { $day } is outside the years 1900 to 2200
dom-invalid-negative-amount = amount must not be negative (got { $got })
dom-invalid-too-large = { $field } { $value } is too large: dealdeck keeps amounts below { $max } in the currency's unit
dom-invalid-probability = probability must be between 0 and 100 % (got { $got })
dom-invalid-influence = influence must be between 1 and 5 (got { $got })
dom-invalid-score = scorecard scores must be between 0 and 3 (got { $got })
dom-invalid-discount = discount must be between 0 and 100 % (got { $got })
dom-invalid-quantity = quantity must be greater than zero (got { $got })
dom-invalid-unit-price = unit price must not be negative (got { $got })
dom-invalid-closed-at = a closed deal needs a close time, an open deal must not have one
dom-invalid-loss-record = only a lost deal carries a loss record

# Field names in the messages above.
dom-field-title = title
dom-field-amount = amount
dom-field-expected-close-date = expected close date
dom-field-next-step-date = next step date
dom-field-next-step = next step
dom-field-lesson = lesson
dom-field-account-name = account name
dom-field-company = company
dom-field-contact = contact
dom-field-phone = phone
dom-field-email = email
dom-field-industry = industry
dom-field-region = region
dom-field-contact-name = contact name
dom-field-sku = SKU
dom-field-product-name = product name
dom-field-unit = unit
dom-field-list-price = list price
dom-field-unit-cost = unit cost
dom-field-quantity = quantity
dom-field-unit-price = unit price
dom-field-pipeline-name = pipeline name
dom-field-stage-name = stage name
dom-field-gate-criterion = gate criterion
dom-field-name = name
dom-field-sub-reason = sub-reason
dom-field-team = team
dom-field-id = id
dom-field-summary = summary
dom-field-comment = comment
dom-field-approver = approver
dom-field-price-list = price list
dom-field-due-date = due date
dom-field-owner = owner
dom-field-follow-up-note = follow-up note
dom-field-reason = reason
dom-field-why = why


# The workspace file's errors.
dom-error-not-writable = { $path } is not writable by you: dealdeck opens a workspace for writing even to read it (the file keeps its own locks and bookkeeping); run as its owner, grant write access, or open a copy (`cp { $path } copy.redb`)
dom-error-newer-schema = { $path } was written by a newer dealdeck (schema { $found }; this build reads up to { $supported }); upgrade dealdeck to open it
dom-error-not-a-database = { $path } is not a dealdeck database: { $reason }
dom-error-db = database error: { $error }
dom-error-encode = could not encode a record: { $error }
# $kind: a record kind (deal, account…); $key: its number.
dom-error-damaged = stored { $kind } { $key } is damaged (its checksum does not match): the file was changed outside dealdeck or the disk failed; restore the latest backup (`dealdeck backup` makes one; copy it over the workspace file), or remove the record with an admin repair (`dealdeck deal delete ID --repair` for a deal)
dom-error-decode = stored { $kind } { $key } cannot be read: { $reason }
dom-error-import = nothing imported: { $reason }
dom-error-not-a-file = { $path } is a { $kind }, not a regular file: dealdeck reads and writes only regular files (or standard output)
# Someone saved the deal after the editor opened it.
dom-error-stale = not saved: { $by } changed { $deal } at { $at } since you opened it; open it again to see the new values
dom-error-stale-differences = not saved: { $by } changed { $deal } at { $at } since you opened it — { $differences }; open it again to see the new values
dom-error-stale-separator = {"; "}
dom-error-not-permitted = not allowed: { $reason }
dom-error-out-of-limits = { $record }: { $problem }; correct it with { $fix } (`dealdeck check` lists every record outside the limits)
dom-error-check-failed = not saved: the last `dealdeck check` found damage, and changes wait until a check passes; restore the latest backup, or repair the records it named (`dealdeck deal delete ID --repair`), then run `dealdeck check` again
# Kinds of file that are not a regular file.
dom-file-kind-folder = folder
dom-file-kind-symbolic-link = symbolic link
dom-file-kind-fifo-named-pipe = FIFO (named pipe)
dom-file-kind-socket = socket
dom-file-kind-character-device = character device
dom-file-kind-block-device = block device
dom-file-kind-special-file = special file


# What a role may not do. $whose: the deal owner's name; $role: a user role above.
dom-denied-rep = { $deal } is { $whose }'s deal: a rep changes only their own deals
dom-denied-manager = { $deal } is { $whose }'s deal, outside team { $team }: a manager changes their team's deals
# A manager-level discount approval (only "manager" approvals reach here).
dom-denied-approval-manager = a manager approval needs a manager or director; { $name } is a { $role }
dom-denied-approval-director = a director approval needs a director; { $name } is a { $role }
dom-denied-admin = only an admin manages users, pipelines and the taxonomy; { $name } is a { $role }


# Sections of the agenda (today's work).
dom-agenda-tasks = tasks due
dom-agenda-next-steps = next steps due
dom-agenda-stale = stale deals
dom-agenda-dormant = dormant deals
dom-agenda-closing-gates = closing this month, gates not met
dom-agenda-actions = improvement actions due
dom-agenda-leads = leads waiting for a first follow-up


# Why a deal is at risk (on cards, in the deal view and reports).
dom-risk-stale = { $days } days in { $stage } (stale after { $after })
dom-risk-next-step-overdue = next step overdue since { $day }
dom-risk-no-next-step = no next step
dom-risk-close-passed = expected close { $day } has passed
dom-risk-no-close-date = no expected close date
dom-risk-dm-untouched = decision maker { $name } untouched for { $days } days
dom-risk-dm-never = decision maker { $name } never contacted
dom-risk-no-dm = no decision maker on the power map
# $role: a contact role above, in lower case.
dom-risk-opposes = { $role } { $name } opposes the deal
dom-risk-dormant = dormant: no activity and no change for over 30 days
dom-risk-requirements = requirements changed { $count } times
dom-risk-score = qualification score { $score }/100
dom-risk-competing = competing with { $competitors }
dom-risk-overrides = { $count } gate criteria overridden on the way


# A lead's history, one line per event.
dom-lead-event-claimed = claimed
dom-lead-event-assigned-by-rule = assigned to { $name } by the score rule
dom-lead-event-assigned = assigned to { $name }
dom-lead-event-follow-up = follow-up: { $note }
dom-lead-event-returned = back to the pool: { $why }
dom-lead-event-disqualified = disqualified: { $reason }
dom-lead-event-converted = converted into deal { $deal }
# $what: one of the event lines above.
dom-pool-history-line = { $day } { $by }: { $what }
# Why the pool's rule gave a lead to a rep.
dom-pool-why-region-industry = region { $region }, industry { $industry }
dom-pool-why-region = region { $region }
dom-pool-why-least-loaded = no rep for its region: the least loaded
# The title a converted lead's deal gets unless one is given.
dom-pool-deal-title = { $company } — first deal
# An owner whose record is gone.
dom-pool-owner-id = owner { $id }
# Duplicate warnings on a lead: "same phone as contact 王芳 (恒通科技)". $field: company, phone or email above.
dom-dup-same = same { $field } as { $who }
dom-dup-account = account { $name }
dom-dup-contact = contact { $name } ({ $account })
dom-dup-lead = lead { $id } ({ $company })
dom-dup-more = and { $count } more


# Editing a pipeline.
dom-pipeline-needs-open-stage = { $pipeline } needs at least one open stage
dom-pipeline-must-end-closed = { $pipeline } must end with its Won and Lost stages
dom-pipeline-probability = { $stage }: a probability is 0 to 100 %
dom-pipeline-duplicate-stage = { $pipeline } has two stages named { $stage }
dom-pipeline-closed-stage-fixed = { $stage } is where deals close: only open stages change place or go
dom-pipeline-no-such-stage = no such stage in { $pipeline }
dom-pipeline-stage-in-history = { $stage } is in the history of deals: it stays (rename it, or move it, instead)
# Finding a stage by name.
dom-pipeline-no-stage-named = no stage '{ $wanted }' in { $pipeline } (stages: { $stages })
dom-pipeline-ambiguous-stage = '{ $wanted }' is ambiguous in { $pipeline }: { $matches }
# "A or B", "A, B or C".
dom-or-list = { $rest } or { $last }

# Editing the loss-reason taxonomy.
dom-taxonomy-no-category = no category '{ $key }' (categories: { $known })
dom-taxonomy-text-length = { $what } must be 1 to 80 characters
dom-taxonomy-bad-key = key '{ $key }': lower-case letters, digits and _ only (e.g. delivery_risk)
dom-taxonomy-category-exists = category '{ $key }' exists already
dom-taxonomy-sub-reason-exists = '{ $sub }' is already a sub-reason of { $key }
dom-taxonomy-not-a-sub-reason = '{ $sub }' is not a sub-reason of { $key } ({ $known })


# Between clauses of one message ("a; b").
dom-clause-separator = {"; "}
# Pricing guards on a quote. $line: the line's number; amounts and percentages come formatted.
dom-guard-empty = the quote has no lines
dom-guard-above-list = line { $line }: unit price { $price } is { $off } above the list price { $list } (more than { $limit })
dom-guard-below-list = line { $line }: unit price { $price } is { $off } below the list price { $list } (more than { $limit })
dom-guard-line-below-cost = line { $line }: sells at { $net } below its cost { $cost }
dom-guard-line-margin = line { $line }: margin { $margin } (below { $limit })
dom-guard-total-below-cost = the quote total { $total } is below its cost { $cost }
dom-guard-quote-margin = quote margin { $margin } (below { $limit })
# $level: an approval level above (manager, director).
dom-guard-approval = line { $line }: discount { $discount } needs { $level } approval (policy: up to { $free } none, up to { $manager } manager)


# `dealdeck check`: a breached rule, named by its record ("deal 12: owner 3 does not exist").
dom-check-problem = { $record }: { $message }
dom-check-deal = deal { $id }
dom-check-event = event { $id }
dom-check-contact = contact { $id }
dom-check-account = account { $id }
dom-check-lead-event = lead event { $id }
dom-check-activity = activity { $id }
dom-check-quote = quote { $id }
dom-check-quote-version = quote { $id } v{ $version }
dom-check-review = review R-{ $id }
dom-check-action = improvement action IA-{ $id }
dom-check-missing-deal = belongs to missing deal { $deal }
dom-check-no-account = account { $id } does not exist
dom-check-no-owner = owner { $id } does not exist
dom-check-no-primary-contact = primary contact { $id } does not exist
dom-check-no-stage = stage { $id } does not exist
dom-check-stage-not-in-pipeline = stage { $stage } is not in pipeline { $pipeline }
# $status: a deal status above.
dom-check-status-disagrees = status { $status } disagrees with stage { $stage }
dom-check-lost-without-record = lost without a loss record
dom-check-no-events = has no stage events
dom-check-first-event = first stage event does not start the deal
dom-check-event-gap = event { $event } does not start where event { $previous } ended
dom-check-event-order = event { $event } is dated before event { $previous }
dom-check-event-unknown-stage = event { $event } moves to unknown stage { $stage }
dom-check-stage-vs-last-event = current stage { $stage } disagrees with its last event
dom-check-entry-time = stage entry time disagrees with its stage events
dom-check-all-undone = every stage event of it was undone
dom-check-no-parent = parent account { $id } does not exist
dom-check-no-lead = lead { $id } does not exist
dom-check-parent-loop = its parent chain loops back on itself
dom-check-no-deal = deal { $id } does not exist
dom-check-review-step = step { $step } is not one of 1–8
dom-check-period-order = its period ends before it starts
dom-check-finished = finished and finished_at disagree
dom-check-lists-missing-deal = lists missing deal { $id }
dom-check-triaged-not-lost = triaged deal { $id } is not among its lost deals
dom-check-no-review = review R-{ $id } does not exist
dom-check-action-history = its status differs from the last entry of its history


# Pipeline health findings. Rates come formatted ("42 %").
dom-health-top-leak = { $stage } converts { $rate } ({ $converted } of { $resolved } resolved; { $open } still open); alert below { $limit }
dom-health-top-none = no deal entering { $stage } was resolved in the period
dom-health-dropped = { $stage } { $rate } vs { $average } over the { $periods } periods before
dom-health-no-drop = no stage converts more than { $share } below its trailing average
dom-health-silt-none = no open deal is past max(rotting days, 1.5 × the stage's median dwell)
dom-health-silt-stage = { $stage } { $count }
dom-health-silt = { $count } open deals past max(rotting days, 1.5 × the stage's median dwell): { $stages }
dom-health-swing = largest monthly swing { $swing } points: { $from_month } { $from_rate } → { $to_month } { $to_rate } (alert above { $limit })
dom-health-swing-none = fewer than two of the last { $months } months closed deals


# Names of the win/loss breakdown dimensions.
dom-breakdown-owner = owner
dom-breakdown-team = team
dom-breakdown-industry = industry
dom-breakdown-region = region
dom-breakdown-source = source
dom-breakdown-competitor = competitor named
dom-breakdown-size = deal size
dom-breakdown-discount = discount
dom-breakdown-decision-maker = decision maker engaged
dom-breakdown-product = product
# Values the reports give where the workspace has none.
dom-value-none = (none)
dom-value-yes = yes
dom-value-no = no
dom-value-no-quote = no quote
dom-value-unknown = (unknown)
dom-value-not-classified = (not classified)
# A loss reason and its sub-reason in the Pareto table.
dom-loss-reason-sub = { $reason }: { $sub }

# Evidence for a suggested loss reason (lost-deal dialog, review triage).
dom-signal-requirements = requirements changed { $count } times (more than { $limit })
dom-signal-competitor = competitor named on the deal: { $names }
dom-signal-last-quote = last quote { $number } v{ $version }
# $quote: the last-quote words above.
dom-signal-margin = { $quote }: margin { $margin } % (below { $limit } %)
dom-signal-discount = { $quote }: a line discounted { $discount } % (above { $limit } %) with no approval recorded
dom-signal-no-dm = no decision maker on the account's power map
dom-signal-dm-silent = decision maker { $name } last contacted { $days } days before the loss
dom-signal-no-activity = no activity on the deal before the loss
dom-signal-quiet = no activity in the { $limit } days before the loss (last on { $last }, { $days } days before)


# The loss review's scorecard: this period against the ones before.
dom-metric-win-rate = win rate
dom-metric-deals-won = deals won
dom-metric-deals-lost = deals lost
dom-metric-amount-lost = amount lost
dom-metric-days-to-win = median days to win
dom-metric-average-won = average won deal
# A stage's conversion when the workspace has several pipelines.
dom-metric-pipeline-stage = { $pipeline } · { $stage }
dom-alert-win-rate = win rate { $now } is { $points } points below the { $before } before
dom-alert-deals-lost = { $now } deals lost, { $before } a period before
dom-alert-days-to-win = deals took { $now } days to win, { $longer } longer than the { $before } before
dom-alert-average-won = the average won deal is { $smaller } smaller than before
# $metric: a stage name (or pipeline · stage).
dom-alert-conversion = { $metric }: { $now } converted, below 85 % of the { $before } before
# What differed between won and lost deals.
dom-attribute-deals = deals
dom-attribute-average-amount = average amount
dom-attribute-days-open = median days open
dom-attribute-quiet-days = median quiet days before close
dom-attribute-decision-maker = decision maker engaged
dom-attribute-competitor = competitor named
dom-attribute-quoted = quoted
dom-attribute-largest-discount = average largest discount

# The lead funnel report's rows.
dom-lead-report-pool = (pool)
dom-lead-report-all = all leads


# The number a quote shows before its first line is saved.
dom-quote-unsaved = new quote
# A period people typed that is none. The period words stay as typed (this-month…).
dom-period-invalid = `{ $given }` is not a period: expected a month (2026-10), quarter (2026-Q3), year (2026), range (2026-01-01..2026-03-31) or this-month, last-month, this-quarter, last-quarter, this-year, last-year

