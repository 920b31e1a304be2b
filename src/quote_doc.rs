//! A quote as the customer reads it — Markdown or plain text a rep can paste into
//! an email: who it is for, the lines, the totals. Costs and margins stay inside.

use crate::domain::money::group_thousands;
use crate::domain::quote::totals;
use crate::domain::*;
use crate::table::Table;
use crate::text::{sanitize, width};
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
pub fn not_approved() -> String {
    t!("quote-doc-not-approved")
}

/// A column header for [`Table`] (which keeps `&'static str`), marked `>`
/// when right-aligned: made once per language and header.
fn header(key: &str, right: bool) -> &'static str {
    let word = crate::i18n::word(key);
    if right {
        crate::i18n::keep(format!(">{word}"))
    } else {
        word
    }
}

use crate::text::pad_end as pad;

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
            header("quote-doc-col-product", false),
            header("quote-doc-col-qty", true),
            header("quote-doc-col-price", true),
            header("quote-doc-col-discount", true),
            header("quote-doc-col-amount", true),
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
        let title = t!(
            "quote-doc-title",
            number = self.quote.number.as_str(),
            version = self.version.version.to_string()
        );
        let for_whom = format!("{} — {}", sanitize(self.account), sanitize(self.deal_title));
        let status = self.version.status.label();
        let not_approved = not_approved();
        let prices_in = t!("quote-doc-prices-in", currency = c.to_string());
        let mut out = String::new();
        match format {
            DocFormat::Markdown => {
                let for_whom = format!(
                    "{} — {}",
                    crate::text::markdown_text(self.account),
                    crate::text::markdown_text(self.deal_title)
                );
                if self.not_approved {
                    out.push_str(&format!("> **{not_approved}**\n\n"));
                }
                out.push_str(&format!("# {title}\n\n"));
                out.push_str(&format!("**{}** {for_whom}  \n", t!("quote-doc-for")));
                out.push_str(&format!(
                    "**{}** {dated} · **{}** {valid} · **{}** {status}  \n",
                    t!("quote-doc-date"),
                    t!("quote-doc-valid"),
                    t!("quote-doc-status"),
                ));
                out.push_str(&format!(
                    "**{}** {}\n\n",
                    t!("quote-doc-prepared"),
                    crate::text::markdown_text(self.prepared_by)
                ));
                out.push_str(&self.lines_table().markdown());
                out.push('\n');
                let mut sums = Table::new(&["", ">"]);
                sums.row(vec![t!("quote-doc-subtotal"), money(t.subtotal)]);
                if !t.discount.is_zero() {
                    sums.row(vec![
                        t!("quote-doc-discount"),
                        format!("−{}", money(t.discount)),
                    ]);
                }
                sums.row(vec![
                    format!("**{}**", t!("quote-doc-total")),
                    format!("**{}**", money(t.total)),
                ]);
                out.push_str(&sums.markdown());
                out.push_str(&format!("\n{prices_in}\n"));
            }
            DocFormat::Text => {
                if self.not_approved {
                    out.push_str(&format!("*** {not_approved} ***\n\n"));
                }
                out.push_str(&format!("{title}\n{}\n\n", "=".repeat(width(&title))));
                let field = |key: &str| pad(&t!(key), 14);
                out.push_str(&format!("{}{for_whom}\n", field("quote-doc-for")));
                out.push_str(&format!("{}{dated}\n", field("quote-doc-date")));
                out.push_str(&format!("{}{valid}\n", field("quote-doc-valid")));
                out.push_str(&format!("{}{status}\n", field("quote-doc-status")));
                out.push_str(&format!(
                    "{}{}\n\n",
                    field("quote-doc-prepared"),
                    sanitize(self.prepared_by)
                ));
                out.push_str(&self.lines_table().render(48));
                out.push('\n');
                let cells = 14 + width(&money(t.subtotal)).max(width(&money(t.total)));
                let row = |key: &str, value: String| {
                    format!("{}{value:>w$}\n", pad(&t!(key), 12), w = cells - 12)
                };
                out.push_str(&row("quote-doc-subtotal", money(t.subtotal)));
                if !t.discount.is_zero() {
                    out.push_str(&row(
                        "quote-doc-discount",
                        format!("-{}", money(t.discount)),
                    ));
                }
                out.push_str(&row("quote-doc-total", money(t.total)));
                out.push_str(&format!("\n{prices_in}\n"));
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Lang, set_session_lang};
    use chrono::{TimeZone, Utc};
    use rust_decimal::Decimal;

    fn sample() -> (Quote, HashMap<ProductId, Product>) {
        let at = Utc.with_ymd_and_hms(2026, 11, 2, 9, 0, 0).unwrap();
        let product = Product {
            id: ProductId(1),
            sku: "IOT-GW".into(),
            name: "Gateway".into(),
            unit: "unit".into(),
            currency: Currency::CNY,
            list_price: Decimal::from(1200),
            unit_cost: Decimal::from(780),
            active: true,
        };
        let line = QuoteLine {
            product: product.id,
            description: product.name.clone(),
            qty: Decimal::from(10),
            unit_price: Decimal::from(1200),
            discount_pct: Decimal::from(10),
            unit_cost: product.unit_cost,
        };
        let quote = Quote {
            id: QuoteId(7),
            deal: DealId(42),
            number: "Q-2026-00007".into(),
            currency: Currency::CNY,
            versions: vec![QuoteVersion {
                version: 1,
                status: QuoteStatus::Draft,
                lines: vec![line],
                approval: None,
                created_at: at,
                sent_at: None,
            }],
            created_at: at,
            updated_at: at,
        };
        (quote, HashMap::from([(product.id, product)]))
    }

    #[test]
    fn the_document_is_in_chinese_when_the_language_is() {
        set_session_lang(Lang::ZhCn);
        let (quote, products) = sample();
        let doc = QuoteDoc {
            quote: &quote,
            version: &quote.versions[0],
            deal_title: "华东工厂物联网改造",
            account: "华东精工",
            prepared_by: "李伟",
            products: &products,
            not_approved: true,
        };
        let md = doc.render(DocFormat::Markdown);
        assert!(
            md.starts_with("> **草稿 — 未经审批 — 不构成要约**\n\n"),
            "{md}"
        );
        assert!(md.contains("# 报价单 Q-2026-00007 — 第 1 版\n"), "{md}");
        assert!(
            md.contains("**客户：** 华东精工 — 华东工厂物联网改造"),
            "{md}"
        );
        assert!(md.contains("**状态：** 草稿"), "{md}");
        assert!(md.contains("| 产品 | 数量 | 单价 | 折扣 | 金额 |"), "{md}");
        assert!(md.contains("| **合计** | **10,800.00 CNY** |"), "{md}");
        assert!(md.contains("价格以 CNY 计，不含税。"), "{md}");

        let text = doc.render(DocFormat::Text);
        let title = "报价单 Q-2026-00007 — 第 1 版";
        // The rule under the title is as wide as the title on screen.
        let rule = "=".repeat(crate::text::width(title));
        assert!(text.contains(&format!("{title}\n{rule}\n")), "{text}");
        assert!(
            text.contains("客户：        华东精工 — 华东工厂物联网改造\n"),
            "{text}"
        );
        assert!(text.contains("有效期至：    2026-12-02\n"), "{text}");
        // Labels padded in cells: the figures line up at the right.
        let sums: Vec<&str> = text
            .lines()
            .filter(|l| l.starts_with("小计") || l.starts_with("合计"))
            .collect();
        assert_eq!(sums.len(), 2, "{text}");
        assert!(sums[1].ends_with("10,800.00 CNY"), "{text}");
        assert_eq!(
            crate::text::width(sums[0]),
            crate::text::width(sums[1]),
            "{text}"
        );
        set_session_lang(Lang::En);
    }
}
