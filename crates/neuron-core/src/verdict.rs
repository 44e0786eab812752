//! The predictions' verdicts: which of a prediction's answers an experiment bears out, decided
//! from the run's numbers with the thresholds named here (the views only run the experiment and
//! show the answer). Each verdict is an enum whose variants are the prediction's answers in the
//! order the page offers them, so `verdict as usize` is the answer's position.

/// A spike counts as "taller" when its height above rest grows by more than this factor (a
/// height that doubles with the pulse would give 2; the Hodgkin–Huxley spike grows by a few %).
pub const TALLER_FACTOR: f64 = 1.6;

/// An output counts as "doubled" from this factor on (rounding of the shown numbers aside).
pub const DOUBLED_FACTOR: f64 = 1.95;

/// A network "solves" the circle from this test accuracy on.
pub const SOLVED_ACCURACY: f64 = 0.9;

/// Two dendritic spikes count as "the same size" within this fraction of each other.
pub const SAME_SIZE_WITHIN: f64 = 0.05;

/// A pulse twice as strong: is the spike twice as tall?
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SpikeHeight {
    Taller,
    Same,
    NoSpike,
}

/// The spike-height verdict from the peaks (mV) of the weak and the strong pulse's sweeps and
/// the resting potential; `strong_spiked` says whether the strong pulse gave a spike at all.
pub fn spike_height(
    weak_peak: f64,
    strong_peak: f64,
    rest: f64,
    strong_spiked: bool,
) -> SpikeHeight {
    if !strong_spiked {
        SpikeHeight::NoSpike
    } else if strong_peak - rest > TALLER_FACTOR * (weak_peak - rest) {
        SpikeHeight::Taller
    } else {
        SpikeHeight::Same
    }
}

/// Every weight and the bias doubled: does the output double?
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Doubling {
    Doubles,
    GrowsLess,
    Falls,
}

/// The doubling verdict from the outputs before (`y1`) and after (`y2`).
pub fn doubling(y1: f64, y2: f64) -> Doubling {
    if y2 >= DOUBLED_FACTOR * y1 {
        Doubling::Doubles
    } else if y2 > y1 {
        Doubling::GrowsLess
    } else {
        Doubling::Falls
    }
}

/// Will one neuron learn XOR if it trains long enough?
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Xor {
    Learns,
    Never,
    NeedsAnotherRate,
}

/// The XOR verdict from the most points the neuron ever got right and the number of points.
pub fn xor(best_correct: usize, total: usize) -> Xor {
    if best_correct >= total {
        Xor::Learns
    } else {
        Xor::Never
    }
}

/// Eight linear hidden units on the circle.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LinearLayers {
    Plenty,
    StillALine,
    NeedsSecondLayer,
}

/// The linear-layers verdict from the test accuracy (0–1) after training.
pub fn linear_layers(test_accuracy: f64) -> LinearLayers {
    if test_accuracy >= SOLVED_ACCURACY {
        LinearLayers::Plenty
    } else {
        LinearLayers::StillALine
    }
}

/// The same two inputs, close together or far apart in time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Timing {
    Both,
    OnlyClose,
    OnlyApart,
    Neither,
}

/// The timing verdict from whether the neuron fired with the inputs close and apart.
pub fn timing(close_fired: bool, apart_fired: bool) -> Timing {
    match (close_fired, apart_fired) {
        (true, true) => Timing::Both,
        (true, false) => Timing::OnlyClose,
        (false, true) => Timing::OnlyApart,
        (false, false) => Timing::Neither,
    }
}

/// Two active inputs into the dendrite instead of one: a bigger dendritic spike?
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dendrite {
    Grows,
    Shrinks,
    Same,
}

/// The dendrite verdict from the spike amplitudes with one and with both inputs.
pub fn dendrite(one: f64, both: f64) -> Dendrite {
    if both > one * (1.0 + SAME_SIZE_WITHIN) {
        Dendrite::Grows
    } else if both < one * (1.0 - SAME_SIZE_WITHIN) {
        Dendrite::Shrinks
    } else {
        Dendrite::Same
    }
}

/// Rosenblatt's rule on OR: does a threshold unit learn it?
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Perceptron {
    InAFewEpochs,
    Cannot,
    InThousands,
}

/// The perceptron verdict from whether training stopped with every point right.
pub fn perceptron(all_correct: bool) -> Perceptron {
    if all_correct {
        Perceptron::InAFewEpochs
    } else {
        Perceptron::Cannot
    }
}

/// The same input twice: does each kind of neuron answer the same?
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Repeat {
    Same,
    TimingDiffers,
    Varies,
}

/// The repeat verdict from whether the two runs' spike trains were identical.
pub fn repeat(same_trains: bool) -> Repeat {
    if same_trains {
        Repeat::Same
    } else {
        Repeat::TimingDiffers
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answers_are_numbered_in_the_order_the_page_offers_them() {
        assert_eq!(SpikeHeight::NoSpike as usize, 2);
        assert_eq!(Doubling::Falls as usize, 2);
        assert_eq!(Xor::Never as usize, 1);
        assert_eq!(LinearLayers::StillALine as usize, 1);
        assert_eq!(Timing::OnlyApart as usize, 2);
        assert_eq!(Timing::Neither as usize, 3);
        assert_eq!(Dendrite::Same as usize, 2);
        assert_eq!(Perceptron::Cannot as usize, 1);
        assert_eq!(Repeat::TimingDiffers as usize, 1);
    }

    #[test]
    fn spike_height_compares_heights_above_rest() {
        // 100 mV above rest, then 105: all-or-nothing.
        assert_eq!(spike_height(35.0, 40.0, -65.0, true), SpikeHeight::Same);
        // Exactly the factor is not "taller"; more is.
        assert_eq!(spike_height(-55.0, -49.0, -65.0, true), SpikeHeight::Same);
        assert_eq!(spike_height(-55.0, -48.9, -65.0, true), SpikeHeight::Taller);
        assert_eq!(spike_height(35.0, 40.0, -65.0, false), SpikeHeight::NoSpike);
    }

    #[test]
    fn doubling_needs_the_factor_not_just_growth() {
        assert_eq!(doubling(0.4, 0.8), Doubling::Doubles);
        assert_eq!(doubling(0.4, 0.78), Doubling::Doubles);
        assert_eq!(doubling(0.7231, 0.8708), Doubling::GrowsLess);
        assert_eq!(doubling(0.4, 0.4), Doubling::Falls);
    }

    #[test]
    fn xor_and_perceptron_and_repeat() {
        assert_eq!(xor(4, 4), Xor::Learns);
        assert_eq!(xor(3, 4), Xor::Never);
        assert_eq!(perceptron(true), Perceptron::InAFewEpochs);
        assert_eq!(perceptron(false), Perceptron::Cannot);
        assert_eq!(repeat(true), Repeat::Same);
        assert_eq!(repeat(false), Repeat::TimingDiffers);
    }

    #[test]
    fn linear_layers_threshold_is_inclusive() {
        assert_eq!(linear_layers(0.9), LinearLayers::Plenty);
        assert_eq!(linear_layers(0.89), LinearLayers::StillALine);
        assert_eq!(linear_layers(0.29), LinearLayers::StillALine);
    }

    #[test]
    fn timing_covers_all_four_outcomes() {
        assert_eq!(timing(true, true), Timing::Both);
        assert_eq!(timing(true, false), Timing::OnlyClose);
        assert_eq!(timing(false, true), Timing::OnlyApart);
        assert_eq!(timing(false, false), Timing::Neither);
    }

    #[test]
    fn dendrite_same_within_five_percent() {
        assert_eq!(dendrite(10.0, 10.4), Dendrite::Same);
        assert_eq!(dendrite(10.0, 9.6), Dendrite::Same);
        assert_eq!(dendrite(10.0, 10.6), Dendrite::Grows);
        assert_eq!(dendrite(10.0, 9.4), Dendrite::Shrinks);
    }
}

/// What Dale's law did to a network's learning, from the test accuracy (0–1) after the same
/// training without it and with it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DaleCost {
    /// Within [`DALE_SAME`] of the free network.
    AsWell,
    /// Clearly worse, but well above chance ([`DALE_LEARNS`] or more).
    LessWell,
    /// Near chance.
    NotAtAll,
}

/// Accuracies this close (0.02: two points in a hundred) count as the same.
pub const DALE_SAME: f64 = 0.02;
/// The accuracy above which a network on two balanced classes has learned something: well
/// clear of a coin toss's 50%.
pub const DALE_LEARNS: f64 = 0.65;

/// The Dale's-law verdict.
pub fn dale_cost(free: f64, constrained: f64) -> DaleCost {
    if constrained >= free - DALE_SAME {
        DaleCost::AsWell
    } else if constrained >= DALE_LEARNS {
        DaleCost::LessWell
    } else {
        DaleCost::NotAtAll
    }
}
