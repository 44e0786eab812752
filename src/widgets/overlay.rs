//! Painting a plot's moving shapes ([`crate::plot::overlay_shapes`]) on the transparent canvas
//! over it: cleared and redrawn with a handful of 2D-context calls, no chart machinery.

use wasm_bindgen::JsValue;
use web_sys::HtmlCanvasElement;

use crate::plot::{Ink, Shape};
use crate::theme::Palette;

/// Sizes `overlay` to `under`'s pixels and draws `shapes` on it, in `palette`'s colours.
pub fn paint_overlay(
    overlay: &HtmlCanvasElement,
    under: &HtmlCanvasElement,
    shapes: &[Shape],
    palette: &Palette,
    scale: f64,
) {
    if overlay.width() != under.width() {
        overlay.set_width(under.width());
    }
    if overlay.height() != under.height() {
        overlay.set_height(under.height());
    }
    let Some(ctx) = super::context_2d(overlay) else {
        return;
    };
    ctx.clear_rect(
        0.0,
        0.0,
        f64::from(overlay.width()),
        f64::from(overlay.height()),
    );
    let colour = |ink: Ink| {
        let c = match ink {
            Ink::Ink => palette.ink,
            Ink::Slope => palette.slope,
            Ink::Point => palette.point,
        };
        format!("rgb({},{},{})", c.0, c.1, c.2)
    };
    let dashes = js_sys::Array::of2(&JsValue::from(10.0 * scale), &JsValue::from(6.0 * scale));
    let solid = js_sys::Array::new();
    for shape in shapes {
        ctx.begin_path();
        match shape {
            Shape::Line {
                from,
                to,
                width,
                dashed,
                ink,
            } => {
                let _ = ctx.set_line_dash(if *dashed { &dashes } else { &solid });
                ctx.set_line_width(*width);
                ctx.set_stroke_style_str(&colour(*ink));
                ctx.move_to(from.0, from.1);
                ctx.line_to(to.0, to.1);
                ctx.stroke();
            }
            Shape::Polygon { points, ink } => {
                for (k, (x, y)) in points.iter().enumerate() {
                    if k == 0 {
                        ctx.move_to(*x, *y)
                    } else {
                        ctx.line_to(*x, *y)
                    }
                }
                ctx.close_path();
                ctx.set_fill_style_str(&colour(*ink));
                ctx.fill();
            }
            Shape::Circle {
                centre,
                radius,
                filled,
                ink,
            } => {
                let _ = ctx.arc(centre.0, centre.1, *radius, 0.0, std::f64::consts::TAU);
                if *filled {
                    ctx.set_fill_style_str(&colour(*ink));
                    ctx.fill();
                } else {
                    let _ = ctx.set_line_dash(&solid);
                    ctx.set_line_width(3.0 * scale);
                    ctx.set_stroke_style_str(&colour(*ink));
                    ctx.stroke();
                }
            }
        }
    }
}
