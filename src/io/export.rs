//! Records as CSV tables with a stable column set (documented in the README), safe to
//! open in a spreadsheet. The deals table is also what `import deals --from dealdeck`
//! reads, so export → import → export gives the same file.

use crate::domain::*;
use serde::Serialize;
use std::collections::HashMap;

/// A table: header names and rows of cells.
pub struct Table {
    pub headers: &'static [&'static str],
    pub rows: Vec<Vec<String>>,
}

pub const DEAL_COLUMNS: &[&str] = &[
    "external_id",
    "title",
    "account",
    "owner",
    "pipeline",
    "stage",
    "status",
    "amount",
    "currency",
    "expected_close",
    "created",
    "closed",
    "probability",
    "source",
    "next_step",
    "forecast",
    "loss_reason",
];

/// An enum value as its JSON word (`best_case` → `best case`).
fn word<T: Serialize>(value: &T) -> String {
    serde_json::to_value(value)
        .ok()
        .and_then(|v| v.as_str().map(|s| s.replace('_', " ")))
        .unwrap_or_default()
}

fn opt<T: ToString>(value: Option<T>) -> String {
    value.map(|v| v.to_string()).unwrap_or_default()
}

struct Names<'a> {
    accounts: HashMap<AccountId, &'a str>,
    owners: HashMap<OwnerId, &'a str>,
    deals: HashMap<DealId, &'a str>,
    stages: HashMap<StageId, (&'a str, &'a str)>,
}

impl<'a> Names<'a> {
    fn of(ws: &'a Workspace) -> Names<'a> {
        Names {
            accounts: ws
                .accounts
                .iter()
                .map(|a| (a.id, a.name.as_str()))
                .collect(),
            owners: ws.owners.iter().map(|o| (o.id, o.name.as_str())).collect(),
            deals: ws.deals.iter().map(|d| (d.id, d.title.as_str())).collect(),
            stages: ws
                .pipelines
                .iter()
                .flat_map(|p| {
                    p.stages
                        .iter()
                        .map(move |s| (s.id, (p.name.as_str(), s.name.as_str())))
                })
                .collect(),
        }
    }

    fn stage(&self, id: StageId) -> String {
        self.stages
            .get(&id)
            .map_or_else(String::new, |(_, s)| s.to_string())
    }
}

/// How a deal is referred to across files: its external id, else `dealdeck-<id>`.
fn deal_ref(ws: &Workspace, id: DealId) -> String {
    ws.deals
        .binary_search_by_key(&id, |d| d.id)
        .ok()
        .and_then(|i| ws.deals[i].external_id.clone())
        .unwrap_or_else(|| format!("dealdeck-{}", id.0))
}

pub fn deals(ws: &Workspace) -> Table {
    let n = Names::of(ws);
    let rows = ws
        .deals
        .iter()
        .map(|d| {
            // A lost deal shows the stage it was lost at (what an import restores).
            let stage = match (&d.loss, d.status) {
                (Some(loss), DealStatus::Lost) => {
                    loss.stage_lost_at.map_or_else(String::new, |s| n.stage(s))
                }
                _ => n.stage(d.stage),
            };
            let loss_reason = d.loss.as_ref().map(|l| {
                if l.sub_reason.is_empty() {
                    crate::domain::review::category_name(&ws.loss_reasons, &l.category).to_string()
                } else {
                    l.sub_reason.clone()
                }
            });
            vec![
                deal_ref(ws, d.id),
                d.title.clone(),
                n.accounts
                    .get(&d.account)
                    .copied()
                    .unwrap_or("")
                    .to_string(),
                n.owners.get(&d.owner).copied().unwrap_or("").to_string(),
                n.stages.get(&d.stage).map_or("", |(p, _)| p).to_string(),
                stage,
                d.status.code().to_string(),
                d.amount.amount.to_string(),
                d.amount.currency.as_str().to_string(),
                opt(d.expected_close),
                d.created_at.date_naive().to_string(),
                opt(d.closed_at.map(|t| t.date_naive())),
                opt(d.probability_override),
                d.source.clone(),
                d.next_step.clone().unwrap_or_default(),
                word(&d.forecast),
                loss_reason.unwrap_or_default(),
            ]
        })
        .collect();
    Table {
        headers: DEAL_COLUMNS,
        rows,
    }
}

pub fn accounts(ws: &Workspace) -> Table {
    let n = Names::of(ws);
    Table {
        headers: &[
            "id",
            "name",
            "industry",
            "region",
            "size",
            "tier",
            "lifecycle",
            "owner",
            "parent",
        ],
        rows: ws
            .accounts
            .iter()
            .map(|a| {
                vec![
                    a.id.0.to_string(),
                    a.name.clone(),
                    a.industry.clone(),
                    a.region.clone(),
                    word(&a.size),
                    word(&a.tier),
                    word(&a.lifecycle),
                    a.owner
                        .and_then(|o| n.owners.get(&o).copied())
                        .unwrap_or("")
                        .to_string(),
                    a.parent
                        .and_then(|p| n.accounts.get(&p).copied())
                        .unwrap_or("")
                        .to_string(),
                ]
            })
            .collect(),
    }
}

pub fn contacts(ws: &Workspace) -> Table {
    let n = Names::of(ws);
    Table {
        headers: &[
            "id",
            "name",
            "title",
            "account",
            "role",
            "stance",
            "influence",
            "email",
            "phone",
            "last_contacted",
        ],
        rows: ws
            .contacts
            .iter()
            .map(|c| {
                vec![
                    c.id.0.to_string(),
                    c.name.clone(),
                    c.title.clone(),
                    n.accounts
                        .get(&c.account)
                        .copied()
                        .unwrap_or("")
                        .to_string(),
                    word(&c.role),
                    word(&c.stance),
                    c.influence.to_string(),
                    c.email.clone(),
                    c.phone.clone(),
                    opt(c.last_contacted.map(|t| t.to_rfc3339())),
                ]
            })
            .collect(),
    }
}

pub fn activities(ws: &Workspace) -> Table {
    let n = Names::of(ws);
    let contact_names: HashMap<ContactId, &str> = ws
        .contacts
        .iter()
        .map(|c| (c.id, c.name.as_str()))
        .collect();
    Table {
        headers: &[
            "id", "kind", "at", "deal", "deal_ref", "account", "contacts", "owner", "summary",
            "due", "done",
        ],
        rows: ws
            .activities
            .iter()
            .map(|a| {
                let contacts: Vec<&str> = a
                    .contacts
                    .iter()
                    .filter_map(|c| contact_names.get(c).copied())
                    .collect();
                vec![
                    a.id.0.to_string(),
                    a.kind.code().to_string(),
                    a.at.to_rfc3339(),
                    a.deal
                        .and_then(|d| n.deals.get(&d).copied())
                        .unwrap_or("")
                        .to_string(),
                    a.deal.map(|d| deal_ref(ws, d)).unwrap_or_default(),
                    a.account
                        .and_then(|x| n.accounts.get(&x).copied())
                        .unwrap_or("")
                        .to_string(),
                    contacts.join("; "),
                    n.owners.get(&a.owner).copied().unwrap_or("").to_string(),
                    a.summary.clone(),
                    opt(a.due),
                    a.done.to_string(),
                ]
            })
            .collect(),
    }
}

pub fn events(ws: &Workspace) -> Table {
    let n = Names::of(ws);
    Table {
        headers: &[
            "id",
            "deal_id",
            "deal",
            "from",
            "to",
            "at",
            "by",
            "reverts",
            "imported",
            "gate_overrides",
        ],
        rows: ws
            .stage_events
            .iter()
            .map(|e| {
                let overrides: Vec<String> = e
                    .gate_overrides
                    .iter()
                    .map(|o| format!("{}: {}", o.criterion, o.reason))
                    .collect();
                vec![
                    e.id.0.to_string(),
                    e.deal.0.to_string(),
                    n.deals.get(&e.deal).copied().unwrap_or("").to_string(),
                    e.from.map(|s| n.stage(s)).unwrap_or_default(),
                    n.stage(e.to),
                    e.at.to_rfc3339(),
                    e.by.clone(),
                    opt(e.reverts.map(|r| r.0)),
                    e.imported.to_string(),
                    overrides.join("; "),
                ]
            })
            .collect(),
    }
}

/// A cell a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab or CR first)
/// gets a leading `'`; plain numbers (`-12.5`) stay numbers.
pub fn spreadsheet_safe(cell: &str) -> std::borrow::Cow<'_, str> {
    let risky = cell.starts_with(['=', '+', '-', '@', '\t', '\r']);
    if risky && !is_plain_number(cell) {
        format!("'{cell}").into()
    } else {
        cell.into()
    }
}

/// A sign, digits, at most one decimal point with digits after it: what a
/// spreadsheet reads as a number and nothing else (`-inf`, `+NaN`, `-1e400`,
/// `+Infinity` parse as floats but are not plain numbers).
fn is_plain_number(cell: &str) -> bool {
    let digits = cell.strip_prefix(['+', '-']).unwrap_or(cell);
    let (whole, fraction) = digits.split_once('.').unwrap_or((digits, "0"));
    !whole.is_empty()
        && !fraction.is_empty()
        && whole.bytes().all(|b| b.is_ascii_digit())
        && fraction.bytes().all(|b| b.is_ascii_digit())
}

/// The table as CSV, every cell made spreadsheet-safe.
pub fn to_csv(table: &Table) -> Result<Vec<u8>, csv::Error> {
    write_csv(table.headers, &table.rows)
}

/// Headers and rows as CSV, every cell made spreadsheet-safe (every CSV dealdeck writes).
pub fn write_csv(headers: &[&str], rows: &[Vec<String>]) -> Result<Vec<u8>, csv::Error> {
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record(headers)?;
    for row in rows {
        w.write_record(
            row.iter()
                .map(|c| spreadsheet_safe(&crate::text::sanitize_cell(c)).into_owned()),
        )?;
    }
    w.into_inner().map_err(|e| e.into_error().into())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formula_cells_are_neutralised_numbers_are_not() {
        for (cell, safe) in [
            ("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"),
            ("+1+2", "'+1+2"),
            ("-cmd", "'-cmd"),
            ("@SUM(A1)", "'@SUM(A1)"),
            ("\tx", "'\tx"),
            ("\rx", "'\rx"),
            ("-12.5", "-12.5"),
            ("+7", "+7"),
            ("-inf", "'-inf"),
            ("+NaN", "'+NaN"),
            ("+Infinity", "'+Infinity"),
            ("-1e400", "'-1e400"),
            ("-1.", "'-1."),
            ("-", "'-"),
            ("plain", "plain"),
        ] {
            assert_eq!(spreadsheet_safe(cell), safe, "{cell:?}");
        }
    }
}
