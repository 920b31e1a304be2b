//! Today's rows, built from the workspace: the user's own, or a manager's
//! team (a director's: everyone's), grouped by rep.

use super::app::App;
use super::layers::Layer;
use super::layers::today::{Today, TodayRow};
use crate::domain::agenda::{AgendaInput, agenda};
use crate::domain::*;
use std::collections::{HashMap, HashSet};

/// Beyond this many open deals in view, dormant deals are not looked for
/// (one index read per deal); the other sections still are.
const DORMANT_LOOKUP_LIMIT: usize = 5_000;

impl App {
    /// Takes the settings; `start = "today"` opens on Today.
    pub fn apply_settings(&mut self, settings: crate::settings::Settings) {
        let today = settings.start == crate::settings::StartScreen::Today;
        self.look.settings = settings;
        if today {
            self.open_today();
        }
    }

    /// `g t`: Today on top (built afresh).
    pub(super) fn open_today(&mut self) {
        self.layers.retain(|l| !matches!(l, Layer::Today(_)));
        match self.today_rows() {
            Ok((whose, grouped, rows)) => self.layers.push(Layer::Today(Today {
                whose,
                rows,
                selected: 0,
                grouped,
                notice: None,
                today: self.now.date_naive(),
            })),
            Err(e) => self.set_error(e),
        }
    }

    /// Today's rows again, after a change made from it or over it.
    pub(super) fn refresh_today(&mut self) {
        let rows = self.today_rows();
        if let Some(Layer::Today(today)) = self.layers.last_mut() {
            match rows {
                Ok((_, _, rows)) => today.refreshed(rows),
                Err(e) => today.notice = Some(e),
            }
        }
    }

    /// Whose rows Today shows: a rep their own; a manager their team's; a
    /// director everyone's. Nobody's owner record: the user's name alone.
    fn today_people(&self) -> (String, HashSet<OwnerId>) {
        let Some(me) = self.my_owner_id().and_then(|id| self.data.owners.get(&id)) else {
            return (
                t!("list-today-no-owner", name = self.user.as_str()),
                HashSet::new(),
            );
        };
        let everyone = || self.data.owners.keys().copied().collect::<HashSet<_>>();
        match me.role {
            OwnerRole::Director => (t!("list-today-everyone"), everyone()),
            OwnerRole::Manager if !me.team.is_empty() => (
                t!("list-today-team", team = me.team.as_str()),
                self.data
                    .owners
                    .values()
                    .filter(|o| o.team == me.team)
                    .map(|o| o.id)
                    .collect(),
            ),
            _ => (me.name.clone(), HashSet::from([me.id])),
        }
    }

    fn today_rows(&self) -> Result<(String, bool, Vec<TodayRow>), String> {
        let (whose, people) = self.today_people();
        let e = |e: crate::store::StoreError| e.to_string();
        let tasks = self.store.tasks().map_err(e)?;
        let actions = self.store.open_actions().map_err(e)?;
        let leads = self.store.leads().map_err(e)?;
        let open: Vec<&Deal> = self
            .data
            .deals
            .values()
            .filter(|d| d.is_open() && people.contains(&d.owner))
            .collect();
        let mut last_touch: HashMap<DealId, chrono::DateTime<chrono::Utc>> = HashMap::new();
        if open.len() <= DORMANT_LOOKUP_LIMIT {
            for d in &open {
                let acts = self.store.activities_of(d.id).map_err(e)?;
                if let Some(t) = acts
                    .iter()
                    .filter(|a| a.kind != ActivityKind::Task)
                    .map(|a| a.at)
                    .max()
                {
                    last_touch.insert(d.id, t);
                }
            }
        } else {
            // Too many to look up: every deal counts as touched now.
            for d in &open {
                last_touch.insert(d.id, self.now);
            }
        }
        let now = self.now;
        let data = &self.data;
        let is_stale = |d: &Deal| {
            data.pipeline_of(d)
                .and_then(|p| p.stage(d.stage))
                .is_some_and(|s| data.is_stale(d, s, now))
        };
        let rows = agenda(&AgendaInput {
            people: &people,
            open_deals: &open,
            pipelines: &data.pipelines,
            tasks: &tasks,
            last_touch: &last_touch,
            actions: &actions,
            leads: &leads,
            is_stale: &is_stale,
            is_closed: &|id| data.deals.get(&id).is_some_and(|d| !d.is_open()),
            now,
        });
        let rows = rows
            .into_iter()
            .map(|row| TodayRow {
                owner: data.owner_name(row.owner).to_string(),
                deal: row
                    .item
                    .deal()
                    .and_then(|id| data.deals.get(&id))
                    .map(|d| d.title.clone())
                    .unwrap_or_default(),
                row,
            })
            .collect();
        Ok((whose, people.len() > 1, rows))
    }

    /// The board header's "3 due": next steps due or overdue on the deals
    /// Today covers. Counted once per change of the data (or of the day), not
    /// per frame: a frame reads the kept figure.
    pub fn due_count(&self) -> usize {
        let today = self.now.date_naive();
        let data = std::sync::Arc::as_ptr(&self.data) as usize;
        let key = (data, self.jobs.changes, today);
        if let Some((d, c, t, n)) = self.chrome.due.get()
            && (d, c, t) == key
        {
            return n;
        }
        let (_, people) = self.today_people();
        let n = self
            .data
            .deals
            .values()
            .filter(|d| d.is_open() && people.contains(&d.owner))
            .filter(|d| d.next_step_date.is_some_and(|n| n <= today))
            .count();
        self.chrome.due.set(Some((key.0, key.1, key.2, n)));
        n
    }
}
