//! Dialogs, palettes and overlays as a stack of layers on top of a screen.
//! The top layer gets every key first. Every layer speaks one protocol
//! (`LayerKeys`): the keymap scopes its keys resolve in, whether it is taking
//! text, and one `Outcome` per key — stay, close, quit, help, a command that
//! closes it on success, or a request whose answer it keeps showing.

pub mod account;
pub mod accounts;
pub mod actions_due;
pub mod activity_form;
pub mod contacts;
pub mod deal_form;
pub mod deal_list;
pub mod filter;
pub mod form;
pub mod gate;
pub mod help;
pub mod input;
pub mod leads;
pub mod loss;
pub mod palette;
pub mod products;
pub mod quote;
mod quote_approval;
pub mod review;
pub mod search;
pub mod tasks;
pub mod today;
pub mod won;

use crate::domain::*;
use crate::store::{DealDraft, GateDecision, LossInput};
use crate::ui::action::Action;
use crate::ui::board::Filter;
use crate::ui::keymap::{Key, Scope};

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
    Tasks(tasks::TaskList),
    Won(won::WonDialog),
    /// Today (full screen).
    Today(today::Today),
    /// The power map (`c` in the detail).
    Contacts(contacts::ContactList),
    /// Accounts (full screen, `g a`).
    Accounts(accounts::AccountList),
    /// The lead pool (full screen, `g l`).
    Leads(Box<leads::LeadPool>),
    /// An account's page (full screen, `enter` in the accounts).
    Account(Box<account::AccountView>),
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
        won: crate::domain::moves::WinInput,
    },
    Lose {
        deal: DealId,
        loss: LossInput,
    },
    CreateDeal(Box<DealDraft>),
    SaveDeal(Box<Deal>),
    /// The activity, and the day of a task that follows it up.
    LogActivity(Box<Activity>, Option<chrono::NaiveDate>),
    SetFilter(Filter),
    JumpTo(DealId),
    /// Open the deal's detail (from a report), coming back to the report after.
    OpenDeal(DealId),
    /// List an account's deals (a search hit on the account or one of its contacts).
    AccountDeals(crate::search::Kind, u64),
    Run(Action),
}

/// What a layer asks of the app after a key.
pub enum Outcome {
    Stay,
    Close,
    Quit,
    /// Open help for this layer's keys.
    Help,
    /// Run this; on success the layer closes, on failure it shows the error.
    Submit(Command),
    /// Run this and keep the layer open; the layer is given the answer.
    Request(Request),
}

/// Work a layer stays open for: the app runs it and hands back the answer.
pub enum Request {
    /// The search query changed: rank it in the background.
    Search(String),
    Quote(quote::QuoteRequest),
    Review(review::ReviewRequest),
    ActionStatus {
        action: ActionId,
        status: ActionStatus,
        note: String,
    },
    /// Save a contact's power-map place.
    SaveContact(Box<Contact>),
    /// Log an activity on this deal (a Today row's).
    LogActivity(DealId),
    /// The gate before a win is passed: the won dialog comes next.
    Won {
        deal: DealId,
        gate: GateDecision,
    },
    /// Take back the last change; the layer shows what is stored then.
    Undo,
    /// A change on an account's page, or a deal to open from it.
    Account(account::AccountRequest),
    /// Show this account's page over the accounts list.
    AccountPage(AccountId),
    /// Save a product (or its price on a list) from the catalogue.
    SaveProduct(Box<crate::store::ImportedProduct>),
    /// The lead pool over this layer, on that lead (a Today row's).
    OpenLead(LeadId),
    /// A change in the lead pool.
    Lead(leads::LeadRequest),
    /// Changes to one task, saved together.
    Task {
        id: ActivityId,
        changes: Vec<crate::store::TaskChange>,
    },
}

impl Outcome {
    pub fn quote(request: quote::QuoteRequest) -> Self {
        Outcome::Request(Request::Quote(request))
    }

    pub fn review(request: review::ReviewRequest) -> Self {
        Outcome::Request(Request::Review(request))
    }
}

/// What a layer may read from the app while it handles a key.
pub struct LayerContext<'a> {
    /// Rows a page key moves in a list.
    pub page_rows: usize,
    pub search: &'a crate::ui::search_engine::SearchEngine,
}

/// The one protocol of every layer: the app resolves a key in the layer's
/// scopes, applies the keys every layer shares (ctrl-c, `?`), then hands it
/// over and acts on the outcome. Drawing is `ui::view::layers::render`.
pub trait LayerKeys {
    /// Keymap scopes a key is looked up in, first match wins.
    fn scopes(&self) -> &'static [Scope] {
        if self.is_typing() {
            &[Scope::Dialog]
        } else {
            &[Scope::Dialog, Scope::Global]
        }
    }
    /// Whether keys are going into a text field now (so `?` and `q` are text).
    fn is_typing(&self) -> bool {
        false
    }
    /// Text typed here would be lost by quitting: ctrl-c asks first, as esc does.
    fn has_unsaved_text(&self) -> bool {
        false
    }
    /// Which keys `?` lists here.
    fn help_scope(&self) -> Scope {
        Scope::Dialog
    }
    fn handle(&mut self, key: Key, action: Option<Action>, cx: &LayerContext) -> Outcome;
    /// A command or request this layer asked for was refused (lists have
    /// nowhere to show it: the refusal then goes to the status line).
    fn show_error(&mut self, _message: String) {}
}

/// `FormLayer`'s accessors for a layer whose form is its `form` field.
macro_rules! form_in_field {
    () => {
        fn form(&self) -> &$crate::ui::layers::form::Form {
            &self.form
        }
        fn form_mut(&mut self) -> &mut $crate::ui::layers::form::Form {
            &mut self.form
        }
    };
}
pub(crate) use form_in_field;

/// A layer that is one form: its keys, typing and errors are the form's.
pub trait FormLayer {
    fn form(&self) -> &form::Form;
    fn form_mut(&mut self) -> &mut form::Form;
    /// The command of the valid form (None keeps it open with its own error shown).
    fn command(&mut self) -> Option<Command>;
    /// After each key (the loss dialog follows the chosen category).
    fn after_key(&mut self) {}

    /// A key for the form: the form's event, then the command on submit.
    fn form_key(&mut self, key: Key, action: Option<Action>) -> Outcome {
        let event = self.form_mut().handle(key, action);
        self.after_key();
        event.into_outcome(|| self.command())
    }
}

impl<T: FormLayer> LayerKeys for T {
    fn is_typing(&self) -> bool {
        self.form().is_typing()
    }

    fn has_unsaved_text(&self) -> bool {
        form_has_unsaved_text(self.form())
    }

    fn show_error(&mut self, message: String) {
        self.form_mut().error = Some(message);
    }

    fn handle(&mut self, key: Key, action: Option<Action>, _cx: &LayerContext) -> Outcome {
        self.form_key(key, action)
    }
}

impl Layer {
    pub fn keys(&self) -> &dyn LayerKeys {
        match self {
            Layer::Help(l) => l,
            Layer::Gate(l) => l,
            Layer::Loss(l) => l,
            Layer::Search(l) => l,
            Layer::Palette(l) => l,
            Layer::DealForm(l) => l.as_ref(),
            Layer::ActivityForm(l) => l.as_ref(),
            Layer::Filter(l) => l,
            Layer::DealList(l) => l,
            Layer::Review(l) => l.as_ref(),
            Layer::ActionsDue(l) => l,
            Layer::Quote(l) => l.as_ref(),
            Layer::Products(l) => l,
            Layer::Tasks(l) => l,
            Layer::Won(l) => l,
            Layer::Today(l) => l,
            Layer::Contacts(l) => l,
            Layer::Accounts(l) => l,
            Layer::Leads(l) => l.as_ref(),
            Layer::Account(l) => l.as_ref(),
        }
    }

    pub fn keys_mut(&mut self) -> &mut dyn LayerKeys {
        match self {
            Layer::Help(l) => l,
            Layer::Gate(l) => l,
            Layer::Loss(l) => l,
            Layer::Search(l) => l,
            Layer::Palette(l) => l,
            Layer::DealForm(l) => l.as_mut(),
            Layer::ActivityForm(l) => l.as_mut(),
            Layer::Filter(l) => l,
            Layer::DealList(l) => l,
            Layer::Review(l) => l.as_mut(),
            Layer::ActionsDue(l) => l,
            Layer::Quote(l) => l.as_mut(),
            Layer::Products(l) => l,
            Layer::Tasks(l) => l,
            Layer::Won(l) => l,
            Layer::Today(l) => l,
            Layer::Contacts(l) => l,
            Layer::Accounts(l) => l,
            Layer::Leads(l) => l.as_mut(),
            Layer::Account(l) => l.as_mut(),
        }
    }

    /// Full-screen layers hide the screen and the layers below them.
    pub fn is_full_screen(&self) -> bool {
        matches!(
            self,
            Layer::Review(_)
                | Layer::Quote(_)
                | Layer::Today(_)
                | Layer::Accounts(_)
                | Layer::Leads(_)
                | Layer::Account(_)
        )
    }
}

/// A key for a form opened over a list (an action's status, a task): None while
/// no form is open; else what the layer answers, `Submitted` when the valid
/// form was sent (the caller builds its request from it).
pub enum SubForm {
    Answer(Outcome),
    Submitted,
}

pub fn sub_form_key(
    slot: &mut Option<form::Form>,
    key: Key,
    action: Option<Action>,
) -> Option<SubForm> {
    let form = slot.as_mut()?;
    Some(match form.handle(key, action) {
        form::FormEvent::Stay => SubForm::Answer(Outcome::Stay),
        form::FormEvent::Close => {
            *slot = None;
            SubForm::Answer(Outcome::Stay)
        }
        form::FormEvent::Quit => SubForm::Answer(Outcome::Quit),
        form::FormEvent::Submit => SubForm::Submitted,
    })
}

/// Whether a form with changes would lose them on closing (forms that ask
/// before discarding; a filter menu just closes).
pub fn form_has_unsaved_text(f: &form::Form) -> bool {
    f.ask_before_discard && f.is_dirty() && !f.asking_discard
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

/// `LayerKeys` for a list with forms of several kinds over it (the lead
/// pool, the catalogue, an account's page): its `form: Option<(kind, Form)>`
/// takes the keys while open, its `notice` shows refusals otherwise; the
/// list's own keys go to its `list_key`, its submitted form to `submitted`,
/// and `typing_elsewhere` says when it takes text itself (a filter).
macro_rules! form_over_list_keys {
    ($scope:expr) => {
        fn scopes(&self) -> &'static [$crate::ui::keymap::Scope] {
            use $crate::ui::keymap::Scope;
            match &self.form {
                Some((_, f)) if f.is_typing() => &[Scope::Dialog],
                Some(_) => &[Scope::Dialog, Scope::Global],
                None if self.typing_elsewhere() => &[Scope::Dialog],
                None => &[$scope, Scope::Global],
            }
        }

        fn is_typing(&self) -> bool {
            self.typing_elsewhere() || self.form.as_ref().is_some_and(|(_, f)| f.is_typing())
        }

        fn has_unsaved_text(&self) -> bool {
            self.form
                .as_ref()
                .is_some_and(|(_, f)| $crate::ui::layers::form_has_unsaved_text(f))
        }

        fn help_scope(&self) -> $crate::ui::keymap::Scope {
            $scope
        }

        fn show_error(&mut self, message: String) {
            match self.form.as_mut() {
                Some((_, form)) => form.error = Some(message),
                None => self.notice = Some(message),
            }
        }

        fn handle(
            &mut self,
            key: $crate::ui::keymap::Key,
            action: Option<$crate::ui::action::Action>,
            cx: &$crate::ui::layers::LayerContext,
        ) -> $crate::ui::layers::Outcome {
            use $crate::ui::layers::{Outcome, SubForm, sub_form_key};
            if let Some((kind, form)) = self.form.take() {
                let mut slot = Some(form);
                let answer = sub_form_key(&mut slot, key, action);
                self.form = slot.map(|f| (kind, f));
                match answer {
                    Some(SubForm::Answer(outcome)) => return outcome,
                    Some(SubForm::Submitted) => {
                        return self.submitted().map_or(Outcome::Stay, Outcome::Request);
                    }
                    None => {}
                }
            }
            self.list_key(key, action, cx)
        }
    };
}
pub(crate) use form_over_list_keys;

/// A list where enter opens a form on the selected row (a deal's tasks, its
/// account's contacts): its keys are answered once, by [`row_forms_key`].
pub trait RowForms {
    fn rows(&self) -> usize;
    /// The list's cursor, its open form and its notice line.
    fn parts(&mut self) -> (&mut usize, &mut Option<form::Form>, &mut Option<String>);
    fn open_form(&mut self);
    /// The change the submitted form asks for; None when it changes nothing.
    fn submitted(&self) -> Option<Request>;
}

pub fn row_forms_key<T: RowForms>(
    list: &mut T,
    key: Key,
    action: Option<Action>,
    cx: &LayerContext,
) -> Outcome {
    let rows = list.rows();
    let (_, form, _) = list.parts();
    match sub_form_key(form, key, action) {
        Some(SubForm::Answer(outcome)) => return outcome,
        Some(SubForm::Submitted) => {
            return match list.submitted() {
                Some(request) => Outcome::Request(request),
                None => {
                    let (_, form, notice) = list.parts();
                    *form = None;
                    *notice = Some(t!("dlg-nothing-changed"));
                    Outcome::Stay
                }
            };
        }
        None => {}
    }
    let (selected, _, notice) = list.parts();
    *notice = None;
    let last = rows.saturating_sub(1);
    if let Some(to) = action.and_then(|a| a.moved_cursor(*selected, cx.page_rows, last)) {
        *selected = to;
        return Outcome::Stay;
    }
    match action {
        Some(Action::Confirm | Action::OpenDetail) => {
            list.open_form();
            Outcome::Stay
        }
        Some(Action::Cancel | Action::Back) => Outcome::Close,
        Some(Action::Quit) => Outcome::Quit,
        _ => Outcome::Stay,
    }
}

/// `LayerKeys` for a [`RowForms`] list whose form and notice are its `form`
/// and `notice` fields.
macro_rules! row_forms_keys {
    () => {
        fn is_typing(&self) -> bool {
            self.form
                .as_ref()
                .is_some_and($crate::ui::layers::form::Form::is_typing)
        }

        fn has_unsaved_text(&self) -> bool {
            self.form
                .as_ref()
                .is_some_and($crate::ui::layers::form_has_unsaved_text)
        }

        fn show_error(&mut self, message: String) {
            match self.form.as_mut() {
                Some(form) => form.error = Some(message),
                None => self.notice = Some(message),
            }
        }

        fn handle(
            &mut self,
            key: $crate::ui::keymap::Key,
            action: Option<$crate::ui::action::Action>,
            cx: &$crate::ui::layers::LayerContext,
        ) -> $crate::ui::layers::Outcome {
            $crate::ui::layers::row_forms_key(self, key, action, cx)
        }
    };
}
pub(crate) use row_forms_keys;
