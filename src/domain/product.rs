//! Products and price lists (by customer tier and volume break).

use super::account::Tier;
use super::ids::{PriceListId, ProductId};
use super::money::Currency;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Product {
    pub id: ProductId,
    pub sku: String,
    pub name: String,
    /// Unit of sale: `licence`, `unit`, `day`, …
    pub unit: String,
    pub currency: Currency,
    #[serde(with = "super::wire::decimal")]
    pub list_price: Decimal,
    #[serde(with = "super::wire::decimal")]
    pub unit_cost: Decimal,
    pub active: bool,
}

impl Product {
    /// Margin at list price, percent rounded to 0.1 (None at a zero list price).
    pub fn list_margin_pct(&self) -> Option<Decimal> {
        super::quote::margin_pct(self.list_price, self.unit_cost)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PriceEntry {
    pub product: ProductId,
    /// Applies from this quantity up (volume break).
    #[serde(with = "super::wire::decimal")]
    pub min_qty: Decimal,
    #[serde(with = "super::wire::decimal")]
    pub unit_price: Decimal,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PriceList {
    pub id: PriceListId,
    pub name: String,
    /// The customer tier this list is for; None = the general list.
    pub tier: Option<Tier>,
    pub currency: Currency,
    pub entries: Vec<PriceEntry>,
}

impl PriceList {
    /// The price for `qty` units: the entry with the highest volume break not above `qty`.
    pub fn price_for(&self, product: ProductId, qty: Decimal) -> Option<Decimal> {
        self.entries
            .iter()
            .filter(|e| e.product == product && e.min_qty <= qty)
            .max_by_key(|e| e.min_qty)
            .map(|e| e.unit_price)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal::dec;

    #[test]
    fn volume_breaks_pick_the_highest_applicable_entry() {
        let p = ProductId(1);
        let list = PriceList {
            id: PriceListId(1),
            name: "Tier A".into(),
            tier: Some(Tier::A),
            currency: Currency::USD,
            entries: vec![
                PriceEntry {
                    product: p,
                    min_qty: dec!(1),
                    unit_price: dec!(100),
                },
                PriceEntry {
                    product: p,
                    min_qty: dec!(10),
                    unit_price: dec!(90),
                },
                PriceEntry {
                    product: p,
                    min_qty: dec!(100),
                    unit_price: dec!(80),
                },
            ],
        };
        assert_eq!(list.price_for(p, dec!(1)), Some(dec!(100)));
        assert_eq!(list.price_for(p, dec!(10)), Some(dec!(90)));
        assert_eq!(list.price_for(p, dec!(99.5)), Some(dec!(90)));
        assert_eq!(list.price_for(p, dec!(500)), Some(dec!(80)));
        assert_eq!(list.price_for(p, dec!(0.5)), None);
        assert_eq!(list.price_for(ProductId(2), dec!(5)), None);
    }
}
