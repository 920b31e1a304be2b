//! Hand-built workspaces for exact-figure tests: deals walked through the default
//! "New business" pipeline by explicit stage events on chosen days.

use chrono::{DateTime, NaiveDate, TimeZone, Utc};
use dealdeck::domain::*;
use rust_decimal::Decimal;

/// 09:00 UTC on a day given as `MM-DD` of 2026 (or a full `YYYY-MM-DD`).
pub fn on(day: &str) -> DateTime<Utc> {
    let full = if day.len() == 5 {
        format!("2026-{day}")
    } else {
        day.to_string()
    };
    let d = NaiveDate::parse_from_str(&full, "%Y-%m-%d").unwrap();
    Utc.from_utc_datetime(&d.and_hms_opt(9, 0, 0).unwrap())
}

pub fn stage(name: &str) -> StageId {
    defaults::pipelines(on("01-01"))[0]
        .stage_by_name(name)
        .unwrap()
        .id
}

pub struct Fixture {
    pub ws: Workspace,
    next_event: u64,
}

impl Default for Fixture {
    fn default() -> Self {
        Self::new()
    }
}

impl Fixture {
    pub fn new() -> Fixture {
        let t = on("01-01");
        let ws = Workspace {
            pipelines: defaults::pipelines(t),
            owners: ["Ann", "Bob"]
                .iter()
                .enumerate()
                .map(|(i, name)| Owner {
                    team: if i == 0 { "East" } else { "West" }.into(),
                    ..Owner::rep(OwnerId(i as u64 + 1), name)
                })
                .collect(),
            ..Workspace::default()
        };
        Fixture { ws, next_event: 1 }
    }

    /// A deal of `amount` owned by owner 1 (Ann) or 2 (Bob), walked through `path`:
    /// (stage name, day) pairs, the first creating it. Returns its id.
    pub fn deal(&mut self, amount: i64, owner: u64, path: &[(&str, &str)]) -> DealId {
        let id = DealId(self.ws.deals.len() as u64 + 1);
        let created = on(path[0].1);
        let mut from = None;
        for (name, day) in path {
            self.event(id, from, stage(name), on(day), None);
            from = Some(stage(name));
        }
        let (last_name, last_day) = path[path.len() - 1];
        let last = stage(last_name);
        let status = match last_name {
            "Won" => DealStatus::Won,
            "Lost" => DealStatus::Lost,
            _ => DealStatus::Open,
        };
        self.ws.deals.push(Deal {
            title: format!("deal {}", id.0),
            account: AccountId(1),
            owner: OwnerId(owner),
            amount: Money::new(Decimal::from(amount), Currency::USD),
            expected_close: Some(on("12-15").date_naive()),
            source: "Referral".into(),
            industry: "Manufacturing".into(),
            region: "EMEA".into(),
            status,
            closed_at: (status != DealStatus::Open).then(|| on(last_day)),
            created_at: created,
            ..Deal::entering(id, PipelineId(1), last, on(last_day))
        });
        id
    }

    /// A move made and undone: `to` entered on `day`, then reverted the same day.
    pub fn undone_move(&mut self, deal: DealId, from: &str, to: &str, day: &str) {
        let moved = self.event(deal, Some(stage(from)), stage(to), on(day), None);
        self.event(deal, Some(stage(to)), stage(from), on(day), Some(moved));
    }

    fn event(
        &mut self,
        deal: DealId,
        from: Option<StageId>,
        to: StageId,
        at: DateTime<Utc>,
        reverts: Option<EventId>,
    ) -> EventId {
        let id = EventId(self.next_event);
        self.next_event += 1;
        self.ws.stage_events.push(StageEvent {
            id,
            deal,
            from,
            to,
            at,
            by: "tester".into(),
            gate_overrides: vec![],
            reverts,
            imported: false,
        });
        id
    }

    /// A call on the deal on `day`.
    pub fn call(&mut self, deal: DealId, day: &str) {
        let id = ActivityId(self.ws.activities.len() as u64 + 1);
        self.ws.activities.push(Activity {
            id,
            kind: ActivityKind::Call,
            at: on(day),
            deal: Some(deal),
            account: Some(AccountId(1)),
            contacts: vec![],
            owner: OwnerId(1),
            summary: "call".into(),
            due: None,
            done: false,
            created_at: on(day),
            updated_at: on(day),
        });
    }

    pub fn edit(&mut self, id: DealId, change: impl FnOnce(&mut Deal)) {
        let deal = self.ws.deals.iter_mut().find(|d| d.id == id).unwrap();
        change(deal);
    }
}
