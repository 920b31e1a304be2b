//! A reusable keyboard form: labelled fields, Tab/Shift-Tab between them,
//! text or choice input, and validation that runs as the user types. Dialogs
//! that collect more than a couple of values (new deal, edit deal, log
//! activity) are a `Form` plus a function that turns its values into a
//! command.

use super::input::TextInput;
use crate::domain::dates::parse_date;
use crate::domain::money::{Currency, parse_amount};
use crate::ui::action::Action;
use crate::ui::keymap::Key;
use chrono::NaiveDate;
use ratatui::crossterm::event::KeyCode;
use rust_decimal::Decimal;

/// What a field accepts; checked on every edit and again on submit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Check {
    /// Anything, including nothing.
    Optional,
    /// Some non-blank text.
    Required,
    /// An amount such as `12500`, `12.5k` or `$3,000`; not negative.
    Amount,
    /// An ISO 4217 code such as `USD`.
    Currency,
    /// A date: `2026-12-31`, `+7d`, `+2w`, `eom`, `eoq`, `today`.
    Date,
    /// A date, or nothing.
    OptionalDate,
    /// A whole percentage 0–100, or nothing.
    OptionalPercent,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    Text(TextInput),
    /// One of a fixed list, chosen with ←/→ or space.
    Choice {
        options: Vec<String>,
        index: usize,
    },
    /// Any of a fixed list: ←/→ go through it, space picks or drops the one shown.
    Pick {
        options: Vec<String>,
        cursor: usize,
        picked: Vec<bool>,
        /// The picked options, as the value shows them.
        summary: String,
    },
}

fn summary_of(options: &[String], picked: &[bool]) -> String {
    options
        .iter()
        .zip(picked)
        .filter(|(_, p)| **p)
        .map(|(o, _)| o.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}

#[derive(Debug, Clone)]
pub struct Field {
    /// How the owning dialog finds the field again.
    pub key: &'static str,
    pub label: &'static str,
    pub input: Input,
    pub check: Check,
    /// Why the current value is not accepted.
    pub error: Option<String>,
    /// What the value means once parsed (a resolved date, a completion).
    pub hint: Option<String>,
    /// Names offered as completions for a text field; → at the end accepts.
    pub suggestions: Vec<String>,
    /// Screen lines a text field wraps over (a lesson takes several).
    pub rows: u16,
}

impl Field {
    pub fn text(key: &'static str, label: &'static str, value: &str, check: Check) -> Field {
        Field {
            key,
            label,
            input: Input::Text(TextInput::with(value)),
            check,
            error: None,
            hint: None,
            suggestions: Vec::new(),
            rows: 1,
        }
    }

    pub fn choice(
        key: &'static str,
        label: &'static str,
        options: Vec<String>,
        index: usize,
    ) -> Field {
        let index = index.min(options.len().saturating_sub(1));
        Field {
            key,
            label,
            input: Input::Choice { options, index },
            check: Check::Optional,
            error: None,
            hint: None,
            suggestions: Vec::new(),
            rows: 1,
        }
    }

    /// Any of `options`, those `picked` already chosen.
    pub fn pick(
        key: &'static str,
        label: &'static str,
        options: Vec<String>,
        picked: Vec<bool>,
    ) -> Field {
        let picked: Vec<bool> = (0..options.len())
            .map(|i| picked.get(i).copied().unwrap_or(false))
            .collect();
        let summary = summary_of(&options, &picked);
        Field {
            input: Input::Pick {
                cursor: picked.iter().position(|p| *p).unwrap_or(0),
                options,
                picked,
                summary,
            },
            ..Field::choice(key, label, Vec::new(), 0)
        }
    }

    /// A text that wraps over `rows` lines instead of scrolling sideways.
    pub fn tall(mut self, rows: u16) -> Field {
        self.rows = rows.max(1);
        self
    }

    pub fn with_suggestions(mut self, suggestions: Vec<String>) -> Field {
        self.suggestions = suggestions;
        self
    }

    /// The value as the user sees it (a choice's option text).
    pub fn value(&self) -> &str {
        match &self.input {
            Input::Text(t) => &t.text,
            Input::Choice { options, index } => {
                options.get(*index).map(String::as_str).unwrap_or("")
            }
            Input::Pick { summary, .. } => summary,
        }
    }

    /// The first suggestion that extends what was typed (case-insensitive).
    pub fn completion(&self) -> Option<&str> {
        let typed = self.value().trim();
        if typed.is_empty() {
            return None;
        }
        let lower = typed.to_lowercase();
        self.suggestions
            .iter()
            .find(|s| s.to_lowercase() == lower)
            .or_else(|| {
                self.suggestions
                    .iter()
                    .find(|s| s.to_lowercase().starts_with(&lower))
            })
            .map(String::as_str)
    }

    fn validate(&mut self, today: NaiveDate) {
        let value = self.value().trim().to_string();
        self.hint = None;
        self.error = match self.check {
            Check::Optional => None,
            Check::Required if value.is_empty() => Some(t!("dlg-form-required")),
            Check::Required => None,
            Check::Amount => match parse_amount(&value) {
                Ok(a) if a < Decimal::ZERO => Some(t!("dlg-form-negative")),
                Ok(_) => None,
                Err(_) => Some(t!("dlg-form-amount")),
            },
            Check::Currency => match value.to_uppercase().parse::<Currency>() {
                Ok(_) => None,
                Err(_) => Some(t!("dlg-form-currency")),
            },
            Check::Date | Check::OptionalDate if value.is_empty() => {
                (self.check == Check::Date).then(|| t!("dlg-form-date-required"))
            }
            Check::Date | Check::OptionalDate => match parse_date(&value, today) {
                Ok(d) => {
                    if d.to_string() != value {
                        self.hint = Some(resolved_date(d));
                    }
                    None
                }
                Err(_) => Some(t!("dlg-form-date")),
            },
            Check::OptionalPercent if value.is_empty() => None,
            Check::OptionalPercent => match value.trim_end_matches('%').trim().parse::<u8>() {
                Ok(p) if p <= 100 => None,
                _ => Some(t!("dlg-form-percent")),
            },
        };
        if self.error.is_none()
            && let Some(c) = self.completion()
            && c.to_lowercase() != value.to_lowercase()
        {
            self.hint = Some(format!("→ {c}"));
        }
    }
}

/// What a typed date resolves to: `= Sun 2026-11-29`.
fn resolved_date(d: NaiveDate) -> String {
    use chrono::{Datelike, Weekday};
    let weekday = match d.weekday() {
        Weekday::Mon => t!("dlg-weekday-1"),
        Weekday::Tue => t!("dlg-weekday-2"),
        Weekday::Wed => t!("dlg-weekday-3"),
        Weekday::Thu => t!("dlg-weekday-4"),
        Weekday::Fri => t!("dlg-weekday-5"),
        Weekday::Sat => t!("dlg-weekday-6"),
        Weekday::Sun => t!("dlg-weekday-7"),
    };
    t!(
        "dlg-form-date-hint",
        weekday = weekday,
        date = d.format("%Y-%m-%d").to_string()
    )
}

/// What a key did to the form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FormEvent {
    Stay,
    /// Esc on an untouched form, or a confirmed discard.
    Close,
    /// Enter with every field valid.
    Submit,
    Quit,
}

impl FormEvent {
    /// What the layer stack should do; `submit` builds the command from the valid form and
    /// may still refuse (`None` keeps the form open, its own error shown).
    pub fn into_outcome(self, submit: impl FnOnce() -> Option<super::Command>) -> super::Outcome {
        use super::Outcome;
        match self {
            FormEvent::Stay => Outcome::Stay,
            FormEvent::Close => Outcome::Close,
            FormEvent::Quit => Outcome::Quit,
            FormEvent::Submit => submit().map_or(Outcome::Stay, Outcome::Submit),
        }
    }
}

#[derive(Debug, Clone)]
pub struct Form {
    pub title: String,
    /// A line under the title (the deal a form is about).
    pub subtitle: String,
    /// Read-only lines under the subtitle (evidence a form was prefilled from).
    pub notes: Vec<String>,
    pub fields: Vec<Field>,
    pub focus: usize,
    /// A problem with the form as a whole (the store refused it).
    pub error: Option<String>,
    /// Esc was pressed with unsaved edits: the form asks before discarding.
    pub asking_discard: bool,
    /// Menus that change nothing stored close on Esc without asking.
    pub ask_before_discard: bool,
    initial: Vec<String>,
    today: NaiveDate,
}

impl Form {
    pub fn new(title: String, subtitle: String, fields: Vec<Field>, today: NaiveDate) -> Form {
        let initial = fields.iter().map(|f| f.value().to_string()).collect();
        let mut form = Form {
            title,
            subtitle,
            notes: Vec::new(),
            fields,
            focus: 0,
            error: None,
            asking_discard: false,
            ask_before_discard: true,
            initial,
            today,
        };
        // Show resolved dates and completions from the start, but no
        // "required" complaints before the user has typed anything.
        for f in &mut form.fields {
            f.validate(today);
            if f.value().trim().is_empty() {
                f.error = None;
            }
        }
        form
    }

    /// Keys go into a text field (the focused one), or the form asks before
    /// discarding: letters are not commands now.
    pub fn is_typing(&self) -> bool {
        self.asking_discard
            || matches!(
                self.fields.get(self.focus).map(|f| &f.input),
                Some(Input::Text(_))
            )
    }

    pub fn is_dirty(&self) -> bool {
        self.fields
            .iter()
            .zip(&self.initial)
            .any(|(f, v)| f.value() != v)
    }

    pub fn field(&self, key: &str) -> Option<&Field> {
        self.fields.iter().find(|f| f.key == key)
    }

    /// The trimmed text of a field ("" when there is no such field).
    pub fn text(&self, key: &str) -> String {
        self.field(key)
            .map(|f| f.value().trim().to_string())
            .unwrap_or_default()
    }

    /// The options picked in a pick field, by index.
    pub fn picked(&self, key: &str) -> Vec<usize> {
        match self.field(key).map(|f| &f.input) {
            Some(Input::Pick { picked, .. }) => (0..picked.len()).filter(|i| picked[*i]).collect(),
            _ => Vec::new(),
        }
    }

    pub fn choice(&self, key: &str) -> usize {
        match self.field(key).map(|f| &f.input) {
            Some(Input::Choice { index, .. }) => *index,
            _ => 0,
        }
    }

    pub fn amount(&self, key: &str) -> Decimal {
        parse_amount(&self.text(key)).unwrap_or_default()
    }

    pub fn date(&self, key: &str) -> Option<NaiveDate> {
        let text = self.text(key);
        if text.is_empty() {
            return None;
        }
        parse_date(&text, self.today).ok()
    }

    pub fn percent(&self, key: &str) -> Option<u8> {
        self.text(key).trim_end_matches('%').trim().parse().ok()
    }

    pub fn currency(&self, key: &str) -> Option<Currency> {
        self.text(key).to_uppercase().parse().ok()
    }

    /// Marks a field wrong from outside (a rule that spans fields).
    pub fn reject(&mut self, key: &str, message: String) {
        if let Some(i) = self.fields.iter().position(|f| f.key == key) {
            self.fields[i].error = Some(message);
            self.focus = i;
        }
    }

    fn move_focus(&mut self, delta: isize) {
        let n = self.fields.len() as isize;
        if n > 0 {
            self.focus = (self.focus as isize + delta).rem_euclid(n) as usize;
        }
    }

    /// Checks every field; focuses the first one in error.
    fn validate_all(&mut self) -> bool {
        for f in &mut self.fields {
            f.validate(self.today);
        }
        match self.fields.iter().position(|f| f.error.is_some()) {
            Some(i) => {
                self.focus = i;
                self.error = Some(t!("dlg-form-fix-first"));
                false
            }
            None => true,
        }
    }

    pub fn handle(&mut self, key: Key, action: Option<Action>) -> FormEvent {
        if self.asking_discard {
            return match (action, key.code) {
                (Some(Action::Confirm | Action::Cancel), _) | (_, KeyCode::Char('y')) => {
                    FormEvent::Close
                }
                (Some(Action::Quit), _) => FormEvent::Quit,
                _ => {
                    self.asking_discard = false;
                    FormEvent::Stay
                }
            };
        }
        let today = self.today;
        let Some(field) = self.fields.get_mut(self.focus) else {
            return FormEvent::Close;
        };
        if let Input::Text(input) = &mut field.input
            && !super::is_dialog_control(action)
        {
            // → at the end of the text accepts the offered completion.
            let at_end = input.cursor == input.text.chars().count();
            if key.code == KeyCode::Right
                && at_end
                && let Some(c) = field.completion().map(str::to_string)
                && c != field.value()
            {
                field.input = Input::Text(TextInput::with(&c));
                field.validate(today);
                return FormEvent::Stay;
            }
            if let Input::Text(input) = &mut field.input
                && input.edit(key)
            {
                field.validate(today);
                self.error = None;
                return FormEvent::Stay;
            }
        }
        match action {
            Some(Action::NextField | Action::Down) => self.move_focus(1),
            Some(Action::PrevField | Action::Up) => self.move_focus(-1),
            Some(Action::Right | Action::Toggle | Action::Left) => {
                if let Input::Choice { options, index } = &mut field.input
                    && !options.is_empty()
                {
                    let delta = if action == Some(Action::Left) { -1 } else { 1 };
                    *index = (*index as isize + delta).rem_euclid(options.len() as isize) as usize;
                    self.error = None;
                }
                if let Input::Pick {
                    options,
                    cursor,
                    picked,
                    summary,
                } = &mut field.input
                    && !options.is_empty()
                {
                    if action == Some(Action::Toggle) {
                        if let Some(p) = picked.get_mut(*cursor) {
                            *p = !*p;
                        }
                        *summary = summary_of(options, picked);
                    } else {
                        let delta = if action == Some(Action::Left) { -1 } else { 1 };
                        *cursor =
                            (*cursor as isize + delta).rem_euclid(options.len() as isize) as usize;
                    }
                    self.error = None;
                }
            }
            Some(Action::Confirm) if self.validate_all() => {
                self.error = None;
                return FormEvent::Submit;
            }
            Some(Action::Cancel | Action::Back) => {
                if self.ask_before_discard && self.is_dirty() {
                    self.asking_discard = true;
                } else {
                    return FormEvent::Close;
                }
            }
            Some(Action::Quit) => return FormEvent::Quit,
            _ => {}
        }
        FormEvent::Stay
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::crossterm::event::KeyModifiers;

    fn key(code: KeyCode) -> Key {
        Key {
            code,
            mods: KeyModifiers::NONE,
        }
    }

    fn typed(form: &mut Form, text: &str) {
        for c in text.chars() {
            form.handle(key(KeyCode::Char(c)), None);
        }
    }

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 22).unwrap_or_default()
    }

    fn sample_form() -> Form {
        Form::new(
            "New deal".into(),
            String::new(),
            vec![
                Field::text("title", "title", "", Check::Required),
                Field::text("amount", "amount", "", Check::Amount),
                Field::text("close", "close", "", Check::Date),
                Field::text("account", "account", "", Check::Required)
                    .with_suggestions(vec!["Acme Corp".into(), "Beta".into()]),
                Field::choice("kind", "kind", vec!["call".into(), "email".into()], 0),
            ],
            today(),
        )
    }

    #[test]
    fn validates_as_the_user_types_and_resolves_dates() {
        let mut f = sample_form();
        assert!(f.fields.iter().all(|f| f.error.is_none()));
        f.handle(key(KeyCode::Tab), Some(Action::NextField));
        typed(&mut f, "12.5x");
        assert!(f.fields[1].error.is_some());
        f.handle(key(KeyCode::Backspace), None);
        typed(&mut f, "k");
        assert_eq!(f.fields[1].error, None);
        assert_eq!(f.amount("amount"), Decimal::from(12_500));
        f.handle(key(KeyCode::Tab), Some(Action::NextField));
        typed(&mut f, "+7d");
        assert_eq!(f.fields[2].hint.as_deref(), Some("= Sun 2026-11-29"));
        assert_eq!(f.date("close"), NaiveDate::from_ymd_opt(2026, 11, 29));
    }

    #[test]
    fn submit_focuses_the_first_bad_field() {
        let mut f = sample_form();
        f.focus = 2;
        assert_eq!(
            f.handle(key(KeyCode::Enter), Some(Action::Confirm)),
            FormEvent::Stay
        );
        assert_eq!(f.focus, 0);
        assert_eq!(f.fields[0].error.as_deref(), Some("required"));
        assert!(f.error.is_some());
    }

    #[test]
    fn right_arrow_at_the_end_accepts_a_completion() {
        let mut f = sample_form();
        f.focus = 3;
        typed(&mut f, "ac");
        assert_eq!(f.fields[3].hint.as_deref(), Some("→ Acme Corp"));
        f.handle(key(KeyCode::Right), Some(Action::Right));
        assert_eq!(f.text("account"), "Acme Corp");
        assert_eq!(f.fields[3].hint, None);
    }

    #[test]
    fn choices_cycle_and_escape_asks_when_dirty() {
        let mut f = sample_form();
        f.focus = 4;
        f.handle(key(KeyCode::Left), Some(Action::Left));
        assert_eq!(f.text("kind"), "email");
        assert_eq!(f.choice("kind"), 1);
        assert_eq!(
            f.handle(key(KeyCode::Esc), Some(Action::Cancel)),
            FormEvent::Stay
        );
        assert!(f.asking_discard);
        // Any other key goes back to editing; Esc again discards.
        f.handle(key(KeyCode::Char('n')), None);
        assert!(!f.asking_discard);
        f.handle(key(KeyCode::Esc), Some(Action::Cancel));
        assert_eq!(
            f.handle(key(KeyCode::Esc), Some(Action::Cancel)),
            FormEvent::Close
        );
    }

    #[test]
    fn an_untouched_form_closes_at_once() {
        let mut f = sample_form();
        assert_eq!(
            f.handle(key(KeyCode::Esc), Some(Action::Cancel)),
            FormEvent::Close
        );
    }
}
