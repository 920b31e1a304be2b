//! Median, mean and 90th percentile of day counts, by the definitions the reports
//! state: the median of an even count is the mean of the two middle values; p90 is
//! the nearest rank (the ⌈0.9·n⌉-th smallest value).

use serde::Serialize;

#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct Summary {
    pub count: usize,
    pub median: Option<f64>,
    pub mean: Option<f64>,
    pub p90: Option<f64>,
}

pub fn summarize(mut values: Vec<i64>) -> Summary {
    let n = values.len();
    if n == 0 {
        return Summary::default();
    }
    values.sort_unstable();
    let median = if n % 2 == 1 {
        values[n / 2] as f64
    } else {
        (values[n / 2 - 1] + values[n / 2]) as f64 / 2.0
    };
    let mean = values.iter().sum::<i64>() as f64 / n as f64;
    let rank = (n * 9).div_ceil(10);
    Summary {
        count: n,
        median: Some(median),
        mean: Some(mean),
        p90: Some(values[rank.max(1) - 1] as f64),
    }
}

/// `part / whole`, None when nothing was counted.
pub fn ratio(part: usize, whole: usize) -> Option<f64> {
    (whole > 0).then(|| part as f64 / whole as f64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn summaries_by_the_stated_rules() {
        let s = summarize(vec![10, 2, 4, 8]);
        assert_eq!(
            (s.count, s.median, s.mean, s.p90),
            (4, Some(6.0), Some(6.0), Some(10.0))
        );
        let s = summarize((1..=10).collect());
        assert_eq!((s.median, s.p90), (Some(5.5), Some(9.0)));
        let s = summarize(vec![7]);
        assert_eq!((s.median, s.mean, s.p90), (Some(7.0), Some(7.0), Some(7.0)));
        assert_eq!(summarize(vec![]), Summary::default());
        assert_eq!(ratio(1, 3), Some(1.0 / 3.0));
        assert_eq!(ratio(0, 0), None);
    }
}
