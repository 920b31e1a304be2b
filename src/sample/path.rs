//! A deal's way through the funnel in the sample: the stages it enters and
//! when, the gates pushed through with a reason, why a lost deal was lost,
//! and its title.

use super::Gen;
use crate::domain::*;
use chrono::{DateTime, Duration, Utc};

const OVERRIDE_REASONS: [&str; 4] = [
    "customer asked for a quote before budget sign-off",
    "quarter-end push approved by manager",
    "decision maker confirmed verbally, not yet in writing",
    "existing customer, same sponsor as last time",
];

pub(super) enum Outcome {
    Open,
    Won,
    Lost,
}

pub(super) struct Journey {
    /// (index into pipeline.stages, entered at, gate overrides on the way in)
    pub(super) path: Vec<(usize, DateTime<Utc>, Vec<GateOverride>)>,
    pub(super) outcome: Outcome,
}

/// Why a lost deal was lost, and what the data must show for it.
pub(super) struct LossPlan {
    pub(super) category: &'static str,
    pub(super) sub_reason: String,
    pub(super) competitor: Option<String>,
}

pub(super) fn simulate(
    g: &mut Gen,
    created: DateTime<Utc>,
    open_idx: &[usize],
    flow: &[(f64, f64)],
    per_stage: f64,
    stuck: Option<(usize, f64)>,
    pipeline: &Pipeline,
) -> Journey {
    let won_idx = pipeline
        .stages
        .iter()
        .position(|s| s.kind == StageKind::Won)
        .unwrap_or(0);
    let lost_idx = pipeline
        .stages
        .iter()
        .position(|s| s.kind == StageKind::Lost)
        .unwrap_or(0);
    let mut path = vec![(open_idx[0], created, Vec::new())];
    let mut pos = 0usize; // index into open_idx
    let mut t = created;
    loop {
        let (median, advance) = flow.get(pos).copied().unwrap_or((10.0, 0.7));
        let slow = match stuck {
            Some((at, factor)) if at == pos => factor,
            _ => 1.0,
        };
        let days = g.lognormal(median * slow, 0.6).max(0.2);
        let next = t + Duration::minutes((days * 24.0 * 60.0) as i64);
        if next > g.now {
            return Journey {
                path,
                outcome: Outcome::Open,
            };
        }
        t = next;
        if g.chance((advance * per_stage).clamp(0.05, 0.97)) {
            let last_open = pos + 1 == open_idx.len();
            if last_open {
                let overrides = overrides_for(g, pipeline, open_idx[pos], won_idx);
                path.push((won_idx, t, overrides));
                return Journey {
                    path,
                    outcome: Outcome::Won,
                };
            }
            // Now and then a rep skips a stage.
            pos += if pos + 2 < open_idx.len() && g.chance(0.04) {
                2
            } else {
                1
            };
            let overrides = overrides_for(
                g,
                pipeline,
                path.last().map(|p| p.0).unwrap_or(0),
                open_idx[pos],
            );
            path.push((open_idx[pos], t, overrides));
        } else if pos > 0 && g.chance(0.06) {
            // Back a step: the customer reopened the requirements.
            pos -= 1;
            path.push((open_idx[pos], t, Vec::new()));
        } else {
            path.push((lost_idx, t, Vec::new()));
            return Journey {
                path,
                outcome: Outcome::Lost,
            };
        }
    }
}

/// Most gates are ticked; now and then a rep pushes through with a reason.
pub(super) fn overrides_for(
    g: &mut Gen,
    pipeline: &Pipeline,
    from_idx: usize,
    to_idx: usize,
) -> Vec<GateOverride> {
    let gates = pipeline.gates_between(pipeline.stages[from_idx].id, pipeline.stages[to_idx].id);
    if gates.is_empty() || !g.chance(0.08) {
        return Vec::new();
    }
    let reason = g.pick(&OVERRIDE_REASONS).to_string();
    gates
        .into_iter()
        .filter(|_| g.chance(0.6))
        .map(|c| GateOverride {
            criterion: c.to_string(),
            reason: reason.clone(),
        })
        .collect()
}

pub(super) fn plan_loss(
    g: &mut Gen,
    industry: &str,
    competitors: &[String],
    late: bool,
    created: DateTime<Utc>,
    lost_at: DateTime<Utc>,
) -> LossPlan {
    let old_enough = lost_at - created > Duration::days(45);
    let weights = [
        20.0,                                            // customer insight
        if old_enough { 16.0 } else { 8.0 },             // deal management
        if late { 26.0 } else { 0.0 },                   // pricing
        if competitors.is_empty() { 8.0 } else { 34.0 }, // competition
        10.0,                                            // customer risk
        if late { 8.0 } else { 24.0 },                   // no decision
    ];
    let (category, subs): (&'static str, &[&str]) = match g.weighted(&weights) {
        0 => (
            "customer_insight",
            &[
                "Needs misread",
                "Wrong or absent decision maker",
                "Decision chain broken",
            ],
        ),
        1 if old_enough => (
            "deal_management",
            &["Stalled / no follow-up", "Stage skipped", "Lost momentum"],
        ),
        1 => ("deal_management", &["Stage skipped", "Lost momentum"]),
        2 => (
            "pricing",
            &[
                "Price too high",
                "Price too high",
                "Discount approval too slow",
                "Wrong configuration",
            ],
        ),
        3 => ("competition", &["Lost to named competitor"]),
        4 => (
            "customer_risk",
            &["Budget cut", "Project cancelled", "Financial risk"],
        ),
        _ => ("no_decision", &["No decision", "No real intent"]),
    };
    let sub_reason = g.pick(subs).to_string();
    let competitor = (category == "competition").then(|| {
        if competitors.is_empty() {
            g.pick(g.data.catalogue.competitors_for(industry)).clone()
        } else {
            g.pick(competitors).clone()
        }
    });
    LossPlan {
        category,
        sub_reason,
        competitor,
    }
}

pub(super) fn deal_title(g: &mut Gen, account: &Account, renewal: bool) -> String {
    // The brand, whole: a Latin name's words before its industry word and
    // legal form ("Cedar Ridge", "Humongous"), a Chinese name entire.
    let short = brand_of(g, &account.name);
    if renewal {
        return format!("{short} renewal {}", g.today.format("%Y"));
    }
    let what: &[&str] = match account.industry.as_str() {
        "Manufacturing" | "Auto parts" => &[
            "MES rollout",
            "Line monitoring",
            "Quality module",
            "Plant IoT pilot",
        ],
        "Medical devices" => &["UDI traceability", "Quality system", "Complaint handling"],
        "Logistics" => &["WMS rollout", "Fleet tracking", "EDI integration"],
        "Energy" => &["Energy monitoring", "Asset sensors", "Grid analytics"],
        "SaaS" | "ICT" => &[
            "CRM seats",
            "Enterprise licences",
            "API expansion",
            "Analytics add-on",
        ],
        _ => &[
            "Platform licences",
            "Analytics dashboards",
            "Multi-site rollout",
            "Pilot",
        ],
    };
    format!("{short} {}", g.pick(what))
}

/// An account's brand as deal titles name it: the generator's brand the name
/// starts with (brands can be two words), else its first word; a Chinese name
/// (no spaces) whole.
fn brand_of(g: &Gen, name: &str) -> String {
    g.data
        .names
        .latin_company
        .brands
        .iter()
        .filter(|b| name.starts_with(b.as_str()))
        .max_by_key(|b| b.len())
        .cloned()
        .unwrap_or_else(|| name.split_whitespace().next().unwrap_or(name).to_string())
}
