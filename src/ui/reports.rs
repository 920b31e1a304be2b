//! The reports screen's state: which report, which period, whose deals, and the
//! selected row. The figures come from the report engine.

use super::data::Snapshot;
use super::report_engine::{DealLine, ReportOutput};
use crate::analytics::funnel::Fate;
use crate::analytics::{Breakdown, BreakdownRow, HealthCheck, Period, PeriodKind, Scope};
use crate::domain::*;
use chrono::{Datelike, NaiveDate};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tab {
    Funnel,
    WinLoss,
    Trends,
    Forecast,
    Health,
}

impl Tab {
    pub const ALL: [Tab; 5] = [
        Tab::Funnel,
        Tab::WinLoss,
        Tab::Trends,
        Tab::Forecast,
        Tab::Health,
    ];

    pub fn label(self) -> &'static str {
        crate::i18n::word(match self {
            Tab::Funnel => "rep-tab-funnel",
            Tab::WinLoss => "rep-tab-win-loss",
            Tab::Trends => "rep-tab-trends",
            Tab::Forecast => "rep-tab-forecast",
            Tab::Health => "rep-tab-health",
        })
    }
}

/// Orders of the win/loss table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WinLossSort {
    Closed,
    WinRate,
    WonAmount,
    Name,
}

impl WinLossSort {
    const ALL: [WinLossSort; 4] = [
        WinLossSort::Closed,
        WinLossSort::WinRate,
        WinLossSort::WonAmount,
        WinLossSort::Name,
    ];

    pub fn label(self) -> &'static str {
        crate::i18n::word(match self {
            WinLossSort::Closed => "rep-sort-closed",
            WinLossSort::WinRate => "rep-sort-win-rate",
            WinLossSort::WonAmount => "rep-sort-won-amount",
            WinLossSort::Name => "rep-sort-name",
        })
    }
}

/// Whose deals the reports look at.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Whose {
    Everyone,
    Owner(OwnerId, String),
    Team(String),
}

pub struct Reports {
    pub tab: Tab,
    pub period: Period,
    pub whose: Whose,
    pub breakdown: Breakdown,
    pub sort: WinLossSort,
    /// Selected row of the win/loss table or the health list.
    pub selected: usize,
    /// The period the forecast replaced with the current month, restored on leaving it.
    pub before_forecast: Option<Period>,
    /// Won, lost, win rate, cycle and velocity, shown until the full figures land.
    pub headline: Option<crate::analytics::ReportSet>,
    /// The month `m` left for a quarter and a year: where it comes back to.
    month_left: Option<NaiveDate>,
}

impl Reports {
    /// Opens on last month: the month a review looks back on.
    pub fn new(today: NaiveDate) -> Reports {
        let last_month = today
            .with_day(1)
            .and_then(|d| d.pred_opt())
            .unwrap_or(today);
        Reports {
            tab: Tab::Funnel,
            period: Period::month_of(last_month),
            whose: Whose::Everyone,
            breakdown: Breakdown::Owner,
            sort: WinLossSort::Closed,
            selected: 0,
            before_forecast: None,
            headline: None,
            month_left: None,
        }
    }

    pub fn scope(&self) -> Scope {
        match &self.whose {
            Whose::Everyone => Scope::default(),
            Whose::Owner(id, _) => Scope {
                owner: Some(*id),
                ..Scope::default()
            },
            Whose::Team(team) => Scope {
                team: Some(team.clone()),
                ..Scope::default()
            },
        }
    }

    pub fn whose_label(&self) -> String {
        match &self.whose {
            Whose::Everyone => t!("rep-whose-everyone"),
            Whose::Owner(_, name) => name.clone(),
            Whose::Team(team) => t!("rep-whose-team", team = team.as_str()),
        }
    }

    pub fn switch_tab(&mut self, forward: bool) {
        let i = Tab::ALL.iter().position(|t| *t == self.tab).unwrap_or(0);
        let n = Tab::ALL.len();
        self.tab = Tab::ALL[if forward {
            (i + 1) % n
        } else {
            (i + n - 1) % n
        }];
        self.selected = 0;
    }

    /// The forecast looks ahead: arriving on it with a period already over,
    /// it moves to the current month; leaving it, the period it replaced
    /// comes back. True when the period changed.
    pub fn forecast_looks_ahead(&mut self, today: NaiveDate) -> bool {
        if self.tab == Tab::Forecast && self.period.last < today {
            let past = std::mem::replace(&mut self.period, Period::month_of(today));
            self.before_forecast = Some(past);
            return true;
        }
        if self.tab != Tab::Forecast
            && let Some(past) = self.before_forecast.take()
        {
            self.period = past;
            return true;
        }
        false
    }

    /// The period before or after, of the same length.
    pub fn step_period(&mut self, forward: bool) {
        // A period chosen by hand stays.
        self.before_forecast = None;
        self.period = if forward {
            let after = self.period.last.succ_opt().unwrap_or(self.period.last);
            match self.period.kind {
                PeriodKind::Quarter => Period::quarter_of(after),
                PeriodKind::Year => {
                    Period::year(after.year()).unwrap_or_else(|| Period::month_of(after))
                }
                PeriodKind::Month | PeriodKind::Range => Period::month_of(after),
            }
        } else {
            self.period.previous()
        };
        self.selected = 0;
    }

    /// Month → quarter → year → month, around the period's last day. Back to a
    /// month, it is the one left (when still inside), else the period's last
    /// month that has begun — never a month still to come.
    pub fn cycle_length(&mut self, today: NaiveDate) {
        self.before_forecast = None;
        let day = self.period.last;
        self.period = match self.period.kind {
            PeriodKind::Month => {
                self.month_left = Some(day);
                Period::quarter_of(day)
            }
            PeriodKind::Quarter => {
                Period::year(day.year()).unwrap_or_else(|| Period::month_of(day))
            }
            PeriodKind::Year | PeriodKind::Range => {
                let left = self
                    .month_left
                    .take()
                    .filter(|d| self.period.contains_day(*d));
                Period::month_of(left.unwrap_or(day.min(today)).max(self.period.first))
            }
        };
        self.selected = 0;
    }

    /// Everyone → each team → each owner → everyone.
    pub fn cycle_whose(&mut self, data: &Snapshot) {
        let mut teams: Vec<&str> = data.owners.values().map(|o| o.team.as_str()).collect();
        teams.sort_unstable();
        teams.dedup();
        let mut owners: Vec<&Owner> = data.owners.values().collect();
        owners.sort_by(|a, b| a.name.cmp(&b.name).then(a.id.cmp(&b.id)));
        let mut order: Vec<Whose> = vec![Whose::Everyone];
        order.extend(teams.iter().map(|t| Whose::Team(t.to_string())));
        order.extend(owners.iter().map(|o| Whose::Owner(o.id, o.name.clone())));
        self.whose = step(&order, self.whose.clone(), true);
        self.selected = 0;
    }

    pub fn cycle_breakdown(&mut self) {
        self.breakdown = step(&Breakdown::ALL, self.breakdown, true);
        self.selected = 0;
    }

    pub fn cycle_sort(&mut self) {
        self.sort = step(&WinLossSort::ALL, self.sort, true);
    }

    /// The win/loss rows of the chosen dimension in the chosen order.
    pub fn win_loss_rows<'o>(&self, output: &'o ReportOutput) -> Vec<&'o BreakdownRow> {
        let mut rows: Vec<&BreakdownRow> = output
            .set
            .win_loss
            .iter()
            .find(|r| r.dimension == self.breakdown.key())
            .map(|r| r.rows.iter().collect())
            .unwrap_or_default();
        match self.sort {
            WinLossSort::Closed => {}
            WinLossSort::WinRate => rows.sort_by(|a, b| {
                b.outcome
                    .win_rate
                    .unwrap_or(-1.0)
                    .total_cmp(&a.outcome.win_rate.unwrap_or(-1.0))
            }),
            WinLossSort::WonAmount => rows.sort_by_key(|r| std::cmp::Reverse(r.outcome.won_amount)),
            WinLossSort::Name => rows.sort_by(|a, b| a.value.cmp(&b.value)),
        }
        rows
    }

    /// Rows the selection moves over on the current tab.
    pub fn row_count(&self, output: Option<&ReportOutput>) -> usize {
        let Some(output) = output else { return 0 };
        match self.tab {
            Tab::WinLoss => self.win_loss_rows(output).len(),
            Tab::Health => output.set.health.len(),
            Tab::Funnel => output.set.funnel.iter().map(|p| p.stages.len()).sum(),
            _ => 0,
        }
    }

    /// The deals behind the selected row, with a title for the list.
    pub fn drill_down(&self, output: &ReportOutput) -> Option<(String, Vec<DealLine>)> {
        if self.tab == Tab::Funnel {
            return self.stage_deals(output);
        }
        let (title, ids): (String, &[DealId]) = match self.tab {
            Tab::Health => {
                let check: &HealthCheck = output.set.health.get(self.selected)?;
                (
                    t!(
                        "rep-drill-health",
                        check = check.check.title(),
                        period = self.period.label.as_str()
                    ),
                    &check.deals,
                )
            }
            Tab::WinLoss => {
                let row = *self.win_loss_rows(output).get(self.selected)?;
                (
                    t!(
                        "rep-drill-win-loss",
                        dimension = self.breakdown.label(),
                        value = row.value.as_str(),
                        period = self.period.label.as_str()
                    ),
                    &row.deals,
                )
            }
            _ => return None,
        };
        let mut lines: Vec<DealLine> = ids
            .iter()
            .filter_map(|id| output.deals.get(id).cloned())
            .collect();
        // A health check lists its deals in its own order (the stalest
        // first); a win/loss row's, largest first.
        if self.tab == Tab::WinLoss {
            lines.sort_by(|a, b| b.amount.amount.cmp(&a.amount.amount).then(a.id.cmp(&b.id)));
        }
        (!lines.is_empty()).then_some((title, lines))
    }
}

impl Reports {
    /// The funnel stage under the cursor: the deals that entered it in the
    /// period, each with what became of it, then the stale ones there now.
    fn stage_deals(&self, output: &ReportOutput) -> Option<(String, Vec<DealLine>)> {
        let funnel = &output.set.funnel;
        let (pipeline, stage) = funnel
            .iter()
            .flat_map(|p| p.stages.iter().map(move |s| (p, s)))
            .nth(self.selected)?;
        let line = |id: &DealId, what: &str| {
            output.deals.get(id).map(|l| DealLine {
                stage: what.to_string(),
                ..l.clone()
            })
        };
        // Converted, lost, then still open; each group largest first.
        let mut fates: Vec<&(DealId, Fate)> = stage.flow.fates.iter().collect();
        let amount = |id: &DealId| output.deals.get(id).map(|l| l.amount.amount);
        fates.sort_by(|(a, fa), (b, fb)| {
            fate_order(*fa)
                .cmp(&fate_order(*fb))
                .then_with(|| amount(b).cmp(&amount(a)))
                .then(a.cmp(b))
        });
        let mut lines: Vec<DealLine> = fates
            .into_iter()
            .filter_map(|(id, fate)| line(id, fate.label()))
            .collect();
        let entered: std::collections::HashSet<DealId> =
            stage.flow.fates.iter().map(|(id, _)| *id).collect();
        lines.extend(
            stage
                .stale_ids
                .iter()
                .filter(|id| !entered.contains(id))
                .filter_map(|id| line(id, &t!("rep-drill-stale-here"))),
        );
        // With more than one pipeline on screen, "Proposal" alone is ambiguous.
        let stage_name = match funnel.len() {
            1 => stage.stage.clone(),
            _ => t!(
                "dom-metric-pipeline-stage",
                pipeline = pipeline.pipeline.as_str(),
                stage = stage.stage.as_str()
            ),
        };
        let title = t!(
            "rep-drill-stage",
            stage = stage_name.as_str(),
            entered = stage.flow.entered.to_string(),
            period = self.period.label.as_str(),
            converted = stage.flow.converted.to_string(),
            lost = stage.flow.lost.to_string(),
            open = stage.flow.still_open.to_string(),
            stale = stage.stale_deals.to_string()
        );
        (!lines.is_empty()).then_some((title, lines))
    }
}

/// Where a fate's deals stand in a stage's list.
fn fate_order(fate: Fate) -> u8 {
    match fate {
        Fate::Converted => 0,
        Fate::Lost => 1,
        Fate::StillOpen => 2,
    }
}

/// The entry after (or before) `current` in `all`, wrapping around.
fn step<T: PartialEq + Clone>(all: &[T], current: T, forward: bool) -> T {
    let n = all.len();
    if n == 0 {
        return current;
    }
    let i = all.iter().position(|x| *x == current).unwrap_or(0);
    let next = if forward {
        (i + 1) % n
    } else {
        (i + n - 1) % n
    };
    all.get(next).cloned().unwrap_or(current)
}
