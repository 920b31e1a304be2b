//! The won dialog (`W`, after any gate): why it was won, from the short list
//! of `settings.toml`, and the day and amount actually signed — each
//! prefilled (the first reason, today, the deal's amount) so enter is enough.

use super::Command;
use super::form::{Check, Field, Form};
use crate::domain::moves::WinInput;
use crate::domain::*;
use crate::format::group_thousands;
use crate::i18n::word;
use crate::store::GateDecision;
use chrono::NaiveDate;

pub struct WonDialog {
    pub deal: DealId,
    pub form: Form,
    /// The gate decision taken on the way (ticks, override reason).
    gate: GateDecision,
    reasons: Vec<String>,
    /// The deal's amount as prefilled, to tell an unchanged amount apart.
    amount: String,
}

impl WonDialog {
    pub fn new(deal: &Deal, gate: GateDecision, reasons: Vec<String>, today: NaiveDate) -> Self {
        let amount = group_thousands(deal.amount.amount, deal.amount.currency.minor_digits());
        let offered = if reasons.is_empty() {
            vec![t!("dlg-won-no-reasons")]
        } else {
            reasons.clone()
        };
        let fields = vec![
            Field::choice("reason", word("dlg-won-reason"), offered, 0),
            Field::text(
                "closed_on",
                word("dlg-won-on"),
                &today.to_string(),
                Check::Date,
            ),
            Field::text("amount", word("dlg-won-amount"), &amount, Check::Amount),
        ];
        let subtitle = t!(
            "dlg-won-subtitle",
            deal = deal.title.as_str(),
            currency = deal.amount.currency.to_string()
        );
        let mut form = Form::new(t!("dlg-won-title"), subtitle, fields, today);
        form.ask_before_discard = false;
        WonDialog {
            deal: deal.id,
            form,
            gate,
            reasons,
            amount,
        }
    }
}

impl super::FormLayer for WonDialog {
    super::form_in_field!();

    fn command(&mut self) -> Option<Command> {
        let f = &self.form;
        let amount_text = f.text("amount");
        let won = WinInput {
            reason: self
                .reasons
                .get(f.choice("reason"))
                .cloned()
                .unwrap_or_default(),
            closed_on: f.date("closed_on"),
            amount: (amount_text != self.amount).then(|| f.amount("amount")),
        };
        Some(Command::Win {
            deal: self.deal,
            gate: self.gate.clone(),
            won,
        })
    }
}
