//! Bytes for one SSH channel: what the app draws and what a command prints.
//! Written from a session's own thread, so a slow client only slows itself.

use russh::ChannelId;
use russh::server::Handle;
use std::io::{self, Write};

/// Which stream of the channel: standard output, or standard error (SSH's
/// extended data type 1).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stream {
    Out,
    Err,
}

/// Buffers writes and sends them to the client on flush (and when large).
pub struct ChannelOut {
    handle: Handle,
    channel: ChannelId,
    stream: Stream,
    runtime: tokio::runtime::Handle,
    buffer: Vec<u8>,
    /// A screen's frame goes out whole, in one message: ratatui flushes
    /// mid-frame, so `flush` sends only once the frame's closing
    /// end-of-synchronized-update marker is in.
    frames: bool,
}

/// What closes every frame (`crate::ui::terminal::draw`): end synchronized update.
const END_OF_FRAME: &[u8] = b"\x1b[?2026l";

/// Sends larger outputs in pieces, so a big export streams out.
const CHUNK: usize = 32 * 1024;

impl ChannelOut {
    pub fn new(
        handle: Handle,
        channel: ChannelId,
        stream: Stream,
        runtime: tokio::runtime::Handle,
    ) -> ChannelOut {
        ChannelOut {
            handle,
            channel,
            stream,
            runtime,
            buffer: Vec::with_capacity(16 * 1024),
            frames: false,
        }
    }

    /// Output of a screen: sent a frame at a time.
    pub fn for_frames(mut self) -> ChannelOut {
        self.frames = true;
        self
    }

    fn send(&mut self) -> io::Result<()> {
        if self.buffer.is_empty() {
            return Ok(());
        }
        let bytes = std::mem::take(&mut self.buffer);
        let (handle, channel, stream) = (&self.handle, self.channel, self.stream);
        let sent = self.runtime.block_on(async move {
            match stream {
                Stream::Out => handle.data(channel, bytes).await,
                Stream::Err => handle.extended_data(channel, 1, bytes).await,
            }
        });
        sent.map_err(|_| io::Error::new(io::ErrorKind::BrokenPipe, t!("srv-client-gone")))
    }
}

impl Write for ChannelOut {
    fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
        self.buffer.extend_from_slice(bytes);
        if self.buffer.len() >= CHUNK && !self.frames {
            self.send()?;
        }
        Ok(bytes.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        if self.frames && !self.buffer.ends_with(END_OF_FRAME) {
            return Ok(());
        }
        self.send()
    }
}

impl Drop for ChannelOut {
    fn drop(&mut self) {
        let _ = self.send();
    }
}
