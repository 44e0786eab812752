//! The plane: the output heatmap painted from one `ImageData`, the boundary, the weight arrow
//! and the points. Pointer: drag the line to move it, drag the arrow's head to turn and scale
//! the weights, click empty space to add a point of the selected class, click a point to
//! remove it. The keyboard equivalents are the sliders and the data panel's point form.

use leptos::prelude::*;
use neuron_core::boundary::{BoundaryState, GRID_CELLS};
use neuron_core::dataset::{PLANE_MAX, PLANE_MIN};
use web_sys::{HtmlCanvasElement, PointerEvent};

use super::BoundaryModel;
use crate::plot::{Moving, Overlay, draw_plane, draw_plane_frame, heatmap_rgba, point_markers};
use crate::theme::Palette;
use crate::widgets::{
    LayeredPlot, backend, clear_rect, offscreen, paint_heatmap, plane_layers, prefers_dark,
};

/// What a pointer drag is moving.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Drag {
    Line,
    /// The arrow's head, turning about its anchor.
    Arrow((f64, f64)),
}

/// Pointer tolerances, in CSS pixels.
const GRAB_ARROW: f64 = 14.0;
const GRAB_LINE: f64 = 9.0;
const GRAB_POINT: f64 = 9.0;

#[component]
pub fn PlaneCanvas(model: BoundaryModel) -> impl IntoView {
    let dark = prefers_dark();
    let offscreen = offscreen();
    let drag = StoredValue::new(None::<Drag>);
    // A locked group holds here too: no points added or removed with the data locked, no line
    // or arrow dragged with the weights locked.
    let data_locked = crate::widgets::locked(&super::page::DATA);
    let weights_locked = crate::widgets::locked(&super::page::WEIGHTS);

    // The example being stepped through and the gradient's pull on the weights, if any.
    let step_overlay = move || {
        model
            .last_step
            .with(|s| {
                s.as_ref().map(|(p, step)| Overlay {
                    example: Some(*p),
                    weight_change: model.state.with(|st| {
                        let lr = st.learning_rate();
                        Some((
                            -lr * step.weight_gradients[0],
                            -lr * step.weight_gradients[1],
                        ))
                    }),
                })
            })
            .unwrap_or_default()
    };
    // The heatmap under the plane (half the resolution while training runs, a quarter of the
    // work), and the boundary, the arrow and a stepped example over it.
    let live = plane_layers(
        Box::new(move |cells, palette| {
            heatmap_rgba(&model.state.with(|s| s.output_grid(cells)), palette)
        }),
        Box::new(|animating| {
            if animating {
                GRID_CELLS / 2
            } else {
                GRID_CELLS
            }
        }),
        Box::new(move || {
            model.state.with(|s| Moving {
                line: s.boundary_segment().map(|l| (l, false)),
                arrow: s.arrow(),
                step: step_overlay(),
            })
        }),
    );
    let (rect, canvas_ref) = (live.rect, live.canvas);

    // The still part, redrawn only when the points, the theme or the size change: the axes and
    // the points, with the plotting area left clear for the heatmap underneath.
    let draw = move |canvas: &HtmlCanvasElement, scale: f64| {
        let palette = Palette::for_scheme(dark.get());
        let Some(area) = backend(canvas) else {
            return;
        };
        let drawn = model.points.with(|points| {
            draw_plane_frame(
                &area,
                &point_markers(points, false, &palette),
                &palette,
                scale,
                |r| clear_rect(canvas, r),
            )
        });
        match drawn {
            Ok(r) => {
                // Where the plane is, in canvas pixels: for tests that read the pixels.
                let ((x0, x1), (y0, y1)) = r;
                let _ = canvas.set_attribute("data-plot-rect", &format!("{x0},{x1},{y0},{y1}"));
                live.place(r, scale);
            }
            Err(e) => leptos::logging::warn!("plane not drawn: {e}"),
        }
    };
    // "Save PNG": the whole picture on one canvas.
    let export = move |canvas: &HtmlCanvasElement, scale: f64| {
        let palette = Palette::for_scheme(dark.get_untracked());
        let Some(area) = backend(canvas) else {
            return;
        };
        let grid = model.state.with_untracked(|s| s.output_grid(GRID_CELLS));
        let rgba = heatmap_rgba(&grid, &palette);
        let overlay = step_overlay();
        let _ = model.points.with_untracked(|points| {
            model.state.with_untracked(|state| {
                draw_plane(&area, state, points, &overlay, &palette, scale, |r| {
                    paint_heatmap(canvas, offscreen, &rgba, GRID_CELLS, r);
                })
            })
        });
    };
    let layers = live.layers(Box::new(export));

    // Pointer position → plane coordinates, with the plot's pixels per plane unit.
    let to_plane = move |ev: &PointerEvent| -> Option<((f64, f64), f64)> {
        let (((x0, x1), (y0, y1)), scale) = rect.get_untracked()?;
        let px = f64::from(ev.offset_x()) * scale;
        let py = f64::from(ev.offset_y()) * scale;
        let span = PLANE_MAX - PLANE_MIN;
        let per_unit = f64::from(x1 - x0) / span / scale; // CSS px per plane unit
        let a = PLANE_MIN + (px - f64::from(x0)) / f64::from(x1 - x0) * span;
        let b = PLANE_MAX - (py - f64::from(y0)) / f64::from(y1 - y0) * span;
        Some(((a, b), per_unit))
    };

    let on_down = move |ev: PointerEvent| {
        let Some(((a, b), per_unit)) = to_plane(&ev) else {
            return;
        };
        if !(PLANE_MIN..=PLANE_MAX).contains(&a) || !(PLANE_MIN..=PLANE_MAX).contains(&b) {
            return;
        }
        let state = model.state.get_untracked();
        let grabbed = hit_test(&state, (a, b), per_unit);
        if grabbed.is_some() && weights_locked || grabbed.is_none() && data_locked {
            return;
        }
        if let Some(d) = grabbed {
            model.playing.set(false);
            drag.set_value(Some(d));
            if let Some(canvas) = canvas_ref.get_untracked() {
                let _ = canvas.set_pointer_capture(ev.pointer_id());
            }
        } else if !model.remove_point_near(a, b, GRAB_POINT / per_unit) {
            model.add_point(a, b);
        }
    };
    let on_move = move |ev: PointerEvent| {
        let Some(d) = drag.get_value() else {
            return;
        };
        let Some(((a, b), _)) = to_plane(&ev) else {
            return;
        };
        let (a, b) = (a.clamp(PLANE_MIN, PLANE_MAX), b.clamp(PLANE_MIN, PLANE_MAX));
        match d {
            Drag::Line => model.drag_line_to(a, b),
            Drag::Arrow(anchor) => model.drag_arrow_to(anchor, (a, b)),
        }
    };
    let on_up = move |_: PointerEvent| drag.set_value(None);

    let description = Signal::derive(move || model.description.get());
    // The hint names what the pointer can still do.
    let hint = match (weights_locked, data_locked) {
        (false, false) => Some(crate::t!("boundary-plane-hint")),
        (true, false) => Some(crate::t!("boundary-plane-hint-points")),
        (false, true) => Some(crate::t!("boundary-plane-hint-drag")),
        (true, true) => None,
    };
    view! {
        <h4 class="sr-only">{crate::t!("boundary-plane-heading")}</h4>
        <div
            class="plane-wrap"
            on:pointerdown=on_down
            on:pointermove=on_move
            on:pointerup=on_up
            on:pointercancel=on_up
        >
            <LayeredPlot
                label=crate::t!("boundary-plane-label")
                description=description
                draw=draw
                node_ref=canvas_ref
                layers=layers
            />
        </div>
        <div class="heat-legend" aria-hidden="true">
            <span class="legend-item">
                <span class="marker square"></span>
                {crate::t!("boundary-class-0")}
            </span>
            <span class="heat-scale"></span>
            <span class="legend-item">
                <span class="marker circle"></span>
                {crate::t!("boundary-class-1")}
            </span>
        </div>
        {hint.map(|hint| view! { <p class="panel-note">{hint}</p> })}
    }
}

/// What the pointer grabbed at plane point `p`, given the plot's CSS pixels per plane unit.
fn hit_test(state: &BoundaryState, p: (f64, f64), per_unit: f64) -> Option<Drag> {
    let dist = |q: (f64, f64)| (q.0 - p.0).hypot(q.1 - p.1) * per_unit;
    if let Some((anchor, head)) = state.arrow()
        && dist(head) <= GRAB_ARROW
    {
        return Some(Drag::Arrow(anchor));
    }
    if let Some([a, b]) = state.boundary_segment() {
        let (dx, dy) = (b.0 - a.0, b.1 - a.1);
        let len2 = dx * dx + dy * dy;
        let t = (((p.0 - a.0) * dx + (p.1 - a.1) * dy) / len2).clamp(0.0, 1.0);
        if dist((a.0 + t * dx, a.1 + t * dy)) <= GRAB_LINE {
            return Some(Drag::Line);
        }
    }
    None
}
