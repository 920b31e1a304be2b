//! The deterministic sample workspace: a believable B2B sales org with two
//! years of history, built from the data files under `sample-db/`.
//! Same seed and same `today` give identical data.

mod commerce;
mod data;
mod journey;
mod orgs;
mod path;
mod reviews;
mod zh;

use crate::domain::*;
use crate::store::{Store, StoreError};
use chrono::{DateTime, Duration, NaiveDate, NaiveTime, TimeZone, Utc};
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use std::path::Path;
use thiserror::Error;

pub use data::defaults;

#[derive(Debug, Error)]
pub enum SampleError {
    #[error("built-in sample data is broken: {0}")]
    Data(String),
    #[error("--deals must be at least 1")]
    NoDeals,
    #[error(transparent)]
    Store(#[from] StoreError),
}

#[derive(Debug, Clone, Copy)]
pub struct SampleOptions {
    pub deals: usize,
    pub seed: u64,
    /// The generated history ends on this day.
    pub today: NaiveDate,
}

impl SampleOptions {
    pub fn with_today(today: NaiveDate) -> Self {
        let (deals, seed) = defaults();
        SampleOptions { deals, seed, today }
    }
}

/// Builds the sample workspace in memory.
pub fn generate(options: SampleOptions) -> Result<Workspace, SampleError> {
    if options.deals == 0 {
        return Err(SampleError::NoDeals);
    }
    let data = data::load().map_err(SampleError::Data)?;
    let mut g = Gen::new(&data, options);
    g.ws.pipelines = defaults::pipelines(g.start);
    g.ws.loss_reasons = defaults::loss_taxonomy();
    orgs::build(&mut g);
    commerce::products(&mut g);
    journey::build(&mut g);
    commerce::leads(&mut g);
    orgs::settle_lifecycles(&mut g);
    reviews::build(&mut g);
    if g.chinese {
        return zh::localise(g.ws).map_err(SampleError::Data);
    }
    Ok(g.ws)
}

/// A workspace's built-in texts (stages, gates, loss reasons…) in Chinese.
pub fn in_chinese(workspace: Workspace) -> Result<Workspace, String> {
    zh::localise(workspace)
}

/// Generates the sample and writes it as a new database at `path`.
pub fn create(path: &Path, options: SampleOptions) -> Result<Store, SampleError> {
    let ws = generate(options)?;
    Ok(Store::create_with(path, &ws, true)?)
}

/// Generator state: the random source, the clock and the workspace being built.
pub(crate) struct Gen<'a> {
    pub data: &'a data::SampleData,
    pub rng: ChaCha8Rng,
    pub deals: usize,
    /// End of the simulated history (today, 18:00 UTC).
    pub now: DateTime<Utc>,
    pub today: NaiveDate,
    /// Start of the simulated history.
    pub start: DateTime<Utc>,
    pub currency: Currency,
    pub ws: Workspace,
    /// (owner, account, title) of every open deal made so far: a second open
    /// deal of one name becomes the next phase (a set: the check is per deal).
    pub open_titles: std::collections::HashSet<(OwnerId, AccountId, String)>,
    /// The workspace is made in Chinese (the app speaks it): Chinese customers,
    /// and every text put in Chinese at the end (see `zh`).
    pub chinese: bool,
}

impl<'a> Gen<'a> {
    fn new(data: &'a data::SampleData, o: SampleOptions) -> Self {
        let now = Utc.from_utc_datetime(
            &o.today
                .and_time(NaiveTime::from_hms_opt(18, 0, 0).unwrap_or_default()),
        );
        let months = i64::from(data.generator.history_months.max(1));
        Gen {
            data,
            rng: ChaCha8Rng::seed_from_u64(o.seed),
            deals: o.deals,
            now,
            today: o.today,
            start: now - Duration::days(months * 365 / 12),
            currency: data.generator.currency.parse().unwrap_or(Currency::USD),
            ws: Workspace::default(),
            open_titles: Default::default(),
            chinese: crate::i18n::lang() == crate::i18n::Lang::ZhCn,
        }
    }

    pub fn chance(&mut self, p: f64) -> bool {
        self.rng.random::<f64>() < p
    }

    pub fn unit(&mut self) -> f64 {
        self.rng.random::<f64>()
    }

    pub fn range(&mut self, lo: i64, hi_inclusive: i64) -> i64 {
        if hi_inclusive <= lo {
            return lo;
        }
        self.rng.random_range(lo..=hi_inclusive)
    }

    pub fn pick<'b, T>(&mut self, items: &'b [T]) -> &'b T {
        &items[self.rng.random_range(0..items.len())]
    }

    pub fn pick_index(&mut self, len: usize) -> usize {
        self.rng.random_range(0..len.max(1))
    }

    /// Index drawn with the given weights.
    pub fn weighted(&mut self, weights: &[f64]) -> usize {
        let total: f64 = weights.iter().sum();
        let mut x = self.unit() * total;
        for (i, w) in weights.iter().enumerate() {
            if x < *w {
                return i;
            }
            x -= w;
        }
        weights.len().saturating_sub(1)
    }

    /// A log-normal draw with the given median (sigma in log space).
    pub fn lognormal(&mut self, median: f64, sigma: f64) -> f64 {
        // Box–Muller from two uniforms.
        let u1 = self.unit().max(1e-12);
        let u2 = self.unit();
        let z = (-2.0 * u1.ln()).sqrt() * (2.0 * std::f64::consts::PI * u2).cos();
        median * (sigma * z).exp()
    }

    /// A random instant between `a` and `b`, during working hours when possible.
    pub fn between(&mut self, a: DateTime<Utc>, b: DateTime<Utc>) -> DateTime<Utc> {
        let span = (b - a).num_minutes();
        if span <= 0 {
            return a;
        }
        a + Duration::minutes(self.rng.random_range(0..=span))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn built_in_data_files_parse() {
        let d = data::load().unwrap();
        assert!(d.generator.team.len() == 3);
        let owners: usize = d.generator.team.iter().map(|t| t.owners.len()).sum();
        assert!((8..=12).contains(&owners));
        assert!(d.catalogue.product.len() >= 10);
    }
}
