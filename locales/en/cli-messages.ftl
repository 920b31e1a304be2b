# cli-messages: what the commands print, and their errors (not --help).
# Backticked text (`dealdeck undo`, `--db`) is a command to type: keep it as is.

## Column headers of the tables commands print for people (CSV and JSON keep theirs).
climsg-col-id = ID
climsg-col-title = TITLE
climsg-col-account = ACCOUNT
climsg-col-stage = STAGE
climsg-col-amount = AMOUNT
climsg-col-owner = OWNER
# The day a deal closed or is expected to close.
climsg-col-close = CLOSE
climsg-col-company = COMPANY
climsg-col-contact = CONTACT
climsg-col-channel = CHANNEL
climsg-col-score = SCORE
# The lead's profile fit, part of its score.
climsg-col-fit = FIT
# Behaviour: what the lead did, part of its score.
climsg-col-beh = BEH
# How long ago the lead came in.
climsg-col-age = AGE
climsg-col-status = STATUS
climsg-col-warnings = WARNINGS
climsg-col-tier = TIER
climsg-col-industry = INDUSTRY
climsg-col-region = REGION
# Open deals of an account.
climsg-col-open = OPEN
# The open deals' amount of an account.
climsg-col-pipeline = PIPELINE
# The won amount of an account to date.
climsg-col-won = WON
# A person's name.
climsg-col-name = NAME
climsg-col-role = ROLE
climsg-col-stance = STANCE
# Influence, 1 to 5.
climsg-col-infl = INFL
climsg-col-team = TEAM
# SSH keys, by fingerprint.
climsg-col-keys = KEYS
# A stage's default win probability.
climsg-col-prob = PROB
# Days in a stage before a deal is stale.
climsg-col-rotting = ROTTING
climsg-col-gate = GATE
# What a search hit is: deal, account, contact…
climsg-col-kind = KIND
# A search hit's name.
climsg-search-col-name = NAME
climsg-col-detail = DETAIL
climsg-product-col-sku = sku
climsg-product-col-product = product
climsg-product-col-unit = unit
# The list price.
climsg-product-col-list = list
climsg-product-col-cost = cost
climsg-product-col-margin = margin
climsg-product-col-tier-a = tier A
climsg-product-col-tier-b = tier B
climsg-product-col-tier-c = tier C
climsg-quote-col-id = id
# The quote's number, Q-2026-00307.
climsg-quote-col-number = number
climsg-quote-col-deal = deal
climsg-quote-col-version = version
climsg-quote-col-status = status
climsg-quote-col-total = total
climsg-quote-col-margin = margin
climsg-task-col-id = id
climsg-task-col-due = due
climsg-task-col-deal = deal
climsg-task-col-task = task
climsg-task-col-owner = owner
climsg-task-col-status = status

## The command line as a whole (mod.rs, context.rs, tui.rs).
climsg-background-failed = a background task failed: { $info }
climsg-unknown-failure = unknown failure
# A panic while reading the file; the advice what to do follows on the next line.
climsg-read-failed = reading { $path } failed ({ $what } at { $at }); the file may be damaged: `dealdeck check` tells more
climsg-served-no-db = --db is not taken here: the server serves { $path }
climsg-held-by-server = { $path } is held by `dealdeck serve` (process { $pid }); join it with: ssh -t -p { $port } { $host }
climsg-server-no-answer = the server holding { $path } did not answer: { $error }
climsg-served-no-sample = the server holds this workspace; stop it before replacing the workspace with a sample
climsg-no-home = cannot find a home directory for the default database; pass --db PATH
climsg-db-empty = { $path } is empty, not a workspace; a command that makes one (`dealdeck sample --db { $path }`, `dealdeck deal new`) turns it into one
climsg-no-db = no database at { $path } (create one with `dealdeck sample --db { $path }` or `dealdeck deal new`)
climsg-created-empty = created a new empty workspace at { $path }
climsg-first-run = first run — creating the sample workspace at { $path }
# The first of the warnings on opening the app, and how many more there are.
climsg-warnings-more = { $first } (and { $count } more)
# With DEALDECK_STARTUP_TIMING set: how long start-up took.
climsg-startup-timing = first frame { $ms } ms after start

## Names the commands fall back on when a record is missing.
climsg-owner-fallback = owner { $id }
climsg-account-fallback = account { $id }
climsg-no-owner-named = no owner named '{ $name }'
climsg-no-pipeline-named = no pipeline named '{ $name }'
climsg-no-pipeline = the workspace has no pipeline
climsg-pipeline-missing = pipeline { $id } is missing; run `dealdeck check`
climsg-bad-size = --size '{ $given }': small, medium, large or enterprise

## dealdeck deal
climsg-deal-use-lost = use `dealdeck deal lost { $id } --reason …` to mark a deal lost
climsg-deal-moved = deal { $id } "{ $title }" is now in { $stage } (event { $event })
climsg-deal-gate-overridden = gate overridden: { $criterion } — { $reason }
climsg-deal-created = created deal { $id } "{ $title }"
# Under `deal list`, on stderr.
climsg-deal-listed = { $count } deal(s)
climsg-deal-heading = Deal { $id }  { $title }
# Labels of `deal show`, in a column of their own before the values.
climsg-deal-field-account = account
climsg-deal-field-owner = owner
climsg-deal-field-stage = stage
climsg-deal-field-amount = amount
climsg-deal-field-close = close
climsg-deal-field-source = source
# The competitors met on the deal.
climsg-deal-field-compete = compete
climsg-deal-field-next-step = next step
climsg-deal-field-scorecard = scorecard
climsg-deal-field-lost = lost
climsg-deal-field-won = won
# The stage and the deal's status (open, won, lost).
climsg-deal-stage-value = { $stage } ({ $status })
climsg-deal-close-none = none (set one with `deal edit { $id } --close-date`)
climsg-deal-next-step-value = { $step } ({ $date })
climsg-deal-lost-value = { $category } / { $sub } — { $lesson }
climsg-deal-lost-value-to = { $category } / { $sub } (competitor: { $competitor }) — { $lesson }
climsg-deal-history = Stage history
# Where a deal's first stage event came from.
climsg-deal-history-created = created
climsg-deal-history-line = { $at }  { $from } → { $to }  by { $by }
climsg-deal-history-line-undo = { $at }  { $from } → { $to }  by { $by }  (undo)
climsg-deal-history-override = override: { $criterion } — { $reason }
climsg-deal-activities = Activities
climsg-deal-quote-line = Quote { $number } v{ $version } { $status ->
        [Draft] Draft
        [Sent] Sent
        [Accepted] Accepted
       *[Rejected] Rejected
    }: total { $total }, margin { $margin }%

## dealdeck deal edit, delete; dealdeck audit
climsg-deal-unchanged = deal { $id } unchanged: say what to change (see --help)
climsg-deal-saved = saved deal { $id } "{ $title }" (`dealdeck undo` takes it back)
climsg-deal-deleted-title = "{ $title }"
# $name: the deal's title in quotes, or nothing when its record was damaged.
climsg-deal-deleted = deleted deal { $id }{ $name } with { $events ->
        [one] 1 stage event
       *[other] { $events } stage events
    }, { $activities ->
        [one] 1 activity
       *[other] { $activities } activities
    } and { $quotes ->
        [one] 1 quote
       *[other] { $quotes } quotes
    }; `dealdeck undo` puts it back
climsg-deal-deleted-damaged = deleted deal { $id }{ $name } with { $events ->
        [one] 1 stage event
       *[other] { $events } stage events
    }, { $activities ->
        [one] 1 activity
       *[other] { $activities } activities
    } and { $quotes ->
        [one] 1 quote
       *[other] { $quotes } quotes
    }; its record was damaged, so it cannot be undone; run `dealdeck check` next
climsg-audit-empty = no admin changes yet

## dealdeck lead
climsg-lead-bad-id = '{ $given }' is not a lead id (expected L-12 or 12)
# Deal lead L-12 converted; $contact says what became of its contact.
climsg-lead-converted = lead { $id } converted: account { $account } (new), { $contact }, deal { $deal } { $title } in { $pipeline }
climsg-lead-converted-reused = lead { $id } converted: account { $account } (already there), { $contact }, deal { $deal } { $title } in { $pipeline }
climsg-lead-rules = { $returned ->
        [one] 1 lead
       *[other] { $returned } leads
    } back to the pool (no follow-up in { $days } days), { $assigned } assigned by score (≥ { $score })
# With --dry-run: what the rules would do.
climsg-lead-rules-dry = { $returned ->
        [one] 1 lead
       *[other] { $returned } leads
    } would go back to the pool (no follow-up in { $days } days), { $assigned } would be assigned by score (≥ { $score })
# A lead the rules returned to the pool, and whose it was.
climsg-lead-rules-was = { $id } { $company }: was { $owner }'s
climsg-lead-unknown-owner = --owner '{ $name }': nobody of that name (owners: { $owners })
climsg-lead-not-followed = no follow-up { $hours } h after assignment
# A lead's age in days, in the table.
climsg-lead-age = { $days }d
# The owner column of a lead nobody holds.
climsg-lead-pool = (pool)
climsg-lead-count = { $count ->
        [one] 1 lead
       *[other] { $count } leads
    }
# Labels of `lead show`, in a column of their own before the values.
climsg-lead-field-contact = contact
climsg-lead-field-profile = profile
climsg-lead-field-score = score
climsg-lead-field-owner = owner
climsg-lead-field-warning = warning
climsg-lead-profile = { $industry } · { $region } · { $size } employees · via { $channel }
climsg-lead-score = { $score } = fit { $fit } + behaviour { $behaviour }
climsg-lead-owner = { $owner } · { $days } days old
climsg-lead-owner-flagged = { $owner } · { $days } days old · not followed up since it was assigned
climsg-lead-bad-channel = --channel '{ $given }': web, event, referral, partner or import
climsg-lead-added = lead { $id } { $company } added to the pool: score { $score } (fit { $fit } + behaviour { $behaviour })
climsg-warning = warning: { $warning }
climsg-lead-possible-duplicates = warning: { $count } possible duplicates
climsg-lead-imported = imported leads from { $file }: { $added } added to the pool, { $duplicates } may duplicate a lead, account or contact (`dealdeck lead list` names them)
climsg-lead-without-size = { $count ->
        [one] 1 lead
       *[other] { $count } leads
    } without a company size (lines { $lines }): scored as 1-49 employees
climsg-lead-without-channel = { $count ->
        [one] 1 lead
       *[other] { $count } leads
    } without a channel (lines { $lines }): kept as import
# A lead changed; the -owned forms end with whose it is now.
climsg-lead-claimed = lead { $id } { $company } claimed
climsg-lead-claimed-owned = lead { $id } { $company } claimed · { $owner }'s
climsg-lead-assigned = lead { $id } { $company } assigned
climsg-lead-assigned-owned = lead { $id } { $company } assigned · { $owner }'s
climsg-lead-followed-up = lead { $id } { $company } followed up
climsg-lead-followed-up-owned = lead { $id } { $company } followed up · { $owner }'s
climsg-lead-disqualified = lead { $id } { $company } disqualified
climsg-lead-disqualified-owned = lead { $id } { $company } disqualified · { $owner }'s
climsg-lead-returned = lead { $id } { $company } back in the pool
climsg-lead-returned-owned = lead { $id } { $company } back in the pool · { $owner }'s

## dealdeck product, quote
climsg-product-volume-breaks = volume breaks: every list has prices from 1, 10 and 50 units (`--json` lists them)
climsg-not-a-deal-id = '{ $given }' is not a deal id
climsg-quote-not-found = no quote '{ $given }' (expected a number like Q-2026-00307, or an id); `dealdeck quote list` shows them
climsg-quote-versions = { $number } has versions 1 to { $count }
climsg-quote-no-version = the quote has no version
climsg-quote-deal-gone = the quote's deal is gone
climsg-bad-currency = --currency '{ $given }': expected a code like USD
climsg-products-imported = imported products from { $file }: { $created } new, { $updated } updated, { $unchanged } unchanged; { $prices ->
        [one] 1 price entry
       *[other] { $prices } price entries
    }{ $lists ->
        [0] {""}
        [one] {" "}(1 new price list)
       *[other] {" "}({ $lists } new price lists)
    }
climsg-products-imported-dry = dry run, nothing written: would import products from { $file }: { $created } new, { $updated } updated, { $unchanged } unchanged; { $prices ->
        [one] 1 price entry
       *[other] { $prices } price entries
    }{ $lists ->
        [0] {""}
        [one] {" "}(1 new price list)
       *[other] {" "}({ $lists } new price lists)
    }
climsg-product-exists = { $sku } already exists; `dealdeck product edit { $sku }` changes it
climsg-product-not-found = no product with SKU { $sku }; `dealdeck product list` shows them
climsg-product-needs = { $flag } is needed for a new product
climsg-product-added = added product { $sku }
climsg-product-unchanged = unchanged: product { $sku }
climsg-product-saved = saved product { $sku }

## dealdeck account
climsg-account-not-found = no account named '{ $given }' (`dealdeck account list` shows them)
climsg-account-count = { $count ->
        [one] 1 account
       *[other] { $count } accounts
    } · amounts in { $currency }
climsg-bad-tier = --tier '{ $given }': A, B or C
climsg-owner-nobody = --owner '{ $given }': nobody of that name
climsg-account-no-industry = no industry
climsg-account-no-region = no region
# Optional parts of the sentence below, each beginning with its comma.
climsg-account-owned-by = , owned by { $owner }
climsg-account-part-of = , part of { $parent }
climsg-account-saved = account { $id } { $name }: tier { $tier }, { $industry }, { $region }, { $size } employees{ $owned }{ $parent } (`dealdeck undo` takes it back)

## dealdeck contact
climsg-bad-role = --role '{ $given }': one of { $roles }
climsg-bad-stance = --stance '{ $given }': supporter, neutral or opponent
climsg-contact-count = { $count ->
        [one] 1 contact
       *[other] { $count } contacts
    }
climsg-contact-added = contact { $id } { $name } added to { $account }: { $role }, { $stance }, influence { $influence } (`dealdeck undo` takes it back)
# Optional parts of the sentence below, each beginning with its comma.
climsg-contact-job-title = , { $title }
climsg-contact-moved-to = , moved to { $account }
climsg-contact-saved = contact { $id } { $name }: { $role }, { $stance }, influence { $influence }{ $title }{ $moved } (`dealdeck undo` takes it back)

## dealdeck user
climsg-bad-role-name = '{ $given }' is not a role: rep, manager, director or admin
climsg-key-unreadable = cannot read the key file { $path }
climsg-key-not-openssh = { $path }: not an OpenSSH public key ({ $error }); expected a .pub file with one line like `ssh-ed25519 AAAA… name@host`
climsg-key-bad = (unreadable key)
climsg-user-added = { $name } may sign in ({ $role }) with key { $key }
climsg-user-first = note: { $name } is the first user; add an admin too, or nobody can manage users over SSH
climsg-user-none = no users: the workspace is one person's. `dealdeck user add NAME --key FILE.pub --role admin` starts team use
climsg-user-key-added = { $name } may also sign in with { $key }
climsg-user-key-removed = { $name } no longer signs in with { $key }
climsg-user-not-found = { $name } is not a user (`dealdeck user list`)
climsg-user-removed = { $name } can no longer sign in; their deals and history stay

## dealdeck task
climsg-task-added = added task { $id } on deal { $deal }, due { $due }
climsg-task-done = task { $id } "{ $summary }": done
climsg-task-due = task { $id } "{ $summary }": due { $due }
# Added after the sentence above when finishing or moving the task changed the deal.
climsg-task-next-step-cleared = ; the deal's overdue next step is cleared
climsg-task-next-step-moved = ; the deal's next step moved with it
climsg-task-not-owner = '{ $user }' is not an owner of this workspace, so no task is yours
climsg-task-none = no tasks
climsg-task-status-done = done
climsg-task-status-overdue = overdue
climsg-task-status-open = open

## dealdeck pipeline
climsg-pipeline-rotting-note = note: stale after { $days } days, as { $stage } (--rotting-days sets it)
# Stands for the stage name above when the pipeline has no open stage.
climsg-pipeline-rotting-default = the default
climsg-pipeline-saved = pipeline { $name } saved (`dealdeck undo` takes it back):
climsg-pipeline-order-note = note: { $later } ({ $later_pct } %) comes after { $earlier } ({ $earlier_pct } %): a later stage usually weighs more

## dealdeck taxonomy
climsg-taxonomy-line = { $key }  { $name } (controllable)
climsg-taxonomy-line-uncontrollable = { $key }  { $name } (not controllable)
climsg-taxonomy-saved = taxonomy saved ({ $count } categories)
