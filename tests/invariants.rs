//! Property test: any sequence of user commands keeps the store consistent —
//! every deal in exactly one stage, its events agreeing with that stage,
//! closed deals carrying their close time, and indexes matching records.

mod common;

use common::*;
use dealdeck::domain::*;
use dealdeck::store::{GateDecision, LossInput, StoreError};
use proptest::prelude::*;

#[derive(Debug, Clone)]
enum Op {
    Create(u32),
    Move {
        deal: usize,
        stage: usize,
        tick: bool,
        force: bool,
    },
    Win {
        deal: usize,
        force: bool,
    },
    Lose {
        deal: usize,
        reason: usize,
    },
    Undo,
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        2 => (1u32..500_000).prop_map(Op::Create),
        5 => (0usize..8, 0usize..6, any::<bool>(), any::<bool>())
            .prop_map(|(deal, stage, tick, force)| Op::Move { deal, stage, tick, force }),
        1 => (0usize..8, any::<bool>()).prop_map(|(deal, force)| Op::Win { deal, force }),
        1 => (0usize..8, 0usize..7).prop_map(|(deal, reason)| Op::Lose { deal, reason }),
        2 => Just(Op::Undo),
    ]
}

const REASONS: [&str; 7] = [
    "pricing",
    "competition",
    "customer_insight",
    "deal_management",
    "customer_risk",
    "no_decision",
    "bogus",
];

/// A command the rules refuse is fine; a store that fails (I/O, decoding) is not.
fn refused_only<T>(result: Result<T, StoreError>) -> Result<(), TestCaseError> {
    match result {
        Ok(_) | Err(StoreError::Move(_) | StoreError::Conflict(_) | StoreError::Invalid(_)) => {
            Ok(())
        }
        Err(other) => Err(TestCaseError::fail(format!("the store failed: {other:?}"))),
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    #[test]
    fn random_commands_keep_every_invariant(ops in prop::collection::vec(op(), 1..30)) {
        let mut w = empty();
        let stages = defaults::pipelines(t0())[0].stages.clone();
        let all_gates: Vec<String> = stages.iter().flat_map(|s| s.gate.clone()).collect();
        for (step, op) in ops.into_iter().enumerate() {
            let stamp = at(step as i64);
            let ids: Vec<DealId> = w.store.deals().unwrap().iter().map(|d| d.id).collect();
            let pick = |i: usize| ids.get(i % ids.len().max(1)).copied();
            // Refused commands are fine; a command must never leave a broken store.
            match op {
                Op::Create(amount) => refused_only(w.store.create_deal(draft("Deal", i64::from(amount)), stamp))?,
                Op::Move { deal, stage, tick, force } => if let Some(id) = pick(deal) {
                    let gate = GateDecision {
                        ticked: if tick { all_gates.clone() } else { vec![] },
                        override_reason: force.then(|| "pushed".to_string()),
                    };
                    refused_only(w.store.move_deal(id, stages[stage].id, &gate, stamp))?;
                },
                Op::Win { deal, force } => if let Some(id) = pick(deal) {
                    let gate = GateDecision { ticked: vec![], override_reason: force.then(|| "signed".to_string()) };
                    refused_only(w.store.win_deal(id, &gate, stamp))?;
                },
                Op::Lose { deal, reason } => if let Some(id) = pick(deal) {
                    let loss = LossInput { category: REASONS[reason].into(), ..Default::default() };
                    refused_only(w.store.lose_deal(id, &loss, stamp))?;
                },
                Op::Undo => refused_only(w.store.undo(stamp))?,
            }
            let problems = w.store.check().unwrap();
            prop_assert!(problems.is_empty(), "after step {}: {:#?}", step, problems);
        }
    }
}
