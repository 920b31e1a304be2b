# cli-import: what `dealdeck import`, `sample`, `check`, `backup`, `export`,
# `undo` and plain `dealdeck` print, and their errors.
# Option names (`--map`, `--from`), option values (salesforce, tab, close,
# import-date), NAME=VALUE and FIELD=Column are typed by people: keep them as is.
# $dry is "yes" for a dry run (nothing written), "no" for a real import.

## Options
# $flag is the option (--map, --stage-map), $text what was given.
cliimp-pair-expected = { $flag } '{ $text }': expected NAME=VALUE
cliimp-delimiter-expected = --delimiter '{ $given }': expected one character, or tab
# $fields: the field names --map knows, comma-separated.
cliimp-map-no-field = --map '{ $given }': no field '{ $field }' (fields: { $fields })
cliimp-default-created-expected = --default-created '{ $given }': expected close, import-date or a date
cliimp-currency-expected = --currency '{ $given }': expected a code like USD
cliimp-pipeline-not-single = --pipeline '{ $given }': no single pipeline of that name
cliimp-no-pipeline = the workspace has no pipeline

## Files
cliimp-cannot-read = cannot read { $file }
cliimp-cannot-write = cannot write { $file }
cliimp-scratch-folder = making a scratch folder for the dry run
cliimp-say-how-parties = say how to read { $file }: --from dealdeck|salesforce|hubspot, or --map FIELD=Column
cliimp-no-hubspot-activities = no HubSpot preset for activities: map the columns with --map
# $columns: the file's header, comma-separated.
cliimp-header-unknown = { $file }: its header matches no export dealdeck knows (columns: { $columns }); say how to read it: --from dealdeck|salesforce|hubspot|pipedrive, or --map FIELD=Column
# $presets: two or more preset names joined by cliimp-and.
cliimp-header-ambiguous = { $file }: its header fits { $presets } equally well; say which with --from
# Joins preset names: "salesforce and hubspot".
cliimp-and = {" and "}
# $preset: salesforce, hubspot, pipedrive or dealdeck.
cliimp-reading-as = reading { $file } as a { $preset } export (from its header)

## Progress on a terminal, for long imports
cliimp-progress-checking = checking rows { $done } / { $total }
cliimp-progress-writing = writing deals { $done } / { $total }

## Accounts, contacts, activities, owners
cliimp-accounts-summary = { $dry ->
    [yes] dry run, nothing written: would import
   *[other] imported
} { $created } accounts from { $file }; { $there } already there; { $accounts } new accounts, { $owners } new owners
cliimp-contacts-summary = { $dry ->
    [yes] dry run, nothing written: would import
   *[other] imported
} { $created } contacts from { $file }; { $there } already there; { $accounts } new accounts, { $owners } new owners
cliimp-activities-summary = { $dry ->
    [yes] dry run, nothing written: would import
   *[other] imported
} { $created } activities from { $file }; { $there } already there; { $accounts } new accounts, { $owners } new owners
cliimp-note-given-id = { $count ->
    [one] 1 account
   *[other] { $count } accounts
}: already there, took the file's CRM id (deals naming it by id join them)
cliimp-owners-summary = { $dry ->
    [yes] dry run, nothing written: would import
   *[other] imported
} the team from { $file }: { $created } new, { $updated } updated, { $unchanged } unchanged
cliimp-note-managers-set = { $count ->
    [one] 1 owner
   *[other] { $count } owners
}: reports to the manager the file names
cliimp-note-team-from-manager = { $count ->
    [one] 1 row
   *[other] { $count } rows
}: no team in the file, joined their manager's
# $names: comma-separated.
cliimp-unknown-managers = managers named but neither in the file nor in the workspace (their reports keep no manager): { $names }

## Deals
cliimp-deals-summary = { $dry ->
    [yes] dry run, nothing written: would import
   *[other] imported
} { $created ->
    [one] 1 deal
   *[other] { $created } deals
} ({ $won } won, { $lost } lost) from { $file }; { $there } already in the workspace; { $accounts } new accounts, { $owners } new owners
cliimp-deals-updated = { $updated ->
    [one] 1 deal
   *[other] { $updated } deals
} updated from the file ({ $changes ->
    [one] 1 stage change
   *[other] { $changes } stage changes
})
cliimp-note-repeated = { $count ->
    [one] 1 row
   *[other] { $count } rows
}: identical to an earlier row with the same id, skipped
cliimp-correction-default-account = { $count ->
    [one] 1 row
   *[other] { $count } rows
}: blank account set by --default-account
cliimp-correction-default-created = { $count ->
    [one] 1 row
   *[other] { $count } rows
}: blank created date set by --default-created
cliimp-correction-closed-on = { $count ->
    [one] 1 row
   *[other] { $count } rows
}: missing close date set by --closed-on
cliimp-correction-swapped-dates = { $count ->
    [one] 1 row
   *[other] { $count } rows
}: close before created: dates swapped (--fix-dates swap)
cliimp-correction-close-moved = { $count ->
    [one] 1 row
   *[other] { $count } rows
}: close before created: closed on the created date (--fix-dates created)
cliimp-note-owners-given-team = { $count ->
    [one] 1 owner
   *[other] { $count } owners
}: given the team the file names
cliimp-note-undated = { $count ->
    [one] 1 open deal
   *[other] { $count } open deals
}: no expected close date in the file, kept without one (flagged on the board, apart in the forecast)
cliimp-note-stage-unknown = { $count ->
    [one] 1 closed deal
   *[other] { $count } closed deals
}: no stage before the close in the file: history starts at the close, a loss's stage unknown
cliimp-note-with-product = { $count ->
    [one] 1 deal
   *[other] { $count } deals
}: main product from the file
cliimp-note-at-list-price = { $count ->
    [one] 1 open deal
   *[other] { $count } open deals
}: no amount in the file: its product's list price counts in the reports
cliimp-note-joined-by-id = { $count ->
    [one] 1 deal
   *[other] { $count } deals
}: account or owner joined by CRM id
cliimp-note-unclassified = { $count ->
    [one] 1 lost deal
   *[other] { $count } lost deals
}: no reason in the file, left unclassified for the loss review
# $path: the rejects file.
cliimp-rejected = { $rows ->
    [one] 1 row
   *[other] { $rows } rows
} rejected ({ $problems ->
    [one] 1 problem
   *[other] { $problems } problems
}), listed in { $path }
cliimp-nothing-imported = nothing imported: every row of { $file } was rejected or already there

## sample
cliimp-sample-exists = { $file } already exists; pass --force to replace it
# $seconds: one decimal; $today: a date.
cliimp-sample-written = sample workspace written to { $file } in { $seconds }s (seed { $seed }, today { $today })
# $rate: one decimal.
cliimp-sample-counts = { $deals } deals ({ $open } open, { $won } won, { $lost } lost; win rate { $rate } %), { $accounts } accounts, { $contacts } contacts, { $events } stage events, { $activities } activities, { $quotes } quotes, { $leads } leads
cliimp-sample-moving = moving the new workspace to { $file }
cliimp-sample-raced = { $file } was created by another process meanwhile; it was left as it is (pass --force to replace it)
cliimp-sample-placing = putting the new workspace at { $file }

## check, backup, export, undo
cliimp-check-served = (served workspace: the file's own integrity check runs when the server is stopped)
cliimp-check-healthy = { $file }: healthy
cliimp-check-problems = { $count } problem(s) found in { $file }
# $megabytes: one decimal.
cliimp-backed-up = backed up { $file } ({ $megabytes } MB) to { $to }
cliimp-export-csv-one-kind = CSV holds one kind of record: export deals, accounts, contacts, activities or events
cliimp-exported = exported to { $file }
# $what: what the undone change was.
cliimp-undone = undone: { $what }
cliimp-nothing-to-undo = nothing to undo
# $db: the workspace file; the commands in backticks are typed as they are.
cliimp-damage-advice = what to do: keep the damaged file aside, then restore the latest backup — stop every dealdeck using it (and `dealdeck serve`), `cp { $db } { $db }.damaged`, then `cp YOUR-BACKUP.redb { $db }`; `dealdeck backup --to FILE` makes backups (a cron line: `dealdeck backup --to ~/backups/dealdeck-$(date +%F).redb`)

## Plain `dealdeck`: the pipeline at a glance
cliimp-summary-title = dealdeck workspace { $file }
cliimp-summary-title-sample = dealdeck workspace { $file }  — SAMPLE DATA
cliimp-col-stage = STAGE
cliimp-col-deals = DEALS
cliimp-col-total = TOTAL
cliimp-col-weighted = WEIGHTED

## The reports' background worker (on screen)
cliimp-worker-stopped = the analytics worker stopped; reopen dealdeck
cliimp-worker-cannot-read = cannot read the workspace: { $error }
