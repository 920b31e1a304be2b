//! The one vocabulary of user intent. Keys, the command palette, the help
//! overlay and tests all speak it; keys never call code directly.

use super::keymap::Scope;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Action {
    Quit,
    Back,
    Help,
    Search,
    CommandPalette,
    /// Draw the whole screen again (another program's output garbled it).
    Repaint,
    GotoBoard,
    Up,
    Down,
    Left,
    Right,
    First,
    Last,
    PageUp,
    PageDown,
    OpenDetail,
    MoveForward,
    MoveBack,
    MarkWon,
    MarkLost,
    NewDeal,
    EditDeal,
    LogActivity,
    AddTask,
    DealTasks,
    Filter,
    Sort,
    SwitchPipeline,
    Undo,
    Confirm,
    Cancel,
    NextField,
    PrevField,
    Toggle,
    GotoReports,
    NextTab,
    PrevTab,
    PeriodBack,
    PeriodForward,
    PeriodLength,
    CycleOwner,
    CycleBreakdown,
    GotoReview,
    FollowReview,
    ClearFilter,
    ActionsDue,
    NextStep,
    PrevStep,
    SkipDeal,
    PreviousDeal,
    AbandonReview,
    GotoToday,
    CompleteTask,
    Contacts,
    GotoAccounts,
    GotoLeads,
    ClaimLead,
    AssignLead,
    QualifyLead,
    DisqualifyLead,
    ReturnLead,
    NewProduct,
    EditProduct,
    SetPrice,
    EditAccount,
    NewContact,
    MoveContact,
    OpenQuote,
    AddLine,
    DeleteLine,
    LineUp,
    LineDown,
    SendQuote,
    RecordApproval,
    ExportQuote,
    NewQuote,
    OtherQuote,
    QuoteAccepted,
    QuoteRejected,
    GotoProducts,
    SwitchLanguage,
}

impl Action {
    /// Where a list cursor at `at` goes for this action (↑ ↓, page keys, first,
    /// last), kept within `0..=last`; None when the action is no motion.
    pub fn moved_cursor(self, at: usize, page: usize, last: usize) -> Option<usize> {
        let to = match self {
            Action::Up => at.saturating_sub(1),
            Action::Down => at.saturating_add(1),
            Action::PageUp => at.saturating_sub(page),
            Action::PageDown => at.saturating_add(page),
            Action::First => 0,
            Action::Last => last,
            _ => return None,
        };
        Some(to.min(last))
    }

    pub const ALL: [Action; 81] = [
        Action::Quit,
        Action::Back,
        Action::Help,
        Action::Search,
        Action::CommandPalette,
        Action::Repaint,
        Action::GotoBoard,
        Action::Up,
        Action::Down,
        Action::Left,
        Action::Right,
        Action::First,
        Action::Last,
        Action::PageUp,
        Action::PageDown,
        Action::OpenDetail,
        Action::MoveForward,
        Action::MoveBack,
        Action::MarkWon,
        Action::MarkLost,
        Action::NewDeal,
        Action::EditDeal,
        Action::LogActivity,
        Action::AddTask,
        Action::DealTasks,
        Action::Filter,
        Action::Sort,
        Action::SwitchPipeline,
        Action::Undo,
        Action::Confirm,
        Action::Cancel,
        Action::NextField,
        Action::PrevField,
        Action::Toggle,
        Action::GotoReports,
        Action::NextTab,
        Action::PrevTab,
        Action::PeriodBack,
        Action::PeriodForward,
        Action::PeriodLength,
        Action::CycleOwner,
        Action::CycleBreakdown,
        Action::GotoReview,
        Action::FollowReview,
        Action::ClearFilter,
        Action::ActionsDue,
        Action::NextStep,
        Action::PrevStep,
        Action::SkipDeal,
        Action::AbandonReview,
        Action::GotoToday,
        Action::CompleteTask,
        Action::Contacts,
        Action::GotoAccounts,
        Action::GotoLeads,
        Action::ClaimLead,
        Action::AssignLead,
        Action::QualifyLead,
        Action::DisqualifyLead,
        Action::ReturnLead,
        Action::NewProduct,
        Action::EditProduct,
        Action::SetPrice,
        Action::EditAccount,
        Action::NewContact,
        Action::MoveContact,
        Action::PreviousDeal,
        Action::OpenQuote,
        Action::AddLine,
        Action::DeleteLine,
        Action::LineUp,
        Action::LineDown,
        Action::SendQuote,
        Action::RecordApproval,
        Action::ExportQuote,
        Action::NewQuote,
        Action::OtherQuote,
        Action::QuoteAccepted,
        Action::QuoteRejected,
        Action::GotoProducts,
        Action::SwitchLanguage,
    ];

    /// The action's name in the catalogue: `MoveForward` → `move-forward`.
    pub fn key(self) -> String {
        kebab(&format!("{self:?}"))
    }

    /// What the action does, for help and the command palette
    /// (`action-<name>` in the catalogue).
    pub fn describe(self) -> String {
        crate::i18n::message(&format!("action-{}", self.key()), None)
    }

    /// What the action does on that screen: a few shared keys mean something
    /// particular there (`tab` in the lead pool changes which leads):
    /// `action-<name>-in-<screen>` where the catalogue has one.
    pub fn describe_in(self, scope: Scope) -> String {
        let particular = format!("action-{}-in-{}", self.key(), kebab(&format!("{scope:?}")));
        if crate::i18n::has(crate::i18n::Lang::En, &particular) {
            crate::i18n::message(&particular, None)
        } else {
            self.describe()
        }
    }

    /// Whether the command palette offers it (plain cursor motions are left out).
    pub fn in_palette(self) -> bool {
        !self.is_cursor_motion()
            && !matches!(
                self,
                Action::Confirm
                    | Action::Cancel
                    | Action::NextField
                    | Action::PrevField
                    | Action::Toggle
                    | Action::CommandPalette
            )
    }

    /// Whether the action writes to the workspace (or opens a form that does):
    /// refused where the screen only shows.
    pub fn changes_data(self) -> bool {
        matches!(
            self,
            Action::MoveForward
                | Action::MoveBack
                | Action::MarkWon
                | Action::MarkLost
                | Action::NewDeal
                | Action::EditDeal
                | Action::LogActivity
                | Action::AddTask
                | Action::DealTasks
                | Action::Undo
                | Action::OpenQuote
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
        )
    }

    /// The only screen where the action means something, if it belongs to one.
    pub fn only_on(self) -> Option<Scope> {
        match self {
            Action::NextTab
            | Action::PrevTab
            | Action::PeriodBack
            | Action::PeriodForward
            | Action::PeriodLength
            | Action::CycleOwner
            | Action::CycleBreakdown => Some(Scope::Reports),
            Action::NextStep
            | Action::PrevStep
            | Action::SkipDeal
            | Action::PreviousDeal
            | Action::AbandonReview => Some(Scope::Review),
            Action::AddLine
            | Action::DeleteLine
            | Action::LineUp
            | Action::LineDown
            | Action::SendQuote
            | Action::RecordApproval
            | Action::ExportQuote
            | Action::NewQuote
            | Action::OtherQuote
            | Action::QuoteAccepted
            | Action::QuoteRejected => Some(Scope::Quote),
            Action::ClaimLead
            | Action::AssignLead
            | Action::QualifyLead
            | Action::DisqualifyLead
            | Action::ReturnLead => Some(Scope::Leads),
            Action::NewProduct | Action::EditProduct | Action::SetPrice => Some(Scope::Products),
            Action::EditAccount | Action::NewContact | Action::MoveContact => Some(Scope::Account),
            _ => None,
        }
    }

    /// Moves the cursor within the current screen or list.
    pub fn is_cursor_motion(self) -> bool {
        matches!(
            self,
            Action::Up
                | Action::Down
                | Action::Left
                | Action::Right
                | Action::First
                | Action::Last
                | Action::PageUp
                | Action::PageDown
        )
    }
}

/// `MoveForward` → `move-forward`, as catalogue keys are written.
fn kebab(name: &str) -> String {
    let mut out = String::with_capacity(name.len() + 4);
    for (i, c) in name.chars().enumerate() {
        if c.is_ascii_uppercase() {
            if i > 0 {
                out.push('-');
            }
            out.push(c.to_ascii_lowercase());
        } else {
            out.push(c);
        }
    }
    out
}
