//! The app's state in parts: how it looks and answers, the work it runs off
//! the key path, and the chrome around the screen.

use super::analytics_worker::AnalyticsWorker;
use super::app::{Screen, Status};
use super::data::ClosedDeals;
use super::job::Job;
use super::keymap::{Key, Keymap};
use super::report_engine::ReportEngine;
use super::search_engine::SearchEngine;
use super::theme::Theme;
use super::wake::Wake;
use crate::analytics::review::ReviewFigures;
use crate::domain::ProductId;
use crate::domain::lead_pool::DuplicateWarnings;
use crate::domain::pricing::PriceHistory;
use crate::store::StoreError;
use std::collections::HashMap;

/// How the app looks and answers: keymap, theme and settings from the config dir.
#[derive(Debug, Clone)]
pub struct Look {
    pub keymap: Keymap,
    pub theme: Theme,
    /// Thresholds of the pricing guards and loss signals (`settings.toml`).
    pub settings: crate::settings::Settings,
}

/// Work done off the key path, each on a thread that wakes the loop when it lands.
pub struct Jobs {
    pub search: SearchEngine,
    pub report_engine: ReportEngine,
    /// The reports screen's headline, read from what the last report kept
    /// while the full figures are computed (`Closings::headline`).
    pub(super) report_headline: Option<Job<Option<crate::analytics::ReportSet>>>,
    /// The loss review's figures, while the wizard is open.
    pub review_engine: AnalyticsWorker<ReviewFigures>,
    /// The quote editor's won-at prices, read on a thread when it opens.
    pub(super) quote_history: Option<Job<Result<HashMap<ProductId, PriceHistory>, StoreError>>>,
    /// (period start, end, change count) of the review figures last asked for.
    pub(super) review_figures_asked: Option<(chrono::NaiveDate, chrono::NaiveDate, u64)>,
    /// The Won/Lost columns' deals, loading after the first frame (local use).
    pub(super) closed_loading: Option<Job<Result<ClosedDeals, StoreError>>>,
    /// The lead pool's rules, run on a thread as the app starts.
    pub(super) lead_rules: Option<Job<Result<crate::store::RulesOutcome, StoreError>>>,
    /// The lead pool's duplicate warnings, looked for on a thread.
    pub(super) lead_checks: Option<Job<Result<DuplicateWarnings, StoreError>>>,
    /// Counts changes written (or caught up with); the figures reread the
    /// workspace when it differs from what they loaded.
    pub changes: u64,
    /// Wakes the event loop when background work lands.
    pub wake: Wake,
}

/// Around the screen: the status line, a chord half typed, the terminal's
/// size, and where the detail returns to.
pub struct Chrome {
    /// The header's due count, kept with what it was counted from (the
    /// shared data, the change counter, the day) so a frame only reads it.
    pub due: std::cell::Cell<Option<(usize, u64, chrono::NaiveDate, usize)>>,
    pub status: Option<Status>,
    /// Keys of a chord typed so far.
    pub pending: Vec<Key>,
    /// Terminal size, for scrolling decisions (render itself never mutates).
    pub viewport: (u16, u16),
    /// Where `Back` from the detail returns to.
    pub detail_return: Screen,
    /// The layers a deal was opened from (a deal list over the accounts,
    /// Today, the review's triage): back from the detail, they are there
    /// again as they were.
    pub under_detail: Vec<crate::ui::layers::Layer>,
    /// The detail was opened to look only (from the review): nothing in it
    /// changes data.
    pub detail_read_only: bool,
    /// A closed deal `H` was pressed on once: a second `H` reopens it.
    pub confirm_reopen: Option<crate::domain::DealId>,
    /// ctrl-l: the terminal loop clears the screen and draws every cell
    /// again before the next frame (and takes this back).
    pub repaint: bool,
}
