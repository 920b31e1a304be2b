# The workspace store's words: refusals, undo labels, check problems, repairs.

# An edit made to an older version of a deal (see dom-error-stale).
# Who changed it, when the undo list no longer says.
store-stale-someone = someone
store-stale-empty = (empty)
# One field that now differs. $field: a field name below.
store-stale-difference = { $field } is now { $now } (yours: { $yours })
# Field names in the messages of this file.
store-field-title = title
store-field-amount = amount
store-field-expected-close = expected close
store-field-stage = stage
store-field-status = status
store-field-next-step = next step
store-field-owner = owner
store-field-source = source
store-field-tags = tags

# `dealdeck check`: the record a problem concerns, then the problem.
store-check-file = file
store-check-index = index
store-check-loss-taxonomy = loss taxonomy
# $kind: a record kind (deal, account…); $key: its number.
store-check-record = { $kind } { $key }
store-check-integrity-repaired = redb integrity check repaired damage; restore from a backup if data is missing
# An index out of step with its table. $index: the index's (table) name.
store-check-index-lacks = index { $index } lacks { $kind } { $value } under key { $key }
store-check-index-stale-entry = index { $index } has a stale entry { $value } under key { $key }
store-check-outdated-copy = { $table } holds an outdated copy of { $kind } { $key }
store-check-table-differs = { $table } does not hold what its records say (an entry no record could own)
store-check-does-not-belong = { $table } holds { $kind } { $key } that does not belong there
store-check-table-lacks = { $table } lacks { $kind } { $key }

# Undo refused. $label: the change's undo label (as stored, in the language of
# whoever made it); $why: one of the store-undo-…-since reasons.
store-undo-untracked = cannot undo: { $why } — "{ $label }" leaves the undo list
store-undo-quote-since = quote { $quote } was made on the deal since
store-undo-loss-classified-since = its loss was classified in a review since
store-undo-changed-since = { $deal } was changed since by a change u does not track
# $their: the other person's change, by its undo label.
store-undo-someone-since = cannot undo "{ $label }": { $by } changed the same record since ({ $their })

# Undo labels: what a change did, shown as "undid: …" and in undo refusals.
# Stored with the change, in the language of whoever made it.
store-undo-create-deal = create deal { $deal }
store-undo-edit-deal = edit deal { $deal }
# $code: the activity kind as the command line types it (call, meeting…); $kind: its name.
store-undo-log = log { $code }
store-follow-up-task = follow up: { $summary }
store-undo-move = move { $deal } to { $stage }
store-undo-edit-account = edit account { $account }
store-undo-add-contact = add contact { $contact }
store-undo-edit-contact = edit contact { $contact }
store-undo-change-pipeline = change pipeline { $pipeline }
store-undo-complete-task = complete task { $task }
store-undo-move-task = move task { $task } to { $day }
store-undo-hand-task = hand task { $task } to { $owner }
# Between the parts of one change's label ("complete task X; move task X to …").
store-undo-separator = {"; "}

# Accounts, pipelines and tasks refused.
store-account-name-taken = an account is named { $name } already
store-account-no-parent = no account with id { $id }
store-account-parent-loop = { $account } cannot be the parent: it is this account or one of its subsidiaries
store-pipeline-name-taken = a pipeline is named { $name } already
# $kind: an activity kind (call, meeting…).
store-task-not-a-task = activity { $id } is a { $kind }, not a task
store-task-already-done = task { $id } is already done
store-task-nothing-to-change = task { $id }: nothing to change

# Leads. $id: the lead's number as typed (L-12); $company: the lead's company.
# What a conversion did with the lead's person. $role: a contact role, lower case.
store-lead-contact-reused = contact { $name } already there
store-lead-no-contact = no contact: the lead names nobody
store-lead-contact-added = contact { $name } added as { $role }, { $stance }, influence { $influence } (change it in the power map)
store-lead-none-added = no lead was added
# $status: a lead status (converted, disqualified…).
store-lead-closed = lead { $id } ({ $company }) is { $status }: nothing more to do with it
store-lead-claimed-already = lead { $id } ({ $company }) is { $owner }'s already; only a lead in the pool can be claimed
store-lead-theirs-already = lead { $id } is { $owner }'s already
store-lead-in-pool-already = lead { $id } ({ $company }) is in the pool already
store-lead-cannot-convert = lead { $id } ({ $company }) is { $status }: only an open or qualified lead can be converted
store-lead-rep-cannot-assign = only a manager or director assigns leads; { $name } is a rep (claim one from the pool instead)
# Why the pool's rules took a lead back (stored with the lead's history).
store-lead-rule-returned-why = no follow-up in { $days } days
store-undo-add-lead = add lead { $lead }
store-undo-import-leads = import { $count } leads
store-undo-claim-lead = claim lead { $lead }
store-undo-assign-lead = assign lead { $lead } to { $owner }
store-undo-follow-up-lead = follow up lead { $lead }
store-undo-disqualify-lead = disqualify lead { $lead }
store-undo-return-lead = return lead { $lead } to the pool
store-undo-convert-lead = convert lead { $lead } into deal { $deal }
store-undo-lead-rules = lead rules: { $returned } back to the pool, { $assigned } assigned by score

# Deleting a deal (admin), and the audit log's entries (stored).
store-repair-hint = `dealdeck deal delete { $id } --repair` removes it and what refers to it
store-undo-delete-deal = delete deal { $deal }
# $damaged: yes when the deal's record was damaged and removed in a repair.
store-audit-deleted-titled-deal = deleted deal { $id } "{ $title }" with { $events ->
        [one] 1 stage event
       *[other] { $events } stage events
    }, { $activities ->
        [one] 1 activity
       *[other] { $activities } activities
    }, { $quotes ->
        [one] 1 quote
       *[other] { $quotes } quotes
    }{ $damaged ->
        [yes] {" "}(damaged record removed in a repair)
       *[other] {""}
    }
store-audit-deleted-deal = deleted deal { $id } with { $events ->
        [one] 1 stage event
       *[other] { $events } stage events
    }, { $activities ->
        [one] 1 activity
       *[other] { $activities } activities
    }, { $quotes ->
        [one] 1 quote
       *[other] { $quotes } quotes
    }{ $damaged ->
        [yes] {" "}(damaged record removed in a repair)
       *[other] {""}
    }
# An edit that corrects a record, for the audit log: "edited deal 12 "MES rollout": amount 8e24 USD → 42,000.00 USD".
store-audit-edited-deal = edited deal { $id } "{ $title }": { $changes }
store-audit-field-change = { $field } { $was } → { $now }
store-audit-no-field-changed = no field changed

# Imports. What a row was given (the --summary-json names stay English).
store-correction-default-account = blank account set by --default-account
store-correction-default-created = blank created date set by --default-created
store-correction-closed-on = missing close date set by --closed-on
store-correction-dates-swapped = close before created: dates swapped (--fix-dates swap)
store-correction-closed-on-created = close before created: closed on the created date (--fix-dates created)
# Rows naming an account or owner by a CRM id nobody imported. $lines: the first ten
# line numbers; $more: yes when there are more; $missing: accounts, users or both.
store-import-unjoined = { $rows ->
        [one] 1 row
       *[other] { $rows } rows
    } name their account or owner by a CRM id no import recorded (lines { $lines }{ $more ->
        [yes] {", …"}
       *[other] {""}
    }): import the { $missing ->
        [accounts] accounts (`dealdeck import accounts FILE`, with its Id column)
        [users] users (`dealdeck import owners FILE`, with its Id column)
       *[both] accounts (`dealdeck import accounts FILE`, with its Id column) and the users (`dealdeck import owners FILE`, with its Id column)
    } export first
# The lesson of a lost deal imported with a reason (stored).
store-import-lesson = imported reason: { $reason }
# One row's error.
store-import-at-line = line { $line }: { $error }
store-import-pipeline-gone = pipeline { $pipeline } is gone
store-import-open-without-stage = an open deal without a stage
store-import-no-parent = parent account '{ $name }' is neither in the workspace nor in the file
store-import-no-deal = no deal with id or name '{ $key }'
store-import-no-contact = no contact '{ $name }' on the activity's account
store-import-list-currency = { $sku } is priced in { $currency }, but price list { $list } is in { $list_currency }: a list holds one currency
store-undo-save-product = save product { $sku }
store-undo-import-products = import { $count } product rows

# Quotes. $quote: the quote's number (Q-2026-00012).
store-quote-approval-level = approval level '{ $level }' is not manager or director
# $status: a quote status (sent, accepted…).
store-quote-not-draft = { $quote } v{ $version } is already { $status }; edit it to start a new version
# The status of a quote without versions.
store-quote-gone = gone
store-quote-cannot-send = cannot send { $quote }: { $why }
store-quote-not-sent = { $quote }: only a sent version can be accepted or rejected
store-quote-currency = { $product } is priced and costed in { $currency }, and this quote is in { $quote_currency }: dealdeck never reuses a number across currencies; quote it on a { $currency } deal, or add the product in { $quote_currency }

# Loss reviews. $id: the review's number (R-$id); $period: 2026-05 or 2026-04-01..2026-06-30.
store-review-in-progress = review R-{ $id } of { $period } is still in progress; finish it first
store-review-deal-not-listed = deal { $deal } is not among the lost deals of review R-{ $id }
store-review-deal-reopened = deal { $deal } is no longer lost (it was reopened)
store-review-too-many-actions = a review chooses at most { $max } improvement actions
store-review-not-a-loss-reason = '{ $given }' is not a loss reason
# The first entry of an improvement action's history (stored).
store-review-action-chosen = chosen in the review
store-review-finished = review R-{ $id } of { $period } is finished and read-only
store-review-already-reviewed = { $period } was reviewed in R-{ $id }; a second review of it is only started when asked for explicitly
store-review-already-reviewed-finished = { $period } was reviewed in R-{ $id } (finished { $finished }); a second review of it is only started when asked for explicitly
store-review-period-backwards = the review period ends ({ $last }) before it starts ({ $first })
store-review-period-too-long = a review covers at most a year

# Users and their sign-in keys.
store-user-exists = { $name } is a user already; add a key with `dealdeck user key add { $name } FILE.pub`
store-user-no-such-key = { $name } has no such key (`dealdeck user list` shows their keys)
store-user-owner-not-user = { $name } is an owner but not a user; add them with `dealdeck user add { $name } --key FILE.pub`
store-user-bad-key = not an OpenSSH public key: expected one line like `ssh-ed25519 AAAA… name@host` (a .pub file)
# $owner: the owner's number.
store-user-key-in-use = that key already signs in owner { $owner }; one key, one person
# An owner record that is missing, named by its number.
store-owner-unknown = owner { $id }

# The workspace file.
# Why a file is not a dealdeck database (see dom-error-not-a-database).
store-no-schema-version = it has no dealdeck schema version
store-schema-version-unreadable = its schema version is unreadable
store-create-exists = { $path } already exists; choose another path or remove it first
store-backup-exists = { $path } already exists; backups never overwrite
# A stored record that decodes with bytes to spare (see dom-error-decode).
store-bytes-left-over = { $count } bytes left over
# A deal whose amount is beyond the limits (see dom-error-out-of-limits).
store-limits-deal = deal { $id }
store-limits-deal-fix = `dealdeck deal edit { $id } --amount …`

# `dealdeck serve`: what the server prints (after "dealdeck: ") and tells the
# people who connect.
srv-banner = sign in with an SSH key added by `dealdeck user add NAME --key FILE.pub`
srv-needs-terminal = the app needs a terminal: connect with `ssh -t`, or give a command (`ssh HOST deal list`)
srv-bad-command-line = cannot read the command line (an unclosed quote?): { $command }
srv-session-failed = this session failed and was closed; your saved changes are kept. Connect again to go on.
srv-stopping = the server is stopping
srv-already-served = this workspace is already served
srv-no-runtime = cannot start the server's runtime
srv-stopped = server stopped; { $path } closed
srv-cannot-listen = cannot listen on { $address }
srv-serving = serving { $path } on { $address }
# $new: yes when the key was made just now.
srv-host-key = host key { $fingerprint }{ $new ->
        [yes] , new
       *[other] {""}
    } ({ $path })
srv-socket = local commands go through { $path }
srv-no-socket = local commands cannot reach this server: { $error }
srv-no-users = no users yet — add one: dealdeck user add NAME --key FILE.pub --role admin
srv-join = join with: ssh -p { $port } { $host }
srv-stopping-sessions = stopping: telling { $count } session(s)
srv-host-key-unreadable = cannot read the host key { $path }
srv-host-key-invalid = { $path } is not an OpenSSH private key ({ $error }); move it away to make a new one (clients will then warn that the host key changed)
srv-host-key-no-random = cannot read random bytes for a host key from /dev/urandom
srv-host-key-encode = cannot encode the host key: { $error }
srv-host-key-raced = { $path } appeared while making a host key
srv-socket-taken = { $path } is answered by another server
# A local command passed to the server lost it before the end.
srv-closed-early = the server closed the connection before the command finished
srv-client-gone = the client has gone

# settings.toml that cannot be used. $error: what the TOML reader says (English).
store-settings-unreadable = { $file }: { $error }; using the default thresholds
store-settings-at-line = line { $line }: { $error }
