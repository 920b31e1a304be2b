//! Local commands while a server holds the workspace: redb lets one process
//! open the file, so `dealdeck deal list` (cron backups, scripts, reports)
//! sends its command line to the server through an owner-only Unix socket
//! next to the database and prints what comes back, exit code included.
//!
//! Wire: the client writes one JSON line (`{"args": [...], "user": "..."}`,
//! or `{"hello": true}`); the server answers with frames: a kind byte
//! (1 stdout, 2 stderr, 3 exit code, 4 hello), a big-endian u32 length and
//! the bytes.

use super::Shared;
use crate::cli::Context;
use serde::{Deserialize, Serialize};
use std::io::{BufRead, BufReader, Read, Write};
use std::os::unix::fs::PermissionsExt;
use std::os::unix::net::{UnixListener, UnixStream};
use std::path::{Path, PathBuf};
use std::sync::Arc;

const STDOUT: u8 = 1;
const STDERR: u8 = 2;
const EXIT: u8 = 3;
const HELLO: u8 = 4;

/// `dealdeck.redb` → `dealdeck.redb.sock`.
pub fn path_for(db: &Path) -> PathBuf {
    crate::store::files::sibling(db, ".sock")
}

#[derive(Debug, Serialize, Deserialize)]
struct Request {
    #[serde(default)]
    args: Vec<String>,
    #[serde(default)]
    user: String,
    #[serde(default)]
    hello: bool,
}

/// Who holds the workspace, for a local app that cannot open it.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Hello {
    pub pid: u32,
    pub listen: String,
}

/// Listens on the socket on a thread of its own. Returns its path.
pub fn start(shared: Arc<Shared>, db: &Path, listen: &str) -> anyhow::Result<PathBuf> {
    let path = path_for(db);
    if path.exists() {
        if UnixStream::connect(&path).is_ok() {
            anyhow::bail!(t!("srv-socket-taken", path = path.display().to_string()));
        }
        // Left by a server that was killed.
        std::fs::remove_file(&path)?;
    }
    let listener = UnixListener::bind(&path)?;
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600))?;
    let listen = listen.to_string();
    std::thread::Builder::new()
        .name("dealdeck-socket".into())
        .spawn(move || {
            for stream in listener.incoming().flatten() {
                let shared = shared.clone();
                let listen = listen.clone();
                std::thread::spawn(move || answer(shared, stream, &listen));
            }
        })?;
    Ok(path)
}

pub fn remove(db: &Path) {
    let _ = std::fs::remove_file(path_for(db));
}

fn answer(shared: Arc<Shared>, stream: UnixStream, listen: &str) {
    let Ok(reader) = stream.try_clone() else {
        return;
    };
    let mut line = String::new();
    // One line, bounded: a command line is small.
    if BufReader::new(reader.take(1 << 20))
        .read_line(&mut line)
        .is_err()
    {
        return;
    }
    let Ok(request) = serde_json::from_str::<Request>(&line) else {
        return;
    };
    let mut out = Frames {
        stream,
        kind: STDOUT,
    };
    if request.hello {
        let hello = Hello {
            pid: std::process::id(),
            listen: listen.to_string(),
        };
        let _ = out.frame(HELLO, &serde_json::to_vec(&hello).unwrap_or_default());
        return;
    }
    let Ok(err_stream) = out.stream.try_clone() else {
        return;
    };
    let err = Frames {
        stream: err_stream,
        kind: STDERR,
    };
    let Ok(exit_stream) = out.stream.try_clone() else {
        return;
    };
    let ctx = Context::served(
        shared.store.clone(),
        request.user,
        shared.now(),
        Box::new(out),
        Box::new(err),
    );
    let code = crate::cli::run_served(&ctx, &request.args);
    drop(ctx);
    let _ = Frames {
        stream: exit_stream,
        kind: EXIT,
    }
    .frame(EXIT, &[code]);
}

struct Frames {
    stream: UnixStream,
    kind: u8,
}

impl Frames {
    fn frame(&mut self, kind: u8, bytes: &[u8]) -> std::io::Result<()> {
        let mut frame = Vec::with_capacity(bytes.len() + 5);
        frame.push(kind);
        frame.extend_from_slice(&(bytes.len() as u32).to_be_bytes());
        frame.extend_from_slice(bytes);
        self.stream.write_all(&frame)
    }
}

impl Write for Frames {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.frame(self.kind, bytes)?;
        Ok(bytes.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.stream.flush()
    }
}

/// The client side: a server answers on the socket next to `db`.
pub fn connect(db: &Path) -> Option<UnixStream> {
    let path = path_for(db);
    if !path.exists() {
        return None;
    }
    UnixStream::connect(path).ok()
}

/// Asks the server who it is.
pub fn hello(mut stream: UnixStream) -> Option<Hello> {
    let request = Request {
        args: Vec::new(),
        user: String::new(),
        hello: true,
    };
    let mut line = serde_json::to_vec(&request).ok()?;
    line.push(b'\n');
    stream.write_all(&line).ok()?;
    let (kind, bytes) = read_frame(&mut stream).ok()??;
    (kind == HELLO).then(|| serde_json::from_slice(&bytes).ok())?
}

/// Runs a command line on the server, copying its output here. Returns its
/// exit code.
pub fn forward(mut stream: UnixStream, args: Vec<String>, user: String) -> std::io::Result<u8> {
    let request = Request {
        args,
        user,
        hello: false,
    };
    let mut line = serde_json::to_vec(&request)?;
    line.push(b'\n');
    stream.write_all(&line)?;
    let mut stdout = std::io::stdout();
    let mut stderr = std::io::stderr();
    while let Some((kind, bytes)) = read_frame(&mut stream)? {
        match kind {
            STDOUT => {
                let _ = stdout.write_all(&bytes);
            }
            STDERR => {
                let _ = stderr.write_all(&bytes);
            }
            EXIT => {
                let _ = stdout.flush();
                return Ok(bytes.first().copied().unwrap_or(1));
            }
            _ => {}
        }
    }
    let _ = stdout.flush();
    Err(std::io::Error::new(
        std::io::ErrorKind::UnexpectedEof,
        t!("srv-closed-early"),
    ))
}

fn read_frame(stream: &mut UnixStream) -> std::io::Result<Option<(u8, Vec<u8>)>> {
    let mut head = [0u8; 5];
    match stream.read_exact(&mut head) {
        Ok(()) => {}
        Err(e) if e.kind() == std::io::ErrorKind::UnexpectedEof => return Ok(None),
        Err(e) => return Err(e),
    }
    let len = u32::from_be_bytes([head[1], head[2], head[3], head[4]]) as usize;
    let mut bytes = vec![0u8; len];
    stream.read_exact(&mut bytes)?;
    Ok(Some((head[0], bytes)))
}
