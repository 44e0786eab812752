//! Plasticity: the STDP window, a pairing to try, and how it differs from gradient descent.

use crate::i18n::fixed;
use leptos::prelude::*;
use neuron_core::ParamSpec;
use neuron_core::bio::stdp::{StdpParams, gradient_trajectory, pairing_trajectory};

use crate::plot::{draw_stdp_window, draw_weight_trajectories};
use crate::theme::Palette;
use crate::widgets::{ParamSlider, PlotCanvas, backend, prefers_dark};

const DELAY: ParamSpec = ParamSpec {
    min: -80.0,
    max: 80.0,
    step: 1.0,
    default: 10.0,
    decimals: 0,
};

/// Both weights start here.
const START_WEIGHT: f64 = 0.5;
/// The artificial neuron's learning rate in the comparison.
const COMPARE_RATE: f64 = 0.3;
/// Pairings per press, and at most.
const PER_PRESS: usize = 10;
const MAX_PAIRINGS: usize = 200;

/// What the learner set in the pairing experiment (kept by the widget, read by its challenge).
#[derive(Clone, Copy)]
pub struct Pairing {
    /// Δt from the presynaptic to the postsynaptic spike, ms.
    pub delay: RwSignal<f64>,
    /// How many times the pair has been repeated.
    pub pairings: RwSignal<usize>,
}

impl Default for Pairing {
    fn default() -> Self {
        Self::new()
    }
}

impl Pairing {
    pub fn new() -> Self {
        Pairing {
            delay: RwSignal::new(DELAY.default),
            pairings: RwSignal::new(0),
        }
    }

    /// The synapse's weight after the pairings.
    pub fn weight(&self) -> f64 {
        let n = self.pairings.get();
        pairing_trajectory(&StdpParams::default(), self.delay.get(), n, START_WEIGHT)
            .last()
            .copied()
            .unwrap_or(START_WEIGHT)
    }
}

#[component]
pub fn Plasticity(pairing: Pairing) -> impl IntoView {
    let params = StdpParams::default();
    let Pairing { delay, pairings } = pairing;
    let dark = prefers_dark();
    let draw = move |canvas: &web_sys::HtmlCanvasElement, scale: f64| {
        let palette = Palette::for_scheme(dark.get());
        if let Some(area) = backend(canvas)
            && let Err(e) = draw_stdp_window(&area, &params, Some(delay.get()), &palette, scale)
        {
            leptos::logging::warn!("STDP window not drawn: {e}");
        }
    };
    let change = move || params.window(delay.get());
    let verdict = move || {
        let d = delay.get();
        let dw = change();
        if d > 0.0 {
            crate::t!(
                "bio-stdp-potentiation",
                delay = fixed(d, 0),
                change = fixed(dw, 4),
            )
        } else if d < 0.0 {
            crate::t!(
                "bio-stdp-depression",
                delay = fixed(-d, 0),
                change = fixed(-dw, 4),
            )
        } else {
            crate::t!("bio-stdp-simultaneous")
        }
    };
    let stdp_weights =
        Memo::new(move |_| pairing_trajectory(&params, delay.get(), pairings.get(), START_WEIGHT));
    let gd_weights =
        Memo::new(move |_| gradient_trajectory(1.0, COMPARE_RATE, pairings.get(), START_WEIGHT));
    let draw_trajectories = move |canvas: &web_sys::HtmlCanvasElement, scale: f64| {
        let palette = Palette::for_scheme(dark.get());
        if let Some(area) = backend(canvas)
            && let Err(e) = stdp_weights.with(|s| {
                gd_weights.with(|g| draw_weight_trajectories(&area, s, g, &palette, scale))
            })
        {
            leptos::logging::warn!("weights not drawn: {e}");
        }
    };
    let trajectory_text = move || {
        let n = pairings.get();
        let w = stdp_weights.with(|s| s.last().copied().unwrap_or(START_WEIGHT));
        let g = gd_weights.with(|s| s.last().copied().unwrap_or(START_WEIGHT));
        crate::t!(
            "bio-stdp-trajectory",
            n = n,
            delay = fixed(delay.get(), 0),
            weight = fixed(w, 3),
            start = fixed(START_WEIGHT, 1),
            artificial = fixed(g, 3),
        )
    };
    // The verdict for the chosen delay (the ring) is the live line under the slider.
    let description = Signal::derive(move || crate::t!("bio-stdp-description"));

    view! {
        <h4 class="panel-title">{crate::t!("bio-stdp-title")}</h4>
        <div class="stdp-plot">
            <PlotCanvas label=crate::t!("bio-stdp-plot") description=description draw=draw />
        </div>
        <div class="stacked">
            <ParamSlider
                label=crate::t!("bio-stdp-delay-label")
                spec=DELAY
                value=delay
                on_change=move |v| delay.set(v)
            />
        </div>
        <p class="step-result" aria-live="polite">{verdict}</p>
        <div class="transport" role="group" aria-label=crate::t!("bio-stdp-repeat")>
            <button
                type="button"
                class="button secondary small"
                disabled=move || { pairings.get() >= MAX_PAIRINGS }
                on:click=move |_| pairings.update(|n| *n = (*n + PER_PRESS).min(MAX_PAIRINGS))
            >
                {crate::t!("bio-stdp-pair-more", n = PER_PRESS)}
            </button>
            <button type="button" class="button secondary small" on:click=move |_| pairings.set(0)>
                {crate::t!("bio-stdp-start-again")}
            </button>
        </div>
        <div class="strip-plot">
            <PlotCanvas
                label=crate::t!("bio-stdp-weights-plot")
                description=Signal::derive(trajectory_text)
                draw=draw_trajectories
            />
        </div>
    }
}

/// STDP against gradient descent, aspect by aspect.
#[component]
pub fn StdpComparison() -> impl IntoView {
    view! {
        <table class="compare-table">
            <caption>{crate::t!("bio-compare-caption")}</caption>
            <thead>
                <tr>
                    <th scope="col">{crate::t!("bio-compare-aspect")}</th>
                    <th scope="col">{crate::t!("bio-compare-stdp")}</th>
                    <th scope="col">{crate::t!("bio-compare-gradient")}</th>
                </tr>
            </thead>
            <tbody>
                <tr>
                    <th scope="row">{crate::t!("bio-compare-signal")}</th>
                    <td>{crate::t!("bio-compare-signal-stdp")}</td>
                    <td>{crate::t!("bio-compare-signal-gradient")}</td>
                </tr>
                <tr>
                    <th scope="row">{crate::t!("bio-compare-reach")}</th>
                    <td>{crate::t!("bio-compare-reach-stdp")}</td>
                    <td>{crate::t!("bio-compare-reach-gradient")}</td>
                </tr>
                <tr>
                    <th scope="row">{crate::t!("bio-compare-follows")}</th>
                    <td>{crate::t!("bio-compare-follows-stdp")}</td>
                    <td>{crate::t!("bio-compare-follows-gradient")}</td>
                </tr>
                <tr>
                    <th scope="row">{crate::t!("bio-compare-backward")}</th>
                    <td>{crate::t!("bio-compare-backward-stdp")}</td>
                    <td>{crate::t!("bio-compare-backward-gradient")}</td>
                </tr>
            </tbody>
        </table>
    }
}
