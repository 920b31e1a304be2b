//! Owners in regional teams, accounts (some in parent/subsidiary groups) and
//! their contacts with decision roles.

use super::Gen;
use crate::domain::*;
use chrono::Duration;
use std::collections::HashSet;

pub fn build(g: &mut Gen) {
    owners(g);
    accounts(g);
    contacts(g);
}

fn owners(g: &mut Gen) {
    let mut id = 0;
    for team in &g.data.generator.team {
        for m in &team.owners {
            id += 1;
            g.ws.owners.push(Owner {
                id: OwnerId(id),
                name: m.name.clone(),
                team: team.name.clone(),
                role: match m.role.as_str() {
                    "manager" => OwnerRole::Manager,
                    "director" => OwnerRole::Director,
                    _ => OwnerRole::Rep,
                },
                email: m.email.clone(),
                manager: None,
                external_id: None,
            });
        }
    }
    // Reps report to their team's manager, managers to the director.
    let director =
        g.ws.owners
            .iter()
            .find(|o| o.role == OwnerRole::Director)
            .map(|o| o.id);
    let managers: Vec<(String, OwnerId)> =
        g.ws.owners
            .iter()
            .filter(|o| o.role == OwnerRole::Manager)
            .map(|o| (o.team.clone(), o.id))
            .collect();
    for o in &mut g.ws.owners {
        o.manager = match o.role {
            OwnerRole::Rep => managers.iter().find(|(t, _)| *t == o.team).map(|m| m.1),
            OwnerRole::Manager => director,
            OwnerRole::Director => None,
        };
    }
}

/// Index of the team an account's region belongs to.
pub fn team_of(g: &Gen, region: &str) -> usize {
    g.data
        .generator
        .team
        .iter()
        .position(|t| t.region == region)
        .unwrap_or(0)
}

/// Owners of a team who carry deals (directors only rarely).
pub fn sellers(g: &Gen, team: usize) -> Vec<OwnerId> {
    let name = &g.data.generator.team[team].name;
    g.ws.owners
        .iter()
        .filter(|o| &o.team == name && o.role != OwnerRole::Director)
        .map(|o| o.id)
        .collect()
}

fn accounts(g: &mut Gen) {
    let target = ((g.deals as f64 * g.data.generator.accounts_per_deal).ceil() as usize).max(12);
    let mut used: HashSet<String> = HashSet::new();
    let team_weights: Vec<f64> = g
        .data
        .generator
        .team
        .iter()
        .map(|t| f64::from(t.weight))
        .collect();
    let industry_weights: Vec<f64> = g
        .data
        .generator
        .industry
        .iter()
        .map(|i| f64::from(i.weight))
        .collect();
    while g.ws.accounts.len() < target {
        let team = g.weighted(&team_weights);
        let industry = g.data.generator.industry[g.weighted(&industry_weights)]
            .name
            .clone();
        // A Chinese workspace's customers are Chinese companies.
        let share = if g.chinese {
            1.0
        } else {
            g.data.generator.team[team].cjk_accounts
        };
        let cjk = g.chance(share);
        let name = unique_name(g, &mut used, cjk, &industry);
        let parent = push_account(g, name.clone(), &industry, team, None);
        // Some accounts are groups with subsidiaries of their own.
        if g.chance(0.06) && g.ws.accounts.len() + 2 < target {
            for division in 0..g.range(2, 3) {
                let sub = subsidiary_name(g, &name, cjk, division as usize);
                if used.insert(sub.clone()) {
                    let sub_team = if g.chance(0.7) {
                        team
                    } else {
                        g.weighted(&team_weights)
                    };
                    push_account(g, sub, &industry, sub_team, Some(parent));
                }
            }
        }
    }
}

fn push_account(
    g: &mut Gen,
    name: String,
    industry: &str,
    team: usize,
    parent: Option<AccountId>,
) -> AccountId {
    let id = AccountId(g.ws.accounts.len() as u64 + 1);
    let tier = match g.weighted(&[15.0, 35.0, 50.0]) {
        0 => Tier::A,
        1 => Tier::B,
        _ => Tier::C,
    };
    let size = match (tier, g.unit()) {
        (Tier::A, x) if x < 0.5 => CompanySize::Enterprise,
        (Tier::A, _) => CompanySize::Large,
        (Tier::B, x) if x < 0.6 => CompanySize::Large,
        (Tier::B, _) => CompanySize::Medium,
        (Tier::C, x) if x < 0.6 => CompanySize::Medium,
        (Tier::C, _) => CompanySize::Small,
    };
    let sellers = sellers(g, team);
    let owner = (!sellers.is_empty()).then(|| *g.pick(&sellers));
    let created = g.between(g.start - Duration::days(400), g.start + Duration::days(300));
    g.ws.accounts.push(Account {
        id,
        name,
        industry: industry.to_string(),
        region: g.data.generator.team[team].region.clone(),
        size,
        tier,
        parent,
        lifecycle: Lifecycle::Prospect,
        owner,
        created_at: created,
        updated_at: created,
        external_id: None,
    });
    id
}

fn unique_name(g: &mut Gen, used: &mut HashSet<String>, cjk: bool, industry: &str) -> String {
    for attempt in 0.. {
        let mut name = if cjk {
            cjk_name(g, industry)
        } else {
            latin_name(g, industry)
        };
        if attempt > 8 {
            // The name space is large but finite: number the rare repeat.
            name = format!("{name} {}", attempt - 7);
        }
        if used.insert(name.clone()) {
            return name;
        }
    }
    unreachable!("the loop only ends by returning")
}

fn cjk_name(g: &mut Gen, industry: &str) -> String {
    let n = &g.data.names.cjk_company;
    let place = &g.pick(&n.places).0;
    let core = &g.pick(&n.cores).0;
    let suffix = n
        .suffix
        .get(industry)
        .map(|s| g.pick(s).as_str())
        .unwrap_or("科技");
    format!("{place}{core}{suffix}")
}

fn latin_name(g: &mut Gen, industry: &str) -> String {
    let n = &g.data.names.latin_company;
    let brand = g.pick(&n.brands);
    let suffix = n
        .suffix
        .get(industry)
        .map(|s| g.pick(s).as_str())
        .unwrap_or("Group");
    let legal = g.pick(&n.legal);
    if legal.is_empty() {
        format!("{brand} {suffix}")
    } else {
        format!("{brand} {suffix} {legal}")
    }
}

fn subsidiary_name(g: &mut Gen, parent: &str, cjk: bool, division: usize) -> String {
    const CJK: [&str; 4] = ["苏州分公司", "南京分公司", "合肥分公司", "杭州工厂"];
    const LATIN: [&str; 4] = ["Europe", "Asia Pacific", "North", "Services"];
    let start = g.pick_index(4);
    if cjk {
        format!("{parent} {}", CJK[(start + division) % 4])
    } else {
        format!("{parent} {}", LATIN[(start + division) % 4])
    }
}

fn contacts(g: &mut Gen) {
    let roles_after_dm = [
        DecisionRole::EconomicBuyer,
        DecisionRole::TechnicalEvaluator,
        DecisionRole::Influencer,
        DecisionRole::User,
        DecisionRole::Champion,
        DecisionRole::Blocker,
    ];
    for a in 0..g.ws.accounts.len() {
        let account = g.ws.accounts[a].clone();
        let cjk = account
            .name
            .chars()
            .next()
            .is_some_and(|c| c as u32 >= 0x2E80);
        let count = g.range(2, 5) as usize;
        let domain = email_domain(g, &account, cjk);
        for i in 0..count {
            let role = if i == 0 {
                DecisionRole::DecisionMaker
            } else {
                *g.pick(&roles_after_dm)
            };
            let (name, handle) = person_name(g, cjk);
            let title_key = match role {
                DecisionRole::EconomicBuyer => "economic_buyer",
                DecisionRole::DecisionMaker => "decision_maker",
                DecisionRole::TechnicalEvaluator => "technical_evaluator",
                DecisionRole::Influencer => "influencer",
                DecisionRole::User => "user",
                DecisionRole::Champion => "champion",
                DecisionRole::Blocker => "blocker",
            };
            let title = g
                .data
                .names
                .titles
                .get(title_key)
                .map(|t| {
                    let (en, zh) = g.pick(t);
                    if cjk { zh.clone() } else { en.clone() }
                })
                .unwrap_or_default();
            let stance = match role {
                DecisionRole::Champion => Stance::Supporter,
                DecisionRole::Blocker => Stance::Opponent,
                _ => match g.weighted(&[35.0, 50.0, 15.0]) {
                    0 => Stance::Supporter,
                    1 => Stance::Neutral,
                    _ => Stance::Opponent,
                },
            };
            let influence = match role {
                DecisionRole::EconomicBuyer | DecisionRole::DecisionMaker => g.range(4, 5),
                DecisionRole::User => g.range(1, 2),
                _ => g.range(2, 4),
            } as u8;
            let id = ContactId(g.ws.contacts.len() as u64 + 1);
            let phone = if cjk {
                format!(
                    "+86 1{:02} {:04} {:04}",
                    g.range(30, 89),
                    g.range(0, 9999),
                    g.range(0, 9999)
                )
            } else {
                format!("+1 {:03} 555 {:04}", g.range(201, 989), g.range(100, 9999))
            };
            g.ws.contacts.push(Contact {
                id,
                name,
                title,
                account: account.id,
                role,
                stance,
                influence,
                email: format!("{handle}@{domain}"),
                phone,
                last_contacted: None,
                created_at: account.created_at,
                updated_at: account.created_at,
            });
        }
    }
}

fn person_name(g: &mut Gen, cjk: bool) -> (String, String) {
    let p = &g.data.names.people;
    if cjk {
        let (fam, fam_r) = g.pick(&p.cjk_family);
        let (given, given_r) = g.pick(&p.cjk_given);
        (format!("{fam}{given}"), format!("{given_r}.{fam_r}"))
    } else {
        let given = g.pick(&p.latin_given);
        let fam = g.pick(&p.latin_family);
        let handle: String = format!("{given}.{fam}")
            .to_lowercase()
            .chars()
            .filter(|c| c.is_ascii_alphabetic() || *c == '.')
            .collect();
        (format!("{given} {fam}"), handle)
    }
}

fn email_domain(g: &mut Gen, account: &Account, cjk: bool) -> String {
    if cjk {
        let n = &g.data.names.cjk_company;
        let place = n
            .places
            .iter()
            .find(|(z, _)| account.name.starts_with(z.as_str()))
            .map(|p| p.1.as_str())
            .unwrap_or("corp");
        let core = n
            .cores
            .iter()
            .find(|(z, _)| account.name.contains(z.as_str()))
            .map(|c| c.1.as_str())
            .unwrap_or("co");
        format!("{place}-{core}.cn")
    } else {
        let first: String = account
            .name
            .split_whitespace()
            .take(2)
            .collect::<Vec<_>>()
            .join("")
            .to_lowercase()
            .chars()
            .filter(char::is_ascii_alphanumeric)
            .collect();
        format!("{first}.example")
    }
}

/// Accounts with a recent win are new, with older wins active, long-silent
/// customers churned, and the rest prospects.
pub fn settle_lifecycles(g: &mut Gen) {
    let mut last_win = vec![None; g.ws.accounts.len() + 1];
    let mut first_win = vec![None; g.ws.accounts.len() + 1];
    for d in &g.ws.deals {
        if d.status == DealStatus::Won
            && let Some(at) = d.closed_at
        {
            let i = d.account.0 as usize;
            if last_win[i].is_none_or(|t| t < at) {
                last_win[i] = Some(at);
            }
            if first_win[i].is_none_or(|t| t > at) {
                first_win[i] = Some(at);
            }
        }
    }
    let now = g.now;
    for a in &mut g.ws.accounts {
        let i = a.id.0 as usize;
        a.lifecycle = match (first_win[i], last_win[i]) {
            (Some(first), _) if now - first < Duration::days(90) => Lifecycle::New,
            (_, Some(last)) if now - last > Duration::days(540) => Lifecycle::Churned,
            (Some(_), _) => Lifecycle::Active,
            _ => Lifecycle::Prospect,
        };
    }
}
