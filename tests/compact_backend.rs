//! The compact backend puts the same screen on a terminal as ratatui's
//! crossterm backend, in fewer bytes: random screens (wide characters,
//! named, indexed and 24-bit colours, modifiers) are drawn one after another
//! as ratatui's diff hands them over, our bytes and crossterm's are fed to
//! two terminal emulators (vt100), and every cell must look the same on both,
//! and each cell a frame drew hold the buffer's text and colours.

use dealdeck::ui::compact_backend::{Encoder, palette_index, palette_rgb};
use proptest::prelude::*;
use ratatui::backend::{Backend, CrosstermBackend};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier, Style};

const W: u16 = 14;
const H: u16 = 4;

/// A colour as it looks: an index below 16 (the terminal's own), default,
/// or red-green-blue (the palette's fixed colours by their values).
#[derive(Debug, PartialEq)]
enum Seen {
    Default,
    Own(u8),
    Rgb(u8, u8, u8),
}

fn seen_index(i: u8) -> Seen {
    match palette_rgb(i) {
        Some((r, g, b)) => Seen::Rgb(r, g, b),
        None => Seen::Own(i),
    }
}

fn seen_ratatui(c: Color) -> Seen {
    let named = [
        Color::Black,
        Color::Red,
        Color::Green,
        Color::Yellow,
        Color::Blue,
        Color::Magenta,
        Color::Cyan,
        Color::Gray,
        Color::DarkGray,
        Color::LightRed,
        Color::LightGreen,
        Color::LightYellow,
        Color::LightBlue,
        Color::LightMagenta,
        Color::LightCyan,
        Color::White,
    ];
    match c {
        Color::Reset => Seen::Default,
        Color::Indexed(i) => seen_index(i),
        Color::Rgb(r, g, b) => Seen::Rgb(r, g, b),
        named_colour => match named.iter().position(|n| *n == named_colour) {
            Some(i) => Seen::Own(i as u8),
            None => unreachable!("every ratatui colour is listed"),
        },
    }
}

fn seen_vt100(c: vt100::Color) -> Seen {
    match c {
        vt100::Color::Default => Seen::Default,
        vt100::Color::Idx(i) => seen_index(i),
        vt100::Color::Rgb(r, g, b) => Seen::Rgb(r, g, b),
    }
}

fn colour() -> impl Strategy<Value = Color> {
    prop_oneof![
        Just(Color::Reset),
        Just(Color::Red),
        Just(Color::LightCyan),
        Just(Color::DarkGray),
        Just(Color::White),
        (0u8..=255).prop_map(Color::Indexed),
        // Palette colours written as 24-bit (the themes') and others.
        Just(Color::Rgb(0x8a, 0x8a, 0x8a)),
        Just(Color::Rgb(0xff, 0xaf, 0x5f)),
        Just(Color::Rgb(0x30, 0x3a, 0x4a)),
        (any::<u8>(), any::<u8>(), any::<u8>()).prop_map(|(r, g, b)| Color::Rgb(r, g, b)),
    ]
}

fn modifier() -> impl Strategy<Value = Modifier> {
    // vt100 holds bold and dim as one setting: never both at once here.
    let intensity = prop_oneof![
        Just(Modifier::empty()),
        Just(Modifier::BOLD),
        Just(Modifier::DIM)
    ];
    let others = prop::collection::vec(
        prop_oneof![
            Just(Modifier::ITALIC),
            Just(Modifier::UNDERLINED),
            Just(Modifier::REVERSED)
        ],
        0..3,
    );
    (intensity, others).prop_map(|(i, o)| o.into_iter().fold(i, |a, b| a | b))
}

fn span() -> impl Strategy<Value = (String, Style)> {
    let text = prop::collection::vec(
        prop_oneof![
            Just("a"),
            Just("Zq"),
            Just(" "),
            Just("é"),
            Just("中"),
            Just("文字"),
            Just("─"),
            Just("…"),
        ],
        1..4,
    )
    .prop_map(|parts| parts.concat());
    let style = (colour(), colour(), modifier())
        .prop_map(|(fg, bg, m)| Style::default().fg(fg).bg(bg).add_modifier(m));
    (text, style)
}

fn screen() -> impl Strategy<Value = Vec<Vec<(u16, String, Style)>>> {
    prop::collection::vec(
        prop::collection::vec(
            (0..W).prop_flat_map(|x| span().prop_map(move |(t, s)| (x, t, s))),
            0..5,
        ),
        H as usize,
    )
}

/// `rows`' spans written over `base`.
fn buffer(base: &Buffer, rows: &[Vec<(u16, String, Style)>]) -> Buffer {
    let mut b = base.clone();
    for (y, spans) in rows.iter().enumerate() {
        for (x, text, style) in spans {
            // Each span's own style, not patched over what it covers (a
            // patch could make a cell bold and dim, which vt100 cannot show).
            b.set_string(*x, y as u16, text, Style::reset().patch(*style));
        }
    }
    b
}

/// The bytes our backend writes to take the terminal from `from` to `to`.
fn compact(encoder: &mut Encoder, from: &Buffer, to: &Buffer) -> Vec<u8> {
    let mut out = Vec::new();
    encoder.encode(&mut out, from.diff(to).into_iter());
    out
}

/// The bytes ratatui's crossterm backend writes for the same change.
fn crossterm(from: &Buffer, to: &Buffer) -> Vec<u8> {
    let mut out = Vec::new();
    CrosstermBackend::new(&mut out)
        .draw(from.diff(to).into_iter())
        .unwrap();
    out
}

/// How one cell looks on a terminal.
#[derive(Debug, PartialEq)]
struct Look {
    text: String,
    fg: Seen,
    bg: Seen,
    bold: bool,
    dim: bool,
    italic: bool,
    underline: bool,
    inverse: bool,
}

fn look(term: &vt100::Parser, x: u16, y: u16) -> Option<Look> {
    let c = term.screen().cell(y, x)?;
    Some(Look {
        text: c.contents().to_string(),
        fg: seen_vt100(c.fgcolor()),
        bg: seen_vt100(c.bgcolor()),
        bold: c.bold(),
        dim: c.dim(),
        italic: c.italic(),
        underline: c.underline(),
        inverse: c.inverse(),
    })
}

/// Every cell of `ours` looks as in `theirs`.
fn same_screen(ours: &vt100::Parser, theirs: &vt100::Parser) -> Result<(), TestCaseError> {
    for y in 0..H {
        for x in 0..W {
            prop_assert_eq!(look(ours, x, y), look(theirs, x, y), "cell {},{}", x, y);
        }
    }
    Ok(())
}

/// Each cell a frame drew shows the buffer's symbol and colours. (Only
/// those: where a narrow character overwrites half of a wide one, the
/// terminal blanks the other half in the current colours and ratatui's diff
/// does not repaint it — on either backend.)
fn drawn_as_buffered(
    term: &vt100::Parser,
    from: &Buffer,
    to: &Buffer,
) -> Result<(), TestCaseError> {
    for (x, y, cell) in from.diff(to) {
        let Some(drawn) = look(term, x, y) else {
            continue;
        };
        let text = if drawn.text.is_empty() {
            " "
        } else {
            drawn.text.as_str()
        };
        prop_assert_eq!(text, cell.symbol(), "cell {},{} text", x, y);
        prop_assert_eq!(drawn.fg, seen_ratatui(cell.fg), "cell {},{} fg", x, y);
        prop_assert_eq!(drawn.bg, seen_ratatui(cell.bg), "cell {},{} bg", x, y);
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    /// Frames are spans written over the last frame (so most cells stay as
    /// they were), now and then after clearing the screen.
    #[test]
    fn each_frame_shows_the_buffer_in_no_more_bytes(
        frames in prop::collection::vec((screen(), prop::bool::weighted(0.2)), 1..6)
    ) {
        let size = |n: u16| std::num::NonZeroU16::new(n).unwrap();
        let mut term = vt100::Parser::new(size(H), size(W), 0);
        let mut reference = vt100::Parser::new(size(H), size(W), 0);
        let mut encoder = Encoder::default();
        let blank = Buffer::empty(Rect::new(0, 0, W, H));
        let mut shown = blank.clone();
        for (rows, clear_first) in &frames {
            if *clear_first {
                // As ratatui clears: the terminal erased, the last frame forgotten.
                encoder.forget();
                term.process(b"\x1b[2J");
                reference.process(b"\x1b[2J");
                shown = blank.clone();
            }
            let next = buffer(&shown, rows);
            let ours = compact(&mut encoder, &shown, &next);
            let theirs = crossterm(&shown, &next);
            prop_assert!(ours.len() <= theirs.len(), "{} > {} bytes", ours.len(), theirs.len());
            term.process(&ours);
            reference.process(&theirs);
            same_screen(&term, &reference)?;
            drawn_as_buffered(&term, &shown, &next)?;
            shown = next;
        }
    }
}

#[test]
fn palette_colours_go_by_index_and_back() {
    for i in 22..=255u8 {
        let (r, g, b) = palette_rgb(i).unwrap();
        assert_eq!(palette_index(r, g, b), Some(i), "index {i}");
    }
    // 16–21 are palette colours too, but base16 schemes redefine them.
    for i in 16..=21u8 {
        let (r, g, b) = palette_rgb(i).unwrap();
        assert_eq!(palette_index(r, g, b), None, "index {i}");
    }
    assert_eq!(palette_rgb(15), None, "the first 16 are the user's");
    assert_eq!(palette_index(0x8a, 0x8a, 0x8a), Some(245));
    assert_eq!(palette_index(0x30, 0x3a, 0x4a), None);
    // xterm's DarkOrange and SteelBlue1, by their published indexes.
    assert_eq!(palette_index(0xff, 0x87, 0x00), Some(208));
    assert_eq!(palette_index(0x5f, 0xaf, 0xff), Some(75));
    assert_eq!(palette_index(0, 0, 0), None);
    assert_eq!(palette_index(255, 255, 255), Some(231));
}

#[test]
fn a_wide_character_needs_no_move_and_a_style_one_sequence() {
    let from = Buffer::empty(Rect::new(0, 0, W, H));
    let mut to = from.clone();
    let bold_grey = Style::default()
        .fg(Color::Rgb(0x8a, 0x8a, 0x8a))
        .add_modifier(Modifier::BOLD);
    to.set_string(0, 0, "中文ab", bold_grey);
    let mut encoder = Encoder::default();
    let text = String::from_utf8(compact(&mut encoder, &from, &to)).unwrap();
    assert_eq!(text, "\x1b[1;1H\x1b[1;38;5;245m中文ab\x1b[0m");
    // Two cells changed around two that did not: those two are written
    // again (two bytes), not jumped over (`ESC [ 2 C`, four).
    let mut next = to.clone();
    next.set_string(5, 0, "xy", bold_grey);
    next.set_string(8, 0, "z", bold_grey);
    let text = String::from_utf8(compact(&mut encoder, &to, &next)).unwrap();
    assert_eq!(text, "\x1b[1;6H\x1b[1;38;5;245mxy\x1b[1Cz\x1b[0m");
    let mut gap = next.clone();
    gap.set_string(4, 0, "1", bold_grey);
    gap.set_string(7, 0, "2", bold_grey);
    let text = String::from_utf8(compact(&mut encoder, &next, &gap)).unwrap();
    assert_eq!(text, "\x1b[1;5H\x1b[1;38;5;245m1xy2\x1b[0m");
}
