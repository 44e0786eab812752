//! The boundary neuron's weights and bias as sliders, and its equation with live numbers.

use leptos::prelude::*;
use neuron_core::ParamSpec;
use neuron_core::boundary::WEIGHT_LIMIT;
use crate::i18n::{factor, fixed};

use super::BoundaryModel;
use crate::widgets::{ParamSlider, pace};

/// The sliders' range; training may take the weights further, and the fields show it.
const SPEC: ParamSpec = ParamSpec {
    min: -WEIGHT_LIMIT,
    max: WEIGHT_LIMIT,
    step: 0.05,
    default: 0.0,
    decimals: 2,
};

#[component]
pub fn WeightControls(model: BoundaryModel) -> impl IntoView {
    let product = move || model.state.with(|s| s.product());
    let equation = move || {
        model.state.with(|s| {
            let mut text = format!(
                "z = {}·x₁ + {}·x₂",
                factor(s.weight(0), 2),
                factor(s.weight(1), 2)
            );
            if s.product() {
                text.push_str(&format!(" + {}·x₁x₂", factor(s.weight(2), 2)));
            }
            text.push_str(&format!(" + {}", factor(s.bias(), 2)));
            text
        })
    };
    let level = move || model.state.with(|s| s.level());
    view! {
        <h4 class="panel-title">"Weights and bias"</h4>
        <p class="formula boundary-equation">{pace::text(Box::new(equation))}</p>
        <p class="panel-note">
            {move || {
                format!(
                    "Class 1 where f(z) ≥ 0.5, so z ≥ {}; the arrow (w₁, w₂) points towards it.",
                    fixed(level(), 2),
                )
            }}
        </p>
        <div class="param-stack">
            <ParamSlider
                label="Weight w"
                sub="1"
                spec=SPEC
                value=Signal::derive(move || model.state.with(|s| s.weight(0)))
                on_change=move |v| model.set_weight(0, v)
            />
            <ParamSlider
                label="Weight w"
                sub="2"
                spec=SPEC
                value=Signal::derive(move || model.state.with(|s| s.weight(1)))
                on_change=move |v| model.set_weight(1, v)
            />
            <Show when=product>
                <ParamSlider
                    label="Weight w"
                    sub="3"
                    spec=SPEC
                    value=Signal::derive(move || model.state.with(|s| s.weight(2)))
                    on_change=move |v| model.set_weight(2, v)
                />
            </Show>
            <ParamSlider
                label="Bias b"
                spec=SPEC
                value=Signal::derive(move || model.state.with(|s| s.bias()))
                on_change=move |v| model.set_bias(v)
            />
        </div>
    }
}
