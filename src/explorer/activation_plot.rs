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
    let description = Signal::derive(move || model.curve.with(|c| c.description()));
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
            <PlotCanvas label="Activation function plot" description=description draw=draw />
        </div>
    }
}

/// What the activation means for a real neuron, and how to read the plot.
#[component]
pub fn ActivationNotes(model: ExplorerModel) -> impl IntoView {
    let activation = move || model.activation();
    view! {
        <p class="panel-note">
            "Each input is a signal arriving at a dendrite; its weight is the strength of that synapse, and negative weights inhibit. The bias shifts the threshold: how easily the neuron fires with no input at all."
        </p>
        <dl class="formulas">
            <dt>"Function"</dt>
            <dd class="formula">{move || activation().formula()}</dd>
            <dt>"Slope"</dt>
            <dd class="formula">{move || activation().derivative_formula()}</dd>
        </dl>
        <p class="bio-note">
            <strong>"Biology: "</strong>
            {move || activation().biology_note()}
        </p>
        <p class="panel-note">
            "The orange ring is the neuron's operating point (z, f(z)); the orange line is the tangent there, whose slope is what gradient descent follows."
        </p>
    }
}
