//! Every deal's stays in its stages, in one list (a vector for each deal
//! cost a third more memory and an allocation each). A stay is kept without
//! its end, which is the next stay's start: 24 bytes instead of 40.

use super::facts::Visit;
use crate::domain::StageId;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// A stay as the journeys keep it; read it as a `Visit` through `Stays`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Stay {
    pub stage: StageId,
    #[serde(with = "crate::domain::wire::instant")]
    pub entered: DateTime<Utc>,
    /// Entered by a synthetic event of an import.
    pub imported: bool,
}

/// One deal's stays in time order, each read as a `Visit` that ends when the
/// next begins (the last one has not ended).
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Stays<'a>(&'a [Stay]);

impl<'a> Stays<'a> {
    pub fn new(stays: &'a [Stay]) -> Stays<'a> {
        Stays(stays)
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn get(&self, i: usize) -> Option<Visit> {
        let stay = self.0.get(i)?;
        Some(Visit {
            stage: stay.stage,
            entered: stay.entered,
            left: self.0.get(i + 1).map(|next| next.entered),
            imported: stay.imported,
        })
    }

    pub fn first(&self) -> Option<Visit> {
        self.get(0)
    }

    pub fn last(&self) -> Option<Visit> {
        self.get(self.0.len().checked_sub(1)?)
    }

    /// The stays from the `i`th on (the last still the deal's current one).
    pub fn starting_at(&self, i: usize) -> Stays<'a> {
        Stays(self.0.get(i..).unwrap_or_default())
    }

    pub fn iter(&self) -> StaysIter<'a> {
        StaysIter {
            stays: *self,
            next: 0..self.0.len(),
        }
    }
}

impl<'a> IntoIterator for Stays<'a> {
    type Item = Visit;
    type IntoIter = StaysIter<'a>;

    fn into_iter(self) -> StaysIter<'a> {
        self.iter()
    }
}

/// The visits of a deal's stays, in time order (or backwards).
#[derive(Debug, Clone)]
pub struct StaysIter<'a> {
    stays: Stays<'a>,
    next: std::ops::Range<usize>,
}

impl Iterator for StaysIter<'_> {
    type Item = Visit;

    fn next(&mut self) -> Option<Visit> {
        let i = self.next.next()?;
        self.stays.get(i)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.next.size_hint()
    }
}

impl DoubleEndedIterator for StaysIter<'_> {
    fn next_back(&mut self) -> Option<Visit> {
        let i = self.next.next_back()?;
        self.stays.get(i)
    }
}

impl ExactSizeIterator for StaysIter<'_> {}

/// The stays of many deals: deal `i`'s are `stays[ends[i - 1]..ends[i]]`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Journeys {
    stays: Vec<Stay>,
    ends: Vec<u32>,
}

impl Journeys {
    pub(in crate::analytics) fn with_capacity(deals: usize, stays: usize) -> Journeys {
        Journeys {
            stays: Vec::with_capacity(stays),
            ends: Vec::with_capacity(deals),
        }
    }

    /// The stays of the `deal`th deal (none past the last).
    pub fn of(&self, deal: usize) -> Stays<'_> {
        let start = match deal {
            0 => 0,
            _ => self.ends.get(deal - 1).map_or(usize::MAX, |&e| e as usize),
        };
        let end = self.ends.get(deal).map_or(0, |&e| e as usize);
        Stays(self.stays.get(start..end).unwrap_or_default())
    }

    /// The stays of the `deal`th deal as kept.
    pub(in crate::analytics) fn kept_of(&self, deal: usize) -> &[Stay] {
        self.of(deal).0
    }

    /// How many deals' journeys it holds.
    pub fn deals(&self) -> usize {
        self.ends.len()
    }

    /// The next deal's journey, as `add` puts it onto the end of the stays.
    pub(in crate::analytics) fn push_with(&mut self, add: impl FnOnce(&mut Vec<Stay>)) {
        add(&mut self.stays);
        self.ends
            .push(u32::try_from(self.stays.len()).unwrap_or(u32::MAX));
    }

    /// From every stay and where each deal's stays end; None unless the
    /// ends climb and the last is the last stay (a damaged cache).
    pub(in crate::analytics) fn from_parts(stays: Vec<Stay>, ends: Vec<u32>) -> Option<Journeys> {
        let climbs = ends.windows(2).all(|w| w[0] <= w[1]);
        let last = ends.last().map_or(0, |&e| e as usize);
        (climbs && last == stays.len()).then_some(Journeys { stays, ends })
    }

    pub(in crate::analytics) fn shrink_to_fit(&mut self) {
        self.stays.shrink_to_fit();
        self.ends.shrink_to_fit();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn day(d: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 11, d, 9, 0, 0).unwrap()
    }

    fn stay(stage: u64, d: u32) -> Stay {
        Stay {
            stage: StageId(stage),
            entered: day(d),
            imported: false,
        }
    }

    fn visit(stage: u64, entered: u32, left: Option<u32>) -> Visit {
        Visit {
            stage: StageId(stage),
            entered: day(entered),
            left: left.map(day),
            imported: false,
        }
    }

    #[test]
    fn each_deal_has_its_own_stays_and_none_past_the_last() {
        let mut a = Journeys::default();
        a.push_with(|v| v.extend([stay(1, 1), stay(2, 2)]));
        a.push_with(|_| {});
        a.push_with(|v| v.push(stay(3, 3)));
        assert_eq!(a.deals(), 3);
        assert_eq!(a.kept_of(0), &[stay(1, 1), stay(2, 2)]);
        assert_eq!(a.kept_of(1), &[]);
        assert_eq!(a.kept_of(2), &[stay(3, 3)]);
        assert_eq!(a.kept_of(3), &[]);
        let same = Journeys::from_parts(a.stays.clone(), a.ends.clone());
        assert_eq!(same.as_ref(), Some(&a));
    }

    #[test]
    fn a_stay_ends_when_the_next_begins_and_the_last_has_not_ended() {
        let kept = [stay(1, 1), stay(2, 4), stay(3, 9)];
        let stays = Stays::new(&kept);
        let visits = [
            visit(1, 1, Some(4)),
            visit(2, 4, Some(9)),
            visit(3, 9, None),
        ];
        assert_eq!(stays.iter().collect::<Vec<_>>(), visits);
        assert_eq!(
            stays.iter().rev().collect::<Vec<_>>(),
            [visits[2], visits[1], visits[0]]
        );
        assert_eq!(
            (stays.first(), stays.last()),
            (Some(visits[0]), Some(visits[2]))
        );
        assert_eq!(stays.starting_at(1).iter().collect::<Vec<_>>(), visits[1..]);
        assert!(stays.starting_at(3).is_empty() && stays.starting_at(9).is_empty());
        assert_eq!((stays.get(3), Stays::default().last()), (None, None));
        assert_eq!(stays.iter().len(), 3);
    }

    #[test]
    fn parts_that_do_not_fit_together_are_refused() {
        let stays = vec![stay(1, 1), stay(2, 2), stay(3, 3)];
        assert!(Journeys::from_parts(stays.clone(), vec![2, 3]).is_some());
        let refused = |ends: Vec<u32>| Journeys::from_parts(stays.clone(), ends).is_none();
        assert!(refused(vec![2]), "a stay too many");
        assert!(refused(vec![2, 4]), "one too few");
        assert!(refused(vec![2, 1, 3]), "ends going back");
    }
}
