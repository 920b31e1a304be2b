//! The nine-dimension qualification scorecard (each 0–3, total 0–27 shown as 0–100).

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Dimension {
    NeedClarity,
    Budget,
    Authority,
    Timeline,
    DecisionChain,
    CompetitivePosition,
    ValueFit,
    Relationship,
    CommercialTerms,
}

impl Dimension {
    pub const ALL: [Dimension; 9] = [
        Dimension::NeedClarity,
        Dimension::Budget,
        Dimension::Authority,
        Dimension::Timeline,
        Dimension::DecisionChain,
        Dimension::CompetitivePosition,
        Dimension::ValueFit,
        Dimension::Relationship,
        Dimension::CommercialTerms,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Dimension::NeedClarity => crate::i18n::word("dom-dimension-need-clarity"),
            Dimension::Budget => crate::i18n::word("dom-dimension-budget"),
            Dimension::Authority => crate::i18n::word("dom-dimension-authority"),
            Dimension::Timeline => crate::i18n::word("dom-dimension-timeline"),
            Dimension::DecisionChain => crate::i18n::word("dom-dimension-decision-chain"),
            Dimension::CompetitivePosition => {
                crate::i18n::word("dom-dimension-competitive-position")
            }
            Dimension::ValueFit => crate::i18n::word("dom-dimension-value-fit"),
            Dimension::Relationship => crate::i18n::word("dom-dimension-relationship"),
            Dimension::CommercialTerms => crate::i18n::word("dom-dimension-commercial-terms"),
        }
    }

    /// What a rep should do next when this dimension scores low.
    pub fn suggestion(self) -> &'static str {
        match self {
            Dimension::NeedClarity => crate::i18n::word("dom-dimension-hint-need-clarity"),
            Dimension::Budget => crate::i18n::word("dom-dimension-hint-budget"),
            Dimension::Authority => crate::i18n::word("dom-dimension-hint-authority"),
            Dimension::Timeline => crate::i18n::word("dom-dimension-hint-timeline"),
            Dimension::DecisionChain => crate::i18n::word("dom-dimension-hint-decision-chain"),
            Dimension::CompetitivePosition => {
                crate::i18n::word("dom-dimension-hint-competitive-position")
            }
            Dimension::ValueFit => crate::i18n::word("dom-dimension-hint-value-fit"),
            Dimension::Relationship => crate::i18n::word("dom-dimension-hint-relationship"),
            Dimension::CommercialTerms => crate::i18n::word("dom-dimension-hint-commercial-terms"),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Scorecard {
    /// One score 0–3 per dimension, in `Dimension::ALL` order.
    pub scores: [u8; 9],
}

impl Scorecard {
    pub const MAX_PER_DIMENSION: u8 = 3;

    pub fn get(&self, d: Dimension) -> u8 {
        self.scores[index(d)]
    }

    pub fn set(&mut self, d: Dimension, score: u8) {
        self.scores[index(d)] = score.min(Self::MAX_PER_DIMENSION);
    }

    /// Sum of the nine scores, 0–27.
    pub fn total(&self) -> u32 {
        self.scores.iter().map(|&s| u32::from(s)).sum()
    }

    /// The total on a 0–100 scale, rounded to the nearest whole point.
    pub fn percent(&self) -> u32 {
        (self.total() * 100 + 13) / 27
    }

    /// The lowest-scoring dimensions (score ≤ 1), weakest first, at most `limit`.
    pub fn weakest(&self, limit: usize) -> Vec<(Dimension, u8)> {
        let mut dims: Vec<(Dimension, u8)> = Dimension::ALL
            .iter()
            .map(|&d| (d, self.get(d)))
            .filter(|&(_, s)| s <= 1)
            .collect();
        dims.sort_by_key(|&(_, s)| s);
        dims.truncate(limit);
        dims
    }
}

fn index(d: Dimension) -> usize {
    Dimension::ALL.iter().position(|&x| x == d).unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn totals_and_percent() {
        let mut s = Scorecard::default();
        assert_eq!(s.percent(), 0);
        s.scores = [3; 9];
        assert_eq!(s.total(), 27);
        assert_eq!(s.percent(), 100);
        s.scores = [1, 2, 3, 0, 1, 2, 3, 0, 1];
        assert_eq!(s.total(), 13);
        assert_eq!(s.percent(), 48); // 13/27 = 48.1 %
        s.set(Dimension::Budget, 9);
        assert_eq!(s.get(Dimension::Budget), 3);
    }

    #[test]
    fn weakest_are_named_lowest_first() {
        let s = Scorecard {
            scores: [1, 3, 0, 2, 3, 3, 3, 1, 3],
        };
        let weak = s.weakest(3);
        assert_eq!(
            weak,
            vec![
                (Dimension::Authority, 0),
                (Dimension::NeedClarity, 1),
                (Dimension::Relationship, 1)
            ]
        );
    }
}
