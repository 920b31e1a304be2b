//! Deals from a CRM's CSV export: which column means what (a preset per CRM, or
//! `field=Column` pairs), and each row checked into an `ImportedDeal`.

use super::columns::{Columns, RowReader};
use super::sheet::Sheet;
use super::values::{parse_amount_cell, parse_flag, parse_percent};
use super::{CellProblem, ImportError, MAX_PROBLEMS};
use crate::domain::*;
use crate::store::ImportedDeal;
use chrono::{DateTime, NaiveDate, NaiveTime, Utc};

/// What a column can mean.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Title,
    Account,
    Stage,
    Amount,
    Currency,
    CloseDate,
    CreatedDate,
    Owner,
    Probability,
    Source,
    IsClosed,
    IsWon,
    Status,
    LossReason,
    NextStep,
    ExternalId,
    Pipeline,
    WonTime,
    LostTime,
    Forecast,
}

impl Field {
    const ALL: [(Field, &'static str); 20] = [
        (Field::Title, "title"),
        (Field::Account, "account"),
        (Field::Stage, "stage"),
        (Field::Amount, "amount"),
        (Field::Currency, "currency"),
        (Field::CloseDate, "close_date"),
        (Field::CreatedDate, "created_date"),
        (Field::Owner, "owner"),
        (Field::Probability, "probability"),
        (Field::Source, "source"),
        (Field::IsClosed, "is_closed"),
        (Field::IsWon, "is_won"),
        (Field::Status, "status"),
        (Field::LossReason, "loss_reason"),
        (Field::NextStep, "next_step"),
        (Field::ExternalId, "external_id"),
        (Field::Pipeline, "pipeline"),
        (Field::WonTime, "won_time"),
        (Field::LostTime, "lost_time"),
        (Field::Forecast, "forecast"),
    ];

    pub fn parse(name: &str) -> Option<Field> {
        let wanted = name.trim().to_ascii_lowercase().replace(['-', ' '], "_");
        Field::ALL
            .iter()
            .find(|(_, n)| *n == wanted)
            .map(|(f, _)| *f)
    }

    pub fn name(self) -> &'static str {
        Field::ALL
            .iter()
            .find(|(f, _)| *f == self)
            .map_or("?", |(_, n)| n)
    }

    pub fn names() -> Vec<&'static str> {
        Field::ALL.iter().map(|(_, n)| *n).collect()
    }
}

/// Column sets of common CRM exports.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Preset {
    /// `dealdeck export deals --format csv`.
    Dealdeck,
    Salesforce,
    Hubspot,
    Pipedrive,
}

impl Preset {
    /// Each field with the header names that export uses for it.
    fn columns(self) -> &'static [(Field, &'static [&'static str])] {
        use Field::*;
        match self {
            Preset::Dealdeck => &[
                (ExternalId, &["external_id"]),
                (Title, &["title"]),
                (Account, &["account"]),
                (Owner, &["owner"]),
                (Pipeline, &["pipeline"]),
                (Stage, &["stage"]),
                (Status, &["status"]),
                (Amount, &["amount"]),
                (Currency, &["currency"]),
                (CloseDate, &["expected_close"]),
                (CreatedDate, &["created"]),
                (WonTime, &["closed"]),
                (LostTime, &["closed"]),
                (Probability, &["probability"]),
                (Source, &["source"]),
                (NextStep, &["next_step"]),
                (Forecast, &["forecast"]),
                (LossReason, &["loss_reason"]),
            ],
            Preset::Salesforce => &[
                (Title, &["Opportunity Name", "Name"]),
                (Account, &["Account Name"]),
                (Stage, &["Stage", "StageName"]),
                (Amount, &["Amount"]),
                (CloseDate, &["Close Date", "CloseDate"]),
                (Probability, &["Probability (%)", "Probability"]),
                (Source, &["Lead Source", "LeadSource"]),
                (Owner, &["Opportunity Owner", "Owner", "Owner Name"]),
                (CreatedDate, &["Created Date", "CreatedDate"]),
                (IsClosed, &["Is Closed", "IsClosed", "Closed"]),
                (IsWon, &["Is Won", "IsWon", "Won"]),
                (Forecast, &["Forecast Category", "ForecastCategory"]),
                (NextStep, &["Next Step", "NextStep"]),
                (LossReason, &["Loss Reason", "Loss_Reason__c"]),
                (ExternalId, &["Opportunity ID", "Id"]),
            ],
            Preset::Hubspot => &[
                (Title, &["Deal Name"]),
                (Stage, &["Deal Stage"]),
                (Amount, &["Amount"]),
                (CloseDate, &["Close Date"]),
                (CreatedDate, &["Create Date"]),
                (Pipeline, &["Pipeline"]),
                (Owner, &["Deal owner", "Deal Owner"]),
                (LossReason, &["Closed Lost Reason"]),
                (
                    Account,
                    &["Associated Company", "Associated Company (Primary)"],
                ),
                (ExternalId, &["Record ID", "Deal ID"]),
            ],
            Preset::Pipedrive => &[
                (Title, &["Deal - Title"]),
                (Amount, &["Deal - Value"]),
                (Currency, &["Deal - Currency"]),
                (Stage, &["Deal - Stage"]),
                (Status, &["Deal - Status"]),
                (LossReason, &["Deal - Lost reason"]),
                (CloseDate, &["Deal - Expected close date"]),
                (Account, &["Deal - Organization"]),
                (Owner, &["Deal - Owner"]),
                (CreatedDate, &["Deal - Deal created"]),
                (WonTime, &["Deal - Won time"]),
                (LostTime, &["Deal - Lost time"]),
                (ExternalId, &["Deal - ID"]),
            ],
        }
    }
}

/// How the file is read: a preset and/or explicit `field=Column` pairs (which win),
/// stage names mapped by hand, and defaults for what the file lacks.
#[derive(Debug, Clone)]
pub struct DealMapping {
    pub preset: Option<Preset>,
    pub columns: Vec<(Field, String)>,
    /// (name in the file, target): a stage name of the pipeline, `won` or `lost`.
    pub stages: Vec<(String, String)>,
    pub date_format: Option<String>,
    pub currency: Currency,
    pub pipeline: PipelineId,
    pub now: DateTime<Utc>,
}

fn columns(sheet: &Sheet, mapping: &DealMapping) -> Result<Columns<Field>, ImportError> {
    let preset = mapping.preset.map_or(&[][..], Preset::columns);
    let columns = Columns::resolve(sheet, &mapping.columns, preset, Field::name)?;
    columns.require(
        sheet,
        &[
            ("title", &[Field::Title]),
            ("account", &[Field::Account]),
            ("amount", &[Field::Amount]),
            (
                "stage (or status)",
                &[Field::Stage, Field::Status, Field::IsClosed],
            ),
        ],
        mapping.preset.is_some(),
        &Field::names(),
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
/// (at most `MAX_PROBLEMS`).
pub fn read_deals(
    sheet: &Sheet,
    mapping: &DealMapping,
    pipelines: &[Pipeline],
) -> Result<Vec<ImportedDeal>, ImportError> {
    let (deals, rejected) = check_deals(sheet, mapping, pipelines, false, &mut |_| {})?;
    if rejected.is_empty() {
        return Ok(deals);
    }
    let mut problems: Vec<CellProblem> = rejected.into_iter().flat_map(|r| r.problems).collect();
    problems.truncate(MAX_PROBLEMS);
    Err(ImportError::Cells {
        file: sheet.file.clone(),
        problems,
    })
}

/// Every row checked: the good ones as deals, the others with their problems. Unless
/// `every_row`, checking stops once `MAX_PROBLEMS` problems are found. `progress` hears
/// how many rows are done, now and then.
pub fn check_deals(
    sheet: &Sheet,
    mapping: &DealMapping,
    pipelines: &[Pipeline],
    every_row: bool,
    progress: &mut dyn FnMut(usize),
) -> Result<(Vec<ImportedDeal>, Vec<Rejected>), ImportError> {
    let columns = columns(sheet, mapping)?;
    let default_pipeline = pipelines
        .iter()
        .find(|p| p.id == mapping.pipeline)
        .or(pipelines.first())
        .ok_or_else(|| ImportError::Mapping {
            file: sheet.file.clone(),
            problem: "the workspace has no pipeline".into(),
        })?;
    let mut deals = Vec::with_capacity(sheet.rows.len());
    let mut rejected: Vec<Rejected> = Vec::new();
    let mut found = 0;
    for (done, row) in sheet.rows.iter().enumerate() {
        if !every_row && found >= MAX_PROBLEMS {
            break;
        }
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
            _ => {
                found += problems.len();
                rejected.push(Rejected {
                    line: row.line,
                    cells: row.cells.clone(),
                    problems,
                });
            }
        }
    }
    Ok((deals, rejected))
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
                format!("a deal name of 1 to {MAX_TITLE} characters"),
            );
        }
        let account = self.text(Field::Account).to_string();
        if account.is_empty() || account.chars().count() > MAX_TITLE {
            self.problem(
                Field::Account,
                format!("an account (company) name of 1 to {MAX_TITLE} characters"),
            );
        }
        let amount = match parse_amount_cell(self.text(Field::Amount)) {
            Some(a) if a >= rust_decimal::Decimal::ZERO => Some(a),
            _ if self.text(Field::Amount).is_empty() => Some(rust_decimal::Decimal::ZERO),
            _ => {
                self.problem(Field::Amount, "an amount like 12500, 12,500.00 or 12.5k");
                None
            }
        };
        let currency = match self.optional(Field::Currency) {
            None => Some(mapping.currency),
            Some(code) => match code.to_ascii_uppercase().parse::<Currency>() {
                Ok(c) => Some(c),
                Err(_) => {
                    self.problem(
                        Field::Currency,
                        "a three-letter currency code (USD, EUR, CNY)",
                    );
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
                        format!(
                            "a stage of {} ({}); map others with --stage-map \"{stage_text}=STAGE\"",
                            pipeline.name,
                            known.join(", ")
                        ),
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
                    self.problem(Field::Status, "open, won or lost");
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
                        self.problem(Field::IsClosed, "true or false");
                        None
                    }
                    (_, None) => {
                        self.problem(Field::IsWon, "true or false");
                        None
                    }
                }
            }
            None => match landing {
                Some(Landing::Won) => Some(DealStatus::Won),
                Some(Landing::Lost) => Some(DealStatus::Lost),
                Some(Landing::Open(_)) => Some(DealStatus::Open),
                None if stage_text.is_empty() => {
                    self.problem(Field::Stage, "a stage");
                    None
                }
                None => None,
            },
        };
        let probability = match self.optional(Field::Probability) {
            None => None,
            Some(p) => match parse_percent(&p) {
                Some(p) => Some(p),
                None => {
                    self.problem(Field::Probability, "a percentage from 0 to 100");
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
            Ok(close),
            Ok(created),
            Ok(won_time),
            Ok(lost_time),
        ) = (
            amount, currency, status, close, created, won_time, lost_time,
        )
        else {
            return None;
        };
        // The open stage the deal is (or was last) in.
        let first_open = pipeline.open_stages().next()?.id;
        let stage = match landing {
            Some(Landing::Open(id)) => id,
            _ => first_open,
        };
        let closed_on = match outcome {
            DealStatus::Open => None,
            DealStatus::Won => won_time.or(close),
            DealStatus::Lost => lost_time.or(close),
        };
        if outcome != DealStatus::Open && closed_on.is_none() {
            self.problem(Field::CloseDate, "the date the deal closed");
            return None;
        }
        let today = mapping.now.date_naive();
        let expected_close = match (close, closed_on) {
            (Some(d), _) | (None, Some(d)) => d,
            (None, None) => {
                self.problem(Field::CloseDate, "an expected close date for an open deal");
                return None;
            }
        };
        let created_on = created
            .or_else(|| closed_on.map(|d| d.min(today)))
            .unwrap_or(today);
        let closed_at = closed_on.map(|d| noon(d.max(created_on)));
        let external_id = self.optional(Field::ExternalId).unwrap_or_else(|| {
            format!(
                "csv:{}|{}|{created_on}",
                title.to_lowercase(),
                account.to_lowercase()
            )
        });
        let forecast = match self.text(Field::Forecast).to_ascii_lowercase().as_str() {
            "commit" | "closed" => ForecastCategory::Commit,
            "best case" | "bestcase" => ForecastCategory::BestCase,
            "omitted" => ForecastCategory::Omitted,
            _ => ForecastCategory::Pipeline,
        };
        Some(ImportedDeal {
            line: self.line,
            external_id,
            title,
            account,
            owner: self.optional(Field::Owner),
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
            forecast,
        })
    }
}
