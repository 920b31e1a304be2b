//! The gate checklist shown when a move forward meets unticked criteria: tick
//! them, or give a reason to pass anyway (stored on the stage event).

use super::input::TextInput;
use super::{Command, Outcome};
use crate::domain::*;
use crate::store::GateDecision;
use crate::ui::action::Action;
use crate::ui::keymap::Key;

pub struct GateDialog {
    pub deal: DealId,
    pub deal_title: String,
    pub to: StageId,
    pub stage_name: String,
    /// Winning goes through the same gates as the last stage.
    pub win: bool,
    pub criteria: Vec<(String, bool)>,
    /// 0..criteria.len() are checkboxes; criteria.len() is the reason field.
    pub focus: usize,
    pub reason: TextInput,
    pub error: Option<String>,
}

impl GateDialog {
    pub fn new(deal: &Deal, to: &Stage, win: bool, missing: Vec<String>) -> Self {
        GateDialog {
            deal: deal.id,
            deal_title: deal.title.clone(),
            to: to.id,
            stage_name: to.name.clone(),
            win,
            criteria: missing.into_iter().map(|c| (c, false)).collect(),
            focus: 0,
            reason: TextInput::default(),
            error: None,
        }
    }

    fn on_reason(&self) -> bool {
        self.focus == self.criteria.len()
    }

    fn submit(&mut self) -> Outcome {
        let ticked: Vec<String> = self
            .criteria
            .iter()
            .filter(|(_, t)| *t)
            .map(|(c, _)| c.clone())
            .collect();
        let all = ticked.len() == self.criteria.len();
        let reason = self.reason.text.trim().to_string();
        if !all && reason.is_empty() {
            self.error = Some(t!("dlg-gate-need-reason"));
            self.focus = self.criteria.len();
            return Outcome::Stay;
        }
        let gate = GateDecision {
            ticked,
            override_reason: (!all).then_some(reason),
        };
        if self.win {
            Outcome::Request(super::Request::Won {
                deal: self.deal,
                gate,
            })
        } else {
            Outcome::Submit(Command::Move {
                deal: self.deal,
                to: self.to,
                gate,
            })
        }
    }
}

impl super::LayerKeys for GateDialog {
    fn is_typing(&self) -> bool {
        self.focus >= self.criteria.len()
    }

    fn has_unsaved_text(&self) -> bool {
        !self.reason.text.trim().is_empty()
    }

    fn show_error(&mut self, message: String) {
        self.error = Some(message);
    }

    fn handle(&mut self, key: Key, action: Option<Action>, _cx: &super::LayerContext) -> Outcome {
        if self.on_reason() && !super::is_dialog_control(action) && self.reason.edit(key) {
            return Outcome::Stay;
        }
        // Typing on a criterion starts the override reason (space still ticks,
        // j/k still move): nothing typed is lost.
        if !self.on_reason()
            && action.is_none()
            && matches!(key.code, ratatui::crossterm::event::KeyCode::Char(_))
            && key
                .mods
                .difference(ratatui::crossterm::event::KeyModifiers::SHIFT)
                .is_empty()
        {
            self.focus = self.criteria.len();
            self.reason.edit(key);
            return Outcome::Stay;
        }
        match action {
            Some(Action::Down) => self.focus = (self.focus + 1).min(self.criteria.len()),
            Some(Action::Up) => self.focus = self.focus.saturating_sub(1),
            // tab goes round the criteria and the reason.
            Some(Action::NextField) => self.focus = (self.focus + 1) % (self.criteria.len() + 1),
            Some(Action::PrevField) => {
                self.focus = (self.focus + self.criteria.len()) % (self.criteria.len() + 1)
            }
            Some(Action::Toggle) if !self.on_reason() => {
                self.criteria[self.focus].1 ^= true;
                self.error = None;
            }
            Some(Action::Confirm) => return self.submit(),
            Some(Action::Cancel | Action::Back) => return Outcome::Close,
            Some(Action::Quit) => return Outcome::Quit,
            _ => {}
        }
        Outcome::Stay
    }
}
