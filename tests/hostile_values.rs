//! Property test: whatever text, amount or date a stored deal or account holds —
//! written by an older dealdeck that checked nothing, or by hand — the board,
//! the detail, the reports screen, the command line's lists, reports and
//! exports never panic. (Doors refuse such values today; a stored one must
//! still be shown, counted or reported in words.)

mod common;

use chrono::{DateTime, NaiveDate, Utc};
use common::ui::{now, open_app, press};
use dealdeck::domain::*;
use dealdeck::sample::{SampleOptions, generate};
use dealdeck::store::Store;
use dealdeck::ui::view;
use proptest::prelude::*;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use rust_decimal::Decimal;
use std::path::Path;

fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::collection::vec(any::<char>(), 0..24).prop_map(String::from_iter),
        Just("\u{1b}[2J\u{202e}\u{0}".to_string()),
        Just("界".repeat(300)),
        Just(String::new()),
    ]
}

fn amount() -> impl Strategy<Value = Decimal> {
    prop_oneof![
        Just(Decimal::MAX),
        Just(Decimal::MIN),
        Just(Decimal::ZERO),
        any::<i64>().prop_map(Decimal::from),
        (any::<u32>(), 0u32..=28).prop_map(|(m, s)| Decimal::new(i64::from(m), s)),
    ]
}

fn day() -> impl Strategy<Value = NaiveDate> {
    prop_oneof![
        Just(NaiveDate::MIN),
        Just(NaiveDate::MAX),
        (-1_000_000i32..4_000_000)
            .prop_map(|d| { NaiveDate::from_num_days_from_ce_opt(d).unwrap_or(NaiveDate::MIN) }),
    ]
}

fn instant() -> impl Strategy<Value = DateTime<Utc>> {
    prop_oneof![
        Just(DateTime::<Utc>::MIN_UTC),
        Just(DateTime::<Utc>::MAX_UTC),
        (-100_000_000_000i64..100_000_000_000)
            .prop_map(|s| { DateTime::from_timestamp(s, 0).unwrap_or(DateTime::<Utc>::MIN_UTC) }),
    ]
}

#[derive(Debug, Clone)]
struct Odd {
    title: String,
    account: String,
    amount: Decimal,
    currency: &'static str,
    close: NaiveDate,
    entered: DateTime<Utc>,
    created: DateTime<Utc>,
    closed: Option<DateTime<Utc>>,
    probability: u8,
}

fn odd() -> impl Strategy<Value = Odd> {
    (
        (text(), text(), amount()),
        prop::sample::select(vec!["USD", "EUR", "CNY", "JPY", "KWD"]),
        (day(), instant(), instant(), prop::option::of(instant())),
        any::<u8>(),
    )
        .prop_map(
            |(
                (title, account, amount),
                currency,
                (close, entered, created, closed),
                probability,
            )| {
                Odd {
                    title,
                    account,
                    amount,
                    currency,
                    close,
                    entered,
                    created,
                    closed,
                    probability,
                }
            },
        )
}

fn dealdeck(db: &Path, args: &[&str]) {
    let out = common::cli(db).args(args).output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        !stderr.contains("panicked") && matches!(out.status.code(), Some(0 | 1)),
        "{args:?}: {:?} {stderr}",
        out.status
    );
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 24,
        max_shrink_iters: 64,
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn no_stored_value_makes_a_view_report_or_export_panic(
        a in odd(),
        b in odd(),
        line in (amount(), amount(), amount(), amount()),
    ) {
        let mut ws = generate(SampleOptions { deals: 24, seed: 11, today: now().date_naive() })
            .unwrap();
        for (i, v) in [a, b].into_iter().enumerate() {
            // One open deal and one closed one (the board shows both kinds).
            let target = ws
                .deals
                .iter()
                .position(|d| (d.status == DealStatus::Open) == (i == 0))
                .unwrap();
            let deal = &mut ws.deals[target];
            deal.title = v.title;
            deal.amount = Money::new(v.amount, v.currency.parse().unwrap());
            deal.expected_close = Some(v.close);
            deal.stage_entered_at = v.entered;
            deal.created_at = v.created;
            if deal.status != DealStatus::Open {
                deal.closed_at = v.closed;
            }
            deal.probability_override = Some(v.probability);
            let account = deal.account;
            if let Some(acc) = ws.accounts.iter_mut().find(|x| x.id == account) {
                acc.name = v.account;
            }
        }
        // A quote line as an older dealdeck might have stored it.
        let quoted = ws.quotes.first().map(|q| (q.id, q.deal));
        if let Some(l) = ws
            .quotes
            .first_mut()
            .and_then(|q| q.versions.first_mut())
            .and_then(|v| v.lines.first_mut())
        {
            (l.qty, l.unit_price, l.unit_cost, l.discount_pct) = line;
        }
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("w.redb");
        let store = Store::create_with(&db, &ws, true).unwrap();
        let first = ws.deals.iter().find(|d| d.status == DealStatus::Open).map(|d| d.id);
        {
            let mut app = open_app(store);
            for (w, h) in [(120, 40), (80, 24)] {
                app.resize(w, h);
                let mut terminal = Terminal::new(TestBackend::new(w, h)).unwrap();
                terminal.draw(|f| view::render(&app, f)).unwrap();
            }
            if let Some(id) = first {
                app.open_detail(id);
                let mut terminal = Terminal::new(TestBackend::new(100, 30)).unwrap();
                terminal.draw(|f| view::render(&app, f)).unwrap();
            }
            if let Some((_, deal)) = quoted {
                app.open_detail(deal);
                press(&mut app, "o");
                app.finish_quote_history();
                let mut terminal = Terminal::new(TestBackend::new(120, 40)).unwrap();
                terminal.draw(|f| view::render(&app, f)).unwrap();
                press(&mut app, "esc esc");
            }
            press(&mut app, "g r");
            app.jobs.report_engine.settle();
            app.tick();
            for tab in 0..5 {
                if tab > 0 {
                    press(&mut app, "tab");
                    app.jobs.report_engine.settle();
                    app.tick();
                }
                let mut terminal = Terminal::new(TestBackend::new(120, 40)).unwrap();
                terminal.draw(|f| view::render(&app, f)).unwrap();
            }
        }
        if let Some((id, _)) = quoted {
            let id = id.to_string();
            for format in ["md", "txt", "json"] {
                dealdeck(&db, &["quote", "show", &id, "--format", format]);
            }
            dealdeck(&db, &["quote", "list"]);
        }
        for args in [
            &["deal", "list"][..],
            &["deal", "list", "--json"],
            &["export", "--format", "json"],
            &["export", "deals", "--format", "csv"],
            &["report", "all", "--period", "2026", "--format", "json"],
            &["report", "winloss", "--period", "last-year", "--by", "owner"],
            &["report", "loss", "--period", "2026", "--format", "md"],
            &["search", "a"],
            &["check"],
        ] {
            dealdeck(&db, args);
        }
    }
}
