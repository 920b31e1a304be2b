# io: what reading a CSV file says about it: the file, the line, the column
# and what was expected. Option names (--map, --from, --default-created …),
# their values (close, import-date, swap, created, gbk), field names (title,
# first_name …) and the values a cell may hold (open, won, lost, true, false,
# web, event …) are typed by people or read from files: keep them as they are.

## The file as a whole
# $encoding: UTF-8, GBK, or io-utf8-or-gbk.
io-not-text = { $file }: line { $line }: not { $encoding } text (save it as UTF-8 CSV, or pass --encoding gbk)
# Names of encodings: keep them as they are.
io-utf8 = UTF-8
io-gbk = GBK
io-utf8-or-gbk = UTF-8 (or GBK)
# $detail: what is wrong with the line (io-columns-unequal, or the CSV reader's own words).
io-malformed = { $file }: line { $line }: { $detail }
io-columns-unequal = { $found } columns where the header has { $header }
io-row-too-long = a row of more than 4 GiB
io-no-header = { $file }: no header row
# $problem: one of the messages below (io-map-no-column …).
io-file-problem = { $file }: { $problem }
# Followed by one line per problem (io-cell-problem).
io-refused = { $file }: { $total } problem(s), nothing imported:
io-more-problems = … and { $more } more ({ $total } in all; --skip-bad-rows writes every one to the rejects file)
# One cell: $column is the file's header (or io-column-missing), $value what
# the cell holds, $expected one of the io-expected-… messages.
io-cell-problem = line { $line }, column '{ $column }': '{ $value }' — expected { $expected }
io-no-pipeline = the workspace has no pipeline

## Which column holds which field
# $field: a field name (title, amount …); $header: the column named; $columns: the file's header, comma-separated.
io-map-no-column = --map { $field }={ $header }: no column '{ $header }' (columns: { $columns })
# $missing: the fields without a column; $fields: every field --map knows.
io-preset-found-none = the preset found none for: { $missing } (columns: { $columns }; map one with --map FIELD=Column, fields: { $fields })
io-no-map-gives = no --map (or --from preset) gives: { $missing } (columns: { $columns }; map one with --map FIELD=Column, fields: { $fields })
io-group-stage-or-status = stage (or status)
io-group-name-or-first-last = name (or first_name and last_name)
io-column-missing = { $field } (no such column in the file)
# Rows named in a problem: "line 3, line 5".
io-line-item = line { $line }
io-line-sep = {", "}

## What a cell should hold (after "expected")
# $format: a date format in chrono's notation (%d/%m/%Y).
io-expected-date-as = a date as { $format }
io-expected-date = a date (2026-10-31, 10/31/2026 or 31.10.2026)
io-expected-date-time = a date or date and time (2026-10-31, 2026-10-31T14:05:00Z)
# $choices: the values the cell may hold, comma-separated.
io-expected-one-of = one of { $choices }
io-expected-true-false = true or false
# $lines: the other rows (io-line-item joined by io-line-sep).
io-expected-one-row-per-deal = one row per deal: { $lines } has the same id with other values
io-expected-deal-name = a deal name of 1 to { $max } characters
io-expected-account-or-default = an account (company) name; rows without one need --default-account NAME
io-expected-account-name-length = an account (company) name of 1 to { $max } characters
io-expected-amount = an amount like 12500, 12,500.00 or 12.5k
io-expected-currency = a three-letter currency code (USD, EUR, CNY)
# $stages: the pipeline's open stages, then won and lost; $given: the cell.
io-expected-stage-of = a stage of { $pipeline } ({ $stages }); map others with --stage-map "{ $given }=STAGE"
io-expected-status = open, won or lost
io-expected-stage = a stage
io-expected-forecast = a forecast category: Omitted, Pipeline, Best Case (BestCase), Commit (Forecast) or Closed
io-expected-product = a product SKU or name of the catalogue (add it with `dealdeck product add` or `import products`)
io-expected-percent = a percentage from 0 to 100
io-expected-open-stage = an open stage for an open deal
io-expected-open-stage-of = an open stage of { $pipeline }
io-expected-close-date = the date the deal closed; for a file without close dates pass --closed-on DATE
io-expected-created-for-close = a created date: --default-created close needs a close date
io-expected-created-date = the date the deal was created; for rows without one pass --default-created close|import-date|DATE
# $created: the row's created date.
io-expected-close-after-created = a close date on or after the created date { $created }; pass --fix-dates swap|created to correct such rows
io-expected-account-name = an account name of 1 to { $max } characters
io-expected-contact-name = a contact name of 1 to { $max } characters
io-expected-company-name = a company name of 1 to { $max } characters
io-expected-name = a name of 1 to { $max } characters
io-expected-person-name = a person's name of 1 to { $max } characters
io-expected-influence = 1 to 5
io-expected-summary = a summary of 1 to { $max } characters
io-expected-channel = web, event, referral, partner or import
io-expected-behaviour = a behaviour score from 0 to { $max }
io-expected-sku = a product code (SKU)
io-expected-product-name = a product name
io-expected-unit-cost-needed = the unit cost (margins and the pricing guards need it)
io-expected-list-price = a list price, like 1200 or 1,200.00
io-expected-unit-cost = a unit cost, like 1200 or 1,200.00
io-expected-min-qty = the quantity the price starts at, like 1200 or 1,200.00
io-expected-unit-price = the list's unit price, like 1200 or 1,200.00
