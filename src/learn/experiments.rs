//! The lesson's predictions: each sets its widget up, runs the experiment through the widget's
//! own model, and explains the outcome with the run's numbers (see [`super::Prediction`]).

use leptos::prelude::*;
use neuron_core::Activation;
use neuron_core::bio::compare::{coincidence, drive};
use neuron_core::bio::dendrite::{DendriteParams, PATTERNS, simulate};
use neuron_core::bio::sweep::{Model, Protocol, Stimulus, record};
use neuron_core::dataset::Preset;
use neuron_core::explorer::ExplorerState;
use crate::i18n::fixed;

use super::predict::{Outcome, Prediction};
use crate::biolab::{BioModel, Coincidence};
use crate::boundary::BoundaryModel;
use crate::dendrite::DendriteModel;
use crate::explorer::ExplorerModel;
use crate::network::NetModel;

/// A pulse twice as strong: is the spike twice as tall?
#[component]
pub fn PredictSpikeHeight(model: BioModel) -> impl IntoView {
    let run = Callback::new(move |()| {
        let base = Protocol {
            model: Model::Hh,
            stimulus: Stimulus::Pulse,
            width: 1.0,
            noise: 0.0,
            amplitude: 10.0,
            ..Protocol::default()
        };
        let strong = Protocol {
            amplitude: 20.0,
            ..base
        };
        let (a, b) = (record(&base, 0), record(&strong, 0));
        model.playing.set(false);
        model.edit(|p| *p = strong);
        let rest = Model::Hh.rest();
        let right = if b.spikes.is_empty() {
            2
        } else if b.peak - rest > 1.6 * (a.peak - rest) {
            0
        } else {
            1
        };
        let sooner = match (a.spikes.first(), b.spikes.first()) {
            (Some(ta), Some(tb)) => format!(
                " The stronger pulse only made it start {} ms sooner.",
                fixed(ta - tb, 2)
            ),
            _ => String::new(),
        };
        Outcome {
            right,
            explanation: format!(
                "In the model, the spike after a 10 µA/cm² pulse peaked at {} mV, after a 20 µA/cm² pulse at {} mV: {} mV apart.{sooner} Past the threshold the sodium channels' positive feedback runs the spike to its own size: all or nothing. The recording now shows the 20 µA/cm² pulse.",
                fixed(a.peak, 1),
                fixed(b.peak, 1),
                fixed((b.peak - a.peak).abs(), 1)
            ),
        }
    });
    view! {
        <Prediction
            question="A 1 ms pulse of 10 µA/cm² fires one spike. Double the pulse to 20 µA/cm²: what happens to the spike?"
            options=&["It is about twice as tall", "It is about the same height", "There is no spike"]
            run=run
        />
    }
}

/// Doubling every weight and the bias: does the output double?
#[component]
pub fn PredictDoubling(model: ExplorerModel) -> impl IntoView {
    let run = Callback::new(move |()| {
        let mut base = ExplorerState::example();
        base.set_activation(Activation::Sigmoid);
        let mut doubled = base.clone();
        for (i, w) in base.weights().iter().enumerate() {
            doubled.set_weight(i, 2.0 * w);
        }
        doubled.set_bias(2.0 * base.bias());
        let y = |s: &ExplorerState| {
            s.evaluate()
                .map(|e| (e.pre_activation, e.output))
                .unwrap_or((f64::NAN, f64::NAN))
        };
        let ((z1, y1), (z2, y2)) = (y(&base), y(&doubled));
        model.state.set(doubled);
        let right = if y2 >= 1.95 * y1 {
            0
        } else if y2 > y1 {
            1
        } else {
            2
        };
        Outcome {
            right,
            explanation: format!(
                "z went from {} to {}, exactly double, but the output only from {} to {}. The sigmoid squashes: the nearer the output is to 1, the less a larger z can add. The explorer now shows the doubled weights.",
                fixed(z1, 2),
                fixed(z2, 2),
                fixed(y1, 4),
                fixed(y2, 4)
            ),
        }
    });
    view! {
        <Prediction
            question="With the worked example and the sigmoid, double every weight and the bias. What does the output do?"
            options=&["It doubles", "It rises, but less than double", "It falls"]
            run=run
        />
    }
}

/// Will one neuron learn XOR if it trains long enough?
#[component]
pub fn PredictXor(model: BoundaryModel) -> impl IntoView {
    let run = Callback::new(move |()| {
        model.set_product(false);
        model.set_preset(Preset::Xor);
        model.reset_weights();
        let (epochs, _) = model.train_epochs(5000);
        let total = model.points.with_untracked(Vec::len);
        let best = model.trainer.with_untracked(|t| {
            t.history
                .entries()
                .iter()
                .map(|(_, fraction)| *fraction)
                .fold(0.0, f64::max)
        });
        let best_points = (best * total as f64).round() as usize;
        let right = if best_points >= total { 0 } else { 1 };
        Outcome {
            right,
            explanation: format!(
                "The neuron trained for {epochs} epochs, until its loss stopped improving; at its best it had {best_points} of {total} points right. One neuron draws one straight line, and no straight line puts the XOR corners (0, 1) and (1, 0) on one side and (0, 0) and (1, 1) on the other. Training longer, or faster, cannot change that; the challenge below shows what can."
            ),
        }
    });
    view! {
        <Prediction
            question="Give one neuron the XOR data and let it train as long as it likes. Will it get every point right?"
            options=&["Yes, given enough epochs", "No, some point always stays wrong", "Only with a higher learning rate"]
            run=run
        />
    }
}

/// Can eight linear hidden units solve the circle?
#[component]
pub fn PredictLinearLayers(model: NetModel) -> impl IntoView {
    let run = Callback::new(move |()| {
        model.playing.set(false);
        model.set_preset(Preset::Circle);
        model.set_hidden(vec![8]);
        model.make_all_linear();
        model.reset();
        model.train_epochs(300);
        let accuracy = model.metrics.with_untracked(|m| m.test_accuracy);
        let right = if accuracy >= 0.9 { 0 } else { 1 };
        Outcome {
            right,
            explanation: format!(
                "After 300 epochs the eight linear units reached {}% test accuracy on the circle, where a coin toss scores about 50%. Their layers multiply out into one linear map, so the boundary is one straight line, however many units there are. The layers widget now shows this network: switch the activation back to tanh and train again.",
                fixed(accuracy * 100.0, 0)
            ),
        }
    });
    view! {
        <Prediction
            question="One hidden layer of eight units, every activation linear, trained on the circle. How well will it do?"
            options=&["Well: eight units are plenty", "No better than one straight line", "Well, but only with a second layer"]
            run=run
        />
    }
}

/// The same two inputs, 2 ms or 30 ms apart.
#[component]
pub fn PredictTiming(setup: Coincidence) -> impl IntoView {
    let run = Callback::new(move |()| {
        let strength = setup.strength.get_untracked();
        let close = coincidence(2.0, strength);
        let apart = coincidence(30.0, strength);
        setup.delay.set(30.0);
        let right = match (!close.spikes.is_empty(), !apart.spikes.is_empty()) {
            (true, true) => 0,
            (true, false) => 1,
            (false, false) => 3,
            (false, true) => 2,
        };
        let said = |sweep: &neuron_core::bio::sweep::Sweep| {
            if sweep.spikes.is_empty() {
                format!(
                    "stayed silent (its membrane peaked at {} mV, below the −50 mV threshold)",
                    fixed(sweep.peak, 1)
                )
            } else {
                "reached the −50 mV threshold and fired".to_string()
            }
        };
        Outcome {
            right,
            explanation: format!(
                "At {} nA each, the neuron {} with the inputs 2 ms apart, and {} with them 30 ms apart: the first input's effect leaks away (a 10 ms membrane time constant) before the second arrives. The artificial neuron's f(w · x + b) has no time in it: the same output at both delays. The widget now shows the 30 ms case.",
                fixed(strength, 1),
                said(&close),
                said(&apart)
            ),
        }
    });
    view! {
        <Prediction
            question="The same two inputs reach the biological neuron 2 ms apart, then 30 ms apart. Which fires it, and does the artificial neuron's answer change?"
            options=&[
                "Both fire it; the artificial answer stays the same",
                "Only 2 ms apart fires it; the artificial answer stays the same",
                "Only 30 ms apart fires it; the artificial answer changes",
                "Neither fires it",
            ]
            run=run
        />
    }
}

/// Two active inputs into the dendrite: a bigger dendritic spike?
#[component]
pub fn PredictDendrite(model: DendriteModel) -> impl IntoView {
    let run = Callback::new(move |()| {
        let params = DendriteParams::default();
        let one = simulate(&params, PATTERNS[1]);
        let both = simulate(&params, PATTERNS[3]);
        model.params.set(params);
        model.pattern.set(3);
        let right = if both.amplitude > one.amplitude * 1.05 {
            0
        } else if both.amplitude < one.amplitude * 0.95 {
            1
        } else {
            2
        };
        let fired = |r: &neuron_core::bio::dendrite::DendriteRun| {
            if r.fired() { "fires" } else { "stays silent" }
        };
        Outcome {
            right,
            explanation: format!(
                "With the default dendrite, one input ({} nA) gives a calcium spike of {} mV and the soma {}; both inputs ({} nA) give {} mV and the soma {}. This dendrite's spike is strongest just above its threshold and weaker for stronger input, so the neuron answers XOR. The widget now shows both inputs active.",
                fixed(one.input, 2),
                fixed(one.amplitude, 1),
                fired(&one),
                fixed(both.input, 2),
                fixed(both.amplitude, 1),
                fired(&both)
            ),
        }
    });
    view! {
        <Prediction
            question="One active input fires this neuron. Make both inputs active, twice the current into the dendrite: what does its calcium spike do?"
            options=&[
                "It grows: more input, a bigger dendritic spike",
                "It shrinks, and the soma stays silent",
                "It stays the same size",
            ]
            run=run
        />
    }
}

/// Rosenblatt's rule on OR: does a threshold unit learn it?
#[component]
pub fn PredictPerceptron(model: BoundaryModel) -> impl IntoView {
    let run = Callback::new(move |()| {
        model.playing.set(false);
        model.set_product(false);
        model.set_preset(Preset::Or);
        model.set_rule(neuron_core::training::Rule::Perceptron);
        model.reset_weights();
        let (epochs, stop) = model.train_epochs(1000);
        let total = model.points.with_untracked(Vec::len);
        let correct = model.correct.get_untracked();
        let learned = stop == Some(neuron_core::training::Stop::AllCorrect);
        Outcome {
            right: if learned { 0 } else { 1 },
            explanation: format!(
                "The perceptron rule (Rosenblatt 1958) moved a threshold unit's line after each mistake; after {epochs} epoch{} it had {correct} of {total} OR points right{}. For data one line can separate, the rule is proven to find such a line in a finite number of steps (the perceptron convergence theorem; Novikoff 1962); XOR is not such data. The boundary widget in section 3 now shows this run.",
                if epochs == 1 { "" } else { "s" },
                if learned { " and stopped" } else { "" }
            ),
        }
    });
    view! {
        <Prediction
            question="Rosenblatt's perceptron was a threshold unit that learned from its mistakes. Give one the OR data: will it learn it?"
            options=&[
                "Yes, in a few epochs",
                "No: a threshold unit has no slope to follow, so it cannot learn",
                "Only if it is given thousands of epochs",
            ]
            run=run
        />
    }
}

/// The same input twice: does each kind of neuron answer the same?
#[component]
pub fn PredictRepeat(explorer: ExplorerModel) -> impl IntoView {
    let run = Callback::new(move |()| {
        let state = explorer.state.get_untracked();
        let y = state.evaluate().map(|e| e.output).unwrap_or(f64::NAN);
        let first = drive(state.inputs(), state.weights(), state.bias(), 1);
        let second = drive(state.inputs(), state.weights(), state.bias(), 2);
        let times = |d: &neuron_core::bio::compare::Drive| {
            let shown: Vec<String> = d
                .sweep
                .spikes
                .iter()
                .take(3)
                .map(|t| fixed(*t, 1))
                .collect();
            if shown.is_empty() {
                "no spikes".to_string()
            } else {
                format!("first spikes at {} ms", shown.join(", "))
            }
        };
        let same_trains = first.sweep.spikes == second.sweep.spikes;
        Outcome {
            right: if same_trains { 0 } else { 1 },
            explanation: format!(
                "The artificial neuron gave {} both times. Driven by the same inputs as random (Poisson) spike trains, the integrate-and-fire neuron fired at {} Hz, then at {} Hz, with {} the first time and {} the second. A spike train's rate carries the input roughly, and its exact timing differs every time.",
                fixed(y, 4),
                fixed(first.rate(), 0),
                fixed(second.rate(), 0),
                times(&first),
                times(&second)
            ),
        }
    });
    view! {
        <Prediction
            question="Give the explorer's neuron and a spiking neuron the same input twice. Does each answer the same both times?"
            options=&[
                "Both answer exactly the same both times",
                "The artificial one repeats itself exactly; the spike trains differ in timing, with similar rates",
                "Both vary from run to run",
            ]
            run=run
        />
    }
}
