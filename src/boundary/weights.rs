//! The boundary neuron's weights and bias as sliders, and its equation with live numbers.

use crate::i18n::{factor, fixed};
use leptos::prelude::*;
use neuron_core::ParamSpec;
use neuron_core::boundary::WEIGHT_LIMIT;

use super::BoundaryModel;
use crate::runtime::pace;
use crate::widgets::ParamSlider;

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
        <h4 class="panel-title">{crate::t!("boundary-weights-title")}</h4>
        <p class="formula boundary-equation">{pace::text(Box::new(equation))}</p>
        <p class="panel-note">
            {move || {
                crate::t!(
                    "boundary-class-1-where",
                    half = fixed(0.5, 1),
                    level = fixed(level(), 2),
                )
            }}
        </p>
        <div class="param-stack" data-group=super::page::WEIGHTS.key>
            <ParamSlider
                label=crate::t!("boundary-weight-label")
                sub="1"
                spec=SPEC
                value=Signal::derive(move || model.state.with(|s| s.weight(0)))
                on_change=move |v| model.set_weight(0, v)
            />
            <ParamSlider
                label=crate::t!("boundary-weight-label")
                sub="2"
                spec=SPEC
                value=Signal::derive(move || model.state.with(|s| s.weight(1)))
                on_change=move |v| model.set_weight(1, v)
            />
            <Show when=product>
                <ParamSlider
                    label=crate::t!("boundary-weight-label")
                    sub="3"
                    spec=SPEC
                    value=Signal::derive(move || model.state.with(|s| s.weight(2)))
                    on_change=move |v| model.set_weight(2, v)
                />
            </Show>
            <ParamSlider
                label=crate::t!("boundary-bias-label")
                spec=SPEC
                value=Signal::derive(move || model.state.with(|s| s.bias()))
                on_change=move |v| model.set_bias(v)
            />
        </div>
    }
}
