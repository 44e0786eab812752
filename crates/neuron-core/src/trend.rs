//! Where a training curve is heading, as a sighted learner reads it off the plot: still falling,
//! levelled off (a plateau), or rising. Compares the mean of the latest few entries with the
//! mean of as many a fifth of the run earlier (at least [`MIN_LOOKBACK`] entries back), so that
//! a noisy curve is read by its course, not its last wobble: a change of less than
//! [`FLAT_FRACTION`] of the earlier level (and never less than [`FLAT_FLOOR`]), either way, is a
//! plateau.

/// Entries needed before a trend is told: fewer, and the curve has not shown one yet.
pub const MIN_ENTRIES: usize = 10;
/// The shortest look back, in entries.
pub const MIN_LOOKBACK: usize = 5;
/// A relative change smaller than this over the look back counts as no change (2%).
pub const FLAT_FRACTION: f64 = 0.02;
/// An absolute change smaller than this counts as no change too (a loss near zero).
pub const FLAT_FLOOR: f64 = 1e-4;

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
    // Each level is the mean of `window` entries (a few, never more than the look back).
    let window = (back / 2).max(1);
    let mean = |end: usize| values[end + 1 - window..=end].iter().sum::<f64>() / window as f64;
    let (before, now) = (mean(n - 1 - back), mean(n - 1));
    if !before.is_finite() || !now.is_finite() {
        return Trend::Unknown;
    }
    let tolerance = (FLAT_FRACTION * before.abs()).max(FLAT_FLOOR);
    if now < before - tolerance {
        Trend::Falling
    } else if now > before + tolerance {
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
        // A plateau with noise on it is still a plateau; a curve near zero is flat, not rising.
        let noisy: Vec<f64> = (0..60)
            .map(|i| 0.3 + if i % 2 == 0 { 0.004 } else { -0.004 })
            .collect();
        assert_eq!(trend(&noisy), Trend::Flat);
        let tiny: Vec<f64> = (0..60).map(|i| 1e-7 * (1.0 + (i % 3) as f64)).collect();
        assert_eq!(trend(&tiny), Trend::Flat);
    }
}
