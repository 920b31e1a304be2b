//! `dealdeck serve` under a team's load, measured as clients receive it: a
//! release server process on the 100 000-deal workspace, N real SSH clients
//! (russh) with ptys, each screen read back through a terminal emulator.
//!
//! `cargo bench --bench serve` (DEALDECK_BENCH_SESSIONS, default 50). Prints
//! server RSS with 0, 1 and N sessions; key → first byte back over loopback
//! SSH with N connected; and how long a move takes to show on all the others.

mod common;
#[path = "../tests/common/ssh.rs"]
#[allow(dead_code)]
mod ssh;

use ssh::{Screen, Server};
use std::time::{Duration, Instant};

fn rss_mb(pid: u32) -> f64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    status
        .lines()
        .find(|l| l.starts_with("VmRSS:"))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|kb| kb.parse::<f64>().ok())
        .map_or(0.0, |kb| kb / 1024.0)
}

/// Reads what is already on its way (until `quiet_ms` pass with nothing).
async fn drain(screen: &mut Screen, quiet_ms: u64) {
    loop {
        match tokio::time::timeout(Duration::from_millis(quiet_ms), screen.channel.wait()).await {
            Ok(Some(russh::ChannelMsg::Data { data })) => screen.parser.process(&data),
            Ok(Some(_)) => {}
            Ok(None) | Err(_) => return,
        }
    }
}

fn percentile(sorted: &[f64], p: f64) -> f64 {
    let rank = ((p * sorted.len() as f64).ceil() as usize).clamp(1, sorted.len());
    sorted[rank - 1]
}

fn main() {
    let sessions: usize = std::env::var("DEALDECK_BENCH_SESSIONS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(50);
    let source = common::workspace();
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("bench.redb");
    std::fs::copy(&source, &db).unwrap();
    let mut keys = Vec::new();
    for i in 0..sessions {
        let (key, public) = ssh::key(dir.path(), &format!("u{i}"), i as u8 + 1);
        ssh::ok(
            &db,
            &[
                "user",
                "add",
                &format!("Bench {i:02}"),
                "--key",
                public.to_str().unwrap(),
                "--role",
                "director",
            ],
        );
        keys.push(key);
    }
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    let server = Server::start(&db);
    let pid = server.child.id();
    std::thread::sleep(Duration::from_millis(300));
    let idle = rss_mb(pid);
    runtime.block_on(async {
        let mut handles = Vec::new();
        let mut screens = Vec::new();
        let started = Instant::now();
        for (i, key) in keys.iter().enumerate() {
            let handle = ssh::connect(server.port, key).await.unwrap();
            let mut screen = Screen::open(&handle, 120, 40).await;
            screen
                .wait_for(&format!("Bench {i:02}"), Duration::from_secs(60))
                .await;
            handles.push(handle);
            screens.push(screen);
            if i == 0 {
                tokio::time::sleep(Duration::from_millis(300)).await;
                println!(
                    "RSS: {idle:.1} MB idle, {:.1} MB with 1 session",
                    rss_mb(pid)
                );
            }
        }
        println!(
            "{sessions} sessions connected and drawn in {:.1} s",
            started.elapsed().as_secs_f64()
        );
        // Let the headers settle (everyone sees everyone).
        tokio::time::sleep(Duration::from_millis(1000)).await;
        for screen in screens.iter_mut() {
            drain(screen, 5).await;
        }
        let all = rss_mb(pid);
        println!(
            "RSS: {all:.1} MB with {sessions} sessions ({:.2} MB per session after the first)",
            (all - idle) / sessions as f64
        );

        // One person typing while everyone is connected: key → first byte back.
        let mut latencies = Vec::new();
        let mut frame_bytes = Vec::new();
        for i in 0..200 {
            let key = if i % 2 == 0 { "j" } else { "k" };
            let sent = Instant::now();
            screens[0].keys(key).await;
            let mut bytes = 0;
            // A frame ends with the end-of-synchronized-update marker.
            loop {
                match tokio::time::timeout(Duration::from_secs(2), screens[0].channel.wait()).await {
                    Ok(Some(russh::ChannelMsg::Data { data })) => {
                        if bytes == 0 {
                            latencies.push(sent.elapsed().as_secs_f64() * 1e3);
                        }
                        bytes += data.len();
                        screens[0].parser.process(&data);
                        if data.ends_with(b"\x1b[?2026l") {
                            break;
                        }
                    }
                    Ok(Some(_)) => continue,
                    _ => panic!("no answer to a key"),
                }
            }
            frame_bytes.push(bytes);
        }
        frame_bytes.sort_unstable();
        println!(
            "bytes per j/k frame at 120x40: median {}, max {}",
            frame_bytes[frame_bytes.len() / 2],
            frame_bytes.last().copied().unwrap_or(0)
        );
        latencies.sort_by(f64::total_cmp);
        println!(
            "key → first byte with {sessions} connected: median {:.2} ms, p90 {:.2} ms, max {:.2} ms (200 keys)",
            percentile(&latencies, 0.5),
            percentile(&latencies, 0.9),
            latencies.last().copied().unwrap_or(0.0)
        );

        // A move by one person, until every other screen says so.
        let mut spreads = Vec::new();
        // A card in the second column, so it can go back a stage.
        screens[0].keys("l").await;
        drain(&mut screens[0], 50).await;
        for round in 0..6 {
            // Back a stage (no gate to pass), then undo it: both move the card.
            let (key, said) = if round % 2 == 0 {
                ("H", "u undoes")
            } else {
                ("u", "undone")
            };
            let moved = Instant::now();
            screens[0].keys(key).await;
            screens[0].wait_for(said, Duration::from_secs(10)).await;
            let mut slowest = Duration::ZERO;
            for screen in screens.iter_mut().skip(1) {
                screen
                    .wait_for("Bench 00 moved", Duration::from_secs(10))
                    .await;
                slowest = slowest.max(moved.elapsed());
            }
            spreads.push(slowest.as_secs_f64() * 1e3);
            // Clear the status lines for the next round.
            for screen in screens.iter_mut() {
                screen.keys("j").await;
            }
            tokio::time::sleep(Duration::from_millis(300)).await;
            for screen in screens.iter_mut() {
                drain(screen, 20).await;
                assert!(!screen.text().contains("Bench 00 moved"));
            }
        }
        spreads.sort_by(f64::total_cmp);
        println!(
            "a move visible on all {} other sessions: median {:.1} ms, max {:.1} ms (6 moves; key → last screen read)",
            sessions - 1,
            percentile(&spreads, 0.5),
            spreads.last().copied().unwrap_or(0.0)
        );
        println!("RSS after the moves: {:.1} MB", rss_mb(pid));
    });
    drop(server);
}
