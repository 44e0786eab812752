//! Training curves: per-epoch values such as the mean loss (solid) and the fraction correct
//! (dashed).

use plotters::coord::Shift;
use plotters::prelude::*;

use crate::i18n::fixed;
use neuron_core::envelope::envelope;

use super::{Corner, Mark, draw_legend, themed_mesh};
use crate::theme::Palette;

/// Draws `history` (`(loss, accuracy)`; entry `i` is epoch `i × stride`, entry 0 before
/// training).
pub fn draw_loss_curve<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    history: &[(f64, f64)],
    stride: usize,
    palette: &Palette,
    scale: f64,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let loss: Vec<f64> = history.iter().map(|h| h.0).collect();
    let accuracy: Vec<f64> = history.iter().map(|h| h.1).collect();
    let (loss_label, accuracy_label) = (
        crate::t!("plot-mean-loss"),
        crate::t!("plot-fraction-correct"),
    );
    draw_curves(
        area,
        stride,
        &[
            Curve {
                label: &loss_label,
                values: &loss,
                color: palette.ink,
                dashed: false,
            },
            Curve {
                label: &accuracy_label,
                values: &accuracy,
                color: palette.positive,
                dashed: true,
            },
        ],
        palette,
        scale,
    )
}

/// One line of a history plot.
pub struct Curve<'a> {
    pub label: &'a str,
    pub values: &'a [f64],
    pub color: RGBColor,
    pub dashed: bool,
}

/// Several per-epoch curves on one plot (for example training and test loss); value `i` of each
/// is epoch `i × stride`.
pub fn draw_curves<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    stride: usize,
    curves: &[Curve],
    palette: &Palette,
    scale: f64,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let px = |v: f64| (v * scale).round() as u32;
    area.fill(&palette.background)?;
    let stride = stride.max(1);
    let epochs = (curves
        .iter()
        .map(|c| c.values.len())
        .max()
        .unwrap_or(0)
        .saturating_sub(1)
        * stride)
        .max(10) as f64;
    let top = curves
        .iter()
        .flat_map(|c| c.values.iter())
        .filter(|v| v.is_finite())
        .fold(1.0f64, |a, b| a.max(*b))
        * 1.05;
    let mut legend: Vec<(String, Mark)> = Vec::new();
    let mut chart = ChartBuilder::on(area)
        .margin(px(10.0))
        .x_label_area_size(px(30.0))
        .y_label_area_size(px(40.0))
        .build_cartesian_2d(0.0..epochs, 0.0..top)?;
    let columns = chart.plotting_area().dim_in_pixel().0 as usize;
    themed_mesh(&mut chart.configure_mesh(), palette, scale, 12.0)
        .x_desc(crate::t!("plot-epoch"))
        .x_labels(6)
        .y_labels(5)
        .x_label_formatter(&|v| fixed(*v, 0))
        .y_label_formatter(&|v| fixed(*v, 1))
        .draw()?;
    for c in curves {
        // About two points per pixel column, however long the run.
        let points = envelope(c.values, columns)
            .into_iter()
            .map(|(i, v)| (i * stride as f64, v));
        let style = c.color.stroke_width(px(2.5));
        let color = c.color;
        if c.dashed {
            chart.draw_series(DashedLineSeries::new(points, px(6.0), px(4.0), style))?
        } else {
            chart.draw_series(LineSeries::new(points, style))?
        };
        legend.push((c.label.to_string(), Mark::line(color, px(2.5))));
    }
    let plot = chart.plotting_area().strip_coord_spec();
    draw_legend(&plot, Corner::UpperRight, &legend, palette, scale)?;
    area.present()
}
