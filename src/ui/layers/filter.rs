//! `f` — the board's filter menu: owner (you, anyone, or a named rep), stale
//! deals only, closing this quarter, and a tag. Enter applies; "anyone",
//! "no" and "any" clear their part.

use super::Command;
use super::form::{Field, Form};
use crate::domain::*;
use crate::ui::board::Filter;
use chrono::NaiveDate;

pub struct FilterMenu {
    pub form: Form,
    /// Owner of each option after "anyone".
    owners: Vec<OwnerId>,
    /// Tag of each option after "any".
    tags: Vec<String>,
}

fn yes_no(key: &'static str, label: &'static str, on: bool) -> Field {
    Field::choice(key, label, vec!["no".into(), "yes".into()], usize::from(on))
}

impl FilterMenu {
    /// `owners` sorted for display, the user's own record first; `tags` as found on deals.
    pub fn new(
        current: &Filter,
        owners: Vec<(OwnerId, String)>,
        tags: Vec<String>,
        today: NaiveDate,
    ) -> Self {
        let mut owner_names = vec!["anyone".to_string()];
        owner_names.extend(owners.iter().map(|(_, n)| n.clone()));
        let owner_index = current
            .owner
            .and_then(|o| owners.iter().position(|(id, _)| *id == o))
            .map_or(0, |i| i + 1);
        let mut tag_names = vec!["any".to_string()];
        tag_names.extend(tags.iter().map(|t| format!("#{t}")));
        let tag_index = current
            .tag
            .as_ref()
            .and_then(|t| tags.iter().position(|x| x == t))
            .map_or(0, |i| i + 1);
        let fields = vec![
            Field::choice("owner", "owner", owner_names, owner_index),
            yes_no("stale", "stale only", current.stale_only),
            yes_no("quarter", "closing this qtr", current.closing_this_quarter),
            Field::choice("tag", "tag", tag_names, tag_index),
        ];
        let mut form = Form::new("Filter the board".into(), String::new(), fields, today);
        form.ask_before_discard = false;
        FilterMenu {
            form,
            owners: owners.into_iter().map(|(id, _)| id).collect(),
            tags,
        }
    }

    fn chosen(&self) -> Filter {
        let f = &self.form;
        Filter {
            owner: f
                .choice("owner")
                .checked_sub(1)
                .and_then(|i| self.owners.get(i))
                .copied(),
            stale_only: f.choice("stale") == 1,
            closing_this_quarter: f.choice("quarter") == 1,
            tag: f
                .choice("tag")
                .checked_sub(1)
                .and_then(|i| self.tags.get(i))
                .cloned(),
        }
    }
}

impl super::FormLayer for FilterMenu {
    super::form_in_field!();

    fn command(&mut self) -> Option<Command> {
        Some(Command::SetFilter(self.chosen()))
    }
}
