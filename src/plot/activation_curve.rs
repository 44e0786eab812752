//! The activation plot: `f(z)` as a solid line, its slope `f'(z)` dashed, the operating point
//! `(z, f(z))` as a ring with guides to both axes, and the tangent at that point.

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use crate::i18n::fixed;
use neuron_core::ActivationCurve;

use super::{Corner, Mark, draw_legend, label_font, themed_mesh};
use crate::theme::Palette;

/// Draws `curve` on `area`. `scale` is the device pixel ratio (1 on a plain screen).
pub fn draw_activation_curve<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    curve: &ActivationCurve,
    palette: &Palette,
    scale: f64,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let px = |v: f64| (v * scale).round() as u32;
    let w = curve.window;
    area.fill(&palette.background)?;

    let mut legend: Vec<(String, Mark)> = Vec::new();
    let mut chart = ChartBuilder::on(area)
        .margin(px(12.0))
        .x_label_area_size(px(34.0))
        .y_label_area_size(px(44.0))
        .build_cartesian_2d(w.z_min..w.z_max, w.y_min..w.y_max)?;
    themed_mesh(&mut chart.configure_mesh(), palette, scale, 12.0)
        .x_desc(crate::t!("plot-activation-x"))
        .y_desc("f(z)")
        .x_labels(7)
        .y_labels(6)
        .x_label_formatter(&|z| fixed(*z, 0))
        .y_label_formatter(&|y| fixed(*y, 1))
        .draw()?;

    // The axes through the origin, so that "0" and the sign of z are easy to see.
    let axis = palette.muted.stroke_width(px(1.0));
    chart.draw_series(LineSeries::new([(w.z_min, 0.0), (w.z_max, 0.0)], axis))?;
    chart.draw_series(LineSeries::new([(0.0, w.y_min), (0.0, w.y_max)], axis))?;

    chart.draw_series(DashedLineSeries::new(
        curve.slopes.iter().copied(),
        px(7.0),
        px(5.0),
        palette.slope.stroke_width(px(2.0)),
    ))?;
    legend.push((
        crate::t!("plot-activation-slope"),
        Mark::line(palette.slope, px(2.0)),
    ));
    chart.draw_series(LineSeries::new(
        curve.values.iter().copied(),
        palette.ink.stroke_width(px(3.0)),
    ))?;
    legend.push((
        crate::t!(
            "plot-activation-curve",
            name = crate::words::activation_name(curve.activation)
        ),
        Mark::line(palette.ink, px(3.0)),
    ));

    // The operating point: guides to the axes, the tangent, the point itself.
    let (z, y) = curve.point;
    let guide = palette.point.mix(0.6).stroke_width(px(1.0));
    chart.draw_series(DashedLineSeries::new(
        [(z, 0.0), (z, y)],
        px(3.0),
        px(3.0),
        guide,
    ))?;
    chart.draw_series(DashedLineSeries::new(
        [(0.0, y), (z, y)],
        px(3.0),
        px(3.0),
        guide,
    ))?;
    chart.draw_series(LineSeries::new(
        curve.tangent,
        palette.point.stroke_width(px(2.0)),
    ))?;
    chart.draw_series([
        Circle::new((z, y), px(7.0), palette.background.filled()),
        Circle::new((z, y), px(7.0), palette.point.stroke_width(px(3.0))),
    ])?;
    let right_half = z > (w.z_min + w.z_max) / 2.0;
    let label_pos = if right_half {
        (-(px(10.0) as i32), -(px(12.0) as i32))
    } else {
        (px(10.0) as i32, -(px(12.0) as i32))
    };
    let anchor = if right_half {
        Pos::new(HPos::Right, VPos::Bottom)
    } else {
        Pos::new(HPos::Left, VPos::Bottom)
    };
    chart.draw_series(std::iter::once(
        EmptyElement::at((z, y))
            + Text::new(
                crate::t!("plot-point", x = fixed(z, 2), y = fixed(y, 4)),
                label_pos,
                label_font(13.0, scale, palette.ink).pos(anchor),
            ),
    ))?;

    let plot = chart.plotting_area().strip_coord_spec();
    draw_legend(&plot, Corner::UpperLeft, &legend, palette, scale)?;
    area.present()
}
