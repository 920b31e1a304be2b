//! Filtering a screen's list as someone types: each row's text kept once in
//! the matcher's form, and a query that only grew re-scores just the rows the
//! shorter one matched (a longer fuzzy query never matches more).

use nucleo::{Config, Matcher, Utf32String};

pub struct FuzzyList {
    haystacks: Vec<Utf32String>,
    /// Pinyin readings of rows with Chinese text (see `chinese::searchable`).
    readings: Vec<Option<Utf32String>>,
    matcher: Matcher,
    /// The last query and the rows it matched, in row order.
    last: Option<(String, Vec<u32>)>,
}

impl FuzzyList {
    pub fn new<'a>(texts: impl IntoIterator<Item = &'a str>) -> FuzzyList {
        let (haystacks, readings) = texts
            .into_iter()
            .map(|t| {
                let (text, reading) = super::chinese::searchable(t);
                (
                    Utf32String::from(text.as_ref()),
                    reading.map(|r| Utf32String::from(r.as_str())),
                )
            })
            .unzip();
        FuzzyList {
            haystacks,
            readings,
            matcher: Matcher::new(Config::DEFAULT),
            last: None,
        }
    }

    /// Rows matching `query`, best match first (ties: the earlier row).
    pub fn matches(&mut self, query: &str) -> Vec<usize> {
        let pattern = super::pattern(query);
        // Negations (`!x`) and escapes can match more as they grow: score all.
        let narrowing = self.last.as_ref().filter(|(last, _)| {
            !last.is_empty() && query.starts_with(last.as_str()) && !query.contains(['!', '\\'])
        });
        let candidates: Vec<u32> = match narrowing {
            Some((_, rows)) => rows.clone(),
            None => (0..self.haystacks.len() as u32).collect(),
        };
        let mut scored: Vec<(u32, u32)> = Vec::with_capacity(candidates.len());
        for i in candidates {
            let Some(h) = self.haystacks.get(i as usize) else {
                continue;
            };
            let reading = self
                .readings
                .get(i as usize)
                .and_then(Option::as_ref)
                .map(|r| r.slice(..));
            let score = pattern.score(h.slice(..), reading, &mut self.matcher);
            if let Some(score) = score {
                scored.push((score, i));
            }
        }
        self.last = Some((query.to_string(), scored.iter().map(|(_, i)| *i).collect()));
        scored.sort_by(super::index::better);
        scored.into_iter().map(|(_, i)| i as usize).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_growing_query_narrows_and_a_shorter_one_widens_again() {
        let mut list = FuzzyList::new(["Acme Robotics", "Borealis Freight", "Acme Foods"]);
        assert_eq!(list.matches("acme"), vec![0, 2]);
        assert_eq!(list.matches("acme f"), vec![2]);
        assert_eq!(list.matches("acme"), vec![0, 2]);
        assert_eq!(list.matches("!acme"), vec![1]);
    }
}
