# lists: Today, accounts, an account's page, the lead pool.

## Today (g t)

# Title; whose rows they are ("李伟", "team East China", "everyone").
list-today-title = Today · { $whose } · { $count ->
        [one] 1 thing
       *[other] { $count } things
    }
list-today-keys = enter open · x task done · a log activity · u undo · j/k move · q back · ? keys
list-today-clear = nothing due, stale or waiting: a clear day
# A task, next step or action and how late it is.
list-today-overdue = { $what } ({ $days } d overdue)
list-today-due-today = { $what } (due today)
list-today-due-on = { $what } (due { $day })
list-today-stale = { $days } d in its stage
list-today-dormant = untouched for { $days } d
list-today-gates = closes { $close }; { $missing } gate { $missing ->
        [one] criterion
       *[other] criteria
    } not met
list-today-lead = { $company }: assigned { $days } d ago, no follow-up yet
list-today-not-task = x marks a task done: this row is not a task
list-today-no-deal = this row is about no deal
# Whose rows: a user with no owner record, a director, a manager's team.
list-today-no-owner = { $name } (no owner)
list-today-everyone = everyone
list-today-team = team { $team }

## Accounts (g a)

list-accounts-title = Accounts · { $shown } of { $total } · by { $sort } (tab) · amounts in { $currency }
list-accounts-title-matching = Accounts · { $shown } of { $total } · best match first · amounts in { $currency }
# Column headers.
list-accounts-col-account = account
list-accounts-col-tier = tier
list-accounts-col-industry = industry
list-accounts-col-region = region
list-accounts-col-owner = owner
list-accounts-col-open = open
list-accounts-col-pipeline = pipeline
list-accounts-col-won = won
list-accounts-col-last-change = last change
list-accounts-keys = type to filter · ↑/↓ move · tab order · enter its page · esc back
# The orders tab cycles through.
list-accounts-sort-open-pipeline = open pipeline
list-accounts-sort-won-to-date = won to date
list-accounts-sort-last-change = last change
list-accounts-sort-name = name
list-accounts-sort-tier = tier
list-accounts-sort-industry = industry
list-accounts-sort-region = region
list-accounts-sort-owner = owner

## An account's page

list-account-section-deals = Deals
list-account-section-contacts = Contacts
list-account-section-activities = Latest activities
list-account-section-quotes = Quotes
# A folded section's last row.
list-account-more = … { $count } more (tab to { $section })
list-account-none = none
list-account-hint-section = section
list-account-hint-open = open/edit
list-account-hint-edit = edit account
list-account-hint-add-contact = add contact
list-account-hint-move-contact = move contact
list-account-pick-contact = pick a contact first (tab to Contacts)
# Form titles and field labels.
list-account-form-edit = Edit account
list-account-form-new-contact = New contact
list-account-form-contact = Contact
list-account-form-move-contact = Move contact
list-account-field-name = name
list-account-field-title = title
list-account-field-role = role
list-account-field-stance = stance
list-account-field-influence = influence (1–5)
list-account-field-email = email
list-account-field-phone = phone
list-account-field-industry = industry
list-account-field-region = region
list-account-field-tier = tier
list-account-field-size = employees
list-account-field-owner = owner
list-account-field-parent = part of (account name)
list-account-field-move-to = to account (its name)
# The owner choice meaning nobody.
list-account-owner-none = none
list-account-no-such = no account named '{ $name }'
list-account-saved = { $name } saved · u undoes
list-account-contact-added = { $name } added · u undoes
list-account-already-there = they are at this account already
list-account-contact-gone = the contact is gone
list-account-contact-moved = { $name } moved to { $to } · u undoes
list-account-not-found = no account with id { $id }
# The page's lines (also `account show`).
list-account-facts = tier { $tier } · { $industry } · { $region } · { $size } employees · owner { $owner }
list-account-part-of = part of { $name }
list-account-subsidiaries = subsidiaries: { $names }
# Between names in a list.
list-account-name-separator = {", "}
list-account-deal-open = open · { $stage } · close { $close }
list-account-deal-won = won { $day }
list-account-deal-won-why = won { $day } · { $reason }
list-account-deal-lost = lost { $day }
list-account-deal-lost-why = lost { $day } · { $reason }
list-account-loss-sub-reason = { $category }: { $sub }
list-account-influence = influence { $influence }
list-account-last-contacted = last contacted { $day }
list-account-never-contacted = never contacted
list-account-quote-draft = draft
list-account-heading = { $name } (account { $id })
list-account-deals-summary = Deals: { $open } open, { $won } won, { $lost } lost
list-account-contacts-count = Contacts ({ $count })
list-account-activities = Latest activities
list-account-quotes-count = Quotes ({ $count })

## The lead pool (g l)

list-leads-title = Lead pool (公海) · { $which } · { $shown } of { $total }
list-leads-title-checking = Lead pool (公海) · { $which } · { $shown } of { $total } · looking for duplicates…
# Which leads tab shows.
list-leads-which-pool = in the pool
list-leads-which-mine = mine
list-leads-which-open = open
list-leads-which-all = all
# The filter line: while typing, after enter, and with no filter.
list-leads-filter-typing = / { $text }▏   best match first · enter keeps it · esc clears it
list-leads-filter-kept = / { $text }   best match first · f then esc clears it
list-leads-filter-none = best score first · f filters · tab: in the pool, mine, open, all · ⚑ not followed up · ≈ duplicates
# Column headers.
list-leads-col-id = id
list-leads-col-company = company
list-leads-col-contact = contact
list-leads-col-channel = channel
list-leads-col-score = score
list-leads-col-parts = fit+beh
list-leads-col-age = age
list-leads-col-owner = owner
list-leads-col-status = status
list-leads-col-warnings = warnings
list-leads-col-warn = warn
# Days since the lead came in.
list-leads-age = { $days }d
list-leads-warn-no-follow-up = ⚑ no follow-up { $hours } h
# Owner column of a lead nobody has.
list-leads-owner-pool = (pool)
list-leads-empty = No leads { $which } · tab shows the others
list-leads-no-match = No lead matches “{ $filter }”
list-leads-qualified-no-deal = qualified, no deal yet
list-leads-score = score { $score } = fit { $fit } ({ $industry }, { $size } employees) + behaviour { $behaviour }
list-leads-no-industry = no industry
list-leads-no-history = no history yet
# Key hints.
list-leads-hint-claim = claim
list-leads-hint-assign = assign
list-leads-hint-follow-up = follow-up
list-leads-hint-qualify = qualify
list-leads-hint-disqualify = disqualify
list-leads-hint-return = to pool
list-leads-hint-which = which
list-leads-hint-filter = filter
list-leads-hint-all-keys = all keys
# Forms.
list-leads-no-lead = no lead here
list-leads-no-lead-tab = no lead here · tab shows other leads ({ $which })
list-leads-no-reps = nobody to assign to: the workspace has no reps
list-leads-no-deal-yet = no deal yet: Q qualifies it (its account, contact and deal)
list-leads-field-outcome = what came of it
list-leads-field-why = why
list-leads-field-to = to
list-leads-field-title = deal title
list-leads-field-amount = amount
list-leads-form-follow-up = Follow-up
list-leads-form-assign = Assign lead
list-leads-form-qualify = Qualify lead
list-leads-form-disqualify = Disqualify lead
list-leads-form-return = Back to the pool
# What a change did.
list-leads-claimed = { $company } claimed: yours now · u undoes
list-leads-assigned = { $company } assigned · u undoes
list-leads-followed-up = { $company } follow-up logged · u undoes
list-leads-disqualified = { $company } disqualified · u undoes
list-leads-returned = { $company } back in the pool · u undoes
list-leads-bad-amount = amount: { $error }
list-leads-no-pipeline = the workspace has no pipeline
# `contact` says what became of the lead's contact.
list-leads-converted-reused = qualified: deal { $title } on { $account } (account already there) · { $contact } · on the board now (g b) · u undoes
list-leads-converted-new = qualified: deal { $title } on { $account } (new account) · { $contact } · on the board now (g b) · u undoes
list-leads-rules-done = pool rules: { $returned ->
        [one] 1 lead
       *[other] { $returned } leads
    } back (no follow-up in { $days } days), { $assigned } assigned by score · u undoes
list-leads-rules-failed = lead pool rules: { $error }
list-leads-duplicates-failed = cannot look for duplicate leads: { $error }
