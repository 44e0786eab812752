//! Learning without backpropagation: the choice of learning rule, and, under feedback alignment,
//! the angle between the update it makes to the hidden weights and the true gradient, over
//! training (Lillicrap et al. 2016: it starts near 90° and falls as the forward weights come to
//! align with the fixed random feedback).

use crate::i18n::fixed;
use leptos::prelude::*;
use neuron_core::network::LearningRule;

use super::NetModel;
use crate::plot::draw_angle;
use crate::runtime::pace;
use crate::theme::Palette;
use crate::widgets::{PacedPlot, backend, prefers_dark};

/// What a rule does, and that changing it starts again, in words.
fn rule_note(rule: LearningRule) -> String {
    let rule = match rule {
        LearningRule::Backprop => "backprop",
        LearningRule::FeedbackAlignment => "feedback-alignment",
        LearningRule::DirectFeedbackAlignment => "direct-feedback-alignment",
    };
    crate::t!("layers-rule-note", rule = rule)
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
        (Some((_, a0)), Some((e, a))) => crate::t!(
            "layers-angle-description",
            start = fixed(a0, 0),
            now = fixed(a, 0),
            epoch = e,
        ),
        _ => crate::t!("layers-angle-none"),
    });
    let readout = pace::text(Box::new(move || {
        latest().map_or_else(|| "—".to_string(), |(_, a)| format!("{}°", fixed(a, 0)))
    }));

    view! {
        <div class="form-grid" data-group=super::page::SETTINGS.key>
            <label for="nn-rule">{crate::t!("layers-rule-label")}</label>
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
                    .map(|r| view! { <option value=r.id() selected=move || rule() == r>{crate::words::learning_rule_name(r)}</option> })
                    .collect_view()}
            </select>
        </div>
        <p class="panel-note">{move || rule_note(rule())}</p>
        <Show when=move || rule().uses_feedback()>
            <dl class="readouts">
                <div>
                    <dt>{crate::t!("layers-angle-readout")}</dt>
                    <dd><output aria-live="off" aria-label=crate::t!("layers-angle-output-label")>{readout}</output></dd>
                </div>
            </dl>
            <div class="strip-plot">
                <PacedPlot label=crate::t!("layers-angle-plot-label") description=description draw=draw />
            </div>
            <p class="panel-note">{crate::t!("layers-feedback-note")}</p>
        </Show>
    }
}
