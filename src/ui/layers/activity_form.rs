//! Log an activity on a deal (`a`): kind, who it was with, what happened,
//! when. A call, meeting, email or demo with a contact also moves that
//! contact's last-contacted date (the store does that in the same commit).

use super::Command;
use super::form::{Check, Field, Form};
use crate::domain::*;
use chrono::{DateTime, NaiveDate, Utc};

const KINDS: [ActivityKind; 6] = [
    ActivityKind::Call,
    ActivityKind::Meeting,
    ActivityKind::Email,
    ActivityKind::Demo,
    ActivityKind::Note,
    ActivityKind::Task,
];

pub struct ActivityForm {
    pub form: Form,
    deal: DealId,
    account: AccountId,
    owner: OwnerId,
    contacts: Vec<ContactId>,
    now: DateTime<Utc>,
}

impl ActivityForm {
    /// `owner` is who logs it: the user's owner record, or the deal's owner.
    /// A task form starts on kind "task", due tomorrow.
    pub fn new(
        deal: &Deal,
        contacts: &[Contact],
        owner: OwnerId,
        now: DateTime<Utc>,
        task: bool,
    ) -> Self {
        let mut names = vec!["(nobody in particular)".to_string()];
        names.extend(
            contacts
                .iter()
                .map(|c| format!("{} · {}", c.name, c.role.label())),
        );
        let primary = deal
            .primary_contact
            .and_then(|p| contacts.iter().position(|c| c.id == p))
            .map(|i| i + 1)
            .unwrap_or(0);
        let fields = vec![
            Field::choice(
                "kind",
                "kind",
                KINDS.iter().map(|k| k.label().to_string()).collect(),
                if task { KINDS.len() - 1 } else { 0 },
            ),
            Field::choice("contact", "with", names, primary),
            Field::text("summary", "summary", "", Check::Required),
            Field::text("when", "when", "today", Check::Date),
            Field::text(
                "due",
                "task due",
                if task { "tomorrow" } else { "" },
                Check::OptionalDate,
            ),
        ];
        ActivityForm {
            form: Form::new(
                if task { "Add task" } else { "Log activity" }.into(),
                deal.title.clone(),
                fields,
                now.date_naive(),
            ),
            deal: deal.id,
            account: deal.account,
            owner,
            contacts: contacts.iter().map(|c| c.id).collect(),
            now,
        }
    }

    fn at(&self, day: NaiveDate) -> DateTime<Utc> {
        // Today means now; another day keeps the current time of day, so the
        // timeline still orders same-day entries sensibly.
        day.and_time(self.now.time()).and_utc()
    }

    fn build_command(&mut self) -> Option<Command> {
        let f = &self.form;
        let kind = KINDS.get(f.choice("kind")).copied()?;
        let day = f.date("when")?;
        if day > self.now.date_naive() && kind != ActivityKind::Task {
            self.form.reject(
                "when",
                "only a task can be in the future; pick task to plan it".into(),
            );
            return None;
        }
        let contacts = f
            .choice("contact")
            .checked_sub(1)
            .and_then(|i| self.contacts.get(i))
            .map(|c| vec![*c])
            .unwrap_or_default();
        let due = f.date("due");
        Some(Command::LogActivity(Box::new(Activity {
            id: ActivityId(0),
            kind,
            at: self.at(day),
            deal: Some(self.deal),
            account: Some(self.account),
            contacts,
            owner: self.owner,
            summary: f.text("summary"),
            due: if kind == ActivityKind::Task {
                due.or(Some(day))
            } else {
                None
            },
            done: false,
            created_at: self.now,
            updated_at: self.now,
        })))
    }
}

impl super::FormLayer for ActivityForm {
    super::form_in_field!();

    fn command(&mut self) -> Option<Command> {
        self.build_command()
    }
}
