# `--help` of the commands below the top level and of every option:
# `cli-<command path>` is a command's about, `cli-<command path>--<arg id>`
# an option's help (the ids are clap's, hence the underscores). The
# top-level commands and the global options are in cli.ftl. The English is
# the derive's doc comments, word for word (tests/i18n_cli_help.rs checks).

# sample
cli-sample--deals = Number of deals to generate
cli-sample--seed = Random seed (same seed + same --today ⇒ identical data)
cli-sample--today = The day the generated history ends (default: today)
cli-sample--force = Replace an existing database at the path

# backup
cli-backup--to = Where to write the copy; never overwrites

# import
cli-import-deals = Deals from a CSV file (Salesforce, HubSpot, Pipedrive presets, or --map)
cli-import-deals--from = The CRM the file was exported from (its column names are known); without it (and without --map) the header says which
cli-import-deals--map = FIELD=Column, repeatable; wins over the preset. Fields: title, account, stage, amount, currency, close_date, created_date, owner, probability, source, is_closed, is_won, status, loss_reason, next_step, external_id, pipeline, won_time, lost_time, forecast, team, account_id, owner_id, stage_before_close, product
cli-import-deals--stage_map = "Name in the file=stage", repeatable; the stage is one of the pipeline's, or won / lost
cli-import-deals--delimiter = Cell separator: , ; or tab (default: sniffed from the header line)
cli-import-deals--date_format = Date format of the file, in chrono's notation (e.g. %d/%m/%Y); default: guessed
cli-import-deals--currency = Currency of amounts when the file has no currency column
cli-import-deals--pipeline = Pipeline for rows that name none we know (name or prefix)
cli-import-deals--encoding = Text encoding of the file (default: UTF-8, or GBK when the bytes say so)
cli-import-deals--skip_bad_rows = Import the good rows and write the bad ones, with what is wrong, to --rejects
cli-import-deals--rejects = Where --skip-bad-rows writes rejected rows (default: FILE.rejected.csv)
cli-import-deals--dry_run = Check everything and say what would happen; no file is created or changed (but the rejects file, when rows are rejected)
cli-import-deals--default_account = Account for rows whose account is blank (else such rows are problems)
cli-import-deals--default_created = Created date for rows without one: close (the row's close date), import-date, or a date
cli-import-deals--closed_on = Close date for won or lost rows without one
cli-import-deals--fix_dates = Rows that close before they were created: swap the two dates, or close on the created date (else such rows are problems)
cli-import-deals--summary_json = Print the summary as JSON (counts of rows, corrections, rejects)
cli-import-deals--update = Deals already imported take the file's values (the CRM wins); a stage change becomes a stage event marked imported
cli-import-accounts = Accounts from a CSV file (dealdeck, Salesforce, HubSpot presets, or --map); names already in the workspace are left alone
cli-import-accounts--map = FIELD=Column, repeatable. Accounts: name, industry, region, size, tier, lifecycle, owner, parent. Contacts: name (or first_name + last_name), account, title, role, stance, influence, email, phone. Activities: kind, at, deal, account, contacts, owner, summary, due, done
cli-import-accounts--date_format = Date format of the file (activities), in chrono's notation; default: guessed
cli-import-accounts--delimiter = Cell separator: , ; or tab (default: sniffed from the header line)
cli-import-accounts--dry_run = Check everything and say what would happen; write nothing
cli-import-contacts = Contacts from a CSV file (dealdeck, Salesforce, HubSpot presets, or --map), joined to accounts by name; a contact already on its account is left alone
cli-import-contacts--map = FIELD=Column, repeatable. Accounts: name, industry, region, size, tier, lifecycle, owner, parent. Contacts: name (or first_name + last_name), account, title, role, stance, influence, email, phone. Activities: kind, at, deal, account, contacts, owner, summary, due, done
cli-import-contacts--date_format = Date format of the file (activities), in chrono's notation; default: guessed
cli-import-contacts--delimiter = Cell separator: , ; or tab (default: sniffed from the header line)
cli-import-contacts--dry_run = Check everything and say what would happen; write nothing
cli-import-activities = Activities from a CSV file (dealdeck or Salesforce columns, or --map), joined to deals by external id or name and to contacts by name
cli-import-activities--map = FIELD=Column, repeatable. Accounts: name, industry, region, size, tier, lifecycle, owner, parent. Contacts: name (or first_name + last_name), account, title, role, stance, influence, email, phone. Activities: kind, at, deal, account, contacts, owner, summary, due, done
cli-import-activities--date_format = Date format of the file (activities), in chrono's notation; default: guessed
cli-import-activities--delimiter = Cell separator: , ; or tab (default: sniffed from the header line)
cli-import-activities--dry_run = Check everything and say what would happen; write nothing
cli-import-owners = The sales team from a CSV file (Salesforce User or HubSpot users export, or --map): names, emails, teams, roles; owners already there are brought up to date
cli-import-owners--map = FIELD=Column, repeatable. Accounts: name, industry, region, size, tier, lifecycle, owner, parent. Contacts: name (or first_name + last_name), account, title, role, stance, influence, email, phone. Activities: kind, at, deal, account, contacts, owner, summary, due, done
cli-import-owners--date_format = Date format of the file (activities), in chrono's notation; default: guessed
cli-import-owners--delimiter = Cell separator: , ; or tab (default: sniffed from the header line)
cli-import-owners--dry_run = Check everything and say what would happen; write nothing
cli-import-products = The product catalogue from a CSV file: a row per product (sku, name, unit, currency, list_price, unit_cost, active), optionally with one price-list entry (price_list, tier, min_qty, unit_price); products matched by SKU
cli-import-products--map = FIELD=Column, repeatable: sku, name, unit, currency, list_price, unit_cost, active, price_list, tier, min_qty, unit_price
cli-import-products--currency = Currency of rows without a currency column
cli-import-products--dry_run = Check everything and say what would happen; write nothing

# export
cli-export--kind = One kind of record (default: the whole workspace, JSON only)
cli-export--out = Write to this file (owner-only, replaced atomically) instead of stdout

# deal
cli-deal-list = List deals
cli-deal-list--stage = Only deals in this stage (name or prefix)
cli-deal-list--owner = Only deals of this owner
cli-deal-list--json = Print JSON (one array) instead of a table
cli-deal-show = Show one deal with its stage history, activities and quotes
cli-deal-new = Create a deal (in the pipeline's first stage unless --stage is given)
cli-deal-new--account = Account name (created as a prospect if new) or id
cli-deal-new--amount = Amount: 12500, 12,500.00, 12.5k, 1.2m
cli-deal-new--owner = Owner name (default: you)
cli-deal-new--close_date = Expected close: 2026-12-31, +30d, eom, eoq (default: +90d)
cli-deal-new--pipeline = Pipeline name (default: the first)
cli-deal-new--stage = Starting stage (default: the pipeline's first)
cli-deal-move = Move a deal to another stage (gates apply when moving forward)
cli-deal-move--stage = Target stage name (prefixes work: `negot`)
cli-deal-move--ticked = Tick a gate criterion of the stages entered (repeatable)
cli-deal-move--override_reason = Pass unmet gate criteria anyway, recording this reason on the stage event
cli-deal-won = Mark a deal won: why, when and for how much (defaults: no reason, now, its amount)
cli-deal-won--ticked = Tick a gate criterion of the stages entered (repeatable)
cli-deal-won--override_reason = Pass unmet gate criteria anyway, recording this reason on the stage event
cli-deal-won--reason = Why it was won (e.g. one of the settings' win_reasons)
cli-deal-won--closed_on = The day it was won, if not today (not before it entered its stage)
cli-deal-won--amount = The amount signed, if not the deal's (in the deal's currency)
cli-deal-lost = Mark a deal lost, with the reason
cli-deal-lost--reason = Loss reason category (key or name, e.g. pricing, competition)
cli-deal-lost--sub_reason = Sub-reason within the category (default: its first)
cli-deal-lost--competitor = Competitor the deal was lost to
cli-deal-lost--lesson = One-line lesson
cli-deal-lost--lost_on = The day it was lost, if not today (not before it entered its stage)
cli-deal-lost--uncontrollable = Mark the loss as outside the team's control (default: by category)
cli-deal-lost--controllable = Mark the loss as within the team's control (default: by category)
cli-deal-edit = Change a deal's fields (stage and status change only through moves)
cli-deal-edit--amount = Amount: 12500, 12,500.00, 12.5k, 1.2m (in the deal's currency unless --currency)
cli-deal-edit--close_date = Expected close: 2026-12-31, +30d, eom, eoq
cli-deal-edit--owner = Owner name
cli-deal-edit--next_step = Next step (an empty text clears it)
cli-deal-delete = Delete a deal with its history, activities and quotes (admin; undoable)
cli-deal-delete--repair = The deal's record is damaged (`dealdeck check` named it): remove it and what refers to it even so, and even after a failed check

# task
cli-task-list = Open tasks, the earliest due first
cli-task-list--mine = Only yours
cli-task-list--overdue = Only those past their due date
cli-task-list--all = Done ones too
cli-task-add = Add a task on a deal
cli-task-add--due = Due: 2026-12-31, +3d, eom
cli-task-add--owner = Who does it (default: you, or the deal's owner)
cli-task-done = Mark a task done
cli-task-move = Move a task to another day (the deal's next step moves along when it was that day)
cli-task-assign = Hand a task to someone else

# account
cli-account-list = Accounts with tier, industry, region, owner, open deals and pipeline, won to date
cli-account-show = One account: deals (open, won, lost with reasons), contacts, activities, quotes
cli-account-edit = Change an account's name, industry, region, size, tier, owner or parent
cli-account-edit--size = small, medium, large, enterprise
cli-account-edit--tier = A, B or C
cli-account-edit--owner = An owner's name, or "none"
cli-account-edit--parent = The parent account (name or id), or "none"

# contact
cli-contact-list = Contacts, by account then role
cli-contact-list--account = Only this account's (its name)
cli-contact-add = Add a contact to an account
cli-contact-add--account = The account (name or id)
cli-contact-add--role = economic-buyer, decision-maker, technical-evaluator, influencer, user, champion, blocker
cli-contact-add--stance = supporter, neutral or opponent
cli-contact-add--influence = 1 (little) to 5 (decisive)
cli-contact-edit = Change a contact's details or place in the power map, or move them to another account
cli-contact-edit--account = Move to this account (name or id)
cli-contact-edit--role = economic-buyer, decision-maker, technical-evaluator, influencer, user, champion, blocker
cli-contact-edit--stance = supporter, neutral or opponent
cli-contact-edit--influence = 1 (little) to 5 (decisive)

# lead
cli-lead-list = Leads with score (fit + behaviour), channel, age, owner and duplicate warnings
cli-lead-list--owner = Only this owner's (name)
cli-lead-show = One lead: its score's parts, duplicates and history
cli-lead-add = Add a lead to the pool (duplicates are named, not refused)
cli-lead-add--channel = web, event, referral, partner, import
cli-lead-add--size = small, medium, large, enterprise (or 1-49, 50-499, 500-4999, 5000+)
cli-lead-add--behaviour = What the lead did, 0–50 (added to the profile fit)
cli-lead-import = Add leads from a CSV file (all rows or none)
cli-lead-import--map = FIELD=Column, repeatable: company, contact, phone, email, channel, industry, region, size, behaviour
cli-lead-claim = Take a lead from the pool for yourself
cli-lead-assign = Give a lead to a rep (managers and directors)
cli-lead-follow-up = Log a follow-up (a call, a mail, a visit)
cli-lead-convert = Qualify: make its account (or reuse the one already there), contact and deal
cli-lead-convert--title = The deal's title (default: "<company> — first deal")
cli-lead-convert--amount = Amount: 12500, 12.5k (default: 0, to be set)
cli-lead-convert--pipeline = Pipeline name (default: the first)
cli-lead-disqualify = Disqualify with a reason
cli-lead-return = Put a lead back in the pool
cli-lead-recycle = Apply the pool's rules now: leads without a follow-up go back, hot leads are assigned
cli-lead-recycle--dry_run = Say what would happen; write nothing

# pipeline
cli-pipeline-list = Every pipeline with its stages in order
cli-pipeline-rename = Rename a pipeline
cli-pipeline-add-stage = Add an open stage (after --after, else first)
cli-pipeline-add-stage--probability = Default win probability, 0–100
cli-pipeline-add-stage--rotting_days = Days in the stage before a deal is stale (default: the stage before's)
cli-pipeline-add-stage--gate = A criterion to enter the stage (repeatable)
cli-pipeline-edit-stage = Change a stage's name, probability, rotting days or gate criteria
cli-pipeline-edit-stage--gate = Replaces the gate: every criterion to enter the stage (repeatable)
cli-pipeline-edit-stage--no_gate = Enter the stage without criteria
cli-pipeline-move-stage = Move an open stage after another (or first, without --after)
cli-pipeline-remove-stage = Remove an open stage no deal and no deal's history names

# taxonomy
cli-taxonomy-list = Every category with its key, controllable default and sub-reasons
cli-taxonomy-add = A new category
cli-taxonomy-add--controllable = Whether losses of this kind are usually in the team's hands
cli-taxonomy-rename = Rename a category (loss records keep its key)
cli-taxonomy-controllable = Change whether a category's losses are controllable by default
cli-taxonomy-add-sub = Add a sub-reason to a category
cli-taxonomy-remove-sub = Remove a sub-reason (loss records that name it keep the text)

# report
cli-report--period = 2026-10, 2026-Q3, 2026, 2026-01-01..2026-03-31, this-month, last-month, this-quarter, last-quarter, this-year, last-year
cli-report--by = winloss: owner, team, industry, region, source, competitor, size, discount, decision-maker, product (default: every one)
cli-report--owner = Only deals of this owner (name)
cli-report--team = Only deals of this team's owners
cli-report--pipeline = Only this pipeline (name or prefix)

# product
cli-product-list = Every product: SKU, unit, list price, unit cost, margin at list, tier prices
cli-product-add = Add a product (admin): --name, --list-price and --unit-cost needed
cli-product-add--sku = Product code
cli-product-add--unit = Unit of sale (licence, unit, day…)
cli-product-add--active = false retires the product (kept on old quotes, not offered on new lines)
cli-product-edit = Change a product's name, unit, currency, prices or whether it is offered (admin)
cli-product-edit--sku = Product code
cli-product-edit--unit = Unit of sale (licence, unit, day…)
cli-product-edit--active = false retires the product (kept on old quotes, not offered on new lines)

# quote
cli-quote-list = Quotes, newest first: number, deal, version, status, total, margin
cli-quote-list--deal = Only this deal's quotes
cli-quote-show = One quote: Markdown or plain text to paste into an email, or JSON
cli-quote-show--id = The quote: its number as the app shows it (`Q-2026-00307`), or its id (`307`)
cli-quote-show--version = A version other than the latest

# review
cli-review-list = Every review: period, status, lost deals triaged, actions chosen
cli-review-show = One review as its Markdown report (figures as of now), or as JSON
cli-review-show--id = Review id (`3` or `R-3`)
cli-review-actions = Open and in-progress improvement actions, the earliest due first
cli-review-abandon = Give up the review in progress: it and the actions it chose are removed (losses confirmed in its triage stay on the deals)
cli-review-abandon--id = Review id (`3` or `R-3`)

# search
cli-search--query = What to look for (fuzzy: `nwms` finds "Northwind WMS rollout")
cli-search--limit = Most results to show

# serve
cli-serve--listen = Address to listen on (port 0: any free port)

# user
cli-user-add = Let an owner sign in with an SSH public key (a new owner is made if none has the name)
cli-user-add--key = Their public key file (`~/.ssh/id_ed25519.pub`)
cli-user-add--role = rep: own deals; manager: the team's, approves to manager level; director: all deals, any approval; admin: also users and taxonomy
cli-user-add--team = The team of a new owner
cli-user-list = Every user: name, team, role, keys (by fingerprint)
cli-user-key = Add or remove one of a user's keys
cli-user-key-add = Another key the user signs in with
cli-user-key-remove = Stop a key from signing in
cli-user-remove = Take away a user's sign-in (their deals and history stay)
