//! `?`: every binding of the current screen, straight from the keymap.

use crate::ui::action::Action;
use crate::ui::keymap::Scope;

pub struct Help {
    pub scope: Scope,
    pub scroll: usize,
}

impl super::LayerKeys for Help {
    fn handle(
        &mut self,
        _key: crate::ui::keymap::Key,
        action: Option<Action>,
        _cx: &super::LayerContext,
    ) -> super::Outcome {
        match action {
            Some(Action::Down) => self.scroll = self.scroll.saturating_add(1),
            Some(Action::Up) => self.scroll = self.scroll.saturating_sub(1),
            Some(Action::PageDown) => self.scroll = self.scroll.saturating_add(10),
            Some(Action::PageUp) => self.scroll = self.scroll.saturating_sub(10),
            Some(Action::Quit) => return super::Outcome::Quit,
            Some(Action::Back | Action::Cancel | Action::Help | Action::Confirm) => {
                return super::Outcome::Close;
            }
            _ => {}
        }
        super::Outcome::Stay
    }
}
