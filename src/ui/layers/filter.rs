//! `f` — the board's filter menu: owner (you, anyone, or a named rep), stale
//! deals only, closing this quarter, a tag and a team. Enter applies;
//! "anyone", "no" and "any" clear their part.

use super::Command;
use super::form::{Field, Form};
use crate::domain::*;
use crate::i18n::word;
use crate::ui::board::Filter;
use chrono::NaiveDate;

pub struct FilterMenu {
    pub form: Form,
    /// Owner of each option after "anyone".
    owners: Vec<OwnerId>,
    /// Tag and team of each option after "any".
    choices: Choices,
}

/// What the tag and team fields offer: as found on deals and owners.
pub struct Choices {
    pub tags: Vec<String>,
    pub teams: Vec<String>,
}

/// "any", then each value, and the index of the current one.
fn any_of(
    values: &[String],
    current: Option<&String>,
    show: impl Fn(&str) -> String,
) -> (Vec<String>, usize) {
    let mut names = vec![t!("dlg-filter-any")];
    names.extend(values.iter().map(|v| show(v)));
    let index = current
        .and_then(|c| values.iter().position(|v| v == c))
        .map_or(0, |i| i + 1);
    (names, index)
}

fn yes_no(key: &'static str, label: &'static str, on: bool) -> Field {
    Field::choice(
        key,
        label,
        vec![t!("dlg-no"), t!("dlg-yes")],
        usize::from(on),
    )
}

impl FilterMenu {
    /// `owners` sorted for display, the user's own record first.
    pub fn new(
        current: &Filter,
        owners: Vec<(OwnerId, String)>,
        choices: Choices,
        today: NaiveDate,
    ) -> Self {
        let mut owner_names = vec![t!("dlg-filter-anyone")];
        owner_names.extend(owners.iter().map(|(_, n)| n.clone()));
        let owner_index = current
            .owner
            .and_then(|o| owners.iter().position(|(id, _)| *id == o))
            .map_or(0, |i| i + 1);
        let (tag_names, tag_index) =
            any_of(&choices.tags, current.tag.as_ref(), |t| format!("#{t}"));
        let (team_names, team_index) =
            any_of(&choices.teams, current.team.as_ref(), str::to_string);
        let fields = vec![
            Field::choice("owner", word("dlg-filter-owner"), owner_names, owner_index),
            yes_no("stale", word("dlg-filter-stale"), current.stale_only),
            yes_no(
                "quarter",
                word("dlg-filter-quarter"),
                current.closing_this_quarter,
            ),
            Field::choice("tag", word("dlg-filter-tag"), tag_names, tag_index),
            Field::choice("team", word("dlg-filter-team"), team_names, team_index),
        ];
        let mut form = Form::new(t!("dlg-filter-title"), String::new(), fields, today);
        form.ask_before_discard = false;
        FilterMenu {
            form,
            owners: owners.into_iter().map(|(id, _)| id).collect(),
            choices,
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
                .and_then(|i| self.choices.tags.get(i))
                .cloned(),
            team: f
                .choice("team")
                .checked_sub(1)
                .and_then(|i| self.choices.teams.get(i))
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
