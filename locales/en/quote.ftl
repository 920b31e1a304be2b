# quote
# The quote editor, the quote document, the product catalogue (g p).

## The editor's frame and head line.
quote-title = Quote { $number } · v{ $version } { $status }
quote-title-revised = Quote { $number } · v{ $version } { $status } · { $revisions ->
    [one] 1 revision
   *[other] { $revisions } revisions
}
# A quote with no number yet (not stored until its first line).
quote-title-new = Quote { $number }
quote-number-unsaved = new quote
quote-list-none = none in { $currency } (products' own prices)
quote-head = { $title } — { $account } · price list { $list } · owner { $owner }


## The lines table's column headers.
quote-col-product = product
quote-col-qty = qty
quote-col-price = unit price
quote-col-disc = disc
quote-col-amount = amount
quote-col-margin = margin
# Prices this product was won at before (narrow column).
quote-col-history = won min/med/max
quote-col-guards = guards
quote-no-lines = no lines yet — a adds one (the product is picked by fuzzy search)
# In the margin column: the line sells below its cost.
quote-margin-below-cost = < cost

## A guard's short tag in the table.
quote-tag-empty = empty
quote-tag-off-list = off list
quote-tag-below-cost = below cost
quote-tag-margin = margin
quote-tag-approval = approval

## Under the table: the selected line, totals, approval, whether it can be sent.
quote-not-on-list = not on the list
quote-never-won = never won before
quote-won-at = won at { $min } / { $median } / { $max } (min / median / max, { $deals } deals)
quote-line-detail = line { $line }: { $product } · list { $list } for { $qty } · cost { $cost } · net unit { $net }
quote-totals = subtotal { $subtotal } · discount { $discount } · total { $total } { $currency } · cost { $cost } · margin { $margin }
quote-approval-recorded = { $level } by { $approver } on { $date }
quote-approval-recorded-comment = { $level } by { $approver } on { $date } — { $comment }
quote-approval-none-recorded = none recorded
quote-approval-line = approval: largest discount { $discount } needs { $needed } · { $recorded }
quote-guards-more = … { $count } more
quote-state-sent = sent versions stay as sent: an edit starts the next version
quote-state-can-send = ✓ can be sent (S)
quote-state-blocked = ✗ cannot be sent until the ✗ above are fixed or approved

## Approval levels.
quote-level-none = none
quote-level-manager = manager
quote-level-director = director

## Key hints.
quote-hint-next = next
quote-hint-level = level
quote-hint-record = record
quote-hint-cancel = cancel
quote-key-save-cell = save the cell
quote-key-save-next = save & next cell
quote-key-change-product = change product
quote-key-edit-qty = edit qty
quote-key-edit-price = edit price
quote-key-edit-discount = edit discount
quote-key-add-line = add line
quote-key-delete = delete
quote-key-send = send
quote-key-approval = approval
quote-key-export = export
quote-key-new = new quote
quote-key-other = next quote
quote-key-line-up = line up
quote-key-line-down = down
quote-key-accepted = accepted
quote-key-rejected = rejected
quote-key-close = close
quote-key-help = help

## The product pick.
quote-pick-change = Change the product
quote-pick-add = Add a line
quote-pick-query = product: { $query }
quote-pick-none = no product matches
quote-pick-pick = pick
quote-pick-next = next

## The editor's cells, and what is wrong with a typed one.
quote-cell-product = product
quote-cell-qty = quantity
quote-cell-price = unit price
quote-cell-discount = discount %
quote-version-started = v{ $before } was { $status }: your edit started version { $version }
quote-ask-qty = how many? type the quantity and enter (enter alone keeps 1, esc too)
quote-no-undo = u does not undo quote edits: every version is kept as it was (an edit to a sent one starts the next); change the cell again, or d deletes a line
quote-no-line-here = no line here
# What: quantity, unit price or discount.
quote-not-a-number = { $what }: '{ $text }' is not a number
quote-what-qty = quantity
quote-what-price = unit price
quote-what-discount = discount
quote-qty-positive = quantity: must be more than 0
quote-price-negative = unit price: cannot be negative
quote-discount-range = discount: 0 to 100 (percent)
quote-pick-with-enter = pick the product with enter

## Recording an approval.
quote-may-not-approve = { $user } may not approve discounts: a manager or director approves
quote-field-approver = approved by
quote-field-level = level
quote-field-comment = comment
quote-approval-title = Record an approval
quote-approval-needs = largest discount needs: { $level } approval
quote-approval-as-me = approved as { $user }, now, on the version being edited
quote-approval-by-typed = recorded now by { $user }, on the version being edited

## What the editor's requests did.
quote-open-deal-first = open a deal first
# An account the workspace no longer has, by id.
quote-account-fallback = account { $id }
quote-cannot-open = cannot open the quote: { $error }
quote-editor-closed = the quote editor is closed
quote-add-line-first = add a line first: a quote is kept once it has one
quote-started = started { $number }
quote-approval-noted = { $level } approval by { $approver } recorded
quote-marked-sent = { $number } v{ $version } marked sent
quote-accepted = { $number } accepted
quote-rejected = { $number } rejected
quote-new = a new quote: kept once it has a line (the earlier one stays as it is)
quote-no-other = this deal has no other quote
quote-other = { $number } ({ $at } of { $count } on this deal)
quote-no-version = the quote has no version
quote-exported = exported: { $markdown } and { $text }
quote-cannot-read-prices = cannot read earlier prices: { $error }

## The quote document the customer reads (Markdown and text).
quote-doc-not-approved = DRAFT — NOT APPROVED — not an offer
quote-doc-title = Quote { $number } — version { $version }
quote-doc-col-product = product
quote-doc-col-qty = qty
quote-doc-col-price = unit price
quote-doc-col-discount = discount
quote-doc-col-amount = amount
quote-doc-for = For:
quote-doc-date = Date:
quote-doc-valid = Valid until:
quote-doc-status = Status:
quote-doc-prepared = Prepared by:
quote-doc-subtotal = Subtotal
quote-doc-discount = Discount
quote-doc-total = Total
quote-doc-prices-in = Prices in { $currency }, excluding tax.

## The product catalogue (g p).
prod-title = Products and price lists
prod-col-sku = sku
prod-col-product = product
prod-col-unit = unit
prod-col-list = list
prod-col-cost = cost
prod-col-margin = margin
prod-on-each-list = { $product } on each list (volume breaks):
# A volume break: the unit price from this quantity up.
prod-price-from = from { $qty }: { $price }
prod-hint-add = add
prod-hint-edit = edit
prod-hint-price = price on a list
prod-hint-close = close
prod-keys = j/k move · { $keys } · { $close }

## Its forms.
prod-field-sku = SKU
prod-field-name = name
prod-field-unit = unit of sale
# The unit of sale a new product starts with (the user may change it).
prod-default-unit = unit
prod-field-currency = currency
prod-field-list-price = list price
prod-field-cost = unit cost
prod-field-offered = offered
prod-offered-yes = yes
prod-offered-retired = no (retired)
prod-field-price-list = price list
prod-field-new-list = new list's name
prod-field-tier = new list's tier
prod-tier-general = general
prod-field-min-qty = from quantity
prod-field-unit-price = unit price
prod-new-list = (a new list)
prod-none-yet = no product yet: n adds one
prod-form-new = New product
prod-form-edit = Edit product
prod-form-price = Price on a list
prod-sku-taken = { $sku } exists ({ $name }): esc, then e on it edits it
prod-name-new-list = name the new list (or pick one above)

## What a save in the catalogue did.
prod-saved-price = { $sku } on { $list }: { $price } from { $qty }
prod-added = { $sku } added: quotable now · u undoes
prod-saved = { $sku } saved · its price lists keep their own prices (p sets them) · u undoes
prod-below-cost = { $what } · its list price is below its cost: every sale loses money
