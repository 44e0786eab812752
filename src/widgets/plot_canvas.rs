//! The one plot frame used everywhere: a `<canvas>` sized to its box at the screen's pixel
//! density, redrawn by one effect whenever what the draw function reads changes (or the window
//! is resized), with a text description that updates with it.

use leptos::ev;
use leptos::html;
use leptos::prelude::*;
use plotters::coord::Shift;
use plotters::prelude::{DrawingArea, IntoDrawingArea};
use plotters_canvas::CanvasBackend;
use web_sys::HtmlCanvasElement;

use super::unique_id;

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
fn plot_canvas(
    label: String,
    description: Signal<String>,
    draw: DrawFn,
    node_ref: Option<NodeRef<html::Canvas>>,
) -> impl IntoView {
    let canvas_ref = node_ref.unwrap_or_default();
    let description_id = unique_id("plot-desc");
    let resized = RwSignal::new(0u32);
    let drawn = StoredValue::new(0u64);
    let listener = window_event_listener(ev::resize, move |_| resized.update(|n| *n += 1));
    on_cleanup(move || listener.remove());

    Effect::new(move |_| {
        resized.track();
        let Some(canvas) = canvas_ref.get() else {
            return;
        };
        let ratio = window().device_pixel_ratio().max(1.0);
        let width = (f64::from(canvas.client_width()) * ratio).round() as u32;
        let height = (f64::from(canvas.client_height()) * ratio).round() as u32;
        if width == 0 || height == 0 {
            return; // not laid out (hidden): nothing to draw on
        }
        if canvas.width() != width {
            canvas.set_width(width);
        }
        if canvas.height() != height {
            canvas.set_height(height);
        }
        draw(&canvas, ratio);
        // A count of redraws, for tests and the benchmark to observe.
        drawn.update_value(|n| *n += 1);
        let _ = canvas.set_attribute("data-drawn", &drawn.get_value().to_string());
    });

    let save_label = format!("Save PNG: {label}");
    let file_name = format!(
        "{}.png",
        label
            .to_ascii_lowercase()
            .replace(|c: char| !c.is_ascii_alphanumeric(), "-")
    );
    let save = move |_| {
        if let Some(canvas) = canvas_ref.get_untracked() {
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
                <span id=description_id class="plot-description">
                    {move || description.get()}
                </span>
                <button type="button" class="save-png" aria-label=save_label on:click=save>
                    "Save PNG"
                </button>
            </figcaption>
        </figure>
    }
}

/// A plotters drawing area over the whole of `canvas`.
pub fn backend(canvas: &HtmlCanvasElement) -> Option<DrawingArea<CanvasBackend, Shift>> {
    CanvasBackend::with_canvas_object(canvas.clone()).map(IntoDrawingArea::into_drawing_area)
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
