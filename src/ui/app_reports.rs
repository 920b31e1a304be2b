//! The reports screen's part of `update`: switching report, period and scope, moving
//! the selection, and opening the deals behind a row.

use super::action::Action;
use super::app::{App, Screen};
use super::job::{Job, take_done};
use super::layers::Layer;
use super::layers::deal_list::DealList;

impl App {
    pub(super) fn open_reports(&mut self) {
        self.screen = Screen::Reports;
        // The reports hold their own copy of the workspace while open; the search
        // index is let go meanwhile so the two never add up (it reloads on `/`).
        self.jobs.search.release();
        // Asked again on every visit: figures follow changes made meanwhile.
        self.request_reports();
    }

    pub(super) fn request_reports(&mut self) {
        self.jobs.report_engine.request(
            self.reports.period.clone(),
            self.reports.scope(),
            self.now,
            self.jobs.changes,
        );
        // The headline comes first from what the last report kept (a few
        // milliseconds); a headline asked before this one is never shown.
        let (store, period, scope, now) = (
            self.store.clone(),
            self.reports.period.clone(),
            self.reports.scope(),
            self.now,
        );
        self.reports.headline = None;
        self.jobs.report_headline = Some(Job::spawn(&self.jobs.wake, move || {
            let closings = store.kept_closings(&period).ok().flatten()?;
            closings.headline(now, &scope, &period)
        }));
    }

    /// The headline landed; true when there is one to show.
    pub(super) fn tick_headline(&mut self) -> bool {
        match take_done(&mut self.jobs.report_headline) {
            Some(Ok(headline)) => {
                self.reports.headline = headline;
                self.reports.headline.is_some()
            }
            _ => false,
        }
    }

    /// Leaving the reports screen: its figures are let go.
    pub(super) fn release_reports(&mut self) {
        self.jobs.report_engine.release();
        self.jobs.report_headline = None;
        self.reports.headline = None;
    }

    /// Report keys; false (nothing to redraw) outside the reports screen.
    pub(super) fn update_reports(&mut self, action: Action) -> bool {
        if self.screen != Screen::Reports {
            return false;
        }
        let r = &mut self.reports;
        let before = r.period.clone();
        match action {
            Action::NextTab => r.switch_tab(true),
            Action::PrevTab => r.switch_tab(false),
            Action::PeriodBack => r.step_period(false),
            Action::PeriodForward => r.step_period(true),
            Action::PeriodLength => r.cycle_length(self.now.date_naive()),
            Action::CycleOwner => r.cycle_whose(&self.data),
            // Sorting and splitting are the win/loss table's: elsewhere they
            // would change that tab unseen.
            Action::Sort | Action::CycleBreakdown if r.tab != super::reports::Tab::WinLoss => {
                self.set_info(t!("rep-only-win-loss"));
                return true;
            }
            // The rows are sorted as drawn: nothing to compute again.
            Action::Sort => {
                r.cycle_sort();
                return true;
            }
            Action::CycleBreakdown => r.cycle_breakdown(),
            _ => return false,
        }
        let moved = r.forecast_looks_ahead(self.now.date_naive());
        // `[` into the past on the forecast comes straight back: say why.
        if action == Action::PeriodBack
            && r.tab == super::reports::Tab::Forecast
            && r.period == before
        {
            self.set_info(t!("rep-forecast-looks-ahead"));
        }
        if moved
            || !matches!(
                action,
                Action::NextTab | Action::PrevTab | Action::CycleBreakdown
            )
        {
            self.request_reports();
        }
        true
    }

    pub(super) fn navigate_reports(&mut self, action: Action) {
        let rows = self
            .reports
            .row_count(self.jobs.report_engine.latest.as_deref());
        let last = rows.saturating_sub(1);
        let page = self.chrome.viewport.1.saturating_sub(8).max(1) as usize;
        let r = &mut self.reports;
        r.selected = match action {
            Action::Left | Action::Right => {
                r.switch_tab(action == Action::Right);
                if r.forecast_looks_ahead(self.now.date_naive()) {
                    self.request_reports();
                }
                return;
            }
            _ => action
                .moved_cursor(r.selected, page, last)
                .unwrap_or(r.selected.min(last)),
        };
    }

    /// Enter on a win/loss row or a health check: the deals behind it.
    pub(super) fn drill_down(&mut self) {
        let Some(output) = self.jobs.report_engine.latest.clone() else {
            return;
        };
        match self.reports.drill_down(&output) {
            Some((title, deals)) => self.layers.push(Layer::DealList(DealList {
                title,
                deals,
                selected: 0,
            })),
            None => self.set_info(t!("rep-no-deals-behind-row")),
        }
    }
}
