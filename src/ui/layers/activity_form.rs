//! Log an activity on a deal (`a`): kind, who it was with (any of the
//! account's contacts: space picks each), what happened, when. A call,
//! meeting, email or demo with contacts also moves their last-contacted date
//! (the store does that in the same commit).

use super::Command;
use super::form::{Check, Field, Form};
use crate::domain::*;
use crate::i18n::word;
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
        let names: Vec<String> = contacts
            .iter()
            .map(|c| format!("{} · {}", c.name, c.role.label()))
            .collect();
        // The deal's primary contact is picked to start with.
        let picked: Vec<bool> = contacts
            .iter()
            .map(|c| Some(c.id) == deal.primary_contact)
            .collect();
        let fields = vec![
            Field::choice(
                "kind",
                word("dlg-activity-kind"),
                KINDS.iter().map(|k| k.label().to_string()).collect(),
                if task { KINDS.len() - 1 } else { 0 },
            ),
            Field::pick("contacts", word("dlg-activity-with"), names, picked),
            Field::text("summary", word("dlg-activity-summary"), "", Check::Required),
            // Typed values are read back as dates: they stay as parse_date reads them.
            Field::text("when", word("dlg-activity-when"), "today", Check::Date),
            Field::text(
                "due",
                word("dlg-activity-due"),
                if task { "tomorrow" } else { "" },
                Check::OptionalDate,
            ),
        ];
        ActivityForm {
            form: Form::new(
                if task {
                    t!("dlg-activity-task-title")
                } else {
                    t!("dlg-activity-title")
                },
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
            self.form.reject("when", t!("dlg-activity-future"));
            return None;
        }
        let contacts = f
            .picked("contacts")
            .into_iter()
            .filter_map(|i| self.contacts.get(i).copied())
            .collect();
        let due = f.date("due");
        // For a call, meeting, email, demo or note the due day is a follow-up task's.
        let follow_up = due.filter(|_| kind != ActivityKind::Task);
        Some(Command::LogActivity(
            Box::new(Activity {
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
            }),
            follow_up,
        ))
    }
}

impl super::FormLayer for ActivityForm {
    super::form_in_field!();

    fn command(&mut self) -> Option<Command> {
        self.build_command()
    }
}
