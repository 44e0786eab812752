//! Thinning a long series for drawing. A training run can last a hundred thousand epochs, but a
//! plot is a few hundred pixels wide: drawing every epoch each frame gets slower the longer the
//! run. The envelope keeps, for each slice of the series, its smallest and its largest value, so
//! the drawn line has the same extent and the same noise band as the full one, at a cost that
//! no longer grows with the run.

use std::cmp::Ordering;

/// `values` as `(index, value)` points, at most `2 × buckets + 1` of them: a series that short
/// already is returned whole; a longer one is cut into `buckets` consecutive slices, each giving
/// its smallest and largest value (in index order), and the last point is always kept.
pub fn envelope(values: &[f64], buckets: usize) -> Vec<(f64, f64)> {
    let n = values.len();
    let buckets = buckets.max(1);
    let point = |i: usize| (i as f64, values[i]);
    if n <= 2 * buckets + 1 {
        return (0..n).map(point).collect();
    }
    let mut out = Vec::with_capacity(2 * buckets + 1);
    for b in 0..buckets {
        let (lo, hi) = (b * n / buckets, (b + 1) * n / buckets);
        let by_value = |a: &usize, b: &usize| values[*a].total_cmp(&values[*b]);
        let min = (lo..hi).min_by(by_value).unwrap_or(lo);
        let max = (lo..hi).max_by(by_value).unwrap_or(lo);
        match min.cmp(&max) {
            Ordering::Less => out.extend([point(min), point(max)]),
            Ordering::Greater => out.extend([point(max), point(min)]),
            Ordering::Equal => out.push(point(min)),
        }
    }
    if out.last().map(|p| p.0) != Some((n - 1) as f64) {
        out.push(point(n - 1));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn noisy(n: usize) -> Vec<f64> {
        (0..n)
            .map(|i| 1.0 / (1.0 + i as f64 / 100.0) + 0.05 * ((i * 7919) % 13) as f64 / 13.0)
            .collect()
    }

    #[test]
    fn a_short_series_is_kept_whole() {
        let v = noisy(41);
        let e = envelope(&v, 20);
        assert_eq!(e.len(), 41);
        assert!(e.iter().enumerate().all(|(i, p)| *p == (i as f64, v[i])));
        assert!(envelope(&[], 10).is_empty());
    }

    #[test]
    fn a_long_series_keeps_its_extremes_ends_and_order() {
        let v = noisy(100_000);
        let e = envelope(&v, 300);
        assert!(e.len() <= 601, "{} points", e.len());
        // Every point is a real one, in increasing index order.
        assert!(e.iter().all(|(x, y)| v[*x as usize] == *y));
        assert!(e.windows(2).all(|w| w[0].0 < w[1].0));
        // The first and last points, and the extremes, are there.
        assert_eq!(e[0].0, 0.0);
        assert_eq!(e.last().unwrap().0, 99_999.0);
        let max = v.iter().cloned().fold(f64::MIN, f64::max);
        let min = v.iter().cloned().fold(f64::MAX, f64::min);
        assert!(e.iter().any(|p| p.1 == max) && e.iter().any(|p| p.1 == min));
    }

    #[test]
    fn each_slice_keeps_its_band() {
        // Within every slice, the envelope's range is the slice's range.
        let v = noisy(10_000);
        let buckets = 50;
        let e = envelope(&v, buckets);
        for b in 0..buckets {
            let (lo, hi) = (b * v.len() / buckets, (b + 1) * v.len() / buckets);
            let inside: Vec<f64> = e
                .iter()
                .filter(|p| (lo..hi).contains(&(p.0 as usize)))
                .map(|p| p.1)
                .collect();
            let top = v[lo..hi].iter().cloned().fold(f64::MIN, f64::max);
            let bottom = v[lo..hi].iter().cloned().fold(f64::MAX, f64::min);
            assert!(
                inside.contains(&top) && inside.contains(&bottom),
                "slice {b}"
            );
        }
    }

    #[test]
    fn non_finite_values_do_not_break_it() {
        let mut v = noisy(5000);
        v[1234] = f64::NAN;
        v[4000] = f64::INFINITY;
        let e = envelope(&v, 40);
        assert!(e.len() <= 81);
        assert!(e.iter().any(|p| p.1.is_nan()) && e.iter().any(|p| p.1 == f64::INFINITY));
    }
}
