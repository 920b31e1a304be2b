//! Reading the kept input back. The head says how many rows each part holds,
//! so the input's vectors are made at their final size before any part is
//! read, and each of the two readers fills its own stretch of them in place:
//! no reader's rows are copied into another's, and the input is held once.

use super::{KeptHead, PartSize};
use crate::analytics::input::{DealRow, DealSignals, Input, Journeys, Signals, Words};
use crate::analytics::journeys::Stay;
use crate::domain::*;
use serde::Deserialize;
use serde::de::{DeserializeSeed, Deserializer, Error as _, SeqAccess, Visitor};
use std::ops::Range;

/// The input's rows at their final size, before the parts fill them.
pub struct Rows {
    deals: Vec<DealRow>,
    /// Where each deal's stays end in `stays`.
    ends: Vec<u32>,
    stays: Vec<Stay>,
    signals: Vec<(DealId, DealSignals)>,
}

/// One reader's share: the parts `parts`, read into its stretch of the rows.
pub struct Stretch<'r> {
    pub parts: Range<usize>,
    deals: Slots<'r, DealRow>,
    ends: Slots<'r, u32>,
    stays: Slots<'r, Stay>,
    signals: Slots<'r, (DealId, DealSignals)>,
    /// Stays before this stretch's (the ends are the whole list's places).
    stays_before: u32,
    /// Stays this stretch's deals said they hold, so far.
    stays_said: u32,
}

/// Places filled in order; one more than there are is an error (the parts
/// hold more than the head says: a damaged cache).
struct Slots<'r, T> {
    places: &'r mut [T],
    filled: usize,
}

impl<'r, T> Slots<'r, T> {
    fn new(places: &'r mut [T]) -> Slots<'r, T> {
        Slots { places, filled: 0 }
    }

    fn put(&mut self, value: T) -> Result<(), &'static str> {
        let place = self
            .places
            .get_mut(self.filled)
            .ok_or("a kept part holds more rows than its head says")?;
        *place = value;
        self.filled += 1;
        Ok(())
    }

    fn is_full(&self) -> bool {
        self.filled == self.places.len()
    }

    /// These places and the rest, `first` of them first.
    fn split(places: &'r mut [T], first: usize) -> (Slots<'r, T>, Slots<'r, T>) {
        let (a, b) = places.split_at_mut(first.min(places.len()));
        (Slots::new(a), Slots::new(b))
    }
}

impl KeptHead {
    /// Which parts each reader takes, in order: all of them when there is
    /// one, else the first half and the rest (two threads).
    pub fn reading_plan(&self) -> (Range<usize>, Option<Range<usize>>) {
        let parts = self.part_sizes.len();
        match parts {
            0 | 1 => (0..parts, None),
            _ => (0..parts / 2, Some(parts / 2..parts)),
        }
    }

    fn size_of(&self, parts: Range<usize>) -> PartSize {
        self.part_sizes
            .get(parts)
            .unwrap_or_default()
            .iter()
            .fold(PartSize::default(), |a, b| a.add(*b))
    }

    /// Every row the parts hold, each a placeholder until a reader fills it;
    /// None when the parts would hold another number of deals than the head
    /// counted (a damaged head: nothing is made at a size it made up).
    pub fn blank_rows(&self) -> Option<Rows> {
        let total = self.size_of(0..self.part_sizes.len());
        let counted: u64 = self.tallies.iter().map(|t| u64::from(t.deals)).sum();
        if u64::from(total.deals) != counted {
            return None;
        }
        let blank_deal = DealRow {
            id: DealId(0),
            title: String::new(),
            pipeline: PipelineId(0),
            owner: OwnerId(0),
            stage: StageId(0),
            amount: Money::zero(Currency::USD),
            created_at: chrono::DateTime::UNIX_EPOCH,
            updated_at: chrono::DateTime::UNIX_EPOCH,
            stage_entered_at: chrono::DateTime::UNIX_EPOCH,
            expected_close: None,
            product: None,
            at_list_price: false,
            probability_override: None,
            forecast: ForecastCategory::default(),
            industry: 0,
            region: 0,
            source: 0,
            competitors: Vec::new(),
            lost_to: None,
            loss: None,
        };
        let blank_stay = Stay {
            stage: StageId(0),
            entered: chrono::DateTime::UNIX_EPOCH,
            imported: false,
        };
        Some(Rows {
            deals: vec![blank_deal; total.deals as usize],
            ends: vec![0; total.deals as usize],
            stays: vec![blank_stay; total.stays as usize],
            signals: vec![(DealId(0), DealSignals::default()); total.signals as usize],
        })
    }

    /// Each reader's stretch of `rows`, by the reading plan.
    pub fn stretches<'r>(&self, rows: &'r mut Rows) -> (Stretch<'r>, Option<Stretch<'r>>) {
        let (first, rest) = self.reading_plan();
        let before = self.size_of(first.clone());
        let (deals_a, deals_b) = Slots::split(&mut rows.deals, before.deals as usize);
        let (ends_a, ends_b) = Slots::split(&mut rows.ends, before.deals as usize);
        let (stays_a, stays_b) = Slots::split(&mut rows.stays, before.stays as usize);
        let (signals_a, signals_b) = Slots::split(&mut rows.signals, before.signals as usize);
        let a = Stretch {
            parts: first,
            deals: deals_a,
            ends: ends_a,
            stays: stays_a,
            signals: signals_a,
            stays_before: 0,
            stays_said: 0,
        };
        let b = rest.map(|parts| Stretch {
            parts,
            deals: deals_b,
            ends: ends_b,
            stays: stays_b,
            signals: signals_b,
            stays_before: before.stays,
            stays_said: 0,
        });
        (a, b)
    }

    /// The input back from the head and the rows its stretches filled;
    /// None when the signals are not in deal order or the journeys do not
    /// match the deals (a damaged cache: the caller reads the records
    /// instead).
    pub fn into_input(self, rows: Rows) -> Option<Input> {
        Some(Input {
            pipelines: self.pipelines,
            owners: self.owners,
            words: self.words,
            journeys: Journeys::from_parts(rows.stays, rows.ends)?,
            deals: rows.deals,
            signals: Signals::from_sorted(rows.signals)?,
        })
    }
}

impl<'r> Stretch<'r> {
    /// Reads a kept part (as `KeptPart` encodes it) straight into the
    /// stretch's places, one deal, stay and signal at a time: no part is
    /// ever held whole. A word's place beyond the table, or more rows than
    /// the head said, is an error (a damaged value: the caller reads the
    /// records instead).
    pub fn read<'s>(&'s mut self, words: &'s Words) -> PartInto<'s, 'r> {
        PartInto {
            stretch: self,
            words,
        }
    }

    /// Every place filled, and the stays the deals said they hold read.
    pub fn is_whole(&self) -> bool {
        self.deals.is_full()
            && self.ends.is_full()
            && self.stays.is_full()
            && self.signals.is_full()
            && self.stays_said as usize == self.stays.filled
    }
}

/// Reads one kept part into a stretch (see `Stretch::read`).
pub struct PartInto<'s, 'r> {
    stretch: &'s mut Stretch<'r>,
    words: &'s Words,
}

impl<'de> DeserializeSeed<'de> for PartInto<'_, '_> {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_struct(
            "KeptPart",
            &["deals", "stay_counts", "stays", "signals"],
            self,
        )
    }
}

impl<'de> Visitor<'de> for PartInto<'_, '_> {
    type Value = ();

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a kept part: deals, stay counts, stays, signals")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        let s = self.stretch;
        let words = self.words;
        let missing = || A::Error::custom("a kept part ends early");
        seq.next_element_seed(each(|deal: DealRow| {
            if !deal.word_places().all(|p| words.holds(p)) {
                return Err("a word's place beyond the table");
            }
            s.deals.put(deal)
        }))?
        .ok_or_else(missing)?;
        seq.next_element_seed(each(|stays: u32| {
            s.stays_said = s.stays_said.saturating_add(stays);
            s.ends.put(s.stays_before.saturating_add(s.stays_said))
        }))?
        .ok_or_else(missing)?;
        seq.next_element_seed(each(|stay: Stay| s.stays.put(stay)))?
            .ok_or_else(missing)?;
        seq.next_element_seed(each(|signal: (DealId, DealSignals)| s.signals.put(signal)))?
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
    use super::super::tests::kept;
    use super::super::{Kept, KeptPart};
    use super::*;
    use crate::analytics::Facts;
    use chrono::DateTime;

    fn encoded(part: &KeptPart) -> Vec<u8> {
        postcard::to_stdvec(part).unwrap()
    }

    /// Read as the store reads it: by the reading plan, each reader filling
    /// its stretch; None when a part fails or a stretch is not whole.
    fn read_by_plan(kept: Kept) -> Option<Input> {
        read_bytes(kept.head, kept.whole.iter().map(encoded).collect())
    }

    fn read_bytes(head: KeptHead, parts: Vec<Vec<u8>>) -> Option<Input> {
        let words = head.words.clone();
        let mut rows = head.blank_rows()?;
        let (first, rest) = head.stretches(&mut rows);
        for mut stretch in std::iter::once(first).chain(rest) {
            for bytes in &parts[stretch.parts.clone()] {
                let mut de = postcard::Deserializer::from_bytes(bytes);
                stretch.read(&words).deserialize(&mut de).ok()?;
            }
            if !stretch.is_whole() {
                return None;
            }
        }
        head.into_input(rows)
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

    /// The kept input in eight parts, with `change` made to the second.
    fn with_second_part(change: impl FnOnce(&mut KeptPart)) -> Option<Input> {
        let (input, _) = kept();
        let facts = Facts::new(&input, DateTime::UNIX_EPOCH);
        let mut kept = Kept::keep_in_parts(&input, &facts, 37);
        change(&mut kept.whole[1]);
        read_by_plan(kept)
    }

    #[test]
    fn signals_out_of_deal_order_are_not_read_as_the_input() {
        assert!(with_second_part(|p| p.signals.reverse()).is_none());
    }

    #[test]
    fn parts_that_do_not_hold_what_the_head_says_are_not_read_as_the_input() {
        assert!(with_second_part(|_| {}).is_some());
        assert!(
            with_second_part(|p| p.stay_counts[0] += 1).is_none(),
            "a stay missing"
        );
        assert!(
            with_second_part(|p| p.stay_counts[0] -= 1).is_none(),
            "a stay too many"
        );
        let extra = |p: &mut KeptPart| p.stays.push(p.stays[0]);
        assert!(with_second_part(extra).is_none(), "a stay beyond the head");
        assert!(
            with_second_part(|p| drop(p.deals.pop())).is_none(),
            "a deal missing"
        );
        let extra = |p: &mut KeptPart| p.deals.push(p.deals[0].clone());
        assert!(with_second_part(extra).is_none(), "a deal beyond the head");
    }

    #[test]
    fn a_head_whose_parts_hold_other_deals_than_it_counted_is_refused() {
        let (_, mut kept) = kept();
        assert!(kept.head.blank_rows().is_some());
        kept.head.part_sizes[0].deals += 1;
        assert!(kept.head.blank_rows().is_none());
    }

    #[test]
    fn a_word_beyond_the_table_fails_the_read_whichever_field_names_it() {
        use crate::analytics::input::LossRow;
        let (_, kept) = kept();
        let beyond = kept.head.words.len() as u32;
        fn lost(category: u32, sub_reason: u32, competitor: Option<u32>) -> Option<Box<LossRow>> {
            Some(Box::new(LossRow {
                category,
                sub_reason,
                competitor,
                controllable: false,
                stage_lost_at: None,
                lesson: String::new(),
            }))
        }
        type Place = fn(&mut DealRow, u32);
        let fields: [(&str, Place); 9] = [
            ("industry", |d, p| d.industry = p),
            ("region", |d, p| d.region = p),
            ("source", |d, p| d.source = p),
            ("product", |d, p| d.product = Some(p)),
            ("lost to", |d, p| d.lost_to = Some(p)),
            ("competitors", |d, p| d.competitors = vec![0, p]),
            ("loss reason", |d, p| d.loss = lost(p, 0, None)),
            ("sub-reason", |d, p| d.loss = lost(0, p, None)),
            ("loss competitor", |d, p| d.loss = lost(0, 0, Some(p))),
        ];
        for (name, set) in fields {
            for (place, fails) in [(beyond - 1, false), (beyond, true)] {
                let mut part = kept.whole[0].clone();
                set(&mut part.deals[0], place);
                let mut rows = kept.head.blank_rows().unwrap();
                let (mut first, _) = kept.head.stretches(&mut rows);
                let bytes = encoded(&part);
                let mut de = postcard::Deserializer::from_bytes(&bytes);
                let read = first.read(&kept.head.words).deserialize(&mut de);
                assert_eq!(read.is_err(), fails, "{name} at {place}");
            }
        }
    }
}
