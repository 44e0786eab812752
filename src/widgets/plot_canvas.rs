//! The one plot frame used everywhere: a `<canvas>` sized to its box at the screen's pixel
//! density, redrawn by one effect whenever what the draw function reads changes (or the box is
//! resized) while the plot is near the viewport, with a text description that updates with it.

use leptos::html;
use leptos::prelude::*;
use plotters::coord::Shift;
use plotters::prelude::{DrawingArea, IntoDrawingArea};
use web_sys::HtmlCanvasElement;

use super::canvas_backend::Canvas;
use super::unique_id;
use crate::runtime::{pace, visibility};

/// A canvas plot with a live text alternative.
///
/// `draw` receives the canvas, already sized to its box in device pixels, and the device pixel
/// ratio (to scale fonts and lines); [`backend`] makes a plotters backend of it. It may read
/// signals: the plot redraws when they change.
#[component]
pub fn PlotCanvas<F>(
    /// The plot's accessible name, such as "Activation function plot".
    #[prop(into)]
    label: String,
    /// A text description of what the plot shows now.
    #[prop(into)]
    description: Signal<String>,
    /// Extra attributes' worth of behaviour: the canvas element, once mounted.
    #[prop(optional)]
    node_ref: Option<NodeRef<html::Canvas>>,
    /// Draws the plot.
    draw: F,
) -> impl IntoView
where
    F: Fn(&HtmlCanvasElement, f64) + 'static,
{
    // Everything below is compiled once, not once per plot: only this line is generic.
    plot_canvas(label, description, Box::new(draw), node_ref, false, None)
}

/// A [`PlotCanvas`] that redraws at a human rate while anything animates (a secondary plot,
/// such as a training curve), exactly once every animation has stopped.
#[component]
pub fn PacedPlot<F>(
    #[prop(into)] label: String,
    #[prop(into)] description: Signal<String>,
    draw: F,
) -> impl IntoView
where
    F: Fn(&HtmlCanvasElement, f64) + 'static,
{
    plot_canvas(label, description, Box::new(draw), None, true, None)
}

/// A [`PlotCanvas`] with a canvas under it and an SVG over it (see [`PlotLayers`]).
#[component]
pub fn LayeredPlot<F>(
    #[prop(into)] label: String,
    #[prop(into)] description: Signal<String>,
    #[prop(optional)] node_ref: Option<NodeRef<html::Canvas>>,
    layers: PlotLayers,
    draw: F,
) -> impl IntoView
where
    F: Fn(&HtmlCanvasElement, f64) + 'static,
{
    plot_canvas(
        label,
        description,
        Box::new(draw),
        node_ref,
        false,
        Some(layers),
    )
}

/// A draw function, boxed.
pub type DrawFn = Box<dyn Fn(&HtmlCanvasElement, f64)>;

/// Layers for a plot whose moving part is cheaper drawn apart from its axes: a small canvas
/// under the plot's canvas (a heatmap of a few thousand cells, which the compositor scales up,
/// off the main thread), and a transparent canvas over it for lines that move every frame
/// (a few 2D-context calls, and a compositing layer of its own, so nothing else repaints;
/// an SVG there cost a layout and a repaint of the whole page every frame). The plot's own
/// canvas then holds only what changes rarely (axes, points) and leaves its plotting area
/// transparent. Both layers ignore the pointer, so pointer events still reach the canvas.
pub struct PlotLayers {
    pub backdrop: NodeRef<html::Canvas>,
    pub overlay: NodeRef<html::Canvas>,
    /// Draws the whole picture on one canvas (for "Save PNG").
    pub export: DrawFn,
}

/// The non-generic body of [`PlotCanvas`].
///
/// The redraw never asks the page for its layout: the canvas's CSS size comes from a
/// `ResizeObserver` and whether it is near the viewport from an `IntersectionObserver`
/// ([`visibility::watch`]). Out of view the effect returns before the draw function runs, so it
/// reads (and computes) nothing; it re-runs when the plot comes back and draws what is current.
fn plot_canvas(
    label: String,
    description: Signal<String>,
    draw: DrawFn,
    node_ref: Option<NodeRef<html::Canvas>>,
    paced: bool,
    layers: Option<PlotLayers>,
) -> impl IntoView {
    let canvas_ref = node_ref.unwrap_or_default();
    let description_id = unique_id("plot-desc");
    let size = RwSignal::new((0.0, 0.0));
    // The first screen's widget counts as seen from the start (see `visibility::set_first_screen`).
    let seen = RwSignal::new(visibility::seen().get_untracked());
    visibility::watch(canvas_ref, seen, Some(size));
    let drawn = StoredValue::new(0u64);

    let draw = std::sync::Arc::new(send_wrapper::SendWrapper::new(draw));
    // Sizes the canvas to its box at the screen's density and draws on it.
    let paint = std::sync::Arc::new(
        move |canvas: &HtmlCanvasElement, (css_width, css_height): (f64, f64)| {
            let ratio = window().device_pixel_ratio().max(1.0);
            let width = (css_width * ratio).round() as u32;
            let height = (css_height * ratio).round() as u32;
            if width == 0 || height == 0 {
                return; // not laid out (hidden): nothing to draw on
            }
            if canvas.width() != width {
                canvas.set_width(width);
            }
            if canvas.height() != height {
                canvas.set_height(height);
            }
            draw(canvas, ratio);
            // A count of redraws, for tests and the benchmark to observe. No selector reads it, so
            // it costs no style work.
            drawn.update_value(|n| *n += 1);
            let _ = canvas.set_attribute("data-drawn", &drawn.get_value().to_string());
        },
    );
    let redraw = paint.clone();
    crate::runtime::effect(Box::new(move || {
        if !seen.get() {
            return;
        }
        let size = size.get();
        if let Some(canvas) = canvas_ref.get() {
            if paced {
                pace::paced(|| redraw(&canvas, size));
            } else {
                redraw(&canvas, size);
            }
        }
    }));
    // The description follows the plot at a human rate, and only while the plot is seen.
    // (Its own canvas's visibility: a plot may be built inside a closure, see `visibility::seen`.)
    let description = pace::text_while(seen.into(), Box::new(move || description.get()));

    let save_label = crate::t!("widget-save-png-plot", plot = &label);
    let figure_label = label.clone();
    let file_name = file_name(&label);
    // The file holds what the plot shows now, even if it was out of view a moment ago; a
    // layered plot is painted whole on a canvas of its own.
    let (backdrop, overlay, export) = match layers {
        Some(l) => (
            Some(l.backdrop),
            Some(l.overlay),
            Some(send_wrapper::SendWrapper::new(l.export)),
        ),
        None => (None, None, None),
    };
    let save = move |_| {
        let Some(canvas) = canvas_ref.get_untracked() else {
            return;
        };
        match &export {
            Some(export) => {
                let whole = document()
                    .create_element("canvas")
                    .ok()
                    .and_then(|e| wasm_bindgen::JsCast::dyn_into::<HtmlCanvasElement>(e).ok());
                if let Some(whole) = whole {
                    whole.set_width(canvas.width());
                    whole.set_height(canvas.height());
                    let ratio = window().device_pixel_ratio().max(1.0);
                    untrack(|| export(&whole, ratio));
                    save_png(&whole, &file_name);
                }
            }
            None => {
                untrack(|| paint(&canvas, size.get()));
                save_png(&canvas, &file_name);
            }
        }
    };

    view! {
        // Named by the plot's label: a figure is otherwise named by its caption, which holds
        // the "Save PNG" button and the whole description.
        <figure class="plot" class:layered=backdrop.is_some() aria-label=figure_label>
            <div class="plot-stack">
                {backdrop.map(|r| view! { <canvas class="plot-backdrop" aria-hidden="true" node_ref=r></canvas> })}
                <canvas
                    node_ref=canvas_ref
                    role="img"
                    aria-label=label
                    aria-describedby=description_id.clone()
                ></canvas>
                {overlay.map(|r| view! { <canvas class="plot-overlay" aria-hidden="true" node_ref=r></canvas> })}
            </div>
            <figcaption class="plot-caption">
                // First, floated right, so the description flows around it rather than
                // beside it in a narrow column.
                <button type="button" class="save-png" aria-label=save_label on:click=save>
                    {crate::t!("widget-save-png")}
                </button>
                <span id=description_id class="plot-description">
                    {move || description.get()}
                </span>
            </figcaption>
        </figure>
    }
}

/// The PNG's file name for a plot named `label`: its letters and digits (in any script) in
/// lower case, anything else a hyphen; "plot" if that leaves nothing.
fn file_name(label: &str) -> String {
    let stem: String = label
        .to_lowercase()
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { '-' })
        .collect();
    if stem.chars().all(|c| c == '-') {
        "plot.png".to_string()
    } else {
        format!("{stem}.png")
    }
}

/// A plotters drawing area over the whole of `canvas`.
pub fn backend(canvas: &HtmlCanvasElement) -> Option<DrawingArea<Canvas, Shift>> {
    Canvas::new(canvas).map(IntoDrawingArea::into_drawing_area)
}

/// Downloads the canvas as a PNG file named `file_name`.
fn save_png(canvas: &HtmlCanvasElement, file_name: &str) {
    use wasm_bindgen::JsCast;
    let Ok(url) = canvas.to_data_url() else {
        return;
    };
    let Some(link) = document()
        .create_element("a")
        .ok()
        .and_then(|e| e.dyn_into::<web_sys::HtmlAnchorElement>().ok())
    else {
        return;
    };
    link.set_href(&url);
    link.set_download(file_name);
    link.click();
}
