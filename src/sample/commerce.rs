//! Products, tier price lists with volume breaks, quotes behind deals, and the lead pool.

use super::Gen;
use super::orgs::{sellers, team_of};
use crate::domain::*;
use chrono::{DateTime, Duration, Utc};
use rust_decimal::Decimal;
use std::collections::HashMap;
use std::str::FromStr;

pub fn products(g: &mut Gen) {
    let currency = g.currency;
    for (i, p) in g.data.catalogue.product.iter().enumerate() {
        g.ws.products.push(Product {
            id: ProductId(i as u64 + 1),
            sku: p.sku.clone(),
            name: p.name.clone(),
            unit: p.unit.clone(),
            currency,
            list_price: Decimal::from_str(&p.list_price).unwrap_or_default(),
            unit_cost: Decimal::from_str(&p.unit_cost).unwrap_or_default(),
            active: true,
        });
    }
    // General list at list price; tier lists discount it; volume breaks at 10 and 50.
    let lists: [(&str, Option<Tier>, Decimal); 4] = [
        ("General", None, Decimal::ZERO),
        ("Tier A", Some(Tier::A), Decimal::new(8, 0)),
        ("Tier B", Some(Tier::B), Decimal::new(4, 0)),
        ("Tier C", Some(Tier::C), Decimal::ZERO),
    ];
    for (i, (name, tier, pct)) in lists.into_iter().enumerate() {
        let mut entries = Vec::new();
        for p in &g.ws.products {
            for (min_qty, extra) in [(1, 0), (10, 5), (50, 10)] {
                let off = pct + Decimal::from(extra);
                let price = p.list_price * (Decimal::ONE_HUNDRED - off) / Decimal::ONE_HUNDRED;
                entries.push(PriceEntry {
                    product: p.id,
                    min_qty: Decimal::from(min_qty),
                    unit_price: price.round_dp(2),
                });
            }
        }
        g.ws.price_lists.push(PriceList {
            id: PriceListId(i as u64 + 1),
            name: name.to_string(),
            tier,
            currency,
            entries,
        });
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuoteShape {
    Normal,
    /// Deep discounts: margin under 15 %.
    ThinMargin,
    /// Discount above policy with the approval still missing: never sent.
    AwaitingApproval,
}

pub struct QuoteSpec {
    pub deal: DealId,
    pub tier: Tier,
    pub target: Decimal,
    pub shape: QuoteShape,
    pub status: QuoteStatus,
    pub revisions: u32,
    pub at: DateTime<Utc>,
    pub until: DateTime<Utc>,
    pub approver: String,
}

pub fn quote_for(g: &mut Gen, spec: QuoteSpec) -> Quote {
    let list =
        g.ws.price_lists
            .iter()
            .find(|l| l.tier == Some(spec.tier))
            .cloned()
            .unwrap_or_else(|| g.ws.price_lists[0].clone());
    let line_count = g.range(1, 3) as usize;
    // Price losses happen on thin-margin hardware and services, not on licences.
    let candidates: Vec<Product> =
        g.ws.products
            .iter()
            .filter(|p| {
                spec.shape != QuoteShape::ThinMargin || p.unit_cost * Decimal::TWO >= p.list_price
            })
            .cloned()
            .collect();
    let mut lines = Vec::new();
    let mut remaining = spec.target;
    for i in 0..line_count {
        let product = candidates[g.pick_index(candidates.len())].clone();
        if lines.iter().any(|l: &QuoteLine| l.product == product.id) {
            continue;
        }
        let share = if i + 1 == line_count {
            remaining
        } else {
            remaining * Decimal::new(6, 1)
        };
        let qty = (share / product.list_price).round().max(Decimal::ONE);
        remaining = (remaining - qty * product.list_price).max(Decimal::ZERO);
        let unit_price = list
            .price_for(product.id, qty)
            .unwrap_or(product.list_price);
        lines.push(QuoteLine {
            product: product.id,
            description: product.name.clone(),
            qty,
            unit_price,
            discount_pct: Decimal::ZERO,
            unit_cost: product.unit_cost,
        });
    }
    let versions = spec.revisions.max(1);
    let mut out = Vec::new();
    let span = (spec.until - spec.at).max(Duration::hours(versions as i64 + 1));
    for v in 0..versions {
        let last = v + 1 == versions;
        let mut version_lines = lines.clone();
        for l in &mut version_lines {
            l.discount_pct = match spec.shape {
                // The discount that leaves a 6–13 % margin on this line.
                QuoteShape::ThinMargin if last => {
                    let margin = Decimal::from(g.range(6, 13)) / Decimal::ONE_HUNDRED;
                    let keep = l.unit_cost / ((Decimal::ONE - margin) * l.unit_price);
                    ((Decimal::ONE - keep) * Decimal::ONE_HUNDRED)
                        .round_dp(1)
                        .max(Decimal::ZERO)
                }
                QuoteShape::AwaitingApproval if last => Decimal::from(g.range(22, 30)),
                _ => Decimal::new(g.range(0, 4) * 25, 1), // 0–10 % in 2.5 steps
            };
        }
        let disc = version_lines
            .iter()
            .map(|l| l.discount_pct)
            .max()
            .unwrap_or_default();
        let created = spec.at + span * (v as i32) / (versions as i32 + 1);
        let status = match (last, spec.shape) {
            (true, QuoteShape::AwaitingApproval) => QuoteStatus::Draft,
            (true, _) => spec.status,
            (false, _) => QuoteStatus::Sent,
        };
        let sent_at =
            (status != QuoteStatus::Draft).then(|| created + Duration::hours(g.range(2, 48)));
        let approval = (disc > Decimal::TEN && status != QuoteStatus::Draft).then(|| Approval {
            approver: spec.approver.clone(),
            level: if disc > Decimal::from(20) {
                "director".into()
            } else {
                "manager".into()
            },
            at: created + Duration::hours(1),
            comment: "strategic account; approved".into(),
        });
        out.push(QuoteVersion {
            version: v + 1,
            status,
            lines: version_lines,
            approval,
            created_at: created,
            sent_at,
        });
    }
    let created_at = out.first().map(|v| v.created_at).unwrap_or(spec.at);
    let updated_at = out
        .last()
        .map(|v| v.sent_at.unwrap_or(v.created_at))
        .unwrap_or(spec.at);
    Quote {
        id: QuoteId(g.ws.quotes.len() as u64 + 1),
        deal: spec.deal,
        number: format!("Q-{}-{:05}", created_at.format("%Y"), g.ws.quotes.len() + 1),
        currency: list.currency,
        versions: out,
        created_at,
        updated_at,
    }
}

pub fn leads(g: &mut Gen) {
    let count = ((g.deals as f64 * g.data.generator.leads_per_deal).ceil() as usize).max(5);
    // Each account's first contact, found once (a search per lead was quadratic).
    let mut first_contact: HashMap<AccountId, usize> = HashMap::new();
    for (at, c) in g.ws.contacts.iter().enumerate() {
        first_contact.entry(c.account).or_insert(at);
    }
    for i in 0..count {
        let id = LeadId(i as u64 + 1);
        // Some leads name a company we already know: the dedup check has work to do.
        let (company, industry, region, size, contact_name, email, phone) = if g.chance(0.12) {
            let a = {
                let i = g.pick_index(g.ws.accounts.len());
                g.ws.accounts[i].clone()
            };
            let contact = first_contact
                .get(&a.id)
                .map(|&at| g.ws.contacts[at].clone());
            let (name, email, phone) = contact
                .map(|c| (c.name, c.email, c.phone))
                .unwrap_or_default();
            (a.name, a.industry, a.region, a.size, name, email, phone)
        } else {
            let template = {
                let i = g.pick_index(g.ws.accounts.len());
                g.ws.accounts[i].clone()
            };
            let contact = {
                let i = g.pick_index(g.ws.contacts.len());
                g.ws.contacts[i].clone()
            };
            let stem = template
                .name
                .split_whitespace()
                .next()
                .unwrap_or(&template.name);
            let form = g.pick_index(4);
            // A Chinese name takes a Chinese form, written without a space.
            let name = if stem.chars().any(|c| c > '\u{2e80}') {
                format!("{stem}{}", ["控股", "科技", "贸易", "实业"][form])
            } else {
                format!(
                    "{stem} {}",
                    ["Holdings", "Tech", "Trading", "Partners"][form]
                )
            };
            (
                name,
                template.industry,
                template.region,
                template.size,
                contact.name,
                format!("lead{}.{}", i + 1, contact.email),
                lead_phone(&contact.phone, i),
            )
        };
        let channel = [
            Channel::Web,
            Channel::Web,
            Channel::Event,
            Channel::Referral,
            Channel::Partner,
            Channel::Import,
        ][g.pick_index(6)];
        let created = g.between(g.now - Duration::days(120), g.now - Duration::hours(2));
        let assigned = g.chance(0.4);
        let team = team_of(g, &region);
        let owner = assigned.then(|| {
            let s = sellers(g, team);
            *g.pick(&s)
        });
        let assigned_at =
            owner.map(|_| g.between(created, (created + Duration::days(3)).min(g.now)));
        let last_follow_up = assigned_at.and_then(|a| g.chance(0.75).then(|| g.between(a, g.now)));
        let fit = match size {
            CompanySize::Enterprise | CompanySize::Large => 35,
            CompanySize::Medium => 25,
            CompanySize::Small => 10,
        } + if matches!(
            industry.as_str(),
            "Manufacturing" | "Auto parts" | "Logistics"
        ) {
            15
        } else {
            5
        };
        let behaviour = g.range(0, 40) as u8;
        let status = match (owner.is_some(), g.weighted(&[60.0, 25.0, 10.0, 5.0])) {
            (false, 3) => LeadStatus::Disqualified,
            (false, _) => LeadStatus::New,
            (true, 0) => LeadStatus::Working,
            (true, 1) => LeadStatus::Qualified,
            (true, 2) => LeadStatus::New,
            (true, _) => LeadStatus::Disqualified,
        };
        let updated = last_follow_up.or(assigned_at).unwrap_or(created);
        g.ws.leads.push(Lead {
            id,
            company,
            contact_name,
            phone,
            email,
            channel,
            industry,
            region,
            size,
            owner,
            assigned_at,
            last_follow_up,
            score: (fit + behaviour).min(100),
            status,
            converted_deal: None,
            created_at: created,
            updated_at: updated,
        });
    }
}

/// A new company's lead has its own number, in the style of its contact's
/// country and never one a sample contact has (they use 13x–18x mobiles and
/// 555 exchanges): only the sample's real duplicates warn.
fn lead_phone(contact_phone: &str, i: usize) -> String {
    if contact_phone.starts_with("+86") {
        format!("+86 199 {:04} {:04}", i / 10_000, i % 10_000)
    } else {
        let area = contact_phone.get(3..6).unwrap_or("201");
        format!("+1 {area} {:03} {:04}", 600 + i / 10_000 % 300, i % 10_000)
    }
}
