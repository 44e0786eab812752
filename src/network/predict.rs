//! The network's prediction: eight linear hidden units on the circle (see
//! `crate::activity::Prediction`).

use leptos::prelude::*;
use neuron_core::dataset::Preset;
use neuron_core::verdict;

use super::NetModel;
use super::page::{SETTINGS, TRAINING, UNITS};
use crate::activity::{Outcome, Prediction};
use crate::i18n::fixed;
use crate::widgets::Group;

/// What the run changes: the data, the layers and activations, the unit count, and it trains.
const CHANGES: &[&Group] = &[&SETTINGS, &UNITS, &TRAINING];

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
        let right = verdict::linear_layers(accuracy) as usize;
        Outcome {
            right,
            explanation: crate::t!(
                "predict-linear-explanation",
                accuracy = fixed(accuracy * 100.0, 0),
                points = model.state.with_untracked(|s| s.data().1.len()),
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
            changes=CHANGES
        />
    }
}
