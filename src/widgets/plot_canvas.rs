//! The one plot frame used everywhere: a `<canvas>` sized to its box at the screen's pixel
//! density, redrawn by one effect whenever what the draw function reads changes (or the box is
//! resized) while the plot is near the viewport, with a text description that updates with it.

use leptos::html;
use leptos::prelude::*;
use plotters::coord::Shift;
use plotters::prelude::{DrawingArea, IntoDrawingArea};
use web_sys::HtmlCanvasElement;

use super::canvas_backend::Canvas;
use super::{pace, unique_id, visibility};

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
    plot_canvas(label, description, Box::new(draw), node_ref)
}

/// A draw function, boxed.
type DrawFn = Box<dyn Fn(&HtmlCanvasElement, f64)>;

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
) -> impl IntoView {
    let canvas_ref = node_ref.unwrap_or_default();
    let description_id = unique_id("plot-desc");
    let size = RwSignal::new((0.0, 0.0));
    let seen = RwSignal::new(false);
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
    super::effect(Box::new(move || {
        if !seen.get() {
            return;
        }
        let size = size.get();
        if let Some(canvas) = canvas_ref.get() {
            redraw(&canvas, size);
        }
    }));
    // The description follows the plot at a human rate, and only while the plot is seen.
    // (Its own canvas's visibility: a plot may be built inside a closure, see `visibility::seen`.)
    let description = pace::text_while(seen.into(), Box::new(move || description.get()));

    let save_label = format!("Save PNG: {label}");
    let file_name = format!(
        "{}.png",
        label
            .to_ascii_lowercase()
            .replace(|c: char| !c.is_ascii_alphanumeric(), "-")
    );
    // The file holds what the plot shows now, even if it was out of view a moment ago.
    let save = move |_| {
        if let Some(canvas) = canvas_ref.get_untracked() {
            untrack(|| paint(&canvas, size.get()));
            save_png(&canvas, &file_name);
        }
    };

    view! {
        <figure class="plot">
            <canvas
                node_ref=canvas_ref
                role="img"
                aria-label=label
                aria-describedby=description_id.clone()
            ></canvas>
            <figcaption class="plot-caption">
                // First, floated right, so the description flows around it rather than
                // beside it in a narrow column.
                <button type="button" class="save-png" aria-label=save_label on:click=save>
                    "Save PNG"
                </button>
                <span id=description_id class="plot-description">
                    {move || description.get()}
                </span>
            </figcaption>
        </figure>
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
