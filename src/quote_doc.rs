//! A quote as the customer reads it — Markdown or plain text a rep can paste into
//! an email: who it is for, the lines, the totals. Costs and margins stay inside.

use crate::domain::money::group_thousands;
use crate::domain::quote::totals;
use crate::domain::*;
use crate::table::Table;
use crate::text::sanitize;
use chrono::Duration;
use std::collections::HashMap;

/// Days a quote's prices hold from the version's date.
pub const VALID_DAYS: i64 = 30;

pub struct QuoteDoc<'a> {
    pub quote: &'a Quote,
    pub version: &'a QuoteVersion,
    pub deal_title: &'a str,
    pub account: &'a str,
    pub prepared_by: &'a str,
    pub products: &'a HashMap<ProductId, Product>,
    /// The version is a draft its guards keep from being sent (a missing
    /// approval, a price below cost): the document says so at the top, and
    /// nothing of why (costs and margins stay inside).
    pub not_approved: bool,
}

/// What a draft that may not be sent yet carries at the top.
pub const NOT_APPROVED: &str = "DRAFT — NOT APPROVED — not an offer";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DocFormat {
    Markdown,
    Text,
}

impl QuoteDoc<'_> {
    fn lines_table(&self) -> Table {
        let c = self.quote.currency;
        let digits = c.minor_digits();
        let mut t = Table::new(&[
            ">#",
            "product",
            ">qty",
            ">unit price",
            ">discount",
            ">amount",
        ]);
        for (i, l) in self.version.lines.iter().enumerate() {
            let p = self.products.get(&l.product);
            let name = match p {
                Some(p) => format!("{} ({})", p.name, p.sku),
                None => l.description.clone(),
            };
            let unit = p.map_or(String::new(), |p| format!(" {}", p.unit));
            t.row(vec![
                (i + 1).to_string(),
                name,
                format!("{}{unit}", l.qty.normalize()),
                group_thousands(l.unit_price, digits),
                if l.discount_pct.is_zero() {
                    "—".into()
                } else {
                    format!("{} %", l.discount_pct.normalize())
                },
                group_thousands(l.net(c), digits),
            ]);
        }
        t
    }

    pub fn render(&self, format: DocFormat) -> String {
        let c = self.quote.currency;
        let digits = c.minor_digits();
        let t = totals(&self.version.lines, c);
        let money = |d: rust_decimal::Decimal| format!("{} {c}", group_thousands(d, digits));
        let dated = self
            .version
            .sent_at
            .unwrap_or(self.version.created_at)
            .date_naive();
        let valid = dated + Duration::days(VALID_DAYS);
        let title = format!(
            "Quote {} — version {}",
            self.quote.number, self.version.version
        );
        let for_whom = format!("{} — {}", sanitize(self.account), sanitize(self.deal_title));
        let status = self.version.status.label();
        let mut out = String::new();
        match format {
            DocFormat::Markdown => {
                let for_whom = format!(
                    "{} — {}",
                    crate::text::markdown_text(self.account),
                    crate::text::markdown_text(self.deal_title)
                );
                if self.not_approved {
                    out.push_str(&format!("> **{NOT_APPROVED}**\n\n"));
                }
                out.push_str(&format!("# {title}\n\n"));
                out.push_str(&format!("**For:** {for_whom}  \n"));
                out.push_str(&format!(
                    "**Date:** {dated} · **Valid until:** {valid} · **Status:** {status}  \n"
                ));
                out.push_str(&format!(
                    "**Prepared by:** {}\n\n",
                    crate::text::markdown_text(self.prepared_by)
                ));
                out.push_str(&self.lines_table().markdown());
                out.push('\n');
                let mut sums = Table::new(&["", ">"]);
                sums.row(vec!["Subtotal".into(), money(t.subtotal)]);
                if !t.discount.is_zero() {
                    sums.row(vec!["Discount".into(), format!("−{}", money(t.discount))]);
                }
                sums.row(vec!["**Total**".into(), format!("**{}**", money(t.total))]);
                out.push_str(&sums.markdown());
                out.push_str(&format!("\nPrices in {c}, excluding tax.\n"));
            }
            DocFormat::Text => {
                if self.not_approved {
                    out.push_str(&format!("*** {NOT_APPROVED} ***\n\n"));
                }
                out.push_str(&format!(
                    "{title}\n{}\n\n",
                    "=".repeat(title.chars().count())
                ));
                out.push_str(&format!("For:          {for_whom}\n"));
                out.push_str(&format!("Date:         {dated}\nValid until:  {valid}\n"));
                out.push_str(&format!("Status:       {status}\n"));
                out.push_str(&format!("Prepared by:  {}\n\n", sanitize(self.prepared_by)));
                out.push_str(&self.lines_table().render(48));
                out.push('\n');
                let width = 14 + money(t.subtotal).len().max(money(t.total).len());
                let row = |label: &str, value: String| {
                    format!("{label:<12}{value:>w$}\n", w = width - 12)
                };
                out.push_str(&row("Subtotal", money(t.subtotal)));
                if !t.discount.is_zero() {
                    out.push_str(&row("Discount", format!("-{}", money(t.discount))));
                }
                out.push_str(&row("Total", money(t.total)));
                out.push_str(&format!("\nPrices in {c}, excluding tax.\n"));
            }
        }
        out
    }
}
