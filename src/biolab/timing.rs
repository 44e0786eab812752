//! Timing matters: two synaptic inputs, each too weak alone, with an adjustable delay between
//! them. Close together they sum to a spike; far apart they do not. The artificial neuron with
//! the same two inputs answers the same at every delay: it has no time.

use leptos::prelude::*;
use neuron_core::Activation;
use neuron_core::bio::compare::{
    COINCIDENCE_MS, DELAY, STRENGTH, coincidence, describe_coincidence,
};
use crate::i18n::{fixed, trimmed};

use crate::plot::draw_voltage_trace;
use crate::theme::Palette;
use crate::widgets::{ParamSlider, PlotCanvas, backend, prefers_dark};

/// The artificial neuron's weights per nA of synaptic strength, and its bias: with the default
/// strength, w = 0.9 each and z = 0.8.
const WEIGHT_PER_NA: f64 = 0.1;
const ARTIFICIAL_BIAS: f64 = -1.0;

/// What the learner set in the coincidence experiment (kept by the widget, read by its
/// challenge and prediction).
#[derive(Clone, Copy)]
pub struct Coincidence {
    /// ms between the two inputs.
    pub delay: RwSignal<f64>,
    /// Each input's strength, nA.
    pub strength: RwSignal<f64>,
}

impl Default for Coincidence {
    fn default() -> Self {
        Self::new()
    }
}

impl Coincidence {
    pub fn new() -> Self {
        Coincidence {
            delay: RwSignal::new(DELAY.default),
            strength: RwSignal::new(STRENGTH.default),
        }
    }
}

#[component]
pub fn Timing(setup: Coincidence) -> impl IntoView {
    let Coincidence { delay, strength } = setup;
    let sweep = Memo::new(move |_| coincidence(delay.get(), strength.get()));
    let dark = prefers_dark();
    let draw = move |canvas: &web_sys::HtmlCanvasElement, scale: f64| {
        let palette = Palette::for_scheme(dark.get());
        if let Some(area) = backend(canvas) {
            sweep.with(|s| {
                if let Err(e) = draw_voltage_trace(&area, s, COINCIDENCE_MS, &palette, scale) {
                    leptos::logging::warn!("timing trace not drawn: {e}");
                }
            });
        }
    };
    let description = Signal::derive(move || sweep.with(|s| describe_coincidence(delay.get(), s)));
    let artificial = move || {
        let w = strength.get() * WEIGHT_PER_NA;
        let z = 2.0 * w + ARTIFICIAL_BIAS;
        let y = Activation::Step.apply(z);
        format!(
            "Artificial step neuron, x₁ = x₂ = 1, w₁ = w₂ = {}, b = {}: z = {} → output {} ({}), at this and every other delay.",
            trimmed(w, 2),
            trimmed(ARTIFICIAL_BIAS, 2),
            fixed(z, 2),
            fixed(y, 0),
            if y > 0.5 { "fires" } else { "silent" }
        )
    };

    view! {
        <h4 class="panel-title">"Timing matters"</h4>
        <p class="panel-note">
            "Two excitatory inputs reach an integrate-and-fire neuron. Each alone is too weak to fire it. Slide them apart in time."
        </p>
        <div class="param-stack stacked">
            <ParamSlider
                label="Delay between the inputs (ms)"
                spec=DELAY
                value=delay
                on_change=move |v| delay.set(v)
            />
            <ParamSlider
                label="Strength of each input (nA)"
                spec=STRENGTH
                value=strength
                on_change=move |v| strength.set(v)
            />
        </div>
        <div class="trace-plot">
            <PlotCanvas label="Two-input timing trace" description=description draw=draw />
        </div>
        <p class="step-result" aria-live="polite">{artificial}</p>
    }
}
