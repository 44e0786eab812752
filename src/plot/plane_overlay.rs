//! What moves on a plane while a neuron learns: the boundary line, the weight arrow and, when
//! stepping through one example, the example and the gradient's pull on the weights. They are
//! drawn on a transparent canvas of their own over the plane's canvas (a compositing layer of
//! its own, so redrawing it every frame repaints nothing else); the axes and points stay drawn
//! beneath. Here they are plain shapes in the canvas's device pixels, computed natively.

use neuron_core::dataset::{PLANE_MAX, PLANE_MIN};

use super::{Overlay, PixelRect};

/// What the overlay shows.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Moving {
    /// The boundary, clipped to the plane, and whether it is dashed (the collapsed network's).
    pub line: Option<([(f64, f64); 2], bool)>,
    /// The weight arrow: (anchor, head).
    pub arrow: Option<((f64, f64), (f64, f64))>,
    pub step: Overlay,
}

/// Which colour of the palette a shape takes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ink {
    /// The boundary and the weights.
    Ink,
    /// The gradient's pull.
    Slope,
    /// The example being stepped through.
    Point,
}

/// A shape in device pixels.
#[derive(Clone, Debug, PartialEq)]
pub enum Shape {
    Line {
        from: (f64, f64),
        to: (f64, f64),
        width: f64,
        dashed: bool,
        ink: Ink,
    },
    Polygon {
        points: Vec<(f64, f64)>,
        ink: Ink,
    },
    Circle {
        centre: (f64, f64),
        radius: f64,
        filled: bool,
        ink: Ink,
    },
}

/// Plane coordinates to device pixels of the canvas, given its plotting area.
fn to_pixels(rect: PixelRect) -> impl Fn((f64, f64)) -> (f64, f64) {
    let ((x0, x1), (y0, y1)) = rect;
    let span = PLANE_MAX - PLANE_MIN;
    move |(a, b)| {
        (
            f64::from(x0) + (a - PLANE_MIN) / span * f64::from(x1 - x0),
            f64::from(y0) + (PLANE_MAX - b) / span * f64::from(y1 - y0),
        )
    }
}

/// An arrow from `from` to `to` (pixels) with a filled head `head` pixels long.
fn arrow(out: &mut Vec<Shape>, from: (f64, f64), to: (f64, f64), width: f64, head: f64, ink: Ink) {
    let (dx, dy) = (to.0 - from.0, to.1 - from.1);
    let len = dx.hypot(dy);
    if len < 1e-6 {
        return;
    }
    let (ux, uy) = (dx / len, dy / len);
    let back = (to.0 - head * ux, to.1 - head * uy);
    let side = (-uy * head * 0.5, ux * head * 0.5);
    out.push(Shape::Line {
        from,
        to: back,
        width,
        dashed: false,
        ink,
    });
    out.push(Shape::Polygon {
        points: vec![
            to,
            (back.0 + side.0, back.1 + side.1),
            (back.0 - side.0, back.1 - side.1),
        ],
        ink,
    });
}

/// The shapes of `moving` on a canvas whose plotting area is `rect`, at device pixel ratio
/// `scale` (line widths and sizes are given in CSS pixels and scaled).
pub fn overlay_shapes(moving: &Moving, rect: PixelRect, scale: f64) -> Vec<Shape> {
    let at = to_pixels(rect);
    let mut out = Vec::new();
    if let Some(([a, b], dashed)) = moving.line {
        out.push(Shape::Line {
            from: at(a),
            to: at(b),
            width: 3.0 * scale,
            dashed,
            ink: Ink::Ink,
        });
    }
    if let Some((anchor, head)) = moving.arrow {
        let tip = at(head);
        arrow(
            &mut out,
            at(anchor),
            tip,
            3.0 * scale,
            12.0 * scale,
            Ink::Ink,
        );
        out.push(Shape::Circle {
            centre: tip,
            radius: 6.0 * scale,
            filled: true,
            ink: Ink::Ink,
        });
        if let Some((d1, d2)) = moving.step.weight_change {
            use neuron_core::boundary::ARROW_SCALE;
            let end = at((head.0 + ARROW_SCALE * d1, head.1 + ARROW_SCALE * d2));
            arrow(&mut out, tip, end, 3.0 * scale, 10.0 * scale, Ink::Slope);
        }
    }
    if let Some(p) = moving.step.example {
        out.push(Shape::Circle {
            centre: at((p.x1, p.x2)),
            radius: 12.0 * scale,
            filled: false,
            ink: Ink::Point,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plane_corners_map_to_the_plotting_area() {
        let at = to_pixels(((40, 440), (10, 410)));
        assert_eq!(at((PLANE_MIN, PLANE_MAX)), (40.0, 10.0));
        assert_eq!(at((PLANE_MAX, PLANE_MIN)), (440.0, 410.0));
    }

    #[test]
    fn the_shapes_are_only_what_there_is() {
        let rect = ((0, 400), (0, 400));
        assert!(overlay_shapes(&Moving::default(), rect, 1.0).is_empty());
        let moving = Moving {
            line: Some(([(0.0, 0.0), (1.0, 1.0)], true)),
            arrow: Some(((0.5, 0.5), (0.7, 0.3))),
            step: Overlay::default(),
        };
        let shapes = overlay_shapes(&moving, rect, 2.0);
        // The dashed line, the arrow's shaft and head, and its handle; no pull without a step.
        assert_eq!(shapes.len(), 4);
        assert!(matches!(shapes[0], Shape::Line { dashed: true, width, .. } if width == 6.0));
        assert!(shapes.iter().all(|s| !matches!(
            s,
            Shape::Line {
                ink: Ink::Slope,
                ..
            }
        )));
    }
}
