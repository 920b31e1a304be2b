//! New deal (`n`) and edit deal (`e`): a [`Form`] whose values become a
//! `DealDraft` or an edited `Deal`. Stage and status are not editable here;
//! they change only through moves, so the stage history stays true.

use super::Command;
use super::form::{Check, Field, Form};
use crate::domain::money::Currency;
use crate::domain::*;
use crate::i18n::word;
use crate::store::{AccountRef, DealDraft};
use chrono::NaiveDate;

/// Existing records the form chooses from.
pub struct Choices {
    pub owners: Vec<Owner>,
    pub accounts: Vec<Account>,
    /// The person at the keyboard, preselected as owner of a new deal.
    pub user: String,
    /// The currency most of the workspace's deals are in: a new deal's.
    pub currency: Currency,
}

enum Mode {
    New {
        pipeline: PipelineId,
        stages: Vec<StageId>,
    },
    Edit(Box<Deal>),
}

pub struct DealForm {
    pub form: Form,
    mode: Mode,
    owners: Vec<Owner>,
    accounts: Vec<Account>,
}

fn join(items: &[String]) -> String {
    items.join(", ")
}

fn split(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for part in text.split(',').map(str::trim).filter(|p| !p.is_empty()) {
        if !out.iter().any(|o| o.eq_ignore_ascii_case(part)) {
            out.push(part.to_string());
        }
    }
    out
}

fn owner_field(owners: &[Owner], selected: &str) -> Field {
    let names: Vec<String> = owners.iter().map(|o| o.name.clone()).collect();
    let index = names.iter().position(|n| n == selected).unwrap_or(0);
    Field::choice("owner", word("dlg-deal-owner"), names, index)
}

fn account_field(accounts: &[Account], value: &str) -> Field {
    Field::text("account", word("dlg-deal-account"), value, Check::Required)
        .with_suggestions(accounts.iter().map(|a| a.name.clone()).collect())
}

impl DealForm {
    /// A blank deal in `pipeline`, starting in `stage` when it is an open stage.
    pub fn new_deal(
        pipeline: &Pipeline,
        stage: Option<StageId>,
        choices: Choices,
        today: NaiveDate,
    ) -> DealForm {
        let stages: Vec<&Stage> = pipeline.open_stages().collect();
        let start = stages.iter().position(|s| Some(s.id) == stage).unwrap_or(0);
        let fields = vec![
            Field::text("title", word("dlg-deal-title"), "", Check::Required),
            account_field(&choices.accounts, ""),
            owner_field(&choices.owners, &choices.user),
            Field::text("amount", word("dlg-deal-amount"), "", Check::Amount),
            Field::text(
                "currency",
                word("dlg-deal-currency"),
                choices.currency.as_str(),
                Check::Currency,
            ),
            Field::text("close", word("dlg-deal-close"), "eoq", Check::Date),
            Field::choice(
                "stage",
                word("dlg-deal-stage"),
                stages.iter().map(|s| s.name.clone()).collect(),
                start,
            ),
            Field::text("source", word("dlg-deal-source"), "", Check::Optional),
            Field::text("tags", word("dlg-deal-tags"), "", Check::Optional),
            Field::text("next_step", word("dlg-deal-next-step"), "", Check::Optional),
            Field::text(
                "next_step_date",
                word("dlg-deal-next-step-date"),
                "",
                Check::OptionalDate,
            ),
        ];
        DealForm {
            form: Form::new(
                t!("dlg-deal-new-title", pipeline = pipeline.name.as_str()),
                String::new(),
                fields,
                today,
            ),
            mode: Mode::New {
                pipeline: pipeline.id,
                stages: stages.iter().map(|s| s.id).collect(),
            },
            owners: choices.owners,
            accounts: choices.accounts,
        }
    }

    pub fn edit_deal(deal: &Deal, choices: Choices, today: NaiveDate) -> DealForm {
        let account_name = choices
            .accounts
            .iter()
            .find(|a| a.id == deal.account)
            .map(|a| a.name.clone())
            .unwrap_or_default();
        let owner_name = choices
            .owners
            .iter()
            .find(|o| o.id == deal.owner)
            .map(|o| o.name.clone())
            .unwrap_or_default();
        let forecast = ForecastCategory::ALL
            .iter()
            .position(|f| *f == deal.forecast)
            .unwrap_or(0);
        let fields = vec![
            Field::text(
                "title",
                word("dlg-deal-title"),
                &deal.title,
                Check::Required,
            ),
            account_field(&choices.accounts, &account_name),
            owner_field(&choices.owners, &owner_name),
            Field::text(
                "amount",
                word("dlg-deal-amount"),
                &deal.amount.amount.normalize().to_string(),
                Check::Amount,
            ),
            Field::text(
                "currency",
                word("dlg-deal-currency"),
                deal.amount.currency.as_str(),
                Check::Currency,
            ),
            Field::text(
                "close",
                word("dlg-deal-close"),
                &deal
                    .expected_close
                    .map(|c| c.to_string())
                    .unwrap_or_default(),
                Check::Date,
            ),
            Field::text(
                "probability",
                word("dlg-deal-probability"),
                &deal
                    .probability_override
                    .map(|p| p.to_string())
                    .unwrap_or_default(),
                Check::OptionalPercent,
            ),
            Field::choice(
                "forecast",
                word("dlg-deal-forecast"),
                ForecastCategory::ALL
                    .iter()
                    .map(|f| f.label().to_string())
                    .collect(),
                forecast,
            ),
            Field::text(
                "source",
                word("dlg-deal-source"),
                &deal.source,
                Check::Optional,
            ),
            Field::text(
                "tags",
                word("dlg-deal-tags"),
                &join(&deal.tags),
                Check::Optional,
            ),
            Field::text(
                "competitors",
                word("dlg-deal-competitors"),
                &join(&deal.competitors),
                Check::Optional,
            ),
            Field::text(
                "next_step",
                word("dlg-deal-next-step"),
                deal.next_step.as_deref().unwrap_or(""),
                Check::Optional,
            ),
            Field::text(
                "next_step_date",
                word("dlg-deal-next-step-date"),
                &deal
                    .next_step_date
                    .map(|d| d.to_string())
                    .unwrap_or_default(),
                Check::OptionalDate,
            ),
        ];
        DealForm {
            form: Form::new(
                t!("dlg-deal-edit-title", id = deal.id.to_string()),
                deal.title.clone(),
                fields,
                today,
            ),
            mode: Mode::Edit(Box::new(deal.clone())),
            owners: choices.owners,
            accounts: choices.accounts,
        }
    }

    fn account_named(&self, name: &str) -> Option<&Account> {
        let wanted = name.trim().to_lowercase();
        self.accounts
            .iter()
            .find(|a| a.name.to_lowercase() == wanted)
    }

    fn owner(&self) -> Option<&Owner> {
        self.owners.get(self.form.choice("owner"))
    }

    fn money(&self) -> Money {
        let currency = self.form.currency("currency").unwrap_or(Currency::USD);
        Money::new(self.form.amount("amount"), currency)
    }

    fn next_step(&self) -> Option<String> {
        Some(self.form.text("next_step")).filter(|s| !s.is_empty())
    }

    /// The command the values stand for, or None when a field was rejected.
    fn build_command(&mut self) -> Option<Command> {
        let f = &self.form;
        let close = f.date("close")?;
        match &self.mode {
            Mode::New { pipeline, stages } => {
                let account_text = f.text("account");
                let account = match self.account_named(&account_text) {
                    Some(a) => AccountRef::Id(a.id),
                    None => AccountRef::Name(account_text),
                };
                Some(Command::CreateDeal(Box::new(DealDraft {
                    title: f.text("title"),
                    account,
                    owner: self.owner().map(|o| o.name.clone()),
                    amount: self.money(),
                    expected_close: Some(close),
                    pipeline: *pipeline,
                    stage: stages.get(f.choice("stage")).copied(),
                    source: f.text("source"),
                    tags: split(&f.text("tags")),
                    next_step: self.next_step(),
                    next_step_date: f.date("next_step_date"),
                })))
            }
            Mode::Edit(original) => {
                let account_text = f.text("account");
                let Some(account) = self.account_named(&account_text) else {
                    self.form.reject("account", t!("dlg-deal-no-account"));
                    return None;
                };
                let mut deal = (**original).clone();
                if deal.account != account.id {
                    deal.account = account.id;
                    deal.industry = account.industry.clone();
                    deal.region = account.region.clone();
                    deal.primary_contact = None;
                }
                deal.title = f.text("title");
                if let Some(owner) = self.owner() {
                    deal.owner = owner.id;
                }
                deal.amount = self.money();
                deal.expected_close = Some(close);
                deal.probability_override = f.percent("probability");
                deal.forecast = ForecastCategory::ALL
                    .get(f.choice("forecast"))
                    .copied()
                    .unwrap_or_default();
                deal.source = f.text("source");
                deal.tags = split(&f.text("tags"));
                deal.competitors = split(&f.text("competitors"));
                deal.next_step = self.next_step();
                deal.next_step_date = f.date("next_step_date");
                Some(Command::SaveDeal(Box::new(deal)))
            }
        }
    }
}

impl super::FormLayer for DealForm {
    super::form_in_field!();

    fn command(&mut self) -> Option<Command> {
        self.build_command()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_split_trim_and_drop_repeats() {
        assert_eq!(
            split(" renewal, Q4 ,,q4, upsell "),
            vec!["renewal".to_string(), "Q4".into(), "upsell".into()]
        );
        assert!(split(" , ").is_empty());
    }
}
