//! The keys every layer shares mean the same on every layer and screen:
//! ctrl-c quits, `?` opens help (where no text is being typed), esc closes
//! the layer (or goes back), ctrl-l repaints, and nothing is left half-open.

mod common;

use common::ui::{app_with, press};
use dealdeck::ui::app::{App, Screen};

/// Each place a person can be, reached by real keys from the board.
const PLACES: &[(&str, &str)] = &[
    ("board", ""),
    ("detail", "enter"),
    ("reports", "g r"),
    ("help", "?"),
    ("search", "/"),
    ("palette", ":"),
    ("filter menu", "f"),
    ("gate dialog", "L"),
    ("loss dialog", "X"),
    ("new deal form", "n"),
    ("edit deal form", "e"),
    ("activity form", "a"),
    ("task form", "t"),
    ("review wizard", "g v"),
    ("actions due", "A"),
    ("quote editor", "o"),
    ("product list", "g p"),
    ("deal tasks", "enter T"),
    ("won dialog", "W"),
    ("today", "g t"),
    ("power map", "enter c"),
    ("accounts", "g a"),
    ("lead pool", "g l"),
    ("account page", "g a enter"),
];

fn at(place: &str) -> App {
    let (dir, mut app) = app_with(60);
    // Keep the workspace's folder for the app's lifetime.
    std::mem::forget(dir);
    app.resize(120, 40);
    let keys = PLACES.iter().find(|(p, _)| *p == place).unwrap().1;
    if place == "quote editor" {
        press(&mut app, "enter");
    }
    press(&mut app, keys);
    if place == "won dialog"
        && matches!(
            app.layers.last(),
            Some(dealdeck::ui::layers::Layer::Gate(_))
        )
    {
        // Past the gate (every criterion, then the override reason).
        while !app.layers.last().is_some_and(|l| l.keys().is_typing()) {
            press(&mut app, "tab");
        }
        common::ui::typed(&mut app, "signed early");
        press(&mut app, "enter");
    }
    if place == "won dialog" {
        assert!(
            matches!(app.layers.last(), Some(dealdeck::ui::layers::Layer::Won(_))),
            "W did not reach the won dialog"
        );
    }
    app
}

#[test]
fn ctrl_c_quits_from_everywhere() {
    for (place, _) in PLACES {
        let mut app = at(place);
        press(&mut app, "ctrl-c");
        assert!(app.quit, "ctrl-c did not quit from the {place}");
    }
}

/// ctrl-l asks the terminal loop for a full repaint from every place, and
/// changes nothing else: not the screen, not the layers, not typed text.
#[test]
fn ctrl_l_repaints_from_everywhere_and_changes_nothing() {
    for (place, _) in PLACES {
        let mut app = at(place);
        let (screen, layers) = (app.screen, app.layers.len());
        press(&mut app, "ctrl-l");
        assert!(
            app.chrome.repaint,
            "ctrl-l asked no repaint from the {place}"
        );
        assert_eq!((app.screen, app.layers.len()), (screen, layers), "{place}");
        assert!(!app.quit, "{place}");
    }
}

#[test]
fn esc_closes_the_top_layer_or_goes_back_and_never_quits() {
    for (place, _) in PLACES {
        let mut app = at(place);
        let depth = app.layers.len();
        let screen = app.screen;
        press(&mut app, "esc");
        assert!(!app.quit, "esc quit from the {place}");
        if depth > 0 {
            assert!(app.layers.len() < depth, "esc left the {place} open");
        } else if screen != Screen::Board {
            assert_ne!(app.screen, screen, "esc did not go back from the {place}");
        }
    }
}

#[test]
fn question_mark_opens_help_where_nothing_is_typed() {
    let mut helped = Vec::new();
    for (place, _) in PLACES {
        let mut app = at(place);
        let depth = app.layers.len();
        let typing = app.layers.last().is_some_and(|l| l.keys().is_typing());
        press(&mut app, "?");
        if typing {
            // A text field has the key: `?` is text, not help.
            assert_eq!(
                app.layers.len(),
                depth,
                "? opened help over typing in the {place}"
            );
        } else if matches!(
            app.layers.last(),
            Some(dealdeck::ui::layers::Layer::Help(_))
        ) && app.layers.len() == depth + 1
        {
            helped.push(*place);
        } else {
            assert_eq!(depth, 1, "? did not open help over the {place}");
            assert!(*place == "help", "? did not open help over the {place}");
        }
    }
    for place in [
        "board",
        "detail",
        "reports",
        "filter menu",
        "gate dialog",
        "actions due",
        "quote editor",
        "product list",
        "lead pool",
        "account page",
    ] {
        assert!(
            helped.contains(&place),
            "no help over the {place}: {helped:?}"
        );
    }
}

#[test]
fn ctrl_c_with_typed_text_asks_first_as_esc_does() {
    let mut app = at("new deal form");
    common::ui::typed(&mut app, "MES rollout");
    press(&mut app, "ctrl-c");
    assert!(!app.quit, "typed text is not thrown away at once");
    assert_eq!(app.layers.len(), 1, "the form is still there, asking");
    press(&mut app, "ctrl-c");
    assert!(app.quit, "asked once; the second ctrl-c quits");
}

#[test]
fn q_goes_back_where_nothing_is_typed_and_is_text_where_it_is() {
    let mut closed = Vec::new();
    for (place, _) in PLACES {
        let mut app = at(place);
        let depth = app.layers.len();
        let screen = app.screen;
        let typing = app.layers.last().is_some_and(|l| l.keys().is_typing());
        press(&mut app, "q");
        if typing {
            assert!(!app.quit, "q quit while typing in the {place}");
            assert_eq!(app.layers.len(), depth, "q was not text in the {place}");
        } else if depth > 0 {
            assert!(!app.quit, "q quit from the {place}");
            assert!(app.layers.len() < depth, "q left the {place} open");
            closed.push(*place);
        } else if screen == Screen::Board {
            assert!(app.quit, "q on the board quits");
        } else {
            assert!(!app.quit, "q quit from the {place}");
            assert_ne!(app.screen, screen, "q did not go back from the {place}");
        }
    }
    for place in [
        "help",
        "gate dialog",
        "loss dialog",
        "filter menu",
        "actions due",
        "quote editor",
        "product list",
        "lead pool",
        "account page",
    ] {
        assert!(
            closed.contains(&place),
            "q did not close the {place}: {closed:?}"
        );
    }
}
