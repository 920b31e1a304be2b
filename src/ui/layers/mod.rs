//! Dialogs, palettes and overlays as a stack of layers on top of a screen.
//! The top layer gets every key first; it stays, closes, or hands the app a
//! command to run (a store change, a jump).

pub mod actions_due;
pub mod activity_form;
pub mod deal_form;
pub mod deal_list;
pub mod filter;
pub mod form;
pub mod gate;
pub mod help;
pub mod input;
pub mod loss;
pub mod palette;
pub mod products;
pub mod quote;
pub mod review;
pub mod search;

use crate::domain::*;
use crate::store::{DealDraft, GateDecision, LossInput};
use crate::ui::action::Action;
use crate::ui::board::Filter;

pub enum Layer {
    Help(help::Help),
    Gate(gate::GateDialog),
    Loss(loss::LossDialog),
    Search(search::SearchPalette),
    Palette(palette::CommandPalette),
    DealForm(Box<deal_form::DealForm>),
    ActivityForm(Box<activity_form::ActivityForm>),
    Filter(filter::FilterMenu),
    DealList(deal_list::DealList),
    /// The loss review wizard (full screen).
    Review(Box<review::ReviewWizard>),
    ActionsDue(actions_due::ActionsDue),
    /// The quote editor (full screen).
    Quote(Box<quote::QuoteEditor>),
    Products(products::ProductList),
}

/// What a layer asks of the app.
#[derive(Debug, Clone)]
pub enum Command {
    Move {
        deal: DealId,
        to: StageId,
        gate: GateDecision,
    },
    Win {
        deal: DealId,
        gate: GateDecision,
    },
    Lose {
        deal: DealId,
        loss: LossInput,
    },
    CreateDeal(Box<DealDraft>),
    SaveDeal(Box<Deal>),
    LogActivity(Box<Activity>),
    SetFilter(Filter),
    JumpTo(DealId),
    /// Open the deal's detail (from a report), coming back to the report after.
    OpenDeal(DealId),
    Run(Action),
}

pub enum Outcome {
    Stay,
    Close,
    /// Run this; on success the layer closes, on failure it shows the error.
    Submit(Command),
}

impl Layer {
    /// A layer with no text field: plain letters are keys, not typing.
    pub fn is_list(&self) -> bool {
        matches!(
            self,
            Layer::Help(_) | Layer::DealList(_) | Layer::Products(_)
        )
    }

    /// Whether keys are going into a text field now (so `?` is text, not help).
    pub fn is_typing(&self) -> bool {
        match self {
            Layer::Help(_) | Layer::DealList(_) | Layer::Products(_) => false,
            Layer::Search(_) | Layer::Palette(_) => true,
            Layer::Gate(g) => g.focus >= g.criteria.len(),
            Layer::Loss(l) => l.form.is_typing(),
            Layer::DealForm(f) => f.form.is_typing(),
            Layer::ActivityForm(f) => f.form.is_typing(),
            Layer::Filter(f) => f.form.is_typing(),
            Layer::Review(w) => w.is_typing(),
            Layer::ActionsDue(a) => a.is_typing(),
            Layer::Quote(q) => q.is_typing(),
        }
    }

    /// Text typed here would be lost by quitting: ctrl-c asks first, as esc does.
    pub fn has_unsaved_text(&self) -> bool {
        let dirty = |f: &form::Form| f.is_dirty() && !f.asking_discard;
        match self {
            Layer::DealForm(f) => dirty(&f.form),
            Layer::ActivityForm(f) => dirty(&f.form),
            Layer::Loss(l) => dirty(&l.form),
            Layer::Gate(g) => !g.reason.text.trim().is_empty(),
            _ => false,
        }
    }

    pub fn show_error(&mut self, message: String) {
        match self {
            Layer::Gate(g) => g.error = Some(message),
            Layer::Loss(l) => l.form.error = Some(message),
            Layer::DealForm(f) => f.form.error = Some(message),
            Layer::ActivityForm(f) => f.form.error = Some(message),
            Layer::Filter(f) => f.form.error = Some(message),
            Layer::Review(w) => w.refused(message),
            Layer::ActionsDue(a) => a.refused(message),
            Layer::Quote(q) => q.refused(message),
            Layer::Products(_) => {}
            Layer::Help(_) | Layer::Search(_) | Layer::Palette(_) | Layer::DealList(_) => {}
        }
    }
}

/// Keys a dialog keeps for itself even while a text field has focus.
pub fn is_dialog_control(action: Option<Action>) -> bool {
    matches!(
        action,
        Some(
            Action::Confirm
                | Action::Cancel
                | Action::Up
                | Action::Down
                | Action::NextField
                | Action::PrevField
                | Action::Quit
        )
    )
}
