//! Leads report: how many leads became qualified (converted into a deal) and
//! how many of those deals were won, by channel and by owner, and how soon
//! leads were first followed up after they were assigned.

use super::period::Period;
use crate::domain::*;
use serde::Serialize;
use std::collections::{BTreeMap, HashMap, HashSet};

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LeadFunnelRow {
    /// The channel or the owner ("(pool)" for leads nobody holds).
    pub key: String,
    pub leads: usize,
    /// Qualified, or converted into an account, a contact and a deal.
    pub qualified: usize,
    /// Their deal was won.
    pub won: usize,
    /// Leads assigned and followed up since, counted in the median.
    pub followed_up: usize,
    /// Median days from assignment to the first follow-up.
    pub median_days_to_follow_up: Option<f64>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LeadReport {
    pub period: String,
    pub total: LeadFunnelRow,
    pub by_channel: Vec<LeadFunnelRow>,
    pub by_owner: Vec<LeadFunnelRow>,
}

/// When a lead was first assigned and first followed up: from its history,
/// else (leads imported or made before their history was kept) its record.
fn first_times(
    lead: &Lead,
    history: &[&LeadEvent],
) -> (
    Option<chrono::DateTime<chrono::Utc>>,
    Option<chrono::DateTime<chrono::Utc>>,
) {
    let assigned = history
        .iter()
        .find(|e| {
            matches!(
                e.kind,
                LeadEventKind::Claimed | LeadEventKind::Assigned { .. }
            )
        })
        .map(|e| e.at)
        .or(lead.assigned_at);
    let followed = history
        .iter()
        .find(|e| matches!(e.kind, LeadEventKind::FollowUp { .. }))
        .map(|e| e.at)
        .or(lead.last_follow_up);
    (assigned, followed)
}

#[derive(Default)]
struct Tally {
    leads: usize,
    qualified: usize,
    won: usize,
    /// Minutes from assignment to the first follow-up.
    minutes: Vec<i64>,
}

impl Tally {
    fn row(self, key: String) -> LeadFunnelRow {
        LeadFunnelRow {
            key,
            leads: self.leads,
            qualified: self.qualified,
            won: self.won,
            followed_up: self.minutes.len(),
            median_days_to_follow_up: super::summarize(self.minutes).median.map(|m| m / 1440.0),
        }
    }
}

/// The report over leads created in `period`; `won` holds every won deal's id,
/// `owner_name` names an owner.
pub fn lead_report(
    leads: &[Lead],
    events: &[LeadEvent],
    won: &HashSet<DealId>,
    owner_name: impl Fn(OwnerId) -> String,
    period: &Period,
) -> LeadReport {
    let mut history: HashMap<LeadId, Vec<&LeadEvent>> = HashMap::new();
    for e in events {
        history.entry(e.lead).or_default().push(e);
    }
    let mut total = Tally::default();
    let mut by_channel: BTreeMap<&'static str, Tally> = BTreeMap::new();
    let mut by_owner: BTreeMap<String, Tally> = BTreeMap::new();
    for lead in leads.iter().filter(|l| period.contains(l.created_at)) {
        let qualified = matches!(lead.status, LeadStatus::Qualified | LeadStatus::Converted);
        let was_won = lead.converted_deal.is_some_and(|d| won.contains(&d));
        let (assigned, followed) =
            first_times(lead, history.get(&lead.id).map_or(&[][..], Vec::as_slice));
        let minutes = match (assigned, followed) {
            (Some(a), Some(f)) if f >= a => Some((f - a).num_minutes()),
            _ => None,
        };
        let owner = lead
            .owner
            .map_or_else(|| t!("dom-lead-report-pool"), &owner_name);
        for t in [
            &mut total,
            by_channel.entry(lead.channel.label()).or_default(),
            by_owner.entry(owner).or_default(),
        ] {
            t.leads += 1;
            t.qualified += usize::from(qualified);
            t.won += usize::from(was_won);
            t.minutes.extend(minutes);
        }
    }
    let rows = |m: BTreeMap<String, Tally>| {
        let mut rows: Vec<LeadFunnelRow> = m.into_iter().map(|(k, t)| t.row(k)).collect();
        rows.sort_by(|a, b| b.leads.cmp(&a.leads).then(a.key.cmp(&b.key)));
        rows
    };
    LeadReport {
        period: period.label.clone(),
        total: total.row(t!("dom-lead-report-all")),
        by_channel: rows(
            by_channel
                .into_iter()
                .map(|(k, t)| (k.to_string(), t))
                .collect(),
        ),
        by_owner: rows(by_owner),
    }
}
