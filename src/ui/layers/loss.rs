//! Loss capture (`X`): reason category and sub-reason from the taxonomy,
//! competitor, controllable, and a one-line lesson.

use super::input::TextInput;
use super::{Command, Outcome};
use crate::domain::*;
use crate::store::LossInput;
use crate::ui::action::Action;
use crate::ui::keymap::Key;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Category,
    SubReason,
    Competitor,
    Controllable,
    Lesson,
}

const FIELDS: [Field; 5] = [
    Field::Category,
    Field::SubReason,
    Field::Competitor,
    Field::Controllable,
    Field::Lesson,
];

pub struct LossDialog {
    pub deal: DealId,
    pub deal_title: String,
    pub categories: Vec<LossCategory>,
    pub category: usize,
    pub sub_reason: usize,
    pub competitor: TextInput,
    pub controllable: bool,
    pub lesson: TextInput,
    pub focus: Field,
    pub error: Option<String>,
}

impl LossDialog {
    pub fn new(deal: &Deal, categories: Vec<LossCategory>) -> Self {
        let controllable = categories.first().map(|c| c.controllable).unwrap_or(true);
        LossDialog {
            deal: deal.id,
            deal_title: deal.title.clone(),
            categories,
            category: 0,
            sub_reason: 0,
            competitor: TextInput::with(deal.competitors.first().map(String::as_str).unwrap_or("")),
            controllable,
            lesson: TextInput::default(),
            focus: Field::Category,
            error: None,
        }
    }

    fn step(&mut self, delta: isize) {
        let wrap =
            |i: usize, n: usize| ((i as isize + delta).rem_euclid(n.max(1) as isize)) as usize;
        match self.focus {
            Field::Category => {
                self.category = wrap(self.category, self.categories.len());
                self.sub_reason = 0;
                self.controllable = self
                    .categories
                    .get(self.category)
                    .map(|c| c.controllable)
                    .unwrap_or(true);
            }
            Field::SubReason => {
                let n = self
                    .categories
                    .get(self.category)
                    .map(|c| c.sub_reasons.len())
                    .unwrap_or(1);
                self.sub_reason = wrap(self.sub_reason, n);
            }
            Field::Controllable => self.controllable ^= true,
            Field::Competitor | Field::Lesson => {}
        }
    }

    fn move_focus(&mut self, delta: isize) {
        let i = FIELDS.iter().position(|f| *f == self.focus).unwrap_or(0) as isize;
        self.focus = FIELDS[(i + delta).clamp(0, FIELDS.len() as isize - 1) as usize];
    }

    pub fn handle(&mut self, key: Key, action: Option<Action>) -> Outcome {
        let text = match self.focus {
            Field::Competitor => Some(&mut self.competitor),
            Field::Lesson => Some(&mut self.lesson),
            _ => None,
        };
        if let Some(input) = text
            && !super::is_dialog_control(action)
            && input.edit(key)
        {
            return Outcome::Stay;
        }
        match action {
            Some(Action::NextField | Action::Down) => self.move_focus(1),
            Some(Action::PrevField | Action::Up) => self.move_focus(-1),
            Some(Action::Right | Action::Toggle) => self.step(1),
            Some(Action::Left) => self.step(-1),
            Some(Action::Confirm) => {
                let Some(category) = self.categories.get(self.category) else {
                    self.error = Some("the loss taxonomy is empty".into());
                    return Outcome::Stay;
                };
                return Outcome::Submit(Command::Lose {
                    deal: self.deal,
                    loss: LossInput {
                        category: category.key.clone(),
                        sub_reason: category
                            .sub_reasons
                            .get(self.sub_reason)
                            .cloned()
                            .unwrap_or_default(),
                        competitor: Some(self.competitor.text.clone()),
                        controllable: Some(self.controllable),
                        lesson: self.lesson.text.clone(),
                    },
                });
            }
            Some(Action::Cancel | Action::Back) => return Outcome::Close,
            Some(Action::Quit) => return Outcome::Submit(Command::Run(Action::Quit)),
            _ => {}
        }
        Outcome::Stay
    }
}
