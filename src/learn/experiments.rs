//! The lesson's predictions: each sets its widget up, runs the experiment through the widget's
//! own model, and explains the outcome with the run's numbers (see [`super::Prediction`]).

use crate::i18n::fixed;
use leptos::prelude::*;
use neuron_core::Activation;
use neuron_core::bio::compare::{coincidence, drive};
use neuron_core::bio::dendrite::{DendriteParams, PATTERNS, simulate};
use neuron_core::bio::sweep::{Model, Protocol, Stimulus, record};
use neuron_core::dataset::Preset;
use neuron_core::explorer::ExplorerState;

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
            (Some(ta), Some(tb)) => Some(fixed(ta - tb, 2)),
            _ => None,
        };
        Outcome {
            right,
            explanation: crate::t!(
                "predict-spike-height-explanation",
                weak = fixed(a.peak, 1),
                strong = fixed(b.peak, 1),
                apart = fixed((b.peak - a.peak).abs(), 1),
                both_spiked = if sooner.is_some() { "yes" } else { "no" },
                sooner = sooner.unwrap_or_default(),
            ),
        }
    });
    view! {
        <Prediction
            question=crate::t!("predict-spike-height-question")
            options=[
                crate::t!("predict-spike-height-taller"),
                crate::t!("predict-spike-height-same"),
                crate::t!("predict-spike-height-none"),
            ]
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
            explanation: crate::t!(
                "predict-doubling-explanation",
                z1 = fixed(z1, 2),
                z2 = fixed(z2, 2),
                y1 = fixed(y1, 4),
                y2 = fixed(y2, 4),
            ),
        }
    });
    view! {
        <Prediction
            question=crate::t!("predict-doubling-question")
            options=[
                crate::t!("predict-doubling-doubles"),
                crate::t!("predict-doubling-less"),
                crate::t!("predict-doubling-falls"),
            ]
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
            explanation: crate::t!(
                "predict-xor-explanation",
                epochs = epochs,
                best = best_points,
                total = total,
            ),
        }
    });
    view! {
        <Prediction
            question=crate::t!("predict-xor-question")
            options=[
                crate::t!("predict-xor-yes"),
                crate::t!("predict-xor-no"),
                crate::t!("predict-xor-rate"),
            ]
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
            explanation: crate::t!(
                "predict-linear-explanation",
                accuracy = fixed(accuracy * 100.0, 0),
            ),
        }
    });
    view! {
        <Prediction
            question=crate::t!("predict-linear-question")
            options=[
                crate::t!("predict-linear-plenty"),
                crate::t!("predict-linear-line"),
                crate::t!("predict-linear-second-layer"),
            ]
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
        let fired = |sweep: &neuron_core::bio::sweep::Sweep| {
            if sweep.spikes.is_empty() {
                "silent"
            } else {
                "fired"
            }
        };
        Outcome {
            right,
            explanation: crate::t!(
                "predict-timing-explanation",
                strength = fixed(strength, 1),
                close = fired(&close),
                close_peak = fixed(close.peak, 1),
                apart = fired(&apart),
                apart_peak = fixed(apart.peak, 1),
            ),
        }
    });
    view! {
        <Prediction
            question=crate::t!("predict-timing-question")
            options=[
                crate::t!("predict-timing-both"),
                crate::t!("predict-timing-close"),
                crate::t!("predict-timing-apart"),
                crate::t!("predict-timing-neither"),
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
        let soma = |r: &neuron_core::bio::dendrite::DendriteRun| {
            if r.fired() { "fires" } else { "silent" }
        };
        Outcome {
            right,
            explanation: crate::t!(
                "predict-dendrite-explanation",
                one_input = fixed(one.input, 2),
                one_spike = fixed(one.amplitude, 1),
                one_soma = soma(&one),
                both_input = fixed(both.input, 2),
                both_spike = fixed(both.amplitude, 1),
                both_soma = soma(&both),
            ),
        }
    });
    view! {
        <Prediction
            question=crate::t!("predict-dendrite-question")
            options=[
                crate::t!("predict-dendrite-grows"),
                crate::t!("predict-dendrite-shrinks"),
                crate::t!("predict-dendrite-same"),
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
            explanation: crate::t!(
                "predict-perceptron-explanation",
                epochs = epochs,
                correct = correct,
                total = total,
                learned = if learned { "yes" } else { "no" },
            ),
        }
    });
    view! {
        <Prediction
            question=crate::t!("predict-perceptron-question")
            options=[
                crate::t!("predict-perceptron-few"),
                crate::t!("predict-perceptron-cannot"),
                crate::t!("predict-perceptron-thousands"),
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
            let at = |i: usize| shown.get(i).cloned().unwrap_or_default();
            crate::t!(
                "predict-repeat-spike-times",
                count = shown.len(),
                t1 = at(0),
                t2 = at(1),
                t3 = at(2),
            )
        };
        let same_trains = first.sweep.spikes == second.sweep.spikes;
        Outcome {
            right: if same_trains { 0 } else { 1 },
            explanation: crate::t!(
                "predict-repeat-explanation",
                output = fixed(y, 4),
                first_rate = fixed(first.rate(), 0),
                second_rate = fixed(second.rate(), 0),
                first_spikes = times(&first),
                second_spikes = times(&second),
            ),
        }
    });
    view! {
        <Prediction
            question=crate::t!("predict-repeat-question")
            options=[
                crate::t!("predict-repeat-same"),
                crate::t!("predict-repeat-timing"),
                crate::t!("predict-repeat-vary"),
            ]
            run=run
        />
    }
}
