//! Why deals were lost: evidence-backed reason suggestions for one lost deal
//! (the loss signals, docs/definitions.md), and the Pareto tables of a period's losses.

use super::facts::{Facts, Scope};
use super::{Period, days_between};
use crate::domain::quote::totals;
use crate::domain::*;
use chrono::{DateTime, Utc};
use rust_decimal::Decimal;
use serde::Serialize;
use std::collections::HashMap;

/// The thresholds of the signals (settings; these are the defaults the README lists).
#[derive(Debug, Clone, PartialEq, serde::Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct SignalSettings {
    /// More requirement changes than this suggest the needs were misread.
    pub requirement_changes: u32,
    /// A last quote with a margin below this (percent) suggests pricing.
    pub min_margin_pct: Decimal,
    /// Line discounts above this (percent) need an approval recorded on the quote.
    pub approval_free_discount_pct: Decimal,
    /// A decision maker untouched for longer than this before the loss.
    pub decision_maker_silence_days: i64,
    /// No activity on the deal for longer than this before the loss.
    pub inactivity_days: i64,
}

impl Default for SignalSettings {
    fn default() -> Self {
        SignalSettings {
            requirement_changes: 3,
            min_margin_pct: Decimal::from(15),
            approval_free_discount_pct: Decimal::from(10),
            decision_maker_silence_days: 30,
            inactivity_days: 30,
        }
    }
}

/// A suggested reason and the evidence for it, in words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Signal {
    /// Taxonomy category key (`pricing`).
    pub category: &'static str,
    pub sub_reason: &'static str,
    pub evidence: String,
}

/// What is known about one lost deal.
pub struct LossContext<'a> {
    pub deal: &'a Deal,
    pub lost_at: DateTime<Utc>,
    /// Contacts of the deal's account.
    pub contacts: &'a [Contact],
    /// Activities on the deal.
    pub activities: &'a [Activity],
    pub quotes: &'a [Quote],
}

fn touches(a: &Activity) -> bool {
    !matches!(a.kind, ActivityKind::Note | ActivityKind::Task)
}

pub fn signals(cx: &LossContext, s: &SignalSettings) -> Vec<Signal> {
    let mut out = Vec::new();
    let deal = cx.deal;
    if deal.requirement_changes > s.requirement_changes {
        out.push(Signal {
            category: "customer_insight",
            sub_reason: "Needs misread",
            evidence: t!(
                "dom-signal-requirements",
                count = deal.requirement_changes.to_string(),
                limit = s.requirement_changes.to_string()
            ),
        });
    }
    let mut named: Vec<&str> = deal.competitors.iter().map(String::as_str).collect();
    if let Some(c) = deal.loss.as_ref().and_then(|l| l.competitor.as_deref())
        && !c.trim().is_empty()
        && !named.iter().any(|n| n.eq_ignore_ascii_case(c))
    {
        named.push(c);
    }
    if !named.is_empty() {
        out.push(Signal {
            category: "competition",
            sub_reason: "Lost to named competitor",
            evidence: t!("dom-signal-competitor", names = crate::domain::list(&named)),
        });
    }
    // The quote in front of the customer last: the latest version created before the loss.
    let last = cx
        .quotes
        .iter()
        .filter_map(|q| {
            q.versions
                .iter()
                .filter(|v| v.created_at <= cx.lost_at)
                .max_by_key(|v| v.created_at)
                .map(|v| (q, v))
        })
        .max_by_key(|(_, v)| v.created_at);
    if let Some((quote, version)) = last {
        let t = totals(&version.lines, quote.currency);
        let name = t!(
            "dom-signal-last-quote",
            number = quote.number.as_str(),
            version = version.version.to_string()
        );
        if let Some(margin) = t.margin_pct.filter(|m| *m < s.min_margin_pct) {
            out.push(Signal {
                category: "pricing",
                sub_reason: "Price too high",
                evidence: t!(
                    "dom-signal-margin",
                    quote = name.as_str(),
                    margin = margin.to_string(),
                    limit = s.min_margin_pct.to_string()
                ),
            });
        }
        if t.max_discount_pct > s.approval_free_discount_pct && version.approval.is_none() {
            out.push(Signal {
                category: "pricing",
                sub_reason: "Discount approval too slow",
                evidence: t!(
                    "dom-signal-discount",
                    quote = name.as_str(),
                    discount = t.max_discount_pct.normalize().to_string(),
                    limit = s.approval_free_discount_pct.to_string()
                ),
            });
        }
    }
    let decision_makers: Vec<&Contact> = cx
        .contacts
        .iter()
        .filter(|c| c.role == DecisionRole::DecisionMaker)
        .collect();
    if decision_makers.is_empty() {
        out.push(Signal {
            category: "customer_insight",
            sub_reason: "Wrong or absent decision maker",
            evidence: t!("dom-signal-no-dm"),
        });
    }
    // The most recently touched decision maker speaks for the account.
    let last_touch = |c: &Contact| {
        cx.activities
            .iter()
            .filter(|a| touches(a) && a.at <= cx.lost_at && a.contacts.contains(&c.id))
            .map(|a| a.at)
            .chain(c.last_contacted.filter(|t| *t <= cx.lost_at))
            .max()
    };
    let best = decision_makers
        .iter()
        .map(|c| (c, last_touch(c)))
        .max_by_key(|(_, t)| *t);
    if let Some((dm, touched)) = best {
        match touched {
            None => out.push(Signal {
                category: "customer_insight",
                sub_reason: "Decision chain broken",
                evidence: t!("dom-risk-dm-never", name = dm.name.as_str()),
            }),
            Some(t) if days_between(t, cx.lost_at) > s.decision_maker_silence_days => {
                out.push(Signal {
                    category: "customer_insight",
                    sub_reason: "Decision chain broken",
                    evidence: t!(
                        "dom-signal-dm-silent",
                        name = dm.name.as_str(),
                        days = days_between(t, cx.lost_at).to_string()
                    ),
                })
            }
            Some(_) => {}
        }
    }
    let last_activity = cx
        .activities
        .iter()
        .filter(|a| touches(a) && a.at <= cx.lost_at)
        .map(|a| a.at)
        .max();
    let quiet = match last_activity {
        None => Some(t!("dom-signal-no-activity")),
        Some(t) if days_between(t, cx.lost_at) > s.inactivity_days => Some(t!(
            "dom-signal-quiet",
            limit = s.inactivity_days.to_string(),
            last = t.date_naive().to_string(),
            days = days_between(t, cx.lost_at).to_string()
        )),
        Some(_) => None,
    };
    if let Some(evidence) = quiet {
        out.push(Signal {
            category: "deal_management",
            sub_reason: "Stalled / no follow-up",
            evidence,
        });
    }
    out
}

/// One bar of a Pareto table: a value, its lost deals and amount, and the running
/// share of all losses (by count) down to and including it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ParetoRow {
    pub value: String,
    pub deals: usize,
    pub amount: Decimal,
    pub share: f64,
    pub cumulative_share: f64,
}

/// The losses of a period, by reason, competitor, stage lost at and owner.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LossReport {
    pub period: Period,
    pub lost: usize,
    pub lost_amount: Decimal,
    /// Lost deals with no loss record (not yet triaged).
    pub unclassified: usize,
    pub controllable: usize,
    pub by_reason: Vec<ParetoRow>,
    pub by_sub_reason: Vec<ParetoRow>,
    pub by_competitor: Vec<ParetoRow>,
    pub by_stage: Vec<ParetoRow>,
    pub by_owner: Vec<ParetoRow>,
    pub lessons: Vec<Lesson>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Lesson {
    pub deal: DealId,
    pub title: String,
    pub lesson: String,
}

fn pareto(groups: HashMap<String, (usize, Decimal)>, total: usize) -> Vec<ParetoRow> {
    let mut rows: Vec<(String, usize, Decimal)> =
        groups.into_iter().map(|(v, (n, a))| (v, n, a)).collect();
    rows.sort_by(|a, b| b.1.cmp(&a.1).then(b.2.cmp(&a.2)).then(a.0.cmp(&b.0)));
    let mut running = 0;
    rows.into_iter()
        .map(|(value, deals, amount)| {
            running += deals;
            ParetoRow {
                value,
                deals,
                amount,
                share: deals as f64 / total.max(1) as f64,
                cumulative_share: running as f64 / total.max(1) as f64,
            }
        })
        .collect()
}

/// `names`: taxonomy category key → name, for readable rows.
pub fn loss_report(
    facts: &Facts,
    scope: &Scope,
    period: &Period,
    names: &HashMap<String, String>,
) -> LossReport {
    let mut by: [HashMap<String, (usize, Decimal)>; 5] = Default::default();
    let mut report = LossReport {
        period: period.clone(),
        lost: 0,
        lost_amount: Decimal::ZERO,
        unclassified: 0,
        controllable: 0,
        by_reason: vec![],
        by_sub_reason: vec![],
        by_competitor: vec![],
        by_stage: vec![],
        by_owner: vec![],
        lessons: vec![],
    };
    // A loss an import brought without the stage it happened at.
    let unknown_stage = crate::i18n::word("dom-value-unknown");
    let stage_name = |id: StageId| facts.stage_label(id);
    for f in facts.scoped(scope) {
        if f.closed_in(period) != Some(DealStatus::Lost) {
            continue;
        }
        let amount = facts.amount(f.deal);
        report.lost += 1;
        report.lost_amount += amount;
        let mut add = |i: usize, value: String| {
            let e = by[i].entry(value).or_default();
            e.0 += 1;
            e.1 += amount;
        };
        match &f.deal.loss {
            None => {
                report.unclassified += 1;
                add(0, crate::i18n::word("dom-value-not-classified").into());
                add(2, crate::i18n::word("dom-value-none").into());
                // Not triaged yet: its history says where it was lost, when it knows.
                let last_open = f
                    .visits
                    .iter()
                    .rev()
                    .map(|v| v.stage)
                    .find(|s| facts.place(*s).is_some_and(|p| p.kind == StageKind::Open));
                add(
                    3,
                    last_open.map_or_else(|| unknown_stage.to_string(), stage_name),
                );
            }
            Some(loss) => {
                let word = |place| f.words.get(place);
                let category = word(loss.category);
                let reason = names
                    .get(category)
                    .cloned()
                    .unwrap_or_else(|| category.to_string());
                add(0, reason.clone());
                if !word(loss.sub_reason).is_empty() {
                    add(
                        1,
                        t!(
                            "dom-loss-reason-sub",
                            reason = reason.as_str(),
                            sub = word(loss.sub_reason)
                        ),
                    );
                }
                add(
                    2,
                    loss.competitor
                        .map(word)
                        .filter(|c| !c.trim().is_empty())
                        .unwrap_or(crate::i18n::word("dom-value-none"))
                        .to_string(),
                );
                add(
                    3,
                    loss.stage_lost_at
                        .map_or_else(|| unknown_stage.to_string(), stage_name),
                );
                if loss.controllable {
                    report.controllable += 1;
                }
                if !loss.lesson.trim().is_empty() {
                    report.lessons.push(Lesson {
                        deal: f.deal.id,
                        title: f.deal.title.clone(),
                        lesson: loss.lesson.to_string(),
                    });
                }
            }
        }
        add(4, f.owner_name().to_string());
    }
    let total = report.lost;
    let [reason, sub, competitor, stage, owner] = by;
    report.by_reason = pareto(reason, total);
    report.by_sub_reason = pareto(sub, total);
    report.by_competitor = pareto(competitor, total);
    report.by_stage = pareto(stage, total);
    report.by_owner = pareto(owner, total);
    report
}

pub use crate::format::percent_1 as pct;

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{Duration, TimeZone};
    use rust_decimal::dec;

    fn at(day: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 10, day, 9, 0, 0).unwrap()
    }

    fn deal() -> Deal {
        Deal {
            title: "MES rollout".into(),
            account: AccountId(1),
            owner: OwnerId(1),
            amount: Money::new(dec!(50000), Currency::USD),
            status: DealStatus::Lost,
            closed_at: Some(at(30)),
            created_at: at(1) - Duration::days(60),
            ..Deal::entering(DealId(7), PipelineId(1), StageId(6), at(30))
        }
    }

    fn contact(id: u64, name: &str, role: DecisionRole, last: Option<DateTime<Utc>>) -> Contact {
        Contact {
            id: ContactId(id),
            name: name.into(),
            title: String::new(),
            account: AccountId(1),
            role,
            stance: Stance::Neutral,
            influence: 3,
            email: String::new(),
            phone: String::new(),
            last_contacted: last,
            created_at: at(1),
            updated_at: at(1),
        }
    }

    fn call(day: DateTime<Utc>, contacts: Vec<ContactId>) -> Activity {
        Activity {
            id: ActivityId(1),
            kind: ActivityKind::Call,
            at: day,
            deal: Some(DealId(7)),
            account: Some(AccountId(1)),
            contacts,
            owner: OwnerId(1),
            summary: "call".into(),
            due: None,
            done: false,
            created_at: day,
            updated_at: day,
        }
    }

    fn quote(discount: Decimal, cost: Decimal, approved: bool) -> Quote {
        Quote {
            id: QuoteId(1),
            deal: DealId(7),
            number: "Q-2026-0012".into(),
            currency: Currency::USD,
            versions: vec![QuoteVersion {
                version: 2,
                status: QuoteStatus::Sent,
                lines: vec![QuoteLine {
                    product: ProductId(1),
                    description: String::new(),
                    qty: dec!(10),
                    unit_price: dec!(1000),
                    discount_pct: discount,
                    unit_cost: cost,
                }],
                approval: approved.then(|| Approval {
                    approver: "Dana".into(),
                    level: "manager".into(),
                    at: at(10),
                    comment: String::new(),
                }),
                created_at: at(12),
                sent_at: Some(at(12)),
            }],
            created_at: at(12),
            updated_at: at(12),
        }
    }

    fn reasons(out: &[Signal]) -> Vec<(&str, &str)> {
        out.iter().map(|s| (s.category, s.sub_reason)).collect()
    }

    #[test]
    fn a_well_run_deal_raises_nothing() {
        let d = deal();
        let dm = contact(1, "王磊", DecisionRole::DecisionMaker, None);
        let activities = [call(at(25), vec![ContactId(1)])];
        let quotes = [quote(dec!(10), dec!(500), false)];
        let cx = LossContext {
            deal: &d,
            lost_at: at(30),
            contacts: std::slice::from_ref(&dm),
            activities: &activities,
            quotes: &quotes,
        };
        assert_eq!(signals(&cx, &SignalSettings::default()), vec![]);
    }

    #[test]
    fn every_signal_with_its_evidence() {
        let mut d = deal();
        d.requirement_changes = 5;
        d.competitors = vec!["Zoho".into()];
        // Decision maker last called 47 days before the loss (10-30 − 47 d = 09-13).
        let dm = contact(1, "王磊", DecisionRole::DecisionMaker, None);
        let activities = [call(at(30) - Duration::days(47), vec![ContactId(1)])];
        // 18 % off a 10 × 1 000 line costing 760 each: total 8 200, margin 7.3 %.
        let quotes = [quote(dec!(18), dec!(760), false)];
        let cx = LossContext {
            deal: &d,
            lost_at: at(30),
            contacts: std::slice::from_ref(&dm),
            activities: &activities,
            quotes: &quotes,
        };
        let out = signals(&cx, &SignalSettings::default());
        assert_eq!(
            reasons(&out),
            [
                ("customer_insight", "Needs misread"),
                ("competition", "Lost to named competitor"),
                ("pricing", "Price too high"),
                ("pricing", "Discount approval too slow"),
                ("customer_insight", "Decision chain broken"),
                ("deal_management", "Stalled / no follow-up"),
            ]
        );
        let evidence: Vec<&str> = out.iter().map(|s| s.evidence.as_str()).collect();
        assert_eq!(
            evidence,
            [
                "requirements changed 5 times (more than 3)",
                "competitor named on the deal: Zoho",
                "last quote Q-2026-0012 v2: margin 7.3 % (below 15 %)",
                "last quote Q-2026-0012 v2: a line discounted 18 % (above 10 %) with no approval recorded",
                "decision maker 王磊 last contacted 47 days before the loss",
                "no activity in the 30 days before the loss (last on 2026-09-13, 47 days before)",
            ]
        );
    }

    #[test]
    fn thresholds_are_settings_and_edges_hold() {
        let mut d = deal();
        d.requirement_changes = 3; // not more than 3
        let dm = contact(
            1,
            "Ann",
            DecisionRole::DecisionMaker,
            Some(at(30) - Duration::days(30)),
        );
        let quotes = [quote(dec!(18), dec!(500), true)]; // approved: no approval signal
        let cx = LossContext {
            deal: &d,
            lost_at: at(30),
            contacts: std::slice::from_ref(&dm),
            activities: &[],
            quotes: &quotes,
        };
        // Exactly 30 days of decision-maker silence is not more than 30.
        assert_eq!(
            reasons(&signals(&cx, &SignalSettings::default())),
            [("deal_management", "Stalled / no follow-up")]
        );
        let strict = SignalSettings {
            decision_maker_silence_days: 20,
            requirement_changes: 2,
            ..SignalSettings::default()
        };
        assert_eq!(
            reasons(&signals(&cx, &strict)),
            [
                ("customer_insight", "Needs misread"),
                ("customer_insight", "Decision chain broken"),
                ("deal_management", "Stalled / no follow-up"),
            ]
        );
        // No decision maker at all.
        let nobody = LossContext {
            contacts: &[],
            ..cx
        };
        assert!(
            signals(&nobody, &SignalSettings::default())
                .iter()
                .any(|s| s.sub_reason == "Wrong or absent decision maker")
        );
    }
}
