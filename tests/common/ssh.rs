//! A real `dealdeck serve` process on a free loopback port, and SSH clients
//! (russh) that drive it: the app through a pty read back with a terminal
//! emulator (vt100), and commands through exec.

use russh::ChannelMsg;
use russh::client;
use russh::keys::ssh_key::private::Ed25519Keypair;
use russh::keys::{PrivateKey, PrivateKeyWithHashAlg};
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

pub const NOW: &str = "2026-11-22T10:00:00Z";

/// The dealdeck command line on a workspace, with the tests' clock.
pub fn dealdeck(db: &Path) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_dealdeck"));
    cmd.arg("--db").arg(db);
    cmd.env("DEALDECK_USER", "tester")
        .env("DEALDECK_NOW", NOW)
        .env_remove("DEALDECK_DB")
        .env_remove("NO_COLOR")
        .env("DEALDECK_LANG", "en");
    cmd
}

/// Runs a local command; panics with its stderr when it fails.
pub fn ok(db: &Path, args: &[&str]) -> String {
    let out = dealdeck(db).args(args).output().unwrap();
    assert!(
        out.status.success(),
        "{args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// A key made from a fixed seed, and its `.pub` file in `dir`.
pub fn key(dir: &Path, name: &str, seed: u8) -> (Arc<PrivateKey>, PathBuf) {
    let key = PrivateKey::from(Ed25519Keypair::from_seed(&[seed; 32]));
    let path = dir.join(format!("{name}.pub"));
    std::fs::write(&path, key.public_key().to_openssh().unwrap()).unwrap();
    (Arc::new(key), path)
}

/// A small sample workspace (120 deals, fixed seed and day).
pub fn sample(dir: &Path) -> PathBuf {
    let db = dir.join("team.redb");
    ok(
        &db,
        &[
            "sample",
            "--deals",
            "120",
            "--seed",
            "7",
            "--today",
            "2026-11-22",
        ],
    );
    db
}

/// A running server; stopped (SIGTERM) when dropped.
pub struct Server {
    pub child: Child,
    pub port: u16,
    pub db: PathBuf,
    pub log: Vec<String>,
}

impl Server {
    pub fn start(db: &Path) -> Server {
        // As a service runs it: no terminal type (nor a terminal) of its own.
        let mut child = dealdeck(db)
            .args(["serve", "--listen", "127.0.0.1:0"])
            .env_remove("TERM")
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let stdout = child.stdout.take().unwrap();
        let mut lines = BufReader::new(stdout).lines();
        let mut log = Vec::new();
        let port = loop {
            let line = lines
                .next()
                .expect("the server ended before listening")
                .unwrap();
            log.push(line.clone());
            if let Some(rest) = line.strip_prefix("dealdeck: join with: ssh -p ") {
                break rest.split_whitespace().next().unwrap().parse().unwrap();
            }
        };
        // Keep reading so the server never blocks on a full pipe.
        std::thread::spawn(move || for _ in lines {});
        Server {
            child,
            port,
            db: db.to_path_buf(),
            log,
        }
    }

    /// SIGTERM; waits for the exit status.
    pub fn stop(&mut self) -> std::process::ExitStatus {
        unsafe {
            libc::kill(self.child.id() as i32, libc::SIGTERM);
        }
        self.child.wait().unwrap()
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        if let Ok(None) = self.child.try_wait() {
            let _ = self.stop();
        }
    }
}

/// Trusts any host key (the tests start the server themselves).
pub struct TrustingClient;

impl client::Handler for TrustingClient {
    type Error = russh::Error;
    async fn check_server_key(
        &mut self,
        _key: &russh::keys::PublicKeyOrCertificate,
    ) -> Result<bool, Self::Error> {
        Ok(true)
    }
}

/// Signs in with `key`; Err when the server refuses.
pub async fn connect(
    port: u16,
    key: &Arc<PrivateKey>,
) -> Result<client::Handle<TrustingClient>, String> {
    let config = Arc::new(client::Config {
        keepalive_interval: None,
        ..Default::default()
    });
    let mut handle = client::connect(config, ("127.0.0.1", port), TrustingClient)
        .await
        .map_err(|e| e.to_string())?;
    let auth = handle
        .authenticate_publickey("dealdeck", PrivateKeyWithHashAlg::new(key.clone(), None))
        .await
        .map_err(|e| e.to_string())?;
    if auth.success() {
        Ok(handle)
    } else {
        Err("refused".into())
    }
}

/// What an exec'd command gave back.
#[derive(Debug)]
pub struct Exec {
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
    pub code: Option<u32>,
}

pub async fn exec<H: client::Handler>(handle: &client::Handle<H>, command: &str) -> Exec {
    let mut channel = handle.channel_open_session().await.unwrap();
    channel.exec(true, command).await.unwrap();
    let mut result = Exec {
        stdout: Vec::new(),
        stderr: Vec::new(),
        code: None,
    };
    while let Some(msg) = channel.wait().await {
        match msg {
            ChannelMsg::Data { data } => result.stdout.extend_from_slice(&data),
            ChannelMsg::ExtendedData { data, .. } => result.stderr.extend_from_slice(&data),
            ChannelMsg::ExitStatus { exit_status } => result.code = Some(exit_status),
            ChannelMsg::Close => break,
            _ => {}
        }
    }
    result
}

/// The app in a pty, read back through a terminal emulator.
pub struct Screen {
    pub channel: russh::Channel<client::Msg>,
    pub parser: vt100::Parser,
    pub closed: bool,
    pub output: Vec<u8>,
}

impl Screen {
    pub async fn open<H: client::Handler>(handle: &client::Handle<H>, w: u16, h: u16) -> Screen {
        let channel = handle.channel_open_session().await.unwrap();
        channel
            .request_pty(true, "xterm-256color", w as u32, h as u32, 0, 0, &[])
            .await
            .unwrap();
        channel.request_shell(true).await.unwrap();
        Screen {
            channel,
            parser: vt100::Parser::new(
                std::num::NonZeroU16::new(h.max(1)).unwrap(),
                std::num::NonZeroU16::new(w.max(1)).unwrap(),
                0,
            ),
            closed: false,
            output: Vec::new(),
        }
    }

    pub fn text(&self) -> String {
        self.parser.screen().contents()
    }

    /// The client's window changes size (as a terminal emulator resized).
    pub async fn resize(&mut self, w: u16, h: u16) {
        self.channel
            .window_change(w as u32, h as u32, 0, 0)
            .await
            .unwrap();
        let size = |n: u16| std::num::NonZeroU16::new(n.max(1)).unwrap();
        self.parser.screen_mut().set_size(size(h), size(w));
    }

    /// The screen's row `y`, as text.
    pub fn row(&self, y: u16) -> String {
        let (_, w) = self.parser.screen().size();
        self.parser.screen().contents_between(y, 0, y, w.get())
    }

    pub async fn keys(&self, bytes: &str) {
        self.channel
            .data_bytes(bytes.as_bytes().to_vec())
            .await
            .unwrap();
    }

    /// Reads until the screen shows `wanted` (panics with the screen after `limit`).
    pub async fn wait_for(&mut self, wanted: &str, limit: Duration) -> Duration {
        self.wait_until(wanted, limit, |s| s.text().contains(wanted))
            .await
    }

    /// Reads until `done` holds of the screen (panics naming `what`, with
    /// the screen, after `limit` or when the session closes).
    pub async fn wait_until(
        &mut self,
        what: &str,
        limit: Duration,
        done: impl Fn(&Screen) -> bool,
    ) -> Duration {
        let started = Instant::now();
        loop {
            if done(self) {
                return started.elapsed();
            }
            let left = limit.saturating_sub(started.elapsed());
            assert!(
                !left.is_zero() && !self.closed,
                "waited {limit:?} for {what} (closed: {}); the screen:\n{}",
                self.closed,
                self.text()
            );
            self.read(left).await;
        }
    }

    /// Reads what arrives within `limit`.
    pub async fn read(&mut self, limit: Duration) {
        match tokio::time::timeout(limit, self.channel.wait()).await {
            Ok(Some(ChannelMsg::Data { data })) => {
                self.output.extend_from_slice(&data);
                self.parser.process(&data);
            }
            Ok(Some(ChannelMsg::Close)) | Ok(None) => self.closed = true,
            _ => {}
        }
    }

    /// Reads until the channel closes (or `limit`).
    pub async fn until_closed(&mut self, limit: Duration) {
        let started = Instant::now();
        while !self.closed && started.elapsed() < limit {
            self.read(limit.saturating_sub(started.elapsed())).await;
        }
    }
}
