//! The dendrite's prediction: one active input or two (see `crate::activity::Prediction`).

use leptos::prelude::*;
use neuron_core::bio::dendrite::{DendriteParams, PATTERNS, simulate};
use neuron_core::verdict;

use super::DendriteModel;
use super::page::{KIND, SLIDERS};
use crate::activity::{Outcome, Prediction};
use crate::i18n::fixed;
use crate::widgets::Group;

/// What the run changes: every parameter, back to the default dendrite.
const CHANGES: &[&Group] = &[&KIND, &SLIDERS];

/// Two active inputs into the dendrite: a bigger dendritic spike?
#[component]
pub fn PredictDendrite(model: DendriteModel) -> impl IntoView {
    let run = Callback::new(move |()| {
        let params = DendriteParams::default();
        let one = simulate(&params, PATTERNS[1]);
        let both = simulate(&params, PATTERNS[3]);
        model.params.set(params);
        model.pattern.set(3);
        let right = verdict::dendrite(one.amplitude, both.amplitude) as usize;
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
            changes=CHANGES
        />
    }
}
