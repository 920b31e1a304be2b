//! What a deals file's columns can mean, and the column names of the exports
//! dealdeck knows (and how it recognises them from a header).

use super::sheet::Sheet;

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
    /// The owner's team (fills an owner who has none).
    Team,
    /// The account's id in the CRM (joins accounts imported with their ids).
    AccountId,
    /// The owner's id in the CRM (joins owners imported with their ids).
    OwnerId,
    /// The open stage a closed deal was in before it closed.
    StageBeforeClose,
    /// The deal's main product: a SKU or name of the catalogue.
    Product,
}

impl Field {
    const ALL: [(Field, &'static str); 25] = [
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
        (Field::Team, "team"),
        (Field::AccountId, "account_id"),
        (Field::OwnerId, "owner_id"),
        (Field::StageBeforeClose, "stage_before_close"),
        (Field::Product, "product"),
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
    pub const ALL: [Preset; 4] = [
        Preset::Dealdeck,
        Preset::Salesforce,
        Preset::Hubspot,
        Preset::Pipedrive,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Preset::Dealdeck => "dealdeck",
            Preset::Salesforce => "salesforce",
            Preset::Hubspot => "hubspot",
            Preset::Pipedrive => "pipedrive",
        }
    }

    /// The preset whose column names the header holds most of (at least three,
    /// among them a deal name); the candidates when two fit equally well.
    pub fn detect(sheet: &Sheet) -> Result<Preset, Vec<Preset>> {
        let fit = |p: Preset| {
            let known = p
                .columns()
                .iter()
                .filter(|(_, names)| names.iter().any(|n| sheet.column(n).is_some()))
                .count();
            let titled = p.columns().iter().any(|(f, names)| {
                *f == Field::Title && names.iter().any(|n| sheet.column(n).is_some())
            });
            if titled { known } else { 0 }
        };
        let best = Preset::ALL.iter().map(|p| fit(*p)).max().unwrap_or(0);
        let candidates: Vec<Preset> = Preset::ALL
            .into_iter()
            .filter(|p| best >= 3 && fit(*p) == best)
            .collect();
        match candidates.as_slice() {
            [one] => Ok(*one),
            _ => Err(candidates),
        }
    }

    /// Each field with the header names that export uses for it.
    pub(super) fn columns(self) -> &'static [(Field, &'static [&'static str])] {
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
                (Product, &["product"]),
            ],
            Preset::Salesforce => &[
                (Title, &["Opportunity Name", "Name"]),
                // Data Loader writes relationship fields as `Account.Name`.
                (Account, &["Account Name", "Account.Name"]),
                (Stage, &["Stage", "StageName"]),
                (Amount, &["Amount"]),
                (CloseDate, &["Close Date", "CloseDate"]),
                (Probability, &["Probability (%)", "Probability"]),
                (Source, &["Lead Source", "LeadSource"]),
                (
                    Owner,
                    &["Opportunity Owner", "Owner", "Owner Name", "Owner.Name"],
                ),
                (CreatedDate, &["Created Date", "CreatedDate"]),
                (IsClosed, &["Is Closed", "IsClosed", "Closed"]),
                (IsWon, &["Is Won", "IsWon", "Won"]),
                (
                    Forecast,
                    &[
                        "Forecast Category",
                        "ForecastCategory",
                        "ForecastCategoryName",
                    ],
                ),
                (NextStep, &["Next Step", "NextStep"]),
                (LossReason, &["Loss Reason", "Loss_Reason__c"]),
                (ExternalId, &["Opportunity ID", "Id"]),
                // API exports name the account and owner by id: joined with
                // the Accounts and User exports imported with their ids.
                (AccountId, &["AccountId", "Account ID"]),
                (OwnerId, &["OwnerId", "Owner ID"]),
                (Product, &["Product", "Product Name", "Primary Product"]),
                (
                    StageBeforeClose,
                    &["Stage Before Close", "Last Open Stage", "Lost At Stage"],
                ),
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
                (Product, &["Product", "Primary Product"]),
                (StageBeforeClose, &["Stage Before Close", "Last Open Stage"]),
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
                (Product, &["Deal - Product name", "Deal - Product"]),
            ],
        }
    }
}
