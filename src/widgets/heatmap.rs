//! Painting a heatmap into a plot: one `putImageData` of the grid's pixels on a small offscreen
//! canvas, then one `drawImage` scaled onto the plot's plotting area. Never one call per cell.

use leptos::prelude::*;
use wasm_bindgen::{Clamped, JsCast};
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement, ImageData};

use crate::plot::PixelRect;

/// The offscreen canvas a heatmap is staged on, kept between frames.
pub type Offscreen = StoredValue<Option<HtmlCanvasElement>, LocalStorage>;

/// A place to keep the offscreen canvas.
pub fn offscreen() -> Offscreen {
    StoredValue::new_local(None)
}

/// Paints `rgba` (`cells × cells` pixels) into `rect` of `canvas`.
pub fn paint_heatmap(
    canvas: &HtmlCanvasElement,
    offscreen: Offscreen,
    rgba: &[u8],
    cells: usize,
    rect: PixelRect,
) {
    let ((x0, x1), (y0, y1)) = rect;
    let context = context_2d;
    let cells = cells as u32;
    let stale = offscreen.with_value(|o| o.as_ref().is_none_or(|c| c.width() != cells));
    if stale {
        let made = document()
            .create_element("canvas")
            .ok()
            .and_then(|e| e.dyn_into::<HtmlCanvasElement>().ok());
        if let Some(c) = &made {
            c.set_width(cells);
            c.set_height(cells);
        }
        offscreen.set_value(made);
    }
    let Some(off) = offscreen.get_value() else {
        return;
    };
    let (Some(off_ctx), Some(ctx)) = (context(&off), context(canvas)) else {
        return;
    };
    if let Ok(image) = ImageData::new_with_u8_clamped_array_and_sh(Clamped(rgba), cells, cells) {
        let _ = off_ctx.put_image_data(&image, 0.0, 0.0);
        ctx.set_image_smoothing_enabled(true);
        let _ = ctx.draw_image_with_html_canvas_element_and_dw_and_dh(
            &off,
            f64::from(x0),
            f64::from(y0),
            f64::from(x1 - x0),
            f64::from(y1 - y0),
        );
    }
}

/// A canvas's 2D context, if it has one.
pub fn context_2d(canvas: &HtmlCanvasElement) -> Option<CanvasRenderingContext2d> {
    canvas
        .get_context("2d")
        .ok()
        .flatten()
        .and_then(|o| o.dyn_into::<CanvasRenderingContext2d>().ok())
}

/// Paints `rgba` (`cells × cells` pixels) on `backdrop`, the small canvas under a layered plot
/// (see `PlotLayers`), and places it over the plotting area `rect` (device pixels at ratio
/// `scale`): the compositor scales it up, so a frame costs one `putImageData` of a few thousand
/// pixels. `placed` remembers where it was put, so its style is written only when that changes.
pub fn paint_backdrop(
    backdrop: &HtmlCanvasElement,
    rgba: &[u8],
    cells: usize,
    rect: PixelRect,
    scale: f64,
    placed: StoredValue<Option<(PixelRect, f64)>>,
) {
    let cells = cells as u32;
    if backdrop.width() != cells {
        backdrop.set_width(cells);
    }
    if backdrop.height() != cells {
        backdrop.set_height(cells);
    }
    if placed.get_value() != Some((rect, scale)) {
        placed.set_value(Some((rect, scale)));
        let ((x0, x1), (y0, y1)) = rect;
        let css = |v: i32| format!("{:.2}px", f64::from(v) / scale);
        let style = web_sys::HtmlElement::style(backdrop);
        let _ = style.set_property("left", &css(x0));
        let _ = style.set_property("top", &css(y0));
        let _ = style.set_property("width", &css(x1 - x0));
        let _ = style.set_property("height", &css(y1 - y0));
    }
    let context = backdrop
        .get_context("2d")
        .ok()
        .flatten()
        .and_then(|o| o.dyn_into::<CanvasRenderingContext2d>().ok());
    if let (Some(ctx), Ok(image)) = (
        context,
        ImageData::new_with_u8_clamped_array_and_sh(Clamped(rgba), cells, cells),
    ) {
        let _ = ctx.put_image_data(&image, 0.0, 0.0);
    }
}

/// Empties `rect` of `canvas`: the plotting area of a layered plot, where its backdrop shows.
pub fn clear_rect(canvas: &HtmlCanvasElement, rect: PixelRect) {
    let ((x0, x1), (y0, y1)) = rect;
    if let Some(ctx) = canvas
        .get_context("2d")
        .ok()
        .flatten()
        .and_then(|o| o.dyn_into::<CanvasRenderingContext2d>().ok())
    {
        ctx.clear_rect(
            f64::from(x0),
            f64::from(y0),
            f64::from(x1 - x0),
            f64::from(y1 - y0),
        );
    }
}
