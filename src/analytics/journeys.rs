//! Every deal's stays in its stages, in one list (a vector a deal cost a third
//! more memory and an allocation each).

use super::facts::Visit;

/// The stays of many deals: deal `i`'s are `visits[ends[i - 1]..ends[i]]`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Journeys {
    visits: Vec<Visit>,
    ends: Vec<u32>,
}

impl Journeys {
    pub(in crate::analytics) fn with_capacity(deals: usize, visits: usize) -> Journeys {
        Journeys {
            visits: Vec::with_capacity(visits),
            ends: Vec::with_capacity(deals),
        }
    }

    /// The stays of the `deal`th deal (none past the last).
    pub fn of(&self, deal: usize) -> &[Visit] {
        let start = match deal {
            0 => 0,
            _ => self.ends.get(deal - 1).map_or(usize::MAX, |&e| e as usize),
        };
        let end = self.ends.get(deal).map_or(0, |&e| e as usize);
        self.visits.get(start..end).unwrap_or_default()
    }

    /// How many deals' journeys it holds.
    pub fn deals(&self) -> usize {
        self.ends.len()
    }

    /// The next deal's journey, as `add` puts it onto the end of the stays.
    pub(in crate::analytics) fn push_with(&mut self, add: impl FnOnce(&mut Vec<Visit>)) {
        add(&mut self.visits);
        self.ends
            .push(u32::try_from(self.visits.len()).unwrap_or(u32::MAX));
    }

    /// From every stay and where each deal's end; None unless the ends
    /// climb and the last is the last stay (a damaged cache).
    pub(in crate::analytics) fn from_parts(visits: Vec<Visit>, ends: Vec<u32>) -> Option<Journeys> {
        let climbs = ends.windows(2).all(|w| w[0] <= w[1]);
        let last = ends.last().map_or(0, |&e| e as usize);
        (climbs && last == visits.len()).then_some(Journeys { visits, ends })
    }

    pub(in crate::analytics) fn shrink_to_fit(&mut self) {
        self.visits.shrink_to_fit();
        self.ends.shrink_to_fit();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::StageId;
    use chrono::{TimeZone, Utc};

    fn stay(stage: u64, day: u32) -> Visit {
        Visit {
            stage: StageId(stage),
            entered: Utc.with_ymd_and_hms(2026, 11, day, 9, 0, 0).unwrap(),
            left: None,
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
        assert_eq!(a.of(0), &[stay(1, 1), stay(2, 2)]);
        assert_eq!(a.of(1), &[]);
        assert_eq!(a.of(2), &[stay(3, 3)]);
        assert_eq!(a.of(3), &[]);
        let same = Journeys::from_parts(a.visits.clone(), a.ends.clone());
        assert_eq!(same.as_ref(), Some(&a));
    }

    #[test]
    fn parts_that_do_not_fit_together_are_refused() {
        let visits = vec![stay(1, 1), stay(2, 2), stay(3, 3)];
        assert!(Journeys::from_parts(visits.clone(), vec![2, 3]).is_some());
        assert!(
            Journeys::from_parts(visits.clone(), vec![2]).is_none(),
            "a stay too many"
        );
        assert!(
            Journeys::from_parts(visits.clone(), vec![2, 4]).is_none(),
            "one too few"
        );
        assert!(
            Journeys::from_parts(visits, vec![2, 1, 3]).is_none(),
            "ends going back"
        );
    }
}
