//! The decision plane: axes, the heatmap (painted by the caller into the plotting area), the
//! boundary line, the weight arrow, the data points and, when stepping through one example, the
//! example and the gradient's pull on the weights.

use plotters::coord::Shift;
use plotters::coord::types::RangedCoordf64;
use plotters::prelude::*;

use crate::i18n::fixed;
use neuron_core::boundary::BoundaryState;
use neuron_core::dataset::{PLANE_MAX, PLANE_MIN, Point};
use neuron_core::network_data::{Sample, Target};

use super::label_font;
use crate::theme::Palette;

/// The plotting area in device pixels: `(x range, y range)`.
pub type PixelRect = ((i32, i32), (i32, i32));

/// What the plane shows besides the state and its points.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Overlay {
    /// The example being stepped through.
    pub example: Option<Point>,
    /// The weight change of that step, drawn from the arrow's head: `(Δw1, Δw2)`.
    pub weight_change: Option<(f64, f64)>,
}

/// Draws the plane; `paint` fills the plotting area with the heatmap. Returns the plotting
/// area, so that pointer positions can be mapped back to the plane.
pub fn draw_plane<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    state: &BoundaryState,
    points: &[Point],
    overlay: &Overlay,
    palette: &Palette,
    scale: f64,
    paint: impl FnOnce(PixelRect),
) -> Result<PixelRect, DrawingAreaErrorKind<DB::ErrorType>> {
    let px = |v: f64| (v * scale).round() as u32;
    let mut paint = Some(paint);
    let (mut chart, rect) = plane_chart(area, palette, scale, &mut |r| {
        if let Some(p) = paint.take() {
            p(r)
        }
    })?;

    if let Some([a, b]) = state.boundary_segment() {
        chart.draw_series(LineSeries::new([a, b], palette.ink.stroke_width(px(3.0))))?;
    }
    if let Some((anchor, head)) = state.arrow() {
        draw_arrow(&mut chart, anchor, head, palette.ink, px(3.0), scale)?;
        chart.draw_series([Circle::new(head, px(6.0), palette.ink.filled())])?;
        if let Some((d1, d2)) = overlay.weight_change {
            use neuron_core::boundary::ARROW_SCALE;
            let to = (head.0 + ARROW_SCALE * d1, head.1 + ARROW_SCALE * d2);
            draw_arrow(&mut chart, head, to, palette.slope, px(3.0), scale)?;
        }
    }

    draw_markers(
        &mut chart,
        &point_markers(points, false, palette),
        palette,
        scale,
    )?;
    if let Some(p) = overlay.example {
        chart.draw_series([Circle::new(
            (p.x1, p.x2),
            px(12.0),
            palette.point.stroke_width(px(3.0)),
        )])?;
    }
    area.present()?;
    Ok(rect)
}

/// The still part of a layered plane: the axes and the points' `markers`, the plotting area left
/// for `clear` to empty, so that a heatmap drawn underneath shows through. What moves goes over
/// it (`plane_overlay_markup`).
pub fn draw_plane_frame<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    markers: &[Marker],
    palette: &Palette,
    scale: f64,
    clear: impl FnOnce(PixelRect),
) -> Result<PixelRect, DrawingAreaErrorKind<DB::ErrorType>> {
    let mut clear = Some(clear);
    let (mut chart, rect) = plane_chart(area, palette, scale, &mut |r| {
        if let Some(c) = clear.take() {
            c(r)
        }
    })?;
    draw_markers(&mut chart, markers, palette, scale)?;
    area.present()?;
    Ok(rect)
}

/// The plane's chart type.
type PlaneChart<'a, DB> = ChartContext<'a, DB, Cartesian2d<RangedCoordf64, RangedCoordf64>>;

/// The plane's axes, the heatmap (`paint` fills the plotting area) and faint axes through the
/// origin. Returns the chart and the plotting area in pixels. `paint` is a trait object, so
/// this (large) function is compiled once, not once per caller's closure.
fn plane_chart<'a, DB: DrawingBackend>(
    area: &'a DrawingArea<DB, Shift>,
    palette: &Palette,
    scale: f64,
    paint: &mut dyn FnMut(PixelRect),
) -> Result<(PlaneChart<'a, DB>, PixelRect), DrawingAreaErrorKind<DB::ErrorType>> {
    let px = |v: f64| (v * scale).round() as u32;
    area.fill(&palette.background)?;
    let mut chart = ChartBuilder::on(area)
        .margin(px(10.0))
        .x_label_area_size(px(34.0))
        .y_label_area_size(px(40.0))
        .build_cartesian_2d(PLANE_MIN..PLANE_MAX, PLANE_MIN..PLANE_MAX)?;
    chart
        .configure_mesh()
        .disable_mesh()
        .x_desc("x1")
        .y_desc("x2")
        .x_labels(5)
        .y_labels(5)
        .label_style(label_font(12.0, scale, palette.muted))
        .axis_desc_style(label_font(13.0, scale, palette.ink))
        .axis_style(palette.muted)
        .x_label_formatter(&|v| fixed(*v, 1))
        .y_label_formatter(&|v| fixed(*v, 1))
        .draw()?;
    let rect = chart.plotting_area().get_pixel_range();
    let rect = ((rect.0.start, rect.0.end), (rect.1.start, rect.1.end));
    paint(rect);
    let axis = palette.muted.mix(0.5).stroke_width(px(1.0));
    chart.draw_series(LineSeries::new([(0.0, PLANE_MIN), (0.0, PLANE_MAX)], axis))?;
    chart.draw_series(LineSeries::new([(PLANE_MIN, 0.0), (PLANE_MAX, 0.0)], axis))?;
    Ok((chart, rect))
}

/// A point's mark's shape: each class its own, so that colour is never the only cue.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MarkShape {
    Circle,
    Square,
    Triangle,
    Diamond,
}

/// One point as drawn: where, its shape and colour, and whether hollow (held-out test points).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Marker {
    pub at: (f64, f64),
    pub shape: MarkShape,
    pub color: RGBColor,
    pub hollow: bool,
    /// An outline in ink (points coloured by a value, which may be near the background).
    pub outlined: bool,
}

/// Class `c`'s colour and shape: class 0 vermillion squares, class 1 blue circles (the single
/// neuron's two classes), class 2 bluish-green triangles, class 3 reddish-purple diamonds
/// (Okabe and Ito's colour-blind-safe hues).
pub fn class_style(c: usize, palette: &Palette) -> (RGBColor, MarkShape) {
    match c {
        0 => (palette.negative, MarkShape::Square),
        1 => (palette.positive, MarkShape::Circle),
        2 => (palette.slope, MarkShape::Triangle),
        _ => (palette.bias, MarkShape::Diamond),
    }
}

/// The single neuron's points: class 1 blue circles, class 0 vermillion squares.
pub fn point_markers(points: &[Point], hollow: bool, palette: &Palette) -> Vec<Marker> {
    points
        .iter()
        .map(|p| {
            let (color, shape) = class_style(usize::from(p.label), palette);
            Marker {
                at: (p.x1, p.x2),
                shape,
                color,
                hollow,
                outlined: false,
            }
        })
        .collect()
}

/// The network's points: each class in its style ([`class_style`]); a value (regression) as
/// a circle of its colour on the heatmap's scale, outlined.
pub fn sample_markers(points: &[Sample], hollow: bool, palette: &Palette) -> Vec<Marker> {
    points
        .iter()
        .map(|p| {
            let (color, shape, outlined) = match p.target {
                Target::Class(c) => {
                    let (color, shape) = class_style(c, palette);
                    (color, shape, false)
                }
                Target::Value(v) => (super::value_color(v, palette), MarkShape::Circle, true),
            };
            Marker {
                at: (p.x1, p.x2),
                shape,
                color,
                hollow,
                outlined,
            }
        })
        .collect()
}

/// The markers, each with a halo of the background so that it stands out from the heatmap.
fn draw_markers<DB: DrawingBackend>(
    chart: &mut PlaneChart<DB>,
    markers: &[Marker],
    palette: &Palette,
    scale: f64,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let px = |v: f64| (v * scale).round() as u32;
    let pi = |v: f64| (v * scale).round() as i32;
    let r = px(6.0);
    let h = pi(6.5);
    let halo = pi(1.5);
    for m in markers {
        let at = m.at;
        let fill = if m.hollow {
            m.color.stroke_width(px(2.5))
        } else {
            m.color.filled()
        };
        let back = palette.background.filled();
        match m.shape {
            MarkShape::Circle => {
                chart
                    .draw_series([Circle::new(at, r + px(1.5), back), Circle::new(at, r, fill)])?;
                if m.outlined {
                    chart.draw_series([Circle::new(at, r, palette.ink.stroke_width(px(1.0)))])?;
                }
            }
            MarkShape::Square => {
                chart.draw_series([
                    EmptyElement::at(at)
                        + Rectangle::new([(-h - halo, -h - halo), (h + halo, h + halo)], back),
                    EmptyElement::at(at) + Rectangle::new([(-h, -h), (h, h)], fill),
                ])?;
            }
            MarkShape::Triangle | MarkShape::Diamond => {
                let k = pi(8.0);
                let outline = |k: i32| -> Vec<(i32, i32)> {
                    if m.shape == MarkShape::Triangle {
                        vec![(0, -k), (k, k * 3 / 4), (-k, k * 3 / 4)]
                    } else {
                        vec![(0, -k), (k, 0), (0, k), (-k, 0)]
                    }
                };
                chart.draw_series([
                    EmptyElement::at(at) + Polygon::new(outline(k + halo + 1), back)
                ])?;
                if m.hollow {
                    let mut ring = outline(k);
                    ring.push(ring[0]);
                    chart.draw_series([EmptyElement::at(at) + PathElement::new(ring, fill)])?;
                } else {
                    chart.draw_series([EmptyElement::at(at) + Polygon::new(outline(k), fill)])?;
                }
            }
        }
    }
    Ok(())
}

/// The network's plane: the heatmap (`paint`), a straight boundary if there is one (the
/// collapsed network's, dashed), and the points' `markers` (training filled, test hollow).
pub fn draw_network_plane<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    markers: &[Marker],
    line: Option<[(f64, f64); 2]>,
    palette: &Palette,
    scale: f64,
    paint: impl FnOnce(PixelRect),
) -> Result<PixelRect, DrawingAreaErrorKind<DB::ErrorType>> {
    let px = |v: f64| (v * scale).round() as u32;
    let mut paint = Some(paint);
    let (mut chart, rect) = plane_chart(area, palette, scale, &mut |r| {
        if let Some(p) = paint.take() {
            p(r)
        }
    })?;
    if let Some([a, b]) = line {
        chart.draw_series(DashedLineSeries::new(
            [a, b],
            px(10.0),
            px(6.0),
            palette.ink.stroke_width(px(3.0)),
        ))?;
    }
    draw_markers(&mut chart, markers, palette, scale)?;
    area.present()?;
    Ok(rect)
}

/// A line from `from` to `to` with a filled head, in plane coordinates.
fn draw_arrow<DB: DrawingBackend>(
    chart: &mut ChartContext<
        DB,
        Cartesian2d<plotters::coord::types::RangedCoordf64, plotters::coord::types::RangedCoordf64>,
    >,
    from: (f64, f64),
    to: (f64, f64),
    color: RGBColor,
    width: u32,
    scale: f64,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let (dx, dy) = (to.0 - from.0, to.1 - from.1);
    let len = dx.hypot(dy);
    if len < 1e-9 {
        return Ok(());
    }
    chart.draw_series(LineSeries::new([from, to], color.stroke_width(width)))?;
    // The head: a triangle a fixed size in plane units, scaled with the screen.
    let size = 0.06 * scale.sqrt();
    let (ux, uy) = (dx / len, dy / len);
    let back = (to.0 - size * ux, to.1 - size * uy);
    let side = (-uy * size * 0.5, ux * size * 0.5);
    chart.draw_series([Polygon::new(
        vec![
            to,
            (back.0 + side.0, back.1 + side.1),
            (back.0 - side.0, back.1 - side.1),
        ],
        color.filled(),
    )])?;
    Ok(())
}
