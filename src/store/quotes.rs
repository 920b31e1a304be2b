//! Quotes in the store: created on a deal, lines saved on every edit (a draft is
//! edited in place; a version already sent, accepted or rejected is never changed —
//! editing it starts the next version), approvals recorded, and the pricing guards
//! enforced when a version is marked sent.

use super::Touched;
use super::mutate::Stamp;
use super::read::all;
use super::record::{get_in, next_id, put, require};
use super::tables::*;
use super::users::{acting_user, authorize_deal};
use super::{Store, StoreError};
use crate::domain::pricing::{GuardReport, PricingPolicy, check, net_unit_price};
use crate::domain::*;
use redb::ReadableTable;
use rust_decimal::Decimal;
use std::collections::HashMap;

impl Store {
    /// Every product, by id.
    pub fn products(&self) -> Result<Vec<Product>, StoreError> {
        all(&self.read()?)
    }

    pub fn price_lists(&self) -> Result<Vec<PriceList>, StoreError> {
        all(&self.read()?)
    }

    pub fn quote(&self, id: QuoteId) -> Result<Option<Quote>, StoreError> {
        let txn = self.read()?;
        get_in(&txn.open_table(QUOTES)?, id.0)
    }

    /// The price list a deal is quoted from: its account's tier list, else the
    /// general one (a list without a tier).
    /// The list a deal is quoted from: its account tier's list, else the
    /// general one — in the deal's currency only (a price is never taken
    /// across currencies).
    pub fn price_list_for(&self, deal: &Deal) -> Result<Option<PriceList>, StoreError> {
        let tier = self.account(deal.account)?.map(|a| a.tier);
        let lists: Vec<PriceList> = self
            .price_lists()?
            .into_iter()
            .filter(|l| l.currency == deal.amount.currency)
            .collect();
        Ok(lists
            .iter()
            .find(|l| tier.is_some() && l.tier == tier)
            .or_else(|| lists.iter().find(|l| l.tier.is_none()))
            .cloned())
    }

    /// Net unit prices (after discount) each product was won at: the last version
    /// sent of every quote on a won deal.
    pub fn won_prices(&self) -> Result<HashMap<ProductId, Vec<Decimal>>, StoreError> {
        let txn = self.read()?;
        let deals = txn.open_table(DEALS)?;
        let quotes = txn.open_table(QUOTES)?;
        let mut won: HashMap<DealId, bool> = HashMap::new();
        let mut out: HashMap<ProductId, Vec<Decimal>> = HashMap::new();
        for row in quotes.iter()? {
            let (key, value) = row?;
            let quote: Quote = super::record::decode_record::<Quote>(key.value(), value.value())?;
            let is_won = match won.get(&quote.deal) {
                Some(w) => *w,
                None => {
                    let w = get_in::<Deal>(&deals, quote.deal.0)?
                        .is_some_and(|d| d.status == DealStatus::Won);
                    won.insert(quote.deal, w);
                    w
                }
            };
            let last_sent = quote
                .versions
                .iter()
                .rev()
                .find(|v| v.status != QuoteStatus::Draft);
            if let (true, Some(v)) = (is_won, last_sent) {
                for line in &v.lines {
                    out.entry(line.product)
                        .or_default()
                        .push(net_unit_price(line));
                }
            }
        }
        Ok(out)
    }

    /// A new quote on the deal: version 1, a draft with no lines yet.
    pub fn create_quote(&self, deal: DealId, stamp: Stamp) -> Result<Quote, StoreError> {
        self.create_quote_with_lines(deal, &[], stamp)
    }

    /// A new quote on the deal with its first lines, in one transaction: the
    /// editor's quote exists once it has a line (opening it writes nothing).
    pub fn create_quote_with_lines(
        &self,
        deal: DealId,
        lines: &[QuoteLine],
        stamp: Stamp,
    ) -> Result<Quote, StoreError> {
        for line in lines {
            validate_quote_line(line)?;
        }
        let txn = self.begin_write()?;
        let record: Deal = require(&txn, deal.0)?;
        authorize_deal(&txn, stamp, &record)?;
        let id = QuoteId(next_id::<Quote>(&txn)?);
        let mut quote = Quote::unsaved(&record, stamp.at);
        quote.id = id;
        quote.number = format!("Q-{}-{:05}", stamp.at.format("%Y"), id.0);
        refuse_other_currencies(&txn, &quote, lines)?;
        quote.versions[0].lines = lines.to_vec();
        self.save_quote(txn, quote, stamp)
    }

    /// Saves the lines of the quote being edited: the draft in place, or — when the
    /// latest version was sent, accepted or rejected — as a new draft version (its
    /// approval does not carry over: changed lines need a new one).
    pub fn save_quote_lines(
        &self,
        id: QuoteId,
        lines: &[QuoteLine],
        stamp: Stamp,
    ) -> Result<Quote, StoreError> {
        for line in lines {
            validate_quote_line(line)?;
        }
        let txn = self.begin_write()?;
        let mut quote: Quote = require(&txn, id.0)?;
        authorize_deal(&txn, stamp, &require::<Deal>(&txn, quote.deal.0)?)?;
        refuse_other_currencies(&txn, &quote, lines)?;
        draft_of(&mut quote, stamp).lines = lines.to_vec();
        self.save_quote(txn, quote, stamp)
    }

    /// Records who approved the draft's discounts, at which level, with a comment.
    pub fn record_approval(
        &self,
        id: QuoteId,
        approval: Approval,
        stamp: Stamp,
    ) -> Result<Quote, StoreError> {
        if crate::domain::pricing::ApprovalLevel::parse(&approval.level).is_none() {
            return Err(StoreError::Conflict(t!(
                "store-quote-approval-level",
                level = approval.level.as_str()
            )));
        }
        crate::domain::validate::text("approver", &approval.approver, MAX_TITLE, true)?;
        crate::domain::validate::text("comment", &approval.comment, MAX_TEXT, false)?;
        let txn = self.begin_write()?;
        let mut quote: Quote = require(&txn, id.0)?;
        authorize_deal(&txn, stamp, &require::<Deal>(&txn, quote.deal.0)?)?;
        let level = crate::domain::pricing::ApprovalLevel::parse(&approval.level)
            .unwrap_or(crate::domain::pricing::ApprovalLevel::Director);
        // A signed-in user approves as themselves, up to their role's level.
        let mut approval = approval;
        if let Some(actor) = acting_user(&txn, stamp)? {
            actor.may_approve(level)?;
            approval.approver = actor.owner.name;
        }
        draft_of(&mut quote, stamp).approval = Some(approval);
        self.save_quote(txn, quote, stamp)
    }

    /// The guards of the quote's latest version, against the deal's price list.
    pub fn quote_guards(
        &self,
        quote: &Quote,
        policy: &PricingPolicy,
    ) -> Result<GuardReport, StoreError> {
        let deal = self.deal(quote.deal)?.ok_or(StoreError::NotFound {
            kind: "deal",
            id: quote.deal.0,
        })?;
        let list = self.price_list_for(&deal)?;
        let Some(version) = quote.latest() else {
            return Ok(check(&[], &[], None, quote.currency, policy));
        };
        let prices = crate::domain::quote::list_prices(list.as_ref(), &version.lines);
        Ok(check(
            &version.lines,
            &prices,
            version.approval.as_ref(),
            quote.currency,
            policy,
        ))
    }

    /// Marks the latest draft sent — refused, with every reason, while a guard blocks.
    pub fn send_quote(
        &self,
        id: QuoteId,
        policy: &PricingPolicy,
        stamp: Stamp,
    ) -> Result<Quote, StoreError> {
        let quote = self.quote(id)?.ok_or(StoreError::NotFound {
            kind: "quote",
            id: id.0,
        })?;
        if quote
            .latest()
            .is_none_or(|v| v.status != QuoteStatus::Draft)
        {
            return Err(StoreError::Conflict(t!(
                "store-quote-not-draft",
                quote = quote.number.as_str(),
                version = quote.versions.len().to_string(),
                status = quote
                    .latest()
                    .map_or_else(|| t!("store-quote-gone"), |v| v.status.label().to_string())
            )));
        }
        self.quote_guards(&quote, policy)?
            .can_send()
            .map_err(|why| {
                StoreError::Conflict(t!(
                    "store-quote-cannot-send",
                    quote = quote.number.as_str(),
                    why = why.to_string()
                ))
            })?;
        let txn = self.begin_write()?;
        let mut quote: Quote = require(&txn, id.0)?;
        authorize_deal(&txn, stamp, &require::<Deal>(&txn, quote.deal.0)?)?;
        if let Some(v) = quote.versions.last_mut() {
            v.status = QuoteStatus::Sent;
            v.sent_at = Some(stamp.at);
        }
        self.save_quote(txn, quote, stamp)
    }

    /// The customer's answer to the version sent last.
    pub fn close_quote(
        &self,
        id: QuoteId,
        accepted: bool,
        stamp: Stamp,
    ) -> Result<Quote, StoreError> {
        let txn = self.begin_write()?;
        let mut quote: Quote = require(&txn, id.0)?;
        authorize_deal(&txn, stamp, &require::<Deal>(&txn, quote.deal.0)?)?;
        let Some(v) = quote
            .versions
            .last_mut()
            .filter(|v| v.status == QuoteStatus::Sent)
        else {
            return Err(StoreError::Conflict(t!(
                "store-quote-not-sent",
                quote = quote.number.as_str()
            )));
        };
        v.status = if accepted {
            QuoteStatus::Accepted
        } else {
            QuoteStatus::Rejected
        };
        self.save_quote(txn, quote, stamp)
    }
}

/// The version being edited: the latest draft, or a new draft after a version that
/// went out (a copy of its lines, no approval).
fn draft_of<'q>(quote: &'q mut Quote, stamp: Stamp) -> &'q mut QuoteVersion {
    let needs_new = quote
        .versions
        .last()
        .is_none_or(|v| v.status != QuoteStatus::Draft);
    if needs_new {
        let lines = quote
            .versions
            .last()
            .map(|v| v.lines.clone())
            .unwrap_or_default();
        quote.versions.push(QuoteVersion {
            version: quote.versions.len() as u32 + 1,
            status: QuoteStatus::Draft,
            lines,
            approval: None,
            created_at: stamp.at,
            sent_at: None,
        });
    }
    let last = quote.versions.len() - 1;
    &mut quote.versions[last]
}

/// A line's product must be priced (and costed) in the quote's currency.
fn refuse_other_currencies(
    txn: &redb::WriteTransaction,
    quote: &Quote,
    lines: &[QuoteLine],
) -> Result<(), StoreError> {
    for line in lines {
        let product: Product = require(txn, line.product.0)?;
        if product.currency != quote.currency {
            return Err(StoreError::Conflict(t!(
                "store-quote-currency",
                product = product.name.as_str(),
                currency = product.currency.as_str(),
                quote_currency = quote.currency.as_str()
            )));
        }
    }
    Ok(())
}

impl Store {
    /// The last step of a quote change: stamped, stored, committed (the deal's
    /// watchers see it).
    fn save_quote(
        &self,
        txn: redb::WriteTransaction,
        mut quote: Quote,
        stamp: Stamp,
    ) -> Result<Quote, StoreError> {
        quote.updated_at = stamp.at;
        put(&txn, &quote)?;
        self.commit(txn, stamp.by, Touched::Deals(vec![quote.deal]))?;
        Ok(quote)
    }
}
