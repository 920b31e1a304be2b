//! What a deals file's columns can mean, and the column names of the exports
//! dealdeck knows (and how it recognises them from a header).

use super::columns::import_fields;
use super::sheet::Sheet;

import_fields! {
    /// What a column can mean.
    pub enum Field {
        Title = "title",
        Account = "account",
        Stage = "stage",
        Amount = "amount",
        Currency = "currency",
        CloseDate = "close_date",
        CreatedDate = "created_date",
        Owner = "owner",
        Probability = "probability",
        Source = "source",
        IsClosed = "is_closed",
        IsWon = "is_won",
        Status = "status",
        LossReason = "loss_reason",
        NextStep = "next_step",
        ExternalId = "external_id",
        Pipeline = "pipeline",
        WonTime = "won_time",
        LostTime = "lost_time",
        Forecast = "forecast",
        /// The owner's team (fills an owner who has none).
        Team = "team",
        /// The account's id in the CRM (joins accounts imported with their ids).
        AccountId = "account_id",
        /// The owner's id in the CRM (joins owners imported with their ids).
        OwnerId = "owner_id",
        /// The open stage a closed deal was in before it closed.
        StageBeforeClose = "stage_before_close",
        /// The deal's main product: a SKU or name of the catalogue.
        Product = "product",
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
