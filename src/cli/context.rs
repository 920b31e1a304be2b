//! Where the workspace lives, who is acting and what time it is.

use crate::domain::dates::parse_date;
use crate::sample::{self, SampleOptions};
use crate::store::{PageCache, Stamp, Store};
use anyhow::{Context as _, bail};
use chrono::{DateTime, NaiveDate, NaiveTime, TimeZone, Utc};
use std::cell::{RefCell, RefMut};
use std::io::Write;
use std::path::PathBuf;
use std::sync::Arc;

/// Where a command's output goes: the process's stdout/stderr, or an SSH
/// channel or socket when the command runs inside `dealdeck serve`.
pub type Sink = Box<dyn Write + Send>;

pub struct Context {
    pub db: PathBuf,
    /// The path was chosen by the user (`--db` / `DEALDECK_DB`), not the default.
    pub explicit_db: bool,
    pub user: String,
    pub now: DateTime<Utc>,
    /// The workspace a server already holds open; commands use it instead of
    /// opening the file (which the server's lock would refuse).
    shared: Option<Arc<Store>>,
    out: RefCell<Sink>,
    err: RefCell<Sink>,
    /// Output goes to a person's terminal (progress lines, the app).
    pub interactive: bool,
}

/// The default workspace file in the platform's data directory.
pub fn default_db_path() -> anyhow::Result<PathBuf> {
    let dirs =
        directories::ProjectDirs::from("", "", "dealdeck").with_context(|| t!("climsg-no-home"))?;
    Ok(dirs.data_dir().join("dealdeck.redb"))
}

impl Context {
    pub fn from_env(db: Option<PathBuf>) -> anyhow::Result<Context> {
        let explicit_db = db.is_some();
        let db = match db {
            Some(p) => p,
            None => default_db_path()?,
        };
        let user = std::env::var("DEALDECK_USER")
            .or_else(|_| std::env::var("USER"))
            .ok()
            .filter(|u| !u.trim().is_empty())
            .unwrap_or_else(|| "me".to_string());
        // DEALDECK_NOW pins the clock (scripts, reproducible runs and tests).
        let now = match std::env::var("DEALDECK_NOW") {
            Ok(s) => parse_instant(&s).with_context(|| format!("DEALDECK_NOW='{s}'"))?,
            Err(_) => Utc::now(),
        };
        use std::io::IsTerminal;
        Ok(Context {
            db,
            explicit_db,
            user,
            now,
            shared: None,
            out: RefCell::new(Box::new(std::io::stdout())),
            err: RefCell::new(Box::new(std::io::stderr())),
            interactive: std::io::stderr().is_terminal(),
        })
    }

    /// A command run by the server for one of its users: the server's open
    /// store, that user's name, output into the given sinks.
    pub fn served(
        store: Arc<Store>,
        user: String,
        now: DateTime<Utc>,
        out: Sink,
        err: Sink,
    ) -> Context {
        Context {
            db: store.path().to_path_buf(),
            explicit_db: true,
            user,
            now,
            shared: Some(store),
            out: RefCell::new(out),
            err: RefCell::new(err),
            interactive: false,
        }
    }

    /// Standard output (or the client's, under the server).
    pub fn out(&self) -> RefMut<'_, Sink> {
        self.out.borrow_mut()
    }

    /// Standard error (or the client's, under the server).
    pub fn err(&self) -> RefMut<'_, Sink> {
        self.err.borrow_mut()
    }

    /// Whether the command runs inside the server, on its open store.
    pub fn is_served(&self) -> bool {
        self.shared.is_some()
    }

    pub fn today(&self) -> NaiveDate {
        self.now.date_naive()
    }

    /// `settings.toml` from the config dir; its problems are said on stderr
    /// and the defaults used.
    pub fn settings(&self) -> crate::settings::Settings {
        let (settings, warnings) = crate::settings::Settings::load(
            super::tui::config_dir()
                .map(|d| d.join("settings.toml"))
                .as_deref(),
        );
        for w in warnings {
            errln!(self, "{w}");
        }
        settings
    }

    pub fn stamp(&self) -> Stamp<'_> {
        Stamp {
            by: &self.user,
            at: self.now,
        }
    }

    /// Opens the workspace for reading: it must already exist, except the
    /// default one, which is created as the sample workspace on first run.
    pub fn open_existing(&self) -> anyhow::Result<Arc<Store>> {
        self.open_existing_with(PageCache::Working)
    }

    /// As `open_existing`, for a command that reads what it needs once
    /// (`PageCache::OnePass`); a served command shares the server's store.
    pub fn open_for_one_pass(&self) -> anyhow::Result<Arc<Store>> {
        self.open_existing_with(PageCache::OnePass)
    }

    fn open_existing_with(&self, cache: PageCache) -> anyhow::Result<Arc<Store>> {
        if let Some(store) = &self.shared {
            return Ok(store.clone());
        }
        crate::store::files::refuse_special(&self.db)?;
        if std::fs::metadata(&self.db).is_ok_and(|m| m.len() == 0) {
            bail!(t!("climsg-db-empty", path = self.db.display().to_string()));
        }
        if !self.db.exists() {
            if self.explicit_db {
                bail!(t!("climsg-no-db", path = self.db.display().to_string()));
            }
            return self.create_first_run_sample();
        }
        Ok(Arc::new(Store::open_with(&self.db, cache)?))
    }

    /// Opens the workspace for changes, creating an empty one at an explicit path.
    pub fn open_or_create(&self) -> anyhow::Result<Arc<Store>> {
        if let Some(store) = &self.shared {
            return Ok(store.clone());
        }
        if !self.db.exists() && !self.explicit_db {
            return self.create_first_run_sample();
        }
        let store = Store::open(&self.db)?;
        if store.open_report().created {
            errln!(
                self,
                "{}: {}",
                t!("error-prefix"),
                t!("climsg-created-empty", path = self.db.display().to_string())
            );
        }
        Ok(Arc::new(store))
    }

    fn create_first_run_sample(&self) -> anyhow::Result<Arc<Store>> {
        errln!(
            self,
            "{}: {}",
            t!("error-prefix"),
            t!("climsg-first-run", path = self.db.display().to_string())
        );
        Ok(Arc::new(sample::create(
            &self.db,
            SampleOptions::with_today(self.today()),
        )?))
    }
}

/// `2026-11-22T09:30:00Z` or a plain date (noon UTC).
pub fn parse_instant(s: &str) -> anyhow::Result<DateTime<Utc>> {
    if let Ok(t) = DateTime::parse_from_rfc3339(s.trim()) {
        return Ok(t.with_timezone(&Utc));
    }
    let day = parse_date(s, Utc::now().date_naive())?;
    Ok(Utc.from_utc_datetime(&day.and_time(NaiveTime::from_hms_opt(12, 0, 0).unwrap_or_default())))
}
