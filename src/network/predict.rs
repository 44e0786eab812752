//! The network's predictions (see `crate::activity::Prediction`): eight linear hidden units on
//! the circle, and the default network on the circle under Dale's law.

use leptos::prelude::*;
use neuron_core::dataset::Preset;
use neuron_core::network_data::NetData;
use neuron_core::network_state::{DALE_RATE, DALE_SHARE, NetworkState};
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
        model.set_data(NetData::Binary(Preset::Circle));
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

/// With Dale's law, will the default network still learn the circle?
#[component]
pub fn PredictDale(model: NetModel) -> impl IntoView {
    let run = Callback::new(move |()| {
        model.playing.set(false);
        model.edit(|s| {
            *s = NetworkState::default();
            s.learning_rate = DALE_RATE;
        });
        // The same network from the same start, trained without the law (off screen) ...
        let free = super::dale::trained_metrics(model.state.get_untracked()).test_accuracy;
        // ... and with it, in the widget.
        model.set_dale(Some(DALE_SHARE));
        model.train_epochs(super::dale::COMPARE_EPOCHS);
        let bound = model.metrics.with_untracked(|m| m.test_accuracy);
        let right = match verdict::dale_cost(free, bound) {
            verdict::DaleCost::AsWell => 0,
            verdict::DaleCost::LessWell => 1,
            verdict::DaleCost::NotAtAll => 2,
        };
        Outcome {
            right,
            explanation: crate::t!(
                "predict-dale-explanation",
                epochs = super::dale::COMPARE_EPOCHS,
                free = fixed(free * 100.0, 0),
                bound = fixed(bound * 100.0, 0),
            ),
        }
    });
    view! {
        <Prediction
            question=crate::t!("predict-dale-question")
            options=[
                crate::t!("predict-dale-as-well"),
                crate::t!("predict-dale-less-well"),
                crate::t!("predict-dale-not-at-all"),
            ]
            run=run
            changes=CHANGES
        />
    }
}
