//! A single biological neuron that computes XOR: a human layer 2/3 dendrite whose calcium spike
//! (dCaAP) is largest just above its threshold and smaller for stronger input (Gidon et al.
//! 2020), driving an integrate-and-fire soma. The truth table fills in from the simulation;
//! sliders move the threshold, the decay and the input strength; a switch swaps in a classic
//! monotonic dendrite, which can only give AND or OR.

mod challenges;
mod model;
mod truth_table;

pub use model::{DendriteModel, default_pattern, pattern_from_pairs};

use leptos::prelude::*;
use neuron_core::bio::dendrite::{A_MAX, DendriteKind, STRENGTH, TAU, THETA, firing_amplitude};
use crate::i18n::fixed;

use crate::plot::{CurveMarks, draw_dendrite_curve, draw_dendrite_run};
use crate::theme::Palette;
use crate::widgets::{ParamSlider, PlotCanvas, backend, prefers_dark};
use truth_table::TruthTable;

#[component]
pub fn Dendrite(model: DendriteModel) -> impl IntoView {
    let frame = crate::widgets::visibility::provide_seen("dendrite");
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
            let outcome = match run.spike_times.first() {
                Some(t) => format!("the soma fires at {} ms", fixed(*t, 1)),
                None => "the soma stays below its threshold and does not fire".to_string(),
            };
            format!(
                "Inputs x₁ = {}, x₂ = {}: the dendrite receives {} nA and its calcium spike peaks {} mV above rest; {outcome}.",
                u8::from(x1),
                u8::from(x2),
                fixed(run.input, 2),
                fixed(run.amplitude, 1),
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
        let shape = match kind() {
            DendriteKind::Dcaap => format!(
                "The dCaAP is zero below the threshold θ = {} nA, jumps to its largest, {} mV, at θ, and then shrinks as the input grows: unlike sigmoid and ReLU, which only rise, this activation falls again.",
                fixed(m.theta, 2),
                fixed(A_MAX, 0),
            ),
            DendriteKind::Monotonic => format!(
                "The monotonic dendrite rises steeply around θ = {} nA and stays at its largest, {} mV, for every stronger input, like a sigmoid.",
                fixed(m.theta, 2),
                fixed(A_MAX, 0),
            ),
        };
        format!(
            "{shape} One input ({} nA) gives {} mV and both ({} nA) give {} mV; the soma fires above {} mV.",
            fixed(m.levels[0], 2),
            fixed(m.amplitudes[0], 1),
            fixed(m.levels[1], 2),
            fixed(m.amplitudes[1], 1),
            fixed(m.firing_amplitude, 1),
        )
    });

    view! {
        <section node_ref=frame class="widget dendrite" aria-labelledby="dendrite-title">
            <header class="widget-header">
                <h3 class="widget-title" id="dendrite-title">"One neuron that computes XOR"</h3>
                <p class="lede">
                    "A human cortical dendrite whose calcium spike weakens as its input grows: two inputs that each fire the neuron alone cancel out together."
                </p>
            </header>
            <div class="biolab-grid">
                <div class="panel dendrite-controls">
                    <TruthTable model=model />
                    <div class="form-grid">
                        <label for="dd-kind">"Dendrite"</label>
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
                                .map(|k| view! { <option value=k.id() selected=move || kind() == k>{k.name()}</option> })
                                .collect_view()}
                        </select>
                    </div>
                    <div class="param-stack stacked">
                        <ParamSlider
                            label="Strength s (nA)"
                            spec=STRENGTH
                            value=Signal::derive(move || model.params.with(|p| p.strength))
                            on_change=move |v| model.edit(|p| p.strength = v)
                        />
                        <ParamSlider
                            label="Threshold θ (nA)"
                            spec=THETA
                            value=Signal::derive(move || model.params.with(|p| p.theta))
                            on_change=move |v| model.edit(|p| p.theta = v)
                        />
                        <ParamSlider
                            label="Decay τ (nA)"
                            spec=TAU
                            value=Signal::derive(move || model.params.with(|p| p.tau))
                            on_change=move |v| model.edit(|p| p.tau = v)
                        />
                    </div>
                </div>
                <div class="grid-column">
                    <div class="panel">
                        <h4 class="panel-title">"Dendrite and soma"</h4>
                        <div class="trace-plot">
                            <PlotCanvas label="Dendrite and soma traces" description=run_description draw=draw_run />
                        </div>
                    </div>
                    <div class="panel">
                        <h4 class="panel-title">"The dendrite's activation function"</h4>
                        <div class="dcaap-plot">
                            <PlotCanvas label="dCaAP amplitude against input" description=curve_description draw=draw_curve />
                        </div>
                    </div>
                </div>
            </div>
            <div class="panel widget-explain">
                <p>
                    "The model: no calcium spike below the dendritic threshold θ; at or above it a spike of amplitude A(I) = A_max · e^(−(I − θ)/τ), with a fixed time course of a few tens of milliseconds, which drives an integrate-and-fire soma through a coupling current. Each active input brings the same current s, so the dendrite receives 0, s or 2s. Raise τ, or weaken the inputs until both together still sit near the threshold, and XOR turns into OR; weaken them below θ and it becomes AND. Switch to the monotonic dendrite: whatever you set, only AND or OR appear."
                </p>
                <p>
                    "The source: Gidon et al. 2020 (Science 367:83) recorded these graded calcium spikes (dCaAPs) in slices of human cortex, layers 2 and 3, and showed in a model built on the measured curve that one such neuron can compute XOR. That XOR was shown in the model, not recorded as XOR in a living brain. Earlier, Poirazi, Brannon & Mel (2003, Neuron 37:989) had found that a pyramidal neuron's dendrites act like a two-layer network of their own. The parameters here are illustrative, chosen to show the effect, not fitted to a particular cell."
                </p>
            </div>
            {challenges::dendrite_challenges(model)}
        </section>
    }
}
