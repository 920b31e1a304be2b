//! Deals from a CRM's CSV export: which column means what (a preset per CRM, or
//! `field=Column` pairs), and each row checked into an `ImportedDeal`.

use super::columns::{Columns, RowReader};
pub use super::deal_fields::{Field, Preset};
pub use super::deal_mapping::{DealMapping, DefaultCreated, FixDates, ImportDefaults};
use super::sheet::Sheet;
use super::values::{parse_amount_cell, parse_flag, parse_percent};
use super::{CellProblem, Expected, ImportError, MAX_PROBLEMS};
use crate::domain::*;
use crate::store::{Correction, ImportedDeal};
use chrono::{DateTime, NaiveDate, NaiveTime, Utc};

fn columns(sheet: &Sheet, mapping: &DealMapping) -> Result<Columns<Field>, ImportError> {
    let preset = mapping.preset.map_or(&[][..], Preset::columns);
    let columns = Columns::resolve(sheet, &mapping.columns, preset)?;
    let stage = t!("io-group-stage-or-status");
    columns.require(
        sheet,
        &[
            ("title", &[Field::Title]),
            ("account", &[Field::Account, Field::AccountId]),
            ("amount", &[Field::Amount]),
            (
                stage.as_str(),
                &[Field::Stage, Field::Status, Field::IsClosed],
            ),
        ],
        mapping.preset.is_some(),
    )?;
    Ok(columns)
}

/// Where a stage name of the file lands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Landing {
    Open(StageId),
    Won,
    Lost,
}

fn land(name: &str, pipeline: &Pipeline, mapping: &DealMapping) -> Option<Landing> {
    let name = name.trim();
    let target = mapping
        .stages
        .iter()
        .find(|(from, _)| from.trim().eq_ignore_ascii_case(name))
        .map_or(name, |(_, to)| to.as_str());
    let plain: String = target
        .chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect();
    match plain.as_str() {
        "won" | "closedwon" => return Some(Landing::Won),
        "lost" | "closedlost" => return Some(Landing::Lost),
        _ => {}
    }
    let stage = pipeline.stage_by_name(target)?;
    Some(match stage.kind {
        StageKind::Open => Landing::Open(stage.id),
        StageKind::Won => Landing::Won,
        StageKind::Lost => Landing::Lost,
    })
}

/// A forecast category as CRMs write it: labels (`Best Case`) and Salesforce's
/// API values (`BestCase`, `Forecast` for Commit).
fn forecast_category(text: &str) -> Option<ForecastCategory> {
    let plain: String = text
        .chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect();
    Some(match plain.as_str() {
        "omitted" => ForecastCategory::Omitted,
        "pipeline" => ForecastCategory::Pipeline,
        "bestcase" => ForecastCategory::BestCase,
        "commit" | "forecast" | "closed" => ForecastCategory::Commit,
        _ => return None,
    })
}

fn noon(day: NaiveDate) -> DateTime<Utc> {
    day.and_time(NaiveTime::from_hms_opt(12, 0, 0).unwrap_or(NaiveTime::MIN))
        .and_utc()
}

/// A row left out by `--skip-bad-rows`, with what was wrong in it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rejected {
    pub line: u64,
    pub cells: Vec<String>,
    pub problems: Vec<CellProblem>,
}

/// Checks every row; the deals only when every row is good, else the problems
/// (the first `MAX_PROBLEMS` listed, all of them counted).
pub fn read_deals(
    sheet: &Sheet,
    mapping: &DealMapping,
    pipelines: &[Pipeline],
) -> Result<Vec<ImportedDeal>, ImportError> {
    let checked = check_deals(sheet, mapping, pipelines, &mut |_| {})?;
    if checked.rejected.is_empty() {
        return Ok(checked.deals);
    }
    Err(checked.refusal(&sheet.file))
}

/// A file's rows, checked.
#[derive(Debug, Clone, Default)]
pub struct Checked {
    pub deals: Vec<ImportedDeal>,
    pub rejected: Vec<Rejected>,
    /// Rows identical to an earlier row with the same id: skipped, counted.
    pub repeated: usize,
}

impl Checked {
    pub fn problem_count(&self) -> usize {
        self.rejected.iter().map(|r| r.problems.len()).sum()
    }

    /// Every problem counted, the first `MAX_PROBLEMS` listed.
    pub fn refusal(&self, file: &str) -> ImportError {
        ImportError::Cells {
            file: file.to_string(),
            total: self.problem_count(),
            problems: self
                .rejected
                .iter()
                .flat_map(|r| r.problems.iter().cloned())
                .take(MAX_PROBLEMS)
                .collect(),
        }
    }
}

/// Every row checked: the good ones as deals, the others with every problem each
/// has. Rows sharing an id are one deal: identical repeats are skipped (and
/// counted), differing ones are all problems. `progress` hears how many rows
/// are done, now and then.
pub fn check_deals(
    sheet: &Sheet,
    mapping: &DealMapping,
    pipelines: &[Pipeline],
    progress: &mut dyn FnMut(usize),
) -> Result<Checked, ImportError> {
    let columns = columns(sheet, mapping)?;
    let default_pipeline = pipelines
        .iter()
        .find(|p| p.id == mapping.pipeline)
        .or(pipelines.first())
        .ok_or_else(|| ImportError::Mapping {
            file: sheet.file.clone(),
            problem: t!("io-no-pipeline"),
        })?;
    let mut deals = Vec::with_capacity(sheet.len());
    let mut rejected: Vec<Rejected> = Vec::new();
    for (done, row) in sheet.rows().enumerate() {
        let row = row?;
        if done % 4096 == 0 {
            progress(done);
        }
        let mut problems = Vec::new();
        let mut r = RowReader {
            row: &row.cells,
            line: row.line,
            columns: &columns,
            problems: &mut problems,
        };
        match r.deal(mapping, pipelines, default_pipeline) {
            Some(deal) if problems.is_empty() => deals.push(deal),
            _ => rejected.push(Rejected {
                line: row.line,
                cells: row.cells.to_vec(),
                problems,
            }),
        }
    }
    let mut checked = Checked {
        deals,
        rejected,
        repeated: 0,
    };
    same_ids(sheet, &columns, &mut checked);
    checked.rejected.sort_by_key(|r| r.line);
    Ok(checked)
}

/// Rows that share an id: one deal. Identical ones after the first are skipped;
/// when they differ, none is taken and each names the others.
fn same_ids(sheet: &Sheet, columns: &Columns<Field>, checked: &mut Checked) {
    // A row that cannot be read again counts as differing: never dropped as a repeat.
    let cells_of = |line: u64| sheet.row_at(line).map(|c| c.to_vec());
    use std::collections::{HashMap, hash_map::Entry};
    // Each id's first row, and the rows after it that repeat the id.
    let mut first: HashMap<&str, usize> = HashMap::with_capacity(checked.deals.len());
    let mut repeats: HashMap<usize, Vec<usize>> = HashMap::new();
    for (i, d) in checked.deals.iter().enumerate() {
        match first.entry(d.external_id.as_str()) {
            Entry::Vacant(e) => {
                e.insert(i);
            }
            Entry::Occupied(e) => repeats.entry(*e.get()).or_default().push(i),
        }
    }
    drop(first);
    let mut dropped = vec![false; checked.deals.len()];
    let mut refused: Vec<Rejected> = Vec::new();
    for (head, rest) in repeats {
        let rows: Vec<usize> = std::iter::once(head).chain(rest).collect();
        let first = &checked.deals[rows[0]];
        let cells = cells_of(first.line);
        let differ = cells.is_none()
            || rows[1..]
                .iter()
                .any(|i| cells_of(checked.deals[*i].line) != cells);
        if !differ {
            checked.repeated += rows.len() - 1;
            rows[1..].iter().for_each(|i| dropped[*i] = true);
            continue;
        }
        let lines: Vec<u64> = rows.iter().map(|i| checked.deals[*i].line).collect();
        for i in &rows {
            let line = checked.deals[*i].line;
            let others: Vec<u64> = lines.iter().copied().filter(|l| *l != line).collect();
            refused.push(Rejected {
                line,
                cells: cells_of(line).unwrap_or_default(),
                problems: vec![CellProblem {
                    line,
                    column: columns.label(Field::ExternalId),
                    value: checked.deals[*i].external_id.clone(),
                    expected: Expected::new("io-expected-one-row-per-deal").lines("lines", others),
                }],
            });
            dropped[*i] = true;
        }
    }
    let mut at = 0;
    checked.deals.retain(|_| {
        at += 1;
        !dropped[at - 1]
    });
    checked.rejected.extend(refused);
}

impl RowReader<'_, Field> {
    fn deal(
        &mut self,
        mapping: &DealMapping,
        pipelines: &[Pipeline],
        default_pipeline: &Pipeline,
    ) -> Option<ImportedDeal> {
        let before = self.problems.len();
        let title = self.text(Field::Title).to_string();
        if title.is_empty() || title.chars().count() > MAX_TITLE {
            self.problem(
                Field::Title,
                Expected::new("io-expected-deal-name").with("max", MAX_TITLE.to_string()),
            );
        }
        let mut corrections = Vec::new();
        let mut account = self.text(Field::Account).to_string();
        let account_id = self.optional(Field::AccountId);
        let owner_id = self.optional(Field::OwnerId);
        if account.is_empty() && account_id.is_none() {
            match &mapping.defaults.account {
                Some(name) => {
                    account = name.clone();
                    corrections.push(Correction::DefaultAccount);
                }
                None => self.problem(Field::Account, "io-expected-account-or-default"),
            }
        }
        if account.chars().count() > MAX_TITLE {
            self.problem(
                Field::Account,
                Expected::new("io-expected-account-name-length").with("max", MAX_TITLE.to_string()),
            );
        }
        let amount = match parse_amount_cell(self.text(Field::Amount)) {
            Some(a) if a >= rust_decimal::Decimal::ZERO => Some(a),
            _ if self.text(Field::Amount).is_empty() => Some(rust_decimal::Decimal::ZERO),
            _ => {
                self.problem(Field::Amount, "io-expected-amount");
                None
            }
        };
        let currency = match self.optional(Field::Currency) {
            None => Some(mapping.currency),
            Some(code) => match code.to_ascii_uppercase().parse::<Currency>() {
                Ok(c) => Some(c),
                Err(_) => {
                    self.problem(Field::Currency, "io-expected-currency");
                    None
                }
            },
        };
        let pipeline = self
            .optional(Field::Pipeline)
            .and_then(|name| {
                pipelines
                    .iter()
                    .find(|p| p.name.eq_ignore_ascii_case(&name))
            })
            .unwrap_or(default_pipeline);

        let format = mapping.date_format.as_deref();
        let close = self.day(Field::CloseDate, format);
        let created = self.day(Field::CreatedDate, format);
        let won_time = self.day(Field::WonTime, format);
        let lost_time = self.day(Field::LostTime, format);

        // The outcome: a status column, else closed/won flags, else the stage.
        let stage_text = self.text(Field::Stage).to_string();
        let landing = if stage_text.is_empty() {
            None
        } else {
            match land(&stage_text, pipeline, mapping) {
                Some(l) => Some(l),
                None => {
                    let mut known: Vec<String> =
                        pipeline.open_stages().map(|s| s.name.clone()).collect();
                    known.extend(["won".to_string(), "lost".to_string()]);
                    self.problem(
                        Field::Stage,
                        Expected::new("io-expected-stage-of")
                            .with("pipeline", pipeline.name.as_str())
                            .with("stages", known.join(", "))
                            .with("given", stage_text.as_str()),
                    );
                    None
                }
            }
        };
        let status = match self.optional(Field::Status) {
            Some(s) => match s.to_ascii_lowercase().as_str() {
                "open" => Some(DealStatus::Open),
                "won" => Some(DealStatus::Won),
                "lost" => Some(DealStatus::Lost),
                _ => {
                    self.problem(Field::Status, "io-expected-status");
                    None
                }
            },
            None if self.columns.index(Field::IsClosed).is_some() => {
                match (
                    parse_flag(self.text(Field::IsClosed)),
                    parse_flag(self.text(Field::IsWon)),
                ) {
                    (Some(false), _) => Some(DealStatus::Open),
                    (Some(true), Some(true)) => Some(DealStatus::Won),
                    (Some(true), Some(false)) => Some(DealStatus::Lost),
                    (None, _) => {
                        self.problem(Field::IsClosed, "io-expected-true-false");
                        None
                    }
                    (_, None) => {
                        self.problem(Field::IsWon, "io-expected-true-false");
                        None
                    }
                }
            }
            None => match landing {
                Some(Landing::Won) => Some(DealStatus::Won),
                Some(Landing::Lost) => Some(DealStatus::Lost),
                Some(Landing::Open(_)) => Some(DealStatus::Open),
                None if stage_text.is_empty() => {
                    self.problem(Field::Stage, "io-expected-stage");
                    None
                }
                None => None,
            },
        };
        let forecast = match self.optional(Field::Forecast) {
            None => Some(ForecastCategory::Pipeline),
            Some(text) => match forecast_category(&text) {
                Some(f) => Some(f),
                None => {
                    self.problem(Field::Forecast, "io-expected-forecast");
                    None
                }
            },
        };
        let product = match self.optional(Field::Product) {
            None => None,
            Some(text) => match find_product(&mapping.products, &text) {
                Some(id) => Some(id),
                None => {
                    self.problem(Field::Product, "io-expected-product");
                    None
                }
            },
        };
        let probability = match self.optional(Field::Probability) {
            None => None,
            Some(p) => match parse_percent(&p) {
                Some(p) => Some(p),
                None => {
                    self.problem(Field::Probability, "io-expected-percent");
                    None
                }
            },
        };
        if self.problems.len() > before {
            return None;
        }
        let (
            Some(amount),
            Some(currency),
            Some(outcome),
            Some(forecast),
            Ok(close),
            Ok(created),
            Ok(won_time),
            Ok(lost_time),
        ) = (
            amount, currency, status, forecast, close, created, won_time, lost_time,
        )
        else {
            return None;
        };
        // The open stage the deal is (or was last) in: the stage column when
        // it names one (Pipedrive keeps it on closed deals), else a "stage
        // before close" column; a closed deal without either was lost (or
        // won) at a stage nobody knows.
        let stage = match (landing, outcome) {
            (Some(Landing::Open(id)), _) => Some(id),
            (_, DealStatus::Open) => {
                self.problem(Field::Stage, "io-expected-open-stage");
                return None;
            }
            _ => match self.optional(Field::StageBeforeClose) {
                None => None,
                Some(text) => match land(&text, pipeline, mapping) {
                    Some(Landing::Open(id)) => Some(id),
                    _ => {
                        self.problem(
                            Field::StageBeforeClose,
                            Expected::new("io-expected-open-stage-of")
                                .with("pipeline", pipeline.name.as_str()),
                        );
                        return None;
                    }
                },
            },
        };
        let mut closed_on = match outcome {
            DealStatus::Open => None,
            DealStatus::Won => won_time.or(close),
            DealStatus::Lost => lost_time.or(close),
        };
        if outcome != DealStatus::Open && closed_on.is_none() {
            match mapping.defaults.closed_on {
                Some(day) => {
                    closed_on = Some(day);
                    corrections.push(Correction::ClosedOn);
                }
                None => {
                    self.problem(Field::CloseDate, "io-expected-close-date");
                    return None;
                }
            }
        }
        let today = mapping.now.date_naive();
        // An open deal without one stays without (flagged on the board,
        // apart in the forecast): no date is made up.
        let expected_close = close.or(closed_on);
        let created_on = match (created, mapping.defaults.created) {
            (Some(d), _) => d,
            (None, Some(rule)) => {
                corrections.push(Correction::DefaultCreated);
                match rule {
                    DefaultCreated::Close => match closed_on.or(expected_close) {
                        Some(day) => day.min(today),
                        None => {
                            self.problem(Field::CreatedDate, "io-expected-created-for-close");
                            return None;
                        }
                    },
                    DefaultCreated::ImportDate => today,
                    DefaultCreated::On(d) => d,
                }
            }
            (None, None) => {
                self.problem(Field::CreatedDate, "io-expected-created-date");
                return None;
            }
        };
        let (mut created_on, mut closed_on) = (created_on, closed_on);
        if let Some(closed) = closed_on
            && closed < created_on
        {
            match mapping.defaults.fix_dates {
                Some(FixDates::Swap) => {
                    (created_on, closed_on) = (closed, Some(created_on));
                    corrections.push(Correction::SwappedDates);
                }
                Some(FixDates::Created) => {
                    closed_on = Some(created_on);
                    corrections.push(Correction::CloseMovedToCreated);
                }
                None => {
                    self.problem(
                        Field::CloseDate,
                        Expected::new("io-expected-close-after-created")
                            .with("created", created_on.to_string()),
                    );
                    return None;
                }
            }
        }
        let closed_at = closed_on.map(noon);
        let external_id = self.optional(Field::ExternalId).unwrap_or_else(|| {
            format!(
                "csv:{}|{}|{created_on}",
                title.to_lowercase(),
                account.to_lowercase()
            )
        });
        Some(ImportedDeal {
            line: self.line,
            external_id,
            title,
            account,
            account_id,
            owner: self.optional(Field::Owner),
            owner_id,
            product,
            amount: Money::new(amount, currency),
            pipeline: pipeline.id,
            stage,
            outcome,
            created_at: noon(created_on),
            closed_at,
            expected_close,
            probability,
            source: self.text(Field::Source).to_string(),
            next_step: self.optional(Field::NextStep),
            loss_reason: self.optional(Field::LossReason),
            team: self.optional(Field::Team),
            forecast,
            corrections,
        })
    }
}

/// A product named by SKU or name (either exact, ignoring case).
fn find_product(catalogue: &[Product], text: &str) -> Option<ProductId> {
    let wanted = text.trim();
    catalogue
        .iter()
        .find(|p| p.sku.eq_ignore_ascii_case(wanted))
        .or_else(|| {
            catalogue
                .iter()
                .find(|p| p.name.eq_ignore_ascii_case(wanted))
        })
        .map(|p| p.id)
}
