//! The network's output over the plane, with the training points (filled), the test points
//! (hollow), and, when the hidden layers are linear, the collapsed network's straight boundary
//! (dashed).

use crate::i18n::fixed;
use leptos::prelude::*;

use super::NetModel;
use crate::plot::{Moving, draw_network_plane, draw_plane_frame, heatmap_rgba};
use crate::theme::Palette;
use crate::widgets::{
    LayeredPlot, backend, clear_rect, offscreen, paint_heatmap, plane_layers, prefers_dark,
};

/// Cells per side of the network's heatmap at rest (TensorFlow Playground's resolution).
const CELLS: usize = 100;
/// Cells per side while anything animates: four times fewer to compute each frame, and scaled
/// smoothly by the compositor; the full resolution returns the moment training pauses.
const MOVING_CELLS: usize = 50;

/// The cells a side the description's summary of the plane reads (the drawing uses more).
const DESCRIBED_CELLS: usize = 24;

#[component]
pub fn NetworkPlane(model: NetModel) -> impl IntoView {
    let dark = prefers_dark();
    let off = offscreen();
    // The collapsed network's straight boundary, when the hidden layers are linear: a memo, so
    // that the frames of a nonlinear network's training (always `None`) change nothing.
    let line = Memo::new(move |_| model.state.with(|s| s.collapsed_boundary()));
    // The network's output under the plane, at every weight change; the collapsed boundary over it.
    let live = plane_layers(
        Box::new(move |cells| {
            model.state.with(|s| {
                let last = s.network.layers.len() - 1;
                s.network.unit_grid(last, 0, cells)
            })
        }),
        (MOVING_CELLS, CELLS),
        Box::new(move || Moving {
            line: line.get().map(|l| (l, true)),
            ..Moving::default()
        }),
    );
    let canvas_ref = live.canvas;

    // The still part: axes and points, redrawn when the data, the theme or the size change.
    let draw = move |canvas: &web_sys::HtmlCanvasElement, scale: f64| {
        let palette = Palette::for_scheme(dark.get());
        let Some(area) = backend(canvas) else {
            return;
        };
        let drawn = model.data.with(|(train, test)| {
            draw_plane_frame(
                &area,
                &[(train, false), (test, true)],
                &palette,
                scale,
                |r| clear_rect(canvas, r),
            )
        });
        match drawn {
            Ok(r) => live.place(r, scale),
            Err(e) => leptos::logging::warn!("network plane not drawn: {e}"),
        }
    };
    // "Save PNG": the whole picture on one canvas.
    let export = move |canvas: &web_sys::HtmlCanvasElement, scale: f64| {
        let palette = Palette::for_scheme(dark.get_untracked());
        let Some(area) = backend(canvas) else {
            return;
        };
        let (grid, line) = model.state.with_untracked(|s| {
            let last = s.network.layers.len() - 1;
            (s.network.unit_grid(last, 0, CELLS), s.collapsed_boundary())
        });
        let rgba = heatmap_rgba(&grid, &palette);
        let _ = model.data.with_untracked(|(train, test)| {
            draw_network_plane(&area, train, test, line, &palette, scale, |r| {
                paint_heatmap(canvas, off, &rgba, CELLS, r)
            })
        });
    };
    let layers = live.layers(Box::new(export));
    let description = Signal::derive(move || {
        let m = model.metrics.get();
        let (train, test) = model.data.with(|(a, b)| (a.len(), b.len()));
        let linear = model.state.with(|s| s.collapsed().is_some());
        // The shape it learned, as the eye sees it: which regions of the plane it calls class 1.
        let regions = model.state.with(|s| {
            let last = s.network.layers.len() - 1;
            let grid = s.network.unit_grid(last, 0, DESCRIBED_CELLS);
            neuron_core::regions::plane_regions(&grid, DESCRIBED_CELLS, 0.5)
        });
        crate::t!(
            "layers-plane-description",
            linear = if linear { "yes" } else { "no" },
            shape = crate::words::network_plane_regions(&regions),
            train = train,
            train_correct = fixed(m.train_accuracy * 100.0, 0),
            test = test,
            test_correct = fixed(m.test_accuracy * 100.0, 0),
        )
    });
    view! {
        <h4 class="sr-only">{crate::t!("layers-plane-heading")}</h4>
        <div class="plane-wrap">
            <LayeredPlot
                label=crate::t!("layers-plane-label")
                description=description
                draw=draw
                layers=layers
                node_ref=canvas_ref
            />
        </div>
        <p class="point-legend">
            <span class="marker circle" aria-hidden="true"></span>
            " "{crate::t!("layers-legend-training")}" "
            <span class="marker ring" aria-hidden="true"></span>
            " "{crate::t!("layers-legend-test")}
        </p>
    }
}
