//! `Input` as the store keeps it between reports: every repeated word
//! (industry, region, source, competitor, product, loss reason) written once
//! and named by its place, so reading it back allocates each word once — as
//! the builder's interning did — instead of once per deal.
//!
//! It is kept in parts: a head (the words, pipelines, owners and a tally of
//! every deal), the whole workspace's rows, and the closed deals again by the
//! month they closed in — only what win/loss reads, with the stay that closed
//! them for their history — so a win/loss report over a period decodes only
//! that period's closings (`Closings`).

use super::facts::Facts;
use super::facts::Visit;
use super::input::{DealRow, DealRowOf, DealSignals, DealTally, Input, Journeys};
use crate::domain::*;
use chrono::{DateTime, Datelike, Utc};
use serde::de::{DeserializeSeed, Deserializer, Error as _, SeqAccess, Visitor};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap};
use std::convert::Infallible;
use std::sync::Arc;

/// What every part's rows refer to.
#[derive(Serialize, Deserialize)]
pub struct KeptHead {
    pub(super) words: Vec<String>,
    pub(super) pipelines: Vec<Pipeline>,
    pub(super) owners: Vec<Owner>,
    pub(super) tallies: Vec<DealTally>,
    /// How many rows each part of the whole holds, in order: the reader
    /// makes room for them all at once.
    pub(super) part_sizes: Vec<PartSize>,
    /// The months with closings (`month_key`), in order.
    pub months: Vec<u32>,
}

/// Deals with their journeys and signals. Read back by `Rows::read`,
/// which follows these fields in this order.
#[derive(Serialize, Default)]
pub struct KeptPart {
    deals: Vec<KeptDeal>,
    /// How many of `visits` each deal holds, in order.
    stays: Vec<u32>,
    visits: Vec<Visit>,
    signals: Vec<(DealId, DealSignals)>,
}

/// What the store keeps: the head, the whole workspace in a few parts (so two
/// threads can read it back), and the closings by month (`month_key`).
pub struct Kept {
    pub head: KeptHead,
    pub whole: Vec<KeptPart>,
    pub closed: BTreeMap<u32, Vec<KeptClosing>>,
}

/// A closed deal as its month keeps it: only what win rate and win/loss read,
/// its words by their place in the head's table.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct KeptClosing {
    pub(super) id: DealId,
    pub(super) pipeline: PipelineId,
    pub(super) owner: OwnerId,
    pub(super) status: DealStatus,
    #[serde(with = "crate::domain::wire::instant")]
    pub(super) created_at: DateTime<Utc>,
    #[serde(with = "crate::domain::wire::instant")]
    pub(super) closed_at: DateTime<Utc>,
    pub(super) amount: Money,
    pub(super) product: Option<u32>,
    pub(super) industry: u32,
    pub(super) region: u32,
    pub(super) source: u32,
    pub(super) competitors: Vec<u32>,
    pub(super) lost_to: Option<u32>,
    #[serde(with = "crate::domain::wire::opt_decimal")]
    pub(super) max_discount: Option<rust_decimal::Decimal>,
    pub(super) decision_maker_engaged: bool,
}

/// How many rows of each kind one kept part holds.
#[derive(Debug, Clone, Copy, Default, Serialize, Deserialize)]
pub struct PartSize {
    deals: u32,
    visits: u32,
    signals: u32,
}

impl PartSize {
    fn of(part: &KeptPart) -> PartSize {
        let n = |len: usize| u32::try_from(len).unwrap_or(u32::MAX);
        PartSize {
            deals: n(part.deals.len()),
            visits: n(part.visits.len()),
            signals: n(part.signals.len()),
        }
    }

    fn add(self, other: PartSize) -> PartSize {
        PartSize {
            deals: self.deals.saturating_add(other.deals),
            visits: self.visits.saturating_add(other.visits),
            signals: self.signals.saturating_add(other.signals),
        }
    }
}

/// Deals in one part of the whole, at the least (the parts are at most 16).
const PART_DEALS: usize = 4096;

/// Restored rows of some parts, in the parts' order.
#[derive(Default)]
pub struct Rows {
    deals: Vec<DealRow>,
    journeys: Journeys,
    signals: Vec<(DealId, DealSignals)>,
}

/// The month an instant falls in (UTC), numbered so that months order as
/// numbers do; None for instants no workspace holds (before year 0).
pub fn month_key(at: DateTime<Utc>) -> Option<u32> {
    let year = u32::try_from(at.year()).ok()?;
    Some(year * 12 + at.month0())
}

/// A deal row naming each word by its place in the head's table.
type KeptDeal = DealRowOf<u32>;

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

impl Kept {
    /// `facts` are the input's own: each closed deal's closing is read there.
    pub fn keep(input: &Input, facts: &Facts) -> Kept {
        Kept::keep_in_parts(input, facts, PART_DEALS)
    }

    /// As `keep`, with `part_deals` deals a part at the least (tests read
    /// many parts of a small workspace).
    pub fn keep_in_parts(input: &Input, facts: &Facts, part_deals: usize) -> Kept {
        let mut w = Words::default();
        let signals = &input.signals.0;
        // Each part takes the same share of deals (with their journeys) and
        // of signals, in order: read back one after another they are the
        // input again.
        let parts = (input.deals.len() / part_deals.max(1)).clamp(1, 16);
        let share = |len: usize, i: usize| len * i / parts..len * (i + 1) / parts;
        let whole: Vec<KeptPart> = (0..parts)
            .map(|i| {
                let deals = share(input.deals.len(), i);
                let journeys = deals.clone().map(|d| input.journeys.of(d));
                KeptPart {
                    stays: journeys.clone().map(|j| j.len() as u32).collect(),
                    visits: journeys.flatten().copied().collect(),
                    deals: input.deals[deals]
                        .iter()
                        .map(|d| kept_deal(d, &mut w))
                        .collect(),
                    signals: signals[share(signals.len(), i)].to_vec(),
                }
            })
            .collect();
        let mut closed: BTreeMap<u32, Vec<KeptClosing>> = BTreeMap::new();
        for f in &facts.deals {
            let Some((status, at)) = f.outcome else {
                continue;
            };
            let Some(month) = month_key(at) else { continue };
            let d = f.deal;
            closed.entry(month).or_default().push(KeptClosing {
                id: d.id,
                pipeline: d.pipeline,
                owner: d.owner,
                status,
                created_at: d.created_at,
                closed_at: at,
                amount: d.amount,
                product: d.product.as_ref().map(|p| w.place(p)),
                industry: w.place(&d.industry),
                region: w.place(&d.region),
                source: w.place(&d.source),
                competitors: d.competitors.iter().map(|c| w.place(c)).collect(),
                lost_to: d.lost_to.as_ref().map(|c| w.place(c)),
                max_discount: f.max_discount,
                decision_maker_engaged: f.decision_maker_engaged,
            });
        }
        let head = KeptHead {
            words: w.list,
            pipelines: input.pipelines.clone(),
            owners: input.owners.clone(),
            tallies: DealTally::count(facts.deals.iter().map(|f| (f.deal, f.is_open()))),
            part_sizes: whole.iter().map(PartSize::of).collect(),
            months: closed.keys().copied().collect(),
        };
        Kept {
            head,
            whole,
            closed,
        }
    }
}

fn kept_deal(d: &DealRow, w: &mut Words) -> KeptDeal {
    let placed = d
        .clone()
        .map_words(&mut |word| Ok::<u32, Infallible>(w.place(&word)));
    match placed {
        Ok(deal) => deal,
        Err(never) => match never {},
    }
}

impl KeptHead {
    /// The words, shared by every row that names one.
    pub fn words(&self) -> Vec<Arc<str>> {
        self.words.iter().map(|w| Arc::from(w.as_str())).collect()
    }

    /// How many parts the whole is in.
    fn whole_parts(&self) -> usize {
        self.part_sizes.len()
    }

    /// Which parts each reader takes, in order: all of them when there is
    /// one, else the first half and the rest (two threads). The first
    /// reader's rows make room for all (`rows_for`).
    pub fn reading_plan(&self) -> (std::ops::Range<usize>, Option<std::ops::Range<usize>>) {
        let parts = self.whole_parts();
        match parts {
            0 | 1 => (0..parts, None),
            _ => (0..parts / 2, Some(parts / 2..parts)),
        }
    }

    /// Rows with room for the parts `parts` (their places in the whole)
    /// and, when `room_for_all`, for every part: the first reader's rows
    /// become the input's, so the second's join them without growing.
    pub fn rows_for(&self, parts: std::ops::Range<usize>, room_for_all: bool) -> Rows {
        let sizes = match room_for_all {
            true => &self.part_sizes[..],
            false => self.part_sizes.get(parts).unwrap_or_default(),
        };
        let total = sizes.iter().fold(PartSize::default(), |a, b| a.add(*b));
        Rows {
            deals: Vec::with_capacity(total.deals as usize),
            journeys: Journeys::with_capacity(total.deals as usize, total.visits as usize),
            signals: Vec::with_capacity(total.signals as usize),
        }
    }

    /// The input back from the head and the rows of its parts, in order;
    /// None when the signals are not in deal order or the journeys do not
    /// match the deals (a damaged cache: the caller reads the records
    /// instead).
    pub fn into_input(self, rows: Vec<Rows>) -> Option<Input> {
        let mut rows = rows.into_iter();
        // The first rows hold the rest (made by `rows_for` with room for all).
        let Rows {
            mut deals,
            mut journeys,
            mut signals,
        } = rows.next().unwrap_or_default();
        for r in rows {
            if !r.journeys.is_whole() {
                return None;
            }
            deals.extend(r.deals);
            journeys.append(r.journeys);
            signals.extend(r.signals);
        }
        if !journeys.is_whole() || journeys.deals() != deals.len() {
            return None;
        }
        Some(Input {
            pipelines: self.pipelines,
            owners: self.owners,
            deals,
            journeys,
            signals: super::input::Signals::from_sorted(signals)?,
        })
    }
}

impl Rows {
    /// Reads a kept part (as `KeptPart` encodes it) straight into these rows,
    /// one deal, event and signal at a time: no part is ever held whole. A
    /// word's place beyond the table is an error (a damaged value: the caller
    /// reads the records instead).
    pub fn read<'r>(&'r mut self, words: &'r [Arc<str>]) -> PartInto<'r> {
        PartInto { rows: self, words }
    }
}

/// Reads one kept part into `Rows` (see `Rows::read`).
pub struct PartInto<'r> {
    rows: &'r mut Rows,
    words: &'r [Arc<str>],
}

impl<'de> DeserializeSeed<'de> for PartInto<'_> {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_struct("KeptPart", &["deals", "stays", "visits", "signals"], self)
    }
}

impl<'de> Visitor<'de> for PartInto<'_> {
    type Value = ();

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a kept part: deals, stays, visits, signals")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        let Rows {
            deals,
            journeys,
            signals,
        } = self.rows;
        let words = self.words;
        let mut word = |p: u32| words.get(p as usize).cloned().ok_or(());
        let missing = || A::Error::custom("a kept part ends early");
        seq.next_element_seed(each(|d: KeptDeal| {
            deals.push(
                d.map_words(&mut word)
                    .map_err(|()| "a word's place beyond the table")?,
            );
            Ok(())
        }))?
        .ok_or_else(missing)?;
        seq.next_element_seed(each(|stays: u32| {
            journeys.next_deal_holds(stays);
            Ok(())
        }))?
        .ok_or_else(missing)?;
        seq.next_element_seed(each(|v: Visit| {
            journeys.push_visit(v);
            Ok(())
        }))?
        .ok_or_else(missing)?;
        seq.next_element_seed(each(|s: (DealId, DealSignals)| {
            signals.push(s);
            Ok(())
        }))?
        .ok_or_else(missing)?;
        Ok(())
    }
}

/// A sequence handed to `F` one element at a time.
struct Each<T, F>(F, std::marker::PhantomData<T>);

fn each<T, F: FnMut(T) -> Result<(), &'static str>>(f: F) -> Each<T, F> {
    Each(f, std::marker::PhantomData)
}

impl<'de, T, F> DeserializeSeed<'de> for Each<T, F>
where
    T: Deserialize<'de>,
    F: FnMut(T) -> Result<(), &'static str>,
{
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_seq(self)
    }
}

impl<'de, T, F> Visitor<'de> for Each<T, F>
where
    T: Deserialize<'de>,
    F: FnMut(T) -> Result<(), &'static str>,
{
    type Value = ();

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a sequence")
    }

    fn visit_seq<A: SeqAccess<'de>>(mut self, mut seq: A) -> Result<(), A::Error> {
        while let Some(item) = seq.next_element::<T>()? {
            (self.0)(item).map_err(A::Error::custom)?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sample::{SampleOptions, generate};
    use chrono::NaiveDate;

    fn kept() -> (Input, Kept) {
        let today = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
        let ws = generate(SampleOptions {
            deals: 300,
            ..SampleOptions::with_today(today)
        })
        .unwrap();
        let input = Input::from_workspace(&ws);
        let kept = Kept::keep(&input, &Facts::new(&input, DateTime::UNIX_EPOCH));
        (input, kept)
    }

    fn read(part: &KeptPart, words: &[Arc<str>]) -> Result<Rows, postcard::Error> {
        let bytes = postcard::to_stdvec(part).unwrap();
        let mut rows = Rows::default();
        let mut de = postcard::Deserializer::from_bytes(&bytes);
        rows.read(words).deserialize(&mut de)?;
        Ok(rows)
    }

    #[test]
    fn the_parts_read_back_are_the_input() {
        let (input, kept) = kept();
        let words = kept.head.words();
        let rows = kept
            .whole
            .iter()
            .map(|p| read(p, &words).unwrap())
            .collect();
        assert_eq!(kept.head.into_input(rows), Some(input));
    }

    /// Read as the store reads it: by the reading plan, each reader's rows
    /// made by `rows_for`.
    fn read_by_plan(kept: Kept) -> Option<Input> {
        let words = kept.head.words();
        let (first, rest) = kept.head.reading_plan();
        let mut readers = vec![(first, true)];
        readers.extend(rest.map(|r| (r, false)));
        let rows = readers
            .into_iter()
            .map(|(places, room_for_all)| {
                let mut rows = kept.head.rows_for(places.clone(), room_for_all);
                for part in &kept.whole[places] {
                    let bytes = postcard::to_stdvec(part).unwrap();
                    let mut de = postcard::Deserializer::from_bytes(&bytes);
                    rows.read(&words).deserialize(&mut de).unwrap();
                }
                rows
            })
            .collect();
        kept.head.into_input(rows)
    }

    #[test]
    fn many_parts_read_back_on_two_readers_are_the_input() {
        let (input, _) = kept();
        let facts = Facts::new(&input, DateTime::UNIX_EPOCH);
        for part_deals in [1000, 100, 37, 1] {
            let kept = Kept::keep_in_parts(&input, &facts, part_deals);
            let parts = kept.whole.len();
            let (first, rest) = kept.head.reading_plan();
            match parts {
                1 => assert_eq!((first, rest), (0..1, None)),
                _ => assert_eq!((first, rest), (0..parts / 2, Some(parts / 2..parts))),
            }
            assert_eq!(read_by_plan(kept).as_ref(), Some(&input), "{parts} parts");
        }
        // 300 deals in parts of 37 and of 1: 8 and (at most) 16 parts.
        assert_eq!(Kept::keep_in_parts(&input, &facts, 37).whole.len(), 8);
        assert_eq!(Kept::keep_in_parts(&input, &facts, 1).whole.len(), 16);
    }

    #[test]
    fn signals_out_of_deal_order_are_not_read_as_the_input() {
        let (input, kept) = kept();
        let words = kept.head.words();
        let mut rows: Vec<Rows> = kept
            .whole
            .iter()
            .map(|p| read(p, &words).unwrap())
            .collect();
        assert!(input.signals.0.len() > 1);
        rows[0].signals.reverse();
        assert_eq!(kept.head.into_input(rows), None);
    }

    #[test]
    fn journeys_that_do_not_match_their_deals_are_not_read_as_the_input() {
        let (input, kept) = kept();
        let words = kept.head.words();
        let read_all = |kept: &Kept| -> Vec<Rows> {
            kept.whole
                .iter()
                .map(|p| read(p, &words).unwrap())
                .collect()
        };
        assert!(input.journeys.of(0).len() > 1);
        // A stay too many.
        let mut rows = read_all(&kept);
        let extra = input.journeys.of(0)[0];
        rows[0].journeys.push_visit(extra);
        assert_eq!(kept.head.into_input(rows), None);
        // A deal without its journey.
        let (_, kept) = super::tests::kept();
        let mut rows = read_all(&kept);
        rows[0].deals.push(input.deals[0].clone());
        assert_eq!(kept.head.into_input(rows), None);
    }

    #[test]
    fn the_months_hold_every_closing_once() {
        let (input, kept) = kept();
        let facts = Facts::new(&input, DateTime::UNIX_EPOCH);
        let closed = facts.deals.iter().filter(|f| !f.is_open()).count();
        let kept_closings: usize = kept.closed.values().map(Vec::len).sum();
        assert!(closed > 0);
        assert_eq!(kept_closings, closed);
        assert_eq!(
            kept.head.months,
            kept.closed.keys().copied().collect::<Vec<_>>()
        );
    }

    #[test]
    fn a_word_beyond_the_table_fails_the_read() {
        let (_, kept) = kept();
        let words = kept.head.words();
        assert!(read(&kept.whole[0], &words[..1]).is_err());
    }

    #[test]
    fn months_order_as_numbers() {
        let at = |y, m| {
            NaiveDate::from_ymd_opt(y, m, 1)
                .unwrap()
                .and_hms_opt(0, 0, 0)
                .unwrap()
                .and_utc()
        };
        assert_eq!(month_key(at(2026, 1)), Some(2026 * 12));
        assert!(month_key(at(2025, 12)) < month_key(at(2026, 1)));
        assert_eq!(month_key(at(-1, 5)), None);
    }
}
