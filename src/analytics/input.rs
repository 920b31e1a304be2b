//! What analytics reads, kept small: a slim row per deal with its journey
//! through the stages, and what activities, quotes and contacts say about each
//! deal folded in as they stream past (they are never all held at once).
//! Repeated text (industries, regions, sources, competitors, products, loss
//! reasons) is stored once and named by its place.

use super::facts::journey_onto;
use super::ids::IdMap;
pub use super::journeys::Journeys;
use super::words::WordTable;
pub use super::words::Words;
use crate::domain::*;
use chrono::{DateTime, NaiveDate, Utc};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use std::collections::HashSet;

/// The fields of a deal the metrics use. Its repeated words (industry,
/// region, source, product, competitors, loss reasons) are places in the
/// input's `words`; the report cache keeps the row as it is.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DealRow {
    pub id: DealId,
    pub title: String,
    pub pipeline: PipelineId,
    pub owner: OwnerId,
    pub stage: StageId,
    pub amount: Money,
    #[serde(with = "crate::domain::wire::instant")]
    pub created_at: DateTime<Utc>,
    #[serde(with = "crate::domain::wire::instant")]
    pub updated_at: DateTime<Utc>,
    #[serde(with = "crate::domain::wire::instant")]
    pub stage_entered_at: DateTime<Utc>,
    #[serde(with = "crate::domain::wire::opt_date")]
    pub expected_close: Option<NaiveDate>,
    /// The main product's name, when the deal names one.
    pub product: Option<u32>,
    /// An open deal without an amount, counted at its product's list price.
    pub at_list_price: bool,
    pub probability_override: Option<u8>,
    pub forecast: ForecastCategory,
    pub industry: u32,
    pub region: u32,
    pub source: u32,
    pub competitors: Vec<u32>,
    /// The competitor named when the deal was lost.
    pub lost_to: Option<u32>,
    /// Boxed: most deals are not lost, and a row inline cost them 88 bytes each.
    pub loss: Option<Box<LossRow>>,
}

/// A lost deal's loss record, as the loss report reads it (its words by place).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LossRow {
    pub category: u32,
    pub sub_reason: u32,
    pub competitor: Option<u32>,
    pub controllable: bool,
    /// None: an import did not say.
    pub stage_lost_at: Option<StageId>,
    pub lesson: String,
}

impl DealRow {
    /// Every place the row names in the words.
    pub fn word_places(&self) -> impl Iterator<Item = u32> + '_ {
        let loss = self.loss.iter().flat_map(|l| {
            [Some(l.category), Some(l.sub_reason), l.competitor]
                .into_iter()
                .flatten()
        });
        [self.industry, self.region, self.source]
            .into_iter()
            .chain(self.product)
            .chain(self.lost_to)
            .chain(self.competitors.iter().copied())
            .chain(loss)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventRow {
    pub id: EventId,
    pub deal: DealId,
    pub to: StageId,
    #[serde(with = "crate::domain::wire::instant")]
    pub at: DateTime<Utc>,
    pub reverts: Option<EventId>,
    /// Synthesised by an import (the file had no stage history).
    pub imported: bool,
}

impl From<&StageEvent> for EventRow {
    fn from(e: &StageEvent) -> EventRow {
        EventRow {
            id: e.id,
            deal: e.deal,
            to: e.to,
            at: e.at,
            reverts: e.reverts,
            imported: e.imported,
        }
    }
}

/// Per deal, from its activities and quotes.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize, Deserialize)]
pub struct DealSignals {
    /// Latest call, meeting, email, demo or note (tasks are plans, not touches).
    #[serde(with = "crate::domain::wire::opt_instant")]
    pub last_activity: Option<DateTime<Utc>>,
    /// A decision-maker contact took part in an activity on the deal.
    pub decision_maker_engaged: bool,
    /// Largest line discount of the latest version of any quote of the deal.
    #[serde(with = "crate::domain::wire::opt_decimal")]
    pub max_discount: Option<Decimal>,
    /// Versions after the first, summed over the deal's quotes.
    pub quote_revisions: u32,
    /// When the deal's first quote version was sent.
    #[serde(with = "crate::domain::wire::opt_instant")]
    pub first_quote_sent: Option<DateTime<Utc>>,
}

/// Everything the reports read. Kept encoded between changes (the store's
/// report cache, as `kept::KeptInput`), so a report need not decode every
/// record again.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Input {
    pub pipelines: Vec<Pipeline>,
    pub owners: Vec<Owner>,
    pub deals: Vec<DealRow>,
    /// Each deal's stays, in the deals' order (the `i`th deal's journey is
    /// `journeys.of(i)`: sort or filter one, never the other): derived from the
    /// stage events once, when the input is built, so no report holds the events.
    pub journeys: Journeys,
    pub signals: Signals,
    /// What the rows' word places name.
    pub words: Words,
}

/// Each deal's signals, in deal order (a sorted list: a map of 100 000 deals
/// cost a fifth more memory and a second copy while the kept input was read).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Signals(pub(super) Vec<(DealId, DealSignals)>);

impl Signals {
    /// `sorted` in deal order, each deal once (the builder's and the kept
    /// input's order); None when it is not (a search would miss deals).
    pub(super) fn from_sorted(sorted: Vec<(DealId, DealSignals)>) -> Option<Signals> {
        sorted
            .windows(2)
            .all(|w| w[0].0 < w[1].0)
            .then_some(Signals(sorted))
    }

    pub fn get(&self, deal: DealId) -> Option<&DealSignals> {
        let at = self.0.binary_search_by_key(&deal, |(id, _)| *id).ok()?;
        Some(&self.0[at].1)
    }
}

/// Deals of one pipeline and owner in one currency: how the report cache
/// knows the whole workspace's currencies when it reads one period's closings.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct DealTally {
    pub pipeline: PipelineId,
    pub owner: OwnerId,
    pub currency: Currency,
    pub deals: u32,
    /// Of them still open (velocity counts them).
    pub open: u32,
}

impl DealTally {
    /// `open`: whether a deal is still open (its facts know).
    pub fn count<'d>(deals: impl Iterator<Item = (&'d DealRow, bool)>) -> Vec<DealTally> {
        let mut counts: std::collections::BTreeMap<(PipelineId, OwnerId, Currency), DealTally> =
            Default::default();
        for (d, open) in deals {
            let key = (d.pipeline, d.owner, d.amount.currency);
            let tally = counts.entry(key).or_insert(DealTally {
                pipeline: d.pipeline,
                owner: d.owner,
                currency: d.amount.currency,
                deals: 0,
                open: 0,
            });
            tally.deals += 1;
            tally.open += u32::from(open);
        }
        counts.into_values().collect()
    }

    /// The most common currency: the one money figures add up.
    pub fn currency(tallies: &[DealTally]) -> Currency {
        let mut counts = Vec::new();
        for t in tallies {
            super::facts::count_currency(&mut counts, t.currency, t.deals as usize);
        }
        crate::domain::money::most_common_currency(counts)
    }

    /// Deals the scope selects in another currency than `currency`.
    pub fn outside(
        tallies: &[DealTally],
        currency: Currency,
        scope: &super::Scope,
        owners: &[Owner],
    ) -> usize {
        Self::selected(tallies, scope, owners)
            .filter(|t| t.currency != currency)
            .map(|t| t.deals as usize)
            .sum()
    }

    /// Open deals the scope selects, in any currency.
    pub fn open_in(tallies: &[DealTally], scope: &super::Scope, owners: &[Owner]) -> usize {
        Self::selected(tallies, scope, owners)
            .map(|t| t.open as usize)
            .sum()
    }

    fn selected<'t>(
        tallies: &'t [DealTally],
        scope: &'t super::Scope,
        owners: &'t [Owner],
    ) -> impl Iterator<Item = &'t DealTally> {
        let team = move |owner: OwnerId| {
            owners
                .iter()
                .find(|o| o.id == owner)
                .map_or("", |o| o.team.as_str())
        };
        tallies.iter().filter(move |t| {
            scope.pipeline.is_none_or(|p| t.pipeline == p)
                && scope.owner.is_none_or(|o| t.owner == o)
                && scope
                    .team
                    .as_deref()
                    .is_none_or(|name| team(t.owner) == name)
        })
    }
}

/// Builds an `Input` from records handed over one at a time. Contacts must come
/// before activities (an activity is checked for decision makers as it passes).
#[derive(Default)]
pub struct InputBuilder {
    input: Input,
    /// Stage events as they stream past; each deal's journey at `finish`.
    events: Vec<EventRow>,
    /// Signals gathered while records stream past; sorted at `finish`.
    signals: rustc_hash::FxHashMap<DealId, DealSignals>,
    words: WordTable,
    decision_makers: HashSet<ContactId>,
    /// Name and list price of each product, for the deals that name one.
    products: std::collections::HashMap<ProductId, (u32, Money)>,
}

impl InputBuilder {
    fn word(&mut self, text: &str) -> u32 {
        self.words.place(text)
    }

    pub fn pipeline(&mut self, p: Pipeline) {
        self.input.pipelines.push(p);
    }

    pub fn owner(&mut self, o: Owner) {
        self.input.owners.push(o);
    }

    /// Products come before the deals that name them.
    pub fn product(&mut self, p: &Product) {
        let name = self.word(&p.name);
        self.products
            .insert(p.id, (name, Money::new(p.list_price, p.currency)));
    }

    pub fn deal(&mut self, d: &Deal) {
        let competitors = d.competitors.iter().map(|c| self.word(c)).collect();
        let lost_to = d
            .loss
            .as_ref()
            .and_then(|l| l.competitor.as_deref())
            .map(|c| self.word(c));
        let loss = d.loss.as_ref().map(|l| {
            Box::new(LossRow {
                category: self.word(&l.category),
                sub_reason: self.word(&l.sub_reason),
                competitor: l.competitor.as_deref().map(|c| self.word(c)),
                controllable: l.controllable,
                stage_lost_at: l.stage_lost_at,
                lesson: l.lesson.clone(),
            })
        });
        let product = d.product.and_then(|p| self.products.get(&p));
        // An open deal with no amount yet (an import's blank) is worth its
        // product's list price in the pipeline figures.
        let list_price = product
            .filter(|_| d.is_open() && d.amount.amount.is_zero())
            .map(|p| p.1);
        let at_list_price = list_price.is_some();
        let amount = list_price.unwrap_or(d.amount);
        let product = product.map(|p| p.0);
        let row = DealRow {
            id: d.id,
            title: d.title.clone(),
            pipeline: d.pipeline,
            owner: d.owner,
            stage: d.stage,
            amount,
            created_at: d.created_at,
            updated_at: d.updated_at,
            stage_entered_at: d.stage_entered_at,
            expected_close: d.expected_close,
            product,
            at_list_price,
            probability_override: d.probability_override,
            forecast: d.forecast,
            industry: self.word(&d.industry),
            region: self.word(&d.region),
            source: self.word(&d.source),
            competitors,
            lost_to,
            loss,
        };
        self.input.deals.push(row);
    }

    pub fn event(&mut self, e: &StageEvent) {
        self.events.push(e.into());
    }

    pub fn contact(&mut self, c: &Contact) {
        if c.role == DecisionRole::DecisionMaker {
            self.decision_makers.insert(c.id);
        }
    }

    pub fn activity(&mut self, a: &Activity) {
        let Some(deal) = a.deal else { return };
        if a.kind == ActivityKind::Task {
            return;
        }
        let s = self.signals.entry(deal).or_default();
        s.last_activity = s.last_activity.max(Some(a.at));
        if a.contacts.iter().any(|c| self.decision_makers.contains(c)) {
            s.decision_maker_engaged = true;
        }
    }

    pub fn quote(&mut self, q: &Quote) {
        let Some(latest) = q.versions.last() else {
            return;
        };
        let quote_max = latest
            .lines
            .iter()
            .map(|l| l.discount_pct)
            .max()
            .unwrap_or(Decimal::ZERO);
        let s = self.signals.entry(q.deal).or_default();
        s.max_discount = s.max_discount.max(Some(quote_max));
        s.quote_revisions += q.versions.len().saturating_sub(1) as u32;
        if let Some(sent) = q.first_sent_at() {
            s.first_quote_sent = Some(s.first_quote_sent.map_or(sent, |t| t.min(sent)));
        }
    }

    pub fn finish(mut self) -> Input {
        // Rows arrive one by one; growth leaves up to half of each vector unused.
        self.input.deals.shrink_to_fit();
        self.input.journeys = journeys(&self.input.deals, std::mem::take(&mut self.events));
        self.input.journeys.shrink_to_fit();
        let mut signals: Vec<_> = self.signals.into_iter().collect();
        signals.sort_unstable_by_key(|(id, _)| *id);
        // A map's keys are unique: sorted, they are in order.
        self.input.signals = Signals(signals);
        self.input.words = self.words.into_words();
        self.input
    }
}

/// Each deal's stays from its stage events (in any order), in the order of
/// `deals`; events of deals not among them count nowhere.
fn journeys(deals: &[DealRow], events: Vec<EventRow>) -> Journeys {
    let index: IdMap<u32> = IdMap::new(deals.iter().enumerate().map(|(i, d)| (d.id.0, i as u32)));
    let n = deals.len();
    // Grouped by deal without a vector per deal: count, then place.
    let mut start = vec![0u32; n + 1];
    for e in &events {
        if let Some(&i) = index.get(e.deal.0) {
            start[i as usize + 1] += 1;
        }
    }
    for i in 0..n {
        start[i + 1] += start[i];
    }
    let mut fill = start.clone();
    let mut grouped: Vec<&EventRow> = Vec::new();
    if let Some(first) = events.first() {
        // A placeholder; every slot is overwritten below.
        grouped.resize(start[n] as usize, first);
    }
    for e in &events {
        if let Some(&i) = index.get(e.deal.0) {
            grouped[fill[i as usize] as usize] = e;
            fill[i as usize] += 1;
        }
    }
    let mut journeys = Journeys::with_capacity(n, grouped.len());
    for i in 0..n {
        let events = &mut grouped[start[i] as usize..start[i + 1] as usize];
        if !events.is_sorted_by_key(|e| (e.at, e.id)) {
            events.sort_by_key(|e| (e.at, e.id));
        }
        journeys.push_with(|visits| journey_onto(events, visits));
    }
    journeys
}

impl Input {
    /// From a workspace held in memory (tests, exports).
    pub fn from_workspace(ws: &Workspace) -> Input {
        let mut b = InputBuilder::default();
        ws.pipelines.iter().cloned().for_each(|p| b.pipeline(p));
        ws.owners.iter().cloned().for_each(|o| b.owner(o));
        ws.deals.iter().for_each(|d| b.deal(d));
        ws.stage_events.iter().for_each(|e| b.event(e));
        ws.contacts.iter().for_each(|c| b.contact(c));
        ws.activities.iter().for_each(|a| b.activity(a));
        ws.quotes.iter().for_each(|q| b.quote(q));
        b.finish()
    }
}
