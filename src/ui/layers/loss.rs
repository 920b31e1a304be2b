//! Loss capture (`X`): reason category and sub-reason from the taxonomy,
//! competitor, controllable, and a one-line lesson. A [`Form`] whose
//! sub-reasons and controllable default follow the chosen category.

use super::Command;
use super::form::{Check, Field, Form, Input};
use crate::analytics::loss::Signal;
use crate::domain::*;
use crate::i18n::word;
use crate::store::LossInput;
use chrono::NaiveDate;

pub struct LossDialog {
    pub deal: DealId,
    pub form: Form,
    categories: Vec<LossCategory>,
    /// The category the sub-reasons were built for.
    shown_category: usize,
}

fn sub_reasons(category: Option<&LossCategory>) -> Vec<String> {
    category.map(|c| c.sub_reasons.clone()).unwrap_or_default()
}

fn yes_no(yes: bool) -> usize {
    if yes { 0 } else { 1 }
}

impl LossDialog {
    /// `signals`: suggestions from the deal's data; the first one the taxonomy knows
    /// preselects the reason, and each is shown with its evidence.
    pub fn new(
        deal: &Deal,
        categories: Vec<LossCategory>,
        today: NaiveDate,
        signals: &[Signal],
    ) -> Self {
        Self::build(t!("dlg-loss-title"), deal, categories, today, signals, None)
    }

    /// The loss review's triage of a lost deal: prefilled from its loss record when it
    /// has one (to confirm or correct), else from the signals.
    pub fn triage(
        deal: &Deal,
        categories: Vec<LossCategory>,
        today: NaiveDate,
        signals: &[Signal],
    ) -> Self {
        Self::build(
            t!("dlg-loss-triage-title"),
            deal,
            categories,
            today,
            signals,
            deal.loss.as_deref(),
        )
    }

    fn build(
        title: String,
        deal: &Deal,
        categories: Vec<LossCategory>,
        today: NaiveDate,
        signals: &[Signal],
        recorded: Option<&LossRecord>,
    ) -> Self {
        // Signals name the built-in (English) sub-reasons; a taxonomy in another
        // language (the Chinese defaults) has the same one at the same place.
        let builtin = crate::domain::defaults::loss_taxonomy();
        let builtin_place = |category: &str, sub_reason: &str| {
            builtin
                .iter()
                .find(|c| c.key == category)?
                .sub_reasons
                .iter()
                .position(|r| r == sub_reason)
        };
        let position = |category: &str, sub_reason: &str| {
            let c = categories.iter().position(|c| c.key == category)?;
            let subs = &categories[c].sub_reasons;
            let sub = subs
                .iter()
                .position(|r| r == sub_reason)
                .or_else(|| builtin_place(category, sub_reason).filter(|i| *i < subs.len()))
                .unwrap_or(0);
            Some((c, sub))
        };
        let suggested = match recorded {
            Some(r) => position(&r.category, &r.sub_reason),
            None => signals
                .iter()
                .find_map(|s| position(s.category, s.sub_reason)),
        };
        let (chosen, sub) = suggested.unwrap_or((0, 0));
        let first = categories.get(chosen);
        let competitor = match recorded {
            Some(r) => r.competitor.as_deref().unwrap_or(""),
            None => deal.competitors.first().map(String::as_str).unwrap_or(""),
        };
        let controllable = match recorded {
            Some(r) => r.controllable,
            None => first.is_none_or(|c| c.controllable),
        };
        let mut fields = vec![
            Field::choice(
                "category",
                word("dlg-loss-reason"),
                categories.iter().map(|c| c.name.clone()).collect(),
                chosen,
            ),
            Field::choice(
                "sub_reason",
                word("dlg-loss-detail"),
                sub_reasons(first),
                sub,
            ),
            Field::text(
                "competitor",
                word("dlg-loss-competitor"),
                competitor,
                Check::Optional,
            ),
            Field::choice(
                "controllable",
                word("dlg-loss-controllable"),
                vec![t!("dlg-yes"), t!("dlg-no")],
                yes_no(controllable),
            ),
            Field::text(
                "lesson",
                word("dlg-loss-lesson"),
                recorded.map_or("", |r| r.lesson.as_str()),
                Check::Optional,
            )
            .tall(3),
        ];
        // Marking it lost: the day it was lost (today unless said). A triage
        // reclassifies a loss already dated.
        if recorded.is_none() && deal.is_open() {
            fields.push(Field::text(
                "lost_on",
                word("dlg-loss-lost-on"),
                &today.to_string(),
                Check::Date,
            ));
        }
        let mut form = Form::new(title, deal.title.clone(), fields, today);
        form.notes = signals
            .iter()
            .map(|s| {
                // The workspace's own name of the suggested sub-reason.
                let reason = position(s.category, s.sub_reason)
                    .and_then(|(c, sub)| categories.get(c)?.sub_reasons.get(sub))
                    .map_or(s.sub_reason, String::as_str);
                t!(
                    "dlg-loss-signal",
                    reason = reason,
                    evidence = s.evidence.as_str()
                )
            })
            .collect();
        LossDialog {
            deal: deal.id,
            form,
            categories,
            shown_category: chosen,
        }
    }

    /// After the category changed: its sub-reasons, and its controllable default.
    fn follow_category(&mut self) {
        let chosen = self.form.choice("category");
        if chosen == self.shown_category {
            return;
        }
        self.shown_category = chosen;
        let category = self.categories.get(chosen);
        for field in &mut self.form.fields {
            match (field.key, &mut field.input) {
                ("sub_reason", Input::Choice { options, index }) => {
                    *options = sub_reasons(category);
                    *index = 0;
                }
                ("controllable", Input::Choice { index, .. }) => {
                    *index = yes_no(category.is_none_or(|c| c.controllable));
                }
                _ => {}
            }
        }
    }

    fn build_command(&mut self) -> Option<Command> {
        let Some(category) = self.categories.get(self.shown_category) else {
            self.form.error = Some(t!("dlg-loss-no-taxonomy"));
            return None;
        };
        let f = &self.form;
        Some(Command::Lose {
            deal: self.deal,
            loss: LossInput {
                category: category.key.clone(),
                sub_reason: f.text("sub_reason"),
                competitor: Some(f.text("competitor")),
                controllable: Some(f.choice("controllable") == 0),
                lesson: f.text("lesson"),
                lost_on: f.date("lost_on"),
            },
        })
    }
}

impl super::FormLayer for LossDialog {
    super::form_in_field!();

    fn command(&mut self) -> Option<Command> {
        self.build_command()
    }

    fn after_key(&mut self) {
        self.follow_category();
    }
}
