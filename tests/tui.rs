//! The terminal UI, driven by real key events through the real keymap.

mod common;

use common::ui::{app_with, now, press, screen, typed};

use dealdeck::domain::*;
use dealdeck::ui::app::{App, Screen};
use dealdeck::ui::keymap::Keymap;
use dealdeck::ui::theme::Theme;
use dealdeck::ui::view;
use ratatui::backend::CrosstermBackend;
use ratatui::layout::Rect;
use ratatui::{Terminal, TerminalOptions, Viewport};

/// Collects what a backend writes, as a terminal would receive it.
#[derive(Clone, Default)]
struct Tap(std::sync::Arc<std::sync::Mutex<Vec<u8>>>);

impl std::io::Write for Tap {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl Tap {
    fn bytes(&self) -> Vec<u8> {
        self.0.lock().unwrap().clone()
    }
}

fn tapped(w: u16, h: u16) -> (Tap, Terminal<CrosstermBackend<Tap>>) {
    let tap = Tap::default();
    let terminal = Terminal::with_options(
        CrosstermBackend::new(tap.clone()),
        TerminalOptions {
            viewport: Viewport::Fixed(Rect::new(0, 0, w, h)),
        },
    )
    .unwrap();
    (tap, terminal)
}

#[test]
fn board_at_80x24_and_160x48() {
    let (_d, mut app) = app_with(120);
    insta::assert_snapshot!("board_80x24", screen(&mut app, 80, 24));
    insta::assert_snapshot!("board_160x48", screen(&mut app, 160, 48));
}

#[test]
fn moving_right_past_the_edge_scrolls_columns_at_80_wide() {
    let (_d, mut app) = app_with(120);
    screen(&mut app, 80, 24);
    press(&mut app, "l l l l");
    let s = screen(&mut app, 80, 24);
    assert!(s.contains("Won") && s.contains("Negotiation"), "{s}");
    assert!(!s.contains("Qualification"), "{s}");
    insta::assert_snapshot!("board_scrolled_80x24", s);
}

#[test]
fn gate_dialog_detail_help_and_search_screens() {
    let (_d, mut app) = app_with(120);
    app.resize(100, 30);
    press(&mut app, "L");
    insta::assert_snapshot!("gate_dialog", screen(&mut app, 100, 30));
    press(&mut app, "esc enter");
    assert_eq!(app.screen, Screen::Detail);
    insta::assert_snapshot!("detail_120x40", screen(&mut app, 120, 40));
    insta::assert_snapshot!("detail_80x24", screen(&mut app, 80, 24));
    press(&mut app, "esc ?");
    insta::assert_snapshot!("help_board", screen(&mut app, 100, 30));
    // Below the keys, what the board's marks and colours mean.
    press(&mut app, "pagedown pagedown pagedown");
    let s = screen(&mut app, 100, 30);
    for meaning in [
        "the next stage's gate has criteria not ticked yet",
        "the next step's date; red when it is past",
        "weighted: each amount × its probability",
    ] {
        assert!(s.contains(meaning), "{meaning}: {s}");
    }
    press(&mut app, "esc /");
    while !app.jobs.search.settled() {
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    typed(&mut app, "strl");
    while !app.jobs.search.settled() {
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    insta::assert_snapshot!("search_palette", screen(&mut app, 100, 30));
}

#[test]
fn a_move_forward_through_the_gate_is_stored_and_undo_reverts_it() {
    let (_d, mut app) = app_with(120);
    app.resize(100, 30);
    let deal = app.board.selected_deal().unwrap();
    let stage_of = |app: &App| app.store.deal(deal).unwrap().unwrap().stage;
    let before = stage_of(&app);
    let events_before = app.store.events_of(deal).unwrap().len();

    press(&mut app, "L");
    // Enter with nothing ticked and no reason: refused, nothing written.
    press(&mut app, "enter");
    assert_eq!(stage_of(&app), before);
    assert!(
        screen(&mut app, 100, 30).contains("tick every criterion, or type a reason to override")
    );
    press(&mut app, "up space enter");
    let after = stage_of(&app);
    assert_ne!(after, before);
    let events = app.store.events_of(deal).unwrap();
    assert_eq!(events.len(), events_before + 1);
    assert_eq!(events.last().unwrap().by, "李伟");
    assert!(events.last().unwrap().gate_overrides.is_empty());
    assert_eq!(
        app.board.selected_deal(),
        Some(deal),
        "the cursor follows the card"
    );

    press(&mut app, "u");
    assert_eq!(stage_of(&app), before);
    assert_eq!(
        app.store.events_of(deal).unwrap().last().unwrap().reverts,
        Some(events.last().unwrap().id)
    );

    // An override with a typed reason is recorded on the event.
    press(&mut app, "L");
    press(&mut app, "tab");
    typed(&mut app, "CFO asked for numbers");
    press(&mut app, "enter");
    let last = app.store.events_of(deal).unwrap().pop().unwrap();
    assert_eq!(last.gate_overrides[0].reason, "CFO asked for numbers");
}

#[test]
fn marking_lost_captures_the_reason_and_won_closes_the_deal() {
    let (_d, mut app) = app_with(120);
    app.resize(100, 30);
    let deal = app.board.selected_deal().unwrap();
    press(&mut app, "X");
    insta::assert_snapshot!("loss_dialog", screen(&mut app, 100, 30));
    // The deal names a competitor: the dialog suggests Competition, with the evidence.
    let s = screen(&mut app, 100, 30);
    assert!(
        s.contains("⚑ Lost to named competitor: competitor named on the deal"),
        "{s}"
    );
    assert!(s.contains("◂ Competition ▸"), "{s}");
    // Pricing instead (one to the left), its second sub-reason.
    press(&mut app, "left tab right tab tab tab");
    typed(&mut app, "Lost on price");
    // Lost yesterday, as the customer said on the phone.
    press(&mut app, "tab ctrl-u");
    typed(&mut app, "2026-11-21");
    press(&mut app, "enter");
    let stored = app.store.deal(deal).unwrap().unwrap();
    assert_eq!(stored.status, DealStatus::Lost);
    assert_eq!(
        stored.closed_at.map(|c| c.date_naive()),
        chrono::NaiveDate::from_ymd_opt(2026, 11, 21)
    );
    let loss = stored.loss.unwrap();
    assert_eq!(loss.category, "pricing");
    assert_eq!(loss.sub_reason, "Discount approval too slow");
    assert_eq!(loss.lesson, "Lost on price");
    press(&mut app, "u");
    assert_eq!(
        app.store.deal(deal).unwrap().unwrap().status,
        DealStatus::Open
    );
    // W closes it as won; its unmet gate criteria are passed with a reason.
    app.board.select_deal(deal);
    press(&mut app, "W");
    if !app.layers.is_empty() {
        // Past every criterion to the override reason.
        let s = screen(&mut app, 100, 30);
        let criteria = s.matches("[ ]").count() + s.matches("[x]").count();
        for _ in 0..criteria {
            press(&mut app, "tab");
        }
        typed(&mut app, "signed early");
        press(&mut app, "enter");
    }
    // Then the won dialog: why, when and for how much, each prefilled.
    insta::assert_snapshot!("won_dialog", screen(&mut app, 100, 30));
    let amount_before = app.store.deal(deal).unwrap().unwrap().amount;
    // The second reason; won yesterday; the amount as it stands.
    press(&mut app, "right tab");
    for _ in 0..10 {
        press(&mut app, "backspace");
    }
    typed(&mut app, "2026-11-21");
    press(&mut app, "enter");
    assert!(app.layers.is_empty(), "{}", screen(&mut app, 100, 30));
    let won = app.store.deal(deal).unwrap().unwrap();
    assert_eq!(won.status, DealStatus::Won);
    assert_eq!(
        won.closed_at.map(|c| c.date_naive()),
        chrono::NaiveDate::from_ymd_opt(2026, 11, 21)
    );
    assert_eq!(won.amount, amount_before);
    assert_eq!(
        won.win.map(|w| w.reason).as_deref(),
        Some("Relationship and trust")
    );
    // The detail says when it was won, and weighs nothing any more.
    app.open_detail(deal);
    let s = screen(&mut app, 100, 30);
    assert!(s.contains("won on     2026-11-21"), "{s}");
    assert!(!s.contains("weighted)"), "{s}");
    press(&mut app, "q");
    assert!(
        won.loss.is_none(),
        "winning clears nothing it should not have"
    );
}

#[test]
fn the_won_dialog_refuses_a_day_before_the_stage_and_takes_the_amount_signed() {
    let (_d, mut app) = app_with(120);
    app.resize(100, 30);
    let deal = app.board.selected_deal().unwrap();
    let entered = app.store.deal(deal).unwrap().unwrap().stage_entered_at;
    press(&mut app, "W");
    if matches!(
        app.layers.last(),
        Some(dealdeck::ui::layers::Layer::Gate(_))
    ) {
        let s = screen(&mut app, 100, 30);
        for _ in 0..s.matches("[ ]").count() {
            press(&mut app, "tab");
        }
        typed(&mut app, "signed early");
        press(&mut app, "enter");
    }
    press(&mut app, "tab");
    for _ in 0..10 {
        press(&mut app, "backspace");
    }
    let too_early = entered.date_naive() - chrono::Duration::days(1);
    typed(&mut app, &too_early.to_string());
    press(&mut app, "enter");
    let s = screen(&mut app, 100, 30);
    assert!(
        s.contains(&format!("cannot win on {too_early}")),
        "the dialog stays with the reason: {s}"
    );
    assert!(app.store.deal(deal).unwrap().unwrap().is_open());
    // Today, and the amount actually signed.
    for _ in 0..10 {
        press(&mut app, "backspace");
    }
    typed(&mut app, "today");
    press(&mut app, "tab");
    for _ in 0..20 {
        press(&mut app, "backspace");
    }
    typed(&mut app, "42,000");
    press(&mut app, "enter");
    assert!(app.layers.is_empty(), "{}", screen(&mut app, 100, 30));
    let won = app.store.deal(deal).unwrap().unwrap();
    assert_eq!(won.amount.amount, rust_decimal::Decimal::from(42_000));
    assert_eq!(
        won.win.map(|w| w.reason).as_deref(),
        Some("Best fit for their need")
    );
    // One undo takes the whole win back, amount included.
    press(&mut app, "u");
    let back = app.store.deal(deal).unwrap().unwrap();
    assert!(back.is_open() && back.win.is_none());
    assert_ne!(back.amount.amount, rust_decimal::Decimal::from(42_000));
}

#[test]
fn renders_at_every_small_size_without_panicking() {
    let (_d, mut app) = app_with(40);
    press(&mut app, "enter");
    for screen_keys in ["", "esc", "?", "esc L"] {
        press(&mut app, screen_keys);
        for w in 1..=30 {
            for h in 1..=10 {
                screen(&mut app, w, h);
            }
        }
    }
    let s = screen(&mut app, 39, 10);
    assert!(s.contains("terminal too small"), "{s}");
}

#[test]
fn escape_sequences_in_data_never_reach_the_terminal() {
    let (_d, app) = app_with(40);
    let stamp = dealdeck::store::Stamp {
        by: "test",
        at: now(),
    };
    // Such text is refused at the door now…
    let mut draft = common::draft("\u{1b}]52;c;cm0gLXJmIH4=\u{7}\u{1b}[2J evil", 999_999_999);
    draft.pipeline = PipelineId(1);
    let refused = app.store.create_deal(draft, stamp).unwrap_err();
    assert!(refused.to_string().contains("holds U+001B"), "{refused}");
    // …while what text may hold (tabs, line breaks) still never reaches the
    // terminal as a control.
    let mut draft = common::draft("evil\ttab\nline", 999_999_999);
    draft.pipeline = PipelineId(1);
    app.store.create_deal(draft, stamp).unwrap();
    let store = app.store.clone();
    drop(app);
    let store = std::sync::Arc::try_unwrap(store).unwrap_or_else(|_| panic!("store still shared"));
    let mut app = App::new(
        store,
        "test".into(),
        now(),
        Keymap::builtin(),
        Theme::load("dark", None).0,
    )
    .unwrap();
    app.finish_loading();
    app.resize(120, 40);
    let (tap, mut terminal) = tapped(120, 40);
    terminal.draw(|f| view::render(&app, f)).unwrap();
    press(&mut app, "enter");
    terminal.draw(|f| view::render(&app, f)).unwrap();
    let bytes = tap.bytes();
    let text = String::from_utf8_lossy(&bytes);
    assert!(text.contains("evil"), "the deal is on screen");
    assert!(!text.contains("\u{1b}]52"), "OSC 52 reached the terminal");
    assert!(
        !text.contains("\u{1b}[2J"),
        "clear-screen reached the terminal"
    );
    assert!(!bytes.contains(&0x07), "BEL reached the terminal");
    assert!(!bytes.contains(&b'\t'), "a tab reached the terminal");
}

#[test]
fn a_cursor_move_writes_only_the_changed_cells() {
    let (_d, mut app) = app_with(600);
    app.resize(120, 40);
    let (tap, mut terminal) = tapped(120, 40);
    terminal.draw(|f| view::render(&app, f)).unwrap();
    let first = tap.bytes().len();
    press(&mut app, "j");
    terminal.draw(|f| view::render(&app, f)).unwrap();
    let second = tap.bytes().len() - first;
    assert!(
        first > 4000,
        "the first frame paints the screen ({first} bytes)"
    );
    assert!(second <= 512, "a cursor move wrote {second} bytes");
}

#[test]
fn help_lists_exactly_the_keymap() {
    let (_d, mut app) = app_with(40);
    press(&mut app, "?");
    let s = screen(&mut app, 100, 60);
    let bindings = app.look.keymap.bindings(dealdeck::ui::keymap::Scope::Board);
    for (keys, action) in &bindings {
        // The key and what it does, on one line.
        assert!(
            s.lines()
                .any(|l| l.contains(&format!(" {keys} ")) && l.contains(&action.describe())),
            "help lacks `{keys}` {action:?}:\n{s}"
        );
    }
}

#[test]
fn this_months_closed_deals_arrive_after_the_first_frame() {
    let (_dir, store) = common::ui::sample_store(120);
    let mut app = App::new(
        store,
        "李伟".into(),
        now(),
        Keymap::builtin(),
        Theme::load("dark", None).0,
    )
    .unwrap();
    assert!(
        app.data.deals.values().all(|d| d.is_open()),
        "first frame: open deals only"
    );
    let started = std::time::Instant::now();
    while app.closed_pending() && started.elapsed() < std::time::Duration::from_secs(10) {
        app.tick();
        std::thread::sleep(std::time::Duration::from_millis(2));
    }
    assert!(
        !app.closed_pending(),
        "the loader finished and tick merged it"
    );
    assert!(
        app.data.deals.values().any(|d| !d.is_open()),
        "Won/Lost columns filled"
    );
    let won = app.data.pipelines[0].stages.len() - 2;
    assert!(!app.board.columns[won].is_empty() || !app.board.columns[won + 1].is_empty());
}

#[test]
fn detail_scrolling_stops_at_the_last_line() {
    let (_d, mut app) = app_with(120);
    app.resize(80, 24);
    press(&mut app, "enter");
    let detail = |app: &App| app.detail.as_ref().unwrap().scroll;
    press(&mut app, "G");
    let last = detail(&app);
    assert!(last > 0, "the 80x24 detail is taller than the screen");
    for _ in 0..50 {
        press(&mut app, "j");
    }
    press(&mut app, "pagedown");
    assert_eq!(detail(&app), last, "j and PageDown stop at the end");
    // The body's last row still shows text, not blank space.
    let s = screen(&mut app, 80, 24);
    let rows: Vec<&str> = s.lines().collect();
    assert!(!rows[rows.len() - 2].trim().is_empty(), "{s}");
    press(&mut app, "k");
    assert_eq!(detail(&app), last - 1);
    press(&mut app, "g g");
    assert_eq!(detail(&app), 0);
}

#[test]
fn no_key_changes_data_while_the_terminal_is_too_small() {
    let (_d, mut app) = app_with(40);
    let id = app.board.selected_deal().unwrap();
    let before = app.store.deal(id).unwrap().unwrap();
    app.resize(30, 8);
    press(&mut app, "L tab r e a s o n enter X enter W enter u e x");
    let after = app.store.deal(id).unwrap().unwrap();
    assert_eq!(
        before, after,
        "nothing written while the screen was too small"
    );
    assert!(app.layers.is_empty(), "no dialog opened behind the notice");
    assert!(!app.quit);
    press(&mut app, "q");
    assert!(app.quit, "q still quits");
}

#[test]
fn esc_on_the_board_clears_a_filter_and_never_quits() {
    let (_d, mut app) = app_with(40);
    press(&mut app, "esc");
    assert!(!app.quit, "esc on the board leaves the app running");
    assert!(screen(&mut app, 100, 30).contains("nothing to clear · q quits dealdeck"));
    app.board.filter.stale_only = true;
    press(&mut app, "esc");
    assert!(!app.board.filter.is_active(), "esc cleared the filter");
    assert!(!app.quit);
    // From the detail, esc goes back to the board; q there quits.
    press(&mut app, "enter esc");
    assert_eq!(app.screen, Screen::Board);
    press(&mut app, "esc esc");
    assert!(!app.quit);
    press(&mut app, "q");
    assert!(app.quit);
}

#[test]
fn board_totals_never_add_two_currencies() {
    let (_d, mut app) = app_with(40);
    app.resize(160, 40);
    let column = app.board.column;
    let before = app.board.totals[column].clone();
    let stage = app.data.pipelines[0].stages[column].id;
    let mut draft = common::draft("华东 MES rollout", 120_000);
    draft.amount = Money::new(120_000.into(), Currency::CNY);
    draft.stage = Some(stage);
    // Created through the app, as the new-deal form does.
    app.execute(dealdeck::ui::layers::Command::CreateDeal(Box::new(draft)))
        .unwrap();
    let created = app
        .store
        .deals()
        .unwrap()
        .into_iter()
        .max_by_key(|d| d.id)
        .unwrap();
    let after = &app.board.totals[column];
    assert_eq!(
        after.total, before.total,
        "the CNY amount is not added to USD"
    );
    assert_eq!(after.count, before.count + 1);
    assert_eq!(
        after.others,
        vec![(Currency::CNY, 120_000.into(), 1)],
        "it is shown apart"
    );
    let s = screen(&mut app, 160, 40);
    assert!(s.contains("+¥120k"), "{s}");
    // Sorted by amount, the CNY card comes after every USD one, not among them.
    while app.board.sort != dealdeck::ui::board::SortKey::Amount {
        press(&mut app, "s");
    }
    assert_eq!(app.board.columns[column].last(), Some(&created.id));
}

#[test]
fn a_filter_or_sort_after_scrolling_shows_every_matching_card() {
    let (_d, mut app) = app_with(600);
    app.resize(100, 30);
    press(&mut app, "G");
    let column = app.board.column;
    assert!(app.board.scroll[column] > 0, "scrolled down first");
    press(&mut app, "s");
    assert_eq!(app.board.scroll[column], 0);
    assert_eq!(app.board.selected[column], 0);
    press(&mut app, "G");
    app.board.filter.stale_only = true;
    press(&mut app, "esc");
    assert_eq!(
        (app.board.scroll[column], app.board.selected[column]),
        (0, 0)
    );
}

/// A window grown tall enough for every card of a column shows them from
/// the top: no "↑ 1" above a column with room to spare.
#[test]
fn a_taller_window_scrolls_a_column_back_to_its_top() {
    let (_d, mut app) = app_with(600);
    app.resize(100, 30);
    let column = app.board.column;
    let cards = app.board.columns[column].len();
    let fits = usize::from((30 - 5) / dealdeck::ui::app::CARD_ROWS);
    assert!(
        cards > fits,
        "{cards} cards, {fits} fit: the column scrolls"
    );
    press(&mut app, "G");
    assert_eq!(app.board.scroll[column], cards - fits);
    let tall = 5 + dealdeck::ui::app::CARD_ROWS * cards as u16 + 2;
    app.resize(100, tall);
    assert_eq!(app.board.scroll[column], 0);
    assert_eq!(
        app.board.selected[column],
        cards - 1,
        "the last card still selected"
    );
    let shown = screen(&mut app, 100, tall);
    assert!(!shown.contains('↑'), "{shown}");
}

#[test]
fn h_on_a_closed_deal_asks_before_reopening() {
    let (_d, mut app) = app_with(60);
    app.resize(160, 40);
    // A deal lost this month, selected in the Lost column.
    let lost = app
        .data
        .deals
        .values()
        .find(|d| d.status == DealStatus::Lost)
        .map(|d| d.id)
        .expect("a deal lost this month");
    assert!(app.board.select_deal(lost));
    press(&mut app, "H");
    assert_eq!(
        app.store.deal(lost).unwrap().unwrap().status,
        DealStatus::Lost
    );
    let s = screen(&mut app, 160, 40);
    assert!(s.contains("H again reopens it"), "{s}");
    // Anything else keeps it closed, and asks again next time.
    press(&mut app, "k H");
    assert_eq!(
        app.store.deal(lost).unwrap().unwrap().status,
        DealStatus::Lost
    );
    app.board.select_deal(lost);
    press(&mut app, "H H");
    assert_eq!(
        app.store.deal(lost).unwrap().unwrap().status,
        DealStatus::Open
    );
}

#[test]
fn tab_goes_round_the_gate_criteria_and_space_ticks_the_focused_one() {
    let (_d, mut app) = app_with(120);
    app.resize(100, 30);
    // Two stages on: every criterion of both gates is asked.
    press(&mut app, "L");
    let count = match app.layers.last() {
        Some(dealdeck::ui::layers::Layer::Gate(g)) => g.criteria.len(),
        _ => panic!("the gate dialog is open"),
    };
    assert!(count >= 1);
    let focus = |app: &App| match app.layers.last() {
        Some(dealdeck::ui::layers::Layer::Gate(g)) => (g.focus, g.criteria.clone()),
        _ => panic!("the gate dialog is open"),
    };
    // Round the criteria and the reason, back to the first.
    for _ in 0..=count {
        press(&mut app, "tab");
    }
    assert_eq!(focus(&app).0, 0, "tab wraps to the first criterion");
    press(&mut app, "backtab");
    assert_eq!(focus(&app).0, count, "shift-tab wraps to the reason");
    // On the reason, letters are text; ↑ leaves it.
    press(&mut app, "up");
    assert_eq!(focus(&app).0, count - 1);
    press(&mut app, "space");
    assert!(
        focus(&app).1[count - 1].1,
        "space ticks the focused criterion"
    );
    // On a criterion nothing is typed: j moves like ↓, onto the reason.
    press(&mut app, "j");
    assert_eq!(focus(&app).0, count);
}

#[test]
fn an_open_deal_without_a_close_date_is_flagged_on_its_card() {
    let (_dir, store) = common::ui::sample_store(40);
    // As an import brings one: open, and no expected close.
    let mut deal = store
        .open_deals()
        .unwrap()
        .into_iter()
        .next()
        .expect("an open deal");
    deal.title = "Undated deal".into();
    deal.expected_close = None;
    let stamp = dealdeck::store::Stamp {
        by: "李伟",
        at: now(),
    };
    store.correct_deal(&deal, stamp).unwrap();
    let mut app = common::ui::open_app(store);
    let s = screen(&mut app, 160, 48);
    let card = s
        .lines()
        .find(|l| l.contains("Undated deal"))
        .unwrap_or_else(|| panic!("{s}"));
    let after = &card[card.find("Undated deal").unwrap()..];
    assert!(after.trim_end().contains('?'), "{card}");
    press(&mut app, "? pagedown pagedown");
    let help = screen(&mut app, 160, 48);
    assert!(
        help.contains("no expected close date yet (e sets one)"),
        "{help}"
    );
}

#[test]
fn an_account_found_by_search_lists_its_deals_and_the_list_waits_behind_a_deal() {
    let (_d, mut app) = app_with(120);
    app.resize(100, 30);
    press(&mut app, "/");
    while !app.jobs.search.settled() {
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    typed(&mut app, "Sterling Brands Inc.");
    while !app.jobs.search.settled() {
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    let account = app
        .store
        .accounts()
        .unwrap()
        .into_iter()
        .find(|a| a.name == "Sterling Brands Inc.")
        .expect("the sample account");
    let theirs = app.store.deals_of_account(account.id).unwrap();
    assert!(theirs.len() > 1, "an account with several deals");
    // Its best deal comes first, the account second.
    let s = screen(&mut app, 100, 30);
    press(&mut app, "down enter");
    let Some(dealdeck::ui::layers::Layer::DealList(list)) = app.layers.last() else {
        panic!("no deal list: {s}");
    };
    assert_eq!(list.deals.len(), theirs.len());
    assert!(
        list.title.starts_with("Sterling Brands Inc.: "),
        "{}",
        list.title
    );
    press(&mut app, "j enter");
    assert_eq!(app.screen, Screen::Detail);
    let opened = app.detail.as_ref().unwrap().deal.id;
    assert!(theirs.iter().any(|d| d.id == opened));
    press(&mut app, "q");
    let Some(dealdeck::ui::layers::Layer::DealList(list)) = app.layers.last() else {
        panic!("the list did not come back");
    };
    assert_eq!(list.selected, 1, "at the same row");
    assert_eq!(app.screen, Screen::Board);
}
