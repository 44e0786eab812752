//! The angle between the update a learning rule makes and the true gradient, over training:
//! 0° is the gradient's own direction, 90° no better than a random direction.

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use crate::i18n::fixed;

use super::{label_font, themed_mesh};
use crate::theme::Palette;

/// Draws `(epoch, degrees)` points as a line from 0° to 180°, with the 90° line marked.
pub fn draw_angle<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    angles: &[(usize, f64)],
    palette: &Palette,
    scale: f64,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let px = |v: f64| (v * scale).round() as u32;
    area.fill(&palette.background)?;
    let epochs = angles.last().map_or(0, |(e, _)| *e).max(10) as f64;
    let mut chart = ChartBuilder::on(area)
        .margin(px(8.0))
        .x_label_area_size(px(28.0))
        .y_label_area_size(px(40.0))
        .build_cartesian_2d(0.0..epochs, 0.0..180.0)?;
    themed_mesh(&mut chart.configure_mesh(), palette, scale, 11.0)
        .x_desc(crate::t!("plot-epoch"))
        .y_desc(crate::t!("plot-angle-y"))
        .x_labels(6)
        .y_labels(3)
        .x_label_formatter(&|v| fixed(*v, 0))
        .y_label_formatter(&|v| fixed(*v, 0))
        .draw()?;
    chart.draw_series(DashedLineSeries::new(
        [(0.0, 90.0), (epochs, 90.0)],
        px(6.0),
        px(4.0),
        palette.muted.stroke_width(px(1.5)),
    ))?;
    chart.draw_series(std::iter::once(Text::new(
        crate::t!("plot-angle-random"),
        (epochs * 0.99, 93.0),
        label_font(11.0, scale, palette.muted).pos(Pos::new(HPos::Right, VPos::Bottom)),
    )))?;
    let line = angles
        .iter()
        .filter(|(_, a)| a.is_finite())
        .map(|(e, a)| (*e as f64, *a));
    chart.draw_series(LineSeries::new(line, palette.ink.stroke_width(px(2.5))))?;
    area.present()
}
