//! The network's output over the plane, with the training points (filled), the test points
//! (hollow), and, when the hidden layers are linear, the collapsed network's straight boundary
//! (dashed).

use leptos::prelude::*;
use neuron_core::format::fixed;

use super::NetModel;
use crate::plot::{draw_network_plane, heatmap_rgba};
use crate::theme::Palette;
use crate::widgets::{PlotCanvas, backend, offscreen, paint_heatmap, prefers_dark};

/// Cells per side of the network's heatmap (TensorFlow Playground's resolution).
const CELLS: usize = 100;

#[component]
pub fn NetworkPlane(model: NetModel) -> impl IntoView {
    let dark = prefers_dark();
    let off = offscreen();
    let draw = move |canvas: &web_sys::HtmlCanvasElement, scale: f64| {
        let palette = Palette::for_scheme(dark.get());
        let Some(area) = backend(canvas) else {
            return;
        };
        let (grid, line) = model.state.with(|s| {
            let last = s.network.layers.len() - 1;
            (s.network.unit_grid(last, 0, CELLS), s.collapsed_boundary())
        });
        let rgba = heatmap_rgba(&grid, &palette);
        let drawn = model.data.with(|(train, test)| {
            draw_network_plane(&area, train, test, line, &palette, scale, |r| {
                paint_heatmap(canvas, off, &rgba, CELLS, r)
            })
        });
        if let Err(e) = drawn {
            leptos::logging::warn!("network plane not drawn: {e}");
        }
    };
    let description = Signal::derive(move || {
        let m = model.metrics.get();
        let (train, test) = model.data.with(|(a, b)| (a.len(), b.len()));
        let shape = if model.state.with(|s| s.collapsed().is_some()) {
            "Linear hidden layers: the boundary is one straight line."
        } else {
            "Nonlinear hidden units: the boundary can bend."
        };
        format!(
            "{shape} Training points: {train}, {}% correct; test points: {test}, {}% correct.",
            fixed(m.train_accuracy * 100.0, 0),
            fixed(m.test_accuracy * 100.0, 0)
        )
    });
    view! {
        <h4 class="sr-only">"The plane"</h4>
        <div class="plane-wrap">
            <PlotCanvas label="Network output over the plane" description=description draw=draw />
        </div>
        <p class="point-legend">
            <span class="marker circle" aria-hidden="true"></span>
            " training (filled) "
            <span class="marker ring" aria-hidden="true"></span>
            " test, held out (hollow)"
        </p>
    }
}
