//! The challenges' words: a title, the goal in one sentence, a hint, and the "how close you
//! are" line made from the core's verdict. (The verdicts themselves are pure functions in
//! `neuron_core::challenge`, tested natively.)

use neuron_core::challenge::{Challenge, Check};

/// A challenge's title, goal and hint.
pub struct Words {
    pub title: &'static str,
    pub goal: &'static str,
    pub hint: &'static str,
}

pub fn words(c: Challenge) -> Words {
    let (title, goal, hint) = match c {
        Challenge::Threshold => (
            "Find the threshold",
            "With the Hodgkin-Huxley model, one 1 ms pulse and no noise, leave the amplitude at the smallest value that still fires a spike.",
            "Lower the amplitude one step at a time (the arrow keys move it by 0.5). The spike keeps its height until, all at once, there is none: the last value with a spike is the answer.",
        ),
        Challenge::Refractory => (
            "Find the refractory period",
            "With the Hodgkin-Huxley model, a paired pulse and no noise, set the shortest interval that still gives a second spike (to within 1 ms).",
            "Start from 20 ms and shorten the interval. When the second spike disappears, go back up one step at a time.",
        ),
        Challenge::Fire50 => (
            "Fire at 50 Hz",
            "Make the integrate-and-fire neuron fire at 50 ± 2 spikes per second under a step current, with no noise.",
            "Just above 1.5 nA (where the neuron starts firing) the rate climbs steeply, faster than the slider's 0.5 nA steps: type an amplitude between two steps into the number box.",
        ),
        Challenge::TargetOutput => (
            "Hit 0.25",
            "With the sigmoid and the worked example's inputs (0.5, 0.3, 0.8), make the output 0.25 (± 0.005) by changing only the weights and the bias.",
            "σ(z) = 0.25 when z = ln(0.25 / 0.75) ≈ −1.10. Work out which bias makes w · x + b equal that.",
        ),
        Challenge::Nand => (
            "Make the neuron compute NAND",
            "With the step function and two inputs, choose weights and a bias so the output is 1 unless both inputs are 1.",
            "The bias alone decides the output for inputs (0, 0): make it positive. Then each weight must be negative, and both together must outweigh the bias.",
        ),
        Challenge::AndByHand => (
            "Separate AND by hand",
            "On the AND data, get all four points right by dragging the line or the weights, without training.",
            "Only (1, 1) is in the class. Drag the line so it cuts the corner off (1, 1), leaving the other three points on the other side.",
        ),
        Challenge::XorOneNeuron => (
            "One neuron, XOR",
            "Get all four XOR points right with this one neuron.",
            "No straight line in (x₁, x₂) does it. Give the neuron the extra input x₁·x₂ (the box under the data), then train, or set the weights by hand.",
        ),
        Challenge::BlowUp => (
            "Blow it up, then recover",
            "Make a training run diverge, so the page catches it, then put the weights back.",
            "Choose gradient descent with squared error and the largest learning rate, and under More settings the linear activation; then train. When the page says the weights blew up, use its button to go back.",
        ),
        Challenge::SmallNetwork => (
            "Smallest network",
            "Reach at least 90% test accuracy on the circle with no more than 3 hidden units in all, trained by backpropagation.",
            "One hidden layer of three tanh units can draw a triangle around the inner ring. Choose one layer, three units, and raise the learning rate to 0.3, then train.",
        ),
        Challenge::NoBackprop => (
            "Learn without backpropagation",
            "Reach at least 90% test accuracy on the circle with feedback alignment or direct feedback alignment.",
            "Choose the learning rule under More settings and train the default network; at the default learning rate it is slow, so raise it to 0.3.",
        ),
        Challenge::WeakenSynapse => (
            "Weaken the synapse",
            "Repeat pairings until the synaptic weight falls below 0.30.",
            "Only one order of the two spikes weakens a synapse: make the presynaptic spike come after the postsynaptic one (a negative Δt), then pair.",
        ),
        Challenge::DendriteAnd => (
            "Turn XOR into AND",
            "Change the dendrite so the neuron fires only when both inputs are active.",
            "With weaker inputs, one input alone no longer reaches the dendrite's threshold, but two together do. Lower the strength s.",
        ),
        Challenge::JustInTime => (
            "Just in time",
            "Set the longest delay between the two inputs that still fires the neuron (to within 1 ms).",
            "Lengthen the delay until the spike disappears, then come back one step. Each input's effect leaks away with the membrane's 10 ms time constant.",
        ),
    };
    Words { title, goal, hint }
}

/// The "how close you are" line: words, not the exact gap (which would give the answer away).
pub fn near(c: Challenge, check: &Check) -> String {
    if check.solved {
        return "Goal reached.".to_string();
    }
    let Some(d) = check.distance else {
        return setup(c).to_string();
    };
    let s = match c {
        Challenge::Threshold if d < 0.0 => "No spike: this pulse is below the threshold.",
        Challenge::Threshold if d > 5.0 => "It fires, far above the threshold.",
        Challenge::Threshold => "It fires, close to the threshold: a little lower.",
        Challenge::Refractory if d < 0.0 => "One spike only: the second pulse comes too soon.",
        Challenge::Refractory if d > 5.0 => "Two spikes, with time to spare: shorten the interval.",
        Challenge::Refractory => "Two spikes, close to the limit: a little shorter.",
        Challenge::Fire50 if d > 20.0 => "Far too fast: lower the current.",
        Challenge::Fire50 if d > 0.0 => "A little too fast.",
        Challenge::Fire50 if d < -20.0 => "Far too slow: raise the current.",
        Challenge::Fire50 => "A little too slow.",
        Challenge::TargetOutput if d.abs() > 0.2 => "The output is far from 0.25.",
        Challenge::TargetOutput if d > 0.0 => "Close, a little too high.",
        Challenge::TargetOutput => "Close, a little too low.",
        Challenge::Nand
        | Challenge::AndByHand
        | Challenge::XorOneNeuron
        | Challenge::DendriteAnd => {
            return match d.round() as i64 {
                1 => "One row or point is still wrong.".to_string(),
                n => format!("{n} rows or points are still wrong."),
            };
        }
        Challenge::SmallNetwork | Challenge::NoBackprop => {
            return format!(
                "Test accuracy is {:.0} points short of 90%.",
                (d * 100.0).abs().max(1.0)
            );
        }
        Challenge::WeakenSynapse if d > 0.15 => "The weight is still far above 0.30.",
        Challenge::WeakenSynapse => "Getting close to 0.30.",
        Challenge::JustInTime if d < 0.0 => "No spike: the inputs are too far apart.",
        Challenge::JustInTime if d > 5.0 => "It fires, with time to spare: a longer delay.",
        Challenge::JustInTime => "It fires, close to the limit: a little longer.",
        Challenge::BlowUp => "Caught: now put the weights back.",
    };
    s.to_string()
}

/// What the widget must be set to before the goal can be judged.
fn setup(c: Challenge) -> &'static str {
    match c {
        Challenge::Threshold => "Set up: Hodgkin-Huxley, a single pulse 1 ms wide, noise 0.",
        Challenge::Refractory => {
            "Set up: Hodgkin-Huxley, a paired pulse, noise 0, and an amplitude that fires."
        }
        Challenge::Fire50 => "Set up: integrate-and-fire, a step current, noise 0.",
        Challenge::TargetOutput => "Set up: the sigmoid, with the worked example's inputs.",
        Challenge::Nand => "Set up: the step function and exactly two inputs.",
        Challenge::AndByHand => {
            "Set up: the AND data, no product input, and no training since (Reset weights clears it)."
        }
        Challenge::XorOneNeuron => "Set up: the XOR data.",
        Challenge::BlowUp => "Make a training run diverge first.",
        Challenge::SmallNetwork => {
            "Set up: the circle, backpropagation, and at most 3 hidden units in all."
        }
        Challenge::NoBackprop => {
            "Set up: the circle and a learning rule other than backpropagation."
        }
        Challenge::WeakenSynapse => "Pair the spikes to change the weight.",
        Challenge::DendriteAnd => "Change the dendrite's settings.",
        Challenge::JustInTime => {
            "At this strength even the longest delay fires (or none does): change the strength."
        }
    }
}
