//! Today (`g t`) driven by real keys on the sample workspace: what is due,
//! stale or waiting for the user, acted on from the list.

mod common;

use common::ui::{now, press, screen};
use dealdeck::domain::*;
use dealdeck::store::Stamp;
use dealdeck::ui::layers::Layer;
use dealdeck::ui::layers::today::Today;

/// A 120-deal sample opened as `user` (None: the owner of the first open deal).
fn app_as(user: Option<&str>) -> (tempfile::TempDir, dealdeck::ui::app::App) {
    let (dir, store) = common::ui::sample_store(120);
    let user = match user {
        Some(u) => u.to_string(),
        None => {
            let deal = store.open_deals().unwrap().into_iter().next().unwrap();
            store
                .owners()
                .unwrap()
                .into_iter()
                .find(|o| o.id == deal.owner)
                .unwrap()
                .name
        }
    };
    let app = common::ui::open_app_as(store, &user);
    (dir, app)
}

fn today(app: &dealdeck::ui::app::App) -> &Today {
    match app.layers.last() {
        Some(Layer::Today(t)) => t,
        _ => panic!("Today is not open"),
    }
}

#[test]
fn an_overdue_task_is_listed_and_x_marks_it_done() {
    let (_d, mut app) = app_as(None);
    let me = app
        .store
        .owners()
        .unwrap()
        .into_iter()
        .find(|o| o.name == app.user)
        .unwrap();
    let deal = app
        .store
        .open_deals()
        .unwrap()
        .into_iter()
        .find(|d| d.owner == me.id)
        .expect("the user owns an open deal");
    let user = app.user.clone();
    let stamp = Stamp {
        by: &user,
        at: now(),
    };
    let yesterday = now().date_naive().pred_opt().unwrap();
    let task = app
        .store
        .log_activity(
            Activity {
                id: ActivityId(0),
                kind: ActivityKind::Task,
                at: now(),
                deal: Some(deal.id),
                account: Some(deal.account),
                contacts: vec![],
                owner: me.id,
                summary: "Send the signed order form".into(),
                due: Some(yesterday),
                done: false,
                created_at: now(),
                updated_at: now(),
            },
            stamp,
        )
        .unwrap();
    assert!(
        screen(&mut app, 100, 30).contains(" due (g t)"),
        "the board header counts what is due"
    );
    press(&mut app, "g t");
    let t = today(&app);
    assert_eq!(t.whose, user);
    let at = t
        .rows
        .iter()
        .position(|r| matches!(&r.row.item, dealdeck::domain::agenda::Item::Task { id, .. } if *id == task.id))
        .expect("the task is listed");
    assert!(t.rows[at].row.overdue);
    let s = screen(&mut app, 100, 30);
    assert!(
        s.contains(&format!(
            "{} — Send the signed order form (1 d overdue)",
            deal.title
        )),
        "{s}"
    );
    insta::assert_snapshot!("today_100x30", s);
    for _ in 0..at {
        press(&mut app, "j");
    }
    press(&mut app, "x");
    assert!(
        app.store
            .tasks_of(deal.id)
            .unwrap()
            .iter()
            .any(|t| t.id == task.id && t.done),
        "done in the store"
    );
    assert!(
        !today(&app)
            .rows
            .iter()
            .any(|r| matches!(&r.row.item, dealdeck::domain::agenda::Item::Task { id, .. } if *id == task.id)),
        "and gone from Today"
    );
    // u, on Today itself, takes it back: open again and listed again.
    press(&mut app, "u");
    let listed = |app: &dealdeck::ui::app::App| {
        today(app)
            .rows
            .iter()
            .any(|r| matches!(&r.row.item, dealdeck::domain::agenda::Item::Task { id, .. } if *id == task.id))
    };
    assert!(listed(&app), "back on Today after u");
    assert!(
        app.store
            .tasks_of(deal.id)
            .unwrap()
            .iter()
            .any(|t| t.id == task.id && !t.done)
    );
    assert!(screen(&mut app, 100, 30).contains("undone"));
    // Enter opens the row's deal; back comes to Today.
    press(&mut app, "enter");
    assert_eq!(app.screen, dealdeck::ui::app::Screen::Detail);
    press(&mut app, "q");
    assert!(matches!(app.layers.last(), Some(Layer::Today(_))));
}

#[test]
fn a_manager_sees_the_team_rep_by_rep() {
    let (_d, mut app) = app_as(Some("陈静"));
    press(&mut app, "g t");
    let t = today(&app);
    assert_eq!(t.whose, "team East China");
    assert!(t.grouped);
    let owners: std::collections::BTreeSet<&str> =
        t.rows.iter().map(|r| r.owner.as_str()).collect();
    assert!(owners.len() > 1, "several reps: {owners:?}");
    let first = t.rows[0].owner.clone();
    let s = screen(&mut app, 100, 30);
    assert!(s.contains(&format!(" {first}")), "{s}");
}
