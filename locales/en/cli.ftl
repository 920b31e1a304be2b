# The command line: `--help` of dealdeck and its commands, and how errors begin.

cli-about = A keyboard-driven terminal workbench for B2B sales pipelines
cli-arg-db = Workspace database file (default: dealdeck.redb in the user data dir)
cli-arg-theme = Colour theme: dark, light, high-contrast, ansi16, or one in the config dir's themes/
cli-arg-lang = Language of the app and the command line: en or zh-CN (default: settings, then the locale)
cli-sample = Generate a sample workspace (deterministic: same seed and today, same data)
cli-check = Check file integrity, indexes and domain invariants (exit 1 when problems are found)
cli-backup = Copy the database to a new file (owner-only permissions)
cli-import = Import deals from a CRM's CSV export (all rows or none)
cli-export = Export the whole workspace
cli-deal = List, show, create, move, win and lose deals
cli-task = Tasks on deals: list (yours, overdue), add, done, move, assign
cli-account = Accounts: list with their figures, show one whole, edit
cli-contact = Contacts at accounts: list, add, edit (or move to another account)
cli-lead = The lead pool: list, show, add, import, claim, assign, follow-up, convert, disqualify, return, recycle
cli-pipeline = Pipelines and their stages: list; rename, add, edit, move or remove stages (admins)
cli-undo = Undo the most recent change (a new change that reverts it)
cli-audit = Admin changes (deal deletions, repairs), oldest first
cli-taxonomy = List and edit the loss-reason taxonomy
cli-report = Funnel analytics of a period: funnel, winloss, forecast, velocity, health, trends
cli-product = The product catalogue with its tier prices
cli-quote = Quotes: list them, show one as Markdown, text or JSON
cli-review = Monthly loss reviews (run in the app with `g v`): list, show, open actions
cli-search = Fuzzy-search deals, accounts and contacts (the same matcher as `/` in the app)
cli-serve = Serve the workspace to the team over SSH (the app, and commands by exec)
cli-user = Who may sign in to `dealdeck serve`: add, list, keys, remove
cli-completions = Print shell completions
cli-arg-help = Print help
cli-help-command = Print this message or the help of the given subcommand(s)
cli-arg-version = Print version

# Before every error the command line prints.
error-prefix = dealdeck
error-unknown-lang = { $tag } is not a language dealdeck speaks (en, zh-CN); using { $name }

# Headings of `--help`.
cli-heading-usage = Usage:
cli-heading-commands = Commands
cli-heading-options = Options
cli-heading-arguments = Arguments

# Errors of the workspace, said by the app and the command line alike.
error-in-use = { $path } is in use by another dealdeck process
error-not-found = no { $kind } with id { $id }
error-unknown-owner = no owner named '{ $name }' (known: { $known })

# Kinds of record, as errors name them.
kind-deal = deal
kind-account = account
kind-contact = contact
kind-quote = quote
kind-review = review
kind-activity = activity
kind-lead = lead
kind-task = task
kind-product = product
kind-user = user
kind-stage-event = stage event
kind-audit-entry = audit entry
kind-undo = undo entry

# Mistakes on the command line (clap says these itself in English; these are
# used only in other languages, the same keys kept for the catalogue's parity).
cli-error-label = error: { "" }
cli-error-invalid-value = invalid value '{ $value }' for '{ $arg }' (possible values: { $valid })
cli-error-bad-value = invalid value '{ $value }' for '{ $arg }': { $why }
cli-error-unknown-argument = unexpected argument '{ $arg }' found
cli-error-unknown-command = unrecognized subcommand '{ $command }'
cli-error-missing-argument = the following required arguments were not provided: { $args }
cli-error-missing-command = a command is required
cli-error-conflict = the argument '{ $arg }' cannot be used with '{ $other }'
cli-error-values = wrong number of values for '{ $arg }'
cli-error-more = For more information, try '--help'.
cli-error-not-a-number = a whole number was expected
