//! The terminal backend every session draws through: crossterm's, but with
//! each frame's changed cells written in fewer bytes, which is what a user on
//! SSH waits for. The same screen arrives; only the escape codes differ:
//! - no cursor move after a wide character (the cursor is already where the
//!   next changed cell is); a move along the same row as `ESC [ n C`, or,
//!   when shorter, the unchanged cells in between written again (the
//!   encoder remembers what each cell shows);
//! - one SGR sequence per style change, holding only what changed (bold and
//!   the foreground, say, not the background again);
//! - a 24-bit colour that is exactly one of the 240 fixed colours of the
//!   256-colour palette (the themes' are) as its index, and the 16 named
//!   colours as `30–37`/`90–97`.
//!
//! Everything but `draw` is crossterm's own.

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
            2 => {
                self.set(x, y, Shown::Unknown);
                // What its second column covered is gone.
                self.set(x.saturating_add(1), y, Shown::Unknown);
            }
            _ => self.set(x, y, Shown::Unknown),
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
            let width = symbol.width();
            self.wrote(x, y, symbol, width, pen);
            // A symbol of one or two columns leaves the cursor that far on (the
            // buffer's diff lays cells out by the same widths); anything else is
            // placed afresh before the next cell.
            cursor = match width {
                1..=2 => Some((x.saturating_add(width as u16), y)),
                _ => None,
            };
        }
        if pen != PLAIN {
            out.extend_from_slice(b"\x1b[0m");
        }
    }
}

/// One SGR sequence taking the terminal from `from` to `to`.
fn restyle(out: &mut Vec<u8>, from: Pen, to: Pen) {
    let mut params: Vec<String> = Vec::new();
    let gone = from.modifier - to.modifier;
    let mut again = Modifier::empty();
    // 22 ends bold and dim together; whichever stays is set again.
    if gone.intersects(Modifier::BOLD | Modifier::DIM) {
        params.push("22".into());
        again |= to.modifier & (Modifier::BOLD | Modifier::DIM);
    }
    if gone.intersects(Modifier::SLOW_BLINK | Modifier::RAPID_BLINK) {
        params.push("25".into());
        again |= to.modifier & (Modifier::SLOW_BLINK | Modifier::RAPID_BLINK);
    }
    for (flag, off) in [
        (Modifier::ITALIC, "23"),
        (Modifier::UNDERLINED, "24"),
        (Modifier::REVERSED, "27"),
        (Modifier::HIDDEN, "28"),
        (Modifier::CROSSED_OUT, "29"),
    ] {
        if gone.contains(flag) {
            params.push(off.into());
        }
    }
    let on = (to.modifier - from.modifier) | again;
    for (flag, code) in [
        (Modifier::BOLD, "1"),
        (Modifier::DIM, "2"),
        (Modifier::ITALIC, "3"),
        (Modifier::UNDERLINED, "4"),
        (Modifier::SLOW_BLINK, "5"),
        (Modifier::RAPID_BLINK, "6"),
        (Modifier::REVERSED, "7"),
        (Modifier::HIDDEN, "8"),
        (Modifier::CROSSED_OUT, "9"),
    ] {
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
    let (base, bright, extended, default) = match layer {
        Layer::Fore => (30, 90, 38, 39),
        Layer::Back => (40, 100, 48, 49),
    };
    let named = |n: u8| match n {
        0..=7 => (base + u16::from(n)).to_string(),
        _ => (bright + u16::from(n) - 8).to_string(),
    };
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

/// The levels of the 256-colour palette's 6×6×6 cube (indexes 16–231).
const CUBE: [u8; 6] = [0, 95, 135, 175, 215, 255];

/// The index among the palette's fixed colours (16–255: the cube and the
/// 24 greys, the same in every terminal) that is exactly this colour. The
/// first 16 are left out: terminals let users change them.
pub fn palette_index(r: u8, g: u8, b: u8) -> Option<u8> {
    let level = |v: u8| CUBE.iter().position(|&l| l == v);
    if let (Some(ri), Some(gi), Some(bi)) = (level(r), level(g), level(b)) {
        return Some(16 + 36 * ri as u8 + 6 * gi as u8 + bi as u8);
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
