//! Every word the product says comes from a message catalogue per language:
//! Project Fluent files under `locales/<lang>/`, built into the binary.
//! English and Simplified Chinese hold the same keys (a test says so).
//!
//! The language is chosen once at start ([`choose`]: `--lang`, `DEALDECK_LANG`,
//! `lang` in settings, then the locale) and can be switched while the app
//! runs. A served session keeps its own choice on its own thread.

mod display;

pub use display::{AmountStyle, DateStyle, Display, amount_style_wan, date_long, set_display};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use std::cell::Cell;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicU8, Ordering};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash)]
pub enum Lang {
    #[default]
    En,
    ZhCn,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::En, Lang::ZhCn];

    /// The tag people type and files use: `en`, `zh-CN`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::ZhCn => "zh-CN",
        }
    }

    /// The language's own name, for the palette.
    pub fn name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::ZhCn => "简体中文",
        }
    }

    /// Reads a tag or a locale: `en`, `en_US.UTF-8`, `zh`, `zh-CN`,
    /// `zh_CN.UTF-8`, `zh-Hans`. None for anything else.
    pub fn parse(tag: &str) -> Option<Lang> {
        let tag = tag.trim();
        let base = tag
            .split(['.', '@'])
            .next()
            .unwrap_or("")
            .replace('_', "-")
            .to_ascii_lowercase();
        let primary = base.split('-').next().unwrap_or("");
        match primary {
            "en" => Some(Lang::En),
            // Traditional-script locales are not offered; Simplified is the nearest.
            "zh" => Some(Lang::ZhCn),
            "c" | "posix" => Some(Lang::En),
            _ => None,
        }
    }

    fn index(self) -> u8 {
        match self {
            Lang::En => 0,
            Lang::ZhCn => 1,
        }
    }

    fn from_index(i: u8) -> Lang {
        if i == 1 { Lang::ZhCn } else { Lang::En }
    }
}

/// Where the choice came from, in the order it is looked for.
#[derive(Debug, Default, Clone)]
pub struct LangSources<'a> {
    /// `--lang` on the command line.
    pub flag: Option<&'a str>,
    /// `DEALDECK_LANG`.
    pub env: Option<&'a str>,
    /// `lang` in settings.toml.
    pub settings: Option<&'a str>,
    /// `LC_ALL`, `LC_MESSAGES`, `LANG`, in that order (the first set one counts).
    pub locale: Option<&'a str>,
}

/// The language to speak: the first source that names one we have; English
/// otherwise. A source naming a language we do not have is passed over (the
/// caller says so: [`unknown`]).
pub fn choose(sources: &LangSources) -> Lang {
    [sources.flag, sources.env, sources.settings, sources.locale]
        .into_iter()
        .flatten()
        .find_map(Lang::parse)
        .unwrap_or_default()
}

/// The sources that named a language dealdeck does not speak, for a warning
/// (a locale such as `de_DE` is not worth one).
pub fn unknown<'a>(sources: &LangSources<'a>) -> Vec<&'a str> {
    [sources.flag, sources.env, sources.settings]
        .into_iter()
        .flatten()
        .filter(|t| Lang::parse(t).is_none())
        .collect()
}

/// The locale the environment asks for: `LC_ALL`, else `LC_MESSAGES`, else `LANG`.
pub fn locale_from_env() -> Option<String> {
    ["LC_ALL", "LC_MESSAGES", "LANG"]
        .into_iter()
        .filter_map(|v| std::env::var(v).ok())
        .find(|v| !v.is_empty())
}

static PROCESS_LANG: AtomicU8 = AtomicU8::new(0);

thread_local! {
    /// A served session's own language, on the thread that draws it.
    static SESSION_LANG: Cell<Option<Lang>> = const { Cell::new(None) };
}

/// The language of this thread's session, else the process's.
pub fn lang() -> Lang {
    SESSION_LANG
        .with(Cell::get)
        .unwrap_or_else(|| Lang::from_index(PROCESS_LANG.load(Ordering::Relaxed)))
}

/// The process's language: what every thread speaks unless its session chose.
pub fn set_lang(lang: Lang) {
    PROCESS_LANG.store(lang.index(), Ordering::Relaxed);
}

/// This thread's session language (a served session), leaving others alone.
pub fn set_session_lang(lang: Lang) {
    SESSION_LANG.with(|c| c.set(Some(lang)));
}

/// A thread that speaks the language of the thread starting it: a served
/// session's background work (reports, search, loaders) words its results
/// in that session's language.
pub fn spawn<T: Send + 'static>(
    work: impl FnOnce() -> T + Send + 'static,
) -> std::thread::JoinHandle<T> {
    let lang = lang();
    std::thread::spawn(move || {
        set_session_lang(lang);
        work()
    })
}

/// The catalogue files, per language, in the same order: one per area of
/// the product, so each area's words are found together.
macro_rules! catalogue {
    ($($file:literal),+ $(,)?) => {
        const FILES: &[&str] = &[$($file),+];

        fn sources(lang: Lang) -> Vec<&'static str> {
            match lang {
                Lang::En => vec![$(include_str!(concat!("../../locales/en/", $file))),+],
                Lang::ZhCn => vec![$(include_str!(concat!("../../locales/zh-CN/", $file))),+],
            }
        }
    };
}

catalogue!(
    "app.ftl",
    "actions.ftl",
    "cli.ftl",
    "format.ftl",
    "dialogs.ftl",
    "detail.ftl",
    "reports.ftl",
    "review.ftl",
    "quote.ftl",
    "lists.ftl",
    "domain.ftl",
    "cli-help.ftl",
    "cli-messages.ftl",
    "cli-reports.ftl",
    "cli-import.ftl",
    "store.ftl",
    "io.ftl",
);

type Bundle = FluentBundle<FluentResource>;

fn bundle(lang: Lang) -> &'static Bundle {
    static BUNDLES: OnceLock<[Bundle; 2]> = OnceLock::new();
    let all = BUNDLES.get_or_init(|| Lang::ALL.map(build));
    &all[lang.index() as usize]
}

fn build(lang: Lang) -> Bundle {
    let id: unic_langid::LanguageIdentifier = lang.code().parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // A terminal draws the bidi isolation marks Fluent puts around arguments.
    bundle.set_use_isolating(false);
    for text in sources(lang) {
        // The catalogue is built in; a broken one fails the parity test, not a user.
        let resource = FluentResource::try_new(text.to_string()).unwrap_or_else(|(res, _)| res);
        let _ = bundle.add_resource(resource);
    }
    bundle
}

/// The message `key` in the current language, with `args`; English when the
/// current language lacks it, the key itself when no catalogue has it.
pub fn message(key: &str, args: Option<&FluentArgs>) -> String {
    message_in(lang(), key, args)
}

pub fn message_in(lang: Lang, key: &str, args: Option<&FluentArgs>) -> String {
    for l in [lang, Lang::En] {
        let bundle = bundle(l);
        if let Some(pattern) = bundle.get_message(key).and_then(|m| m.value()) {
            let mut errors = Vec::new();
            return bundle
                .format_pattern(pattern, args, &mut errors)
                .into_owned();
        }
    }
    key.to_string()
}

/// A record's kind as a noun in the current language (`deal` → 商机); the
/// kind itself where the catalogue has no word for it.
pub fn noun(kind: &str) -> String {
    let key = format!("kind-{}", kind.replace(' ', "-"));
    if has(Lang::En, &key) {
        message(&key, None)
    } else {
        kind.to_string()
    }
}

/// The message `key` (without arguments) as a `&'static str`, for labels
/// whose functions hand out static text (`Status::label()`): each language's
/// text is made once and kept, so the set is as small as the catalogue.
pub fn word(key: &str) -> &'static str {
    use std::collections::HashMap;
    use std::sync::Mutex;
    // By key, then by language: a lookup borrows the key (labels are drawn
    // every frame; nothing is allocated once a word is made).
    type Words = HashMap<String, [Option<&'static str>; 2]>;
    static WORDS: OnceLock<Mutex<Words>> = OnceLock::new();
    let lang = lang();
    let slot = lang.index() as usize;
    let mut words = match WORDS.get_or_init(Default::default).lock() {
        Ok(w) => w,
        Err(poisoned) => poisoned.into_inner(),
    };
    if let Some(w) = words.get(key).and_then(|made| made[slot]) {
        return w;
    }
    let text = keep(message_in(lang, key, None));
    words.entry(key.to_string()).or_default()[slot] = Some(text);
    text
}

/// `text` as a `&'static str`, made once and kept: for tables and forms that
/// hold static labels built from the catalogue (`>` + a header). The set is as
/// small as the catalogue times its variants.
pub fn keep(text: String) -> &'static str {
    use std::collections::HashSet;
    use std::sync::Mutex;
    static KEPT: OnceLock<Mutex<HashSet<&'static str>>> = OnceLock::new();
    let mut kept = match KEPT.get_or_init(Default::default).lock() {
        Ok(k) => k,
        Err(poisoned) => poisoned.into_inner(),
    };
    if let Some(s) = kept.get(text.as_str()) {
        return s;
    }
    let made: &'static str = Box::leak(text.into_boxed_str());
    kept.insert(made);
    made
}

/// Whether the catalogue of `lang` has `key`.
pub fn has(lang: Lang, key: &str) -> bool {
    bundle(lang).has_message(key)
}

/// Every key of `lang`'s catalogue, file by file, for the parity test.
pub fn keys(lang: Lang) -> Vec<(&'static str, String)> {
    let mut out = Vec::new();
    for (file, text) in FILES.iter().zip(sources(lang)) {
        let resource = FluentResource::try_new(text.to_string()).unwrap_or_else(|(res, _)| res);
        for entry in resource.entries() {
            if let fluent_syntax::ast::Entry::Message(m) = entry {
                out.push((*file, m.id.name.to_string()));
            }
        }
    }
    out
}

/// Parse errors of `lang`'s catalogue, for the parity test.
pub fn errors(lang: Lang) -> Vec<String> {
    FILES
        .iter()
        .zip(sources(lang))
        .filter_map(|(file, text)| {
            FluentResource::try_new(text.to_string())
                .err()
                .map(|(_, e)| format!("{}/{file}: {e:?}", lang.code()))
        })
        .collect()
}

/// Builds Fluent arguments: `args![("count", n), ("name", name)]`.
pub fn args<'a>(pairs: impl IntoIterator<Item = (&'a str, FluentValue<'a>)>) -> FluentArgs<'a> {
    let mut args = FluentArgs::new();
    for (k, v) in pairs {
        args.set(k, v);
    }
    args
}

/// A message of the catalogue: `t!("hint-open")`, or with arguments
/// `t!("title-due", count = n)`.
#[macro_export]
macro_rules! t {
    ($key:expr) => {
        $crate::i18n::message($key, None)
    };
    ($key:expr, $($name:ident = $value:expr),+ $(,)?) => {{
        let args = $crate::i18n::args([
            $((stringify!($name), $crate::i18n::FluentValue::from($value))),+
        ]);
        $crate::i18n::message($key, Some(&args))
    }};
}

pub use fluent_bundle::FluentValue;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_source_naming_a_language_wins() {
        let pick = |flag, env, settings, locale| {
            choose(&LangSources {
                flag,
                env,
                settings,
                locale,
            })
        };
        assert_eq!(pick(None, None, None, Some("zh_CN.UTF-8")), Lang::ZhCn);
        assert_eq!(pick(None, None, None, Some("de_DE.UTF-8")), Lang::En);
        assert_eq!(pick(Some("en"), Some("zh-CN"), None, None), Lang::En);
        assert_eq!(pick(None, Some("zh"), Some("en"), None), Lang::ZhCn);
        assert_eq!(pick(Some("fr"), None, Some("zh-CN"), None), Lang::ZhCn);
        assert_eq!(
            unknown(&LangSources {
                flag: Some("fr"),
                ..Default::default()
            }),
            ["fr"]
        );
    }
}
