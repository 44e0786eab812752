//! A single biological neuron that computes XOR: a human layer 2/3 dendrite whose calcium spike
//! (dCaAP) is largest just above its threshold and smaller for stronger input (Gidon et al.
//! 2020), driving an integrate-and-fire soma. The truth table fills in from the simulation;
//! sliders move the threshold, the decay and the input strength; a switch swaps in a classic
//! monotonic dendrite, which can only give AND or OR.

mod challenges;
mod model;
mod page;
mod predict;
mod truth_table;
mod url;

pub use model::DendriteModel;
pub use page::PAGE;
pub use predict::PredictDendrite;
pub use url::read as read_link;

use crate::i18n::fixed;
use leptos::prelude::*;
use neuron_core::bio::dendrite::{A_MAX, DendriteKind, STRENGTH, TAU, THETA, firing_amplitude};
use neuron_core::widget::Widget;

use crate::plot::{CurveMarks, draw_dendrite_curve, draw_dendrite_run};
use crate::theme::Palette;
use crate::widgets::{ParamSlider, PlotCanvas, backend, prefers_dark};
use truth_table::TruthTable;

#[component]
pub fn Dendrite(model: DendriteModel) -> impl IntoView {
    let frame = crate::runtime::visibility::provide_seen(Widget::Dendrite);
    let dark = prefers_dark();
    let kind = move || model.params.with(|p| p.kind);

    let draw_run = move |canvas: &web_sys::HtmlCanvasElement, scale: f64| {
        let palette = Palette::for_scheme(dark.get());
        if let Some(area) = backend(canvas) {
            model.run.with(|run| {
                if let Err(e) = draw_dendrite_run(&area, run, &palette, scale) {
                    leptos::logging::warn!("dendrite traces not drawn: {e}");
                }
            });
        }
    };
    let run_description = Signal::derive(move || {
        model.run.with(|run| {
            let [x1, x2] = run.inputs;
            let spike = run.spike_times.first();
            crate::t!(
                "dendrite-run-description",
                x1 = u8::from(x1),
                x2 = u8::from(x2),
                input = fixed(run.input, 2),
                amplitude = fixed(run.amplitude, 1),
                fires = if spike.is_some() { "yes" } else { "no" },
                time = spike.map(|t| fixed(*t, 1)).unwrap_or_default(),
            )
        })
    });

    let marks = move || {
        model.params.with(|p| {
            let levels = p.input_levels();
            CurveMarks {
                theta: p.theta,
                levels,
                amplitudes: levels.map(|i| p.amplitude(i)),
                firing_amplitude: firing_amplitude(),
            }
        })
    };
    let draw_curve = move |canvas: &web_sys::HtmlCanvasElement, scale: f64| {
        let palette = Palette::for_scheme(dark.get());
        let marks = marks();
        if let Some(area) = backend(canvas) {
            model.curve.with(|curve| {
                if let Err(e) = draw_dendrite_curve(&area, curve, &marks, &palette, scale) {
                    leptos::logging::warn!("dendrite curve not drawn: {e}");
                }
            });
        }
    };
    let curve_description = Signal::derive(move || {
        let m = marks();
        let kind = match kind() {
            DendriteKind::Dcaap => "dcaap",
            DendriteKind::Monotonic => "monotonic",
        };
        crate::t!(
            "dendrite-curve-description",
            kind = kind,
            theta = fixed(m.theta, 2),
            max = fixed(A_MAX, 0),
            one_input = fixed(m.levels[0], 2),
            one_amplitude = fixed(m.amplitudes[0], 1),
            both_input = fixed(m.levels[1], 2),
            both_amplitude = fixed(m.amplitudes[1], 1),
            firing = fixed(m.firing_amplitude, 1),
        )
    });

    view! {
        <section node_ref=frame class="widget dendrite" aria-labelledby="dendrite-title">
            <header class="widget-header">
                <h3 class="widget-title" id="dendrite-title">{crate::t!("dendrite-title")}</h3>
                <p class="lede">{crate::t!("dendrite-lede")}</p>
            </header>
            <div class="biolab-grid">
                <div class="panel dendrite-controls">
                    <TruthTable model=model />
                    <div class="form-grid" data-group=page::KIND.key>
                        <label for="dd-kind">{crate::t!("dendrite-kind-label")}</label>
                        <select
                            id="dd-kind"
                            on:change=move |ev| {
                                if let Some(k) = DendriteKind::from_id(&event_target_value(&ev)) {
                                    model.edit(|p| p.kind = k);
                                }
                            }
                        >
                            {DendriteKind::ALL
                                .into_iter()
                                .map(|k| view! { <option value=k.id() selected=move || kind() == k>{crate::words::dendrite_kind_name(k)}</option> })
                                .collect_view()}
                        </select>
                    </div>
                    <div class="param-stack stacked" data-group=page::SLIDERS.key>
                        <ParamSlider
                            label=crate::t!("dendrite-strength-label")
                            spec=STRENGTH
                            value=Signal::derive(move || model.params.with(|p| p.strength))
                            on_change=move |v| model.edit(|p| p.strength = v)
                        />
                        <ParamSlider
                            label=crate::t!("dendrite-theta-label")
                            spec=THETA
                            value=Signal::derive(move || model.params.with(|p| p.theta))
                            on_change=move |v| model.edit(|p| p.theta = v)
                        />
                        <ParamSlider
                            label=crate::t!("dendrite-tau-label")
                            spec=TAU
                            value=Signal::derive(move || model.params.with(|p| p.tau))
                            on_change=move |v| model.edit(|p| p.tau = v)
                        />
                    </div>
                </div>
                <div class="grid-column">
                    <div class="panel">
                        <h4 class="panel-title">{crate::t!("dendrite-run-title")}</h4>
                        <div class="trace-plot">
                            <PlotCanvas label=crate::t!("dendrite-run-plot-label") description=run_description draw=draw_run />
                        </div>
                    </div>
                    <div class="panel">
                        <h4 class="panel-title">{crate::t!("dendrite-curve-title")}</h4>
                        <div class="dcaap-plot">
                            <PlotCanvas label=crate::t!("dendrite-curve-plot-label") description=curve_description draw=draw_curve />
                        </div>
                    </div>
                </div>
            </div>
            <div class="panel widget-explain">
                <p>{crate::t!("dendrite-model-text")}</p>
                <p>{crate::t!("dendrite-source-text")}</p>
            </div>
            {challenges::dendrite_challenges(model)}
        </section>
    }
}
