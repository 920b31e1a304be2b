//! Bytes per key as a terminal receives them: the release binary runs in a
//! pseudo-terminal of 120x40 on the generated workspace, each navigation key
//! is written to it, and everything the app writes back until it is quiet is
//! counted — cursor moves and styles included, which an in-process backend
//! buffer does not count the way a terminal receives them. Budget: ≤ 512 bytes
//! per navigation key (aim 256).
//!
//! Run: `cargo build --release && cargo bench --bench pty_bytes`
//! (`DEALDECK_BIN` names another binary; `DEALDECK_BENCH_DEALS` another size.)

mod common;

use std::io::{Read, Write};
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// A pseudo-terminal pair of 120x40: (the side the bench reads and writes,
/// the side the app runs on).
fn open_pty() -> (std::fs::File, OwnedFd) {
    let (mut main, mut side) = (0, 0);
    let size = libc::winsize {
        ws_row: 40,
        ws_col: 120,
        ws_xpixel: 0,
        ws_ypixel: 0,
    };
    // SAFETY: openpty writes two new descriptors into the integers given.
    let rc = unsafe {
        libc::openpty(
            &mut main,
            &mut side,
            std::ptr::null_mut(),
            std::ptr::null(),
            &size,
        )
    };
    assert_eq!(rc, 0, "openpty failed");
    // SAFETY: both descriptors were just opened and are owned here alone.
    unsafe { (std::fs::File::from_raw_fd(main), OwnedFd::from_raw_fd(side)) }
}

/// Everything the app writes until it has been quiet for `quiet`.
fn drain(pty: &mut std::fs::File, quiet: Duration, limit: Duration) -> usize {
    let fd = pty.as_raw_fd();
    let started = Instant::now();
    let mut last = Instant::now();
    let mut total = 0;
    let mut buf = [0u8; 65536];
    while started.elapsed() < limit {
        let mut poll = libc::pollfd {
            fd,
            events: libc::POLLIN,
            revents: 0,
        };
        // SAFETY: one valid pollfd, a short timeout.
        let ready = unsafe { libc::poll(&mut poll, 1, 20) };
        if ready > 0 {
            match pty.read(&mut buf) {
                Ok(0) | Err(_) => break,
                Ok(n) => {
                    total += n;
                    last = Instant::now();
                }
            }
        } else if last.elapsed() > quiet {
            break;
        }
    }
    total
}

fn key_bytes(name: &str) -> &'static [u8] {
    match name {
        "pagedown" => b"\x1b[6~",
        "down" => b"\x1b[B",
        "up" => b"\x1b[A",
        "pageup" => b"\x1b[5~",
        "enter" => b"\r",
        "esc" => b"\x1b",
        "j" => b"j",
        "k" => b"k",
        "h" => b"h",
        "l" => b"l",
        "g" => b"g",
        "G" => b"G",
        "r" => b"r",
        "q" => b"q",
        "a" => b"a",
        "t" => b"t",
        _ => b"",
    }
}

fn main() {
    let db = common::workspace();
    let bin = std::env::var("DEALDECK_BIN")
        .unwrap_or_else(|_| format!("{}/target/release/dealdeck", env!("CARGO_MANIFEST_DIR")));
    let (mut pty, side) = open_pty();
    let side_fd = side.as_raw_fd();
    let mut cmd = Command::new(&bin);
    cmd.arg("--db")
        .arg(&db)
        .env("DEALDECK_NOW", "2026-11-22T18:00:00Z")
        .env("DEALDECK_USER", "李伟")
        .env("TERM", "xterm-256color")
        .stdin(Stdio::from(side.try_clone().expect("dup")))
        .stdout(Stdio::from(side.try_clone().expect("dup")))
        .stderr(Stdio::from(side));
    // SAFETY: between fork and exec only async-signal-safe calls: a new
    // session, and the pseudo-terminal made its controlling terminal.
    unsafe {
        use std::os::unix::process::CommandExt;
        cmd.pre_exec(move || {
            libc::setsid();
            libc::ioctl(side_fd, libc::TIOCSCTTY as _, 0);
            Ok(())
        });
    }
    let mut child = cmd
        .spawn()
        .expect("the release binary (cargo build --release)");
    let first = drain(
        &mut pty,
        Duration::from_millis(1500),
        Duration::from_secs(30),
    );
    println!("first frame and loading: {first} bytes");
    // Each place, reached by keys from the board, then its navigation keys.
    let places: [(&str, &[&str], &[&str]); 5] = [
        (
            "board",
            &[],
            &["j", "k", "l", "h", "l", "G", "g g", "pagedown", "pageup"],
        ),
        (
            "detail",
            &["enter"],
            &["j", "k", "pagedown", "pageup", "G", "g g"],
        ),
        (
            "reports",
            &["esc", "g r"],
            &["j", "k", "l", "h", "G", "g g"],
        ),
        (
            "today",
            &["esc", "g t"],
            &["j", "k", "G", "g g", "pagedown", "pageup"],
        ),
        (
            "accounts",
            &["esc", "g a"],
            // Letters filter here: the arrows and page keys move.
            &["down", "up", "pagedown", "pageup"],
        ),
    ];
    println!("| where | key | bytes |\n|---|---|---|");
    for (place, reach, keys) in places {
        for chord in reach {
            for k in chord.split_whitespace() {
                let _ = pty.write_all(key_bytes(k));
            }
            drain(
                &mut pty,
                Duration::from_millis(600),
                Duration::from_secs(10),
            );
        }
        for chord in keys {
            for k in chord.split_whitespace() {
                let _ = pty.write_all(key_bytes(k));
            }
            let n = drain(
                &mut pty,
                Duration::from_millis(400),
                Duration::from_secs(10),
            );
            let over = if n > 512 { "  (over 512)" } else { "" };
            println!("| {place} | {chord} | {n}{over} |");
        }
    }
    let _ = pty.write_all(b"\x1bq");
    std::thread::sleep(Duration::from_millis(300));
    let _ = child.kill();
    let _ = child.wait();
}
