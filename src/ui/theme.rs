//! Themes by meaning: widgets ask for a role (`stale`, `overdue`, `selected`…),
//! never a raw colour. Themes are TOML (`themes/` built in, more in the config
//! dir), may `inherits` another, and a broken one falls back with a warning.

use ratatui::style::{Color, Modifier, Style};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::Path;

const BUILT_IN: [(&str, &str); 4] = [
    ("dark", include_str!("../../themes/dark.toml")),
    ("light", include_str!("../../themes/light.toml")),
    (
        "high-contrast",
        include_str!("../../themes/high-contrast.toml"),
    ),
    ("ansi16", include_str!("../../themes/ansi16.toml")),
];

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Role {
    Base,
    Muted,
    Title,
    Header,
    Border,
    BorderFocus,
    Selected,
    Stale,
    Overdue,
    Won,
    Lost,
    Warning,
    Accent,
    Key,
    Badge,
    Dialog,
    Match,
    Bar,
    BarEmpty,
}

impl Role {
    const ALL: [(Role, &'static str); 19] = [
        (Role::Base, "base"),
        (Role::Muted, "muted"),
        (Role::Title, "title"),
        (Role::Header, "header"),
        (Role::Border, "border"),
        (Role::BorderFocus, "border_focus"),
        (Role::Selected, "selected"),
        (Role::Stale, "stale"),
        (Role::Overdue, "overdue"),
        (Role::Won, "won"),
        (Role::Lost, "lost"),
        (Role::Warning, "warning"),
        (Role::Accent, "accent"),
        (Role::Key, "key"),
        (Role::Badge, "badge"),
        (Role::Dialog, "dialog"),
        (Role::Match, "match"),
        (Role::Bar, "bar"),
        (Role::BarEmpty, "bar_empty"),
    ];
}

#[derive(Debug, Clone)]
pub struct Theme {
    pub name: String,
    styles: BTreeMap<Role, Style>,
}

#[derive(Deserialize)]
#[serde(untagged)]
enum RoleSpec {
    Colour(String),
    Full {
        fg: Option<String>,
        bg: Option<String>,
        #[serde(default)]
        bold: bool,
        #[serde(default)]
        dim: bool,
        #[serde(default)]
        italic: bool,
        #[serde(default)]
        underline: bool,
        #[serde(default)]
        reversed: bool,
    },
}

#[derive(Deserialize)]
struct ThemeFile {
    name: Option<String>,
    inherits: Option<String>,
    #[serde(default)]
    roles: indexmap::IndexMap<String, toml::Spanned<RoleSpec>>,
}

impl Theme {
    pub fn style(&self, role: Role) -> Style {
        self.styles.get(&role).copied().unwrap_or_default()
    }

    /// No colour at all (NO_COLOR): meaning carried by bold, reverse and underline.
    pub fn monochrome() -> Theme {
        let b = Style::default();
        let styles = [
            (Role::Title, b.add_modifier(Modifier::BOLD)),
            (Role::Header, b.add_modifier(Modifier::BOLD)),
            (Role::Muted, b.add_modifier(Modifier::DIM)),
            (
                Role::Selected,
                b.add_modifier(Modifier::REVERSED | Modifier::BOLD),
            ),
            (Role::Stale, b.add_modifier(Modifier::UNDERLINED)),
            (
                Role::Overdue,
                b.add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
            ),
            (Role::Lost, b.add_modifier(Modifier::DIM)),
            (Role::Warning, b.add_modifier(Modifier::BOLD)),
            (Role::Key, b.add_modifier(Modifier::BOLD)),
            (Role::Badge, b.add_modifier(Modifier::REVERSED)),
            (Role::Match, b.add_modifier(Modifier::UNDERLINED)),
            (Role::BorderFocus, b.add_modifier(Modifier::BOLD)),
        ];
        Theme {
            name: "no-color".into(),
            styles: styles.into_iter().collect(),
        }
    }

    /// Loads theme `name`: from `config_dir/themes/NAME.toml` if present, else built in.
    /// Anything unusable is reported and replaced by the default's style.
    pub fn load(name: &str, config_dir: Option<&Path>) -> (Theme, Vec<String>) {
        let mut warnings = Vec::new();
        let theme = load_chain(name, config_dir, &mut warnings, 0).unwrap_or_else(|| {
            warnings.push(format!(
                "unknown theme '{name}' (built in: dark, light, high-contrast, ansi16); using dark"
            ));
            load_chain("dark", None, &mut warnings, 0).unwrap_or_else(Theme::monochrome)
        });
        (theme, warnings)
    }
}

fn source(name: &str, config_dir: Option<&Path>) -> Option<(String, String)> {
    if let Some(dir) = config_dir {
        let path = dir.join("themes").join(format!("{name}.toml"));
        if let Ok(text) = std::fs::read_to_string(&path) {
            return Some((path.display().to_string(), text));
        }
    }
    BUILT_IN
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(n, text)| (format!("built-in theme {n}"), text.to_string()))
}

fn load_chain(
    name: &str,
    config_dir: Option<&Path>,
    warnings: &mut Vec<String>,
    depth: usize,
) -> Option<Theme> {
    let (file, text) = source(name, config_dir)?;
    let parsed: ThemeFile = match toml::from_str(&text) {
        Ok(p) => p,
        Err(e) => {
            let line = e
                .span()
                .map(|s| format!(" line {}", text[..s.start].matches('\n').count() + 1))
                .unwrap_or_default();
            warnings.push(format!(
                "{file}{line}: {}; using the dark theme",
                e.message().trim()
            ));
            return if name == "dark" {
                None
            } else {
                load_chain("dark", None, warnings, depth + 1)
            };
        }
    };
    // Start from the parent (or nothing), then apply this file's roles over it.
    let mut theme = match parsed.inherits.as_deref() {
        Some(parent) if depth < 8 && parent != name => {
            load_chain(parent, config_dir, warnings, depth + 1).unwrap_or_else(|| {
                warnings.push(format!("{file}: inherits unknown theme '{parent}'"));
                Theme {
                    name: String::new(),
                    styles: BTreeMap::new(),
                }
            })
        }
        _ => Theme {
            name: String::new(),
            styles: BTreeMap::new(),
        },
    };
    theme.name = parsed.name.unwrap_or_else(|| name.to_string());
    for (role_name, spec) in parsed.roles {
        let line = text[..spec.span().start.min(text.len())]
            .matches('\n')
            .count()
            + 1;
        let Some((role, _)) = Role::ALL.iter().find(|(_, n)| *n == role_name) else {
            warnings.push(format!("{file} line {line}: unknown role '{role_name}'"));
            continue;
        };
        match style_of(spec.get_ref()) {
            Ok(style) => {
                theme.styles.insert(*role, style);
            }
            Err(bad) => warnings.push(format!("{file} line {line}: '{bad}' is not a colour (use #rrggbb, a name like red, or 0-255)")),
        }
    }
    Some(theme)
}

fn colour(s: &str) -> Result<Color, String> {
    if let Some(hex) = s.strip_prefix('#')
        && hex.len() == 6
        && let Ok(v) = u32::from_str_radix(hex, 16)
    {
        return Ok(Color::Rgb((v >> 16) as u8, (v >> 8) as u8, v as u8));
    }
    if let Ok(i) = s.parse::<u8>() {
        return Ok(Color::Indexed(i));
    }
    s.parse::<Color>().map_err(|_| s.to_string())
}

fn style_of(spec: &RoleSpec) -> Result<Style, String> {
    match spec {
        RoleSpec::Colour(c) => Ok(Style::default().fg(colour(c)?)),
        RoleSpec::Full {
            fg,
            bg,
            bold,
            dim,
            italic,
            underline,
            reversed,
        } => {
            let mut style = Style::default();
            if let Some(fg) = fg {
                style = style.fg(colour(fg)?);
            }
            if let Some(bg) = bg {
                style = style.bg(colour(bg)?);
            }
            for (on, m) in [
                (bold, Modifier::BOLD),
                (dim, Modifier::DIM),
                (italic, Modifier::ITALIC),
                (underline, Modifier::UNDERLINED),
                (reversed, Modifier::REVERSED),
            ] {
                if *on {
                    style = style.add_modifier(m);
                }
            }
            Ok(style)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_built_in_theme_loads_without_warnings_and_fills_every_role() {
        for (name, _) in BUILT_IN {
            let (theme, warnings) = Theme::load(name, None);
            assert!(warnings.is_empty(), "{name}: {warnings:?}");
            for (role, role_name) in Role::ALL {
                assert!(theme.styles.contains_key(&role), "{name} lacks {role_name}");
            }
        }
    }

    #[test]
    fn a_broken_user_theme_warns_with_file_and_line_and_falls_back() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("themes")).unwrap();
        let path = dir.path().join("themes/mine.toml");
        std::fs::write(
            &path,
            "inherits = \"light\"\n[roles]\nstale = \"#zzz\"\nsparkle = \"red\"\nwon = \"blue\"\n",
        )
        .unwrap();
        let (theme, warnings) = Theme::load("mine", Some(dir.path()));
        let shown = path.display();
        assert_eq!(
            warnings,
            [
                format!(
                    "{shown} line 3: '#zzz' is not a colour (use #rrggbb, a name like red, or 0-255)"
                ),
                format!("{shown} line 4: unknown role 'sparkle'"),
            ]
        );
        assert_eq!(theme.style(Role::Won).fg, Some(Color::Blue));
        // The bad role keeps the parent's style.
        assert_eq!(
            theme.style(Role::Stale).fg,
            Some(Color::Rgb(0xaf, 0x5f, 0x00))
        );

        std::fs::write(&path, "[roles\n").unwrap();
        let (theme, warnings) = Theme::load("mine", Some(dir.path()));
        assert_eq!(theme.name, "dark");
        assert!(
            warnings[0].starts_with(&format!("{shown} line 1: ")),
            "{warnings:?}"
        );
        let (theme, warnings) = Theme::load("neon", None);
        assert_eq!(theme.name, "dark");
        assert_eq!(warnings.len(), 1);
    }
}
