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

    pub const ALL: [Action; 79] = [
        Action::Quit,
        Action::Back,
        Action::Help,
        Action::Search,
        Action::CommandPalette,
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
    ];

    /// What the action does, for help and the command palette.
    pub fn describe(self) -> &'static str {
        match self {
            Action::Quit => "quit dealdeck",
            Action::Back => "back / close",
            Action::Help => "help: every key of this screen",
            Action::Search => "fuzzy search deals, accounts, contacts",
            Action::CommandPalette => "command palette",
            Action::GotoBoard => "go to the board",
            Action::Up => "up",
            Action::Down => "down",
            Action::Left => "left",
            Action::Right => "right",
            Action::First => "first",
            Action::Last => "last",
            Action::PageUp => "page up",
            Action::PageDown => "page down",
            Action::OpenDetail => "open the deal",
            Action::MoveForward => "move deal one stage forward (gate check)",
            Action::MoveBack => "move deal one stage back",
            Action::MarkWon => "mark deal won",
            Action::MarkLost => "mark deal lost (loss capture)",
            Action::NewDeal => "new deal",
            Action::EditDeal => "edit deal",
            Action::LogActivity => "log an activity",
            Action::AddTask => "add a task (a dated to-do on the deal)",
            Action::DealTasks => "the deal's tasks: mark done, move to another day, hand on",
            Action::Filter => "filter deals",
            Action::Sort => "sort cards",
            Action::SwitchPipeline => "switch pipeline",
            Action::Undo => "undo the last change",
            Action::Confirm => "confirm",
            Action::Cancel => "cancel",
            Action::NextField => "next field",
            Action::PrevField => "previous field",
            Action::Toggle => "tick / untick",
            Action::GotoReports => "go to the reports",
            Action::NextTab => "next report",
            Action::PrevTab => "previous report",
            Action::PeriodBack => "previous period",
            Action::PeriodForward => "next period",
            Action::PeriodLength => "period length: month / quarter / year",
            Action::CycleOwner => "report on: everyone / each owner / each team",
            Action::CycleBreakdown => "win/loss by the next dimension",
            Action::GotoReview => "monthly loss review (resumes where left)",
            Action::FollowReview => "follow the review in progress (read-only)",
            Action::ClearFilter => "clear the filter (never quits: q does)",
            Action::ActionsDue => "improvement actions due",
            Action::NextStep => "review: next step",
            Action::PrevStep => "review: previous step",
            Action::SkipDeal => "review: skip this deal for now",
            Action::AbandonReview => "review: abandon it (at step 1; asks first)",
            Action::GotoToday => "go to today: what is due, stale or waiting",
            Action::CompleteTask => "mark the task done",
            Action::Contacts => "the power map: edit a contact's role, stance, influence",
            Action::GotoAccounts => "go to the accounts: filter, order, their deals",
            Action::GotoLeads => "go to the lead pool (公海): claim, follow up, qualify",
            Action::ClaimLead => "lead: claim it from the pool",
            Action::AssignLead => "lead: assign it to a rep",
            Action::QualifyLead => "lead: qualify — its account, contact and deal",
            Action::DisqualifyLead => "lead: disqualify it, with a reason",
            Action::ReturnLead => "lead: return it to the pool",
            Action::NewProduct => "catalogue: add a product",
            Action::EditProduct => "catalogue: edit the product (name, unit, prices, offered)",
            Action::SetPrice => "catalogue: the product's price on a list, from a quantity",
            Action::EditAccount => {
                "account: edit its name, industry, region, tier, size, owner, parent"
            }
            Action::NewContact => "account: add a contact",
            Action::MoveContact => "account: move the contact to another account",
            Action::PreviousDeal => "review: previous deal",
            Action::OpenQuote => "quote editor (the deal's latest quote, or a new one)",
            Action::AddLine => "quote: add a line (fuzzy product pick)",
            Action::DeleteLine => "quote: delete the line",
            Action::LineUp => "quote: move the line up",
            Action::LineDown => "quote: move the line down",
            Action::SendQuote => "quote: mark sent (guards enforced)",
            Action::RecordApproval => "quote: record a discount approval",
            Action::ExportQuote => "quote: export Markdown and text",
            Action::NewQuote => "quote: start another quote on this deal",
            Action::OtherQuote => "quote: the deal's next quote (cycles)",
            Action::QuoteAccepted => "quote: accepted by the customer",
            Action::QuoteRejected => "quote: rejected by the customer",
            Action::GotoProducts => "products and price lists",
        }
    }

    /// What the action does on that screen: a few shared keys mean something
    /// particular there (`tab` in the lead pool changes which leads).
    pub fn describe_in(self, scope: Scope) -> &'static str {
        match (scope, self) {
            (Scope::Leads, Action::NextTab) => "which leads: in the pool, mine, open, all",
            (Scope::Leads, Action::PrevTab) => "which leads, backwards",
            (Scope::Leads, Action::Filter) => "filter the leads (fuzzy; esc clears)",
            (Scope::Leads, Action::LogActivity) => "lead: log a follow-up",
            (Scope::Leads, Action::OpenDetail) => "open a converted lead's deal",
            (Scope::Account, Action::NextTab) => {
                "next section: deals, contacts, activities, quotes"
            }
            (Scope::Account, Action::PrevTab) => "previous section",
            (Scope::Account, Action::OpenDetail) => "open the deal, or edit the contact",
            (Scope::Products, Action::EditProduct) => "catalogue: edit the product",
            (Scope::Today, Action::OpenDetail) => {
                "open the row's deal (or the actions, or the lead)"
            }
            _ => self.describe(),
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
