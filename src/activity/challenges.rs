//! The challenges' words: a title, the goal in one sentence, a hint, and the "how close you
//! are" line made from the core's verdict. (The verdicts themselves are pure functions in
//! `neuron_core::challenge`, tested natively.)

use neuron_core::challenge::{Challenge, Check};

use crate::i18n::num;

/// A challenge's title, goal and hint.
pub struct Words {
    pub title: String,
    pub goal: String,
    pub hint: String,
}

/// Whether this binary has `c`'s widget: a constant for each challenge, so that a widget's own
/// binary (an embed) holds no other widget's challenge words.
#[inline(always)]
fn has(c: Challenge) -> bool {
    crate::runtime::visibility::compiled(c.widget())
}

pub fn words(c: Challenge) -> Words {
    let (title, goal, hint) = match c {
        Challenge::Threshold if has(Challenge::Threshold) => (
            crate::t!("challenge-threshold-title"),
            crate::t!("challenge-threshold-goal"),
            crate::t!("challenge-threshold-hint"),
        ),
        Challenge::Refractory if has(Challenge::Refractory) => (
            crate::t!("challenge-refractory-title"),
            crate::t!("challenge-refractory-goal"),
            crate::t!("challenge-refractory-hint"),
        ),
        Challenge::Fire50 if has(Challenge::Fire50) => (
            crate::t!("challenge-fire-50-title"),
            crate::t!("challenge-fire-50-goal"),
            crate::t!("challenge-fire-50-hint"),
        ),
        Challenge::TargetOutput if has(Challenge::TargetOutput) => (
            crate::t!("challenge-target-output-title"),
            crate::t!("challenge-target-output-goal"),
            crate::t!("challenge-target-output-hint"),
        ),
        Challenge::Nand if has(Challenge::Nand) => (
            crate::t!("challenge-nand-title"),
            crate::t!("challenge-nand-goal"),
            crate::t!("challenge-nand-hint"),
        ),
        Challenge::AndByHand if has(Challenge::AndByHand) => (
            crate::t!("challenge-and-by-hand-title"),
            crate::t!("challenge-and-by-hand-goal"),
            crate::t!("challenge-and-by-hand-hint"),
        ),
        Challenge::XorOneNeuron if has(Challenge::XorOneNeuron) => (
            crate::t!("challenge-xor-one-neuron-title"),
            crate::t!("challenge-xor-one-neuron-goal"),
            crate::t!("challenge-xor-one-neuron-hint"),
        ),
        Challenge::BlowUp if has(Challenge::BlowUp) => (
            crate::t!("challenge-blow-up-title"),
            crate::t!("challenge-blow-up-goal"),
            crate::t!("challenge-blow-up-hint"),
        ),
        Challenge::SmallNetwork if has(Challenge::SmallNetwork) => (
            crate::t!("challenge-small-network-title"),
            crate::t!("challenge-small-network-goal"),
            crate::t!("challenge-small-network-hint"),
        ),
        Challenge::NoBackprop if has(Challenge::NoBackprop) => (
            crate::t!("challenge-no-backprop-title"),
            crate::t!("challenge-no-backprop-goal"),
            crate::t!("challenge-no-backprop-hint"),
        ),
        Challenge::WeakenSynapse if has(Challenge::WeakenSynapse) => (
            crate::t!("challenge-weaken-synapse-title"),
            crate::t!("challenge-weaken-synapse-goal"),
            crate::t!("challenge-weaken-synapse-hint"),
        ),
        Challenge::DendriteAnd if has(Challenge::DendriteAnd) => (
            crate::t!("challenge-dendrite-and-title"),
            crate::t!("challenge-dendrite-and-goal"),
            crate::t!("challenge-dendrite-and-hint"),
        ),
        Challenge::JustInTime if has(Challenge::JustInTime) => (
            crate::t!("challenge-just-in-time-title"),
            crate::t!("challenge-just-in-time-goal"),
            crate::t!("challenge-just-in-time-hint"),
        ),
        // Another widget's, in a widget's own binary.
        _ => (String::new(), String::new(), String::new()),
    };
    Words { title, goal, hint }
}

/// The "how close you are" line: words, not the exact gap (which would give the answer away).
pub fn near(c: Challenge, check: &Check) -> String {
    if check.solved {
        return crate::t!("challenge-goal-reached");
    }
    let Some(d) = check.distance else {
        return setup(c);
    };
    match c {
        Challenge::Threshold if has(Challenge::Threshold) && d < 0.0 => {
            crate::t!("challenge-threshold-below")
        }
        Challenge::Threshold if has(Challenge::Threshold) && d > 5.0 => {
            crate::t!("challenge-threshold-far")
        }
        Challenge::Threshold if has(Challenge::Threshold) => crate::t!("challenge-threshold-close"),
        Challenge::Refractory if has(Challenge::Refractory) && d < 0.0 => {
            crate::t!("challenge-refractory-below")
        }
        Challenge::Refractory if has(Challenge::Refractory) && d > 5.0 => {
            crate::t!("challenge-refractory-far")
        }
        Challenge::Refractory if has(Challenge::Refractory) => {
            crate::t!("challenge-refractory-close")
        }
        Challenge::Fire50 if has(Challenge::Fire50) && d > 20.0 => {
            crate::t!("challenge-fire-50-far-fast")
        }
        Challenge::Fire50 if has(Challenge::Fire50) && d > 0.0 => {
            crate::t!("challenge-fire-50-fast")
        }
        Challenge::Fire50 if has(Challenge::Fire50) && d < -20.0 => {
            crate::t!("challenge-fire-50-far-slow")
        }
        Challenge::Fire50 if has(Challenge::Fire50) => crate::t!("challenge-fire-50-slow"),
        Challenge::TargetOutput if has(Challenge::TargetOutput) && d.abs() > 0.2 => {
            crate::t!("challenge-target-output-far")
        }
        Challenge::TargetOutput if has(Challenge::TargetOutput) && d > 0.0 => {
            crate::t!("challenge-target-output-high")
        }
        Challenge::TargetOutput if has(Challenge::TargetOutput) => {
            crate::t!("challenge-target-output-low")
        }
        Challenge::Nand
        | Challenge::AndByHand
        | Challenge::XorOneNeuron
        | Challenge::DendriteAnd => crate::t!("challenge-rows-wrong", n = d.round() as i64),
        Challenge::SmallNetwork | Challenge::NoBackprop => crate::t!(
            "challenge-accuracy-short",
            points = num((d * 100.0).abs().max(1.0).round(), 0)
        ),
        Challenge::WeakenSynapse if has(Challenge::WeakenSynapse) && d > 0.15 => {
            crate::t!("challenge-weaken-synapse-far")
        }
        Challenge::WeakenSynapse if has(Challenge::WeakenSynapse) => {
            crate::t!("challenge-weaken-synapse-close")
        }
        Challenge::JustInTime if has(Challenge::JustInTime) && d < 0.0 => {
            crate::t!("challenge-just-in-time-below")
        }
        Challenge::JustInTime if has(Challenge::JustInTime) && d > 5.0 => {
            crate::t!("challenge-just-in-time-far")
        }
        Challenge::JustInTime if has(Challenge::JustInTime) => {
            crate::t!("challenge-just-in-time-close")
        }
        Challenge::BlowUp if has(Challenge::BlowUp) => crate::t!("challenge-blow-up-caught"),
        _ => String::new(),
    }
}

/// What the widget must be set to before the goal can be judged.
fn setup(c: Challenge) -> String {
    match c {
        Challenge::Threshold if has(Challenge::Threshold) => crate::t!("challenge-threshold-setup"),
        Challenge::Refractory if has(Challenge::Refractory) => {
            crate::t!("challenge-refractory-setup")
        }
        Challenge::Fire50 if has(Challenge::Fire50) => crate::t!("challenge-fire-50-setup"),
        Challenge::TargetOutput if has(Challenge::TargetOutput) => {
            crate::t!("challenge-target-output-setup")
        }
        Challenge::Nand if has(Challenge::Nand) => crate::t!("challenge-nand-setup"),
        Challenge::AndByHand if has(Challenge::AndByHand) => {
            crate::t!("challenge-and-by-hand-setup")
        }
        Challenge::XorOneNeuron if has(Challenge::XorOneNeuron) => {
            crate::t!("challenge-xor-one-neuron-setup")
        }
        Challenge::BlowUp if has(Challenge::BlowUp) => crate::t!("challenge-blow-up-setup"),
        Challenge::SmallNetwork if has(Challenge::SmallNetwork) => {
            crate::t!("challenge-small-network-setup")
        }
        Challenge::NoBackprop if has(Challenge::NoBackprop) => {
            crate::t!("challenge-no-backprop-setup")
        }
        Challenge::WeakenSynapse if has(Challenge::WeakenSynapse) => {
            crate::t!("challenge-weaken-synapse-setup")
        }
        Challenge::DendriteAnd if has(Challenge::DendriteAnd) => {
            crate::t!("challenge-dendrite-and-setup")
        }
        Challenge::JustInTime if has(Challenge::JustInTime) => {
            crate::t!("challenge-just-in-time-setup")
        }
        _ => String::new(),
    }
}
