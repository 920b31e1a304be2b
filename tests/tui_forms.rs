//! Forms, the command palette and the filter menu, driven by real keys; every
//! save is checked in the database.

mod common;

use chrono::NaiveDate;
use common::ui::{app_with, now, press, screen, typed};
use dealdeck::domain::*;
use dealdeck::ui::app::Screen;
use dealdeck::ui::layers::Layer;
use rust_decimal::Decimal;

#[test]
fn a_new_deal_typed_into_the_form_is_stored_with_a_new_account() {
    let (_d, mut app) = app_with(120);
    app.resize(80, 24);
    let before = app.store.deals().unwrap().len();
    press(&mut app, "l n");
    insta::assert_snapshot!("new_deal_form_80x24", screen(&mut app, 80, 24));

    typed(&mut app, "Line 7 vision upgrade");
    press(&mut app, "tab");
    typed(&mut app, "Kestrel Optics");
    press(&mut app, "tab tab");
    typed(&mut app, "12.5x");
    // Refused while the amount is wrong: the field is marked, nothing is stored.
    press(&mut app, "enter");
    let s = screen(&mut app, 80, 24);
    assert!(s.contains("an amount, like 12500, 12.5k or 1.2m"), "{s}");
    assert_eq!(app.store.deals().unwrap().len(), before);

    press(&mut app, "backspace");
    typed(&mut app, "k");
    press(&mut app, "tab tab ctrl-u");
    typed(&mut app, "+30d");
    assert!(screen(&mut app, 80, 24).contains("= Tue 2026-12-22"));
    press(&mut app, "tab tab");
    typed(&mut app, "Referral");
    press(&mut app, "tab");
    typed(&mut app, "vision, q1");
    press(&mut app, "enter");
    assert!(app.layers.is_empty(), "the form closes once saved");

    let deals = app.store.deals().unwrap();
    assert_eq!(deals.len(), before + 1);
    let deal = deals.iter().max_by_key(|d| d.id).unwrap();
    assert_eq!(deal.title, "Line 7 vision upgrade");
    assert_eq!(
        deal.amount,
        Money::new(Decimal::from(12_500), Currency::USD)
    );
    assert_eq!(deal.expected_close, NaiveDate::from_ymd_opt(2026, 12, 22));
    assert_eq!(deal.tags, vec!["vision".to_string(), "q1".into()]);
    assert_eq!(deal.source, "Referral");
    let pipeline = &app.data.pipelines[0];
    assert_eq!(
        deal.stage, pipeline.stages[1].id,
        "starts in the stage the cursor was on"
    );
    let account = app.store.account(deal.account).unwrap().unwrap();
    assert_eq!(account.name, "Kestrel Optics");
    // A name no account had made one: the message says so.
    let s = screen(&mut app, 100, 30);
    assert!(s.contains("with a new account, Kestrel Optics"), "{s}");
    assert_eq!(
        app.board.selected_deal(),
        Some(deal.id),
        "the cursor is on it"
    );

    press(&mut app, "u");
    assert!(
        app.store.deal(deal.id).unwrap().is_none(),
        "undo removes it"
    );
}

#[test]
fn editing_a_deal_saves_fields_and_undo_restores_them() {
    let (_d, mut app) = app_with(120);
    app.resize(100, 30);
    let id = app.board.selected_deal().unwrap();
    let original = app.store.deal(id).unwrap().unwrap();
    press(&mut app, "e ctrl-u");
    typed(&mut app, "Renamed deal");
    // owner → amount: type a new figure.
    press(&mut app, "tab tab tab ctrl-u");
    typed(&mut app, "1.2m");
    press(&mut app, "tab tab tab");
    typed(&mut app, "60");
    insta::assert_snapshot!("edit_deal_form", screen(&mut app, 100, 30));
    press(&mut app, "enter");
    let saved = app.store.deal(id).unwrap().unwrap();
    assert_eq!(saved.title, "Renamed deal");
    assert_eq!(saved.amount.amount, Decimal::from(1_200_000));
    assert_eq!(saved.probability_override, Some(60));
    assert_eq!(saved.stage, original.stage, "stage only changes by moves");
    assert!(screen(&mut app, 100, 30).contains("saved Renamed deal"));

    press(&mut app, "u");
    let restored = app.store.deal(id).unwrap().unwrap();
    assert_eq!(restored.title, original.title);
    assert_eq!(restored.amount, original.amount);
}

#[test]
fn escape_on_a_changed_form_asks_before_discarding() {
    let (_d, mut app) = app_with(40);
    app.resize(100, 30);
    press(&mut app, "n");
    typed(&mut app, "half typed");
    press(&mut app, "esc");
    let s = screen(&mut app, 100, 30);
    assert!(s.contains("discard your changes?"));
    // The question's keys stand where the form's were: no "enter save" under it.
    assert!(
        s.contains("any other key keeps editing") && !s.contains("enter save"),
        "{s}"
    );
    press(&mut app, "x");
    assert!(
        matches!(app.layers.last(), Some(Layer::DealForm(_))),
        "any other key keeps editing"
    );
    press(&mut app, "esc y");
    assert!(app.layers.is_empty());
}

#[test]
fn logging_a_call_updates_the_contacts_last_contact() {
    let (_d, mut app) = app_with(120);
    app.resize(100, 30);
    let id = app.board.selected_deal().unwrap();
    let deal = app.store.deal(id).unwrap().unwrap();
    let contacts = app.store.contacts_of(deal.account).unwrap();
    assert!(contacts.len() >= 2, "the sample account has contacts");
    press(&mut app, "enter a");
    // With the first two contacts, and only them: go round the list once,
    // space picking or dropping each as needed.
    let (picked, start) = match app.layers.last() {
        Some(Layer::ActivityForm(f)) => {
            let picked = f.form.picked("contacts");
            let start = picked.first().copied().unwrap_or(0);
            (picked, start)
        }
        _ => panic!("the activity form is open"),
    };
    press(&mut app, "tab");
    let n = contacts.len();
    for step in 0..n {
        let i = (start + step) % n;
        if (i < 2) != picked.contains(&i) {
            press(&mut app, "space");
        }
        press(&mut app, "right");
    }
    press(&mut app, "tab");
    typed(&mut app, "Walked the CFO through the business case");
    insta::assert_snapshot!("log_activity_form", screen(&mut app, 100, 30));
    press(&mut app, "enter");
    assert!(app.layers.is_empty(), "{:?}", app.chrome.status);

    let activities = app.store.activities_of(id).unwrap();
    let logged = activities
        .iter()
        .find(|a| a.summary == "Walked the CFO through the business case")
        .expect("the activity is stored");
    assert_eq!(logged.kind, ActivityKind::Call);
    assert_eq!(logged.contacts, vec![contacts[0].id, contacts[1].id]);
    let now_contacted: Vec<_> = app
        .store
        .contacts_of(deal.account)
        .unwrap()
        .into_iter()
        .filter(|c| c.last_contacted == Some(now()))
        .map(|c| c.id)
        .collect();
    assert_eq!(now_contacted, vec![contacts[0].id, contacts[1].id]);
    assert_eq!(app.screen, Screen::Detail);
    assert!(screen(&mut app, 120, 40).contains("Walked the CFO"));
}

#[test]
fn a_future_date_is_only_accepted_for_a_task() {
    let (_d, mut app) = app_with(40);
    app.resize(100, 30);
    press(&mut app, "a tab tab");
    typed(&mut app, "Send the revised proposal");
    press(&mut app, "tab ctrl-u");
    typed(&mut app, "+3d");
    press(&mut app, "enter");
    assert!(screen(&mut app, 100, 30).contains("only a task can be in the future"));
    // Back to the kind field and pick "task" (the last kind).
    press(&mut app, "tab tab left enter");
    assert!(app.layers.is_empty(), "{:?}", app.chrome.status);
}

#[test]
fn the_command_palette_finds_an_action_and_runs_it() {
    let (_d, mut app) = app_with(40);
    app.resize(100, 30);
    press(&mut app, ":");
    typed(&mut app, "new");
    insta::assert_snapshot!("command_palette", screen(&mut app, 100, 30));
    press(&mut app, "enter");
    assert_eq!(app.layers.len(), 1, "the palette gave way to the form");
    assert!(matches!(app.layers.last(), Some(Layer::DealForm(_))));
    press(&mut app, "esc :");
    typed(&mut app, "zzzz");
    assert!(screen(&mut app, 100, 30).contains("no command matches"));
    press(&mut app, "enter");
    assert!(matches!(app.layers.last(), Some(Layer::Palette(_))));
}

#[test]
fn the_filter_menu_narrows_the_board_to_one_owner_and_clears_again() {
    let (_d, mut app) = app_with(120);
    app.resize(100, 30);
    press(&mut app, "f right right");
    press(&mut app, "enter");
    let owner = app.board.filter.owner.expect("an owner was chosen");
    let shown: Vec<DealId> = app.board.columns.iter().flatten().copied().collect();
    assert!(!shown.is_empty());
    assert!(shown.iter().all(|id| app.data.deals[id].owner == owner));
    assert!(screen(&mut app, 100, 30).contains("filter: owner"));
    // At 80 columns the filter gives way in the header; the column and who
    // you are stay (the header once went blank on the right).
    app.resize(80, 24);
    let s = screen(&mut app, 80, 24);
    let header = s.lines().next().unwrap_or_default();
    assert!(
        header.contains(&format!("1/{}", app.board.columns.len())),
        "{header}"
    );
    assert!(header.contains(&app.user), "{header}");

    press(&mut app, "f tab right enter");
    assert!(app.board.filter.stale_only);
    press(&mut app, "f left left tab left enter");
    assert!(!app.board.filter.is_active());
}

#[test]
fn the_filter_menu_narrows_the_board_to_one_team() {
    let (_d, mut app) = app_with(120);
    app.resize(100, 30);
    // Owner, stale, quarter, tag, then team: its first team.
    press(&mut app, "f tab tab tab tab right enter");
    let team = app.board.filter.team.clone().expect("a team was chosen");
    let shown: Vec<DealId> = app.board.columns.iter().flatten().copied().collect();
    assert!(!shown.is_empty());
    assert!(
        shown
            .iter()
            .all(|id| app.data.owners[&app.data.deals[id].owner].team == team)
    );
    let others = app
        .data
        .deals
        .values()
        .filter(|d| d.is_open() && app.data.owners[&d.owner].team != team)
        .count();
    assert!(others > 0, "the sample has open deals of other teams");
    assert!(screen(&mut app, 100, 30).contains(&format!("team {team}")));
}

#[test]
fn t_adds_a_task_due_tomorrow() {
    let (_d, mut app) = app_with(40);
    app.resize(100, 30);
    let id = app.board.selected_deal().unwrap();
    press(&mut app, "t tab tab");
    typed(&mut app, "Chase the signed order form");
    press(&mut app, "enter");
    assert!(app.layers.is_empty(), "{:?}", app.chrome.status);
    let task = app
        .store
        .activities_of(id)
        .unwrap()
        .into_iter()
        .find(|a| a.summary == "Chase the signed order form")
        .expect("the task is stored");
    assert_eq!(task.kind, ActivityKind::Task);
    assert_eq!(task.due, NaiveDate::from_ymd_opt(2026, 11, 23));
    assert!(!task.done);
}

#[test]
fn long_text_keeps_the_caret_in_view_and_the_lesson_wraps() {
    let (_d, mut app) = app_with(40);
    press(&mut app, "e");
    typed(
        &mut app,
        " with the extended support bundle for all three plants",
    );
    let s = screen(&mut app, 80, 24);
    assert!(s.contains("for all three plants▏"), "{s}");
    press(&mut app, "esc y");
    assert!(app.layers.is_empty());
    press(&mut app, "X tab tab tab tab");
    let lesson = "We priced against the list while the buyer compared us with a \
                  bundled offer; next time ask for the budget line before the proposal";
    typed(&mut app, lesson);
    let s = screen(&mut app, 100, 30);
    let rows: Vec<&str> = s.lines().filter(|l| l.contains("│")).collect();
    // The lesson's three lines, the last ending at the caret.
    let at = rows
        .iter()
        .position(|l| l.contains("lesson"))
        .unwrap_or_else(|| panic!("{s}"));
    assert!(rows[at + 2].contains("before the proposal▏"), "{s}");
    assert!(rows[at].contains("We priced against"), "{s}");
}

#[test]
fn typing_on_a_gate_criterion_starts_the_override_reason() {
    let (_d, mut app) = app_with(120);
    app.resize(100, 30);
    let deal = app.board.selected_deal().unwrap();
    press(&mut app, "L");
    assert!(
        matches!(app.layers.last(), Some(Layer::Gate(_))),
        "the sample's first card has unmet gate criteria"
    );
    typed(&mut app, "signed early");
    press(&mut app, "enter");
    assert!(app.layers.is_empty(), "{}", screen(&mut app, 100, 30));
    let events = app.store.events_of(deal).unwrap();
    let last = events.last().unwrap();
    assert_eq!(
        last.gate_overrides.first().map(|o| o.reason.as_str()),
        Some("signed early"),
        "nothing typed was lost"
    );
}

#[test]
fn the_power_map_edits_a_contacts_stance_and_the_detail_shows_it() {
    let (_d, mut app) = app_with(120);
    app.resize(120, 40);
    let id = app.board.selected_deal().unwrap();
    let deal = app.store.deal(id).unwrap().unwrap();
    press(&mut app, "enter c");
    let Some(Layer::Contacts(list)) = app.layers.last() else {
        panic!("the power map opened: {}", screen(&mut app, 120, 40));
    };
    let first = list.contacts[0].clone();
    insta::assert_snapshot!("power_map_120x40", screen(&mut app, 120, 40));
    // Its stance one step on (supporter → neutral → opponent → supporter).
    let next = match first.stance {
        Stance::Supporter => Stance::Neutral,
        Stance::Neutral => Stance::Opponent,
        Stance::Opponent => Stance::Supporter,
    };
    press(&mut app, "enter tab tab right enter");
    let stored = app
        .store
        .contacts_of(deal.account)
        .unwrap()
        .into_iter()
        .find(|c| c.id == first.id)
        .unwrap();
    assert_eq!(stored.stance, next);
    assert_eq!(
        (stored.role, stored.influence),
        (first.role, first.influence)
    );
    press(&mut app, "esc");
    assert!(app.layers.is_empty());
    let s = screen(&mut app, 120, 40);
    let row = s
        .lines()
        .find(|l| l.contains(&first.name) && l.contains(first.role.label()))
        .unwrap_or_else(|| panic!("{s}"));
    assert!(row.contains(next.label()), "{row}");
    // One undo puts it back.
    press(&mut app, "u");
    let back = app
        .store
        .contacts_of(deal.account)
        .unwrap()
        .into_iter()
        .find(|c| c.id == first.id)
        .unwrap();
    assert_eq!(back.stance, first.stance);
}

#[test]
fn pasted_lines_are_typed_as_one_line_and_never_run_commands() {
    let (_d, mut app) = app_with(120);
    app.resize(100, 30);
    let deals_before = app.store.deals().unwrap();
    // On the board nothing takes text: the paste is refused, not read as keys
    // (its "a", "n", "W" would open forms and mark a deal won).
    app.handle_paste("Won the pilot\nanother note\n");
    assert!(app.layers.is_empty());
    assert_eq!(app.store.deals().unwrap(), deals_before);
    assert!(screen(&mut app, 100, 30).contains("pasted text goes into a text field"));
    // In the activity form's summary, line breaks and tabs become spaces and
    // the form stays open until enter.
    press(&mut app, "a tab tab");
    app.handle_paste("Called Chiara.\r\n\r\nShe wants\ta second quote.\u{7}\n");
    assert!(!app.layers.is_empty(), "the paste did not submit the form");
    let s = screen(&mut app, 100, 30);
    assert!(
        s.contains("Called Chiara. She wants a second quote."),
        "{s}"
    );
}

#[test]
fn a_call_with_a_task_due_day_logs_the_call_and_its_follow_up_task_undone_together() {
    let (_d, mut app) = app_with(120);
    app.resize(100, 30);
    let deal = app.board.selected_deal().unwrap();
    let before = app.store.activities_of(deal).unwrap().len();
    // kind stays "call"; the summary, then the task's day.
    press(&mut app, "a tab tab");
    typed(&mut app, "Walked through the pilot plan");
    press(&mut app, "tab tab");
    typed(&mut app, "+3d");
    press(&mut app, "enter");
    assert!(app.layers.is_empty());
    let logged = app.store.activities_of(deal).unwrap();
    assert_eq!(logged.len(), before + 2);
    let call = logged
        .iter()
        .find(|a| a.kind == ActivityKind::Call && a.summary == "Walked through the pilot plan")
        .expect("the call");
    assert_eq!(call.due, None);
    let task = logged
        .iter()
        .find(|a| {
            a.kind == ActivityKind::Task && a.summary == "follow up: Walked through the pilot plan"
        })
        .expect("the follow-up task");
    assert_eq!(
        task.due,
        Some(NaiveDate::from_ymd_opt(2026, 11, 25).unwrap())
    );
    assert!(!task.done);
    assert!(screen(&mut app, 100, 30).contains("and a task to follow it up on 2026-11-25"));
    // One change: u takes back both.
    press(&mut app, "u");
    assert_eq!(app.store.activities_of(deal).unwrap().len(), before);
}

#[test]
fn the_palette_offers_what_this_screen_answers_to_and_the_keyless_actions() {
    use dealdeck::ui::action::Action;
    let (_d, mut app) = app_with(60);
    press(&mut app, ":");
    let Some(Layer::Palette(palette)) = app.layers.last() else {
        panic!("the palette is open");
    };
    let offered: Vec<Action> = palette.entries.iter().map(|e| e.action).collect();
    // The detail's and Today's keys do nothing on the board: not offered there.
    for elsewhere in [
        Action::DealTasks,
        Action::CompleteTask,
        Action::Contacts,
        Action::OpenQuote,
    ] {
        assert!(!offered.contains(&elsewhere), "{elsewhere:?}");
    }
    assert!(offered.contains(&Action::MoveForward));
    // No screen has a key for the language: the palette is where it lives.
    assert!(offered.contains(&Action::SwitchLanguage));
}
