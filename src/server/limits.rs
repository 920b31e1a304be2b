//! Sign-in attempts per address: after too many refusals in a short time an
//! address is turned away at once, so keys cannot be tried by the thousand.

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// Refusals an address may have within `WINDOW` before it is turned away.
pub const MAX_FAILURES: u32 = 20;
pub const WINDOW: Duration = Duration::from_secs(60);

#[derive(Default)]
pub struct AuthLimiter {
    failures: Mutex<HashMap<IpAddr, (u32, Instant)>>,
}

impl AuthLimiter {
    pub fn failed(&self, ip: IpAddr) {
        let mut failures = self.failures.lock().unwrap_or_else(|p| p.into_inner());
        let now = Instant::now();
        let entry = failures.entry(ip).or_insert((0, now));
        if now.duration_since(entry.1) > WINDOW {
            *entry = (0, now);
        }
        entry.0 += 1;
        // Forget quiet addresses so the map stays small.
        if failures.len() > 4096 {
            failures.retain(|_, (_, since)| now.duration_since(*since) <= WINDOW);
        }
    }

    pub fn blocked(&self, ip: IpAddr) -> bool {
        let failures = self.failures.lock().unwrap_or_else(|p| p.into_inner());
        failures
            .get(&ip)
            .is_some_and(|(count, since)| *count >= MAX_FAILURES && since.elapsed() <= WINDOW)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_address_is_turned_away_after_too_many_refusals() {
        let limiter = AuthLimiter::default();
        let ip: IpAddr = "127.0.0.9".parse().unwrap();
        for _ in 0..MAX_FAILURES - 1 {
            limiter.failed(ip);
        }
        assert!(!limiter.blocked(ip));
        limiter.failed(ip);
        assert!(limiter.blocked(ip));
        assert!(!limiter.blocked("127.0.0.10".parse().unwrap()));
    }
}
