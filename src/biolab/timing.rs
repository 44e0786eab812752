//! Timing matters: two synaptic inputs, each too weak alone, with an adjustable delay between
//! them. Close together they sum to a spike; far apart they do not. The artificial neuron with
//! the same two inputs answers the same at every delay: it has no time.

use crate::i18n::{fixed, trimmed};
use leptos::prelude::*;
use neuron_core::Activation;
use neuron_core::bio::compare::{COINCIDENCE_MS, DELAY, STRENGTH, coincidence};

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
    let description = Signal::derive(move || {
        sweep.with(|s| crate::words::coincidence_description(delay.get(), s))
    });
    let artificial = move || {
        let w = strength.get() * WEIGHT_PER_NA;
        let z = 2.0 * w + ARTIFICIAL_BIAS;
        let y = Activation::Step.apply(z);
        crate::t!(
            "bio-coincidence-artificial",
            w = trimmed(w, 2),
            b = trimmed(ARTIFICIAL_BIAS, 2),
            z = fixed(z, 2),
            y = fixed(y, 0),
            state = if y > 0.5 { "fires" } else { "silent" },
        )
    };

    view! {
        <h4 class="panel-title">{crate::t!("bio-coincidence-title")}</h4>
        <p class="panel-note">{crate::t!("bio-coincidence-note")}</p>
        <div class="param-stack stacked">
            <ParamSlider
                label=crate::t!("bio-coincidence-delay-label")
                spec=DELAY
                value=delay
                on_change=move |v| delay.set(v)
            />
            <ParamSlider
                label=crate::t!("bio-coincidence-strength-label")
                spec=STRENGTH
                value=strength
                on_change=move |v| strength.set(v)
            />
        </div>
        <div class="trace-plot">
            <PlotCanvas label=crate::t!("bio-coincidence-plot") description=description draw=draw />
        </div>
        <p class="step-result">{artificial}</p>
        // The outcome of each change, said once: the biological neuron's answer at this delay,
        // then the artificial neuron's, which no delay changes.
        <crate::widgets::Announcer outcome=Signal::derive(move || {
            format!("{} {}", description.get(), artificial())
        }) />
    }
}
