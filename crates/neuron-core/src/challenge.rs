//! Challenges a learner solves in the widgets, each detected from the widget's state by a pure
//! function here, so that the app only has to call the right one when the state changes.
//!
//! Every predicate returns a [`Check`]: whether the challenge is solved, and how far the state
//! is from the goal in the challenge's own unit (the value minus the goal, so that the sign says
//! which way to go). A state whose set-up does not match the challenge (another model, another
//! data set, …) is not solved and has no distance.
//!
//! Goals that depend on the model (the Hodgkin-Huxley threshold, the shortest interval that
//! still gives a second spike, the longest delay that still sums to a spike) are found by
//! bisection with functions here, to [`PRECISION`]; they take a few milliseconds, so the app
//! computes them once per set-up and passes them in.

use crate::activation::Activation;
use crate::bio::compare::{DELAY, coincidence};
use crate::bio::dendrite::{DendriteParams, PATTERNS, truth_table};
use crate::bio::hh::{self, Hh, HhParams};
use crate::bio::sweep::{self, DT, INTERVAL, Model, ONSET_MS, Protocol, SWEEP_MS, Stimulus};
use crate::boundary::BoundaryState;
use crate::dataset::Preset;
use crate::explorer::ExplorerState;
use crate::features::Features;
use crate::network::LearningRule;
use crate::network_data::NetData;
use crate::network_state::NetworkState;
use crate::training::{Params, correct_count};
use crate::widget::Widget;

/// Every challenge, in lesson order. The order (index in [`Challenge::ALL`]) is the bit in
/// progress codes ([`crate::progress_code`]): never reorder, only append.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Challenge {
    /// Find the Hodgkin-Huxley neuron's threshold for a 1 ms pulse ([`threshold`]).
    Threshold,
    /// Find the shortest interval that still gives a second spike ([`refractory`]).
    Refractory,
    /// Make the integrate-and-fire neuron fire at 50 Hz ([`fire_50`]).
    Fire50,
    /// Make the worked example's output 0.25 ([`target_output`]).
    TargetOutput,
    /// Make the explorer's neuron a NAND gate ([`nand`]).
    Nand,
    /// Separate AND by hand, without training ([`and_by_hand`]).
    AndByHand,
    /// Classify XOR with one neuron ([`xor_one_neuron`]).
    XorOneNeuron,
    /// Make the weights blow up, then recover ([`blow_up`]).
    BlowUp,
    /// Solve the circle with a small network ([`small_network`]).
    SmallNetwork,
    /// Solve the circle without backpropagation ([`no_backprop`]).
    NoBackprop,
    /// Weaken a synapse by spike timing ([`weaken_synapse`]).
    WeakenSynapse,
    /// Make the dendrite compute AND ([`dendrite_and`]).
    DendriteAnd,
    /// Find the longest delay that still sums to a spike ([`just_in_time`]).
    JustInTime,
}

impl Challenge {
    /// Every challenge, in lesson order (the bit order of progress codes).
    pub const ALL: [Challenge; 13] = [
        Challenge::Threshold,
        Challenge::Refractory,
        Challenge::Fire50,
        Challenge::TargetOutput,
        Challenge::Nand,
        Challenge::AndByHand,
        Challenge::XorOneNeuron,
        Challenge::BlowUp,
        Challenge::SmallNetwork,
        Challenge::NoBackprop,
        Challenge::WeakenSynapse,
        Challenge::DendriteAnd,
        Challenge::JustInTime,
    ];

    /// A stable kebab-case identifier (for URLs, storage and the page's markup).
    pub fn id(self) -> &'static str {
        match self {
            Challenge::Threshold => "threshold",
            Challenge::Refractory => "refractory",
            Challenge::Fire50 => "fire-50",
            Challenge::TargetOutput => "target-output",
            Challenge::Nand => "nand",
            Challenge::AndByHand => "and-by-hand",
            Challenge::XorOneNeuron => "xor-one-neuron",
            Challenge::BlowUp => "blow-up",
            Challenge::SmallNetwork => "small-network",
            Challenge::NoBackprop => "no-backprop",
            Challenge::WeakenSynapse => "weaken-synapse",
            Challenge::DendriteAnd => "dendrite-and",
            Challenge::JustInTime => "just-in-time",
        }
    }

    /// The challenge with this [`id`](Challenge::id), if any.
    pub fn from_id(id: &str) -> Option<Challenge> {
        Challenge::ALL.into_iter().find(|c| c.id() == id)
    }

    /// The position in [`Challenge::ALL`] (the variants are declared in that order).
    pub fn index(self) -> usize {
        self as usize
    }

    /// The widget the challenge lives in.
    pub fn widget(self) -> Widget {
        match self {
            Challenge::Threshold | Challenge::Refractory | Challenge::Fire50 => Widget::Neuron,
            Challenge::TargetOutput | Challenge::Nand => Widget::Explorer,
            Challenge::AndByHand | Challenge::XorOneNeuron | Challenge::BlowUp => Widget::Boundary,
            Challenge::SmallNetwork | Challenge::NoBackprop => Widget::Layers,
            Challenge::WeakenSynapse => Widget::Bridge,
            Challenge::DendriteAnd => Widget::Dendrite,
            Challenge::JustInTime => Widget::Timing,
        }
    }
}

/// The verdict on a widget's state: solved or not, and how far from the goal (in the
/// challenge's own unit; None when there is no meaningful distance yet).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Check {
    pub solved: bool,
    pub distance: Option<f64>,
}

impl Check {
    /// Not solved, with no distance: the set-up does not match the challenge.
    pub const UNSET: Check = Check {
        solved: false,
        distance: None,
    };

    /// A verdict with a distance.
    fn at(solved: bool, distance: f64) -> Check {
        Check {
            solved,
            distance: Some(distance),
        }
    }
}

/// How closely the bisections here locate a goal (µA/cm², ms).
pub const PRECISION: f64 = 0.01;
/// How long past the last pulse a Hodgkin-Huxley run lasts, ms: a spike comes within a few ms
/// of the pulse that causes it (a test checks that this agrees with the whole sweep).
pub const SETTLE_MS: f64 = 20.0;

/// The boundary between `lo` (where `above` is false) and `hi` (where it is true), narrowed by
/// bisection until the two are at most [`PRECISION`] apart; returns the final `(lo, hi)`.
fn bisect(mut lo: f64, mut hi: f64, above: impl Fn(f64) -> bool) -> (f64, f64) {
    while hi - lo > PRECISION {
        let mid = 0.5 * (lo + hi);
        if above(mid) {
            hi = mid;
        } else {
            lo = mid;
        }
    }
    (lo, hi)
}

/// The number of Hodgkin-Huxley spikes under `p` (its model and noise ignored: Hodgkin-Huxley,
/// no noise) from 0 to `until` ms (at most the sweep's length), integrated and detected exactly
/// as [`sweep::record`] does.
fn hh_spikes(p: &Protocol, until: f64) -> usize {
    let p = Protocol {
        model: Model::Hh,
        noise: 0.0,
        ..*p
    }
    .clamped();
    let params = HhParams::default();
    let mut s = Hh::at_rest();
    let steps = (until.clamp(0.0, SWEEP_MS) / DT).round() as usize;
    let mut spikes = 0;
    for k in 1..=steps {
        let before = s.v;
        s.step(&params, p.current_at(k as f64 * DT), DT);
        if before < hh::SPIKE_DETECT && s.v >= hh::SPIKE_DETECT {
            spikes += 1;
        }
    }
    spikes
}

/// When a Hodgkin-Huxley run of `p` can stop: [`SETTLE_MS`] after its last pulse ends.
fn hh_run_length(p: &Protocol) -> f64 {
    let p = p.clamped();
    let last_onset = p.onsets().last().copied().unwrap_or(ONSET_MS);
    last_onset + p.width + SETTLE_MS
}

// ---------------------------------------------------------------------------------------------
// The neuron lab (Hodgkin-Huxley and integrate-and-fire sweeps)
// ---------------------------------------------------------------------------------------------

/// The pulse width of the threshold challenge, ms.
pub const THRESHOLD_WIDTH_MS: f64 = 1.0;
/// How far above the threshold the amplitude may be and still solve the challenge, µA/cm²: the
/// slider's step, so the smallest slider value that fires solves it.
pub const THRESHOLD_TOLERANCE: f64 = 0.5;

/// The Hodgkin-Huxley neuron's threshold (µA/cm²) for one rectangular pulse of `width_ms` from
/// rest: the smallest amplitude that gives at least one spike, found by bisection between 0 and
/// the amplitude slider's maximum to [`PRECISION`] (the value returned fires; one
/// [`PRECISION`] below it does not). `f64::INFINITY` if even the largest amplitude does not
/// fire. The width is clamped to its range.
pub fn pulse_threshold(width_ms: f64) -> f64 {
    let max = Model::Hh.amplitude_spec().max;
    let fires = |amplitude: f64| {
        let p = Protocol {
            model: Model::Hh,
            stimulus: Stimulus::Pulse,
            amplitude,
            width: width_ms,
            noise: 0.0,
            ..Protocol::default()
        };
        hh_spikes(&p, hh_run_length(&p)) >= 1
    };
    if !fires(max) {
        return f64::INFINITY;
    }
    bisect(0.0, max, fires).1
}

/// The threshold challenge: "find the smallest pulse that makes the neuron fire". The set-up is
/// the Hodgkin-Huxley model, a single pulse of [`THRESHOLD_WIDTH_MS`] (within 1e-9) and no
/// noise; `threshold` is [`pulse_threshold`] of that width. Solved when the amplitude fires
/// (amplitude ≥ threshold) and amplitude − threshold ≤ [`THRESHOLD_TOLERANCE`]. Distance:
/// amplitude − threshold (negative: the pulse does not fire). A threshold that is not finite
/// (nothing fires) is no set-up.
pub fn threshold(p: &Protocol, threshold: f64) -> Check {
    let set_up = p.model == Model::Hh
        && p.stimulus == Stimulus::Pulse
        && (p.width - THRESHOLD_WIDTH_MS).abs() <= 1e-9
        && p.noise == 0.0;
    if !set_up || !threshold.is_finite() {
        return Check::UNSET;
    }
    let distance = p.clamped().amplitude - threshold;
    Check::at((0.0..=THRESHOLD_TOLERANCE).contains(&distance), distance)
}

/// How far above the shortest interval the learner's interval may be and still solve the
/// refractory challenge, ms: two slider steps.
pub const REFRACTORY_TOLERANCE: f64 = 1.0;

/// For a Hodgkin-Huxley paired pulse at `p.amplitude` and `p.width` (noise 0; the other fields
/// ignored), the shortest onset-to-onset interval (ms) in [`INTERVAL`]'s range that still gives
/// two spikes, by bisection to [`PRECISION`] (the value returned gives two spikes).
///
/// None if even the longest interval gives fewer than two spikes (the amplitude is below
/// threshold), or if one pulse alone already gives two (a long, strong pulse fires repeatedly,
/// so a pair says nothing about the refractory period).
///
/// Bisection assumes that once an interval gives two spikes, every longer one does: the second
/// pulse finds the sodium channels ever more recovered (h rising back, n falling). A test
/// checks this on a grid of intervals for several amplitudes and widths.
pub fn shortest_second_spike(p: &Protocol) -> Option<f64> {
    let with = |stimulus: Stimulus, interval: f64| Protocol {
        model: Model::Hh,
        stimulus,
        interval,
        noise: 0.0,
        ..*p
    };
    let single = with(Stimulus::Pulse, INTERVAL.min);
    if hh_spikes(&single, hh_run_length(&single)) >= 2 {
        return None;
    }
    let two = |interval: f64| {
        let pair = with(Stimulus::PairedPulse, interval);
        hh_spikes(&pair, hh_run_length(&pair)) >= 2
    };
    if !two(INTERVAL.max) {
        return None;
    }
    if two(INTERVAL.min) {
        return Some(INTERVAL.min);
    }
    Some(bisect(INTERVAL.min, INTERVAL.max, two).1)
}

/// The refractory challenge: "find the shortest interval at which the second pulse still gives
/// a spike". The set-up is the Hodgkin-Huxley model, a paired pulse and no noise, and a
/// `shortest` interval ([`shortest_second_spike`] of the protocol). Solved when the current
/// interval gives two spikes and interval − shortest ≤ [`REFRACTORY_TOLERANCE`]. Distance:
/// interval − shortest (negative: too short for a second spike).
pub fn refractory(p: &Protocol, shortest: Option<f64>) -> Check {
    let set_up = p.model == Model::Hh && p.stimulus == Stimulus::PairedPulse && p.noise == 0.0;
    let Some(shortest) = shortest.filter(|_| set_up) else {
        return Check::UNSET;
    };
    let distance = p.clamped().interval - shortest;
    let two = hh_spikes(p, hh_run_length(p)) >= 2;
    Check::at(two && distance <= REFRACTORY_TOLERANCE, distance)
}

/// The rate the fire-50 challenge asks for, Hz.
pub const TARGET_RATE_HZ: f64 = 50.0;
/// How far from [`TARGET_RATE_HZ`] the rate may be, Hz.
pub const RATE_TOLERANCE_HZ: f64 = 2.0;

/// The integrate-and-fire neuron's firing rate (Hz) under a step of `p.amplitude` nA (the
/// model, stimulus and noise of `p` ignored: LIF, step, no noise): 1000 over the mean
/// interval between the spikes of [`sweep::record`]. None with fewer than two spikes.
pub fn step_rate(p: &Protocol) -> Option<f64> {
    let step = Protocol {
        model: Model::Lif,
        stimulus: Stimulus::Step,
        noise: 0.0,
        ..*p
    };
    let spikes = sweep::record(&step, 0).spikes;
    match (spikes.first(), spikes.last()) {
        (Some(first), Some(last)) if spikes.len() >= 2 && last > first => {
            Some(1000.0 * (spikes.len() - 1) as f64 / (last - first))
        }
        _ => None,
    }
}

/// The fire-50 challenge: "make the integrate-and-fire neuron fire at 50 Hz". The set-up is the
/// LIF model, a step and no noise. Solved when |rate − 50| ≤ [`RATE_TOLERANCE_HZ`], the rate
/// from [`step_rate`]. Distance: rate − 50; a neuron that fires fewer than two spikes counts as
/// 0 Hz (far too slow), so a learner who has the set-up right is told which way to go, never to
/// set it up again.
///
/// The slider moves in 0.5 nA steps and 50 Hz lies between two of them (the rate rises steeply
/// just above the 1.5 nA rheobase), so the learner has to type a value such as 1.8 nA.
pub fn fire_50(p: &Protocol) -> Check {
    let set_up = p.model == Model::Lif && p.stimulus == Stimulus::Step && p.noise == 0.0;
    if !set_up {
        return Check::UNSET;
    }
    let distance = step_rate(p).unwrap_or(0.0) - TARGET_RATE_HZ;
    Check::at(distance.abs() <= RATE_TOLERANCE_HZ, distance)
}

// ---------------------------------------------------------------------------------------------
// The artificial neuron (explorer and decision boundary)
// ---------------------------------------------------------------------------------------------

/// The output the target-output challenge asks for.
pub const TARGET_OUTPUT: f64 = 0.25;
/// How far from [`TARGET_OUTPUT`] the output may be.
pub const OUTPUT_TOLERANCE: f64 = 0.005;

/// The target-output challenge: "with the sigmoid and the worked example's inputs unchanged,
/// make the output 0.25". The set-up is the sigmoid and the inputs of
/// [`ExplorerState::example`] (as many, each within 1e-9). Solved when
/// |y − 0.25| ≤ [`OUTPUT_TOLERANCE`]. Distance: y − 0.25.
pub fn target_output(s: &ExplorerState) -> Check {
    let example = ExplorerState::example();
    let same_inputs = s.inputs().len() == example.inputs().len()
        && s.inputs()
            .iter()
            .zip(example.inputs())
            .all(|(a, b)| (a - b).abs() <= 1e-9);
    if s.activation() != Activation::Sigmoid || !same_inputs {
        return Check::UNSET;
    }
    match s.evaluate() {
        Ok(e) => {
            let distance = e.output - TARGET_OUTPUT;
            Check::at(distance.abs() <= OUTPUT_TOLERANCE, distance)
        }
        Err(_) => Check::UNSET,
    }
}

/// The two-input truth table's inputs `(x1, x2)`, in order.
pub const TABLE_INPUTS: [(f64, f64); 4] = [(0.0, 0.0), (0.0, 1.0), (1.0, 0.0), (1.0, 1.0)];
/// NAND's outputs for [`TABLE_INPUTS`].
pub const NAND: [f64; 4] = [1.0, 1.0, 1.0, 0.0];

/// The outputs `f(w1 x1 + w2 x2 + b)` for (x1, x2) = (0,0), (0,1), (1,0), (1,1). Only the first
/// two weights are used; a missing weight counts as 0.
pub fn nand_table(weights: &[f64], bias: f64, activation: Activation) -> [f64; 4] {
    let w = |i: usize| weights.get(i).copied().unwrap_or(0.0);
    TABLE_INPUTS.map(|(x1, x2)| activation.apply(w(0) * x1 + w(1) * x2 + bias))
}

/// The NAND challenge: "make the neuron a NAND gate". The set-up is the step activation and
/// exactly two inputs. Solved when every row of [`nand_table`] equals NAND's (1, 1, 1, 0).
/// Distance: the number of wrong rows.
pub fn nand(s: &ExplorerState) -> Check {
    if s.activation() != Activation::Step || s.input_count() != 2 {
        return Check::UNSET;
    }
    let table = nand_table(s.weights(), s.bias(), Activation::Step);
    let wrong = table
        .iter()
        .zip(NAND)
        .filter(|(y, t)| (*y - t).abs() > 1e-9)
        .count();
    Check::at(wrong == 0, wrong as f64)
}

/// The number of the widget's points its neuron puts in the wrong class.
fn points_wrong(b: &BoundaryState) -> usize {
    let points = b.points();
    points.len() - correct_count(b.activation(), b.params(), &points, b.product())
}

/// The AND-by-hand challenge: "separate AND by setting the weights yourself". The set-up is the
/// AND data set, the product feature off, and no training since the data was set (`trained`
/// is false; the app tracks it). Solved when every point is classified correctly. Distance: the
/// number of points wrong.
pub fn and_by_hand(b: &BoundaryState, trained: bool) -> Check {
    if b.preset() != Some(Preset::And) || b.product() || trained {
        return Check::UNSET;
    }
    let wrong = points_wrong(b);
    Check::at(wrong == 0, wrong as f64)
}

/// The XOR challenge: "classify XOR with one neuron". The set-up is the XOR data set (its four
/// corners; the noise does not move them). Solved when every point is classified correctly,
/// which takes the product feature x1·x2: no straight line separates XOR. Distance: the number
/// of points wrong.
pub fn xor_one_neuron(b: &BoundaryState) -> Check {
    if b.preset() != Some(Preset::Xor) {
        return Check::UNSET;
    }
    let wrong = points_wrong(b);
    Check::at(wrong == 0, wrong as f64)
}

/// The blow-up challenge: "make the weights blow up, then bring them back". `seen_divergence`:
/// a divergence was seen earlier in the visit; `still_reported`: the page still reports it (the
/// learner has not yet put the weights back); the app tracks both. Solved when a divergence was
/// seen, is no longer reported, and the weights are sane ([`Params::is_sane`]). Distance: 1
/// while the blow-up is caught but not yet recovered from (one step left), else none.
pub fn blow_up(seen_divergence: bool, still_reported: bool, params: &Params) -> Check {
    if seen_divergence && still_reported {
        return Check::at(false, 1.0);
    }
    Check {
        solved: seen_divergence && params.is_sane(),
        distance: None,
    }
}

// ---------------------------------------------------------------------------------------------
// The layers widget
// ---------------------------------------------------------------------------------------------

/// The most hidden units (summed over the layers) the small-network challenge allows.
pub const SMALL_NETWORK_UNITS: usize = 3;
/// The test accuracy the small-network challenge asks for. One hidden layer of 3 tanh units at
/// learning rate 0.3 (batch 10, cross-entropy, the default seed and noise) reaches it after
/// about 110 epochs, and 100% by epoch 200.
pub const SMALL_NETWORK_ACCURACY: f64 = 0.9;
/// The test accuracy the no-backpropagation challenge asks for. The default 4-2 tanh network
/// under feedback alignment at learning rate 0.3 reaches it after about 80 epochs.
pub const NO_BACKPROP_ACCURACY: f64 = 0.9;

/// The small-network challenge: "solve the circle with at most [`SMALL_NETWORK_UNITS`] hidden
/// units". The set-up is the circle data set fed x₁ and x₂ alone (x₁² and x₂² would make it a
/// straight line's job), at most [`SMALL_NETWORK_UNITS`] hidden units in
/// all (the sum of `n.hidden`) and backpropagation. Solved when `test_accuracy` (0 to 1) ≥
/// [`SMALL_NETWORK_ACCURACY`]. Distance: test_accuracy − [`SMALL_NETWORK_ACCURACY`].
pub fn small_network(n: &NetworkState, test_accuracy: f64) -> Check {
    let units: usize = n.hidden.iter().sum();
    let set_up = n.data_set() == Some(NetData::Binary(Preset::Circle))
        && n.features() == Features::default()
        && units <= SMALL_NETWORK_UNITS
        && n.rule == LearningRule::Backprop;
    accuracy_check(set_up, test_accuracy, SMALL_NETWORK_ACCURACY)
}

/// The no-backpropagation challenge: "solve the circle without backpropagation". The set-up is
/// the circle data set fed x₁ and x₂ alone and a rule other than backpropagation (feedback alignment or direct
/// feedback alignment). Solved when `test_accuracy` ≥ [`NO_BACKPROP_ACCURACY`]. Distance:
/// test_accuracy − [`NO_BACKPROP_ACCURACY`].
pub fn no_backprop(n: &NetworkState, test_accuracy: f64) -> Check {
    let set_up = n.data_set() == Some(NetData::Binary(Preset::Circle))
        && n.features() == Features::default()
        && n.rule != LearningRule::Backprop;
    accuracy_check(set_up, test_accuracy, NO_BACKPROP_ACCURACY)
}

/// Solved when the set-up holds and `accuracy` reaches `goal` (a hair of rounding allowed: an
/// accuracy is a count over a count).
fn accuracy_check(set_up: bool, accuracy: f64, goal: f64) -> Check {
    if !set_up || !accuracy.is_finite() {
        return Check::UNSET;
    }
    let distance = accuracy - goal;
    Check::at(distance >= -1e-9, distance)
}

// ---------------------------------------------------------------------------------------------
// The biological comparisons (STDP, the dendrite, coincidence)
// ---------------------------------------------------------------------------------------------

/// The weight the weaken-synapse challenge asks to go below (it starts at 0.5).
pub const WEAKEN_BELOW: f64 = 0.3;

/// The weaken-synapse challenge: "weaken the synapse below 0.3 by spike timing". `w` is the
/// STDP weight after the learner's pairings (see [`crate::bio::stdp::pairing_trajectory`]).
/// Solved when w < [`WEAKEN_BELOW`]. Distance: w − [`WEAKEN_BELOW`] (None for a weight that is
/// not finite).
pub fn weaken_synapse(w: f64) -> Check {
    if !w.is_finite() {
        return Check::UNSET;
    }
    let distance = w - WEAKEN_BELOW;
    Check::at(distance < 0.0, distance)
}

/// The dendrite-AND challenge: "make the dendrite compute AND". Solved when the soma fires for
/// (1, 1) only ([`truth_table`]), whichever the dendrite (the dCaAP's AND is a weak input,
/// s < θ ≤ 2s). Distance: the number of rows that differ from AND.
pub fn dendrite_and(p: &DendriteParams) -> Check {
    let wrong = truth_table(p)
        .iter()
        .zip(PATTERNS)
        .filter(|(fired, [a, b])| **fired != (*a && *b))
        .count();
    Check::at(wrong == 0, wrong as f64)
}

/// How far below the longest delay that still fires the learner's delay may be, ms: two slider
/// steps.
pub const COINCIDENCE_TOLERANCE: f64 = 1.0;

/// Whether two inputs of `strength` nA, `delay` ms apart, make the neuron spike
/// ([`coincidence`]).
fn coincidence_fires(delay: f64, strength: f64) -> bool {
    !coincidence(delay, strength).spikes.is_empty()
}

/// The longest delay (ms) in [`DELAY`]'s range at which two inputs of `strength` nA still give
/// at least one spike ([`coincidence`]), by bisection to [`PRECISION`] (the value returned
/// fires). None if even a delay of 0 does not fire; `DELAY.max` if even the longest delay fires
/// (each input alone fires, or nearly).
///
/// Bisection assumes that a delay that fires makes every shorter one fire too: the first input's
/// depolarisation only decays while the second is awaited. A test checks this on a grid.
pub fn longest_coincidence(strength: f64) -> Option<f64> {
    if !coincidence_fires(DELAY.min, strength) {
        return None;
    }
    if coincidence_fires(DELAY.max, strength) {
        return Some(DELAY.max);
    }
    Some(bisect(DELAY.min, DELAY.max, |d| !coincidence_fires(d, strength)).0)
}

/// The just-in-time challenge: "find the longest delay at which the two inputs still make a
/// spike". `longest` is [`longest_coincidence`] of `strength`. Solved when the two inputs
/// `delay` ms apart fire and longest − delay ≤ [`COINCIDENCE_TOLERANCE`]. Not solved, with no
/// distance, when there is nothing to find at this strength (`longest` None, or `DELAY.max`:
/// every delay fires). Distance: longest − delay (negative: too long to fire).
pub fn just_in_time(delay: f64, strength: f64, longest: Option<f64>) -> Check {
    let Some(longest) = longest.filter(|l| *l < DELAY.max) else {
        return Check::UNSET;
    };
    let distance = longest - DELAY.clamp(delay);
    let fires = coincidence_fires(delay, strength);
    Check::at(fires && distance <= COINCIDENCE_TOLERANCE, distance)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bio::compare::STRENGTH as COINCIDENCE_STRENGTH;
    use crate::bio::stdp::{StdpParams, pairing_trajectory};
    use crate::bio::sweep::{NOISE, WIDTH, record};
    use crate::network::{Loss, evaluate};
    use crate::network_state::NetSource;
    use crate::network_state::batch_rng;

    /// The Hodgkin-Huxley amplitude slider's step, µA/cm².
    const HH_STEP: f64 = 0.5;

    fn pulse(amplitude: f64) -> Protocol {
        Protocol {
            amplitude,
            ..Protocol::default()
        }
    }

    fn paired(amplitude: f64, interval: f64) -> Protocol {
        Protocol {
            stimulus: Stimulus::PairedPulse,
            amplitude,
            interval,
            ..Protocol::default()
        }
    }

    fn step(amplitude: f64) -> Protocol {
        Protocol {
            model: Model::Lif,
            stimulus: Stimulus::Step,
            amplitude,
            ..Protocol::default()
        }
    }

    /// `x` rounded up to the next multiple of `step` (a slider value).
    fn grid_up(x: f64, step: f64) -> f64 {
        (x / step).ceil() * step
    }

    #[test]
    fn challenges_have_stable_unique_ids_and_bits() {
        assert_eq!(Challenge::ALL.len(), 13);
        assert!(Challenge::ALL.len() <= 16, "a progress code holds 16 bits");
        for (i, c) in Challenge::ALL.into_iter().enumerate() {
            assert_eq!(c.index(), i);
            assert_eq!(Challenge::from_id(c.id()), Some(c));
            assert!(
                c.id()
                    .chars()
                    .all(|ch| ch.is_ascii_lowercase() || ch.is_ascii_digit() || ch == '-')
            );
        }
        let mut ids: Vec<&str> = Challenge::ALL.iter().map(|c| c.id()).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), Challenge::ALL.len());
        assert_eq!(Challenge::from_id("Threshold"), None);
        assert_eq!(Challenge::Fire50.id(), "fire-50");
        assert_eq!(Challenge::JustInTime.widget(), Widget::Timing);
        assert_eq!(Challenge::WeakenSynapse.widget(), Widget::Bridge);
        assert_eq!(Challenge::BlowUp.widget(), Widget::Boundary);
    }

    #[test]
    fn short_hodgkin_huxley_runs_count_the_spikes_of_the_whole_sweep() {
        let th = pulse_threshold(THRESHOLD_WIDTH_MS);
        let mut protocols: Vec<Protocol> = [0.0, 0.01, 0.02, 0.05, 0.5, 20.0]
            .map(|d| pulse(th + d))
            .to_vec();
        for (amplitude, interval) in [(10.0, 14.0), (10.0, 15.0), (20.0, 11.0), (60.0, 60.0)] {
            protocols.push(paired(amplitude, interval));
        }
        protocols.push(Protocol {
            width: WIDTH.max,
            amplitude: 60.0,
            ..paired(60.0, 50.0)
        });
        for p in protocols {
            assert_eq!(
                hh_spikes(&p, hh_run_length(&p)),
                record(&p, 0).spikes.len(),
                "{p:?}"
            );
        }
    }

    #[test]
    fn the_pulse_threshold_is_where_the_sweep_starts_to_fire() {
        let th = pulse_threshold(1.0);
        // 6.92 µA/cm² for a 1 ms pulse.
        assert!((6.8..7.0).contains(&th), "{th}");
        assert_eq!(record(&pulse(th + 0.05), 0).spikes.len(), 1);
        assert!(record(&pulse(th - 0.05), 0).spikes.is_empty());
        // Shorter pulses need more current; too short a pulse never fires.
        assert!(pulse_threshold(0.5) > th && pulse_threshold(2.0) < th);
        assert_eq!(pulse_threshold(0.1), f64::INFINITY);
    }

    #[test]
    fn the_threshold_challenge_wants_the_smallest_slider_value_that_fires() {
        let th = pulse_threshold(THRESHOLD_WIDTH_MS);
        let smallest = grid_up(th, HH_STEP); // 7.0
        assert!(!record(&pulse(smallest), 0).spikes.is_empty());
        assert!(record(&pulse(smallest - HH_STEP), 0).spikes.is_empty());
        let solved = threshold(&pulse(smallest), th);
        assert!(solved.solved);
        assert!(solved.distance.is_some_and(|d| (0.0..HH_STEP).contains(&d)));
        let above = threshold(&pulse(smallest + HH_STEP), th);
        assert!(!above.solved && above.distance.is_some_and(|d| d > 0.5));
        let below = threshold(&pulse(smallest - HH_STEP), th);
        assert!(!below.solved && below.distance.is_some_and(|d| d < 0.0));
        // The wrong set-up.
        let lif = Protocol {
            model: Model::Lif,
            ..pulse(smallest)
        };
        let wide = Protocol {
            width: 2.0,
            ..pulse(smallest)
        };
        let noisy = Protocol {
            noise: NOISE.step,
            ..pulse(smallest)
        };
        let pair = paired(smallest, 20.0);
        for p in [lif, wide, noisy, pair] {
            assert_eq!(threshold(&p, th), Check::UNSET, "{p:?}");
        }
        assert_eq!(threshold(&pulse(smallest), f64::INFINITY), Check::UNSET);
    }

    #[test]
    fn a_second_spike_needs_an_interval_no_shorter_than_the_shortest() {
        // Monotonicity, which the bisection assumes: on a grid of intervals, two spikes from
        // some interval on, and never again fewer.
        for (amplitude, width) in [(7.5, 1.0), (10.0, 1.0), (20.0, 0.5), (60.0, 2.0)] {
            let p = Protocol {
                width,
                ..paired(amplitude, 1.0)
            };
            let Some(shortest) = shortest_second_spike(&p) else {
                panic!("{amplitude} fires");
            };
            let mut seen_two = false;
            for k in 0..=59 {
                let interval = INTERVAL.min + k as f64;
                let q = Protocol { interval, ..p };
                let two = hh_spikes(&q, hh_run_length(&q)) >= 2;
                assert!(two || !seen_two, "{amplitude} {width}: {interval}");
                assert_eq!(two, interval >= shortest, "{amplitude} {width}: {interval}");
                seen_two |= two;
            }
        }
    }

    #[test]
    fn the_shortest_interval_depends_on_the_amplitude() {
        let at_10 = shortest_second_spike(&paired(10.0, 20.0));
        let at_20 = shortest_second_spike(&paired(20.0, 20.0));
        // 14.53 ms and 10.61 ms.
        assert!(
            at_10.is_some_and(|s| (14.0..15.0).contains(&s)),
            "{at_10:?}"
        );
        assert!(
            at_20.is_some_and(|s| (10.0..11.0).contains(&s)),
            "{at_20:?}"
        );
        // The model and the interval of the protocol do not matter.
        let lif = Protocol {
            model: Model::Lif,
            ..paired(10.0, 3.0)
        };
        assert_eq!(shortest_second_spike(&lif), at_10);
        // Below threshold there is nothing to find; nor when one long pulse fires twice.
        assert_eq!(shortest_second_spike(&paired(5.0, 20.0)), None);
        let long = Protocol {
            width: WIDTH.max,
            ..paired(60.0, 20.0)
        };
        assert!(
            record(
                &Protocol {
                    stimulus: Stimulus::Pulse,
                    ..long
                },
                0
            )
            .spikes
            .len()
                >= 2
        );
        assert_eq!(shortest_second_spike(&long), None);
    }

    #[test]
    fn the_refractory_challenge_wants_an_interval_just_past_the_shortest() {
        for amplitude in [10.0, 20.0] {
            let shortest = shortest_second_spike(&paired(amplitude, 20.0));
            let Some(s) = shortest else {
                panic!("{amplitude} fires");
            };
            let first = grid_up(s, INTERVAL.step); // 15.0 at 10 µA/cm², 11.0 at 20
            assert_eq!(record(&paired(amplitude, first), 0).spikes.len(), 2);
            assert_eq!(
                record(&paired(amplitude, first - INTERVAL.step), 0)
                    .spikes
                    .len(),
                1
            );
            let check = |interval: f64| refractory(&paired(amplitude, interval), shortest);
            assert!(check(first).solved);
            assert!(check(first + INTERVAL.step).solved, "within 1 ms");
            let too_long = check(first + 2.0 * INTERVAL.step);
            assert!(!too_long.solved && too_long.distance.is_some_and(|d| d > 1.0));
            let too_short = check(first - INTERVAL.step);
            assert!(!too_short.solved && too_short.distance.is_some_and(|d| d < 0.0));
            // The wrong set-up.
            let lif = Protocol {
                model: Model::Lif,
                ..paired(amplitude, first)
            };
            let single = Protocol {
                stimulus: Stimulus::Pulse,
                ..paired(amplitude, first)
            };
            let noisy = Protocol {
                noise: 1.0,
                ..paired(amplitude, first)
            };
            for p in [lif, single, noisy] {
                assert_eq!(refractory(&p, shortest), Check::UNSET, "{p:?}");
            }
            assert_eq!(refractory(&paired(amplitude, first), None), Check::UNSET);
        }
    }

    #[test]
    fn fifty_hertz_takes_a_typed_amplitude() {
        assert!(step_rate(&step(1.8)).is_some_and(|r| (r - 50.2).abs() < 0.1));
        assert_eq!(step_rate(&step(1.5)), None, "the rheobase: no spike");
        let solved = fire_50(&step(1.8));
        assert!(solved.solved && solved.distance.is_some_and(|d| d.abs() < 1.0));
        // The slider's values on either side of 50 Hz.
        let above = fire_50(&step(2.0));
        assert!(
            !above.solved && above.distance.is_some_and(|d| d > 10.0),
            "{above:?}"
        );
        // At the rheobase the neuron is silent: set up right, and far too slow (0 Hz), not "set
        // it up".
        assert_eq!(fire_50(&step(1.5)), Check::at(false, -TARGET_RATE_HZ));
        // The amplitudes that solve it: 1.7692 to 1.8259 nA.
        for (amplitude, ok) in [(1.76, false), (1.77, true), (1.82, true), (1.83, false)] {
            assert_eq!(fire_50(&step(amplitude)).solved, ok, "{amplitude}");
        }
        // The wrong set-up.
        let hh = Protocol {
            model: Model::Hh,
            ..step(1.8)
        };
        let train = Protocol {
            stimulus: Stimulus::Train,
            ..step(1.8)
        };
        let noisy = Protocol {
            noise: 0.5,
            ..step(1.8)
        };
        for p in [hh, train, noisy] {
            assert_eq!(fire_50(&p), Check::UNSET, "{p:?}");
        }
    }

    fn with_bias(bias: f64) -> ExplorerState {
        let mut s = ExplorerState::example();
        s.set_bias(bias);
        s
    }

    #[test]
    fn the_target_output_is_reached_by_the_bias_alone() {
        let example = target_output(&ExplorerState::example());
        assert!(!example.solved);
        assert!(example.distance.is_some_and(|d| (d - 0.4731).abs() < 1e-4));
        // σ(z) = 0.25 at z = −1.0986: bias −1.96 (z = −1.10). The bias slider steps by 0.01;
        // −1.98 to −1.94 solve it, −1.99 and −1.93 are just off.
        for (bias, solved) in [(-1.99, false), (-1.98, true), (-1.96, true), (-1.94, true)] {
            assert_eq!(target_output(&with_bias(bias)).solved, solved, "{bias}");
        }
        let off = target_output(&with_bias(-1.93));
        assert!(!off.solved && off.distance.is_some_and(|d| d > 0.005));
        // The wrong set-up.
        let mut tanh = with_bias(-1.96);
        tanh.set_activation(Activation::Tanh);
        let mut moved = with_bias(-1.96);
        moved.set_input(0, 0.6);
        let mut more = with_bias(-1.96);
        more.add_input();
        for s in [tanh, moved, more] {
            assert_eq!(target_output(&s), Check::UNSET, "{s:?}");
        }
    }

    fn two_inputs(w: [f64; 2], bias: f64, activation: Activation) -> ExplorerState {
        let mut s = ExplorerState::example();
        s.remove_input(2);
        s.set_weight(0, w[0]);
        s.set_weight(1, w[1]);
        s.set_bias(bias);
        s.set_activation(activation);
        s
    }

    #[test]
    fn nand_tables_and_the_nand_challenge() {
        assert_eq!(
            nand_table(&[-1.0, -1.0], 1.5, Activation::Step),
            [1.0, 1.0, 1.0, 0.0]
        );
        assert_eq!(nand_table(&[], 0.0, Activation::Sigmoid), [0.5; 4]);
        assert_eq!(
            nand_table(&[2.0], -1.0, Activation::Step),
            [0.0, 0.0, 1.0, 1.0]
        );
        // With weights (−1, −1) the bias must lie in [1, 2).
        let solved = nand(&two_inputs([-1.0, -1.0], 1.5, Activation::Step));
        assert_eq!(solved, Check::at(true, 0.0));
        assert!(nand(&two_inputs([-1.0, -1.0], 1.0, Activation::Step)).solved);
        assert!(nand(&two_inputs([-1.0, -1.0], 1.99, Activation::Step)).solved);
        let low = nand(&two_inputs([-1.0, -1.0], 0.99, Activation::Step));
        assert_eq!(low, Check::at(false, 2.0), "(0,1) and (1,0) wrong");
        let high = nand(&two_inputs([-1.0, -1.0], 2.0, Activation::Step));
        assert_eq!(high, Check::at(false, 1.0), "(1,1) wrong");
        // The wrong set-up.
        let sigmoid = two_inputs([-1.0, -1.0], 1.5, Activation::Sigmoid);
        let mut three = two_inputs([-1.0, -1.0], 1.5, Activation::Step);
        three.add_input();
        assert_eq!(nand(&sigmoid), Check::UNSET);
        assert_eq!(nand(&three), Check::UNSET);
    }

    fn boundary(preset: Preset, weights: &[f64], bias: f64) -> BoundaryState {
        let mut b = BoundaryState::default();
        b.set_preset(preset);
        b.set_product(weights.len() == 3);
        for (i, w) in weights.iter().enumerate() {
            b.set_weight(i, *w);
        }
        b.set_bias(bias);
        b
    }

    #[test]
    fn and_by_hand_counts_the_points_wrong() {
        // The default line gets three of four right.
        assert_eq!(
            and_by_hand(&BoundaryState::default(), false),
            Check::at(false, 1.0)
        );
        // With weights (1, 1) the bias must lie in [−2, −1).
        let solved = boundary(Preset::And, &[1.0, 1.0], -1.5);
        assert_eq!(and_by_hand(&solved, false), Check::at(true, 0.0));
        assert!(and_by_hand(&boundary(Preset::And, &[1.0, 1.0], -1.01), false).solved);
        let off = and_by_hand(&boundary(Preset::And, &[1.0, 1.0], -1.0), false);
        assert_eq!(off, Check::at(false, 2.0), "(0,1) and (1,0) on the line");
        // The wrong set-up: trained, the product feature on, or other data.
        assert_eq!(and_by_hand(&solved, true), Check::UNSET);
        let product = boundary(Preset::And, &[1.0, 1.0, 0.0], -1.5);
        assert_eq!(and_by_hand(&product, false), Check::UNSET);
        let or = boundary(Preset::Or, &[1.0, 1.0], -1.5);
        assert_eq!(and_by_hand(&or, false), Check::UNSET);
    }

    #[test]
    fn xor_takes_the_product_feature() {
        // Four points, whatever the noise.
        for noise in [0.0, 0.2, 1.0] {
            let mut b = boundary(Preset::Xor, &[1.0, 1.0], -0.5);
            b.set_noise(noise);
            assert_eq!(b.points().len(), 4);
        }
        // No straight line: a grid over the weights and bias never gets all four right.
        let grid: Vec<f64> = (-12..=12).map(|k| k as f64 * 0.25).collect();
        for w1 in &grid {
            for w2 in &grid {
                for bias in &grid {
                    let check = xor_one_neuron(&boundary(Preset::Xor, &[*w1, *w2], *bias));
                    assert!(!check.solved && check.distance.is_some_and(|d| d >= 1.0));
                }
            }
        }
        // With x1·x2: z = x1 + x2 − 2 x1 x2 − 0.5.
        let solved = boundary(Preset::Xor, &[1.0, 1.0, -2.0], -0.5);
        assert_eq!(xor_one_neuron(&solved), Check::at(true, 0.0));
        let near = boundary(Preset::Xor, &[1.0, 1.0, -1.0], -0.5);
        assert_eq!(xor_one_neuron(&near), Check::at(false, 1.0), "(1,1) wrong");
        // The wrong set-up.
        let and = boundary(Preset::And, &[1.0, 1.0, -2.0], -0.5);
        assert_eq!(xor_one_neuron(&and), Check::UNSET);
    }

    #[test]
    fn blowing_up_counts_once_the_weights_are_sane_again() {
        let sane = Params {
            weights: vec![1.0, 2.0],
            bias: 0.0,
        };
        let huge = Params {
            weights: vec![1e7, 2.0],
            bias: 0.0,
        };
        let nan = Params {
            weights: vec![f64::NAN, 2.0],
            bias: 0.0,
        };
        assert_eq!(
            blow_up(true, false, &sane),
            Check {
                solved: true,
                distance: None
            }
        );
        assert!(!blow_up(false, false, &sane).solved);
        assert!(!blow_up(true, false, &huge).solved);
        assert!(!blow_up(true, false, &nan).solved);
        // Caught but not yet put back: one step left.
        assert_eq!(blow_up(true, true, &sane), Check::at(false, 1.0));
    }

    /// The layers widget's training, as the app runs it: from the state's weights, shuffling
    /// with [`batch_rng`] of the seed; calls `each(epoch, test accuracy)` after every epoch.
    fn train(s: &mut NetworkState, epochs: usize, mut each: impl FnMut(usize, f64)) {
        let (train, test) = s.data();
        let feedback = s.feedback();
        let mut rng = batch_rng(s.seed);
        for epoch in 1..=epochs {
            let update = s.update();
            assert!(crate::network::train(
                &mut s.network,
                &train,
                &update,
                &feedback,
                &mut rng
            ));
            each(epoch, evaluate(&s.network, &test, Loss::CrossEntropy).1);
        }
    }

    /// The circle with one hidden layer of `units` tanh units at `learning_rate`, the rest as a
    /// new widget has it (batch 10, cross-entropy, seed 1, noise 0.2).
    fn circle_network(hidden: &[usize], learning_rate: f64) -> NetworkState {
        let mut s = NetworkState::default();
        s.set_hidden(hidden);
        s.learning_rate = learning_rate;
        s
    }

    #[test]
    fn three_tanh_units_solve_the_circle() {
        // The teachers' guide's solution: one layer of 3 tanh units, learning rate 0.3.
        let mut s = circle_network(&[3], 0.3);
        let set_up = s.clone();
        let mut first = None;
        train(&mut s, 200, |epoch, accuracy| {
            if first.is_none() && small_network(&set_up, accuracy).solved {
                first = Some(epoch);
            }
        });
        // 90% first at epoch 114.
        assert!(first.is_some_and(|e| (100..=150).contains(&e)), "{first:?}");
        let (_, test) = s.data();
        let accuracy = evaluate(&s.network, &test, s.loss).1;
        assert_eq!(small_network(&s, accuracy), Check::at(true, accuracy - 0.9));
        assert!(accuracy > 0.99, "100% by epoch 200: {accuracy}");
    }

    #[test]
    fn two_units_trained_the_same_way_fall_short() {
        let mut s = circle_network(&[2], 0.3);
        let mut best: f64 = 0.0;
        train(&mut s, 1000, |_, accuracy| best = best.max(accuracy));
        assert!(best < SMALL_NETWORK_ACCURACY, "{best}");
        assert!(!small_network(&s, best).solved);
    }

    #[test]
    fn the_small_network_set_up() {
        let three = circle_network(&[3], 0.3);
        assert!(small_network(&three, 0.92).solved);
        assert!(small_network(&three, 0.9).solved, "exactly the goal");
        let short = small_network(&three, 0.875);
        assert!(!short.solved && short.distance.is_some_and(|d| (d + 0.025).abs() < 1e-12));
        assert!(small_network(&circle_network(&[1, 2], 0.3), 0.95).solved);
        for hidden in [vec![4], vec![2, 2], vec![4, 2]] {
            assert_eq!(
                small_network(&circle_network(&hidden, 0.3), 1.0),
                Check::UNSET
            );
        }
        let mut fa = three.clone();
        fa.rule = LearningRule::FeedbackAlignment;
        let mut xor = three.clone();
        xor.data = NetSource::Set(NetData::Binary(Preset::Xor));
        assert_eq!(small_network(&fa, 1.0), Check::UNSET);
        assert_eq!(small_network(&xor, 1.0), Check::UNSET);
        assert_eq!(small_network(&three, f64::NAN), Check::UNSET);
    }

    #[test]
    fn feedback_alignment_solves_the_circle() {
        // The default 4-2 tanh network at learning rate 0.3: 90% first at epoch 81 under
        // feedback alignment (161 under direct feedback alignment), for good from about 300.
        for rule in [
            LearningRule::FeedbackAlignment,
            LearningRule::DirectFeedbackAlignment,
        ] {
            let mut s = NetworkState {
                rule,
                learning_rate: 0.3,
                ..NetworkState::default()
            };
            let set_up = s.clone();
            let mut first = None;
            let mut accuracy = 0.0;
            train(&mut s, 300, |epoch, a| {
                accuracy = a;
                if first.is_none() && no_backprop(&set_up, a).solved {
                    first = Some(epoch);
                }
            });
            assert!(first.is_some_and(|e| e <= 200), "{rule:?}: {first:?}");
            assert!(no_backprop(&s, accuracy).solved, "{rule:?}: {accuracy}");
        }
        let fa = NetworkState {
            rule: LearningRule::FeedbackAlignment,
            ..NetworkState::default()
        };
        let short = no_backprop(&fa, 0.875);
        assert!(!short.solved && short.distance.is_some());
        // The wrong set-up: backpropagation, or other data.
        assert_eq!(no_backprop(&NetworkState::default(), 1.0), Check::UNSET);
        let xor = NetworkState {
            data: NetSource::Set(NetData::Binary(Preset::Xor)),
            ..fa
        };
        assert_eq!(no_backprop(&xor, 1.0), Check::UNSET);
    }

    #[test]
    fn thirty_two_late_pairings_weaken_the_synapse() {
        let trajectory = pairing_trajectory(&StdpParams::default(), -10.0, 40, 0.5);
        let needed = trajectory.iter().position(|w| weaken_synapse(*w).solved);
        assert_eq!(needed, Some(32));
        let before = weaken_synapse(trajectory[31]);
        assert!(!before.solved && before.distance.is_some_and(|d| (0.0..0.01).contains(&d)));
        assert!(
            weaken_synapse(trajectory[32])
                .distance
                .is_some_and(|d| d < 0.0)
        );
        assert!(!weaken_synapse(WEAKEN_BELOW).solved);
        assert_eq!(weaken_synapse(f64::NAN), Check::UNSET);
        // Pre before post strengthens it instead.
        let early = pairing_trajectory(&StdpParams::default(), 10.0, 40, 0.5);
        assert!(early.iter().all(|w| !weaken_synapse(*w).solved));
    }

    fn dendrite(strength: f64) -> DendriteParams {
        DendriteParams {
            strength,
            ..DendriteParams::default()
        }
    }

    #[test]
    fn a_weak_input_makes_the_dendrite_an_and() {
        // θ = 1 nA, τ = 2 nA: AND for s in [0.5, 1) (one input below θ, two in the window).
        assert_eq!(dendrite_and(&dendrite(0.75)), Check::at(true, 0.0));
        assert!(dendrite_and(&dendrite(0.5)).solved);
        assert!(dendrite_and(&dendrite(0.95)).solved);
        // One strength step off: never fires, or OR.
        assert_eq!(dendrite_and(&dendrite(0.45)), Check::at(false, 1.0));
        assert_eq!(dendrite_and(&dendrite(1.0)), Check::at(false, 2.0));
        // The default is XOR: every row but (0,0) wrong.
        assert_eq!(
            dendrite_and(&DendriteParams::default()),
            Check::at(false, 3.0)
        );
    }

    #[test]
    fn the_longest_coincidence_bounds_the_delays_that_fire() {
        // Monotonicity, which the bisection assumes, on the slider's grid.
        for strength in [8.0, 9.0, 10.0] {
            let longest = longest_coincidence(strength);
            let Some(l) = longest else {
                panic!("{strength} fires at delay 0");
            };
            assert!(l < DELAY.max);
            let mut stopped = false;
            for k in 0..=80 {
                let delay = k as f64 * DELAY.step;
                let fires = coincidence_fires(delay, strength);
                assert!(!(fires && stopped), "{strength}: {delay}");
                assert_eq!(fires, delay <= l, "{strength}: {delay}");
                stopped |= !fires;
            }
        }
        assert_eq!(longest_coincidence(5.0), None);
        assert_eq!(
            longest_coincidence(COINCIDENCE_STRENGTH.max),
            Some(DELAY.max)
        );
    }

    #[test]
    fn just_in_time_wants_the_longest_delay_that_fires() {
        let strength = COINCIDENCE_STRENGTH.default;
        let longest = longest_coincidence(strength);
        let Some(l) = longest else {
            panic!("the default strength fires at delay 0");
        };
        // 16.59 ms: 16.5 is the longest slider value that fires.
        assert!((16.0..17.0).contains(&l), "{l}");
        let last = (l / DELAY.step).floor() * DELAY.step;
        let check = |delay: f64| just_in_time(delay, strength, longest);
        assert!(check(last).solved);
        assert!(check(last - DELAY.step).solved, "within 1 ms");
        let late = check(last + DELAY.step);
        assert!(!late.solved && late.distance.is_some_and(|d| d < 0.0));
        let early = check(last - 2.0 * DELAY.step);
        assert!(!early.solved && early.distance.is_some_and(|d| d > 1.0));
        assert!(!check(DELAY.default).solved);
        // Nothing to find: every delay fires, or none.
        let strong = COINCIDENCE_STRENGTH.max;
        assert_eq!(
            just_in_time(20.0, strong, longest_coincidence(strong)),
            Check::UNSET
        );
        assert_eq!(
            just_in_time(0.0, 5.0, longest_coincidence(5.0)),
            Check::UNSET
        );
    }
}
