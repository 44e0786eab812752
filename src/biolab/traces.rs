//! The recording: the membrane potential with rest and threshold, the injected current below,
//! the gates under the hood (Hodgkin-Huxley), and the raster of recent sweeps with the rate.

use crate::i18n::fixed;
use leptos::prelude::*;
use neuron_core::bio::sweep::{Model, SWEEP_MS};

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
        <h4 class="panel-title">{crate::t!("bio-trace-title")}</h4>
        <div class="trace-plot">
            <PlotCanvas
                label=crate::t!("bio-trace-plot")
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
            crate::t!(
                "bio-currents-description",
                inward = fixed(-inward, 0),
                outward = fixed(outward, 0),
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
            crate::t!(
                "bio-gates-description",
                m_peak = fixed(peak_m, 2),
                h_low = fixed(low_h, 2),
                n_peak = fixed(peak_n, 2),
            )
        })
    });
    let raster_description = Signal::derive(move || {
        model.raster.with(|rows| {
            let spikes: usize = rows.iter().map(Vec::len).sum();
            let rate = spikes as f64 * 1000.0 / (rows.len().max(1) as f64 * SWEEP_MS);
            crate::t!(
                "bio-raster-description",
                sweeps = rows.len(),
                spikes = spikes,
                rate = fixed(rate, 0),
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
            " "
            {crate::t!("bio-under-the-hood")}
        </label>
        <Show when=move || is_hh() && model.under_the_hood.get()>
            <div class="gates-plot">
                <PlotCanvas
                    label=crate::t!("bio-gates-plot")
                    description=gates_description
                    draw=draw_gates_plot
                />
            </div>
            <div class="gates-plot">
                <PlotCanvas
                    label=crate::t!("bio-currents-plot")
                    description=currents_description
                    draw=draw_currents_plot
                />
            </div>
        </Show>
        <h4 class="panel-title">{crate::t!("bio-raster")}</h4>
        <div class="raster-plot">
            <PlotCanvas label=crate::t!("bio-raster") description=raster_description draw=draw_raster_plot />
        </div>
    }
}
