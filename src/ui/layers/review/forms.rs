//! The forms of steps 1 (period, participants), 3 (earlier actions) and 7
//! (improvement actions): built from what the wizard holds, read into requests.

use super::{
    ACTION_FIELDS, ACTION_LABELS, MAX_CARRIED, Outcome, ReviewRequest, ReviewWizard, Step,
};
use crate::analytics::Period;
use crate::domain::*;
use crate::i18n::word;
use crate::store::ActionDraft;
use crate::ui::layers::form::{Check, Field, Form, Input};
use chrono::Duration;

impl ReviewWizard {
    pub(super) fn period_form(&self) -> Form {
        let (period, participants) = match &self.review {
            Some(r) => (r.period_label(), r.participants.join(", ")),
            None => {
                let reviewed: Vec<_> = self
                    .past
                    .iter()
                    .map(|r| (r.period_start, r.period_end))
                    .collect();
                let (first, _) = crate::review::unreviewed_month(self.today, &reviewed);
                // The people of the last review, else whoever opens it.
                let last = self.past.iter().max_by_key(|r| r.period_start);
                let people = last
                    .map(|r| r.participants.join(", "))
                    .filter(|p| !p.is_empty())
                    .unwrap_or_else(|| self.user.clone());
                (Period::month_of(first).label, people)
            }
        };
        let fields = vec![
            Field::text("period", word("rev-form-period"), &period, Check::Required),
            Field::text(
                "participants",
                word("rev-form-participants"),
                &participants,
                Check::Optional,
            ),
        ];
        let mut form = Form::new(
            t!("rev-form-title"),
            t!("rev-form-subtitle"),
            fields,
            self.today,
        );
        form.notes = vec![t!("rev-form-period-note")];
        if self.review.is_some() {
            form.notes.push(t!("rev-form-abandon-note"));
        }
        form
    }

    pub(super) fn actions_form(&self) -> Form {
        let statuses: Vec<String> = ActionStatus::ALL
            .iter()
            .map(|s| s.label().to_string())
            .collect();
        let review = self.review.as_ref().map(|r| r.id);
        let mut fields = Vec::new();
        for a in self.carried.iter().take(MAX_CARRIED) {
            // A step revisited shows the answers already given in this review.
            let given = a
                .history
                .iter()
                .rev()
                .find(|h| h.review == review && review.is_some());
            let status = given.map_or(a.status, |h| h.status);
            let index = ActionStatus::ALL
                .iter()
                .position(|s| *s == status)
                .unwrap_or(0);
            fields.push(Field::choice(
                "status",
                word("rev-field-status"),
                statuses.clone(),
                index,
            ));
            fields.push(Field::text(
                "note",
                word("rev-field-note"),
                given.map_or("", |h| h.note.as_str()),
                Check::Optional,
            ));
        }
        Form::new(
            t!("rev-form-actions-title"),
            String::new(),
            fields,
            self.today,
        )
    }

    pub(super) fn improvements_form(&self) -> Form {
        let owner_names: Vec<String> = self.owners.iter().map(|o| o.name.clone()).collect();
        let me = self
            .owners
            .iter()
            .position(|o| o.name.eq_ignore_ascii_case(&self.user))
            .or_else(|| self.owners.iter().position(|o| o.role != OwnerRole::Rep))
            .unwrap_or(0);
        let reasons: Vec<String> = self.categories.iter().map(|c| c.name.clone()).collect();
        let reason_index = |key: &str| self.categories.iter().position(|c| c.key == key);
        let mut fields = Vec::new();
        for (i, keys) in ACTION_FIELDS.iter().enumerate() {
            let chosen = self.chosen.get(i);
            let owner = chosen
                .and_then(|a| self.owners.iter().position(|o| o.id == a.owner))
                .unwrap_or(me);
            let due = chosen.map_or(self.today + Duration::days(30), |a| a.due);
            let reason = chosen
                .map(|a| a.linked_reason.as_str())
                .or(self.top_reasons.get(i).map(String::as_str))
                .and_then(reason_index)
                .unwrap_or(i.min(reasons.len().saturating_sub(1)));
            fields.push(Field::text(
                keys[0],
                word(ACTION_LABELS[i]),
                chosen.map_or("", |a| a.title.as_str()),
                Check::Optional,
            ));
            fields.push(Field::choice(
                keys[1],
                indented("rev-form-owner"),
                owner_names.clone(),
                owner,
            ));
            fields.push(Field::text(
                keys[2],
                indented("rev-form-due"),
                &due.to_string(),
                Check::Date,
            ));
            fields.push(Field::choice(
                keys[3],
                indented("rev-form-addresses"),
                reasons.clone(),
                reason,
            ));
        }
        let mut form = Form::new(
            t!("rev-form-improvements-title"),
            t!("rev-form-improvements-subtitle"),
            fields,
            self.today,
        );
        form.ask_before_discard = true;
        form
    }

    pub(super) fn submit_form(&mut self) -> Outcome {
        let Some(form) = self.form.as_mut() else {
            return Outcome::Stay;
        };
        match self.step {
            Step::Period => {
                let period = match Period::parse(&form.text("period"), self.today) {
                    Ok(p) => p,
                    Err(e) => {
                        form.reject("period", e.0);
                        return Outcome::Stay;
                    }
                };
                // A period reviewed before takes a second enter: never by accident.
                let reviewed = self
                    .past
                    .iter()
                    .find(|r| r.covers(period.first, period.last));
                let again = reviewed.is_some();
                if let Some(done) = reviewed
                    && self.again_for != Some((period.first, period.last))
                {
                    self.again_for = Some((period.first, period.last));
                    form.reject(
                        "period",
                        t!(
                            "rev-form-reviewed-before",
                            period = done.period_label(),
                            id = done.id.to_string()
                        ),
                    );
                    return Outcome::Stay;
                }
                let participants: Vec<String> = form
                    .text("participants")
                    .split([',', ';'])
                    .map(|p| p.trim().to_string())
                    .filter(|p| !p.is_empty())
                    .collect();
                self.pending = Some(Step::Scorecard);
                Outcome::review(match &self.review {
                    None => ReviewRequest::Start {
                        first: period.first,
                        last: period.last,
                        participants,
                        again,
                    },
                    Some(r) => ReviewRequest::SetPeriod {
                        review: r.id,
                        first: period.first,
                        last: period.last,
                        participants,
                        again,
                    },
                })
            }
            Step::Actions => {
                let Some(r) = &self.review else {
                    return Outcome::Stay;
                };
                let answers = self
                    .carried
                    .iter()
                    .take(MAX_CARRIED)
                    .enumerate()
                    .map(|(i, a)| {
                        let status = form
                            .fields
                            .get(2 * i)
                            .and_then(|f| match &f.input {
                                Input::Choice { index, .. } => {
                                    ActionStatus::ALL.get(*index).copied()
                                }
                                _ => None,
                            })
                            .unwrap_or(a.status);
                        let note = form
                            .fields
                            .get(2 * i + 1)
                            .map(|f| f.value().trim().to_string())
                            .unwrap_or_default();
                        (a.id, status, note)
                    })
                    .collect();
                self.pending = Some(Step::Triage);
                Outcome::review(ReviewRequest::ActionStatuses {
                    review: r.id,
                    answers,
                })
            }
            Step::Improvements => {
                let Some(r) = &self.review else {
                    return Outcome::Stay;
                };
                let mut drafts = Vec::new();
                for keys in ACTION_FIELDS {
                    let title = form.text(keys[0]);
                    if title.trim().is_empty() {
                        continue;
                    }
                    let Some(due) = form.date(keys[2]) else {
                        form.reject(keys[2], t!("rev-form-due-needed"));
                        return Outcome::Stay;
                    };
                    let (Some(owner), Some(reason)) = (
                        self.owners.get(form.choice(keys[1])),
                        self.categories.get(form.choice(keys[3])),
                    ) else {
                        form.error = Some(t!("rev-form-nothing-to-choose"));
                        return Outcome::Stay;
                    };
                    drafts.push(ActionDraft {
                        title: title.trim().to_string(),
                        owner: owner.id,
                        due,
                        linked_reason: reason.key.clone(),
                    });
                }
                self.pending = Some(Step::Finish);
                Outcome::review(ReviewRequest::Actions {
                    review: r.id,
                    drafts,
                })
            }
            _ => Outcome::Stay,
        }
    }
}

/// The label `key` indented two cells under its action's title, as a field
/// label must be: `&'static` (made once per language and kept, as `word` does).
fn indented(key: &str) -> &'static str {
    crate::i18n::keep(format!("  {}", word(key)))
}
