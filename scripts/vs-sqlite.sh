#!/usr/bin/env bash
# Win/loss by owner for 2026, side by side: dealdeck as a whole process, and
# sqlite3 with one GROUP BY over the same deals (exported from the workspace
# with `export deals --format json`, loaded with an index on the close date).
# Each is run 5 times after one warm-up; the fastest and slowest are printed.
#
#   scripts/vs-sqlite.sh [DB]   (default: target/bench-100000.redb; needs sqlite3
#                                and a release build: cargo build --release)
set -euo pipefail
cd "$(dirname "$0")/.."
DB=${1:-target/bench-100000.redb}
BIN=${DEALDECK_BIN:-target/release/dealdeck}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
export DEALDECK_NOW=${DEALDECK_NOW:-2026-11-22T18:00:00Z}

"$BIN" --db "$DB" export deals --format json --out "$WORK/deals.json"
sqlite3 "$WORK/deals.db" <<SQL
CREATE TABLE deals AS
  SELECT json_extract(value, '\$.owner') AS owner,
         json_extract(value, '\$.status') AS status,
         json_extract(value, '\$.closed_at') AS closed_at,
         CAST(json_extract(value, '\$.amount.amount') AS REAL) AS amount
  FROM json_each(readfile('$WORK/deals.json'));
CREATE INDEX deals_closed ON deals(closed_at);
SQL
QUERY="SELECT owner, SUM(status = 'won') AS won, SUM(status = 'lost') AS lost,
       SUM(CASE WHEN status = 'won' THEN amount ELSE 0 END) AS won_amount
       FROM deals WHERE closed_at >= '2026-01-01' AND closed_at < '2027-01-01'
       GROUP BY owner;"

time_runs() { # label, command...
  local label=$1; shift
  "$@" >/dev/null 2>&1
  local best=999999 worst=0
  for _ in 1 2 3 4 5; do
    local s e ms
    s=$(date +%s%N); "$@" >/dev/null 2>&1; e=$(date +%s%N)
    ms=$(( (e - s) / 1000000 ))
    (( ms < best )) && best=$ms
    (( ms > worst )) && worst=$ms
  done
  echo "$label: $best–$worst ms"
  echo "$best" >"$WORK/$label"
}
time_runs dealdeck "$BIN" --db "$DB" report winloss --by owner --period 2026 --format json
time_runs sqlite3 sqlite3 "$WORK/deals.db" "$QUERY"
awk -v a="$(cat "$WORK/dealdeck")" -v b="$(cat "$WORK/sqlite3")" 'BEGIN { printf "ratio (fastest runs): %.2f\n", a / b }'
