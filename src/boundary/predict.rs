//! The decision boundary's predictions: XOR with one neuron (section 3) and Rosenblatt's rule on
//! OR (section 5) (see `crate::activity::Prediction`).

use leptos::prelude::*;
use neuron_core::dataset::Preset;
use neuron_core::verdict;

use super::BoundaryModel;
use super::page::{DATA, LEARNING, TRAINING, WEIGHTS};
use crate::activity::{Outcome, Prediction};
use crate::widgets::Group;

/// What the XOR run changes: the data and the product feature, and the weights it resets and
/// trains.
const XOR_CHANGES: &[&Group] = &[&DATA, &WEIGHTS, &TRAINING];
/// What Rosenblatt's run changes: the same, and the rule.
const PERCEPTRON_CHANGES: &[&Group] = &[&DATA, &LEARNING, &WEIGHTS, &TRAINING];

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
        let right = verdict::xor(best_points, total) as usize;
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
            changes=XOR_CHANGES
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
            right: verdict::perceptron(learned) as usize,
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
            changes=PERCEPTRON_CHANGES
        />
    }
}
