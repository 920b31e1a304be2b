//! The generator's inputs: the TOML files under `sample-db/`, built into the binary.

use serde::Deserialize;
use std::collections::BTreeMap;

const GENERATOR: &str = include_str!("../../sample-db/generator.toml");
const NAMES: &str = include_str!("../../sample-db/names.toml");
const CATALOGUE: &str = include_str!("../../sample-db/catalogue.toml");
const LESSONS: &str = include_str!("../../sample-db/lessons.toml");

#[derive(Debug, Deserialize)]
pub struct Generator {
    pub deals: usize,
    pub seed: u64,
    pub history_months: u32,
    pub accounts_per_deal: f64,
    pub leads_per_deal: f64,
    pub currency: String,
    pub team: Vec<Team>,
    pub industry: Vec<Weighted>,
    pub sources: Vec<Weighted>,
    pub stage_flow: Vec<StageFlow>,
    pub tags: Vec<String>,
}

#[derive(Debug, Deserialize)]
pub struct Team {
    pub name: String,
    pub region: String,
    pub weight: u32,
    pub cjk_accounts: f64,
    pub owners: Vec<TeamMember>,
}

#[derive(Debug, Deserialize)]
pub struct TeamMember {
    pub name: String,
    pub role: String,
    pub email: String,
    pub skill: f64,
}

#[derive(Debug, Deserialize)]
pub struct Weighted {
    pub name: String,
    pub weight: u32,
    pub win_factor: f64,
}

#[derive(Debug, Deserialize)]
pub struct StageFlow {
    pub stage: String,
    pub median_days: f64,
    pub advance: f64,
}

/// A word and its romanisation, for building e-mail addresses.
pub type Romanised = (String, String);

#[derive(Debug, Deserialize)]
pub struct Names {
    pub cjk_company: CjkCompany,
    pub latin_company: LatinCompany,
    pub people: People,
    pub titles: BTreeMap<String, Vec<(String, String)>>,
}

#[derive(Debug, Deserialize)]
pub struct CjkCompany {
    pub places: Vec<Romanised>,
    pub cores: Vec<Romanised>,
    pub suffix: BTreeMap<String, Vec<String>>,
}

#[derive(Debug, Deserialize)]
pub struct LatinCompany {
    pub brands: Vec<String>,
    pub legal: Vec<String>,
    pub suffix: BTreeMap<String, Vec<String>>,
}

#[derive(Debug, Deserialize)]
pub struct People {
    pub cjk_family: Vec<Romanised>,
    pub cjk_given: Vec<Romanised>,
    pub latin_given: Vec<String>,
    pub latin_family: Vec<String>,
}

#[derive(Debug, Deserialize)]
pub struct Catalogue {
    /// By industry, with a "default" list for the others.
    pub competitors: std::collections::BTreeMap<String, Vec<String>>,
    pub product: Vec<CatalogueProduct>,
}

impl Catalogue {
    /// Who competes for a deal of an account in this industry.
    pub fn competitors_for(&self, industry: &str) -> &[String] {
        self.competitors
            .get(industry)
            .or_else(|| self.competitors.get("default"))
            .map_or(&[], Vec::as_slice)
    }
}

#[derive(Debug, Deserialize)]
pub struct CatalogueProduct {
    pub sku: String,
    pub name: String,
    pub unit: String,
    pub list_price: String,
    pub unit_cost: String,
}

#[derive(Debug, Deserialize)]
pub struct Lessons {
    pub lessons: BTreeMap<String, Vec<String>>,
    pub activities: BTreeMap<String, Vec<String>>,
    /// Improvement action titles per loss category key.
    pub improvements: BTreeMap<String, Vec<String>>,
    /// Notes of a later review per action status (`done`, `in_progress`, `dropped`).
    pub action_notes: BTreeMap<String, Vec<String>>,
}

pub struct SampleData {
    pub generator: Generator,
    pub names: Names,
    pub catalogue: Catalogue,
    pub lessons: Lessons,
}

/// Parses the built-in data files. They ship inside the binary and a test
/// parses them, so an error here means a broken build, reported with the file.
pub fn load() -> Result<SampleData, String> {
    fn parse<T: serde::de::DeserializeOwned>(file: &str, text: &str) -> Result<T, String> {
        toml::from_str(text).map_err(|e| format!("sample-db/{file}: {e}"))
    }
    Ok(SampleData {
        generator: parse("generator.toml", GENERATOR)?,
        names: parse("names.toml", NAMES)?,
        catalogue: parse("catalogue.toml", CATALOGUE)?,
        lessons: parse("lessons.toml", LESSONS)?,
    })
}

/// The default number of deals and seed, from `generator.toml`.
pub fn defaults() -> (usize, u64) {
    load()
        .map(|d| (d.generator.deals, d.generator.seed))
        .unwrap_or((600, 1))
}
