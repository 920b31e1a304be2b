//! The event loop. Redraws only when something changed; each frame is written
//! through a `BufWriter` between synchronized-update markers, so a slow SSH
//! link never shows half a screen. SIGHUP, SIGTERM and EOF/EIO on the tty end
//! it cleanly; a panic hook and a `Drop` guard always restore the terminal.

use super::app::App;
use super::compact_backend::CompactBackend;
use super::view;
use chrono::Utc;
use ratatui::Terminal;
use ratatui::crossterm::event::{
    self, DisableBracketedPaste, EnableBracketedPaste, Event, KeyEventKind,
};
use ratatui::crossterm::terminal::{
    BeginSynchronizedUpdate, Clear, ClearType, EndSynchronizedUpdate, EnterAlternateScreen,
    LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};
use ratatui::crossterm::{cursor, execute, queue};
use std::io::{BufWriter, Stdout, Write};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, RecvTimeoutError};
use std::time::{Duration, Instant};

type Backend = CompactBackend<BufWriter<Stdout>>;

/// Puts the terminal back however we leave: normal exit, error or panic.
struct Restore;

impl Drop for Restore {
    fn drop(&mut self) {
        restore_terminal();
    }
}

fn restore_terminal() {
    let _ = disable_raw_mode();
    let mut out = std::io::stdout();
    let _ = execute!(out, EndSynchronizedUpdate);
    let _ = leave_screen(&mut out);
}

/// Takes over a terminal, locally or a person's over SSH: the alternate screen,
/// pastes marked as such, no cursor.
pub(crate) fn enter_screen(out: &mut impl Write) -> std::io::Result<()> {
    execute!(
        out,
        EnterAlternateScreen,
        EnableBracketedPaste,
        cursor::Hide
    )
}

/// Gives the terminal back as it was found.
pub(crate) fn leave_screen(out: &mut impl Write) -> std::io::Result<()> {
    execute!(
        out,
        DisableBracketedPaste,
        // A full alternate screen with the cursor at its foot is pulled back into
        // view by tmux when the window was resized meanwhile: leave it empty.
        cursor::MoveTo(0, 0),
        Clear(ClearType::All),
        LeaveAlternateScreen,
        cursor::Show
    )
}

fn install_panic_hook() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        restore_terminal();
        previous(info);
    }));
}

/// What wakes the event loop.
enum Input {
    Terminal(Event),
    /// Background work (loading, search) has something to show.
    Wake,
}

/// Runs the UI until the user quits or the session goes away. Returns when
/// the first frame was flushed to the terminal.
pub fn run(mut app: App, live_clock: bool) -> anyhow::Result<Option<Instant>> {
    let hangup = Arc::new(AtomicBool::new(false));
    // SIGINT and SIGQUIT too: sent from outside (raw mode keeps ctrl-c a key),
    // they must leave the terminal as they found it.
    for signal in [
        signal_hook::consts::SIGHUP,
        signal_hook::consts::SIGTERM,
        signal_hook::consts::SIGINT,
        signal_hook::consts::SIGQUIT,
    ] {
        signal_hook::flag::register(signal, hangup.clone())?;
    }
    install_panic_hook();
    enable_raw_mode()?;
    let _restore = Restore;
    let mut out = BufWriter::with_capacity(64 * 1024, std::io::stdout());
    enter_screen(&mut out)?;
    let mut terminal: Terminal<Backend> = Terminal::new(CompactBackend::new(out))?;
    let size = terminal.size()?;
    app.resize(size.width, size.height);

    // crossterm's reader spins forever once the tty is gone (EOF/EIO after an
    // SSH drop), so it lives on its own thread; this loop only waits on the
    // channel and can always notice a hangup and leave.
    let (events, inbox) = mpsc::channel();
    let wake = events.clone();
    app.jobs.wake.set(move || {
        let _ = wake.send(Input::Wake);
    });
    std::thread::spawn(move || {
        while let Ok(ev) = event::read() {
            if events.send(Input::Terminal(ev)).is_err() {
                break;
            }
        }
    });

    let mut dirty = true;
    let mut first_frame = None;
    loop {
        if dirty {
            draw(&mut terminal, &app)?;
            first_frame.get_or_insert_with(Instant::now);
            dirty = false;
        }
        if app.quit || hangup.load(Ordering::Relaxed) || tty_hung_up() {
            break;
        }
        // Work that finished before the waker was set would otherwise wait.
        if app.tick() {
            dirty = true;
            continue;
        }
        // Search results wake the loop themselves; the timeout only bounds
        // how long a hangup can go unnoticed.
        let wait = 400;
        let first = match inbox.recv_timeout(Duration::from_millis(wait)) {
            Ok(ev) => ev,
            Err(RecvTimeoutError::Timeout) => {
                dirty |= app.tick();
                continue;
            }
            Err(RecvTimeoutError::Disconnected) => break,
        };
        if live_clock {
            app.now = Utc::now();
        }
        // Handle everything already typed before drawing again (frames coalesce).
        for ev in std::iter::once(first).chain(inbox.try_iter()) {
            match ev {
                Input::Terminal(Event::Key(key)) if key.kind != KeyEventKind::Release => {
                    dirty |= app.handle_key(key)
                }
                Input::Terminal(Event::Paste(text)) => dirty |= app.handle_paste(&text),
                Input::Terminal(Event::Resize(w, h)) => {
                    app.resize(w, h);
                    dirty = true;
                }
                _ => {}
            }
            if app.quit {
                break;
            }
        }
        dirty |= settle(&mut app, &mut terminal)?;
    }
    // Close the database before the terminal goes back, whatever happens to the tty.
    drop(app);
    let _ = terminal.show_cursor();
    Ok(first_frame)
}

/// Draws one frame between synchronized-update markers and flushes it: the
/// local terminal's loop and each SSH session of the server share this.
pub(crate) fn draw<W: Write>(
    terminal: &mut Terminal<CompactBackend<W>>,
    app: &App,
) -> anyhow::Result<()> {
    queue!(terminal.backend_mut(), BeginSynchronizedUpdate)?;
    terminal.draw(|frame| view::render(app, frame))?;
    queue!(terminal.backend_mut(), EndSynchronizedUpdate)?;
    terminal.backend_mut().flush()?;
    Ok(())
}

/// ctrl-l: the screen cleared and ratatui's last frame forgotten, so the
/// next frame draws every cell. (Not `Terminal::clear`: it asks the
/// process's terminal where the cursor is, and a server has no terminal.)
/// After a batch of input, locally or over SSH: the whole-screen repaint the app
/// asked for (ctrl-l), then the background work that finished. Whether to draw.
pub(crate) fn settle<W: Write>(
    app: &mut App,
    terminal: &mut Terminal<CompactBackend<W>>,
) -> anyhow::Result<bool> {
    let mut dirty = false;
    if std::mem::take(&mut app.chrome.repaint) {
        repaint(terminal)?;
        dirty = true;
    }
    Ok(app.tick() | dirty)
}

fn repaint<W: Write>(terminal: &mut Terminal<CompactBackend<W>>) -> anyhow::Result<()> {
    let size = terminal.size()?;
    terminal.resize(ratatui::layout::Rect::new(0, 0, size.width, size.height))?;
    Ok(())
}

/// Whether the controlling terminal has hung up (the SSH session or tmux pane is gone).
fn tty_hung_up() -> bool {
    let mut fd = libc::pollfd {
        fd: libc::STDIN_FILENO,
        events: 0,
        revents: 0,
    };
    // SAFETY: one valid pollfd, zero timeout; poll only writes `revents`.
    let ready = unsafe { libc::poll(&mut fd, 1, 0) };
    ready > 0 && fd.revents & (libc::POLLHUP | libc::POLLERR | libc::POLLNVAL) != 0
}
