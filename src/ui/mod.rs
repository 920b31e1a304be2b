//! The terminal UI: state (`app`), key handling (`keymap`, `action`), layers,
//! themes, pure views, and the event loop (`terminal`).

pub mod action;
pub mod analytics_worker;
pub mod app;
mod app_account;
mod app_accounts;
mod app_changes;
mod app_dialogs;
mod app_keys;
mod app_leads;
pub mod app_parts;
mod app_quote;
mod app_reports;
mod app_review;
mod app_team;
mod app_today;
pub mod board;
pub mod compact_backend;
pub mod data;
pub mod detail;
pub mod job;
pub mod keymap;
pub mod layers;
mod memory;
pub mod report_engine;
pub mod reports;
pub mod search_engine;
pub mod team;
pub mod terminal;
pub mod theme;
pub mod view;
pub mod wake;
