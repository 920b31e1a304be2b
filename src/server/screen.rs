//! One person's app over SSH: the same `App` and views as a local terminal,
//! drawn into their channel at their window's size, on a thread of its own.

use super::Shared;
use super::input::KeyParser;
use super::output::{ChannelOut, Stream};
use crate::domain::Actor;
use crate::ui::app::App;
use crate::ui::compact_backend::CompactBackend;
use ratatui::crossterm::event::{Event, KeyEventKind};
use ratatui::layout::{Rect, Size};
use ratatui::{Terminal, TerminalOptions, Viewport};
use russh::ChannelId;
use russh::server::Handle;
use std::io::Write;
use std::sync::Arc;
use std::sync::mpsc::{Receiver, RecvTimeoutError, Sender};
use std::time::Duration;

/// What reaches a session's thread.
#[derive(Debug)]
pub enum ScreenInput {
    Bytes(Vec<u8>),
    Resize(u16, u16),
    /// Background work or another session's change has something to show.
    Wake,
    /// The client closed the channel or went away.
    Closed,
    /// The server is stopping.
    Stop,
}

/// Everything a session's thread needs.
pub struct ScreenStart {
    pub shared: Arc<Shared>,
    pub actor: Actor,
    pub handle: Handle,
    pub channel: ChannelId,
    pub size: (u16, u16),
    pub monochrome: bool,
    pub inbox: Receiver<ScreenInput>,
    pub outbox: Sender<ScreenInput>,
}

/// Runs the app until the person quits, the connection goes or the server
/// stops; then closes the channel with an exit status.
pub fn run(start: ScreenStart) {
    let shared = start.shared.clone();
    let runtime = shared.runtime.clone();
    let (handle, channel) = (start.handle.clone(), start.channel);
    // A failure in one session ends that session with a message, and never
    // leaves its client waiting on a channel nobody closes.
    let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| serve_app(start)));
    let stopping = match outcome {
        Ok(Ok(stopping)) => stopping,
        Ok(Err(e)) => {
            let mut err = ChannelOut::new(handle.clone(), channel, Stream::Err, runtime.clone());
            let _ = writeln!(err, "\x1b[?1049l\x1b[?25h{}: {e:#}\r", t!("error-prefix"));
            false
        }
        Err(_) => {
            let mut err = ChannelOut::new(handle.clone(), channel, Stream::Err, runtime.clone());
            let _ = writeln!(
                err,
                "\x1b[?1049l\x1b[?25h{}: {}\r",
                t!("error-prefix"),
                t!("srv-session-failed")
            );
            false
        }
    };
    runtime.block_on(async {
        if stopping {
            let _ = handle
                .data(
                    channel,
                    format!("{}: {}\r\n", t!("error-prefix"), t!("srv-stopping")).into_bytes(),
                )
                .await;
        }
        let _ = handle.exit_status_request(channel, 0).await;
        let _ = handle.eof(channel).await;
        let _ = handle.close(channel).await;
    });
    shared
        .live_screens
        .fetch_sub(1, std::sync::atomic::Ordering::SeqCst);
}

/// The event loop: like the local terminal's, with bytes from the channel.
/// Returns whether it ended because the server is stopping.
fn serve_app(start: ScreenStart) -> anyhow::Result<bool> {
    let shared = &start.shared;
    let look = &shared.look;
    let theme = if start.monochrome {
        crate::ui::theme::Theme::monochrome()
    } else {
        look.theme.clone()
    };
    let (_, data) = shared
        .data
        .current(&shared.store, shared.now().date_naive())?;
    let mut app = App::with_shared_data(
        shared.store.clone(),
        data,
        start.actor.owner.name.clone(),
        shared.now(),
        look.keymap.clone(),
        theme,
    );
    app.apply_settings(look.settings.clone());
    let wake = start.outbox.clone();
    app.jobs.wake.set(move || {
        let _ = wake.send(ScreenInput::Wake);
    });
    app.join_team(shared.presence.clone(), shared.data.clone());

    let mut out = ChannelOut::new(
        start.handle.clone(),
        start.channel,
        Stream::Out,
        shared.runtime.clone(),
    )
    .for_frames();
    crate::ui::terminal::enter_screen(&mut out)?;
    let (w, h) = start.size;
    let mut terminal = Terminal::with_options(
        CompactBackend::for_client(out, Size::new(w, h)),
        TerminalOptions {
            viewport: Viewport::Fixed(Rect::new(0, 0, w, h)),
        },
    )?;
    app.resize(w, h);
    let mut parser = KeyParser::default();
    let mut dirty = true;
    let mut stopping = false;
    loop {
        if dirty {
            crate::ui::terminal::draw(&mut terminal, &app)?;
            dirty = false;
        }
        if app.quit {
            break;
        }
        if app.tick() {
            dirty = true;
            continue;
        }
        let first = match start.inbox.recv_timeout(Duration::from_millis(400)) {
            Ok(input) => input,
            Err(RecvTimeoutError::Timeout) => {
                dirty |= app.tick();
                continue;
            }
            Err(RecvTimeoutError::Disconnected) => break,
        };
        if shared.live_clock {
            app.now = chrono::Utc::now();
        }
        // Everything already typed is handled before the next frame.
        for input in std::iter::once(first).chain(start.inbox.try_iter()) {
            match input {
                ScreenInput::Bytes(bytes) => {
                    for event in parser.feed(&bytes) {
                        match event {
                            Event::Key(key) if key.kind != KeyEventKind::Release => {
                                dirty |= app.handle_key(key);
                            }
                            Event::Paste(text) => dirty |= app.handle_paste(&text),
                            _ => {}
                        }
                        if app.quit {
                            break;
                        }
                    }
                }
                ScreenInput::Resize(w, h) => {
                    let (w, h) = (w.max(1), h.max(1));
                    terminal.backend_mut().set_client_size(Size::new(w, h));
                    terminal.resize(Rect::new(0, 0, w, h))?;
                    app.resize(w, h);
                    dirty = true;
                }
                // Also presence: someone joined or left, the header changes.
                ScreenInput::Wake => {
                    app.tick();
                    dirty = true;
                }
                ScreenInput::Closed => app.quit = true,
                ScreenInput::Stop => {
                    stopping = true;
                    app.quit = true;
                }
            }
            if app.quit {
                break;
            }
        }
        dirty |= crate::ui::terminal::settle(&mut app, &mut terminal)?;
    }
    // Leave the person's terminal as it was.
    let backend = terminal.backend_mut();
    let _ = crate::ui::terminal::leave_screen(backend);
    // (Sent as the terminal and its output are dropped.)
    let _ = backend.flush();
    Ok(stopping)
}
