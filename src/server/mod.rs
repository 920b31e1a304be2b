//! `dealdeck serve`: one process owns the workspace file and serves it to the
//! team over SSH — the full app for a session with a pty, a dealdeck command
//! for an exec — and to local commands through an owner-only Unix socket.
//! Sessions share one store; each keeps only its own view.

mod connection;
mod exec;
pub mod hostkey;
mod input;
mod limits;
mod output;
mod screen;
pub mod socket;

use crate::cli::Context;
use crate::cli::tui::Look;
use crate::store::Store;
use crate::ui::team::{Presence, SharedData};
use anyhow::{Context as _, bail};
use chrono::{DateTime, Utc};
use limits::AuthLimiter;
use screen::ScreenInput;
use std::net::SocketAddr;
use std::process::ExitCode;
use std::sync::mpsc::Sender;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// What every session of one server shares.
pub struct Shared {
    pub store: Arc<Store>,
    pub presence: Arc<Presence>,
    /// What every session shows, loaded once and shared.
    pub data: Arc<SharedData>,
    pub look: Look,
    pub runtime: tokio::runtime::Handle,
    limiter: AuthLimiter,
    /// False when `DEALDECK_NOW` pins the clock (scripts and tests).
    pub live_clock: bool,
    pinned_now: DateTime<Utc>,
    screens: Mutex<Vec<Sender<ScreenInput>>>,
    /// Session threads still running (they close their channel last).
    live_screens: std::sync::atomic::AtomicUsize,
}

impl Shared {
    pub fn now(&self) -> DateTime<Utc> {
        if self.live_clock {
            Utc::now()
        } else {
            self.pinned_now
        }
    }

    /// Remembers a session's inbox, to tell it when the server stops.
    fn track(&self, screen: Sender<ScreenInput>) {
        self.live_screens
            .fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        let mut screens = self.screens.lock().unwrap_or_else(|p| p.into_inner());
        screens.retain(|s| s.send(ScreenInput::Wake).is_ok());
        screens.push(screen);
    }

    fn stop_all(&self) {
        let screens = self.screens.lock().unwrap_or_else(|p| p.into_inner());
        for screen in screens.iter() {
            let _ = screen.send(ScreenInput::Stop);
        }
    }
}

/// How often a silent client is asked whether it is still there, and how many
/// unanswered asks drop it: a vanished client's session is freed in about 3 s.
const KEEPALIVE: Duration = Duration::from_secs(1);
const KEEPALIVE_MISSES: usize = 3;

/// Runs the server until SIGTERM, SIGINT or SIGHUP.
pub fn serve(ctx: &Context, listen: SocketAddr, theme_name: &str) -> anyhow::Result<ExitCode> {
    if ctx.is_served() {
        bail!(t!("srv-already-served"));
    }
    let store = ctx.open_existing()?;
    let (key, new_key) = hostkey::load_or_create(&ctx.db)?;
    let (look, warnings) = crate::cli::tui::load_look(theme_name);
    for w in &warnings {
        eprintln!("{}: {}", t!("error-prefix"), crate::text::sanitize(w));
    }
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .with_context(|| t!("srv-no-runtime"))?;
    let live_clock = std::env::var_os("DEALDECK_NOW").is_none();
    let today = if live_clock { Utc::now() } else { ctx.now }.date_naive();
    let data = Arc::new(SharedData::load(&store, today)?);
    let shared = Arc::new(Shared {
        store: store.clone(),
        presence: Arc::new(Presence::default()),
        data,
        look,
        runtime: runtime.handle().clone(),
        limiter: AuthLimiter::default(),
        live_clock,
        pinned_now: ctx.now,
        screens: Mutex::new(Vec::new()),
        live_screens: Default::default(),
    });
    let users = store.users()?.len();
    let result = runtime.block_on(run(shared.clone(), ctx, listen, key, new_key, users));
    // Sessions were told; give them a moment to say goodbye and let go of the store.
    let deadline = Instant::now() + Duration::from_secs(3);
    while shared
        .live_screens
        .load(std::sync::atomic::Ordering::SeqCst)
        > 0
        && Instant::now() < deadline
    {
        std::thread::sleep(Duration::from_millis(20));
    }
    socket::remove(&ctx.db);
    runtime.shutdown_timeout(Duration::from_secs(1));
    drop(shared);
    drop(store);
    result?;
    println!(
        "{}: {}",
        t!("error-prefix"),
        t!("srv-stopped", path = ctx.db.display().to_string())
    );
    Ok(ExitCode::SUCCESS)
}

async fn run(
    shared: Arc<Shared>,
    ctx: &Context,
    listen: SocketAddr,
    key: russh::keys::PrivateKey,
    new_key: bool,
    users: usize,
) -> anyhow::Result<()> {
    use tokio::signal::unix::{SignalKind, signal};
    let listener = tokio::net::TcpListener::bind(listen)
        .await
        .with_context(|| t!("srv-cannot-listen", address = listen.to_string()))?;
    let addr = listener.local_addr()?;
    let fingerprint = hostkey::fingerprint(&key);
    let socket = socket::start(shared.clone(), &ctx.db, &addr.to_string());
    println!(
        "{}: {}",
        t!("error-prefix"),
        t!(
            "srv-serving",
            path = crate::text::sanitize(&ctx.db.display().to_string()).into_owned(),
            address = addr.to_string()
        )
    );
    println!(
        "{}: {}",
        t!("error-prefix"),
        t!(
            "srv-host-key",
            fingerprint = fingerprint.to_string(),
            new = if new_key { "yes" } else { "no" },
            path = hostkey::path_for(&ctx.db).display().to_string()
        )
    );
    match &socket {
        Ok(path) => println!(
            "{}: {}",
            t!("error-prefix"),
            t!("srv-socket", path = path.display().to_string())
        ),
        Err(e) => eprintln!(
            "{}: {}",
            t!("error-prefix"),
            t!("srv-no-socket", error = e.to_string())
        ),
    }
    if users == 0 {
        println!("{}: {}", t!("error-prefix"), t!("srv-no-users"));
    }
    println!(
        "{}: {}",
        t!("error-prefix"),
        t!(
            "srv-join",
            port = addr.port().to_string(),
            host = addr.ip().to_string()
        )
    );
    use std::io::Write;
    let _ = std::io::stdout().flush();

    let config = Arc::new(russh::server::Config {
        keys: vec![key],
        methods: russh::MethodSet::from(&[russh::MethodKind::PublicKey][..]),
        auth_rejection_time: Duration::from_millis(300),
        auth_rejection_time_initial: Some(Duration::ZERO),
        keepalive_interval: Some(KEEPALIVE),
        keepalive_max: KEEPALIVE_MISSES,
        // People keep the app open all day; keepalives find the dead ones.
        inactivity_timeout: None,
        nodelay: true,
        ..Default::default()
    });
    let mut term = signal(SignalKind::terminate())?;
    let mut interrupt = signal(SignalKind::interrupt())?;
    let mut hangup = signal(SignalKind::hangup())?;
    loop {
        tokio::select! {
            accepted = listener.accept() => {
                let Ok((stream, peer)) = accepted else { continue };
                if shared.limiter.blocked(peer.ip()) {
                    drop(stream);
                    continue;
                }
                let handler = connection::Connection::new(shared.clone(), Some(peer));
                let config = config.clone();
                tokio::spawn(async move {
                    if let Ok(session) = russh::server::run_stream(config, stream, handler).await {
                        let _ = session.await;
                    }
                });
            }
            _ = term.recv() => break,
            _ = interrupt.recv() => break,
            _ = hangup.recv() => break,
        }
    }
    println!(
        "{}: {}",
        t!("error-prefix"),
        t!("srv-stopping-sessions", count = shared.presence.sessions())
    );
    shared.stop_all();
    Ok(())
}
