//! The network's output over the plane, with the training points (filled), the test points
//! (hollow), and, when the hidden layers are linear, the collapsed network's straight boundary
//! (dashed); and the training curves.

use leptos::prelude::*;
use neuron_core::format::fixed;

use super::NetModel;
use crate::plot::{Curve, draw_curves, draw_network_plane, heatmap_rgba};
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
            "The hidden layers are linear, so the boundary is one straight line."
        } else {
            "The boundary can bend: the hidden units are nonlinear."
        };
        format!(
            "The network's output over the plane. {shape} Training points: {train}, {}% correct; test points: {test}, {}% correct.",
            fixed(m.train_accuracy * 100.0, 0),
            fixed(m.test_accuracy * 100.0, 0)
        )
    });
    let draw_curve = move |canvas: &web_sys::HtmlCanvasElement, scale: f64| {
        let palette = Palette::for_scheme(dark.get());
        let Some(area) = backend(canvas) else {
            return;
        };
        model.history.with(|h| {
            let train: Vec<f64> = h.entries().iter().map(|m| m.train_loss).collect();
            let test: Vec<f64> = h.entries().iter().map(|m| m.test_loss).collect();
            let curves = [
                Curve {
                    label: "training loss",
                    values: &train,
                    color: palette.ink,
                    dashed: false,
                },
                Curve {
                    label: "test loss",
                    values: &test,
                    color: palette.point,
                    dashed: true,
                },
            ];
            if let Err(e) = draw_curves(&area, h.stride(), &curves, &palette, scale) {
                leptos::logging::warn!("network curves not drawn: {e}");
            }
        });
    };
    let curve_description = Signal::derive(move || {
        let m = model.metrics.get();
        format!(
            "Loss and accuracy per epoch over {} epochs: training loss now {}, test loss {}, {}% of test points correct.",
            model.epoch.get(),
            fixed(m.train_loss, 3),
            fixed(m.test_loss, 3),
            fixed(m.test_accuracy * 100.0, 0)
        )
    });

    view! {
        <h4 class="panel-title">"The plane"</h4>
        <div class="plane-wrap">
            <PlotCanvas label="Network output over the plane" description=description draw=draw />
        </div>
        <p class="panel-note">"Filled points train the network; hollow points are held out to test it."</p>
        <PlotCanvas label="Network training curves" description=curve_description draw=draw_curve />
    }
}
