//! Learning without backpropagation: the choice of learning rule, and, under feedback alignment,
//! the angle between the update it makes to the hidden weights and the true gradient, over
//! training (Lillicrap et al. 2016: it starts near 90° and falls as the forward weights come to
//! align with the fixed random feedback).

use leptos::prelude::*;
use crate::i18n::fixed;
use neuron_core::network::LearningRule;

use super::NetModel;
use crate::plot::draw_angle;
use crate::theme::Palette;
use crate::widgets::{PacedPlot, backend, pace, prefers_dark};

/// What a rule does, in a sentence.
fn rule_sentence(rule: LearningRule) -> &'static str {
    match rule {
        LearningRule::Backprop => {
            "The error travels back through the transposed forward weights: every update follows the true gradient exactly (angle 0°)."
        }
        LearningRule::FeedbackAlignment => {
            "The error travels back through a fixed random matrix B instead of the forward weights, so no copy of the weights is needed (Lillicrap et al. 2016)."
        }
        LearningRule::DirectFeedbackAlignment => {
            "The output error goes straight to each hidden layer through its own fixed random matrix (Nøkland 2016); with one hidden layer this is feedback alignment."
        }
    }
}

#[component]
pub fn RulePanel(model: NetModel) -> impl IntoView {
    let rule = move || model.state.with(|s| s.rule);
    let dark = prefers_dark();
    let draw = move |canvas: &web_sys::HtmlCanvasElement, scale: f64| {
        let palette = Palette::for_scheme(dark.get());
        if let Some(area) = backend(canvas) {
            model.angles.with(|a| {
                if let Err(e) = draw_angle(&area, a.entries(), &palette, scale) {
                    leptos::logging::warn!("angle not drawn: {e}");
                }
            });
        }
    };
    let latest = move || model.angles.with(|a| a.latest().copied());
    let first = move || model.angles.with(|a| a.entries().first().copied());
    let description = Signal::derive(move || match (first(), latest()) {
        (Some((_, a0)), Some((e, a))) => format!(
            "The angle between this rule's update to the hidden weights and the true gradient: {}° at the start, {}° at epoch {e}. Below 90° the update still goes downhill.",
            fixed(a0, 0),
            fixed(a, 0),
        ),
        _ => "No angle yet.".to_string(),
    });
    let readout = pace::text(Box::new(move || {
        latest().map_or_else(|| "—".to_string(), |(_, a)| format!("{}°", fixed(a, 0)))
    }));

    view! {
        <div class="form-grid">
            <label for="nn-rule">"Learning rule"</label>
            <select
                id="nn-rule"
                on:change=move |ev| {
                    if let Some(r) = LearningRule::from_id(&event_target_value(&ev)) {
                        model.set_rule(r);
                    }
                }
            >
                {LearningRule::ALL
                    .into_iter()
                    .map(|r| view! { <option value=r.id() selected=move || rule() == r>{r.name()}</option> })
                    .collect_view()}
            </select>
        </div>
        <p class="panel-note">
            {move || rule_sentence(rule())}
            " Changing the rule starts again from the same initial weights, so runs compare fairly."
        </p>
        <Show when=move || rule().uses_feedback()>
            <dl class="readouts">
                <div>
                    <dt>"Angle to the gradient"</dt>
                    <dd><output aria-live="off" aria-label="Angle to the true gradient">{readout}</output></dd>
                </div>
            </dl>
            <div class="strip-plot">
                <PacedPlot label="Angle between the update and the true gradient" description=description draw=draw />
            </div>
            <p class="panel-note">
                "The random feedback path needs no copy of the forward weights, but it is still a separate backward path carrying a precise error: more plausible than backpropagation, not biological."
            </p>
        </Show>
    }
}
