//! `Input` as the store keeps it between reports: every repeated word
//! (industry, region, source, competitor, product, loss reason) written once
//! and named by its place, so reading it back allocates each word once — as
//! the builder's interning did — instead of once per deal.

use super::input::{DealRow, DealSignals, EventRow, Input, LossRow};
use crate::domain::*;
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::sync::Arc;

#[derive(Serialize, Deserialize)]
pub struct KeptInput {
    words: Vec<String>,
    pipelines: Vec<Pipeline>,
    owners: Vec<Owner>,
    deals: Vec<KeptDeal>,
    events: Vec<EventRow>,
    signals: Vec<(DealId, DealSignals)>,
}

#[derive(Serialize, Deserialize)]
struct KeptDeal {
    id: DealId,
    title: String,
    pipeline: PipelineId,
    owner: OwnerId,
    stage: StageId,
    amount: Money,
    #[serde(with = "crate::domain::wire::instant")]
    created_at: DateTime<Utc>,
    #[serde(with = "crate::domain::wire::instant")]
    updated_at: DateTime<Utc>,
    #[serde(with = "crate::domain::wire::instant")]
    stage_entered_at: DateTime<Utc>,
    #[serde(with = "crate::domain::wire::opt_date")]
    expected_close: Option<NaiveDate>,
    product: Option<u32>,
    at_list_price: bool,
    probability_override: Option<u8>,
    forecast: ForecastCategory,
    industry: u32,
    region: u32,
    source: u32,
    competitors: Vec<u32>,
    lost_to: Option<u32>,
    loss: Option<KeptLoss>,
}

#[derive(Serialize, Deserialize)]
struct KeptLoss {
    category: u32,
    sub_reason: u32,
    competitor: Option<u32>,
    controllable: bool,
    stage_lost_at: Option<StageId>,
    lesson: String,
}

/// Words by their place, handed out as they are first met.
#[derive(Default)]
struct Words {
    list: Vec<String>,
    places: HashMap<Arc<str>, u32>,
}

impl Words {
    fn place(&mut self, word: &Arc<str>) -> u32 {
        if let Some(p) = self.places.get(word) {
            return *p;
        }
        let p = self.list.len() as u32;
        self.list.push(word.to_string());
        self.places.insert(word.clone(), p);
        p
    }
}

impl KeptInput {
    pub fn keep(input: &Input) -> KeptInput {
        let mut w = Words::default();
        let deals = input
            .deals
            .iter()
            .map(|d| KeptDeal {
                id: d.id,
                title: d.title.clone(),
                pipeline: d.pipeline,
                owner: d.owner,
                stage: d.stage,
                amount: d.amount,
                created_at: d.created_at,
                updated_at: d.updated_at,
                stage_entered_at: d.stage_entered_at,
                expected_close: d.expected_close,
                product: d.product.as_ref().map(|p| w.place(p)),
                at_list_price: d.at_list_price,
                probability_override: d.probability_override,
                forecast: d.forecast,
                industry: w.place(&d.industry),
                region: w.place(&d.region),
                source: w.place(&d.source),
                competitors: d.competitors.iter().map(|c| w.place(c)).collect(),
                lost_to: d.lost_to.as_ref().map(|c| w.place(c)),
                loss: d.loss.as_ref().map(|l| KeptLoss {
                    category: w.place(&l.category),
                    sub_reason: w.place(&l.sub_reason),
                    competitor: l.competitor.as_ref().map(|c| w.place(c)),
                    controllable: l.controllable,
                    stage_lost_at: l.stage_lost_at,
                    lesson: l.lesson.clone(),
                }),
            })
            .collect();
        let mut signals: Vec<(DealId, DealSignals)> =
            input.signals.iter().map(|(k, v)| (*k, *v)).collect();
        signals.sort_by_key(|(k, _)| *k);
        KeptInput {
            words: w.list,
            pipelines: input.pipelines.clone(),
            owners: input.owners.clone(),
            deals,
            events: input.events.clone(),
            signals,
        }
    }

    /// The input back; None when a word's place is not in the table (a
    /// damaged value: the caller reads the records instead).
    pub fn restore(self) -> Option<Input> {
        let words: Vec<Arc<str>> = self.words.into_iter().map(Arc::from).collect();
        let word = |p: u32| words.get(p as usize).cloned();
        // A word that may be absent: Some(None) when it is, None when its place is bad.
        let maybe = |p: Option<u32>| match p {
            Some(p) => word(p).map(Some),
            None => Some(None),
        };
        let mut deals = Vec::with_capacity(self.deals.len());
        for d in self.deals {
            let loss = match d.loss {
                Some(l) => Some(LossRow {
                    category: word(l.category)?,
                    sub_reason: word(l.sub_reason)?,
                    competitor: maybe(l.competitor)?,
                    controllable: l.controllable,
                    stage_lost_at: l.stage_lost_at,
                    lesson: l.lesson,
                }),
                None => None,
            };
            deals.push(DealRow {
                id: d.id,
                title: d.title,
                pipeline: d.pipeline,
                owner: d.owner,
                stage: d.stage,
                amount: d.amount,
                created_at: d.created_at,
                updated_at: d.updated_at,
                stage_entered_at: d.stage_entered_at,
                expected_close: d.expected_close,
                product: maybe(d.product)?,
                at_list_price: d.at_list_price,
                probability_override: d.probability_override,
                forecast: d.forecast,
                industry: word(d.industry)?,
                region: word(d.region)?,
                source: word(d.source)?,
                competitors: d
                    .competitors
                    .into_iter()
                    .map(word)
                    .collect::<Option<Vec<_>>>()?,
                lost_to: maybe(d.lost_to)?,
                loss,
            });
        }
        Some(Input {
            pipelines: self.pipelines,
            owners: self.owners,
            deals,
            events: self.events,
            signals: self.signals.into_iter().collect(),
        })
    }
}
