//! The recording: the membrane potential with rest and threshold, the injected current below,
//! the gates under the hood (Hodgkin-Huxley), and the raster of recent sweeps with the rate.

use leptos::prelude::*;
use neuron_core::bio::sweep::{Model, SWEEP_MS};
use crate::i18n::fixed;

use super::BioModel;
use crate::plot::{draw_gates, draw_ionic_currents, draw_raster, draw_voltage_trace};
use crate::theme::Palette;
use crate::widgets::{PlotCanvas, backend, prefers_dark};

/// The membrane potential, with rest, threshold and the injected current.
#[component]
pub fn Traces(model: BioModel) -> impl IntoView {
    let dark = prefers_dark();
    let draw_trace = move |canvas: &web_sys::HtmlCanvasElement, scale: f64| {
        let palette = Palette::for_scheme(dark.get());
        let until = model.playhead.get();
        if let Some(area) = backend(canvas) {
            model.sweep.with(|s| {
                if let Err(e) = draw_voltage_trace(&area, s, until, &palette, scale) {
                    leptos::logging::warn!("trace not drawn: {e}");
                }
            });
        }
    };
    view! {
        <h4 class="panel-title">"Membrane potential"</h4>
        <div class="trace-plot">
            <PlotCanvas
                label="Membrane potential trace"
                description=Signal::derive(move || model.description.get())
                draw=draw_trace
            />
        </div>
    }
}

/// Under the hood (the gates and ionic currents of the Hodgkin-Huxley model) and the raster of
/// recent sweeps: for the learner who wants more than the voltage.
#[component]
pub fn UnderTheHood(model: BioModel) -> impl IntoView {
    let dark = prefers_dark();
    let draw_gates_plot = move |canvas: &web_sys::HtmlCanvasElement, scale: f64| {
        let palette = Palette::for_scheme(dark.get());
        let until = model.playhead.get();
        if let Some(area) = backend(canvas) {
            model.sweep.with(|s| {
                if let Err(e) = draw_gates(&area, s, until, &palette, scale) {
                    leptos::logging::warn!("gates not drawn: {e}");
                }
            });
        }
    };
    let draw_currents_plot = move |canvas: &web_sys::HtmlCanvasElement, scale: f64| {
        let palette = Palette::for_scheme(dark.get());
        let until = model.playhead.get();
        if let Some(area) = backend(canvas) {
            model.sweep.with(|s| {
                if let Err(e) = draw_ionic_currents(&area, s, until, &palette, scale) {
                    leptos::logging::warn!("currents not drawn: {e}");
                }
            });
        }
    };
    let currents_description = Signal::derive(move || {
        model.sweep.with(|s| {
            let inward = s.ionic.iter().map(|c| c[0]).fold(0.0, f64::min);
            let outward = s.ionic.iter().map(|c| c[1]).fold(0.0, f64::max);
            format!(
                "Ionic currents over the sweep: the sodium current reaches {} µA/cm² inward, the potassium current {} µA/cm² outward.",
                fixed(-inward, 0),
                fixed(outward, 0)
            )
        })
    });
    let draw_raster_plot = move |canvas: &web_sys::HtmlCanvasElement, scale: f64| {
        let palette = Palette::for_scheme(dark.get());
        if let Some(area) = backend(canvas) {
            model.raster.with(|rows| {
                if let Err(e) = draw_raster(&area, rows, &palette, scale) {
                    leptos::logging::warn!("raster not drawn: {e}");
                }
            });
        }
    };
    let is_hh = move || model.protocol.with(|p| p.model == Model::Hh);
    let gates_description = Signal::derive(move || {
        model.sweep.with(|s| {
            let peak_m = s.gates.iter().map(|g| g[0]).fold(0.0, f64::max);
            let low_h = s.gates.iter().map(|g| g[1]).fold(1.0, f64::min);
            let peak_n = s.gates.iter().map(|g| g[2]).fold(0.0, f64::max);
            format!(
                "Gates over the sweep: sodium activation m peaks at {}, sodium inactivation h falls to {}, potassium activation n peaks at {}.",
                fixed(peak_m, 2),
                fixed(low_h, 2),
                fixed(peak_n, 2)
            )
        })
    });
    let raster_description = Signal::derive(move || {
        model.raster.with(|rows| {
            let spikes: usize = rows.iter().map(Vec::len).sum();
            let rate = spikes as f64 * 1000.0 / (rows.len().max(1) as f64 * SWEEP_MS);
            format!(
                "Raster of the last {} sweep{}: {} spike{} in all, a mean rate of {} Hz.",
                rows.len(),
                if rows.len() == 1 { "" } else { "s" },
                spikes,
                if spikes == 1 { "" } else { "s" },
                fixed(rate, 0)
            )
        })
    });

    view! {
        <label class="check">
            <input
                type="checkbox"
                disabled=move || !is_hh()
                prop:checked=move || model.under_the_hood.get()
                on:change=move |ev| model.under_the_hood.set(event_target_checked(&ev))
            />
            " Under the hood: show the ion-channel gates (Hodgkin-Huxley)"
        </label>
        <Show when=move || is_hh() && model.under_the_hood.get()>
            <div class="gates-plot">
                <PlotCanvas label="Ion-channel gates" description=gates_description draw=draw_gates_plot />
            </div>
            <div class="gates-plot">
                <PlotCanvas label="Ionic currents" description=currents_description draw=draw_currents_plot />
            </div>
        </Show>
        <h4 class="panel-title">"Spike raster"</h4>
        <div class="raster-plot">
            <PlotCanvas label="Spike raster" description=raster_description draw=draw_raster_plot />
        </div>
    }
}
