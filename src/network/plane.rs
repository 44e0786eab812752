//! The network's output over the plane, with the training points (filled), the test points
//! (hollow, unless hidden), and, when the hidden layers are linear, the collapsed network's
//! straight boundary (dashed). Two classes: vermillion to blue through the background at 0.5;
//! three or four: each cell the winning class's colour, as strong as the network is sure; a
//! regression: the predicted value on a colour scale from −1 to 1. A click adds a point.

use crate::i18n::fixed;
use leptos::prelude::*;
use neuron_core::dataset::{PLANE_MAX, PLANE_MIN};
use neuron_core::network_data::{Problem, Sample};
use neuron_core::network_state::NetworkState;
use web_sys::PointerEvent;

use super::NetModel;
use crate::plot::{
    Moving, classes_rgba, discrete_rgba, draw_network_plane, draw_plane_frame, heatmap_rgba,
    sample_markers, value_rgba,
};
use crate::theme::Palette;
use crate::widgets::{
    LayeredPlot, backend, clear_rect, offscreen, paint_heatmap, plane_layers, prefers_dark,
};

/// Cells per side of the network's heatmap at rest (TensorFlow Playground's resolution).
const CELLS: usize = 100;
/// Cells per side while anything animates: four times fewer to compute each frame, and scaled
/// smoothly by the compositor; the full resolution returns the moment training pauses.
const MOVING_CELLS: usize = 50;
/// The least cells per side while animating: a larger network draws fewer, so that a frame's
/// forward passes over the plane cost about what the default network's do.
const LEAST_MOVING_CELLS: usize = 30;
/// The weights of a network whose moving heatmap still has [`MOVING_CELLS`] a side.
const WEIGHTS_AT_FULL_MOTION: usize = 70;

/// Cells a side while animating, for a network of `weights` weights: the work (cells² ×
/// weights) held to that of [`MOVING_CELLS`] at [`WEIGHTS_AT_FULL_MOTION`], within
/// [`LEAST_MOVING_CELLS`]..=[`MOVING_CELLS`].
fn moving_cells(weights: usize) -> usize {
    let budget = (MOVING_CELLS * MOVING_CELLS * WEIGHTS_AT_FULL_MOTION) as f64;
    ((budget / weights.max(1) as f64).sqrt() as usize).clamp(LEAST_MOVING_CELLS, MOVING_CELLS)
}

/// The cells a side the description's summary of the plane reads (the drawing uses more).
const DESCRIBED_CELLS: usize = 24;

/// The network's output over the plane as pixels, in the colours of its problem.
pub fn output_rgba(s: &NetworkState, cells: usize, palette: &Palette) -> Vec<u8> {
    let last = s.network.layers.len() - 1;
    match s.problem() {
        Problem::Regression => {
            value_rgba(&s.network.unit_grid(last, 0, cells), palette, s.discrete)
        }
        Problem::Classes(_) if s.network.outputs() > 1 => classes_rgba(
            &s.network.layer_grid(last, cells),
            s.network.outputs(),
            palette,
            s.discrete,
        ),
        Problem::Classes(_) if s.discrete => {
            discrete_rgba(&s.network.unit_grid(last, 0, cells), palette)
        }
        Problem::Classes(_) => heatmap_rgba(&s.network.unit_grid(last, 0, cells), palette),
    }
}

/// The points as drawn: training filled, then test hollow (if `show_test`).
fn markers(model: NetModel, show_test: bool, palette: &Palette) -> Vec<crate::plot::Marker> {
    model.data.with(|(train, test)| {
        let mut m = sample_markers(train, false, palette);
        if show_test {
            m.extend(sample_markers(test, true, palette));
        }
        m
    })
}

#[component]
pub fn NetworkPlane(model: NetModel) -> impl IntoView {
    let dark = prefers_dark();
    let off = offscreen();
    // A memo: the state changes every training frame, the points' drawing only with this.
    let show_test = Memo::new(move |_| model.state.with(|s| s.show_test));
    // The collapsed network's straight boundary, when the hidden layers are linear: a memo, so
    // that the frames of a nonlinear network's training (always `None`) change nothing.
    let line = Memo::new(move |_| model.state.with(|s| s.collapsed_boundary()));
    // The network's output under the plane, at every weight change; the collapsed boundary over it.
    let live = plane_layers(
        Box::new(move |cells, palette| model.state.with(|s| output_rgba(s, cells, palette))),
        Box::new(move |animating| {
            if animating {
                let weights = model.state.with_untracked(|s| {
                    s.network
                        .layers
                        .iter()
                        .map(|l| l.weights.iter().map(Vec::len).sum::<usize>())
                        .sum()
                });
                moving_cells(weights)
            } else {
                CELLS
            }
        }),
        Box::new(move || Moving {
            line: line.get().map(|l| (l, true)),
            ..Moving::default()
        }),
    );
    let (rect, canvas_ref) = (live.rect, live.canvas);

    // The still part: axes and points, redrawn when the data, the theme or the size change.
    let draw = move |canvas: &web_sys::HtmlCanvasElement, scale: f64| {
        let palette = Palette::for_scheme(dark.get());
        let Some(area) = backend(canvas) else {
            return;
        };
        let drawn = draw_plane_frame(
            &area,
            &markers(model, show_test.get(), &palette),
            &palette,
            scale,
            |r| clear_rect(canvas, r),
        );
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
        let (rgba, line) = model
            .state
            .with_untracked(|s| (output_rgba(s, CELLS, &palette), s.collapsed_boundary()));
        let marks = markers(model, show_test.get_untracked(), &palette);
        let _ = draw_network_plane(&area, &marks, line, &palette, scale, |r| {
            paint_heatmap(canvas, off, &rgba, CELLS, r)
        });
    };
    let layers = live.layers(Box::new(export));
    let description = Signal::derive(move || description(model));

    // A click in the plotting area adds a point of the chosen class (or value) there.
    let locked = crate::widgets::locked(&super::page::SETTINGS);
    let on_down = move |ev: PointerEvent| {
        let Some((((x0, x1), (y0, y1)), scale)) = rect.get_untracked() else {
            return;
        };
        if locked {
            return;
        }
        let (px, py) = (
            f64::from(ev.offset_x()) * scale,
            f64::from(ev.offset_y()) * scale,
        );
        let span = PLANE_MAX - PLANE_MIN;
        let a = PLANE_MIN + (px - f64::from(x0)) / f64::from(x1 - x0) * span;
        let b = PLANE_MAX - (py - f64::from(y0)) / f64::from(y1 - y0) * span;
        if (PLANE_MIN..=PLANE_MAX).contains(&a) && (PLANE_MIN..=PLANE_MAX).contains(&b) {
            model.add_point(Sample {
                x1: a,
                x2: b,
                target: model.new_target.get_untracked(),
            });
        }
    };
    let regression = Memo::new(move |_| model.state.with(|s| s.problem() == Problem::Regression));
    view! {
        <h4 class="sr-only">{crate::t!("layers-plane-heading")}</h4>
        <div class="plane-wrap" on:pointerdown=on_down>
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
        {move || regression.get().then(|| view! {
            <div class="heat-legend" aria-hidden="true">
                <span class="legend-item">"−1"</span>
                <span class="heat-scale"></span>
                <span class="legend-item">"+1"</span>
            </div>
        })}
    }
}

/// The plane in words: the shape learned (where each class is answered, or where the values
/// are high and low), and the points and how many are right.
fn description(model: NetModel) -> String {
    let m = model.metrics.get();
    let (train, test) = model.data.with(|(a, b)| (a.len(), b.len()));
    let (linear, problem) = model.state.with(|s| (s.collapsed().is_some(), s.problem()));
    let shape = model.state.with(|s| {
        let last = s.network.layers.len() - 1;
        let n = DESCRIBED_CELLS;
        match problem {
            Problem::Classes(k) if k > 2 => {
                let probs = s.network.layer_grid(last, n);
                let winners: Vec<usize> = probs
                    .chunks(k)
                    .map(|c| {
                        c.iter()
                            .enumerate()
                            .fold(
                                (0, f32::NEG_INFINITY),
                                |a, (i, p)| if *p > a.1 { (i, *p) } else { a },
                            )
                            .0
                    })
                    .collect();
                (0..k)
                    .map(|c| {
                        let mine: Vec<f32> = winners
                            .iter()
                            .map(|w| f32::from(u8::from(*w == c)))
                            .collect();
                        let r = neuron_core::regions::plane_regions(&mine, n, 0.5);
                        crate::t!(
                            "layers-plane-class-regions",
                            class = c,
                            regions = if r.class_one.is_empty() {
                                crate::t!("layers-plane-nowhere")
                            } else {
                                crate::words::region_names(&r)
                            },
                            share = fixed(r.share * 100.0, 0),
                        )
                    })
                    .collect::<Vec<_>>()
                    .join(" ")
            }
            Problem::Regression => {
                let grid = s.network.unit_grid(last, 0, n);
                let high = neuron_core::regions::plane_regions(&grid, n, 0.0);
                let (lo, hi) = grid
                    .iter()
                    .fold((f32::INFINITY, f32::NEG_INFINITY), |(a, b), v| {
                        (a.min(*v), b.max(*v))
                    });
                crate::t!(
                    "layers-plane-values",
                    low = fixed(f64::from(lo), 2),
                    high = fixed(f64::from(hi), 2),
                    regions = if high.class_one.is_empty() {
                        crate::t!("layers-plane-nowhere")
                    } else {
                        crate::words::region_names(&high)
                    },
                )
            }
            Problem::Classes(_) => {
                let grid = s.network.unit_grid(last, 0, n);
                crate::words::network_plane_regions(&neuron_core::regions::plane_regions(
                    &grid, n, 0.5,
                ))
            }
        }
    });
    if problem == Problem::Regression {
        return crate::t!(
            "layers-plane-regression-description",
            shape = shape,
            train = train,
            train_loss = fixed(m.train_loss, 3),
            test = test,
            test_loss = fixed(m.test_loss, 3),
        );
    }
    crate::t!(
        "layers-plane-description",
        linear = if linear { "yes" } else { "no" },
        shape = shape,
        train = train,
        train_correct = fixed(m.train_accuracy * 100.0, 0),
        test = test,
        test_correct = fixed(m.test_accuracy * 100.0, 0),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_larger_network_draws_fewer_cells_while_it_trains() {
        // The default 4-2 network: 2·4 + 4·2 + 2·1 = 18 weights.
        assert_eq!(moving_cells(18), MOVING_CELLS);
        assert_eq!(moving_cells(WEIGHTS_AT_FULL_MOTION), MOVING_CELLS);
        // Six layers of eight: 2·8 + 5·64 + 8 = 344 weights.
        assert_eq!(moving_cells(344), LEAST_MOVING_CELLS);
        let mid = moving_cells(140);
        assert!(LEAST_MOVING_CELLS < mid && mid < MOVING_CELLS, "{mid}");
    }
}
