//! The deal's tasks by keys (`T` in the detail): one done from its form, in one
//! undoable change that also clears the deal's overdue next step when it was
//! the last open task.

mod common;

use common::ui::{app_with, press, screen};
use dealdeck::ui::layers::Layer;

#[test]
fn a_task_is_done_from_the_detail_and_u_takes_it_back() {
    let (_d, mut app) = app_with(120);
    let today = app.now.date_naive();
    let store = app.store.clone();
    // An open deal with an overdue next step and exactly one open task.
    let deal = store
        .open_deals()
        .unwrap()
        .into_iter()
        .find(|d| {
            d.next_step_date.is_some_and(|n| n < today)
                && store
                    .tasks_of(d.id)
                    .unwrap()
                    .iter()
                    .filter(|t| !t.done)
                    .count()
                    == 1
        })
        .expect("the sample has such a deal");
    let task = store
        .tasks_of(deal.id)
        .unwrap()
        .into_iter()
        .find(|t| !t.done)
        .unwrap();
    app.open_detail(deal.id);
    press(&mut app, "T");
    assert!(matches!(app.layers.last(), Some(Layer::Tasks(_))));
    let s = screen(&mut app, 100, 30);
    assert!(s.contains("Tasks ·"), "{s}");
    let start: String = task.summary.chars().take(12).collect();
    assert!(s.contains(&start), "{s}");
    insta::assert_snapshot!("deal_tasks_100x30", s);
    // The open task is first; enter opens it, → sets done, enter saves.
    press(&mut app, "enter right enter");
    let saved = store.tasks_of(deal.id).unwrap();
    assert!(saved.iter().find(|t| t.id == task.id).unwrap().done);
    let s = screen(&mut app, 100, 30);
    assert!(s.contains("overdue next step is cleared"), "{s}");
    assert!(
        store
            .deal(deal.id)
            .unwrap()
            .unwrap()
            .next_step_date
            .is_none()
    );
    // esc back to the detail; u undoes both the task and the next step.
    press(&mut app, "esc u");
    assert!(
        !store
            .tasks_of(deal.id)
            .unwrap()
            .iter()
            .find(|t| t.id == task.id)
            .unwrap()
            .done
    );
    assert_eq!(
        store.deal(deal.id).unwrap().unwrap().next_step_date,
        deal.next_step_date
    );
    for (w, h) in [(80, 24), (40, 12), (120, 40)] {
        press(&mut app, "T");
        screen(&mut app, w, h);
        press(&mut app, "esc");
    }
}
