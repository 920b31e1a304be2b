//! Won and lost deals of a period: win rate, sales cycle, velocity, and win/loss by
//! dimension. A deal counts in the period of its final close (the stage event that
//! took it to Won or Lost and was not undone); a deal reopened and still open counts
//! nowhere.

use super::facts::{DealFacts, Facts, Scope};
use super::stats::{Summary, ratio, summarize};
use super::{Period, days_between};
use crate::domain::*;
use chrono::{DateTime, Utc};
use rust_decimal::Decimal;
use serde::Serialize;

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct WinRate {
    pub won: usize,
    pub lost: usize,
    /// won ÷ (won + lost); None with no closed deal.
    pub win_rate: Option<f64>,
    pub won_amount: Decimal,
    pub lost_amount: Decimal,
}

impl WinRate {
    fn add(&mut self, status: DealStatus, amount: Decimal) {
        match status {
            DealStatus::Won => {
                self.won += 1;
                self.won_amount += amount;
            }
            DealStatus::Lost => {
                self.lost += 1;
                self.lost_amount += amount;
            }
            DealStatus::Open => {}
        }
    }

    fn finish(mut self) -> WinRate {
        self.win_rate = ratio(self.won, self.won + self.lost);
        self
    }

    /// Average amount of a won deal.
    pub fn average_won(&self) -> Option<Decimal> {
        (self.won > 0).then(|| self.won_amount / Decimal::from(self.won))
    }
}

/// A deal closed in the period, with its final status.
pub type Closed<'s, 'a> = (&'s DealFacts<'a>, DealStatus);

/// Deals closed in the period, with their final status.
pub fn closed<'s, 'a>(
    facts: &'s Facts<'a>,
    scope: &'s Scope,
    period: &Period,
) -> Vec<Closed<'s, 'a>> {
    facts
        .scoped(scope)
        .filter_map(|f| f.closed_in(period).map(|s| (f, s)))
        .collect()
}

pub fn win_rate(facts: &Facts, scope: &Scope, period: &Period) -> WinRate {
    win_rate_of(facts, &closed(facts, scope, period))
}

pub fn win_rate_of(facts: &Facts, closed: &[Closed]) -> WinRate {
    rate_of(facts.currency, closed)
}

/// Win rate of closed deals, money in `currency`.
pub fn rate_of<C: ClosedDeal>(currency: Currency, closed: &[(&C, DealStatus)]) -> WinRate {
    let mut w = WinRate::default();
    for (f, status) in closed {
        w.add(*status, f.amount_in(currency));
    }
    w.finish()
}

/// What win rate and win/loss read of a closed deal: a deal's facts, or a
/// closing as the report cache keeps it by month (`kept::Placed`).
pub trait ClosedDeal {
    fn deal_id(&self) -> DealId;
    /// Its amount when in `currency`; zero in another (counted, not added up).
    fn amount_in(&self, currency: Currency) -> Decimal;
    fn owner_name(&self) -> &str;
    fn team(&self) -> &str;
    fn industry(&self) -> &str;
    fn region(&self) -> &str;
    fn source(&self) -> &str;
    fn competitors(&self) -> impl Iterator<Item = &str>;
    /// The competitor named when the deal was lost.
    fn lost_to(&self) -> Option<&str>;
    fn max_discount(&self) -> Option<Decimal>;
    fn product(&self) -> Option<&str>;
    fn decision_maker_engaged(&self) -> bool;
    fn created_at(&self) -> DateTime<Utc>;
    /// When it closed (None for a deal still open).
    fn closed_at(&self) -> Option<DateTime<Utc>>;
}

impl ClosedDeal for DealFacts<'_> {
    fn deal_id(&self) -> DealId {
        self.deal.id
    }
    fn amount_in(&self, currency: Currency) -> Decimal {
        self.deal.amount.counted_in(currency)
    }
    fn owner_name(&self) -> &str {
        DealFacts::owner_name(self)
    }
    fn team(&self) -> &str {
        DealFacts::team(self)
    }
    fn industry(&self) -> &str {
        self.words.get(self.deal.industry)
    }
    fn region(&self) -> &str {
        self.words.get(self.deal.region)
    }
    fn source(&self) -> &str {
        self.words.get(self.deal.source)
    }
    fn competitors(&self) -> impl Iterator<Item = &str> {
        self.deal.competitors.iter().map(|c| self.words.get(*c))
    }
    fn lost_to(&self) -> Option<&str> {
        self.deal.lost_to.map(|c| self.words.get(c))
    }
    fn max_discount(&self) -> Option<Decimal> {
        self.signals.max_discount
    }
    fn product(&self) -> Option<&str> {
        self.deal.product.map(|p| self.words.get(p))
    }
    fn decision_maker_engaged(&self) -> bool {
        self.signals.decision_maker_engaged
    }
    fn created_at(&self) -> DateTime<Utc> {
        self.deal.created_at
    }
    fn closed_at(&self) -> Option<DateTime<Utc>> {
        self.outcome.map(|(_, at)| at)
    }
}

/// Calendar days from creation to close, split by outcome.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Cycle {
    pub won_days: Summary,
    pub lost_days: Summary,
}

pub fn cycle(facts: &Facts, scope: &Scope, period: &Period) -> Cycle {
    cycle_of(&closed(facts, scope, period))
}

pub fn cycle_of<C: ClosedDeal>(closed: &[(&C, DealStatus)]) -> Cycle {
    let (mut won, mut lost) = (Vec::new(), Vec::new());
    for (f, status) in closed {
        let Some(at) = f.closed_at() else { continue };
        let days = days_between(f.created_at(), at);
        match status {
            DealStatus::Won => won.push(days),
            _ => lost.push(days),
        }
    }
    Cycle {
        won_days: summarize(won),
        lost_days: summarize(lost),
    }
}

/// Open deals × win rate × average won amount ÷ mean won cycle days: the money the
/// pipeline turns into per day at the period's pace.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Velocity {
    pub open_deals: usize,
    pub win_rate: Option<f64>,
    #[serde(serialize_with = "crate::domain::wire::opt_figure::serialize")]
    pub average_won_amount: Option<Decimal>,
    pub mean_won_cycle_days: Option<f64>,
    /// Money per day; None when a factor is missing or the mean cycle is zero.
    #[serde(serialize_with = "crate::domain::wire::opt_figure::serialize")]
    pub per_day: Option<Decimal>,
}

pub fn velocity(facts: &Facts, scope: &Scope, period: &Period) -> Velocity {
    let closed = closed(facts, scope, period);
    velocity_of(
        facts,
        scope,
        &win_rate_of(facts, &closed),
        &cycle_of(&closed),
    )
}

pub fn velocity_of(facts: &Facts, scope: &Scope, rate: &WinRate, cycle: &Cycle) -> Velocity {
    let open_deals = facts.scoped(scope).filter(|f| f.is_open()).count();
    velocity_from(open_deals, rate, cycle)
}

/// Velocity of `open_deals` at the pace of `rate` and `cycle`.
pub fn velocity_from(open_deals: usize, rate: &WinRate, cycle: &Cycle) -> Velocity {
    let average = rate.average_won();
    let mean_cycle = cycle.won_days.mean;
    let per_day = match (average, mean_cycle) {
        (Some(avg), Some(days)) if days > 0.0 && rate.won + rate.lost > 0 => {
            let days = Decimal::try_from(days).ok().filter(|d| !d.is_zero());
            days.map(|days| {
                Decimal::from(open_deals) * Decimal::from(rate.won) * avg
                    / Decimal::from(rate.won + rate.lost)
                    / days
            })
        }
        _ => None,
    };
    Velocity {
        open_deals,
        win_rate: rate.win_rate,
        average_won_amount: average,
        mean_won_cycle_days: mean_cycle,
        per_day,
    }
}

/// What win/loss can be broken down by (the "dimensions" of the reports).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Breakdown {
    Owner,
    Team,
    Industry,
    Region,
    Source,
    Competitor,
    /// Deal-size band.
    Size,
    /// Largest quoted discount band.
    Discount,
    /// Whether a decision maker took part in an activity on the deal.
    DecisionMaker,
    /// The deal's main product.
    Product,
}

impl Breakdown {
    pub const ALL: [Breakdown; 10] = [
        Breakdown::Owner,
        Breakdown::Team,
        Breakdown::Industry,
        Breakdown::Region,
        Breakdown::Source,
        Breakdown::Competitor,
        Breakdown::Size,
        Breakdown::Discount,
        Breakdown::DecisionMaker,
        Breakdown::Product,
    ];

    /// The name used on the command line and in JSON.
    pub fn key(self) -> &'static str {
        match self {
            Breakdown::Owner => "owner",
            Breakdown::Team => "team",
            Breakdown::Industry => "industry",
            Breakdown::Region => "region",
            Breakdown::Source => "source",
            Breakdown::Competitor => "competitor",
            Breakdown::Size => "size",
            Breakdown::Discount => "discount",
            Breakdown::DecisionMaker => "decision_maker",
            Breakdown::Product => "product",
        }
    }

    pub fn parse(text: &str) -> Option<Breakdown> {
        let wanted = text.trim().to_ascii_lowercase().replace('-', "_");
        Breakdown::ALL.into_iter().find(|d| d.key() == wanted)
    }

    /// The dimension's name as shown, in the current language.
    pub fn label(self) -> &'static str {
        match self {
            Breakdown::Owner => crate::i18n::word("dom-breakdown-owner"),
            Breakdown::Team => crate::i18n::word("dom-breakdown-team"),
            Breakdown::Industry => crate::i18n::word("dom-breakdown-industry"),
            Breakdown::Region => crate::i18n::word("dom-breakdown-region"),
            Breakdown::Source => crate::i18n::word("dom-breakdown-source"),
            Breakdown::Competitor => crate::i18n::word("dom-breakdown-competitor"),
            Breakdown::Size => crate::i18n::word("dom-breakdown-size"),
            Breakdown::Discount => crate::i18n::word("dom-breakdown-discount"),
            Breakdown::DecisionMaker => crate::i18n::word("dom-breakdown-decision-maker"),
            Breakdown::Product => crate::i18n::word("dom-breakdown-product"),
        }
    }

    /// The values of a banded dimension in their natural order.
    fn bands(self) -> Option<&'static [&'static str]> {
        match self {
            Breakdown::Size => Some(&SIZE_BANDS),
            Breakdown::Discount => Some(&DISCOUNT_BANDS),
            _ => None,
        }
    }

    /// Calls `visit` with each value a deal falls under (a deal with two competitors
    /// counts under both). Values are borrowed: no allocation per deal.
    fn for_each_value<'v, C: ClosedDeal>(
        self,
        currency: Currency,
        f: &'v C,
        mut visit: impl FnMut(&'v str),
    ) {
        let or_none = |s: &'v str| if s.trim().is_empty() { NONE } else { s };
        match self {
            Breakdown::Owner => visit(or_none(f.owner_name())),
            Breakdown::Team => visit(or_none(f.team())),
            Breakdown::Industry => visit(or_none(f.industry())),
            Breakdown::Region => visit(or_none(f.region())),
            Breakdown::Source => visit(or_none(f.source())),
            Breakdown::Competitor => {
                let mut named = 0;
                for c in f.competitors() {
                    named += 1;
                    visit(c);
                }
                let extra = f.lost_to().filter(|c| {
                    !c.trim().is_empty() && !f.competitors().any(|n| n.eq_ignore_ascii_case(c))
                });
                if let Some(c) = extra {
                    visit(c);
                }
                if named == 0 && extra.is_none() {
                    visit(NONE);
                }
            }
            Breakdown::Size => visit(size_band(f.amount_in(currency))),
            Breakdown::Discount => visit(discount_band(f.max_discount())),
            Breakdown::Product => visit(f.product().unwrap_or(NONE)),
            Breakdown::DecisionMaker => visit(if f.decision_maker_engaged() {
                "yes"
            } else {
                "no"
            }),
        }
    }
}

/// The value of a deal with nothing recorded for the dimension.
const NONE: &str = "(none)";

impl Breakdown {
    /// The shown word for a value the rules give (not one from the workspace).
    fn shown_value(self, value: &str) -> Option<&'static str> {
        match (self, value) {
            (_, NONE) => Some(crate::i18n::word("dom-value-none")),
            (Breakdown::DecisionMaker, "yes") => Some(crate::i18n::word("dom-value-yes")),
            (Breakdown::DecisionMaker, "no") => Some(crate::i18n::word("dom-value-no")),
            (Breakdown::Discount, "no quote") => Some(crate::i18n::word("dom-value-no-quote")),
            _ => None,
        }
    }
}

/// Deal-size bands, in the report currency.
pub fn size_band(amount: Decimal) -> &'static str {
    use rust_decimal::dec;
    let [small, mid, upper, large, huge] = SIZE_BANDS;
    if amount < dec!(10_000) {
        small
    } else if amount < dec!(50_000) {
        mid
    } else if amount < dec!(100_000) {
        upper
    } else if amount < dec!(250_000) {
        large
    } else {
        huge
    }
}

/// Deal-size bands, smallest first (the order their rows are listed in).
const SIZE_BANDS: [&str; 5] = ["< 10k", "10k–50k", "50k–100k", "100k–250k", "≥ 250k"];

/// Discount bands, no quote first, then from no discount up.
const DISCOUNT_BANDS: [&str; 5] = ["no quote", "0 %", "≤ 10 %", "10–20 %", "> 20 %"];

/// Bands of the largest quoted line discount, matching the approval policy steps.
pub fn discount_band(max_discount: Option<Decimal>) -> &'static str {
    // Quoted at list price ("0 %") is not the same as never quoted.
    let [none_quoted, zero, small, mid, large] = DISCOUNT_BANDS;
    match max_discount {
        None => none_quoted,
        Some(d) if d.is_zero() => zero,
        Some(d) if d <= Decimal::TEN => small,
        Some(d) if d <= rust_decimal::dec!(20) => mid,
        Some(_) => large,
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct BreakdownRow {
    pub value: String,
    #[serde(flatten)]
    pub outcome: WinRate,
    #[serde(skip)]
    pub deals: Vec<DealId>,
}

/// Won and lost per value of a dimension, most closed deals first (ties by name).
pub fn win_loss_by(
    facts: &Facts,
    scope: &Scope,
    period: &Period,
    dim: Breakdown,
) -> Vec<BreakdownRow> {
    win_loss_of(facts, &closed(facts, scope, period), dim)
}

pub fn win_loss_of(facts: &Facts, closed: &[Closed], dim: Breakdown) -> Vec<BreakdownRow> {
    win_loss_all(facts, closed, &[dim])
        .pop()
        .unwrap_or_default()
}

/// Win/loss by each of `dims` in one pass over the closed deals (each deal is read
/// once, not once per dimension).
pub fn win_loss_all(
    facts: &Facts,
    closed: &[Closed],
    dims: &[Breakdown],
) -> Vec<Vec<BreakdownRow>> {
    tally_all(facts.currency, closed, dims)
}

/// Win/loss by each of `dims`, money in `currency`.
pub fn tally_all<C: ClosedDeal>(
    currency: Currency,
    closed: &[(&C, DealStatus)],
    dims: &[Breakdown],
) -> Vec<Vec<BreakdownRow>> {
    // Few distinct values hashed very often: a fast non-cryptographic hash
    // pays. Each value's deals are their places in `closed` (half a deal id:
    // every deal is listed once a dimension while all are counted).
    type Tally<'v> = rustc_hash::FxHashMap<&'v str, (WinRate, Vec<u32>)>;
    let mut tallies: Vec<Tally> = vec![Tally::default(); dims.len()];
    for (place, &(f, status)) in closed.iter().enumerate() {
        let amount = f.amount_in(currency);
        for (dim, tally) in dims.iter().zip(&mut tallies) {
            dim.for_each_value(currency, f, |value| {
                let (outcome, deals) = tally.entry(value).or_default();
                outcome.add(status, amount);
                deals.push(place as u32);
            });
        }
    }
    tallies
        .into_iter()
        .zip(dims)
        .map(|(tally, dim)| {
            let mut rows = rows_of(tally, |place| closed[place as usize].0.deal_id());
            // Bands read in their own order, not by count.
            if let Some(order) = dim.bands() {
                rows.sort_by_key(|r| order.iter().position(|b| *b == r.value));
            }
            // Counted by the values' codes (no allocation per deal); the words
            // the rules put in ("(none)", "yes") are shown in the current language.
            for row in &mut rows {
                if let Some(word) = dim.shown_value(&row.value) {
                    row.value = word.to_string();
                }
            }
            rows
        })
        .collect()
}

/// Most closed deals first, ties by name; `deal` names the deal at a place.
fn rows_of(
    tally: rustc_hash::FxHashMap<&str, (WinRate, Vec<u32>)>,
    deal: impl Fn(u32) -> DealId,
) -> Vec<BreakdownRow> {
    let mut rows: Vec<BreakdownRow> = tally
        .into_iter()
        .map(|(value, (outcome, places))| BreakdownRow {
            value: value.to_string(),
            outcome: outcome.finish(),
            deals: places.into_iter().map(&deal).collect(),
        })
        .collect();
    rows.sort_by(|a, b| {
        (b.outcome.won + b.outcome.lost)
            .cmp(&(a.outcome.won + a.outcome.lost))
            .then_with(|| a.value.cmp(&b.value))
    });
    rows
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Lang, set_session_lang};

    #[test]
    fn dimension_names_speak_chinese_and_keys_stay_english() {
        set_session_lang(Lang::ZhCn);
        assert_eq!(Breakdown::Size.label(), "商机规模");
        assert_eq!(Breakdown::Size.key(), "size");
        assert_eq!(
            Breakdown::parse("decision-maker"),
            Some(Breakdown::DecisionMaker)
        );
        assert_eq!(Breakdown::Discount.shown_value("no quote"), Some("未报价"));
        assert_eq!(Breakdown::Competitor.shown_value("no"), None);
        assert_eq!(
            super::super::health::CheckKind::MiddleSilt.title(),
            "中部淤积"
        );
    }
}
