//! Team use at the store: who may change what, approvals as the signed-in
//! person, edits refused when someone changed the deal since, undo per person.

mod common;

use chrono::Duration;
use common::*;
use dealdeck::domain::*;
use dealdeck::store::{NewUser, Stamp, StoreError};

const KEY_ANN: &str =
    "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIAnnAnnAnnAnnAnnAnnAnnAnnAnnAnnAnnAnnAnnAnnAnn ann@laptop";
const KEY_LI: &str =
    "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAILiLiLiLiLiLiLiLiLiLiLiLiLiLiLiLiLiLiLiLiLiL li@laptop";
const KEY_MO: &str =
    "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIMoMoMoMoMoMoMoMoMoMoMoMoMoMoMoMoMoMoMoMoMo mo@laptop";

fn by(name: &'static str, days: i64) -> Stamp<'static> {
    Stamp {
        by: name,
        at: t0() + Duration::days(days),
    }
}

/// Ann (admin), 李伟 (rep, team East), Mo (manager, team East); a deal each for
/// 李伟 and for the workspace's first user ("tester", no user: unchecked).
fn team() -> (common::Workspace, DealId, DealId) {
    let w = empty();
    let user = |name: &str, role, team: &str, key: &str| NewUser {
        name: name.into(),
        role,
        team: team.into(),
        key: key.into(),
    };
    w.store
        .add_user(&user("Ann", Role::Admin, "", KEY_ANN), at(0))
        .unwrap();
    w.store
        .add_user(&user("李伟", Role::Rep, "East", KEY_LI), by("Ann", 0))
        .unwrap();
    w.store
        .add_user(&user("Mo", Role::Manager, "East", KEY_MO), by("Ann", 0))
        .unwrap();
    let mut mine = draft("MES rollout", 50_000);
    mine.owner = Some("李伟".into());
    let li_deal = w.store.create_deal(mine, by("李伟", 1)).unwrap().id;
    let other = w.store.create_deal(draft("WMS", 20_000), at(1)).unwrap().id;
    (w, li_deal, other)
}

#[test]
fn keys_sign_in_as_their_user_and_a_key_serves_one_person() {
    let (w, _, _) = team();
    let li = w.store.actor_by_key("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAILiLiLiLiLiLiLiLiLiLiLiLiLiLiLiLiLiLiLiLiLiL other-comment").unwrap().unwrap();
    assert_eq!(li.owner.name, "李伟");
    assert_eq!(li.role, Role::Rep);
    assert!(
        w.store
            .actor_by_key("ssh-ed25519 AAAAunknown x")
            .unwrap()
            .is_none()
    );
    let again = w.store.add_user(
        &NewUser {
            name: "Bo".into(),
            role: Role::Rep,
            team: String::new(),
            key: KEY_LI.into(),
        },
        by("Ann", 2),
    );
    assert!(matches!(again, Err(StoreError::Conflict(m)) if m.contains("one key, one person")));
    // Only an admin manages users.
    let refused = w.store.remove_user("Ann", by("李伟", 2)).unwrap_err();
    assert!(refused.to_string().contains("only an admin"), "{refused}");
}

#[test]
fn a_rep_changes_their_own_deals_and_a_manager_their_teams() {
    let (w, li_deal, other) = team();
    let to = stage("Needs Analysis");
    let gate = dealdeck::store::GateDecision {
        ticked: vec![],
        override_reason: Some("met".into()),
    };
    let refused = w
        .store
        .move_deal(other, to, &gate, by("李伟", 2))
        .unwrap_err();
    assert_eq!(
        refused.to_string(),
        "not allowed: WMS is tester's deal: a rep changes only their own deals"
    );
    let moved = w
        .store
        .move_deal(li_deal, to, &gate, by("李伟", 2))
        .unwrap();
    assert_eq!(moved.event.by, "李伟");
    // Mo manages team East, 李伟's team; tester has no team.
    w.store
        .move_deal(li_deal, stage("Proposal"), &gate, by("Mo", 3))
        .unwrap();
    assert!(w.store.move_deal(other, to, &gate, by("Mo", 3)).is_err());
    // Ann is an admin; tester is no user and unchecked (the file's owner).
    w.store.move_deal(other, to, &gate, by("Ann", 3)).unwrap();
    w.store
        .move_deal(other, stage("Proposal"), &gate, at(4))
        .unwrap();
}

#[test]
fn approvals_are_given_as_the_signed_in_person_up_to_their_level() {
    let (w, li_deal, _) = team();
    let quote = w.store.create_quote(li_deal, by("李伟", 2)).unwrap();
    let approval = |level: &str| Approval {
        approver: "Someone Typed".into(),
        level: level.into(),
        at: t0(),
        comment: "ok".into(),
    };
    let rep = w
        .store
        .record_approval(quote.id, approval("manager"), by("李伟", 3))
        .unwrap_err();
    assert!(
        rep.to_string()
            .contains("a manager approval needs a manager or director"),
        "{rep}"
    );
    let manager = w
        .store
        .record_approval(quote.id, approval("director"), by("Mo", 3))
        .unwrap_err();
    assert!(
        manager
            .to_string()
            .contains("a director approval needs a director"),
        "{manager}"
    );
    let given = w
        .store
        .record_approval(quote.id, approval("manager"), by("Mo", 3))
        .unwrap();
    let recorded = given.versions.last().unwrap().approval.clone().unwrap();
    assert_eq!(recorded.approver, "Mo", "the typed name does not count");
}

#[test]
fn an_edit_of_an_older_version_is_refused_with_what_changed() {
    let (w, li_deal, _) = team();
    let opened = w.store.deal(li_deal).unwrap().unwrap();
    // Mo changes the amount meanwhile.
    let mut theirs = opened.clone();
    theirs.amount = Money::new(60_000.into(), Currency::USD);
    w.store.update_deal(&theirs, by("Mo", 2)).unwrap();
    let mut mine = opened.clone();
    mine.next_step = Some("call the CFO".into());
    let refused = w.store.update_deal(&mine, by("李伟", 3)).unwrap_err();
    let message = refused.to_string();
    assert!(
        message.starts_with("not saved: Mo changed MES rollout at "),
        "{message}"
    );
    assert!(
        message.contains("amount is now 60,000.00 USD (yours: 50,000.00 USD)"),
        "{message}"
    );
    assert_eq!(
        w.store.deal(li_deal).unwrap().unwrap().amount.amount,
        60_000.into(),
        "nothing overwritten"
    );
    // Reopened, the same edit saves.
    let mut again = w.store.deal(li_deal).unwrap().unwrap();
    again.next_step = Some("call the CFO".into());
    w.store.update_deal(&again, by("李伟", 3)).unwrap();
}

#[test]
fn undo_takes_back_your_own_change_and_never_someone_elses() {
    let (w, li_deal, other) = team();
    let gate = dealdeck::store::GateDecision {
        ticked: vec![],
        override_reason: Some("met".into()),
    };
    w.store
        .move_deal(li_deal, stage("Needs Analysis"), &gate, by("李伟", 2))
        .unwrap();
    w.store
        .move_deal(other, stage("Needs Analysis"), &gate, by("Ann", 3))
        .unwrap();
    // 李伟's undo skips Ann's newer move and takes back his own.
    let undone = w.store.undo(by("李伟", 4)).unwrap().unwrap();
    assert_eq!(undone.deal, Some(li_deal));
    assert_eq!(
        w.store.deal(other).unwrap().unwrap().stage,
        stage("Needs Analysis")
    );
    // Mo changes 李伟's deal; 李伟's older change to it can no longer be undone.
    w.store
        .move_deal(li_deal, stage("Needs Analysis"), &gate, by("李伟", 5))
        .unwrap();
    w.store
        .move_deal(li_deal, stage("Proposal"), &gate, by("Mo", 6))
        .unwrap();
    let refused = w.store.undo(by("李伟", 7)).unwrap_err();
    assert!(
        refused
            .to_string()
            .contains("Mo changed the same record since"),
        "{refused}"
    );
    let mut store = w.store;
    assert_healthy(&mut store);
}
