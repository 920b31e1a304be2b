//! The lead pool's rules and changes on hand-built workspaces: claim,
//! follow-up, recycling after 15 days, assignment by score, conversion (one
//! transaction, reusing a matching account) and duplicate warnings.

mod common;

use chrono::Duration;
use common::{USER, at, t0};
use dealdeck::domain::lead_pool::{LeadRules, MatchedOn, duplicate_warnings};
use dealdeck::domain::*;
use dealdeck::store::{Conversion, LeadChange, LeadDraft, Stamp, Store};
use rust_decimal::Decimal;

const KEY_MANAGER: &str =
    "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIMoMoMoMoMoMoMoMoMoMoMoMoMoMoMoMoMoMoMoMoMo mo@laptop";
const KEY_REP: &str =
    "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAILiLiLiLiLiLiLiLiLiLiLiLiLiLiLiLiLiLiLiLiLiL li@laptop";

fn owner(id: u64, name: &str, team: &str, role: OwnerRole) -> Owner {
    Owner {
        team: team.into(),
        role,
        ..Owner::rep(OwnerId(id), name)
    }
}

fn account(id: u64, name: &str, region: &str, industry: &str, owner: u64) -> Account {
    Account {
        region: region.into(),
        industry: industry.into(),
        owner: Some(OwnerId(owner)),
        ..Account::prospect(AccountId(id), name, t0())
    }
}

/// Two regions' reps (and a manager), their accounts, one known contact.
fn workspace() -> (tempfile::TempDir, Store) {
    let mut ws = Workspace {
        pipelines: dealdeck::domain::defaults::pipelines(t0()),
        loss_reasons: dealdeck::domain::defaults::loss_taxonomy(),
        ..Workspace::default()
    };
    ws.owners = vec![
        owner(1, "Ann", "North", OwnerRole::Rep),
        owner(2, "Bo", "North", OwnerRole::Rep),
        owner(3, "Cy", "South", OwnerRole::Rep),
        owner(4, "Mia", "North", OwnerRole::Manager),
        owner(5, USER, "North", OwnerRole::Rep),
    ];
    ws.accounts = vec![
        account(1, "Acme Robotics Ltd.", "North", "Manufacturing", 1),
        account(2, "Borealis Freight", "North", "Logistics", 2),
        account(3, "Cascade Foods", "South", "Food", 3),
    ];
    ws.contacts = vec![Contact {
        id: ContactId(1),
        name: "Dana Frost".into(),
        title: "COO".into(),
        account: AccountId(2),
        role: DecisionRole::DecisionMaker,
        stance: Stance::Neutral,
        influence: 4,
        email: "dana@borealis.example".into(),
        phone: "+1 612 555 0101".into(),
        last_contacted: None,
        created_at: t0(),
        updated_at: t0(),
    }];
    let dir = tempfile::tempdir().unwrap();
    let store = Store::create_with(&dir.path().join("l.redb"), &ws, false).unwrap();
    (dir, store)
}

/// Mia (North's manager) and Bo (a North rep) become users: roles count.
fn sign_in_north(store: &Store) {
    for (name, role, key) in [
        ("Mia", Role::Manager, KEY_MANAGER),
        ("Bo", Role::Rep, KEY_REP),
    ] {
        let user = dealdeck::store::NewUser {
            name: name.into(),
            role,
            team: "North".into(),
            key: key.into(),
        };
        store.add_user(&user, at(0)).unwrap();
    }
}

fn by(name: &'static str) -> Stamp<'static> {
    Stamp { by: name, at: t0() }
}

fn lead(company: &str, industry: &str, region: &str, behaviour: u8) -> LeadDraft {
    LeadDraft {
        company: company.into(),
        contact_name: "Lee Park".into(),
        phone: String::new(),
        email: String::new(),
        channel: Channel::Web,
        industry: industry.into(),
        region: region.into(),
        size: CompanySize::Medium,
        behaviour,
    }
}

fn get(store: &Store, id: LeadId) -> Lead {
    store
        .leads()
        .unwrap()
        .into_iter()
        .find(|l| l.id == id)
        .unwrap()
}

#[test]
fn claim_follow_up_and_back_to_the_pool_after_15_days_without_one() {
    let (_d, store) = workspace();
    let rules = LeadRules::default();
    let (added, _) = store
        .add_lead(lead("Zephyr Tools", "Retail", "North", 20), &rules, at(0))
        .unwrap();
    // Fit: a medium company (25) outside the target industries (5); plus behaviour.
    assert_eq!(added.score, 50);
    assert_eq!(rules.parts(&added).fit, 30);
    assert_eq!(rules.parts(&added).behaviour, 20);
    let claimed = store
        .change_lead(added.id, LeadChange::Claim, at(0))
        .unwrap();
    assert_eq!(claimed.owner, Some(OwnerId(5)));
    // Claimed again: refused, naming whose it is.
    let again = store
        .change_lead(added.id, LeadChange::Claim, at(0))
        .unwrap_err();
    assert!(again.to_string().contains("tester's already"), "{again}");
    // A day without a follow-up flags it; a follow-up clears the flag.
    assert!(!rules.flagged(&claimed, t0() + Duration::hours(23)));
    assert!(rules.flagged(&claimed, t0() + Duration::hours(24)));
    let followed = store
        .change_lead(
            added.id,
            LeadChange::FollowUp("called: wants a demo".into()),
            at(3),
        )
        .unwrap();
    assert_eq!(followed.status, LeadStatus::Working);
    assert!(!rules.flagged(&followed, t0() + Duration::days(4)));
    // 14 days after the follow-up it stays; on the 15th it goes back.
    let quiet = store.apply_lead_rules(&rules, at(17), false).unwrap();
    assert!(quiet.is_empty());
    let dry = store.apply_lead_rules(&rules, at(18), true).unwrap();
    assert_eq!(dry.returned.len(), 1);
    assert_eq!(
        get(&store, added.id).owner,
        Some(OwnerId(5)),
        "a dry run writes nothing"
    );
    let done = store.apply_lead_rules(&rules, at(18), false).unwrap();
    assert_eq!(
        done.returned,
        vec![(added.id, "Zephyr Tools".into(), OwnerId(5))]
    );
    let back = get(&store, added.id);
    assert_eq!((back.owner, back.status), (None, LeadStatus::New));
    let history: Vec<LeadEventKind> = store
        .lead_events()
        .unwrap()
        .into_iter()
        .filter(|e| e.lead == added.id)
        .map(|e| e.kind)
        .collect();
    assert_eq!(
        history,
        vec![
            LeadEventKind::Claimed,
            LeadEventKind::FollowUp {
                note: "called: wants a demo".into()
            },
            LeadEventKind::Returned {
                why: "no follow-up in 15 days".into(),
                by_rule: true
            },
        ]
    );
    // One undo takes the rules' change back, history line and all.
    store.undo(at(18)).unwrap();
    assert_eq!(get(&store, added.id).owner, Some(OwnerId(5)));
    assert_eq!(store.lead_events().unwrap().len(), 2);
}

#[test]
fn a_lead_reaching_the_threshold_is_assigned_by_region_industry_then_load() {
    let (_d, store) = workspace();
    let rules = LeadRules::default();
    // North logistics, 79: below the threshold, stays in the pool.
    let (cool, _) = store
        .add_lead(
            lead("Cool Freight", "Logistics", "North", 39),
            &rules,
            at(0),
        )
        .unwrap();
    assert_eq!(cool.score, 79);
    // North logistics, 80: Bo (North, has a logistics account).
    let (hot, _) = store
        .add_lead(lead("Hot Freight", "Logistics", "North", 40), &rules, at(0))
        .unwrap();
    // North retail, 80: North reps by load — Ann and the tester hold none, Bo
    // holds one by then: Ann (lowest id among the least loaded).
    let (retail, _) = store
        .add_lead(
            lead("Hot Retail", "Manufacturing", "North", 40),
            &rules,
            at(0),
        )
        .unwrap();
    // South, 80: Cy, the only South rep.
    let (south, _) = store
        .add_lead(lead("Sunny Foods", "Food", "South", 50), &rules, at(0))
        .unwrap();
    let outcome = store.apply_lead_rules(&rules, at(1), false).unwrap();
    let given: Vec<(LeadId, OwnerId)> = outcome.assigned.iter().map(|a| (a.lead, a.to)).collect();
    assert_eq!(
        given,
        vec![
            (hot.id, OwnerId(2)),
            (retail.id, OwnerId(1)),
            (south.id, OwnerId(3)),
        ]
    );
    assert_eq!(outcome.assigned[0].why, "region North, industry Logistics");
    assert_eq!(get(&store, cool.id).owner, None);
    assert_eq!(get(&store, hot.id).owner, Some(OwnerId(2)));
    assert!(store.lead_events().unwrap().iter().any(|e| e.lead == hot.id
        && e.kind
            == LeadEventKind::Assigned {
                to: OwnerId(2),
                by_rule: true
            }));
}

#[test]
fn converting_reuses_the_matching_account_and_a_refusal_leaves_nothing_made() {
    let (_d, store) = workspace();
    let rules = LeadRules::default();
    let (l, dups) = store
        .add_lead(
            lead("ACME Robotics", "Manufacturing", "North", 10),
            &rules,
            at(0),
        )
        .unwrap();
    assert_eq!(dups.len(), 1, "the account of the same company: {dups:?}");
    let pipeline = store.pipelines().unwrap()[0].id;
    let counts = |s: &Store| {
        (
            s.accounts().unwrap().len(),
            s.contacts().unwrap().len(),
            s.deals().unwrap().len(),
        )
    };
    let before = counts(&store);
    // A title too long for a deal: refused after the contact would have been
    // made — nothing of it is kept.
    let refused = store
        .convert_lead(
            l.id,
            Conversion {
                title: "x".repeat(MAX_TITLE + 1),
                amount: Money::new(Decimal::from(5000), Currency::USD),
                pipeline,
            },
            at(1),
        )
        .unwrap_err();
    assert!(refused.to_string().contains("title"), "{refused}");
    assert_eq!(counts(&store), before);
    assert_eq!(get(&store, l.id).status, LeadStatus::New);
    let made = store
        .convert_lead(
            l.id,
            Conversion {
                title: "Acme line 2 sensors".into(),
                amount: Money::new(Decimal::from(5000), Currency::USD),
                pipeline,
            },
            at(1),
        )
        .unwrap();
    assert!(made.account_reused);
    assert_eq!(made.account.name, "Acme Robotics Ltd.");
    assert!(!made.contact_reused);
    assert_eq!(made.deal.account, AccountId(1));
    assert_eq!(made.deal.primary_contact, Some(made.contact.id));
    assert_eq!(
        made.deal.owner,
        OwnerId(5),
        "a pool lead goes to whoever converts it"
    );
    let (a, c, d) = before;
    assert_eq!(counts(&store), (a, c + 1, d + 1));
    let converted = get(&store, l.id);
    assert_eq!(converted.status, LeadStatus::Converted);
    assert_eq!(converted.converted_deal, Some(made.deal.id));
    // One undo takes all of it back.
    store.undo(at(1)).unwrap();
    assert_eq!(counts(&store), before);
    assert_eq!(get(&store, l.id).status, LeadStatus::New);
}

#[test]
fn a_phone_match_with_a_known_contact_is_a_duplicate_warning() {
    let (_d, store) = workspace();
    let rules = LeadRules::default();
    let draft = LeadDraft {
        phone: "(612) 555-0101".into(),
        ..lead("Northern Hauling", "Logistics", "North", 0)
    };
    let (l, dups) = store.add_lead(draft, &rules, at(0)).unwrap();
    assert_eq!(dups.len(), 1);
    assert_eq!(dups[0].on, MatchedOn::Phone);
    let warnings = duplicate_warnings(
        &store.leads().unwrap(),
        &store.accounts().unwrap(),
        &store.contacts().unwrap(),
    );
    assert_eq!(
        warnings[&l.id],
        vec!["same phone as contact Dana Frost (Borealis Freight)".to_string()]
    );
}

#[test]
fn a_rep_claims_but_only_a_manager_assigns_and_nobody_works_a_decided_lead() {
    let (_d, store) = workspace();
    let rules = LeadRules::default();
    sign_in_north(&store);
    let (hot, _) = store
        .add_lead(lead("Hot Freight", "Logistics", "North", 10), &rules, at(0))
        .unwrap();
    let denied = store
        .change_lead(hot.id, LeadChange::Assign("Ann".into()), by("Bo"))
        .unwrap_err();
    assert!(
        denied
            .to_string()
            .contains("only a manager or director assigns"),
        "{denied}"
    );
    store
        .change_lead(hot.id, LeadChange::Assign("Ann".into()), by("Mia"))
        .unwrap();
    // Ann's lead: Bo (a rep of the same team) may not follow it up; Mia may.
    let not_his = store
        .change_lead(hot.id, LeadChange::FollowUp("called".into()), by("Bo"))
        .unwrap_err();
    assert!(!not_his.to_string().is_empty());
    store
        .change_lead(hot.id, LeadChange::FollowUp("called".into()), by("Mia"))
        .unwrap();
    let (l, _) = store
        .add_lead(lead("Quiet Co", "Retail", "North", 0), &rules, at(0))
        .unwrap();
    store
        .change_lead(
            l.id,
            LeadChange::Disqualify("student project".into()),
            at(0),
        )
        .unwrap();
    let refused = store
        .change_lead(l.id, LeadChange::Assign("Ann".into()), at(1))
        .unwrap_err();
    assert!(refused.to_string().contains("disqualified"), "{refused}");
    let blank = store
        .change_lead(
            l.id,
            LeadChange::FollowUp("  ".into()),
            Stamp { by: USER, at: t0() },
        )
        .unwrap_err();
    assert!(!blank.to_string().is_empty());
}

#[test]
fn an_account_and_its_contacts_are_changed_by_its_owner_or_their_manager_only() {
    let (_d, store) = workspace();
    sign_in_north(&store);
    // Bo's own account's contact: his to change.
    let mut dana = store.contact(ContactId(1)).unwrap().unwrap();
    dana.stance = Stance::Supporter;
    store.update_contact(&dana, by("Bo")).unwrap();
    // Ann's account: not Bo's, but their manager's.
    let mut acme = store.account(AccountId(1)).unwrap().unwrap();
    acme.tier = Tier::A;
    let refused = store.update_account(&acme, by("Bo")).unwrap_err();
    assert!(refused.to_string().contains("Ann"), "{refused}");
    store.update_account(&acme, by("Mia")).unwrap();
    // Moving Dana to Ann's account is a change to both: Bo may not.
    dana.account = AccountId(1);
    assert!(store.update_contact(&dana, by("Bo")).is_err());
}

#[test]
fn a_hot_lead_returned_by_hand_stays_in_the_pool_and_a_follow_up_claims_a_pool_lead() {
    let (_d, store) = workspace();
    let rules = LeadRules::default();
    let (hot, _) = store
        .add_lead(lead("Hot Freight", "Logistics", "North", 40), &rules, at(0))
        .unwrap();
    let first = store.apply_lead_rules(&rules, at(0), false).unwrap();
    assert_eq!(first.assigned.len(), 1);
    store
        .change_lead(hot.id, LeadChange::Return("wrong region".into()), at(1))
        .unwrap();
    let again = store.apply_lead_rules(&rules, at(2), false).unwrap();
    assert!(again.assigned.is_empty(), "returned by a person: it stays");
    assert_eq!(get(&store, hot.id).owner, None);
    // Following up a pool lead makes it the follower's.
    let followed = store
        .change_lead(hot.id, LeadChange::FollowUp("called back".into()), at(3))
        .unwrap();
    assert_eq!(followed.owner, Some(OwnerId(5)));
    assert_eq!(followed.status, LeadStatus::Working);
    // A bad email is refused when a lead comes in.
    let bad = LeadDraft {
        email: "not-an-email".into(),
        ..lead("Bad Mail Co", "Retail", "North", 0)
    };
    let refused = store.add_lead(bad, &rules, at(3)).unwrap_err();
    assert!(
        refused.to_string().contains("not an email address"),
        "{refused}"
    );
}

#[test]
fn the_recycle_rule_never_gives_a_hot_lead_back_to_whom_it_was_taken_from() {
    let (_d, store) = workspace();
    let rules = LeadRules::default();
    let (hot, _) = store
        .add_lead(lead("Hot Freight", "Logistics", "North", 40), &rules, at(0))
        .unwrap();
    let first = store.apply_lead_rules(&rules, at(0), false).unwrap();
    let bo = first.assigned[0].to;
    assert_eq!(bo, OwnerId(2));
    // Nobody follows it up: 15 days on it goes back, and to another North rep.
    let later = store.apply_lead_rules(&rules, at(15), false).unwrap();
    assert_eq!(later.returned.len(), 1);
    assert_eq!(later.assigned.len(), 1);
    assert_ne!(later.assigned[0].to, bo);
    assert_eq!(get(&store, hot.id).owner, Some(later.assigned[0].to));
}

#[test]
fn a_leads_file_comes_in_whole_with_its_duplicates_counted_and_missing_sizes_said() {
    let (dir, store) = workspace();
    let path = dir.path().join("l.redb");
    drop(store);
    let out = common::imports::ok(
        &path,
        &["lead", "import", &common::imports::fixture("leads.csv")],
    );
    // Borealis Freight is an account already, and its phone is Dana Frost's.
    assert!(
        out.contains("3 added to the pool, 1 may duplicate a lead, account or contact"),
        "{out}"
    );
    assert!(
        out.contains("1 lead without a company size (lines 4)"),
        "{out}"
    );
    let store = Store::open(&path).unwrap();
    let leads = store.leads().unwrap();
    let zephyr = leads
        .iter()
        .find(|l| l.company == "Zephyr Tools Ltd.")
        .unwrap();
    // Medium (25) in a target industry (15) plus behaviour 30.
    assert_eq!(zephyr.score, 70);
    assert_eq!(zephyr.channel, Channel::Web);
    // A bad row refuses the whole file: nothing more comes in.
    let bad = dir.path().join("bad.csv");
    std::fs::write(&bad, "Company,Company Size\nNew Co,huge\n").unwrap();
    drop(store);
    let refused = common::imports::refused(&path, &["lead", "import", bad.to_str().unwrap()]);
    assert!(refused.contains("huge"), "{refused}");
    assert_eq!(Store::open(&path).unwrap().leads().unwrap().len(), 3);
}
