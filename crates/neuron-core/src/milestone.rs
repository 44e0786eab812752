//! Training milestones: the moments worth telling a learner who cannot watch the curves. While
//! a network trains, its accuracy changes every epoch; a screen reader is told only when it
//! first reaches the next of a few named levels, and the whole state when training pauses.

/// The accuracy levels a learner hears about, in ascending order (fractions of 1).
pub const ACCURACY_MILESTONES: [f64; 5] = [0.5, 0.75, 0.9, 0.95, 1.0];

/// How many milestones `accuracy` has reached: 0 below 50%, 5 at 100%. A non-finite accuracy
/// has reached none.
pub fn milestones_reached(accuracy: f64) -> usize {
    // A tiny tolerance, so that 9 of 10 points right (0.8999…) counts as 90%.
    ACCURACY_MILESTONES
        .iter()
        .take_while(|&&m| accuracy >= m - 1e-9)
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_the_levels_reached() {
        assert_eq!(milestones_reached(0.0), 0);
        assert_eq!(milestones_reached(0.49), 0);
        assert_eq!(milestones_reached(0.5), 1);
        assert_eq!(milestones_reached(0.8), 2);
        assert_eq!(milestones_reached(9.0 / 10.0), 3);
        assert_eq!(milestones_reached(0.97), 4);
        assert_eq!(milestones_reached(1.0), 5);
        assert_eq!(milestones_reached(f64::NAN), 0);
    }
}
