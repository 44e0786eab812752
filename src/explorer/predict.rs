//! The explorer's prediction: doubling every weight and the bias (see `crate::activity::Prediction`).

use leptos::prelude::*;
use neuron_core::Activation;
use neuron_core::explorer::ExplorerState;
use neuron_core::verdict;

use super::ExplorerModel;
use super::page::{INPUTS, TOOLBAR};
use crate::activity::{Outcome, Prediction};
use crate::i18n::fixed;
use crate::widgets::Group;

/// What the run changes: the inputs, weights and bias, and the activation.
const CHANGES: &[&Group] = &[&INPUTS, &TOOLBAR];

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
        let right = verdict::doubling(y1, y2) as usize;
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
            changes=CHANGES
        />
    }
}
