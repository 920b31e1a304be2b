//! Recording an approval in the quote editor (`A`): who approves, at which
//! level (a signed-in user approves as themselves, up to their role's level),
//! and a comment.

use super::Outcome;
use super::form::{Check, Field, Form, FormEvent};
use super::quote::{LEVELS, QuoteEditor, QuoteRequest, level_word, stored_level_word};
use crate::domain::*;
use crate::ui::action::Action;
use crate::ui::keymap::Key;

impl QuoteEditor {
    pub(super) fn open_approval(&mut self) {
        use crate::domain::pricing::ApprovalLevel;
        let needed = self.guards.approval_needed;
        // Signed in: "approve as me", at the levels the role allows.
        // The choices in words, in the order of `LEVELS`: the form hands back an index.
        let levels: Vec<String> = match self.approves_up_to {
            Some(ApprovalLevel::None) => {
                self.error = Some(t!("quote-may-not-approve", user = self.user.as_str()));
                return;
            }
            Some(ApprovalLevel::Manager) => {
                LEVELS[..1].iter().map(|l| stored_level_word(l)).collect()
            }
            _ => LEVELS.iter().map(|l| stored_level_word(l)).collect(),
        };
        let level = usize::from(needed == ApprovalLevel::Director).min(levels.len() - 1);
        let mut fields = Vec::new();
        if self.approves_up_to.is_none() {
            fields.push(Field::text(
                "approver",
                crate::i18n::word("quote-field-approver"),
                "",
                Check::Required,
            ));
        }
        fields.push(Field::choice(
            "level",
            crate::i18n::word("quote-field-level"),
            levels,
            level,
        ));
        fields.push(Field::text(
            "comment",
            crate::i18n::word("quote-field-comment"),
            "",
            Check::Optional,
        ));
        let mut form = Form::new(
            t!("quote-approval-title"),
            t!("quote-approval-needs", level = level_word(needed)),
            fields,
            self.today,
        );
        form.notes = vec![if self.approves_up_to.is_some() {
            t!("quote-approval-as-me", user = self.user.as_str())
        } else {
            t!("quote-approval-by-typed", user = self.user.as_str())
        }];
        self.approval = Some(form);
    }

    pub(super) fn approval_key(&mut self, key: Key, action: Option<Action>) -> Outcome {
        let Some(form) = self.approval.as_mut() else {
            return Outcome::Stay;
        };
        match form.handle(key, action) {
            FormEvent::Stay => Outcome::Stay,
            FormEvent::Close => {
                self.approval = None;
                Outcome::Stay
            }
            FormEvent::Quit => Outcome::Quit,
            FormEvent::Submit => Outcome::quote(QuoteRequest::Approve(Approval {
                approver: if self.approves_up_to.is_some() {
                    self.user.clone()
                } else {
                    form.text("approver").trim().to_string()
                },
                level: LEVELS
                    .get(form.choice("level"))
                    .copied()
                    .unwrap_or(LEVELS[0])
                    .to_string(),
                at: chrono::DateTime::<chrono::Utc>::MIN_UTC,
                comment: form.text("comment").trim().to_string(),
            })),
        }
    }
}
