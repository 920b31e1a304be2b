//! App state and `update`: keys become actions through the keymap, actions
//! change state or run one store transaction. Nothing here draws. Writing to the
//! store is in `app_changes`, opening dialogs in `app_dialogs`, the reports screen
//! in `app_reports`.

use super::action::Action;
use super::analytics_worker::AnalyticsWorker;
use super::app_parts::{Chrome, Jobs, Look};
use super::board::{Board, SortKey};
use super::data::ClosedDeals;
use super::data::Snapshot;
use super::detail::Detail;
use super::job::Job;
use super::keymap::{Keymap, Scope};
use super::layers::{
    Layer, help::Help, loss::LossDialog, palette::CommandPalette, search::SearchPalette,
};
use super::report_engine::ReportEngine;
use super::reports::Reports;
use super::search_engine::SearchEngine;
use super::theme::Theme;
use super::wake::Wake;
use crate::domain::*;
use crate::store::{Stamp, Store, StoreError};
use chrono::{DateTime, Utc};
use std::sync::Arc;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    Board,
    Detail,
    Reports,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Status {
    pub text: String,
    pub error: bool,
}

pub struct App {
    pub store: Arc<Store>,
    pub now: DateTime<Utc>,
    pub user: String,
    /// Keymap, theme and settings.
    pub look: Look,
    /// Shared with the other sessions of a server (copied on a private change).
    pub data: Arc<Snapshot>,
    pub board: Board,
    pub screen: Screen,
    pub detail: Option<Detail>,
    pub layers: Vec<Layer>,
    /// The status line, a chord half typed, the terminal's size.
    pub chrome: Chrome,
    pub reports: Reports,
    /// Background work: search, figures, loading.
    pub jobs: Jobs,
    /// The other sessions of a served workspace (None in local use).
    pub(crate) team: Option<super::team::Team>,
    pub quit: bool,
}

/// Card height on the board, in rows (three lines and a gap).
pub const CARD_ROWS: u16 = 4;
/// Narrowest stage column.
pub const MIN_COLUMN_WIDTH: u16 = 26;

impl App {
    /// `store`: the workspace, owned or shared with other sessions of a server.
    pub fn new(
        store: impl Into<Arc<Store>>,
        user: String,
        now: DateTime<Utc>,
        keymap: Keymap,
        theme: Theme,
    ) -> Result<App, StoreError> {
        let store: Arc<Store> = store.into();
        let data = Arc::new(Snapshot::load(&store)?);
        let wake = Wake::default();
        let closed_loading = {
            let (store, today) = (store.clone(), now.date_naive());
            Job::spawn(&wake, move || {
                let closed = Snapshot::load_closed(&store, today);
                // Reading every stage event for the medians leaves its buffers free.
                super::memory::give_back_freed_memory();
                closed
            })
        };
        Ok(App::build(
            store,
            data,
            Some(closed_loading),
            wake,
            user,
            now,
            keymap,
            theme,
        ))
    }

    /// A session of a server: the workspace's data already loaded (closed deals
    /// included) and shared with the other sessions.
    pub fn with_shared_data(
        store: Arc<Store>,
        data: Arc<Snapshot>,
        user: String,
        now: DateTime<Utc>,
        keymap: Keymap,
        theme: Theme,
    ) -> App {
        App::build(store, data, None, Wake::default(), user, now, keymap, theme)
    }

    #[allow(clippy::too_many_arguments)]
    fn build(
        store: Arc<Store>,
        data: Arc<Snapshot>,
        closed_loading: Option<Job<Result<ClosedDeals, StoreError>>>,
        wake: Wake,
        user: String,
        now: DateTime<Utc>,
        keymap: Keymap,
        theme: Theme,
    ) -> App {
        let mut app = App {
            jobs: Jobs {
                search: SearchEngine::new(store.clone(), wake.clone()),
                report_engine: ReportEngine::new(store.clone(), wake.clone()),
                report_headline: None,
                review_engine: AnalyticsWorker::new(store.clone(), wake.clone()),
                quote_history: None,
                lead_checks: None,
                lead_rules: None,
                review_figures_asked: None,
                closed_loading,
                changes: 0,
                wake,
            },
            reports: Reports::new(now.date_naive()),
            look: Look {
                keymap,
                theme,
                settings: crate::settings::Settings::default(),
            },
            chrome: Chrome {
                status: None,
                pending: Vec::new(),
                viewport: (80, 24),
                detail_return: Screen::Board,
                under_detail: Vec::new(),
                due: std::cell::Cell::new(None),
                detail_read_only: false,
                confirm_reopen: None,
                repaint: false,
            },
            store,
            now,
            user,
            data,
            board: Board::default(),
            screen: Screen::Board,
            detail: None,
            layers: Vec::new(),
            team: None,
            quit: false,
        };
        app.board.arrange(&app.data, app.now);
        app
    }

    pub fn scope(&self) -> Scope {
        match self.screen {
            Screen::Board => Scope::Board,
            Screen::Detail => Scope::Detail,
            Screen::Reports => Scope::Reports,
        }
    }

    /// A full-screen list opens over the board: the reports give back their engine.
    fn leave_reports(&mut self) {
        if self.screen == Screen::Reports {
            self.screen = Screen::Board;
            self.release_reports();
        }
    }

    pub(super) fn stamp(&self) -> Stamp<'_> {
        Stamp {
            by: &self.user,
            at: self.now,
        }
    }

    pub fn resize(&mut self, width: u16, height: u16) {
        self.chrome.viewport = (width, height);
        self.keep_visible();
    }

    /// Board rows available for cards, and how many columns fit side by side.
    pub(crate) fn board_capacity(&self) -> (usize, usize) {
        let (w, h) = self.chrome.viewport;
        let columns = (w / MIN_COLUMN_WIDTH).max(1) as usize;
        let cards = (h.saturating_sub(5) / CARD_ROWS).max(1) as usize;
        (columns, cards)
    }

    pub(super) fn keep_visible(&mut self) {
        let (columns, cards) = self.board_capacity();
        self.board.keep_visible(columns, cards);
    }

    /// Applies one action. Returns whether anything visible changed.
    pub fn update(&mut self, action: Action) -> bool {
        if self.screen == Screen::Detail && self.chrome.detail_read_only && action.changes_data() {
            self.set_error(t!("app-read-only"));
            return true;
        }
        self.chrome.status = None;
        if action != Action::MoveBack {
            self.chrome.confirm_reopen = None;
        }
        match action {
            Action::Quit => self.quit = true,
            Action::Back => match self.screen {
                Screen::Detail => {
                    self.screen = self.chrome.detail_return;
                    self.chrome.detail_read_only = false;
                    self.layers.append(&mut self.chrome.under_detail);
                }
                Screen::Reports => {
                    self.screen = Screen::Board;
                    self.release_reports();
                }
                Screen::Board => self.quit = true,
            },
            Action::Help => self.layers.push(Layer::Help(Help {
                scope: self.scope(),
                scroll: 0,
            })),
            Action::Repaint => self.chrome.repaint = true,
            Action::Search => {
                self.jobs.search.start();
                self.jobs.search.set_query("");
                self.layers.push(Layer::Search(SearchPalette::new()));
            }
            Action::GotoBoard => {
                if self.screen == Screen::Reports {
                    self.release_reports();
                }
                self.screen = Screen::Board;
            }
            Action::GotoReports => self.open_reports(),
            Action::GotoAccounts => {
                self.leave_reports();
                self.open_accounts();
            }
            Action::GotoLeads => {
                self.leave_reports();
                self.open_leads();
            }
            Action::GotoToday => {
                self.leave_reports();
                self.open_today();
            }
            Action::GotoReview => {
                self.leave_reports();
                self.open_review();
            }
            Action::ActionsDue => self.open_actions_due(),
            Action::FollowReview => self.follow_review(),
            Action::ClearFilter => {
                if self.board.filter.is_active() {
                    self.apply_filter(super::board::Filter::default());
                } else {
                    self.set_info(t!("app-nothing-to-clear"));
                }
            }
            Action::OpenQuote => self.open_quote(),
            Action::GotoProducts => self.open_products(),
            Action::NextTab
            | Action::PrevTab
            | Action::PeriodBack
            | Action::PeriodForward
            | Action::PeriodLength
            | Action::CycleOwner
            | Action::CycleBreakdown => return self.update_reports(action),
            // Listed, not guarded, so a new Action must be placed here by the compiler's check.
            Action::Up
            | Action::Down
            | Action::Left
            | Action::Right
            | Action::First
            | Action::Last
            | Action::PageUp
            | Action::PageDown => self.navigate(action),
            Action::OpenDetail if self.screen == Screen::Reports => self.drill_down(),
            Action::OpenDetail => {
                if let Some(id) = self.board.selected_deal() {
                    self.chrome.detail_return = Screen::Board;
                    self.open_detail(id);
                }
            }
            Action::MoveForward => self.begin_move(true),
            Action::MoveBack => self.begin_move(false),
            Action::MarkWon => self.begin_win(),
            Action::MarkLost => {
                if let Some(deal) = self.current_deal().filter(|d| d.is_open()).cloned() {
                    let signals = self.loss_signals(&deal);
                    self.layers.push(Layer::Loss(LossDialog::new(
                        &deal,
                        self.data.loss_reasons.clone(),
                        self.now.date_naive(),
                        &signals,
                    )));
                } else {
                    self.set_error(t!("app-select-open-to-lose"));
                }
            }
            Action::Undo => self.undo(),
            Action::SwitchLanguage => {
                use crate::i18n::{Lang, lang, set_session_lang};
                let next = match lang() {
                    Lang::En => Lang::ZhCn,
                    Lang::ZhCn => Lang::En,
                };
                // This session's thread only: others on a served workspace keep theirs.
                set_session_lang(next);
                // Words made on other threads follow: the search index is made
                // again on the next `/`, the figures on screen now.
                self.jobs.search.release();
                if self.screen == Screen::Reports {
                    self.request_reports();
                }
                self.set_info(t!("language-now", name = next.name(), code = next.code()));
            }
            Action::Sort if self.screen == Screen::Reports => return self.update_reports(action),
            Action::Sort => {
                let i = SortKey::ALL
                    .iter()
                    .position(|s| *s == self.board.sort)
                    .unwrap_or(0);
                self.board.sort = SortKey::ALL[(i + 1) % SortKey::ALL.len()];
                self.board.arrange(&self.data, self.now);
                self.board.to_top();
                self.set_info(t!("app-sorted-by", sort = self.board.sort.label()));
            }
            Action::SwitchPipeline => {
                if !self.data.pipelines.is_empty() {
                    self.board.pipeline = (self.board.pipeline + 1) % self.data.pipelines.len();
                    self.board.column = 0;
                    self.board.first_column = 0;
                    self.board.arrange(&self.data, self.now);
                    let name = self.data.pipelines[self.board.pipeline].name.clone();
                    self.set_info(t!("app-pipeline", name = name));
                }
            }
            Action::Filter => self.open_filter_menu(),
            Action::CommandPalette => self.layers.push(Layer::Palette(CommandPalette::new(
                &self.look.keymap,
                self.scope(),
            ))),
            Action::NewDeal => self.open_new_deal(),
            Action::EditDeal => self.open_edit_deal(),
            Action::LogActivity => self.open_activity_form(false),
            Action::AddTask => self.open_activity_form(true),
            Action::DealTasks => self.open_tasks(),
            Action::Contacts => self.open_contacts(),
            Action::Confirm
            | Action::Cancel
            | Action::NextField
            | Action::PrevField
            | Action::Toggle
            | Action::NextStep
            | Action::PrevStep
            | Action::SkipDeal
            | Action::AbandonReview
            | Action::CompleteTask
            | Action::ClaimLead
            | Action::AssignLead
            | Action::QualifyLead
            | Action::DisqualifyLead
            | Action::ReturnLead
            | Action::NewProduct
            | Action::EditProduct
            | Action::SetPrice
            | Action::EditAccount
            | Action::NewContact
            | Action::MoveContact
            | Action::PreviousDeal
            | Action::AddLine
            | Action::DeleteLine
            | Action::LineUp
            | Action::LineDown
            | Action::SendQuote
            | Action::RecordApproval
            | Action::ExportQuote
            | Action::NewQuote
            | Action::OtherQuote
            | Action::QuoteAccepted
            | Action::QuoteRejected => return false,
        }
        self.keep_visible();
        true
    }

    fn navigate(&mut self, action: Action) {
        if self.screen == Screen::Reports {
            return self.navigate_reports(action);
        }
        if self.screen == Screen::Detail {
            let (w, h) = self.chrome.viewport;
            let last = crate::ui::view::detail::last_scroll(self, w, h.saturating_sub(2));
            if let Some(d) = &mut self.detail {
                let page = h.saturating_sub(3).max(1) as usize;
                d.scroll = action
                    .moved_cursor(d.scroll, page, last)
                    .unwrap_or(d.scroll.min(last));
            }
            return;
        }
        let (_, page) = self.board_capacity();
        let b = &mut self.board;
        let columns = b.columns.len();
        if columns == 0 {
            return;
        }
        let last = b.columns[b.column].len().saturating_sub(1);
        let row = &mut b.selected[b.column];
        match action {
            Action::Left => b.column = b.column.saturating_sub(1),
            Action::Right => b.column = (b.column + 1).min(columns - 1),
            _ => *row = action.moved_cursor(*row, page, last).unwrap_or(*row),
        }
    }

    /// The deal the user is looking at: the detail's, or the selected card's.
    pub(crate) fn current_deal(&self) -> Option<&Deal> {
        let id = match self.screen {
            Screen::Detail => self.detail.as_ref().map(|d| d.deal.id),
            Screen::Board => self.board.selected_deal(),
            Screen::Reports => None,
        }?;
        self.data
            .deals
            .get(&id)
            .or(self.detail.as_ref().map(|d| &d.deal).filter(|d| d.id == id))
    }

    pub fn open_detail(&mut self, id: DealId) {
        match Detail::load(&self.store, id) {
            Ok(Some(detail)) => {
                let scroll = self
                    .detail
                    .as_ref()
                    .filter(|d| d.deal.id == id)
                    .map(|d| d.scroll)
                    .unwrap_or(0);
                self.detail = Some(Detail { scroll, ..detail });
                self.screen = Screen::Detail;
            }
            Ok(None) => self.set_error(t!("app-deal-gone", id = id.to_string())),
            Err(e) => self.set_error(e.to_string()),
        }
    }

    pub(super) fn jump_to(&mut self, id: DealId) {
        if let Some(deal) = self.data.deals.get(&id)
            && let Some(p) = self
                .data
                .pipelines
                .iter()
                .position(|p| p.id == deal.pipeline)
        {
            if self.board.pipeline != p {
                self.board.pipeline = p;
                self.board.arrange(&self.data, self.now);
            }
            if self.board.select_deal(id) {
                self.screen = Screen::Board;
                self.keep_visible();
                return;
            }
        }
        // Closed earlier, or hidden by the filter: show its detail instead.
        self.chrome.detail_return = Screen::Board;
        self.open_detail(id);
    }

    pub(crate) fn set_info(&mut self, text: String) {
        self.chrome.status = Some(Status { text, error: false });
    }

    pub fn set_error(&mut self, text: String) {
        self.chrome.status = Some(Status { text, error: true });
    }

    /// Picks up background work: the closed deals once loaded, new search
    /// results. True when something visible changed.
    pub fn tick(&mut self) -> bool {
        let loaded =
            self.jobs.closed_loading.as_ref().is_some_and(Job::is_done) && self.finish_loading();
        let searched =
            matches!(self.layers.last(), Some(Layer::Search(_))) && self.jobs.search.tick();
        let reported = self.jobs.report_engine.tick() | self.tick_headline();
        let reviewed = self.tick_review();
        let priced = self.tick_quote();
        let checked = self.tick_leads() | self.tick_lead_rules();
        let caught_up = self.catch_up();
        loaded || searched || reported || reviewed || priced || checked || caught_up
    }

    /// Whether the Won/Lost columns are still loading.
    pub fn closed_pending(&self) -> bool {
        self.jobs.closed_loading.is_some()
    }

    /// Waits for the closed deals and adds them to the board (tests, and
    /// `tick` once the loader is done). True when they were added.
    pub fn finish_loading(&mut self) -> bool {
        let Some(handle) = self.jobs.closed_loading.take() else {
            return false;
        };
        match handle.wait() {
            Ok(Ok(closed)) => {
                Arc::make_mut(&mut self.data).merge_closed(closed);
                self.board.arrange(&self.data, self.now);
                self.keep_visible();
                true
            }
            Ok(Err(e)) => {
                self.set_error(t!("app-closed-load-error", error = e.to_string()));
                true
            }
            Err(_) => {
                self.set_error(t!("app-closed-load-failed"));
                true
            }
        }
    }
}
