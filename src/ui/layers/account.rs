//! An account's page (`enter` in `g a`): its facts, parent and subsidiaries,
//! then its deals, contacts (the power map), latest activities and quotes.
//! `tab` moves between them; `enter` opens a deal or edits a contact; `e`
//! edits the account, `n` adds a contact, `m` moves one to another account.

use super::form::{Check, Field, Form};
use super::{LayerContext, Outcome, Request};
use crate::account_page::AccountPage;
use crate::domain::*;
use crate::ui::action::Action;
use crate::ui::keymap::{Key, Scope};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Section {
    Deals,
    Contacts,
    Activities,
    Quotes,
}

impl Section {
    pub const ALL: [Section; 4] = [
        Section::Deals,
        Section::Contacts,
        Section::Activities,
        Section::Quotes,
    ];

    pub fn label(self) -> &'static str {
        crate::i18n::word(match self {
            Section::Deals => "list-account-section-deals",
            Section::Contacts => "list-account-section-contacts",
            Section::Activities => "list-account-section-activities",
            Section::Quotes => "list-account-section-quotes",
        })
    }

    fn index(self) -> usize {
        Section::ALL.iter().position(|s| *s == self).unwrap_or(0)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AccountForm {
    EditAccount,
    NewContact,
    EditContact,
    MoveContact,
}

/// What the page asks the app to do.
#[derive(Debug, Clone)]
pub enum AccountRequest {
    /// Save the account; `parent` is the parent's name (empty: none).
    SaveAccount {
        account: Box<Account>,
        parent: String,
    },
    AddContact(Box<Contact>),
    SaveContact(Box<Contact>),
    /// Move the contact to the account of that name.
    MoveContact {
        contact: ContactId,
        to: String,
    },
    OpenDeal(DealId),
}

pub struct AccountView {
    pub page: AccountPage,
    /// Owners a person may make the account's owner: (id, name), by name.
    pub owners: Vec<(OwnerId, String)>,
    pub section: Section,
    /// The cursor in each section.
    pub selected: [usize; 4],
    pub form: Option<(AccountForm, Form)>,
    pub notice: Option<String>,
    pub today: chrono::NaiveDate,
}

const TIERS: [Tier; 3] = [Tier::A, Tier::B, Tier::C];
const SIZES: [CompanySize; 4] = [
    CompanySize::Small,
    CompanySize::Medium,
    CompanySize::Large,
    CompanySize::Enterprise,
];

impl AccountView {
    pub fn new(
        page: AccountPage,
        owners: Vec<(OwnerId, String)>,
        today: chrono::NaiveDate,
    ) -> Self {
        AccountView {
            page,
            owners,
            section: Section::Deals,
            selected: [0; 4],
            form: None,
            notice: None,
            today,
        }
    }

    /// The page as stored after a change, the cursors kept where they can be.
    pub fn reloaded(&mut self, page: AccountPage, note: String) {
        self.page = page;
        self.form = None;
        self.notice = Some(note);
        for s in Section::ALL {
            let last = self.rows(s).saturating_sub(1);
            self.selected[s.index()] = self.selected[s.index()].min(last);
        }
    }

    /// The Contacts section, on that contact.
    pub fn show_contact(&mut self, id: ContactId) {
        if let Some(i) = self.page.contacts.iter().position(|c| c.id == id) {
            self.section = Section::Contacts;
            self.selected[Section::Contacts.index()] = i;
        }
    }

    pub fn rows(&self, section: Section) -> usize {
        match section {
            Section::Deals => self.page.deals.len(),
            Section::Contacts => self.page.contacts.len(),
            Section::Activities => self.page.activities.len(),
            Section::Quotes => self.page.quotes.len(),
        }
    }

    pub fn cursor(&self, section: Section) -> usize {
        self.selected[section.index()]
    }

    fn contact_fields(c: Option<&Contact>) -> Vec<Field> {
        let roles: Vec<String> = DecisionRole::ALL
            .iter()
            .map(|r| r.label().to_string())
            .collect();
        let stances: Vec<String> = Stance::ALL.iter().map(|s| s.label().to_string()).collect();
        let text = |f: fn(&Contact) -> &str| c.map_or("", f).to_string();
        let word = crate::i18n::word;
        vec![
            Field::text(
                "name",
                word("list-account-field-name"),
                &text(|c| &c.name),
                Check::Required,
            ),
            Field::text(
                "title",
                word("list-account-field-title"),
                &text(|c| &c.title),
                Check::Optional,
            ),
            Field::choice(
                "role",
                word("list-account-field-role"),
                roles,
                c.and_then(|c| DecisionRole::ALL.iter().position(|r| *r == c.role))
                    .unwrap_or(3),
            ),
            Field::choice(
                "stance",
                word("list-account-field-stance"),
                stances,
                c.and_then(|c| Stance::ALL.iter().position(|s| *s == c.stance))
                    .unwrap_or(1),
            ),
            Field::choice(
                "influence",
                word("list-account-field-influence"),
                (1..=5).map(|i| i.to_string()).collect(),
                usize::from(c.map_or(3, |c| c.influence).clamp(1, 5) - 1),
            ),
            Field::text(
                "email",
                word("list-account-field-email"),
                &text(|c| &c.email),
                Check::Optional,
            ),
            Field::text(
                "phone",
                word("list-account-field-phone"),
                &text(|c| &c.phone),
                Check::Optional,
            ),
        ]
    }

    fn open_form(&mut self, kind: AccountForm) {
        let a = &self.page.account;
        let contact = self.page.contacts.get(self.cursor(Section::Contacts));
        let needs_contact = matches!(kind, AccountForm::EditContact | AccountForm::MoveContact);
        if needs_contact && (self.section != Section::Contacts || contact.is_none()) {
            self.notice = Some(t!("list-account-pick-contact"));
            return;
        }
        let word = crate::i18n::word;
        let (title, subtitle, fields) = match kind {
            AccountForm::EditAccount => {
                let mut owners = vec![t!("list-account-owner-none")];
                owners.extend(self.owners.iter().map(|(_, n)| n.clone()));
                let owner_at = a
                    .owner
                    .and_then(|o| self.owners.iter().position(|(id, _)| *id == o))
                    .map_or(0, |i| i + 1);
                (
                    t!("list-account-form-edit"),
                    a.name.clone(),
                    vec![
                        Field::text(
                            "name",
                            word("list-account-field-name"),
                            &a.name,
                            Check::Required,
                        ),
                        Field::text(
                            "industry",
                            word("list-account-field-industry"),
                            &a.industry,
                            Check::Optional,
                        ),
                        Field::text(
                            "region",
                            word("list-account-field-region"),
                            &a.region,
                            Check::Optional,
                        ),
                        Field::choice(
                            "tier",
                            word("list-account-field-tier"),
                            TIERS.iter().map(|t| format!("{t:?}")).collect(),
                            TIERS.iter().position(|t| *t == a.tier).unwrap_or(2),
                        ),
                        Field::choice(
                            "size",
                            word("list-account-field-size"),
                            SIZES.iter().map(|s| s.label().to_string()).collect(),
                            SIZES.iter().position(|s| *s == a.size).unwrap_or(0),
                        ),
                        Field::choice("owner", word("list-account-field-owner"), owners, owner_at),
                        Field::text(
                            "parent",
                            word("list-account-field-parent"),
                            self.page.parent.as_ref().map_or("", |p| p.name.as_str()),
                            Check::Optional,
                        ),
                    ],
                )
            }
            AccountForm::NewContact => (
                t!("list-account-form-new-contact"),
                a.name.clone(),
                Self::contact_fields(None),
            ),
            AccountForm::EditContact => (
                t!("list-account-form-contact"),
                a.name.clone(),
                Self::contact_fields(contact),
            ),
            AccountForm::MoveContact => (
                t!("list-account-form-move-contact"),
                contact.map_or(String::new(), |c| c.name.clone()),
                vec![Field::text(
                    "to",
                    word("list-account-field-move-to"),
                    "",
                    Check::Required,
                )],
            ),
        };
        self.form = Some((kind, Form::new(title, subtitle, fields, self.today)));
    }

    fn contact_from(&self, form: &Form, base: Option<&Contact>) -> Option<Contact> {
        let blank = Contact {
            id: ContactId(0),
            name: String::new(),
            title: String::new(),
            account: self.page.account.id,
            role: DecisionRole::Influencer,
            stance: Stance::Neutral,
            influence: 3,
            email: String::new(),
            phone: String::new(),
            last_contacted: None,
            created_at: chrono::DateTime::default(),
            updated_at: chrono::DateTime::default(),
        };
        let base = base.cloned().unwrap_or(blank);
        Some(Contact {
            name: form.text("name"),
            title: form.text("title"),
            role: DecisionRole::ALL.get(form.choice("role")).copied()?,
            stance: Stance::ALL.get(form.choice("stance")).copied()?,
            influence: u8::try_from(form.choice("influence") + 1).ok()?,
            email: form.text("email"),
            phone: form.text("phone"),
            ..base
        })
    }

    fn submitted(&self) -> Option<Request> {
        let (kind, form) = self.form.as_ref()?;
        let contact = self.page.contacts.get(self.cursor(Section::Contacts));
        let request = match kind {
            AccountForm::EditAccount => {
                let owner = match form.choice("owner") {
                    0 => None,
                    i => Some(self.owners.get(i - 1)?.0),
                };
                AccountRequest::SaveAccount {
                    account: Box::new(Account {
                        name: form.text("name"),
                        industry: form.text("industry"),
                        region: form.text("region"),
                        tier: TIERS.get(form.choice("tier")).copied()?,
                        size: SIZES.get(form.choice("size")).copied()?,
                        owner,
                        ..self.page.account.clone()
                    }),
                    parent: form.text("parent"),
                }
            }
            AccountForm::NewContact => {
                AccountRequest::AddContact(Box::new(self.contact_from(form, None)?))
            }
            AccountForm::EditContact => {
                AccountRequest::SaveContact(Box::new(self.contact_from(form, contact)?))
            }
            AccountForm::MoveContact => AccountRequest::MoveContact {
                contact: contact?.id,
                to: form.text("to"),
            },
        };
        Some(Request::Account(request))
    }
}

impl AccountView {
    /// Whether the list takes text itself (outside its forms).
    fn typing_elsewhere(&self) -> bool {
        false
    }

    /// A key for the list itself, no form open.
    fn list_key(&mut self, _key: Key, action: Option<Action>, cx: &LayerContext) -> Outcome {
        self.notice = None;
        let section = self.section;
        let last = self.rows(section).saturating_sub(1);
        let at = self.cursor(section);
        if let Some(to) = action.and_then(|a| a.moved_cursor(at, cx.page_rows, last)) {
            self.selected[section.index()] = to;
            return Outcome::Stay;
        }
        match action {
            Some(Action::NextTab | Action::PrevTab) => {
                let n = Section::ALL.len();
                let i = section.index();
                let next = if action == Some(Action::NextTab) {
                    i + 1
                } else {
                    i + n - 1
                };
                self.section = Section::ALL[next % n];
            }
            Some(Action::EditAccount) => self.open_form(AccountForm::EditAccount),
            Some(Action::NewContact) => self.open_form(AccountForm::NewContact),
            Some(Action::MoveContact) => self.open_form(AccountForm::MoveContact),
            Some(Action::Undo) => return Outcome::Request(Request::Undo),
            Some(Action::OpenDetail | Action::Confirm) => match section {
                Section::Deals => {
                    if let Some(d) = self.page.deals.get(at) {
                        return Outcome::Request(Request::Account(AccountRequest::OpenDeal(d.id)));
                    }
                }
                Section::Contacts => self.open_form(AccountForm::EditContact),
                Section::Activities | Section::Quotes => {
                    let deal = match section {
                        Section::Activities => self.page.activities.get(at).and_then(|a| a.deal),
                        _ => self.page.quotes.get(at).map(|q| q.deal),
                    };
                    if let Some(d) = deal {
                        return Outcome::Request(Request::Account(AccountRequest::OpenDeal(d)));
                    }
                }
            },
            Some(Action::Back | Action::Cancel) => return Outcome::Close,
            Some(Action::Quit) => return Outcome::Quit,
            _ => {}
        }
        Outcome::Stay
    }
}

impl super::LayerKeys for AccountView {
    super::form_over_list_keys!(Scope::Account);
}
