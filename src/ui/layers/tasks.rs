//! The deal's tasks (`T` in the detail), earliest due first: enter opens one
//! to mark it done, move it to another day or hand it to someone else — one
//! undoable change; the last open task done clears the deal's overdue step.

use super::Request;
use super::form::{Check, Field, Form};
use crate::domain::*;
use crate::i18n::word;
use crate::store::TaskChange;
use chrono::NaiveDate;

pub struct TaskList {
    pub deal: DealId,
    pub title: String,
    pub tasks: Vec<Activity>,
    pub owners: Vec<Owner>,
    pub selected: usize,
    /// The selected task's form, while open.
    pub form: Option<Form>,
    pub today: NaiveDate,
    pub notice: Option<String>,
}

impl TaskList {
    pub fn new(
        deal: &Deal,
        mut tasks: Vec<Activity>,
        owners: Vec<Owner>,
        today: NaiveDate,
    ) -> Self {
        order(&mut tasks);
        TaskList {
            deal: deal.id,
            title: deal.title.clone(),
            tasks,
            owners,
            selected: 0,
            form: None,
            today,
            notice: None,
        }
    }

    pub fn owner(&self, id: OwnerId) -> &str {
        self.owners
            .iter()
            .find(|o| o.id == id)
            .map_or("", |o| o.name.as_str())
    }

    /// The change was stored: the deal's tasks as they are now.
    pub fn saved(&mut self, mut tasks: Vec<Activity>, note: String) {
        let keep = self.tasks.get(self.selected).map(|t| t.id);
        order(&mut tasks);
        self.tasks = tasks;
        self.form = None;
        self.notice = Some(note);
        self.selected = keep
            .and_then(|id| self.tasks.iter().position(|t| t.id == id))
            .unwrap_or(0);
    }

    fn open_form(&mut self) {
        let Some(task) = self.tasks.get(self.selected) else {
            return;
        };
        let owner = self
            .owners
            .iter()
            .position(|o| o.id == task.owner)
            .unwrap_or(0);
        let due = task.due.map_or(String::new(), |d| d.to_string());
        self.form = Some(Form::new(
            t!("dlg-task-form-title"),
            task.summary.clone(),
            vec![
                Field::choice(
                    "status",
                    word("dlg-task-status"),
                    vec![t!("dlg-task-open"), t!("dlg-task-done")],
                    usize::from(task.done),
                ),
                Field::text("due", word("dlg-task-due"), &due, Check::OptionalDate),
                Field::choice(
                    "owner",
                    word("dlg-task-owner"),
                    self.owners.iter().map(|o| o.name.clone()).collect(),
                    owner,
                ),
            ],
            self.today,
        ));
    }

    /// What the form asks for, compared with the task as it is.
    fn changes(&self, form: &Form) -> Option<(ActivityId, Vec<TaskChange>)> {
        let task = self.tasks.get(self.selected)?;
        let mut changes = Vec::new();
        if let Some(day) = form.date("due").filter(|d| Some(*d) != task.due) {
            changes.push(TaskChange::Due(day));
        }
        if let Some(o) = self
            .owners
            .get(form.choice("owner"))
            .filter(|o| o.id != task.owner)
        {
            changes.push(TaskChange::Owner(o.name.clone()));
        }
        if form.choice("status") == 1 && !task.done {
            changes.push(TaskChange::Done);
        }
        Some((task.id, changes))
    }
}

/// Open ones first, the earliest due first, undated last.
fn order(tasks: &mut [Activity]) {
    tasks.sort_by_key(|t| (t.done, t.due.is_none(), t.due, t.id));
}

impl super::RowForms for TaskList {
    fn rows(&self) -> usize {
        self.tasks.len()
    }

    fn parts(&mut self) -> (&mut usize, &mut Option<Form>, &mut Option<String>) {
        (&mut self.selected, &mut self.form, &mut self.notice)
    }

    fn open_form(&mut self) {
        TaskList::open_form(self);
    }

    fn submitted(&self) -> Option<Request> {
        let (id, changes) = self.changes(self.form.as_ref()?)?;
        (!changes.is_empty()).then_some(Request::Task { id, changes })
    }
}

impl super::LayerKeys for TaskList {
    super::row_forms_keys!();
}
