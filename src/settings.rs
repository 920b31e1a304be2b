//! The thresholds users tune, from `settings.toml` in the config dir: the quote
//! pricing guards, the loss signals and the win reasons. A missing file means the defaults; a
//! broken one is reported by file and line and the defaults are used.
//!
//! ```toml
//! # The screen the app opens on: "board" or "today" (before any [table]).
//! start = "board"
//! # The language: "en" or "zh-CN" (else DEALDECK_LANG, else the locale: LC_ALL, LC_MESSAGES, LANG).
//! lang = "zh-CN"
//! # Short amounts: "auto" (万/亿 in Chinese, k/m in English), "western" or "wan".
//! amounts = "auto"
//! # Dates in sentences and cards: "iso" (2026-11-28) or "long" (2026年11月28日, 28 Nov 2026).
//! dates = "iso"
//! # What the won dialog (`W`) offers.
//! win_reasons = ["Best fit for their need", "Relationship and trust", "Price and terms"]
//!
//! [pricing]
//! off_list_pct = 5          # unit price further than this from the price list warns
//! min_margin_pct = 15       # margin below this is red
//! free_discount_pct = 10    # discounts up to this need no approval
//! manager_discount_pct = 20 # up to this a manager approves; above, a director
//!
//! [leads]
//! recycle_days = 15         # an assigned lead without a follow-up this long goes back to the pool
//! follow_up_hours = 24      # a new assignment without a follow-up this long is flagged
//! auto_assign_score = 80    # a pool lead scoring this much is assigned by rule
//! target_industries = ["Manufacturing", "Auto parts", "Logistics"]  # weigh in the profile fit
//!
//! [signals]
//! requirement_changes = 3
//! min_margin_pct = 15
//! approval_free_discount_pct = 10
//! decision_maker_silence_days = 30
//! inactivity_days = 30
//! ```

use crate::analytics::loss::SignalSettings;
use crate::domain::pricing::PricingPolicy;
use serde::Deserialize;
use std::path::Path;

#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Settings {
    pub pricing: PricingPolicy,
    pub signals: SignalSettings,
    /// What the won dialog offers as the reason a deal was won.
    pub win_reasons: WinReasons,
    /// The screen the app opens on: `board` (default) or `today`.
    pub start: StartScreen,
    /// The lead pool's rules: recycling, the follow-up flag, assignment by score.
    pub leads: crate::domain::lead_pool::LeadRules,
    /// The language: `en` or `zh-CN` (after `--lang` and `DEALDECK_LANG`,
    /// before the locale).
    pub lang: Option<String>,
    /// Short amounts in thousands and millions or in 万 and 亿: `auto`
    /// (万 in Chinese), `western`, `wan`.
    pub amounts: crate::i18n::AmountStyle,
    /// Dates in sentences and cards: `iso` (2026-11-28) or `long` (2026年11月28日).
    pub dates: crate::i18n::DateStyle,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum StartScreen {
    #[default]
    Board,
    Today,
}

/// The reasons the won dialog offers (`win_reasons = [...]` in settings.toml).
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(transparent)]
pub struct WinReasons(pub Vec<String>);

impl Default for WinReasons {
    fn default() -> Self {
        WinReasons(
            [
                "Best fit for their need",
                "Relationship and trust",
                "Price and terms",
                "Speed to deliver",
                "References and proof",
                "Other",
            ]
            .map(String::from)
            .to_vec(),
        )
    }
}

impl WinReasons {
    /// The reasons the won dialog offers: the settings' own, or, when nobody
    /// set any, the built-in six in the app's language.
    pub fn offered(&self) -> Vec<String> {
        if *self != WinReasons::default() {
            return self.0.clone();
        }
        (1..=6)
            .map(|n| crate::i18n::message(&format!("win-reason-{n}"), None))
            .collect()
    }
}

impl Settings {
    /// Reads `file`; the warnings say what was wrong with it.
    pub fn load(file: Option<&Path>) -> (Settings, Vec<String>) {
        let Some(file) = file else {
            return (Settings::default(), Vec::new());
        };
        let text = match std::fs::read_to_string(file) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return (Settings::default(), Vec::new());
            }
            Err(e) => {
                return (
                    Settings::default(),
                    vec![format!("{}: {e}", file.display())],
                );
            }
        };
        match Settings::parse(&text) {
            Ok(s) => (s, Vec::new()),
            Err(e) => (
                Settings::default(),
                vec![t!(
                    "store-settings-unreadable",
                    file = file.display().to_string(),
                    error = e
                )],
            ),
        }
    }

    pub fn parse(text: &str) -> Result<Settings, String> {
        toml::from_str(text).map_err(|e| {
            let line = e
                .span()
                .map(|s| text[..s.start.min(text.len())].matches('\n').count() + 1);
            match line {
                Some(l) => t!(
                    "store-settings-at-line",
                    line = l.to_string(),
                    error = e.message()
                ),
                None => e.message().to_string(),
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal::dec;

    #[test]
    fn thresholds_read_from_toml_with_defaults_for_the_rest() {
        let s =
            Settings::parse("[pricing]\nmin_margin_pct = 20\n\n[signals]\ninactivity_days = 14\n")
                .unwrap();
        assert_eq!(s.pricing.min_margin_pct, dec!(20));
        assert_eq!(s.pricing.off_list_pct, dec!(5));
        assert_eq!(s.signals.inactivity_days, 14);
        assert_eq!(s.signals.requirement_changes, 3);
        assert_eq!(s.win_reasons, WinReasons::default());
        let s = Settings::parse("win_reasons = [\"Price\", \"Speed\"]\n").unwrap();
        assert_eq!(s.win_reasons.0, ["Price", "Speed"]);
        let e = Settings::parse("[pricing]\nmargin = 3\n").unwrap_err();
        assert!(e.starts_with("line 2:") && e.contains("margin"), "{e}");
    }

    #[test]
    fn a_broken_settings_file_is_reported_in_chinese() {
        crate::i18n::set_session_lang(crate::i18n::Lang::ZhCn);
        let e = Settings::parse("[pricing]\nmargin = 3\n").unwrap_err();
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("settings.toml");
        std::fs::write(&file, "[pricing]\nmargin = 3\n").unwrap();
        let (_, warnings) = Settings::load(Some(&file));
        crate::i18n::set_session_lang(crate::i18n::Lang::En);
        assert!(e.starts_with("第 2 行："), "{e}");
        assert!(warnings[0].ends_with("；改用默认阈值"), "{warnings:?}");
    }
}
