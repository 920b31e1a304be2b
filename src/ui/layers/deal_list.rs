//! The deals behind a report finding; Enter opens one.

use super::{Command, Outcome};
use crate::ui::action::Action;
use crate::ui::report_engine::DealLine;

pub struct DealList {
    pub title: String,
    pub deals: Vec<DealLine>,
    pub selected: usize,
}

impl super::LayerKeys for DealList {
    fn handle(
        &mut self,
        _key: crate::ui::keymap::Key,
        action: Option<Action>,
        cx: &super::LayerContext,
    ) -> Outcome {
        let page = cx.page_rows;
        let last = self.deals.len().saturating_sub(1);
        if let Some(to) = action.and_then(|a| a.moved_cursor(self.selected, page, last)) {
            self.selected = to;
            return Outcome::Stay;
        }
        match action {
            Some(Action::Confirm) => {
                if let Some(deal) = self.deals.get(self.selected) {
                    return Outcome::Submit(Command::OpenDeal(deal.id));
                }
            }
            Some(Action::Quit) => return Outcome::Quit,
            Some(Action::Back | Action::Cancel) => return Outcome::Close,
            _ => {}
        }
        Outcome::Stay
    }
}
