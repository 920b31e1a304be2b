//! `dealdeck serve` as a team uses it: a real server process on a free
//! loopback port, real SSH clients (russh) with ptys read back through a
//! terminal emulator, and commands by exec.

mod common;

use common::ssh::{self, Screen, Server};
use std::time::Duration;

const WAIT: Duration = Duration::from_secs(15);

/// A sample workspace with Ann (admin, a new owner) and 李伟 (a rep of the sample).
fn team(dir: &std::path::Path) -> std::path::PathBuf {
    let db = ssh::sample(dir);
    let (_, ann) = ssh::key(dir, "ann", 1);
    let (_, li) = ssh::key(dir, "li", 2);
    ssh::ok(
        &db,
        &[
            "user",
            "add",
            "Ann",
            "--key",
            ann.to_str().unwrap(),
            "--role",
            "admin",
        ],
    );
    ssh::ok(
        &db,
        &[
            "user",
            "add",
            "李伟",
            "--key",
            li.to_str().unwrap(),
            "--role",
            "rep",
        ],
    );
    db
}

/// Ann and 李伟 signed in, each with the app open, each seeing the other.
struct Signed {
    _server: Server,
    li: russh::client::Handle<ssh::TrustingClient>,
    ann_screen: Screen,
    li_screen: Screen,
    _ann: russh::client::Handle<ssh::TrustingClient>,
}

async fn both_signed_in(dir: &std::path::Path) -> Signed {
    let db = team(dir);
    let server = Server::start(&db);
    let (ann_key, _) = ssh::key(dir, "ann", 1);
    let (li_key, _) = ssh::key(dir, "li", 2);
    let ann = ssh::connect(server.port, &ann_key).await.unwrap();
    let li = ssh::connect(server.port, &li_key).await.unwrap();
    let mut ann_screen = Screen::open(&ann, 120, 32).await;
    let mut li_screen = Screen::open(&li, 120, 32).await;
    ann_screen.wait_for("Ann +李伟", WAIT).await;
    li_screen.wait_for("李伟 +Ann", WAIT).await;
    Signed {
        _server: server,
        li,
        ann_screen,
        li_screen,
        _ann: ann,
    }
}

/// A team's workspace and its server, with 李伟 connected.
async fn li_on_a_team(
    dir: &std::path::Path,
) -> (
    std::path::PathBuf,
    Server,
    russh::client::Handle<ssh::TrustingClient>,
) {
    let db = team(dir);
    let server = Server::start(&db);
    let (li_key, _) = ssh::key(dir, "li", 2);
    let li = ssh::connect(server.port, &li_key).await.unwrap();
    (db, server, li)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_people_see_each_others_moves_and_the_event_names_the_mover() {
    let dir = tempfile::tempdir().unwrap();
    let Signed {
        _server,
        li,
        mut ann_screen,
        mut li_screen,
        ..
    } = both_signed_in(dir.path()).await;

    // Ann moves her selected card on, overriding the gate if it asks.
    ann_screen.keys("L").await;
    ann_screen.wait_for("Gate:", WAIT).await;
    ann_screen.keys("\tmet the buyer\r").await;
    ann_screen.wait_for("u undoes", WAIT).await;
    let status = ann_screen
        .text()
        .lines()
        .rev()
        .find(|l| l.contains(" → "))
        .unwrap()
        .to_string();
    let title = status.split(" → ").next().unwrap().trim().to_string();
    let stage = status
        .split(" → ")
        .nth(1)
        .unwrap()
        .split(" (")
        .next()
        .unwrap();
    let stage = stage.split(" · ").next().unwrap().trim().to_string();
    let shown = li_screen
        .wait_for(&format!("Ann moved {title} to {stage}"), WAIT)
        .await;
    assert!(shown < Duration::from_secs(2), "took {shown:?}");

    // The stage event records Ann, not the server's user.
    let events = ssh::exec(&li, "export events --format csv").await;
    assert_eq!(events.code, Some(0));
    let csv = String::from_utf8(events.stdout).unwrap();
    let mine: Vec<&str> = csv.lines().filter(|l| l.contains(&title)).collect();
    let last = mine.last().unwrap();
    assert!(last.contains(",Ann,"), "{last}");
    assert!(last.contains(&stage), "{last}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_unknown_key_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let db = team(dir.path());
    let server = Server::start(&db);
    let (stranger, _) = ssh::key(dir.path(), "stranger", 9);
    assert!(ssh::connect(server.port, &stranger).await.is_err());
    let (ann, _) = ssh::key(dir.path(), "ann", 1);
    assert!(ssh::connect(server.port, &ann).await.is_ok());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_rep_changes_only_their_own_deals() {
    let dir = tempfile::tempdir().unwrap();
    let (_db, _server, li) = li_on_a_team(dir.path()).await;
    let users = ssh::exec(&li, "user list --json").await;
    let users: serde_json::Value = serde_json::from_slice(&users.stdout).unwrap();
    let li_id = users
        .as_array()
        .unwrap()
        .iter()
        .find(|u| u["name"] == "李伟")
        .unwrap()["owner_id"]
        .as_u64()
        .unwrap();
    let open = ssh::exec(&li, "deal list --status open --json").await;
    let open: serde_json::Value = serde_json::from_slice(&open.stdout).unwrap();
    let deals = open.as_array().unwrap();
    let theirs = deals.iter().find(|d| d["owner"] != li_id).unwrap();
    let own = deals.iter().find(|d| d["owner"] == li_id).unwrap();

    let refused = ssh::exec(
        &li,
        &format!("deal move {} Negotiation --override 'asked'", theirs["id"]),
    )
    .await;
    assert_eq!(refused.code, Some(1));
    let message = String::from_utf8(refused.stderr).unwrap();
    assert!(
        message.contains("not allowed:") && message.contains("a rep changes only their own deals"),
        "{message}"
    );
    let moved = ssh::exec(
        &li,
        &format!("deal move {} Negotiation --override 'asked'", own["id"]),
    )
    .await;
    assert_eq!(
        moved.code,
        Some(0),
        "{}",
        String::from_utf8_lossy(&moved.stderr)
    );
    // Managing users is an admin's.
    let add = ssh::exec(&li, "user remove Ann").await;
    assert_eq!(add.code, Some(1));
    assert!(String::from_utf8_lossy(&add.stderr).contains("only an admin"));
    let taxonomy = ssh::exec(&li, "taxonomy add budget_cut --name 'Budget cut'").await;
    assert_eq!(taxonomy.code, Some(1));
    assert!(String::from_utf8_lossy(&taxonomy.stderr).contains("only an admin"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_execd_command_prints_what_it_prints_locally() {
    let dir = tempfile::tempdir().unwrap();
    let (db, mut server, li) = li_on_a_team(dir.path()).await;
    let commands = [
        "report winloss --period 2026-Q3 --format json",
        "report all --period 2026-10 --format md",
        "deal list --status won",
        "report winloss --period someday",
    ];
    let mut served = Vec::new();
    for command in commands {
        served.push(ssh::exec(&li, command).await);
    }
    // Meanwhile a local command goes through the server's socket.
    let through_socket = ssh::dealdeck(&db)
        .args([
            "report", "winloss", "--period", "2026-Q3", "--format", "json",
        ])
        .output()
        .unwrap();
    assert!(server.stop().success());
    for (command, served) in commands.iter().zip(served) {
        let args = shlex::split(command).unwrap();
        let local = ssh::dealdeck(&db).args(&args).output().unwrap();
        assert_eq!(served.stdout, local.stdout, "{command}: stdout");
        assert_eq!(served.stderr, local.stderr, "{command}: stderr");
        assert_eq!(
            served.code,
            local.status.code().map(|c| c as u32),
            "{command}: exit code"
        );
    }
    let local = ssh::dealdeck(&db)
        .args([
            "report", "winloss", "--period", "2026-Q3", "--format", "json",
        ])
        .output()
        .unwrap();
    assert_eq!(through_socket.stdout, local.stdout);
    assert!(through_socket.status.success());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_vanished_client_is_let_go_within_five_seconds() {
    use std::sync::Arc;
    use std::sync::atomic::{AtomicBool, Ordering};
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let dir = tempfile::tempdir().unwrap();
    let db = team(dir.path());
    let server = Server::start(&db);
    // 李伟 connects through a relay that can go silent, like a laptop
    // closed mid-session: no FIN, just nothing more.
    let relay = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let relay_port = relay.local_addr().unwrap().port();
    let frozen = Arc::new(AtomicBool::new(false));
    let (f1, f2) = (frozen.clone(), frozen.clone());
    let server_port = server.port;
    tokio::spawn(async move {
        let (client, _) = relay.accept().await.unwrap();
        let upstream = tokio::net::TcpStream::connect(("127.0.0.1", server_port))
            .await
            .unwrap();
        let (cr, cw) = client.into_split();
        let (ur, uw) = upstream.into_split();
        let pump = |frozen: Arc<AtomicBool>| {
            move |mut from: tokio::net::tcp::OwnedReadHalf,
                  mut to: tokio::net::tcp::OwnedWriteHalf| async move {
                let mut buf = vec![0u8; 16384];
                loop {
                    let n = match from.read(&mut buf).await {
                        Ok(0) | Err(_) => return,
                        Ok(n) => n,
                    };
                    if frozen.load(Ordering::SeqCst) {
                        // Hold both sockets open and say nothing, forever.
                        std::future::pending::<()>().await;
                    }
                    if to.write_all(&buf[..n]).await.is_err() {
                        return;
                    }
                }
            }
        };
        tokio::join!(pump(f1)(cr, uw), pump(f2)(ur, cw));
    });
    let (ann_key, _) = ssh::key(dir.path(), "ann", 1);
    let (li_key, _) = ssh::key(dir.path(), "li", 2);
    let ann = ssh::connect(server.port, &ann_key).await.unwrap();
    let li = ssh::connect(relay_port, &li_key).await.unwrap();
    let mut ann_screen = Screen::open(&ann, 100, 30).await;
    let _li_screen = Screen::open(&li, 100, 30).await;
    ann_screen.wait_for("Ann +李伟", WAIT).await;
    frozen.store(true, Ordering::SeqCst);
    let started = std::time::Instant::now();
    loop {
        ann_screen.read(Duration::from_millis(200)).await;
        let header = ann_screen
            .text()
            .lines()
            .next()
            .unwrap_or_default()
            .to_string();
        if !header.contains("+李伟") {
            break;
        }
        assert!(
            started.elapsed() < Duration::from_secs(5),
            "李伟's session still there after {:?}: {header}",
            started.elapsed()
        );
    }
}

/// A server has no terminal of its own (a service): a client's resize must
/// not ask for one. The session redraws at the new size and goes on.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_session_resized_by_its_client_redraws_at_the_new_size() {
    let dir = tempfile::tempdir().unwrap();
    let (_db, _server, li) = li_on_a_team(dir.path()).await;
    let mut screen = Screen::open(&li, 80, 24).await;
    screen.wait_for("李伟", WAIT).await;
    let keys_line = screen.row(23);
    assert!(
        keys_line.contains("enter"),
        "the keys line at the foot: {keys_line:?}"
    );
    screen.resize(120, 40).await;
    screen
        .wait_until("a redraw at 120x40", WAIT, |s| s.row(39).contains("enter"))
        .await;
    // Narrower again (ratatui clears on a shrink), then still answering keys.
    screen.resize(90, 30).await;
    screen.keys("gr").await;
    screen.wait_for("Funnel", WAIT).await;
    assert!(!screen.closed);
    let header = screen.row(0);
    assert!(header.contains("Reports"), "{header:?}");
}

/// Another program wrote over the client's screen: ctrl-l clears it and
/// draws every cell again.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn ctrl_l_repaints_a_garbled_screen() {
    let dir = tempfile::tempdir().unwrap();
    let (_db, _server, li) = li_on_a_team(dir.path()).await;
    let mut screen = Screen::open(&li, 100, 30).await;
    screen.wait_for("李伟", WAIT).await;
    // Let the first frame and the closed columns settle.
    screen.read(Duration::from_millis(500)).await;
    screen.read(Duration::from_millis(300)).await;
    let before = screen.text();
    screen
        .parser
        .process(b"\x1b[5;3Hwall: the system goes down at noon\x1b[12;40H####");
    assert_ne!(screen.text(), before);
    screen.keys("\x0c").await;
    screen
        .wait_until("the screen repainted", WAIT, |s| s.text() == before)
        .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sigterm_tells_every_session_and_closes_the_workspace() {
    let dir = tempfile::tempdir().unwrap();
    let (db, mut server, li) = li_on_a_team(dir.path()).await;
    let mut screen = Screen::open(&li, 100, 30).await;
    screen.wait_for("李伟", WAIT).await;
    let pid = server.child.id() as i32;
    let reader = tokio::spawn(async move {
        screen.until_closed(WAIT).await;
        screen
    });
    tokio::time::sleep(Duration::from_millis(100)).await;
    unsafe {
        libc::kill(pid, libc::SIGTERM);
    }
    let status = server.child.wait().unwrap();
    assert!(status.success());
    let screen = reader.await.unwrap();
    let said = String::from_utf8_lossy(&screen.output);
    assert!(said.contains("the server is stopping"), "{said}");
    assert!(screen.closed);
    let check = ssh::ok(&db, &["check"]);
    assert!(check.contains("healthy"), "{check}");
    assert!(
        !ssh::dealdeck(&db)
            .arg("check")
            .output()
            .unwrap()
            .stdout
            .is_empty()
    );
    assert!(!dir.path().join("team.redb.sock").exists());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn following_the_review_moves_with_its_facilitator() {
    let dir = tempfile::tempdir().unwrap();
    let Signed {
        _server,
        mut ann_screen,
        mut li_screen,
        ..
    } = both_signed_in(dir.path()).await;

    li_screen.keys("F").await;
    li_screen.wait_for("no review is in progress", WAIT).await;

    // Ann opens the review and confirms the period: the review exists at step 2.
    ann_screen.keys("gv").await;
    ann_screen.wait_for("▸1 Period", WAIT).await;
    ann_screen.keys("\r").await;
    ann_screen.wait_for("▸2 Scorecard", WAIT).await;

    li_screen.keys("F").await;
    li_screen.wait_for("▸2 Scorecard", WAIT).await;
    li_screen.wait_for("following", WAIT).await;
    // Read-only: keys change nothing.
    li_screen.keys("\r").await;
    li_screen.wait_for("read-only", WAIT).await;
    assert!(li_screen.text().contains("▸2 Scorecard"));

    ann_screen.keys("\r").await;
    ann_screen.wait_for("▸3 Last actions", WAIT).await;
    li_screen.wait_for("▸3 Last actions", WAIT).await;

    // Leaving follow returns to the board.
    li_screen.keys("\x1b").await;
    li_screen.wait_for("stopped following", WAIT).await;
    assert!(!li_screen.text().contains("Loss review"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn kill_9_of_the_server_loses_no_acknowledged_change() {
    let dir = tempfile::tempdir().unwrap();
    let db = team(dir.path());
    let mut server = Server::start(&db);
    let (ann_key, _) = ssh::key(dir.path(), "ann", 1);
    let ann = ssh::connect(server.port, &ann_key).await.unwrap();
    let created = ssh::exec(
        &ann,
        "deal new --title 'Acknowledged deal' --account 'Northwind' --amount 12k",
    )
    .await;
    assert_eq!(
        created.code,
        Some(0),
        "{}",
        String::from_utf8_lossy(&created.stderr)
    );
    server.child.kill().unwrap();
    server.child.wait().unwrap();
    // Every commit recorded redb's allocator state (quick repair), so the
    // reopen loads it instead of walking every page of the file.
    let repaired = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let seen = repaired.clone();
    drop(
        redb::Database::builder()
            .set_repair_callback(move |_| seen.store(true, std::sync::atomic::Ordering::SeqCst))
            .create(&db)
            .unwrap(),
    );
    assert!(
        !repaired.load(std::sync::atomic::Ordering::SeqCst),
        "the reopen after kill -9 walked the file"
    );
    // The stale socket is no obstacle: the next command opens the file itself.
    let list = ssh::ok(&db, &["deal", "list", "--status", "open"]);
    assert!(list.contains("Acknowledged deal"), "{list}");
    assert!(ssh::ok(&db, &["check"]).contains("healthy"));
    // And a new server starts on it.
    let again = Server::start(&db);
    assert!(
        again
            .log
            .iter()
            .any(|l| l.contains("local commands go through"))
    );
}
