//! The terminal backend every session draws through: crossterm's, but with
//! each frame's changed cells written in fewer bytes, which is what a user on
//! SSH waits for. The same screen arrives; only the escape codes differ:
//! - no cursor move after a Chinese (or other single wide) character: the
//!   cursor is already where the next changed cell is. After a wide symbol
//!   terminals may draw at another width (an emoji with its presentation
//!   selector, a skin tone), the next cell is placed afresh, as crossterm's
//!   backend places every cell after a wide one;
//! - a move along the same row as `ESC [ n C`, or, when shorter, the
//!   unchanged cells in between written again (the encoder remembers what
//!   each cell shows);
//! - one SGR sequence per style change, holding only what changed (bold and
//!   the foreground, say, not the background again);
//! - a 24-bit colour that is exactly one of the 256-colour palette's fixed
//!   colours (indexes 22–255; the themes' are) as its index. Indexes 0–15 are
//!   the user's and 16–21 are the ones base16 colour schemes redefine, so
//!   those stay 24-bit. (A terminal whose user redefined the rest of the
//!   palette shows those colours as redefined.) Named colours go as
//!   crossterm sends them (`38;5;N`), so "bold is bright" settings treat
//!   them the same.
//!
//! Underline colours are not drawn (nothing in the app sets one).
//!
//! `clear`, `clear_region` and `append_lines` also make the encoder forget
//! what the screen shows; `size` answers a client's size when drawing for
//! one. The rest is crossterm's own. Bytes written through `Write` must not
//! change what cells show (they are the synchronized-update marks and the
//! cursor's visibility).

use ratatui::backend::{Backend, ClearType, CrosstermBackend, WindowSize};
use ratatui::buffer::Cell;
use ratatui::layout::{Position, Size};
use ratatui::style::{Color, Modifier};
use std::io::{self, Write};
use unicode_width::UnicodeWidthStr;

pub struct CompactBackend<W: Write> {
    inner: CrosstermBackend<W>,
    encoder: Encoder,
    /// One frame's bytes, kept between frames so each frame reuses them.
    frame: Vec<u8>,
    /// The size of a screen that is not this process's terminal (an SSH
    /// client's window): what `size` answers instead of asking the terminal.
    client_size: Option<Size>,
}

impl<W: Write> CompactBackend<W> {
    /// Drawing on this process's terminal.
    pub fn new(writer: W) -> CompactBackend<W> {
        CompactBackend {
            inner: CrosstermBackend::new(writer),
            encoder: Encoder::default(),
            frame: Vec::new(),
            client_size: None,
        }
    }

    /// Drawing on someone else's screen of `size` (a server has no terminal
    /// to ask, or one of another size).
    pub fn for_client(writer: W, size: Size) -> CompactBackend<W> {
        CompactBackend {
            client_size: Some(size),
            ..CompactBackend::new(writer)
        }
    }

    /// The client's window changed size.
    pub fn set_client_size(&mut self, size: Size) {
        self.client_size = Some(size);
    }
}

impl<W: Write> Write for CompactBackend<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.inner.write(buf)
    }

    fn flush(&mut self) -> io::Result<()> {
        Write::flush(&mut self.inner)
    }
}

impl<W: Write> Backend for CompactBackend<W> {
    type Error = io::Error;

    fn draw<'a, I>(&mut self, content: I) -> io::Result<()>
    where
        I: Iterator<Item = (u16, u16, &'a Cell)>,
    {
        self.frame.clear();
        self.encoder.encode(&mut self.frame, content);
        self.inner.write_all(&self.frame)
    }

    fn hide_cursor(&mut self) -> io::Result<()> {
        self.inner.hide_cursor()
    }

    fn show_cursor(&mut self) -> io::Result<()> {
        self.inner.show_cursor()
    }

    fn get_cursor_position(&mut self) -> io::Result<Position> {
        self.inner.get_cursor_position()
    }

    fn set_cursor_position<P: Into<Position>>(&mut self, position: P) -> io::Result<()> {
        self.inner.set_cursor_position(position)
    }

    fn clear(&mut self) -> io::Result<()> {
        self.encoder.forget();
        self.inner.clear()
    }

    fn clear_region(&mut self, clear_type: ClearType) -> io::Result<()> {
        self.encoder.forget();
        self.inner.clear_region(clear_type)
    }

    fn append_lines(&mut self, n: u16) -> io::Result<()> {
        self.encoder.forget();
        self.inner.append_lines(n)
    }

    fn size(&self) -> io::Result<Size> {
        match self.client_size {
            Some(size) => Ok(size),
            None => self.inner.size(),
        }
    }

    fn window_size(&mut self) -> io::Result<WindowSize> {
        match self.client_size {
            Some(size) => Ok(WindowSize {
                columns_rows: size,
                pixels: Size::default(),
            }),
            None => self.inner.window_size(),
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        Backend::flush(&mut self.inner)
    }
}

/// The style the terminal is in while a frame is written.
#[derive(Clone, Copy, PartialEq)]
struct Pen {
    fg: Color,
    bg: Color,
    modifier: Modifier,
}

const PLAIN: Pen = Pen {
    fg: Color::Reset,
    bg: Color::Reset,
    modifier: Modifier::empty(),
};

/// What the terminal shows in one cell, as far as the encoder knows.
#[derive(Clone, Copy, PartialEq)]
enum Shown {
    /// Never drawn since the screen was cleared, or blanked by the terminal.
    Unknown,
    /// A one-column symbol of up to four bytes, in `pen`. (Nothing else is
    /// ever written again: a wide symbol's columns count as unknown.)
    Narrow { bytes: [u8; 4], len: u8, pen: Pen },
}

/// Writes frames' changed cells in few bytes. It remembers what each cell
/// shows, so that a short run of unchanged cells between two changed ones
/// can be written again (one byte a cell) instead of jumped over (four or
/// more); `forget` when the screen is cleared.
#[derive(Default)]
pub struct Encoder {
    rows: Vec<Vec<Shown>>,
}

impl Encoder {
    /// The screen was cleared (or resized): nothing is known of it.
    pub fn forget(&mut self) {
        self.rows.clear();
    }

    fn shown(&self, x: u16, y: u16) -> Shown {
        self.rows
            .get(usize::from(y))
            .and_then(|r| r.get(usize::from(x)))
            .copied()
            .unwrap_or(Shown::Unknown)
    }

    fn set(&mut self, x: u16, y: u16, shown: Shown) {
        let (x, y) = (usize::from(x), usize::from(y));
        if self.rows.len() <= y {
            self.rows.resize(y + 1, Vec::new());
        }
        let row = &mut self.rows[y];
        if row.len() <= x {
            row.resize(x + 1, Shown::Unknown);
        }
        row[x] = shown;
    }

    /// Records `symbol` (`width` columns) written at `x` in `pen`.
    fn wrote(&mut self, x: u16, y: u16, symbol: &str, width: usize, pen: Pen) {
        let narrow = || {
            let mut bytes = [0u8; 4];
            let len = symbol.len();
            bytes.get_mut(..len)?.copy_from_slice(symbol.as_bytes());
            Some(Shown::Narrow {
                bytes,
                len: len as u8,
                pen,
            })
        };
        match width {
            1 => self.set(x, y, narrow().unwrap_or(Shown::Unknown)),
            // A wide symbol's columns, and whatever they covered, count as
            // unknown (a zero-width one's too).
            _ => {
                for column in 0..width.max(1) {
                    let Ok(column) = u16::try_from(column) else {
                        break;
                    };
                    self.set(x.saturating_add(column), y, Shown::Unknown);
                }
            }
        }
    }

    /// The bytes that write the unchanged cells `from..to` of row `y` again
    /// in `pen`, when every one of them is known, narrow and in that pen.
    fn again(&self, from: u16, to: u16, y: u16, pen: Pen) -> Option<Vec<u8>> {
        let mut bytes = Vec::new();
        for x in from..to {
            match self.shown(x, y) {
                Shown::Narrow {
                    bytes: b,
                    len,
                    pen: p,
                } if p == pen => bytes.extend_from_slice(&b[..usize::from(len)]),
                _ => return None,
            }
        }
        Some(bytes)
    }

    /// Writes changed cells (as ratatui's buffer diff hands them over) for a
    /// terminal that starts each frame plain, and leaves it plain.
    pub fn encode<'a>(
        &mut self,
        out: &mut Vec<u8>,
        cells: impl Iterator<Item = (u16, u16, &'a Cell)>,
    ) {
        let mut pen = PLAIN;
        // Where the terminal's cursor is after the last symbol, when known.
        let mut cursor: Option<(u16, u16)> = None;
        for (x, y, cell) in cells {
            match cursor {
                Some((cx, cy)) if (cx, cy) == (x, y) => {}
                Some((cx, cy)) if cy == y && cx < x => {
                    let jump = format!("\x1b[{}C", x - cx);
                    match self.again(cx, x, y, pen) {
                        Some(again) if again.len() <= jump.len() => out.extend_from_slice(&again),
                        _ => out.extend_from_slice(jump.as_bytes()),
                    }
                }
                _ => {
                    let _ = write!(out, "\x1b[{};{}H", y + 1, x + 1);
                }
            }
            let wanted = Pen {
                fg: cell.fg,
                bg: cell.bg,
                modifier: cell.modifier,
            };
            if wanted != pen {
                restyle(out, pen, wanted);
                pen = wanted;
            }
            let symbol = cell.symbol();
            out.extend_from_slice(symbol.as_bytes());
            // Widths as unicode-width gives them, as ratatui lays cells out
            // and as terminals draw them.
            let width = symbol.width();
            self.wrote(x, y, symbol, width, pen);
            cursor = advanced(x, y, symbol, width);
        }
        if pen != PLAIN {
            out.extend_from_slice(b"\x1b[0m");
        }
    }
}

/// Where the cursor stands after `symbol` was written at `x`, when every
/// terminal agrees: one column on after a narrow symbol (as crossterm's
/// backend also trusts), two after a single wide character below the emoji
/// planes (Chinese, Japanese, Korean). Anything else — an emoji, a sequence
/// with a presentation selector or a modifier, a symbol of no or three
/// columns — and the next cell is placed afresh.
fn advanced(x: u16, y: u16, symbol: &str, width: usize) -> Option<(u16, u16)> {
    let mut chars = symbol.chars();
    let single_below_emoji = match (chars.next(), chars.next()) {
        (Some(c), None) => u32::from(c) < 0x1F000,
        _ => false,
    };
    match width {
        1 => Some((x.saturating_add(1), y)),
        2 if single_below_emoji => Some((x.saturating_add(2), y)),
        _ => None,
    }
}

/// Each modifier's SGR code, and the code that ends it.
const SGR_MODIFIERS: [(Modifier, &str, &str); 9] = [
    (Modifier::BOLD, "1", "22"),
    (Modifier::DIM, "2", "22"),
    (Modifier::ITALIC, "3", "23"),
    (Modifier::UNDERLINED, "4", "24"),
    (Modifier::SLOW_BLINK, "5", "25"),
    (Modifier::RAPID_BLINK, "6", "25"),
    (Modifier::REVERSED, "7", "27"),
    (Modifier::HIDDEN, "8", "28"),
    (Modifier::CROSSED_OUT, "9", "29"),
];

/// One SGR sequence taking the terminal from `from` to `to`.
fn restyle(out: &mut Vec<u8>, from: Pen, to: Pen) {
    let mut params: Vec<String> = Vec::new();
    let gone = from.modifier - to.modifier;
    let mut offs: Vec<&str> = Vec::new();
    for (flag, _, off) in SGR_MODIFIERS {
        if gone.contains(flag) && !offs.contains(&off) {
            offs.push(off);
        }
    }
    // An off code ends every modifier that shares it (22: bold and dim, 25:
    // both blinks); those that stay are set again.
    let ended = SGR_MODIFIERS
        .iter()
        .filter(|(_, _, off)| offs.contains(off))
        .fold(Modifier::empty(), |all, (flag, _, _)| all | *flag);
    let on = (to.modifier - from.modifier) | (to.modifier & ended);
    params.extend(offs.iter().map(|off| off.to_string()));
    for (flag, code, _) in SGR_MODIFIERS {
        if on.contains(flag) {
            params.push(code.into());
        }
    }
    if to.fg != from.fg {
        params.push(colour(to.fg, Layer::Fore));
    }
    if to.bg != from.bg {
        params.push(colour(to.bg, Layer::Back));
    }
    let _ = write!(out, "\x1b[{}m", params.join(";"));
}

#[derive(Clone, Copy)]
enum Layer {
    Fore,
    Back,
}

/// A colour's SGR parameters for the foreground or the background.
fn colour(c: Color, layer: Layer) -> String {
    let (extended, default) = match layer {
        Layer::Fore => (38, 39),
        Layer::Back => (48, 49),
    };
    // As crossterm sends them: terminals that brighten bold text do so for
    // `30–37` only, and the screen must look as it did.
    let named = |n: u8| format!("{extended};5;{n}");
    match c {
        Color::Reset => default.to_string(),
        Color::Black => named(0),
        Color::Red => named(1),
        Color::Green => named(2),
        Color::Yellow => named(3),
        Color::Blue => named(4),
        Color::Magenta => named(5),
        Color::Cyan => named(6),
        Color::Gray => named(7),
        Color::DarkGray => named(8),
        Color::LightRed => named(9),
        Color::LightGreen => named(10),
        Color::LightYellow => named(11),
        Color::LightBlue => named(12),
        Color::LightMagenta => named(13),
        Color::LightCyan => named(14),
        Color::White => named(15),
        Color::Indexed(i) => format!("{extended};5;{i}"),
        Color::Rgb(r, g, b) => match palette_index(r, g, b) {
            Some(i) => format!("{extended};5;{i}"),
            None => format!("{extended};2;{r};{g};{b}"),
        },
    }
}

/// The first palette index a 24-bit colour is sent as.
const FIRST_FIXED: u8 = 22;

/// The levels of the 256-colour palette's 6×6×6 cube (indexes 16–231).
const CUBE: [u8; 6] = [0, 95, 135, 175, 215, 255];

/// The index among the palette's fixed colours (the 6×6×6 cube and the 24
/// greys) that is exactly this colour, of those left as the palette has
/// them: not 0–15 (the user's own) nor 16–21 (which base16 colour schemes
/// redefine).
pub fn palette_index(r: u8, g: u8, b: u8) -> Option<u8> {
    let level = |v: u8| CUBE.iter().position(|&l| l == v);
    if let (Some(ri), Some(gi), Some(bi)) = (level(r), level(g), level(b)) {
        let index = 16 + 36 * ri as u8 + 6 * gi as u8 + bi as u8;
        return (index >= FIRST_FIXED).then_some(index);
    }
    // Greys 232–255 are 8, 18, … 238.
    if r == g && g == b && r >= 8 && (r - 8).is_multiple_of(10) && r <= 238 {
        return Some(232 + (r - 8) / 10);
    }
    None
}

/// The colour a fixed palette index stands for (16–255), for tests that read
/// a screen back.
pub fn palette_rgb(i: u8) -> Option<(u8, u8, u8)> {
    match i {
        16..=231 => {
            let n = i - 16;
            Some((
                CUBE[usize::from(n / 36)],
                CUBE[usize::from(n / 6 % 6)],
                CUBE[usize::from(n % 6)],
            ))
        }
        232..=255 => {
            let v = 8 + (i - 232) * 10;
            Some((v, v, v))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::buffer::Buffer;
    use ratatui::layout::Rect;
    use ratatui::style::Style;

    fn pen(modifier: Modifier) -> Pen {
        Pen { modifier, ..PLAIN }
    }

    fn sgr(from: Pen, to: Pen) -> String {
        let mut out = Vec::new();
        restyle(&mut out, from, to);
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn a_style_change_says_only_what_changed() {
        let (bold, dim, italic) = (Modifier::BOLD, Modifier::DIM, Modifier::ITALIC);
        // 22 ends bold and dim together: the one that stays is set again.
        assert_eq!(sgr(pen(bold | dim), pen(dim)), "\x1b[22;2m");
        assert_eq!(sgr(pen(bold | italic), pen(italic)), "\x1b[22m");
        assert_eq!(
            sgr(pen(bold | italic), pen(Modifier::empty())),
            "\x1b[22;23m"
        );
        // 25 ends both blinks.
        let (slow, rapid) = (Modifier::SLOW_BLINK, Modifier::RAPID_BLINK);
        assert_eq!(sgr(pen(slow), pen(rapid)), "\x1b[25;6m");
        assert_eq!(
            sgr(
                pen(Modifier::HIDDEN | Modifier::CROSSED_OUT | Modifier::REVERSED),
                pen(Modifier::UNDERLINED)
            ),
            "\x1b[27;28;29;4m"
        );
        // Colours: only the one that changed; named ones as crossterm sends them.
        let grey_on_red = Pen {
            fg: Color::Rgb(0x8a, 0x8a, 0x8a),
            bg: Color::Red,
            ..PLAIN
        };
        assert_eq!(sgr(PLAIN, grey_on_red), "\x1b[38;5;245;48;5;1m");
        let odd = Pen {
            fg: Color::Rgb(0x30, 0x3a, 0x4a),
            ..grey_on_red
        };
        assert_eq!(sgr(grey_on_red, odd), "\x1b[38;2;48;58;74m");
        assert_eq!(sgr(odd, PLAIN), "\x1b[39;49m");
        // Black is palette 16, which base16 schemes redefine: sent as it is.
        let black = Pen {
            fg: Color::Rgb(0, 0, 0),
            ..PLAIN
        };
        assert_eq!(sgr(PLAIN, black), "\x1b[38;2;0;0;0m");
    }

    #[test]
    fn the_cursor_is_trusted_only_where_terminals_agree() {
        assert_eq!(advanced(3, 1, "a", 1), Some((4, 1)));
        assert_eq!(advanced(3, 1, "中", 2), Some((5, 1)));
        // An emoji alone, with its presentation selector, with a skin tone.
        assert_eq!(advanced(3, 1, "😀", 2), None);
        assert_eq!(advanced(3, 1, "⚠\u{FE0F}", 2), None);
        assert_eq!(advanced(3, 1, "👍🏽", 2), None);
        assert_eq!(advanced(3, 1, "", 0), None);
        assert_eq!(advanced(3, 1, "\u{17D8}", 3), None);
    }

    /// The bytes of drawing `to` over `from` through a backend into `out`.
    fn draw(backend: &mut CompactBackend<&mut Vec<u8>>, from: &Buffer, to: &Buffer) {
        backend.draw(from.diff(to).into_iter()).unwrap();
    }

    #[test]
    fn after_a_clear_nothing_is_written_again_from_memory() {
        let area = Rect::new(0, 0, 10, 1);
        let blank = Buffer::empty(area);
        let mut abc = blank.clone();
        abc.set_string(0, 0, "abcdef", Style::default());
        let mut changed = abc.clone();
        changed.set_string(1, 0, "X", Style::default());
        changed.set_string(4, 0, "Y", Style::default());
        let mut out = Vec::new();
        let mut backend = CompactBackend::new(&mut out);
        draw(&mut backend, &blank, &abc);
        draw(&mut backend, &abc, &changed);
        backend.clear_region(ClearType::All).unwrap();
        // After the clear ratatui draws from a blank buffer again; this
        // frame changes two cells with two blank ones between them.
        let mut sparse = blank.clone();
        sparse.set_string(1, 0, "X", Style::default());
        sparse.set_string(4, 0, "Y", Style::default());
        draw(&mut backend, &blank, &sparse);
        drop(backend);
        let text = String::from_utf8(out).unwrap();
        let (before, after) = text.split_once("\x1b[2J").unwrap();
        // Before the clear the unchanged "cd" between X and Y is written
        // again (two bytes, not a four-byte jump); after it, those cells are
        // blank on the screen and jumped over — writing "cd" from memory
        // would put back what the clear erased.
        assert!(before.ends_with("\x1b[1;2HXcdY"), "{before:?}");
        assert_eq!(after, "\x1b[1;2HX\x1b[2CY");
    }
}
