//! The activation curve with the live operating point, its formula, and what it means for a
//! biological neuron.

use leptos::prelude::*;

use super::ExplorerModel;
use crate::plot::draw_activation_curve;
use crate::theme::Palette;
use crate::widgets::{PlotCanvas, backend, prefers_dark};

#[component]
pub fn ActivationPlot(model: ExplorerModel) -> impl IntoView {
    let dark = prefers_dark();
    let description = Signal::derive(move || model.curve.with(crate::words::curve_description));
    let draw = move |canvas: &web_sys::HtmlCanvasElement, scale: f64| {
        let palette = Palette::for_scheme(dark.get());
        let Some(area) = backend(canvas) else {
            return;
        };
        model.curve.with(|curve| {
            if let Err(e) = draw_activation_curve(&area, curve, &palette, scale) {
                leptos::logging::warn!("activation plot not drawn: {e}");
            }
        });
    };
    view! {
        <div class="activation-plot">
            <PlotCanvas
                label=crate::t!("explorer-plot-label")
                description=description
                draw=draw
            />
        </div>
    }
}

/// What the activation means for a real neuron, and how to read the plot.
#[component]
pub fn ActivationNotes(model: ExplorerModel) -> impl IntoView {
    let activation = move || model.activation();
    view! {
        <p class="panel-note">{crate::t!("explorer-notes-inputs")}</p>
        <dl class="formulas">
            <dt>{crate::t!("explorer-function")}</dt>
            <dd class="formula">{move || crate::words::formula(activation().formula())}</dd>
            <dt>{crate::t!("explorer-slope")}</dt>
            <dd class="formula">{move || crate::words::formula(activation().derivative_formula())}</dd>
        </dl>
        <p class="bio-note">
            {move || crate::rich!("explorer-biology", note = crate::words::activation_biology_note(activation()))}
        </p>
        <p class="panel-note">{crate::t!("explorer-notes-plot")}</p>
    }
}
