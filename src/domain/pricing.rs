//! Pricing guards on a quote version (docs/definitions.md, "Pricing guards"), pure: a unit price off its
//! price-list price, a thin margin, a sale below cost, a discount above the approval
//! policy. Each guard names its line and says what is wrong in words; `can_send`
//! says whether the version may be marked sent.
//!
//! Percentages compare unrounded decimals: a price exactly 5 % off the list is not
//! "more than 5 %" off; a margin of exactly 15 % is not "below 15 %".

use super::money::{Currency, group_thousands};
use super::quote::{Approval, QuoteLine, share_pct, totals};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// The thresholds (settings; these defaults are the README's).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct PricingPolicy {
    /// A unit price further than this (percent) from the price list warns.
    pub off_list_pct: Decimal,
    /// A margin below this (percent) is flagged red.
    pub min_margin_pct: Decimal,
    /// Discounts up to this (percent) need no approval.
    pub free_discount_pct: Decimal,
    /// Discounts up to this need a manager's approval; above it, a director's.
    pub manager_discount_pct: Decimal,
}

impl Default for PricingPolicy {
    fn default() -> Self {
        PricingPolicy {
            off_list_pct: Decimal::from(5),
            min_margin_pct: Decimal::from(15),
            free_discount_pct: Decimal::from(10),
            manager_discount_pct: Decimal::from(20),
        }
    }
}

/// Who must approve a discount.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ApprovalLevel {
    None,
    Manager,
    Director,
}

impl ApprovalLevel {
    /// The stable English word, for files, keys and what people type.
    pub fn code(self) -> &'static str {
        match self {
            ApprovalLevel::None => "none",
            ApprovalLevel::Manager => "manager",
            ApprovalLevel::Director => "director",
        }
    }

    /// The word shown to people, in the current language.
    pub fn label(self) -> &'static str {
        match self {
            ApprovalLevel::None => crate::i18n::word("dom-approval-none"),
            ApprovalLevel::Manager => crate::i18n::word("dom-approval-manager"),
            ApprovalLevel::Director => crate::i18n::word("dom-approval-director"),
        }
    }

    pub fn parse(text: &str) -> Option<ApprovalLevel> {
        match text.trim().to_ascii_lowercase().as_str() {
            "none" => Some(ApprovalLevel::None),
            "manager" => Some(ApprovalLevel::Manager),
            "director" => Some(ApprovalLevel::Director),
            _ => None,
        }
    }
}

impl PricingPolicy {
    /// The approval a discount of `pct` needs.
    pub fn approval_for(&self, pct: Decimal) -> ApprovalLevel {
        if pct <= self.free_discount_pct {
            ApprovalLevel::None
        } else if pct <= self.manager_discount_pct {
            ApprovalLevel::Manager
        } else {
            ApprovalLevel::Director
        }
    }
}

/// How bad a guard is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// Shown; sending goes ahead.
    Warning,
    /// Shown in red; sending goes ahead.
    Red,
    /// Sending is refused until it is fixed (or approved).
    Blocks,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Guard {
    /// The line (0-based) it is about; None for the quote as a whole.
    pub line: Option<usize>,
    pub severity: Severity,
    /// Short tag for a table cell: `off list`, `margin`, `below cost`, `approval`.
    pub tag: &'static str,
    pub message: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct GuardReport {
    pub guards: Vec<Guard>,
    /// The approval the largest discount needs.
    pub approval_needed: ApprovalLevel,
    /// The approval recorded on the version.
    pub approval_recorded: ApprovalLevel,
}

impl GuardReport {
    /// Whether the version may be marked sent, or why not.
    pub fn can_send(&self) -> Result<(), String> {
        let blocking: Vec<&str> = self
            .guards
            .iter()
            .filter(|g| g.severity == Severity::Blocks)
            .map(|g| g.message.as_str())
            .collect();
        if blocking.is_empty() {
            Ok(())
        } else {
            Err(blocking.join(&t!("dom-clause-separator")))
        }
    }

    pub fn for_line(&self, line: usize) -> impl Iterator<Item = &Guard> {
        self.guards.iter().filter(move |g| g.line == Some(line))
    }

    /// The worst severity on a line, if any.
    pub fn worst_on(&self, line: usize) -> Option<Severity> {
        self.for_line(line).map(|g| g.severity).max()
    }
}

use crate::format::decimal_percent as pct;

/// Checks a version's lines. `list_prices[i]`: line i's price-list price for its
/// quantity (None when the product is on no list).
pub fn check(
    lines: &[QuoteLine],
    list_prices: &[Option<Decimal>],
    approval: Option<&Approval>,
    currency: Currency,
    policy: &PricingPolicy,
) -> GuardReport {
    let mut guards = Vec::new();
    let money = |d: Decimal| group_thousands(d, currency.minor_digits());
    if lines.is_empty() {
        guards.push(Guard {
            line: None,
            severity: Severity::Blocks,
            tag: "empty",
            message: t!("dom-guard-empty"),
        });
    }
    for (i, line) in lines.iter().enumerate() {
        let n = i + 1;
        if let Some(Some(list)) = list_prices.get(i)
            && let Some(off) = share_pct(line.unit_price.saturating_sub(*list), *list)
            && off.abs() > policy.off_list_pct
        {
            guards.push(Guard {
                line: Some(i),
                severity: Severity::Warning,
                tag: "off list",
                message: t!(
                    if off > Decimal::ZERO {
                        "dom-guard-above-list"
                    } else {
                        "dom-guard-below-list"
                    },
                    line = n.to_string(),
                    price = money(line.unit_price),
                    off = pct(off.abs()),
                    list = money(*list),
                    limit = pct(policy.off_list_pct)
                ),
            });
        }
        let net = line.net(currency);
        let cost = line.cost(currency);
        if net < cost {
            guards.push(Guard {
                line: Some(i),
                severity: Severity::Blocks,
                tag: "below cost",
                message: t!(
                    "dom-guard-line-below-cost",
                    line = n.to_string(),
                    net = money(net),
                    cost = money(cost)
                ),
            });
        } else if let Some(margin) = share_pct(net.saturating_sub(cost), net)
            && margin < policy.min_margin_pct
        {
            guards.push(Guard {
                line: Some(i),
                severity: Severity::Red,
                tag: "margin",
                message: t!(
                    "dom-guard-line-margin",
                    line = n.to_string(),
                    margin = pct(margin),
                    limit = pct(policy.min_margin_pct)
                ),
            });
        }
    }
    let t = totals(lines, currency);
    if !lines.is_empty() && t.total < t.cost {
        guards.push(Guard {
            line: None,
            severity: Severity::Blocks,
            tag: "below cost",
            message: t!(
                "dom-guard-total-below-cost",
                total = money(t.total),
                cost = money(t.cost)
            ),
        });
    } else if let Some(m) =
        share_pct(t.total.saturating_sub(t.cost), t.total).filter(|m| *m < policy.min_margin_pct)
    {
        guards.push(Guard {
            line: None,
            severity: Severity::Red,
            tag: "margin",
            message: t!(
                "dom-guard-quote-margin",
                margin = pct(m),
                limit = pct(policy.min_margin_pct)
            ),
        });
    }
    let approval_needed = policy.approval_for(t.max_discount_pct);
    let approval_recorded = approval
        .and_then(|a| ApprovalLevel::parse(&a.level))
        .unwrap_or(ApprovalLevel::None);
    if approval_needed > approval_recorded {
        for (i, line) in lines.iter().enumerate() {
            if policy.approval_for(line.discount_pct) > approval_recorded {
                guards.push(Guard {
                    line: Some(i),
                    severity: Severity::Blocks,
                    tag: "approval",
                    message: t!(
                        "dom-guard-approval",
                        line = (i + 1).to_string(),
                        discount = pct(line.discount_pct),
                        level = policy.approval_for(line.discount_pct).label(),
                        free = pct(policy.free_discount_pct),
                        manager = pct(policy.manager_discount_pct)
                    ),
                });
            }
        }
    }
    GuardReport {
        guards,
        approval_needed,
        approval_recorded,
    }
}

/// The lowest, median and highest of the unit prices a product was won at.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct PriceHistory {
    pub deals: usize,
    pub min: Decimal,
    pub median: Decimal,
    pub max: Decimal,
}

/// `prices`: net unit prices (after the line discount) of the product on won deals.
/// The median of an even count is the mean of the middle two.
pub fn price_history(mut prices: Vec<Decimal>) -> Option<PriceHistory> {
    if prices.is_empty() {
        return None;
    }
    prices.sort();
    let n = prices.len();
    let median = if n % 2 == 1 {
        prices[n / 2]
    } else {
        (prices[n / 2 - 1] + prices[n / 2]) / Decimal::TWO
    };
    Some(PriceHistory {
        deals: n,
        min: prices[0],
        median,
        max: prices[n - 1],
    })
}

/// A line's unit price after its discount (what the customer pays per unit).
pub fn net_unit_price(line: &QuoteLine) -> Decimal {
    line.unit_price
        .saturating_mul(Decimal::ONE_HUNDRED.saturating_sub(line.discount_pct))
        / Decimal::ONE_HUNDRED
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::ids::ProductId;
    use chrono::{TimeZone, Utc};
    use rust_decimal::dec;

    fn line(qty: Decimal, price: Decimal, disc: Decimal, cost: Decimal) -> QuoteLine {
        QuoteLine {
            product: ProductId(1),
            description: "Sensor".into(),
            qty,
            unit_price: price,
            discount_pct: disc,
            unit_cost: cost,
        }
    }

    fn approval(level: &str) -> Approval {
        Approval {
            approver: "Dana".into(),
            level: level.into(),
            at: Utc.with_ymd_and_hms(2026, 11, 1, 9, 0, 0).unwrap(),
            comment: "ok".into(),
        }
    }

    fn tags(r: &GuardReport) -> Vec<(Option<usize>, &str, Severity)> {
        r.guards
            .iter()
            .map(|g| (g.line, g.tag, g.severity))
            .collect()
    }

    #[test]
    fn a_clean_quote_has_no_guard_and_can_be_sent() {
        let lines = [line(dec!(10), dec!(100), dec!(5), dec!(50))];
        let r = check(
            &lines,
            &[Some(dec!(100))],
            None,
            Currency::USD,
            &PricingPolicy::default(),
        );
        assert!(r.guards.is_empty(), "{r:?}");
        assert!(r.can_send().is_ok());
    }

    #[test]
    fn off_list_by_more_than_five_percent_warns_exactly_five_does_not() {
        let p = PricingPolicy::default();
        let at = |price: Decimal| {
            check(
                &[line(dec!(1), price, dec!(0), dec!(10))],
                &[Some(dec!(100))],
                None,
                Currency::USD,
                &p,
            )
        };
        assert!(at(dec!(105)).guards.is_empty(), "exactly 5 % is inside");
        assert!(at(dec!(95)).guards.is_empty());
        let up = at(dec!(105.01));
        assert_eq!(tags(&up), [(Some(0), "off list", Severity::Warning)]);
        assert_eq!(
            up.guards[0].message,
            "line 1: unit price 105.01 is 5.01 % above the list price 100.00 (more than 5 %)"
        );
        let down = at(dec!(80));
        assert!(down.guards[0].message.contains("20 % below"), "{down:?}");
        assert!(down.can_send().is_ok(), "a warning does not block");
    }

    #[test]
    fn thin_margin_is_red_and_below_cost_blocks() {
        let p = PricingPolicy::default();
        // Net 100, cost 85.01: margin 14.99 % → red.
        let thin = check(
            &[line(dec!(1), dec!(100), dec!(0), dec!(85.01))],
            &[None],
            None,
            Currency::USD,
            &p,
        );
        assert_eq!(
            tags(&thin),
            [
                (Some(0), "margin", Severity::Red),
                (None, "margin", Severity::Red)
            ]
        );
        assert_eq!(
            thin.guards[0].message,
            "line 1: margin 14.99 % (below 15 %)"
        );
        assert!(thin.can_send().is_ok());
        // Exactly 15 %: fine.
        let edge = check(
            &[line(dec!(1), dec!(100), dec!(0), dec!(85))],
            &[None],
            None,
            Currency::USD,
            &p,
        );
        assert!(edge.guards.is_empty(), "{edge:?}");
        // 2 × 40 at 10 % off = 72 net against 2 × 37 = 74 cost.
        let loss = check(
            &[line(dec!(2), dec!(40), dec!(10), dec!(37))],
            &[None],
            None,
            Currency::USD,
            &p,
        );
        assert_eq!(
            tags(&loss),
            [
                (Some(0), "below cost", Severity::Blocks),
                (None, "below cost", Severity::Blocks)
            ]
        );
        assert_eq!(
            loss.can_send().unwrap_err(),
            "line 1: sells at 72.00 below its cost 74.00; the quote total 72.00 is below its cost 74.00"
        );
    }

    #[test]
    fn discounts_above_policy_need_the_named_approval() {
        let p = PricingPolicy::default();
        assert_eq!(p.approval_for(dec!(10)), ApprovalLevel::None);
        assert_eq!(p.approval_for(dec!(10.5)), ApprovalLevel::Manager);
        assert_eq!(p.approval_for(dec!(20)), ApprovalLevel::Manager);
        assert_eq!(p.approval_for(dec!(20.01)), ApprovalLevel::Director);
        let lines = [
            line(dec!(1), dec!(100), dec!(15), dec!(10)),
            line(dec!(1), dec!(100), dec!(25), dec!(10)),
        ];
        let none = check(&lines, &[None, None], None, Currency::USD, &p);
        assert_eq!(none.approval_needed, ApprovalLevel::Director);
        assert_eq!(
            tags(&none),
            [
                (Some(0), "approval", Severity::Blocks),
                (Some(1), "approval", Severity::Blocks)
            ]
        );
        assert!(
            none.guards[1]
                .message
                .starts_with("line 2: discount 25 % needs director approval")
        );
        // A manager's approval covers line 1 only.
        let manager = check(
            &lines,
            &[None, None],
            Some(&approval("manager")),
            Currency::USD,
            &p,
        );
        assert_eq!(tags(&manager), [(Some(1), "approval", Severity::Blocks)]);
        let director = check(
            &lines,
            &[None, None],
            Some(&approval("Director")),
            Currency::USD,
            &p,
        );
        assert!(director.can_send().is_ok());
        // Thresholds are settings.
        let strict = PricingPolicy {
            free_discount_pct: dec!(0),
            ..PricingPolicy::default()
        };
        let small = check(
            &[line(dec!(1), dec!(100), dec!(1), dec!(10))],
            &[None],
            None,
            Currency::USD,
            &strict,
        );
        assert_eq!(small.approval_needed, ApprovalLevel::Manager);
    }

    #[test]
    fn an_empty_quote_cannot_be_sent() {
        let r = check(&[], &[], None, Currency::USD, &PricingPolicy::default());
        assert_eq!(r.can_send().unwrap_err(), "the quote has no lines");
    }

    #[test]
    fn price_history_min_median_max() {
        assert_eq!(price_history(vec![]), None);
        let h = price_history(vec![dec!(90), dec!(100), dec!(80), dec!(95)]).unwrap();
        assert_eq!(
            (h.deals, h.min, h.median, h.max),
            (4, dec!(80), dec!(92.5), dec!(100))
        );
        let odd = price_history(vec![dec!(3), dec!(1), dec!(2)]).unwrap();
        assert_eq!(odd.median, dec!(2));
        assert_eq!(
            net_unit_price(&line(dec!(1), dec!(200), dec!(12.5), dec!(0))),
            dec!(175)
        );
    }
}
