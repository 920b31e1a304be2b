//! Today: what a person (or a manager's team) has to act on now — tasks due
//! or overdue, next steps due, stale and dormant deals, deals closing this
//! month with unmet gates, improvement actions due, leads waiting for a first
//! follow-up. Pure: the screen and tests hand the records in.

use super::*;
use chrono::{DateTime, Datelike, Duration, NaiveDate, Utc};
use std::collections::{HashMap, HashSet};

/// Improvement actions show from this many days before they are due.
pub const ACTION_DAYS_AHEAD: i64 = 7;

/// What a row asks for, in the order the sections are shown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Item {
    Task {
        id: ActivityId,
        deal: Option<DealId>,
        summary: String,
        due: NaiveDate,
    },
    NextStep {
        deal: DealId,
        step: String,
        due: NaiveDate,
    },
    Stale {
        deal: DealId,
        days_in_stage: i64,
    },
    Dormant {
        deal: DealId,
        quiet_days: i64,
    },
    ClosingWithGates {
        deal: DealId,
        close: NaiveDate,
        missing: usize,
    },
    Action {
        id: ActionId,
        title: String,
        due: NaiveDate,
    },
    Lead {
        id: LeadId,
        company: String,
        waiting_days: i64,
    },
}

impl Item {
    /// The section a row belongs to, as its heading names it.
    pub fn section(&self) -> &'static str {
        match self {
            Item::Task { .. } => crate::i18n::word("dom-agenda-tasks"),
            Item::NextStep { .. } => crate::i18n::word("dom-agenda-next-steps"),
            Item::Stale { .. } => crate::i18n::word("dom-agenda-stale"),
            Item::Dormant { .. } => crate::i18n::word("dom-agenda-dormant"),
            Item::ClosingWithGates { .. } => crate::i18n::word("dom-agenda-closing-gates"),
            Item::Action { .. } => crate::i18n::word("dom-agenda-actions"),
            Item::Lead { .. } => crate::i18n::word("dom-agenda-leads"),
        }
    }

    /// The deal the row is about, when it is about one.
    pub fn deal(&self) -> Option<DealId> {
        match self {
            Item::Task { deal, .. } => *deal,
            Item::NextStep { deal, .. }
            | Item::Stale { deal, .. }
            | Item::Dormant { deal, .. }
            | Item::ClosingWithGates { deal, .. } => Some(*deal),
            Item::Action { .. } | Item::Lead { .. } => None,
        }
    }

    fn order(&self) -> u8 {
        match self {
            Item::Task { .. } => 0,
            Item::NextStep { .. } => 1,
            Item::Stale { .. } => 2,
            Item::Dormant { .. } => 3,
            Item::ClosingWithGates { .. } => 4,
            Item::Action { .. } => 5,
            Item::Lead { .. } => 6,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    /// Whose it is (a manager's Today groups rows by rep).
    pub owner: OwnerId,
    pub item: Item,
    /// Past its day (a task, a next step, an action).
    pub overdue: bool,
}

/// The records Today is made from.
pub struct AgendaInput<'a> {
    /// Whose rows: the person, or a manager's whole team.
    pub people: &'a HashSet<OwnerId>,
    pub open_deals: &'a [&'a Deal],
    pub pipelines: &'a [Pipeline],
    pub tasks: &'a [Activity],
    /// Latest touch (call, meeting, email, demo, note) per deal.
    pub last_touch: &'a HashMap<DealId, DateTime<Utc>>,
    pub actions: &'a [ImprovementAction],
    pub leads: &'a [Lead],
    /// The board's stale rule for a deal.
    pub is_stale: &'a dyn Fn(&Deal) -> bool,
    /// Whether a deal is won or lost: its open tasks ask for nothing any more.
    pub is_closed: &'a dyn Fn(DealId) -> bool,
    pub now: DateTime<Utc>,
}

/// Today's rows: by owner, then section, then the most pressing first.
pub fn agenda(input: &AgendaInput) -> Vec<Row> {
    let today = input.now.date_naive();
    let mine = |o: OwnerId| input.people.contains(&o);
    let mut rows = Vec::new();
    let mut with_task: HashSet<DealId> = HashSet::new();
    for t in input
        .tasks
        .iter()
        .filter(|t| !t.done && mine(t.owner) && !t.deal.is_some_and(input.is_closed))
    {
        let Some(due) = t.due.filter(|d| *d <= today) else {
            continue;
        };
        with_task.extend(t.deal);
        rows.push(Row {
            owner: t.owner,
            item: Item::Task {
                id: t.id,
                deal: t.deal,
                summary: t.summary.clone(),
                due,
            },
            overdue: due < today,
        });
    }
    let month_end = end_of_month(today);
    for d in input
        .open_deals
        .iter()
        .filter(|d| d.is_open() && mine(d.owner))
    {
        // A next step with its own task is listed once, as the task.
        if let (Some(step), Some(due)) = (&d.next_step, d.next_step_date)
            && due <= today
            && !with_task.contains(&d.id)
        {
            rows.push(Row {
                owner: d.owner,
                item: Item::NextStep {
                    deal: d.id,
                    step: step.clone(),
                    due,
                },
                overdue: due < today,
            });
        }
        if (input.is_stale)(d) {
            rows.push(Row {
                owner: d.owner,
                item: Item::Stale {
                    deal: d.id,
                    days_in_stage: super::risk::days_in_stage(d, input.now),
                },
                overdue: false,
            });
        }
        let touched = input
            .last_touch
            .get(&d.id)
            .copied()
            .map_or(d.updated_at, |t| t.max(d.updated_at));
        if super::risk::is_dormant(touched, input.now) {
            let quiet = super::risk::quiet_days(touched, input.now);
            rows.push(Row {
                owner: d.owner,
                item: Item::Dormant {
                    deal: d.id,
                    quiet_days: quiet,
                },
                overdue: false,
            });
        }
        if let Some(close) = d
            .expected_close
            .filter(|c| *c >= first_of_month(today) && *c <= month_end)
            && let Some(pipeline) = input.pipelines.iter().find(|p| p.id == d.pipeline)
        {
            let missing = super::risk::unmet_next_gate(d, pipeline).len();
            if missing > 0 {
                rows.push(Row {
                    owner: d.owner,
                    item: Item::ClosingWithGates {
                        deal: d.id,
                        close,
                        missing,
                    },
                    overdue: false,
                });
            }
        }
    }
    for a in input
        .actions
        .iter()
        .filter(|a| a.status.is_open() && mine(a.owner))
        .filter(|a| a.due <= today + Duration::days(ACTION_DAYS_AHEAD))
    {
        rows.push(Row {
            owner: a.owner,
            item: Item::Action {
                id: a.id,
                title: a.title.clone(),
                due: a.due,
            },
            overdue: a.due < today,
        });
    }
    for l in input.leads.iter().filter(|l| l.last_follow_up.is_none()) {
        let (Some(owner), Some(since)) = (l.owner, l.assigned_at) else {
            continue;
        };
        if mine(owner) && matches!(l.status, LeadStatus::New | LeadStatus::Working) {
            rows.push(Row {
                owner,
                item: Item::Lead {
                    id: l.id,
                    company: l.company.clone(),
                    waiting_days: (input.now - since).num_days(),
                },
                overdue: false,
            });
        }
    }
    rows.sort_by_key(|r| (r.owner, r.item.order(), !r.overdue, urgency(&r.item)));
    rows
}

/// Within a section: the oldest due first, the longest waiting first.
fn urgency(item: &Item) -> i64 {
    match item {
        Item::Task { due, .. }
        | Item::NextStep { due, .. }
        | Item::Action { due, .. }
        | Item::ClosingWithGates { close: due, .. } => i64::from(due.num_days_from_ce()),
        Item::Stale {
            days_in_stage: d, ..
        }
        | Item::Dormant { quiet_days: d, .. }
        | Item::Lead {
            waiting_days: d, ..
        } => -d,
    }
}

fn first_of_month(day: NaiveDate) -> NaiveDate {
    day.with_day(1).unwrap_or(day)
}

fn end_of_month(day: NaiveDate) -> NaiveDate {
    let first = first_of_month(day);
    let next = if first.month() == 12 {
        NaiveDate::from_ymd_opt(first.year() + 1, 1, 1)
    } else {
        NaiveDate::from_ymd_opt(first.year(), first.month() + 1, 1)
    };
    next.and_then(|n| n.pred_opt()).unwrap_or(day)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn each_section_from_hand_built_records() {
        let now = Utc.with_ymd_and_hms(2026, 11, 22, 10, 0, 0).unwrap();
        let today = now.date_naive();
        let me = OwnerId(1);
        let pipeline = defaults::pipelines(now).remove(0);
        let first = pipeline.open_stages().next().unwrap().id;
        let deal = |id: u64, f: &dyn Fn(&mut Deal)| {
            let mut d = Deal::entering(DealId(id), pipeline.id, first, now - Duration::days(5));
            d.owner = me;
            d.expected_close = Some(today + Duration::days(60));
            f(&mut d);
            d
        };
        // A next step due yesterday, with a task: listed once, as the task.
        let stepped = deal(1, &|d| {
            d.next_step = Some("call".into());
            d.next_step_date = Some(today - Duration::days(1));
        });
        // Untouched for 40 days: dormant.
        let quiet = deal(2, &|d| d.updated_at = now - Duration::days(40));
        // Someone else's deal: not mine.
        let theirs = deal(3, &|d| {
            d.owner = OwnerId(2);
            d.updated_at = now - Duration::days(90);
        });
        let task = Activity {
            id: ActivityId(7),
            kind: ActivityKind::Task,
            at: now,
            deal: Some(DealId(1)),
            account: None,
            contacts: vec![],
            owner: me,
            summary: "call".into(),
            due: Some(today - Duration::days(1)),
            done: false,
            created_at: now,
            updated_at: now,
        };
        // The same, on a deal since lost: it asks for nothing.
        let on_lost = Activity {
            id: ActivityId(8),
            deal: Some(DealId(9)),
            ..task.clone()
        };
        let people = HashSet::from([me]);
        let deals = [&stepped, &quiet, &theirs];
        let rows = agenda(&AgendaInput {
            people: &people,
            open_deals: &deals,
            pipelines: std::slice::from_ref(&pipeline),
            tasks: &[task, on_lost],
            last_touch: &HashMap::new(),
            actions: &[],
            leads: &[],
            is_stale: &|_| false,
            is_closed: &|id| id == DealId(9),
            now,
        });
        let kinds: Vec<&str> = rows.iter().map(|r| r.item.section()).collect();
        assert_eq!(kinds, ["tasks due", "dormant deals"]);
        assert!(rows[0].overdue);
        assert!(matches!(rows[1].item, Item::Dormant { quiet_days: 40, .. }));
    }
}
