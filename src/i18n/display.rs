//! How amounts and dates read: `$1.6m` or `$156万`, `2026-11-28` or
//! `2026年11月28日`, from settings (`amounts`, `dates`), set once at start.

use serde::Deserialize;
use std::sync::atomic::{AtomicU8, Ordering};

/// `amounts = "auto" | "western" | "wan"` in settings: short amounts in
/// thousands and millions (`1.6m`), or in 万 and 亿 (`156万`). `auto`: 万 when
/// the app speaks Chinese.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum AmountStyle {
    #[default]
    Auto,
    Western,
    Wan,
}

/// `dates = "iso" | "long"` in settings: `2026-11-28` everywhere, or the
/// language's long form where a sentence or a card has room (`2026年11月28日`,
/// `28 Nov 2026`). Tables keep ISO, which lines up.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DateStyle {
    #[default]
    Iso,
    Long,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Display {
    pub amounts: AmountStyle,
    pub dates: DateStyle,
}

static AMOUNTS: AtomicU8 = AtomicU8::new(0);
static DATES: AtomicU8 = AtomicU8::new(0);

pub fn set_display(display: Display) {
    let amounts = match display.amounts {
        AmountStyle::Auto => 0,
        AmountStyle::Western => 1,
        AmountStyle::Wan => 2,
    };
    AMOUNTS.store(amounts, Ordering::Relaxed);
    DATES.store(
        u8::from(display.dates == DateStyle::Long),
        Ordering::Relaxed,
    );
}

/// Whether short amounts are written in 万 and 亿.
pub fn amount_style_wan() -> bool {
    match AMOUNTS.load(Ordering::Relaxed) {
        1 => false,
        2 => true,
        _ => super::lang() == super::Lang::ZhCn,
    }
}

/// Whether dates in sentences and cards take the long form.
pub fn date_long() -> bool {
    DATES.load(Ordering::Relaxed) == 1
}
