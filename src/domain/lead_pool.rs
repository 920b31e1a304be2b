//! The lead pool's rules (公海): what a lead's score is made of, when an
//! assigned lead goes back to the pool, when a new assignment is flagged, who
//! gets a lead that scores high, and which leads look like a company or a
//! person already known. Pure functions over records; the store applies them
//! in one transaction and the screens show their reasons.

use super::account::{Account, CompanySize, Contact, Owner, OwnerRole};
use super::ids::{AccountId, ContactId, LeadId, OwnerId};
use super::lead::{Lead, LeadStatus};
use chrono::{DateTime, Duration, Utc};
use serde::Deserialize;
use std::collections::{BTreeMap, HashMap};

/// `[leads]` in settings.toml.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct LeadRules {
    /// An assigned lead nobody followed up for this many days goes back to the pool.
    pub recycle_days: i64,
    /// A new assignment still without a follow-up after this many hours is flagged.
    pub follow_up_hours: i64,
    /// A lead in the pool scoring at least this is assigned by rule.
    pub auto_assign_score: u8,
    /// Industries the product fits best: they weigh in the profile fit.
    pub target_industries: Vec<String>,
}

impl Default for LeadRules {
    fn default() -> Self {
        LeadRules {
            recycle_days: 15,
            follow_up_hours: 24,
            auto_assign_score: 80,
            // The Chinese sample's names of the same industries, so its leads
            // weigh the same.
            target_industries: [
                "Manufacturing",
                "Auto parts",
                "Logistics",
                "制造业",
                "汽车零部件",
                "物流",
            ]
            .map(String::from)
            .to_vec(),
        }
    }
}

/// The most either part of a score can give.
pub const MAX_PART: u8 = 50;

/// A score is profile fit (company size and industry, from the lead's record)
/// plus behaviour (what the lead did: visits, downloads, replies), each 0–50.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ScoreParts {
    pub fit: u8,
    pub behaviour: u8,
}

impl ScoreParts {
    pub fn total(self) -> u8 {
        self.fit.saturating_add(self.behaviour).min(100)
    }
}

impl LeadRules {
    /// Profile fit: size (10–35) and a target industry (15, else 5).
    pub fn fit(&self, industry: &str, size: CompanySize) -> u8 {
        let by_size = match size {
            CompanySize::Enterprise | CompanySize::Large => 35,
            CompanySize::Medium => 25,
            CompanySize::Small => 10,
        };
        let by_industry = if self
            .target_industries
            .iter()
            .any(|t| t.eq_ignore_ascii_case(industry.trim()))
        {
            15
        } else {
            5
        };
        by_size + by_industry
    }

    /// The parts of a stored score: the fit its profile gives, the rest behaviour.
    pub fn parts(&self, lead: &Lead) -> ScoreParts {
        let fit = self.fit(&lead.industry, lead.size);
        ScoreParts {
            fit,
            behaviour: lead.score.saturating_sub(fit).min(MAX_PART),
        }
    }

    /// The last time anyone worked the lead: its last follow-up, or its assignment.
    fn last_touch(lead: &Lead) -> Option<DateTime<Utc>> {
        match (lead.assigned_at, lead.last_follow_up) {
            (Some(a), Some(f)) => Some(a.max(f)),
            (a, f) => a.or(f),
        }
    }

    /// Whether an assigned, still open lead has waited `recycle_days` for a
    /// follow-up and goes back to the pool.
    pub fn due_for_pool(&self, lead: &Lead, now: DateTime<Utc>) -> bool {
        lead.owner.is_some()
            && lead.status.is_open()
            && Self::last_touch(lead).is_some_and(|t| now - t >= Duration::days(self.recycle_days))
    }

    /// Whether a lead was assigned `follow_up_hours` ago or more and nobody
    /// followed it up since.
    pub fn flagged(&self, lead: &Lead, now: DateTime<Utc>) -> bool {
        let Some(assigned) = lead.assigned_at else {
            return false;
        };
        lead.owner.is_some()
            && lead.status.is_open()
            && lead.last_follow_up.is_none_or(|f| f < assigned)
            && now - assigned >= Duration::hours(self.follow_up_hours)
    }

    /// Whether a lead in the pool scores high enough to be assigned by rule.
    pub fn hot(&self, lead: &Lead) -> bool {
        lead.owner.is_none() && lead.status.is_open() && lead.score >= self.auto_assign_score
    }
}

/// Who the assignment rule gives a hot lead to, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RuleAssignment {
    pub lead: LeadId,
    pub to: OwnerId,
    pub why: String,
}

/// Hands every hot lead in the pool to a rep: those who work the lead's region
/// (the region most of their accounts are in, or their team's name), among
/// them those with accounts in its industry, then whoever holds the fewest open
/// leads (ties: the lowest id) — a round-robin that keeps loads even. Leads in
/// id order; each assignment counts for the next. `returned_by_hand` stay in
/// the pool (a person put them there); `last_owner` never gets a lead back
/// that the recycle rule just took from them.
pub fn assign_hot_leads(
    rules: &LeadRules,
    leads: &[Lead],
    owners: &[Owner],
    accounts: &[Account],
    returned_by_hand: &std::collections::HashSet<LeadId>,
    last_owner: &HashMap<LeadId, OwnerId>,
) -> Vec<RuleAssignment> {
    let reps: Vec<&Owner> = owners.iter().filter(|o| o.role == OwnerRole::Rep).collect();
    if reps.is_empty() {
        return Vec::new();
    }
    let mut region_counts: HashMap<OwnerId, BTreeMap<&str, usize>> = HashMap::new();
    let mut industries: HashMap<OwnerId, Vec<&str>> = HashMap::new();
    for a in accounts {
        if let Some(o) = a.owner {
            *region_counts
                .entry(o)
                .or_default()
                .entry(a.region.as_str())
                .or_default() += 1;
            industries.entry(o).or_default().push(a.industry.as_str());
        }
    }
    let home_region = |o: &Owner| -> Option<&str> {
        region_counts
            .get(&o.id)
            .and_then(|c| c.iter().max_by_key(|(_, n)| **n).map(|(r, _)| *r))
    };
    let mut load: HashMap<OwnerId, usize> = HashMap::new();
    for l in leads.iter().filter(|l| l.status.is_open()) {
        if let Some(o) = l.owner {
            *load.entry(o).or_default() += 1;
        }
    }
    let mut hot: Vec<&Lead> = leads
        .iter()
        .filter(|l| rules.hot(l) && !returned_by_hand.contains(&l.id))
        .collect();
    hot.sort_by_key(|l| l.id);
    let mut out = Vec::new();
    for lead in hot {
        let region = lead.region.trim();
        let avoid = last_owner.get(&lead.id).copied();
        let reps: Vec<&Owner> = reps
            .iter()
            .copied()
            .filter(|o| Some(o.id) != avoid)
            .collect();
        let in_region: Vec<&Owner> = reps
            .iter()
            .copied()
            .filter(|o| {
                !region.is_empty()
                    && (o.team.eq_ignore_ascii_case(region) || home_region(o) == Some(region))
            })
            .collect();
        let in_industry: Vec<&Owner> = in_region
            .iter()
            .copied()
            .filter(|o| {
                industries
                    .get(&o.id)
                    .is_some_and(|is| is.iter().any(|i| i.eq_ignore_ascii_case(&lead.industry)))
            })
            .collect();
        let (pool, why) = if !in_industry.is_empty() {
            (
                in_industry,
                t!(
                    "dom-pool-why-region-industry",
                    region = region.to_string(),
                    industry = lead.industry.as_str()
                ),
            )
        } else if !in_region.is_empty() {
            (
                in_region,
                t!("dom-pool-why-region", region = region.to_string()),
            )
        } else {
            (reps.clone(), t!("dom-pool-why-least-loaded"))
        };
        let Some(to) = pool
            .iter()
            .min_by_key(|o| (load.get(&o.id).copied().unwrap_or(0), o.id))
            .map(|o| o.id)
        else {
            continue;
        };
        *load.entry(to).or_default() += 1;
        out.push(RuleAssignment {
            lead: lead.id,
            to,
            why,
        });
    }
    out
}

/// The title a converted lead's deal gets unless one is given.
pub fn deal_title(lead: &Lead) -> String {
    t!("dom-pool-deal-title", company = lead.company.trim())
}

/// What a lead may duplicate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Known {
    Lead(LeadId),
    Account(AccountId),
    Contact(ContactId, AccountId),
}

/// Which field matched.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum MatchedOn {
    Company,
    Phone,
    Email,
}

impl MatchedOn {
    pub fn label(self) -> &'static str {
        match self {
            MatchedOn::Company => crate::i18n::word("dom-matched-company"),
            MatchedOn::Phone => crate::i18n::word("dom-matched-phone"),
            MatchedOn::Email => crate::i18n::word("dom-matched-email"),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Duplicate {
    pub on: MatchedOn,
    pub known: Known,
}

/// A company name as people mean it: no case, spaces, punctuation or legal
/// form ("ACME Ltd." = "Acme", "恒通科技有限公司" = "恒通科技").
pub fn normal_company(name: &str) -> String {
    const FORMS: [&str; 14] = [
        "股份有限公司",
        "有限责任公司",
        "有限公司",
        "公司",
        "incorporated",
        "corporation",
        "limited",
        "company",
        "corp",
        "gmbh",
        "inc",
        "llc",
        "ltd",
        "co",
    ];
    let mut words: Vec<&str> = name
        .split(|c: char| c.is_whitespace() || c == ',' || c == '.')
        .filter(|w| !w.is_empty())
        .collect();
    while words.len() > 1
        && words
            .last()
            .is_some_and(|w| FORMS.iter().any(|f| f.eq_ignore_ascii_case(w)))
    {
        words.pop();
    }
    let mut joined = String::with_capacity(name.len());
    for w in words {
        for c in w.chars().filter(|c| c.is_alphanumeric()) {
            joined.extend(c.to_lowercase());
        }
    }
    for form in &FORMS[..4] {
        if let Some(stem) = joined.strip_suffix(form)
            && !stem.is_empty()
        {
            joined.truncate(stem.len());
            break;
        }
    }
    joined
}

/// A phone as its last ten digits, whatever the country code and spacing
/// ("+86 138 0013 8000" = "13800138000", "+1 612 555 0101" = "(612) 555-0101");
/// None when too short to identify anyone.
pub fn normal_phone(phone: &str) -> Option<String> {
    let digits = phone.bytes().filter(u8::is_ascii_digit).count();
    if digits < 7 {
        return None;
    }
    Some(
        phone
            .chars()
            .filter(char::is_ascii_digit)
            .skip(digits.saturating_sub(10))
            .collect(),
    )
}

pub fn normal_email(email: &str) -> Option<String> {
    let e = email.trim().to_lowercase();
    (e.contains('@') && e.len() > 3).then_some(e)
}

/// Normalised company names, phones and emails of every lead, account and
/// contact, to warn when a lead is one we already know.
#[derive(Debug, Default)]
pub struct DedupIndex {
    by_company: HashMap<String, Vec<Known>>,
    by_phone: HashMap<String, Vec<Known>>,
    by_email: HashMap<String, Vec<Known>>,
}

impl DedupIndex {
    pub fn build(leads: &[Lead], accounts: &[Account], contacts: &[Contact]) -> DedupIndex {
        let mut index = DedupIndex::default();
        for a in accounts {
            index.add_company(&a.name, Known::Account(a.id));
        }
        for c in contacts {
            index.add_person(&c.phone, &c.email, Known::Contact(c.id, c.account));
        }
        for l in leads {
            index.add_lead(l);
        }
        index
    }

    pub fn add_lead(&mut self, l: &Lead) {
        // A converted lead lives on as its account and contact.
        if l.status == LeadStatus::Converted {
            return;
        }
        self.add_company(&l.company, Known::Lead(l.id));
        self.add_person(&l.phone, &l.email, Known::Lead(l.id));
    }

    fn add_company(&mut self, name: &str, who: Known) {
        let key = normal_company(name);
        if !key.is_empty() {
            self.by_company.entry(key).or_default().push(who);
        }
    }

    fn add_person(&mut self, phone: &str, email: &str, who: Known) {
        if let Some(p) = normal_phone(phone) {
            self.by_phone.entry(p).or_default().push(who);
        }
        if let Some(e) = normal_email(email) {
            self.by_email.entry(e).or_default().push(who);
        }
    }

    /// Everything known that shares the company, phone or email with `lead`
    /// (the lead itself left out), accounts and contacts first.
    pub fn duplicates_of(&self, lead: &Lead) -> Vec<Duplicate> {
        let mut out = Vec::new();
        let mut look = |map: &HashMap<String, Vec<Known>>, key: Option<String>, on| {
            for known in key.and_then(|k| map.get(&k)).into_iter().flatten() {
                if *known != Known::Lead(lead.id) {
                    out.push(Duplicate { on, known: *known });
                }
            }
        };
        look(
            &self.by_company,
            Some(normal_company(&lead.company)).filter(|k| !k.is_empty()),
            MatchedOn::Company,
        );
        look(&self.by_phone, normal_phone(&lead.phone), MatchedOn::Phone);
        look(&self.by_email, normal_email(&lead.email), MatchedOn::Email);
        out.sort_by_key(|d| (matches!(d.known, Known::Lead(_)), d.on, d.known));
        out.dedup_by_key(|d| d.known);
        out
    }

    /// The account a lead's company names, to reuse when it is converted.
    pub fn account_for(&self, company: &str) -> Option<AccountId> {
        self.by_company
            .get(&normal_company(company))?
            .iter()
            .find_map(|k| match k {
                Known::Account(a) => Some(*a),
                _ => None,
            })
    }
}

/// One lead as the pool shows it (the app's `g l` and `lead list`): its score
/// parts, age, flag, duplicates and history in words.
#[derive(Debug, Clone)]
pub struct PoolRow {
    pub lead: Lead,
    pub parts: ScoreParts,
    /// Whole days since it came in.
    pub age_days: i64,
    /// Assigned `follow_up_hours` ago or more, not followed up since.
    pub flagged: bool,
    /// Its owner's name; empty in the pool.
    pub owner: String,
    /// "same phone as contact 王芳 (恒通科技)", accounts and contacts first.
    pub duplicates: Vec<String>,
    /// "2026-11-20 李伟: follow-up: sent the brochure", oldest first.
    pub history: Vec<String>,
}

/// Every lead with what the pool shows of it, in id order — all but its
/// duplicates, which need every account and contact ([`duplicate_warnings`]).
pub fn pool_rows(
    leads: &[Lead],
    events: &[super::lead::LeadEvent],
    owners: &[Owner],
    rules: &LeadRules,
    now: DateTime<Utc>,
) -> Vec<PoolRow> {
    let owner_names: HashMap<OwnerId, &str> =
        owners.iter().map(|o| (o.id, o.name.as_str())).collect();
    let owner_name = |id: OwnerId| {
        owner_names.get(&id).map_or_else(
            || t!("dom-pool-owner-id", id = id.to_string()),
            |n| n.to_string(),
        )
    };
    let mut history: HashMap<LeadId, Vec<String>> = HashMap::new();
    for e in events {
        history.entry(e.lead).or_default().push(t!(
            "dom-pool-history-line",
            day = e.at.date_naive().to_string(),
            by = e.by.as_str(),
            what = e.kind.describe(owner_name)
        ));
    }
    leads
        .iter()
        .map(|l| PoolRow {
            parts: rules.parts(l),
            age_days: (now - l.created_at).num_days().max(0),
            flagged: rules.flagged(l, now),
            owner: l.owner.map(owner_name).unwrap_or_default(),
            duplicates: Vec::new(),
            history: history.remove(&l.id).unwrap_or_default(),
            lead: l.clone(),
        })
        .collect()
}

/// Each open lead's duplicate warnings, in words.
pub type DuplicateWarnings = HashMap<LeadId, Vec<String>>;

/// Duplicates described per lead; the rest are counted.
const MAX_WARNINGS: usize = 5;

/// What each open lead may duplicate, in words ("same phone as contact 王芳
/// (恒通科技)"); a decided lead warns no more (it became, or was not, a customer).
pub fn duplicate_warnings(
    leads: &[Lead],
    accounts: &[Account],
    contacts: &[Contact],
) -> DuplicateWarnings {
    let index = DedupIndex::build(leads, accounts, contacts);
    let account_names: HashMap<AccountId, &str> =
        accounts.iter().map(|a| (a.id, a.name.as_str())).collect();
    let account_name = |id: AccountId| account_names.get(&id).copied().unwrap_or("?");
    let lead_names: HashMap<LeadId, &str> =
        leads.iter().map(|l| (l.id, l.company.as_str())).collect();
    let contact_names: HashMap<ContactId, &str> =
        contacts.iter().map(|c| (c.id, c.name.as_str())).collect();
    let mut out = HashMap::new();
    for l in leads.iter().filter(|l| l.status.is_open()) {
        let found = index.duplicates_of(l);
        let more = found.len().saturating_sub(MAX_WARNINGS);
        let mut words: Vec<String> = found
            .into_iter()
            .take(MAX_WARNINGS)
            .map(|d| {
                let who = match d.known {
                    Known::Account(a) => t!("dom-dup-account", name = account_name(a)),
                    Known::Contact(c, a) => t!(
                        "dom-dup-contact",
                        name = contact_names.get(&c).copied().unwrap_or("?"),
                        account = account_name(a)
                    ),
                    Known::Lead(other) => t!(
                        "dom-dup-lead",
                        id = format!("{}-{other}", LeadId::PREFIX),
                        company = lead_names.get(&other).copied().unwrap_or("?")
                    ),
                };
                t!("dom-dup-same", field = d.on.label(), who = who)
            })
            .collect();
        if more > 0 {
            words.push(t!("dom-dup-more", count = more.to_string()));
        }
        if !words.is_empty() {
            out.insert(l.id, words);
        }
    }
    out
}

/// The pool's rows with their duplicates filled in.
pub fn with_duplicates(rows: &mut [PoolRow], mut warnings: HashMap<LeadId, Vec<String>>) {
    for row in rows {
        row.duplicates = warnings.remove(&row.lead.id).unwrap_or_default();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn company_names_compare_without_case_punctuation_or_legal_form() {
        assert_eq!(normal_company("ACME Ltd."), "acme");
        assert_eq!(normal_company("Acme"), "acme");
        assert_eq!(normal_company("Acme Co., Ltd"), "acme");
        assert_eq!(normal_company("恒通科技有限公司"), "恒通科技");
        assert_eq!(normal_company("Sterling Brands Inc."), "sterlingbrands");
        // A name that is only a legal form stays itself.
        assert_eq!(normal_company("Company"), "company");
    }

    #[test]
    fn phones_compare_as_digits_without_the_country_code() {
        assert_eq!(
            normal_phone("+86 138-0013-8000"),
            normal_phone("138 0013 8000")
        );
        assert_eq!(
            normal_phone("+1 612 555 0101"),
            normal_phone("(612) 555-0101")
        );
        assert_ne!(
            normal_phone("+1 612 555 0101"),
            normal_phone("+1 612 555 0102")
        );
        assert_eq!(normal_phone("12-34"), None);
    }
}
