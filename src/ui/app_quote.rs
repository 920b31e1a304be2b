//! The quote editor's part of the app: opening it on the deal (`o`), saving each
//! change it asks for, sending under the guards, approvals, the customer's answer,
//! exporting the document; and the product catalogue (`g p`).

use super::app::{App, Screen};
use super::job::{Job, take_done};
use super::layers::Layer;
use super::layers::products::ProductList;
use super::layers::quote::{QuoteEditor, QuoteRequest};
use crate::domain::pricing::price_history;
use crate::domain::*;
use crate::quote_doc::{DocFormat, QuoteDoc};
use crate::store::{Stamp, StoreError};
use std::collections::HashMap;
use std::path::PathBuf;

impl App {
    /// `o`: the deal's most recent quote, or a new one when it has none — not
    /// stored until its first line is (opening and leaving writes nothing).
    pub(super) fn open_quote(&mut self) {
        let Some(deal) = self.current_deal().cloned() else {
            return self.set_error(t!("quote-open-deal-first"));
        };
        let user = self.user.clone();
        let stamp = Stamp {
            by: &user,
            at: self.now,
        };
        let opened = (|| -> Result<QuoteEditor, StoreError> {
            let mut quotes = self.store.quotes_of(deal.id)?;
            quotes.sort_by_key(|q| (q.updated_at, q.id));
            let quote = match quotes.pop() {
                Some(q) => q,
                None => Quote::unsaved(&deal, stamp.at),
            };
            let account = self.store.account(deal.account)?.map_or_else(
                || t!("quote-account-fallback", id = deal.account.to_string()),
                |a| a.name,
            );
            // Read from every quote: after the first frame, on a thread.
            let history = HashMap::new();
            Ok(QuoteEditor::new(
                quote,
                deal.clone(),
                account,
                self.data.owner_name(deal.owner).to_string(),
                self.store.price_list_for(&deal)?,
                self.store.products()?,
                history,
                self.look.settings.pricing.clone(),
                self.now.date_naive(),
                self.user.clone(),
            ))
        })();
        let approves_up_to = self
            .store
            .actor(&self.user)
            .ok()
            .flatten()
            .map(|actor| actor.role.approves_up_to());
        match opened {
            Ok(mut editor) => {
                editor.approves_up_to = approves_up_to;
                self.layers.push(Layer::Quote(Box::new(editor)));
                let store = self.store.clone();
                self.jobs.quote_history = Some(Job::spawn(&self.jobs.wake, move || {
                    store.won_prices().map(|won| {
                        won.into_iter()
                            .filter_map(|(p, prices)| price_history(prices).map(|h| (p, h)))
                            .collect()
                    })
                }));
            }
            Err(e) => self.set_error(t!("quote-cannot-open", error = e.to_string())),
        }
    }

    fn editor(&mut self) -> Option<&mut QuoteEditor> {
        match self.layers.last_mut() {
            Some(Layer::Quote(q)) => Some(q),
            _ => None,
        }
    }

    /// The editor closed: the detail shows the quotes as they are now.
    pub(super) fn quote_closed(&mut self) {
        if self.screen == Screen::Detail
            && let Some(id) = self.detail.as_ref().map(|d| d.deal.id)
        {
            self.open_detail(id);
        }
    }

    /// Runs an editor request and gives the editor the answer.
    pub(super) fn answer_quote_request(&mut self, request: QuoteRequest) {
        let result = self.run_quote_request(request);
        if let Some(editor) = self.editor() {
            match result {
                Ok((quote, note)) => {
                    editor.saved(quote);
                    if let Some(note) = note {
                        // A first line's "started Q-…" comes before its quantity's question.
                        editor.notice = Some(match editor.notice.take() {
                            Some(ask) if editor.editing.is_some() => format!("{note} · {ask}"),
                            _ => note,
                        });
                    }
                }
                Err(message) => editor.refused(message),
            }
        }
    }

    /// Runs one editor request; the quote as stored and a line to show, or the error.
    fn run_quote_request(
        &mut self,
        request: QuoteRequest,
    ) -> Result<(Quote, Option<String>), String> {
        let Some(editor) = self.editor() else {
            return Err(t!("quote-editor-closed"));
        };
        let id = editor.quote.id;
        let number = editor.quote.number.clone();
        let user = self.user.clone();
        let stamp = Stamp {
            by: &user,
            at: self.now,
        };
        let policy = self.look.settings.pricing.clone();
        let store = self.store.clone();
        let saved = self.editor().is_some_and(|e| e.quote.is_saved());
        let deal = self.editor().map(|e| e.deal.id);
        if !saved
            && !matches!(
                request,
                QuoteRequest::SaveLines(_) | QuoteRequest::New | QuoteRequest::Other
            )
        {
            return Err(t!("quote-add-line-first"));
        }
        let done = match request {
            QuoteRequest::SaveLines(lines) if !saved => match deal {
                Some(deal) => store.create_quote_with_lines(deal, &lines, stamp).map(|q| {
                    let note = t!("quote-started", number = q.number.as_str());
                    (q, Some(note))
                }),
                None => return Err(t!("quote-editor-closed")),
            },
            QuoteRequest::SaveLines(lines) => {
                store.save_quote_lines(id, &lines, stamp).map(|q| (q, None))
            }
            QuoteRequest::Approve(mut approval) => {
                approval.at = self.now;
                let note = t!(
                    "quote-approval-noted",
                    level = super::layers::quote::stored_level_word(&approval.level),
                    approver = approval.approver.as_str()
                );
                store
                    .record_approval(id, approval, stamp)
                    .map(|q| (q, Some(note)))
            }
            QuoteRequest::Send => store.send_quote(id, &policy, stamp).map(|q| {
                let v = q.versions.len();
                let note = t!(
                    "quote-marked-sent",
                    number = number.as_str(),
                    version = v.to_string()
                );
                (q, Some(note))
            }),
            QuoteRequest::Close { accepted } => store.close_quote(id, accepted, stamp).map(|q| {
                let key = if accepted {
                    "quote-accepted"
                } else {
                    "quote-rejected"
                };
                (q, Some(t!(key, number = number.as_str())))
            }),
            QuoteRequest::New => {
                let Some(editor) = self.editor() else {
                    return Err(t!("quote-editor-closed"));
                };
                let fresh = Quote::unsaved(&editor.deal, stamp.at);
                return Ok((fresh, Some(t!("quote-new"))));
            }
            QuoteRequest::Other => {
                let Some((deal, current)) = self.editor().map(|e| (e.deal.id, e.quote.id)) else {
                    return Err(t!("quote-editor-closed"));
                };
                let mut quotes = store.quotes_of(deal).map_err(|e| e.to_string())?;
                if quotes.is_empty() || (quotes.len() == 1 && quotes[0].id == current) {
                    return Err(t!("quote-no-other"));
                }
                quotes.sort_by_key(|q| q.id);
                let at = quotes.iter().position(|q| q.id == current).unwrap_or(0);
                let count = quotes.len();
                let next = quotes.swap_remove((at + 1) % count.max(1));
                let note = t!(
                    "quote-other",
                    number = next.number.as_str(),
                    at = ((at + 1) % count.max(1) + 1).to_string(),
                    count = count.to_string()
                );
                return Ok((next, Some(note)));
            }
            QuoteRequest::Export => {
                return self.export_quote().map_err(|e| e.to_string());
            }
        };
        done.map_err(|e| e.to_string())
    }

    /// Writes the version being edited as Markdown and text next to the database.
    fn export_quote(&mut self) -> Result<(Quote, Option<String>), StoreError> {
        let Some(Layer::Quote(editor)) = self.layers.last() else {
            return Err(StoreError::Conflict(t!("quote-editor-closed")));
        };
        let products: HashMap<ProductId, Product> =
            editor.products.iter().map(|p| (p.id, p.clone())).collect();
        let quote = editor.quote.clone();
        let Some(version) = quote.latest() else {
            return Err(StoreError::Conflict(t!("quote-no-version")));
        };
        let doc = QuoteDoc {
            quote: &quote,
            version,
            deal_title: &editor.deal.title,
            account: &editor.account,
            prepared_by: &editor.owner,
            products: &products,
            not_approved: version.status == QuoteStatus::Draft && editor.guards.can_send().is_err(),
        };
        let base = quote_export_base(self.store.path(), &quote, version.version);
        let mut written = Vec::new();
        for (format, ext) in [(DocFormat::Markdown, "md"), (DocFormat::Text, "txt")] {
            let path = base.with_extension(ext);
            crate::store::files::ensure_parent(&path).and_then(|()| {
                crate::store::files::write_atomically(&path, doc.render(format).as_bytes())
            })?;
            written.push(path.display().to_string());
        }
        let note = match written.as_slice() {
            [markdown, text] => t!(
                "quote-exported",
                markdown = markdown.as_str(),
                text = text.as_str()
            ),
            _ => written.join(" · "),
        };
        Ok((quote, Some(note)))
    }

    /// Hands the won-at prices to the editor once read. True when they arrived.
    pub(super) fn tick_quote(&mut self) -> bool {
        let Some(landed) = take_done(&mut self.jobs.quote_history) else {
            return false;
        };
        let history = match landed {
            Ok(Ok(h)) => h,
            Ok(Err(e)) => {
                self.set_error(t!("quote-cannot-read-prices", error = e.to_string()));
                return true;
            }
            Err(_) => return true,
        };
        if let Some(editor) = self.editor() {
            editor.history = history;
            editor.history_loaded = true;
        }
        true
    }

    /// Waits for the won-at prices (tests, benches).
    pub fn finish_quote_history(&mut self) {
        while self.jobs.quote_history.is_some() {
            if !self.tick_quote() {
                std::thread::sleep(std::time::Duration::from_millis(1));
            }
        }
    }

    /// `g p`: the product catalogue.
    pub(super) fn open_products(&mut self) {
        match self
            .store
            .products()
            .and_then(|p| Ok((p, self.store.price_lists()?)))
        {
            Ok((products, lists)) => self.layers.push(Layer::Products(ProductList::new(
                products,
                lists,
                self.data.main_currency(),
                self.now.date_naive(),
            ))),
            Err(e) => self.set_error(e.to_string()),
        }
    }

    /// Saves a product (or its price on a list) from the catalogue; the list
    /// shows the catalogue as stored.
    pub(super) fn save_product(&mut self, row: &crate::store::ImportedProduct) {
        let user = self.user.clone();
        let stamp = crate::store::Stamp {
            by: &user,
            at: self.now,
        };
        let saved = self
            .store
            .import_products(std::slice::from_ref(row), stamp, false)
            .and_then(|summary| Ok((summary, self.store.products()?, self.store.price_lists()?)));
        let Some(Layer::Products(list)) = self.layers.last_mut() else {
            return;
        };
        match saved {
            Ok((summary, products, lists)) => {
                let what = match (&row.price, summary.created) {
                    (Some(p), _) => t!(
                        "prod-saved-price",
                        sku = row.sku.as_str(),
                        list = p.list.as_str(),
                        price = p.unit_price.normalize().to_string(),
                        qty = p.min_qty.normalize().to_string()
                    ),
                    (None, 1) => t!("prod-added", sku = row.sku.as_str()),
                    (None, _) => t!("prod-saved", sku = row.sku.as_str()),
                };
                let what = if row.price.is_none() && row.list_price < row.unit_cost {
                    t!("prod-below-cost", what = what)
                } else {
                    what
                };
                list.saved(products, lists, &row.sku, what);
                self.jobs.changes += 1;
            }
            Err(e) => {
                if let Some((_, form)) = list.form.as_mut() {
                    form.error = Some(e.to_string());
                }
            }
        }
    }
}

/// `quotes/Q-2026-00042-v2` next to the database (the extension is added per format).
pub fn quote_export_base(db: &std::path::Path, quote: &Quote, version: u32) -> PathBuf {
    db.parent()
        .unwrap_or(std::path::Path::new("."))
        .join("quotes")
        .join(format!(
            "{}-{}-v{version}",
            crate::store::files::workspace_name(db),
            quote.number
        ))
}
