//! The training curve: mean loss (solid) and fraction correct (dashed) per epoch.

use plotters::coord::Shift;
use plotters::prelude::*;

use neuron_core::format::fixed;

use super::label_font;
use crate::theme::Palette;

/// Draws `history` (`(loss, accuracy)` per epoch, entry 0 before training).
pub fn draw_loss_curve<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    history: &[(f64, f64)],
    palette: &Palette,
    scale: f64,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let px = |v: f64| (v * scale).round() as u32;
    area.fill(&palette.background)?;
    let epochs = history.len().saturating_sub(1).max(10) as f64;
    let top = history
        .iter()
        .map(|h| h.0)
        .filter(|v| v.is_finite())
        .fold(1.0f64, f64::max)
        * 1.05;
    let mut chart = ChartBuilder::on(area)
        .margin(px(10.0))
        .x_label_area_size(px(30.0))
        .y_label_area_size(px(40.0))
        .build_cartesian_2d(0.0..epochs, 0.0..top)?;
    chart
        .configure_mesh()
        .x_desc("epoch")
        .x_labels(6)
        .y_labels(5)
        .label_style(label_font(12.0, scale, palette.muted))
        .axis_desc_style(label_font(12.0, scale, palette.ink))
        .axis_style(palette.muted)
        .bold_line_style(palette.grid)
        .light_line_style(palette.background)
        .x_label_formatter(&|v| fixed(*v, 0))
        .y_label_formatter(&|v| fixed(*v, 1))
        .draw()?;
    let loss = history.iter().enumerate().map(|(i, h)| (i as f64, h.0));
    chart
        .draw_series(LineSeries::new(loss, palette.ink.stroke_width(px(2.5))))?
        .label("mean loss")
        .legend(move |(x, y)| {
            PathElement::new(
                [(x, y), (x + px(20.0) as i32, y)],
                palette.ink.stroke_width(px(2.5)),
            )
        });
    let accuracy = history.iter().enumerate().map(|(i, h)| (i as f64, h.1));
    chart
        .draw_series(DashedLineSeries::new(
            accuracy,
            px(6.0),
            px(4.0),
            palette.positive.stroke_width(px(2.5)),
        ))?
        .label("fraction correct")
        .legend(move |(x, y)| {
            PathElement::new(
                [(x, y), (x + px(20.0) as i32, y)],
                palette.positive.stroke_width(px(2.5)),
            )
        });
    chart
        .configure_series_labels()
        .position(SeriesLabelPosition::UpperRight)
        .background_style(palette.background.mix(0.85))
        .border_style(palette.grid)
        .label_font(label_font(12.0, scale, palette.ink))
        .draw()?;
    area.present()
}
