//! Every figure of the README's Reports definitions on a hand-built October, checked against what a person
//! computes on paper (the working is in the comments).

mod common;

use common::fixture::{Fixture, on, stage};
use dealdeck::analytics::*;
use dealdeck::domain::*;
use rust_decimal::Decimal;
use rust_decimal::dec;

/// "Now" for every figure: 2026-11-22 09:00 UTC.
fn now() -> chrono::DateTime<chrono::Utc> {
    on("11-22")
}

fn period(text: &str) -> Period {
    Period::parse(text, now().date_naive()).unwrap()
}

/// The October book:
/// - d1 Ann 10 000: Qualification 10-01 → Needs Analysis 10-05 → Proposal 10-10 → Won 10-20
/// - d2 Ann  5 000: Qualification 10-02 → Lost 10-12
/// - d3 Bob 20 000: Qualification 10-03 → Proposal 10-08 (skips Needs Analysis) →
///   Negotiation 10-15 → Lost 10-25 (to Acme)
/// - d4 Bob  8 000: Qualification 10-04 → Needs Analysis 10-09 → back to Qualification 10-14, open
/// - d5 Ann 12 000: Qualification 09-01 → Lost 09-20 → reopened into Needs Analysis 10-06 → Won 10-28
/// - d6 Ann  3 000: Qualification 10-10, open, expected to close 11-30, called "commit"
/// - d7 Bob  4 000: Qualification 10-05, a move to Needs Analysis on 10-06 undone, open,
///   expected to close 11-15
fn october() -> Fixture {
    let mut fx = Fixture::new();
    fx.deal(
        10_000,
        1,
        &[
            ("Qualification", "10-01"),
            ("Needs Analysis", "10-05"),
            ("Proposal", "10-10"),
            ("Won", "10-20"),
        ],
    );
    fx.deal(5_000, 1, &[("Qualification", "10-02"), ("Lost", "10-12")]);
    let d3 = fx.deal(
        20_000,
        2,
        &[
            ("Qualification", "10-03"),
            ("Proposal", "10-08"),
            ("Negotiation", "10-15"),
            ("Lost", "10-25"),
        ],
    );
    fx.edit(d3, |d| d.competitors = vec!["Acme".into()]);
    fx.deal(
        8_000,
        2,
        &[
            ("Qualification", "10-04"),
            ("Needs Analysis", "10-09"),
            ("Qualification", "10-14"),
        ],
    );
    fx.deal(
        12_000,
        1,
        &[
            ("Qualification", "09-01"),
            ("Lost", "09-20"),
            ("Needs Analysis", "10-06"),
            ("Won", "10-28"),
        ],
    );
    let d6 = fx.deal(3_000, 1, &[("Qualification", "10-10")]);
    fx.edit(d6, |d| {
        d.expected_close = Some(on("11-30").date_naive());
        d.forecast = ForecastCategory::Commit;
    });
    let d7 = fx.deal(4_000, 2, &[("Qualification", "10-05")]);
    fx.undone_move(d7, "Qualification", "Needs Analysis", "10-06");
    fx.edit(d7, |d| d.expected_close = Some(on("11-15").date_naive()));
    fx
}

fn all() -> Scope {
    Scope::default()
}

fn new_business(f: &[PipelineFunnel]) -> &PipelineFunnel {
    f.iter().find(|p| p.pipeline == "New business").unwrap()
}

#[test]
fn win_rate_counts_final_closes_in_the_period() {
    let fx = october();
    let input = Input::from_workspace(&fx.ws);
    let facts = Facts::new(&input, now());
    // Closed in October: d1 won, d2 lost, d3 lost, d5 won (its September loss was
    // reopened, so September counts nothing for it). d4, d6, d7 are open.
    let w = outcomes::win_rate(&facts, &all(), &period("2026-10"));
    assert_eq!((w.won, w.lost, w.win_rate), (2, 2, Some(0.5)));
    assert_eq!((w.won_amount, w.lost_amount), (dec!(22000), dec!(25000)));
    let sept = outcomes::win_rate(&facts, &all(), &period("2026-09"));
    assert_eq!((sept.won, sept.lost, sept.win_rate), (0, 0, None));
    // A single-deal period: only d2 closed on 10-12.
    let one = outcomes::win_rate(&facts, &all(), &period("2026-10-12..2026-10-12"));
    assert_eq!((one.won, one.lost, one.win_rate), (0, 1, Some(0.0)));
    // Scoped to Bob: d3 lost.
    let bob = Scope {
        owner: Some(OwnerId(2)),
        ..Scope::default()
    };
    let b = outcomes::win_rate(&facts, &bob, &period("2026-10"));
    assert_eq!((b.won, b.lost), (0, 1));
    let east = Scope {
        team: Some("East".into()),
        ..Scope::default()
    };
    assert_eq!(outcomes::win_rate(&facts, &east, &period("2026-10")).won, 2);
}

#[test]
fn resolved_stage_conversion_with_skips_backward_moves_reopens_and_undo() {
    let fx = october();
    let input = Input::from_workspace(&fx.ws);
    let facts = Facts::new(&input, now());
    let norms = StageNorms::new(&facts);
    let f = funnel::funnel(&facts, &all(), &period("2026-10"), &norms);
    let stages = &new_business(&f).stages;
    let row = |name: &str| stages.iter().find(|s| s.stage == name).unwrap();
    let counts = |name: &str| {
        let r = &row(name).flow;
        (r.entered, r.converted, r.lost, r.still_open, r.conversion)
    };
    // Qualification entered in October by d1 d2 d3 d4 d6 d7 (d5 entered in September).
    // Converted: d1, d3 (skipped to Proposal), d4 (reached Needs Analysis before going
    // back). Lost: d2. Still open: d6, d7 (its move was undone). 3 / (3 + 1).
    assert_eq!(counts("Qualification"), (6, 3, 1, 2, Some(0.75)));
    // Needs Analysis: d1 → Proposal, d5 (reopened) → Won; d4 went back and is open;
    // d7's undone entry counts nowhere.
    assert_eq!(counts("Needs Analysis"), (3, 2, 0, 1, Some(1.0)));
    assert_eq!(counts("Proposal"), (2, 2, 0, 0, Some(1.0)));
    assert_eq!(counts("Negotiation"), (1, 0, 1, 0, Some(0.0)));
    // No deal entered anything in June.
    let june = funnel::funnel(&facts, &all(), &period("2026-06"), &norms);
    assert!(
        new_business(&june)
            .stages
            .iter()
            .all(|s| s.flow.entered == 0 && s.flow.conversion.is_none())
    );
}

#[test]
fn dwell_stale_rule_and_pipeline_value() {
    let fx = october();
    let input = Input::from_workspace(&fx.ws);
    let facts = Facts::new(&input, now());
    let norms = StageNorms::new(&facts);
    let f = funnel::funnel(&facts, &all(), &period("2026-10"), &norms);
    let nb = new_business(&f);
    let row = |name: &str| nb.stages.iter().find(|s| s.stage == name).unwrap();
    // Qualification stays begun in October, in days: d1 4, d2 10, d3 5, d4 5 and its
    // second stay 10-14 → now 39, d6 10-10 → now 43, d7 10-05 → now 48.
    // Sorted 4 5 5 10 39 43 48: median 10, mean 154 / 7 = 22, p90 the 7th value.
    let q = row("Qualification").dwell_days;
    assert_eq!(
        (q.count, q.median, q.mean, q.p90),
        (7, Some(10.0), Some(22.0), Some(48.0))
    );
    let n = row("Needs Analysis").dwell_days; // d1 5, d4 5, d5 22
    assert_eq!(
        (n.median, n.mean, n.p90),
        (Some(5.0), Some(32.0 / 3.0), Some(22.0))
    );
    let p = row("Proposal").dwell_days; // d1 10, d3 7
    assert_eq!(
        (p.median, p.mean, p.p90),
        (Some(8.5), Some(8.5), Some(10.0))
    );

    // Historical median of finished Qualification stays: 4 5 5 10 19 (d5 in
    // September) → 5; 1.5 × 5 = 7.5 beats the 7 rotting days.
    assert_eq!(norms.median_dwell(stage("Qualification")), Some(5.0));
    assert_eq!(row("Qualification").stale_after_days, 7.5);
    // Open now, all in Qualification: d4 39 days, d6 43, d7 48 — all stale.
    assert_eq!(row("Qualification").stale_deals, 3);
    assert_eq!(row("Qualification").open_deals, 3);
    assert_eq!(row("Qualification").open_amount, dec!(15000));
    // Weighted at the stage's 10 %.
    assert_eq!(row("Qualification").weighted_amount, dec!(1500));
    assert_eq!((nb.open_deals, nb.open_amount), (3, dec!(15000)));
    // Dormant: no activity and no change for over 30 days — all three open deals
    // (last touched 10-14, 10-10, 10-05; now is 11-22).
    assert_eq!(row("Qualification").dormant_deals, 3);
}

#[test]
fn the_boards_stale_rule_matches_the_reports() {
    let fx = october();
    let input = Input::from_workspace(&fx.ws);
    let facts = Facts::new(&input, now());
    let from_facts = StageNorms::new(&facts);
    // What the board computes at start-up from the stage events alone.
    let from_events = StageNorms::from_events(event_rows(&fx.ws));
    let pipeline = &fx.ws.pipelines[0];
    for s in &pipeline.stages {
        assert_eq!(
            from_events.median_dwell(s.id),
            from_facts.median_dwell(s.id),
            "{}",
            s.name
        );
    }
    let q = pipeline.stage_by_name("Qualification").unwrap();
    let median = from_events.median_dwell(q.id);
    assert_eq!(dealdeck::domain::risk::stale_after_days(q, median), 7.5);
    for f in &facts.deals {
        let stage = pipeline.stage(f.deal.stage).unwrap();
        let deal = fx.ws.deals.iter().find(|d| d.id == f.deal.id).unwrap();
        assert_eq!(
            dealdeck::domain::risk::is_stale(
                deal,
                stage,
                from_events.median_dwell(stage.id),
                now()
            ),
            from_facts.is_stale(&facts, f),
            "{}",
            deal.title
        );
    }
}

#[test]
fn imported_history_counts_for_outcomes_but_not_for_dwell() {
    let mut fx = october();
    // Imported: created 2025-01-10, won 10-30 — 293 days "in" Qualification that
    // nobody measured.
    let id = fx.deal(
        50_000,
        1,
        &[("Qualification", "2025-01-10"), ("Won", "10-30")],
    );
    for e in fx.ws.stage_events.iter_mut().filter(|e| e.deal == id) {
        e.imported = true;
    }
    let input = Input::from_workspace(&fx.ws);
    let facts = Facts::new(&input, now());
    let norms = StageNorms::new(&facts);
    assert_eq!(
        norms.median_dwell(stage("Qualification")),
        Some(5.0),
        "unchanged"
    );
    assert_eq!(
        StageNorms::from_events(event_rows(&fx.ws)).median_dwell(stage("Qualification")),
        Some(5.0)
    );
    let w = outcomes::win_rate(&facts, &all(), &period("2026-10"));
    assert_eq!((w.won, w.lost), (3, 2), "its win counts");
}

#[test]
fn loss_pareto_on_hand_built_losses() {
    let mut fx = october();
    let lose =
        |d: &mut Deal, category: &str, sub: &str, competitor: Option<&str>, at_stage: &str| {
            d.loss = Some(Box::new(LossRecord {
                category: category.into(),
                sub_reason: sub.into(),
                competitor: competitor.map(String::from),
                controllable: category != "no_decision",
                lesson: format!("lesson of {}", d.title),
                stage_lost_at: Some(stage(at_stage)),
                recorded_at: d.closed_at.unwrap(),
                recorded_by: "tester".into(),
            }));
        };
    // October losses: d2 (5 000, pricing, lost in Qualification) and d3 (20 000, to
    // Acme in Negotiation), plus a third, unclassified (8 000).
    fx.edit(DealId(2), |d| {
        lose(d, "pricing", "Price too high", None, "Qualification")
    });
    fx.edit(DealId(3), |d| {
        lose(
            d,
            "competition",
            "Lost to named competitor",
            Some("Acme"),
            "Negotiation",
        )
    });
    fx.deal(8_000, 2, &[("Qualification", "10-01"), ("Lost", "10-31")]);
    let input = Input::from_workspace(&fx.ws);
    let facts = Facts::new(&input, now());
    let names = [
        ("pricing", "Pricing & quote"),
        ("competition", "Competition"),
    ]
    .into_iter()
    .map(|(k, n)| (k.to_string(), n.to_string()))
    .collect();
    let r = loss::loss_report(&facts, &all(), &period("2026-10"), &names);
    assert_eq!(
        (r.lost, r.lost_amount, r.unclassified, r.controllable),
        (3, dec!(33000), 1, 2)
    );
    let rows = |t: &[loss::ParetoRow]| -> Vec<(String, usize, Decimal)> {
        t.iter()
            .map(|r| (r.value.clone(), r.deals, r.amount))
            .collect()
    };
    // Ties on count go to the larger amount.
    assert_eq!(
        rows(&r.by_reason),
        [
            ("Competition".to_string(), 1, dec!(20000)),
            ("(not classified)".to_string(), 1, dec!(8000)),
            ("Pricing & quote".to_string(), 1, dec!(5000)),
        ]
    );
    assert_eq!(r.by_reason[1].cumulative_share, 2.0 / 3.0);
    assert_eq!(
        rows(&r.by_competitor),
        [
            ("(none)".to_string(), 2, dec!(13000)),
            ("Acme".to_string(), 1, dec!(20000))
        ]
    );
    assert_eq!(
        rows(&r.by_stage),
        // The unclassified loss counts at the stage its history left for Lost.
        // Renewal has a Negotiation too: the pipeline names this one.
        [
            ("Qualification".to_string(), 2, dec!(13000)),
            ("New business · Negotiation".to_string(), 1, dec!(20000)),
        ]
    );
    assert_eq!(
        rows(&r.by_owner),
        [
            ("Bob".to_string(), 2, dec!(28000)),
            ("Ann".to_string(), 1, dec!(5000))
        ]
    );
    assert_eq!(r.lessons.len(), 2);
}

#[test]
fn a_recent_call_wakes_a_dormant_deal() {
    let mut fx = october();
    fx.call(DealId(6), "11-01"); // 21 days before now
    fx.call(DealId(4), "10-20"); // 33 days: still dormant
    let input = Input::from_workspace(&fx.ws);
    let facts = Facts::new(&input, now());
    let dormant: Vec<DealId> = facts
        .deals
        .iter()
        .filter(|f| f.is_dormant(facts.now))
        .map(|f| f.deal.id)
        .collect();
    assert_eq!(dormant, [DealId(4), DealId(7)]);
}

#[test]
fn sales_cycle_and_velocity() {
    let fx = october();
    let input = Input::from_workspace(&fx.ws);
    let facts = Facts::new(&input, now());
    let oct = period("2026-10");
    // Won: d1 10-01 → 10-20 = 19 days, d5 09-01 → 10-28 = 57. Lost: d2 10, d3 22.
    let c = outcomes::cycle(&facts, &all(), &oct);
    assert_eq!(
        (c.won_days.median, c.won_days.mean),
        (Some(38.0), Some(38.0))
    );
    assert_eq!(
        (c.lost_days.median, c.lost_days.mean),
        (Some(16.0), Some(16.0))
    );
    // 3 open × 50 % × 11 000 average won ÷ 38 days = 434.21… per day.
    let v = outcomes::velocity(&facts, &all(), &oct);
    assert_eq!(v.open_deals, 3);
    assert_eq!(v.average_won_amount, Some(dec!(11000)));
    assert_eq!(v.per_day.map(|d| d.round_dp(2)), Some(dec!(434.21)));
    // Zero closed deals: no rate, no velocity, no panic.
    let june = outcomes::velocity(&facts, &all(), &period("2026-06"));
    assert_eq!((june.win_rate, june.per_day), (None, None));
}

#[test]
fn forecast_uses_history_when_there_is_enough_of_it() {
    let fx = october();
    let input = Input::from_workspace(&fx.ws);
    let facts = Facts::new(&input, now());
    // November: d6 (3 000, commit) and d7 (4 000) expected to close, both in
    // Qualification. Only 4 closed deals ever passed Qualification (< 20), so its
    // static 10 % is used: 700.
    let f = forecast::forecast(&facts, &all(), &period("2026-11"));
    assert_eq!((f.deals, f.amount), (2, dec!(7000)));
    assert_eq!(
        (f.empirical, f.weighted, f.commit),
        (dec!(700), dec!(700), dec!(3000))
    );
    let q = f
        .stages
        .iter()
        .find(|s| s.stage == "Qualification")
        .unwrap();
    assert_eq!(
        (q.history_closed, q.history_won, q.from_history),
        (4, 2, false)
    );

    // With 20 closed deals through Qualification, 5 of them won: 25 %.
    let mut fx = Fixture::new();
    for i in 0..20 {
        let end = if i < 5 { "Won" } else { "Lost" };
        fx.deal(1_000, 1, &[("Qualification", "03-01"), (end, "03-10")]);
    }
    let open = fx.deal(2_000, 1, &[("Proposal", "11-01")]);
    fx.edit(open, |d| d.probability_override = Some(40));
    let q = fx.deal(1_000, 1, &[("Qualification", "11-02")]);
    fx.edit(q, |d| d.expected_close = Some(on("12-31").date_naive()));
    let input = Input::from_workspace(&fx.ws);
    let facts = Facts::new(&input, now());
    let december = period("2026-12");
    let f = forecast::forecast(&facts, &all(), &december);
    // Qualification 1 000 × 25 % + Proposal 2 000 × 50 % (no Proposal history).
    assert_eq!(f.empirical, dec!(1250));
    // Static: 1 000 × 10 % + 2 000 × the deal's own 40 %.
    assert_eq!(f.weighted, dec!(900));

    // Accuracy against a snapshot taken at the start of the period.
    let start = f.snapshot(&december, Currency::USD, on("12-01"));
    let a = f
        .clone()
        .with_accuracy(Some(&start), &facts, &all(), &december);
    let a = a.accuracy.unwrap();
    assert_eq!(
        (a.forecast_at_start, a.won, a.accuracy),
        (dec!(1250), dec!(0), Some(0.0))
    );

    // A snapshot taken mid-December forecast the deals open then: a win
    // before it is no part of its accuracy, a win after it is.
    fx.deal(3_000, 1, &[("Proposal", "11-20"), ("Won", "12-05")]);
    fx.deal(500, 1, &[("Proposal", "11-20"), ("Won", "12-20")]);
    let input = Input::from_workspace(&fx.ws);
    let facts = Facts::new(&input, now());
    let mid = f.snapshot(&december, Currency::USD, on("12-10"));
    let a = f.with_accuracy(Some(&mid), &facts, &all(), &december);
    let a = a.accuracy.unwrap();
    assert_eq!((a.won, a.accuracy), (dec!(500), Some(0.4)));
    // Where December lands: the 3 500 won plus the open deals' 1 250 (the two
    // won deals were in Proposal, never in the forecast).
    let f = forecast::forecast(&facts, &all(), &december);
    assert_eq!((f.won, f.empirical), (dec!(3500), dec!(1250)));
    assert_eq!(f.landing(), dec!(4750));
}

#[test]
fn win_loss_by_dimension() {
    let fx = october();
    let input = Input::from_workspace(&fx.ws);
    let facts = Facts::new(&input, now());
    let oct = period("2026-10");
    let rows = |dim| {
        outcomes::win_loss_by(&facts, &all(), &oct, dim)
            .into_iter()
            .map(|r| (r.value, r.outcome.won, r.outcome.lost))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        rows(Breakdown::Owner),
        [("Ann".to_string(), 2, 1), ("Bob".to_string(), 0, 1)]
    );
    assert_eq!(
        rows(Breakdown::Team),
        [("East".to_string(), 2, 1), ("West".to_string(), 0, 1)]
    );
    assert_eq!(
        rows(Breakdown::Competitor),
        [("(none)".to_string(), 2, 1), ("Acme".to_string(), 0, 1)]
    );
    // Bands in their own order, smallest first, whatever the counts.
    assert_eq!(
        rows(Breakdown::Size),
        [("< 10k".to_string(), 0, 1), ("10k–50k".to_string(), 2, 1)]
    );
    assert_eq!(rows(Breakdown::Discount), [("no quote".to_string(), 2, 2)]);
    // Quoted at list price is its own row, apart from never quoted.
    assert_eq!(outcomes::discount_band(None), "no quote");
    assert_eq!(outcomes::discount_band(Some(dec!(0))), "0 %");
    assert_eq!(outcomes::discount_band(Some(dec!(12))), "10–20 %");
    assert_eq!(rows(Breakdown::DecisionMaker), [("no".to_string(), 2, 2)]);
    let ann = &outcomes::win_loss_by(&facts, &all(), &oct, Breakdown::Owner)[0];
    assert_eq!(ann.outcome.win_rate, Some(2.0 / 3.0));
    assert_eq!(ann.outcome.won_amount, dec!(22000));
    assert_eq!(
        Breakdown::parse("decision-maker"),
        Some(Breakdown::DecisionMaker)
    );
}

/// Two pipelines may each have a stage of the same name: middle silt counts
/// them apart and names each with its pipeline.
#[test]
fn middle_silt_counts_stages_of_the_same_name_apart() {
    let mut fx = october();
    let renewal = fx.ws.pipelines[1].clone();
    let renewal_proposal = renewal.stage_by_name("Proposal").unwrap().id;
    // Deals sitting in New business's Proposal since early September.
    for _ in 0..2 {
        fx.deal(
            20_000,
            1,
            &[("Qualification", "08-20"), ("Proposal", "09-01")],
        );
    }
    // One sitting in Renewal's Proposal as long.
    let moved = fx.deal(
        20_000,
        2,
        &[("Qualification", "08-20"), ("Proposal", "09-01")],
    );
    let deal = fx.ws.deals.iter_mut().find(|d| d.id == moved).unwrap();
    deal.pipeline = renewal.id;
    deal.stage = renewal_proposal;
    for e in fx.ws.stage_events.iter_mut().filter(|e| e.deal == moved) {
        e.to = renewal_proposal;
        e.from = None;
    }
    let input = Input::from_workspace(&fx.ws);
    let facts = Facts::new(&input, now());
    let norms = StageNorms::new(&facts);
    let oct = period("2026-10");
    let checks = health::health(&facts, &all(), &oct, &norms, &[]);
    let silt = checks
        .iter()
        .find(|c| c.check == CheckKind::MiddleSilt)
        .unwrap();
    assert!(silt.deals.contains(&moved));
    let named = |pipeline: &str, count| format!("{pipeline} · Proposal {count}");
    assert!(
        silt.detail.contains(&named("New business", 2)),
        "{}",
        silt.detail
    );
    assert!(
        silt.detail.contains(&named(&renewal.name, 1)),
        "{}",
        silt.detail
    );
    // A name no other counted stage shares stays plain.
    assert!(silt.detail.contains("Qualification 3"), "{}", silt.detail);
}

#[test]
fn health_checks_name_the_deals_behind_them() {
    let fx = october();
    let input = Input::from_workspace(&fx.ws);
    let facts = Facts::new(&input, now());
    let norms = StageNorms::new(&facts);
    let oct = period("2026-10");
    let months = trends::trends(&facts, &all(), &oct);
    let checks = health::health(&facts, &all(), &oct, &norms, &months);
    let check = |kind: CheckKind| {
        checks
            .iter()
            .find(|c| c.check == kind && c.pipeline.as_deref() != Some("Renewal"))
            .unwrap()
    };
    // Qualification converts 75 %: no leak (alert below 30 %); d2 is the loss behind it.
    let leak = check(CheckKind::TopLeak);
    assert!(!leak.alert, "{}", leak.detail);
    assert_eq!(leak.deals, [DealId(2)]);
    // Stale by the 1.5× rule: d7 48 days, d6 43, d4 39 (longest first).
    let silt = check(CheckKind::MiddleSilt);
    assert!(silt.alert);
    assert_eq!(silt.deals, [DealId(7), DealId(6), DealId(4)]);
    assert!(silt.detail.contains("Qualification 3"), "{}", silt.detail);
    // d5's September loss was reopened, so it is no September close: only October
    // closed deals in the last six months, no swing to measure.
    let swing = check(CheckKind::BottomVolatility);
    assert!(!swing.alert, "{}", swing.detail);
    // Trailing three months (July–September): Qualification entered by d5 on 09-01,
    // converted (reached Needs Analysis after reopening): 100 %. October's 75 % is
    // more than 15 % below it.
    let drop = check(CheckKind::ConversionAlert);
    assert!(drop.alert, "{}", drop.detail);
    assert!(
        drop.detail.starts_with("Qualification 75 % vs 100 %"),
        "{}",
        drop.detail
    );
    assert_eq!(drop.deals, [DealId(2)]);
}

#[test]
fn win_rate_swings_over_fifteen_points_alert() {
    let mut fx = october();
    // September: two wins → 100 %; October 50 %: a 50-point swing.
    fx.deal(1_000, 1, &[("Qualification", "09-01"), ("Won", "09-10")]);
    fx.deal(1_000, 2, &[("Qualification", "09-02"), ("Won", "09-11")]);
    let input = Input::from_workspace(&fx.ws);
    let facts = Facts::new(&input, now());
    let oct = period("2026-10");
    let months = trends::trends(&facts, &all(), &oct);
    let checks = health::health(&facts, &all(), &oct, &StageNorms::new(&facts), &months);
    let swing = checks
        .iter()
        .find(|c| c.check == CheckKind::BottomVolatility)
        .unwrap();
    assert!(swing.alert);
    assert!(
        swing
            .detail
            .contains("50.0 points: 2026-09 100.0 % → 2026-10 50.0 %"),
        "{}",
        swing.detail
    );
    assert_eq!(swing.deals, [DealId(2), DealId(3)], "October's losses");
}

#[test]
fn trends_and_the_full_report_set() {
    let fx = october();
    let input = Input::from_workspace(&fx.ws);
    let facts = Facts::new(&input, now());
    let set = ReportSet::compute(&facts, &all(), &period("2026-10"));
    assert_eq!(set.trends.len(), 12);
    let oct = set.trends.last().unwrap();
    assert_eq!((oct.month.as_str(), oct.won, oct.lost), ("2026-10", 2, 2));
    assert_eq!(oct.median_won_cycle_days, Some(38.0));
    assert_eq!(oct.average_won_amount, Some(dec!(11000)));
    assert_eq!(set.trends[0].month, "2025-11");
    assert_eq!(set.currency, "USD");
    assert_eq!(set.other_currency_deals, 0);
    assert_eq!(set.win_loss.len(), Breakdown::ALL.len());
    // An empty workspace gives empty figures, not a panic.
    let empty = Workspace::default();
    let input = Input::from_workspace(&empty);
    let facts = Facts::new(&input, now());
    let set = ReportSet::compute(&facts, &all(), &period("2026-10"));
    assert_eq!(set.win_rate.win_rate, None);
    assert_eq!(set.forecast.empirical, Decimal::ZERO);
}

/// Quoting pace: d1 passed Needs Analysis on 10-10 (into Proposal) and its first quote
/// went out 10-12 with one revision after → 2 days, 1 revision; d2 was quoted 10-20
/// straight from Qualification (no needs confirmed: counted, no days); d3's first
/// quote went out in September (not this period).
#[test]
fn quoting_pace_from_needs_confirmed_to_the_first_quote() {
    let mut fx = Fixture::new();
    let d1 = fx.deal(
        10_000,
        1,
        &[
            ("Qualification", "10-01"),
            ("Needs Analysis", "10-05"),
            ("Proposal", "10-10"),
        ],
    );
    let d2 = fx.deal(5_000, 1, &[("Qualification", "10-02")]);
    let d3 = fx.deal(
        5_000,
        2,
        &[("Qualification", "09-02"), ("Proposal", "09-05")],
    );
    let quote = |id: u64, deal: DealId, sent: &[&str]| Quote {
        id: QuoteId(id),
        deal,
        number: format!("Q-{id}"),
        currency: Currency::USD,
        versions: sent
            .iter()
            .enumerate()
            .map(|(i, day)| QuoteVersion {
                version: i as u32 + 1,
                status: QuoteStatus::Sent,
                lines: vec![],
                approval: None,
                created_at: on(day),
                sent_at: Some(on(day)),
            })
            .collect(),
        created_at: on(sent[0]),
        updated_at: on(sent[0]),
    };
    fx.ws.quotes = vec![
        quote(1, d1, &["10-12", "10-15"]),
        quote(2, d2, &["10-20"]),
        quote(3, d3, &["09-06", "10-03"]),
    ];
    let input = Input::from_workspace(&fx.ws);
    let facts = Facts::new(&input, now());
    let pace = quotes::quote_pace(&facts, &Scope::default(), &period("2026-10"));
    assert_eq!(pace.quoted_deals, 2);
    assert_eq!(pace.average_revisions, Some(0.5));
    assert_eq!(pace.needs_to_first_quote_days.count, 1);
    assert_eq!(pace.needs_to_first_quote_days.median, Some(2.0));
    let september = quotes::quote_pace(&facts, &Scope::default(), &period("2026-09"));
    assert_eq!(
        (september.quoted_deals, september.average_revisions),
        (1, Some(1.0))
    );
    // Proposal on 09-05, first quote 09-06: one day.
    assert_eq!(september.needs_to_first_quote_days.median, Some(1.0));
}

/// The workspace's stage events as the board reads them at start-up.
fn event_rows(ws: &dealdeck::domain::Workspace) -> Vec<dealdeck::analytics::input::EventRow> {
    ws.stage_events.iter().map(Into::into).collect()
}
