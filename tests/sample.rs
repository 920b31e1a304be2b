//! The sample workspace: deterministic, realistic, and its loss reasons agree
//! with its data.

use chrono::{Datelike, Duration, NaiveDate};
use dealdeck::domain::*;
use dealdeck::sample::{SampleOptions, generate};
use std::collections::{HashMap, HashSet};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 22).unwrap()
}

fn sample() -> Workspace {
    generate(SampleOptions::with_today(today())).unwrap()
}

#[test]
fn same_seed_and_today_give_identical_data_and_another_seed_does_not() {
    let a = sample();
    let b = sample();
    assert!(a == b);
    let c = generate(SampleOptions {
        seed: 99,
        ..SampleOptions::with_today(today())
    })
    .unwrap();
    assert!(a.deals != c.deals);
}

#[test]
fn it_looks_like_a_real_b2b_sales_org() {
    let ws = sample();
    assert_eq!(ws.deals.len(), 600);
    let teams: HashSet<&str> = ws.owners.iter().map(|o| o.team.as_str()).collect();
    assert_eq!(teams.len(), 3);
    assert!((8..=12).contains(&ws.owners.len()));
    let industries: HashSet<&str> = ws.accounts.iter().map(|a| a.industry.as_str()).collect();
    assert_eq!(industries.len(), 9, "{industries:?}");
    let cjk = ws
        .accounts
        .iter()
        .filter(|a| {
            a.name
                .chars()
                .any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
        })
        .count();
    assert!(
        cjk > 20 && cjk < ws.accounts.len() - 40,
        "Chinese and English names side by side: {cjk}"
    );
    assert!(
        ws.accounts.iter().any(|a| a.parent.is_some()),
        "parent/subsidiary groups"
    );
    assert!(
        ws.contacts
            .iter()
            .any(|c| c.role == DecisionRole::DecisionMaker)
    );
    assert!(ws.contacts.iter().any(|c| c.stance == Stance::Opponent));
    assert!(ws.deals.iter().any(|d| !d.competitors.is_empty()));
    assert!(
        ws.leads.iter().any(|l| l.owner.is_none()),
        "leads in the pool"
    );
    assert!(!ws.quotes.is_empty() && !ws.products.is_empty() && ws.price_lists.len() == 4);

    let first = ws.deals.iter().map(|d| d.created_at).min().unwrap();
    assert!(
        first.date_naive() < today() - Duration::days(660),
        "about two years of history"
    );

    let won = ws
        .deals
        .iter()
        .filter(|d| d.status == DealStatus::Won)
        .count() as f64;
    let lost = ws
        .deals
        .iter()
        .filter(|d| d.status == DealStatus::Lost)
        .count() as f64;
    let win_rate = won / (won + lost);
    assert!((0.20..=0.35).contains(&win_rate), "win rate {win_rate}");

    // Enough losses last month to make the loss review worth walking through.
    let lost_last_month = ws
        .deals
        .iter()
        .filter(|d| d.status == DealStatus::Lost)
        .filter(|d| {
            d.closed_at
                .is_some_and(|c| c.year() == 2026 && c.month() == 10)
        })
        .count();
    assert!((15..=40).contains(&lost_last_month), "{lost_last_month}");

    // Some open deals are stale (long in stage) and some dormant (silent a month).
    let now = ws.deals.iter().map(|d| d.updated_at).max().unwrap();
    let open: Vec<&Deal> = ws.deals.iter().filter(|d| d.is_open()).collect();
    assert!(open.len() > 60, "a living board: {} open", open.len());
    let stale = open
        .iter()
        .filter(|d| now - d.stage_entered_at > Duration::days(45))
        .count();
    assert!(stale > 3, "stale deals: {stale}");
    let last_touch: HashMap<DealId, _> = ws
        .activities
        .iter()
        .filter(|a| a.kind != ActivityKind::Task)
        .filter_map(|a| a.deal.map(|d| (d, a.at)))
        .fold(HashMap::new(), |mut m, (d, at)| {
            let e = m.entry(d).or_insert(at);
            if *e < at {
                *e = at;
            }
            m
        });
    let dormant = open
        .iter()
        .filter(|d| now - d.stage_entered_at > Duration::days(30))
        .filter(|d| {
            last_touch
                .get(&d.id)
                .is_none_or(|t| now - *t > Duration::days(30))
        })
        .count();
    assert!(dormant > 2, "dormant deals: {dormant}");
}

#[test]
fn the_sample_satisfies_every_invariant() {
    let problems = invariants::check_workspace(&sample());
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn loss_reasons_agree_with_the_data() {
    let ws = sample();
    let quotes: HashMap<DealId, &Quote> = ws.quotes.iter().map(|q| (q.deal, q)).collect();
    let decision_makers: HashSet<ContactId> = ws
        .contacts
        .iter()
        .filter(|c| c.role == DecisionRole::DecisionMaker)
        .map(|c| c.id)
        .collect();
    let mut checked: HashMap<&str, usize> = HashMap::new();
    for deal in ws.deals.iter().filter(|d| d.status == DealStatus::Lost) {
        let loss = deal.loss.as_ref().unwrap();
        let lost_at = deal.closed_at.unwrap();
        let acts: Vec<&Activity> = ws
            .activities
            .iter()
            .filter(|a| a.deal == Some(deal.id))
            .collect();
        match loss.sub_reason.as_str() {
            "Price too high" => {
                let q = quotes.get(&deal.id).expect("a price loss has a quote");
                let v = q.latest().unwrap();
                let margin = quote::totals(&v.lines, q.currency).margin_pct.unwrap();
                assert!(
                    margin < rust_decimal::Decimal::from(15),
                    "deal {} margin {margin}",
                    deal.id
                );
            }
            "Discount approval too slow" => {
                let v = quotes[&deal.id].latest().unwrap();
                assert!(v.approval.is_none());
                assert!(
                    v.lines
                        .iter()
                        .any(|l| l.discount_pct > rust_decimal::Decimal::TEN)
                );
            }
            "Decision chain broken" | "Wrong or absent decision maker" => {
                let late_dm = acts
                    .iter()
                    .filter(|a| lost_at - a.at <= Duration::days(30))
                    .any(|a| a.contacts.iter().any(|c| decision_makers.contains(c)));
                assert!(
                    !late_dm,
                    "deal {}: decision maker touched in the last 30 days",
                    deal.id
                );
            }
            "Stalled / no follow-up" => {
                assert!(
                    acts.iter().all(|a| lost_at - a.at > Duration::days(30)),
                    "deal {}",
                    deal.id
                );
            }
            "Needs misread" => assert!(deal.requirement_changes > 3),
            "Lost to named competitor" => {
                let c = loss.competitor.as_ref().unwrap();
                assert!(deal.competitors.contains(c));
            }
            _ => continue,
        }
        *checked.entry(loss.category.as_str()).or_default() += 1;
    }
    for category in ["pricing", "customer_insight", "competition"] {
        assert!(
            checked.get(category).copied().unwrap_or(0) >= 5,
            "{category}: {checked:?}"
        );
    }
}

#[test]
fn two_finished_reviews_carry_actions_into_the_last_full_month() {
    let ws = sample();
    let labels: Vec<String> = ws.reviews.iter().map(Review::period_label).collect();
    assert_eq!(labels, ["2026-08", "2026-09"]);
    for r in &ws.reviews {
        assert!(r.is_finished());
        let lost_in_month = ws
            .deals
            .iter()
            .filter(|d| {
                d.status == DealStatus::Lost
                    && d.closed_at.is_some_and(|at| {
                        (r.period_start..=r.period_end).contains(&at.date_naive())
                    })
            })
            .count();
        assert_eq!(r.lost_deals.len(), lost_in_month);
        assert_eq!(r.triaged.len(), lost_in_month, "every loss triaged");
        let chosen = ws
            .improvement_actions
            .iter()
            .filter(|a| a.review == r.id)
            .count();
        assert!((1..=3).contains(&chosen), "{chosen} actions");
    }
    // The newer review answered the older one's actions; its own are still open.
    let older: Vec<&ImprovementAction> = ws
        .improvement_actions
        .iter()
        .filter(|a| a.review == ws.reviews[0].id)
        .collect();
    assert!(
        older
            .iter()
            .all(|a| a.history.len() == 2 && a.history[1].review == Some(ws.reviews[1].id))
    );
    assert!(older.iter().any(|a| a.status == ActionStatus::Done));
    assert!(older.iter().any(|a| a.status == ActionStatus::InProgress));
    let open = ws
        .improvement_actions
        .iter()
        .filter(|a| a.status.is_open())
        .count();
    assert!(open >= 3, "{open} actions carried into the next review");
}

#[test]
fn the_sample_reads_true() {
    let ws = sample();
    let accounts: HashMap<AccountId, &Account> = ws.accounts.iter().map(|a| (a.id, a)).collect();
    // Titles name the account's brand whole: a whole word of it, or all of a
    // Chinese name (never `Ironbrid`, `Woodgrov`).
    for d in &ws.deals {
        let account = accounts[&d.account];
        let words: Vec<&str> = account.name.split_whitespace().collect();
        let first = d.title.split_whitespace().next().unwrap_or("");
        assert!(
            words.contains(&first) || d.title.starts_with(&account.name),
            "{:?} of {:?}",
            d.title,
            account.name
        );
    }
    // Chinese-named accounts are East China's: no city of another region.
    for a in &ws.accounts {
        for elsewhere in [
            "深圳", "东莞", "佛山", "华南", "成都", "武汉", "北京", "天津",
        ] {
            assert!(!a.name.contains(elsewhere), "{} ({})", a.name, a.region);
        }
    }
    // Competitors fit what the deal buys: no CRM vendor on a plant's MES.
    for d in ws.deals.iter().filter(|d| {
        matches!(
            accounts[&d.account].industry.as_str(),
            "Manufacturing" | "Auto parts" | "Logistics" | "Energy" | "Medical devices"
        )
    }) {
        for c in d
            .competitors
            .iter()
            .chain(d.loss.iter().filter_map(|l| l.competitor.as_ref()))
        {
            assert!(
                !["Salesforce", "HubSpot", "Zoho", "Pipedrive", "Freshworks"].contains(&c.as_str()),
                "{c} against {:?} ({})",
                d.title,
                accounts[&d.account].industry
            );
        }
    }
    // One owner never has two open deals of one name on one account.
    let mut seen = HashSet::new();
    for d in ws.deals.iter().filter(|d| d.is_open()) {
        assert!(
            seen.insert((d.owner, d.account, d.title.clone())),
            "twice open: {:?}",
            d.title
        );
    }
}
