//! The loss as a pitch, for learners who listen to training rather than watch it (optional,
//! off by default in the app).
//!
//! The loss falls by orders of magnitude during training, so the pitch follows its logarithm:
//! losses from [`LOSS_FLOOR`] to [`LOSS_CEILING`] map onto two octaves, [`LOW_HZ`] to
//! [`HIGH_HZ`], equal ratios of loss giving equal musical intervals. A falling tone means the
//! loss is falling; a tone that stops falling is a plateau; a loss that is not a number (a
//! diverged run) has no pitch and the tone stops.

/// The pitch of the smallest loss heard (A3).
pub const LOW_HZ: f64 = 220.0;
/// The pitch of the largest loss heard (A5).
pub const HIGH_HZ: f64 = 880.0;
/// Losses at or below this sound at [`LOW_HZ`].
pub const LOSS_FLOOR: f64 = 1e-3;
/// Losses at or above this sound at [`HIGH_HZ`].
pub const LOSS_CEILING: f64 = 10.0;

/// The pitch in hertz for `loss`, or `None` for a loss that is negative or not finite.
pub fn pitch_for_loss(loss: f64) -> Option<f64> {
    if !loss.is_finite() || loss < 0.0 {
        return None;
    }
    let (low, high) = (LOSS_FLOOR.log10(), LOSS_CEILING.log10());
    let t = (loss.max(LOSS_FLOOR).log10().min(high) - low) / (high - low);
    Some(LOW_HZ * (HIGH_HZ / LOW_HZ).powf(t))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_ends_of_the_range_are_the_ends_of_the_two_octaves() {
        assert!((pitch_for_loss(LOSS_FLOOR).unwrap() - LOW_HZ).abs() < 1e-9);
        assert!((pitch_for_loss(LOSS_CEILING).unwrap() - HIGH_HZ).abs() < 1e-9);
        assert!((pitch_for_loss(0.0).unwrap() - LOW_HZ).abs() < 1e-9);
        assert!((pitch_for_loss(1e9).unwrap() - HIGH_HZ).abs() < 1e-9);
    }

    #[test]
    fn a_tenfold_fall_in_loss_is_half_an_octave_down() {
        // Four decades over two octaves: each decade is half an octave, a ratio of √2.
        for loss in [0.01, 0.02, 0.3, 1.5, 10.0] {
            let ratio = pitch_for_loss(loss).unwrap() / pitch_for_loss(loss / 10.0).unwrap();
            assert!(
                (ratio - 2f64.sqrt()).abs() < 1e-9,
                "loss {loss}: ratio {ratio}"
            );
        }
    }

    #[test]
    fn the_pitch_falls_with_the_loss() {
        let mut last = f64::INFINITY;
        for i in (0..200).rev() {
            let loss = 10f64.powf(-3.0 + i as f64 * 0.02);
            let p = pitch_for_loss(loss).unwrap();
            assert!(p <= last && (LOW_HZ..=HIGH_HZ).contains(&p));
            last = p;
        }
    }

    #[test]
    fn no_pitch_for_a_loss_that_is_not_a_number() {
        for loss in [f64::NAN, f64::INFINITY, f64::NEG_INFINITY, -0.5] {
            assert_eq!(pitch_for_loss(loss), None);
        }
    }
}
