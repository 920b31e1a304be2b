//! dealdeck: a keyboard-driven terminal workbench for B2B sales pipelines.
//!
//! Layers, from the inside out: `domain` (types and pure rules), `store` (redb),
//! `sample` (the generated demo workspace), `cli` (the scriptable commands),
//! `ui` (the terminal app), `server` (`dealdeck serve`: the app and commands over SSH).

// First, so `t!` (a catalogue message) is in scope in every module after it.
#[macro_use]
pub mod i18n;
pub mod account_page;
pub mod analytics;
pub mod cli;
pub mod domain;
pub mod format;
pub mod io;
pub mod quote_doc;
pub mod review;
pub mod sample;
pub mod search;
pub mod server;
pub mod settings;
pub mod store;
pub mod table;
pub mod text;
pub mod ui;
