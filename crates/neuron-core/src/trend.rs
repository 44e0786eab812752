//! Where a training curve is heading, as a sighted learner reads it off the plot: still falling,
//! levelled off (a plateau), or rising. Compares the latest value with the value a fifth of the
//! run earlier (at least [`MIN_LOOKBACK`] entries back): a change of less than
//! [`FLAT_FRACTION`] of the earlier value, either way, is a plateau.

/// Entries needed before a trend is told: fewer, and the curve has not shown one yet.
pub const MIN_ENTRIES: usize = 10;
/// The shortest look back, in entries.
pub const MIN_LOOKBACK: usize = 5;
/// A relative change smaller than this over the look back counts as no change (2%).
pub const FLAT_FRACTION: f64 = 0.02;

/// A curve's direction.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Trend {
    /// Too few entries to tell.
    Unknown,
    Falling,
    /// Levelled off.
    Flat,
    Rising,
}

/// The trend of `values` (oldest first). Non-finite values give [`Trend::Unknown`].
pub fn trend(values: &[f64]) -> Trend {
    let n = values.len();
    if n < MIN_ENTRIES {
        return Trend::Unknown;
    }
    let back = (n / 5).max(MIN_LOOKBACK);
    let (before, now) = (values[n - 1 - back], values[n - 1]);
    if !before.is_finite() || !now.is_finite() {
        return Trend::Unknown;
    }
    let change = (now - before) / before.abs().max(1e-12);
    if change < -FLAT_FRACTION {
        Trend::Falling
    } else if change > FLAT_FRACTION {
        Trend::Rising
    } else {
        Trend::Flat
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_a_curve_as_a_person_would() {
        let falling: Vec<f64> = (0..50).map(|i| 1.0 / (1.0 + i as f64)).collect();
        assert_eq!(trend(&falling), Trend::Falling);
        let plateau: Vec<f64> = (0..50).map(|i| 0.3 + 0.001 * (-(i as f64)).exp()).collect();
        assert_eq!(trend(&plateau), Trend::Flat);
        let rising: Vec<f64> = (0..50).map(|i| 0.1 * i as f64 + 1.0).collect();
        assert_eq!(trend(&rising), Trend::Rising);
        assert_eq!(trend(&falling[..9]), Trend::Unknown);
        let mut blown = falling.clone();
        blown.push(f64::INFINITY);
        assert_eq!(trend(&blown), Trend::Unknown);
    }
}
