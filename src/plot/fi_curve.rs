//! The bridge: a neuron's measured firing rate against constant input current (dots), with a
//! ReLU and a sigmoid fitted to it (lines).

use plotters::coord::Shift;
use plotters::prelude::*;

use crate::i18n::fixed;
use neuron_core::bio::rate_code::{ReluFit, SigmoidFit, linspace};

use super::{Corner, Mark, draw_legend, themed_mesh};
use crate::theme::Palette;

/// Draws the measured `points` (current, rate) and the fits.
pub fn draw_fi_curve<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    points: &[(f64, f64)],
    relu: Option<ReluFit>,
    sigmoid: Option<SigmoidFit>,
    current_unit: &str,
    palette: &Palette,
    scale: f64,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let px = |v: f64| (v * scale).round() as u32;
    area.fill(&palette.background)?;
    let (lo, hi) = points
        .iter()
        .fold((f64::INFINITY, f64::NEG_INFINITY), |(a, b), p| {
            (a.min(p.0), b.max(p.0))
        });
    let (lo, hi) = if lo < hi { (lo, hi) } else { (0.0, 1.0) };
    let top = points.iter().map(|p| p.1).fold(10.0, f64::max) * 1.15;
    let mut legend: Vec<(String, Mark)> = Vec::new();
    let mut chart = ChartBuilder::on(area)
        .margin(px(10.0))
        .x_label_area_size(px(32.0))
        .y_label_area_size(px(46.0))
        .build_cartesian_2d(lo..hi, 0.0..top)?;
    themed_mesh(&mut chart.configure_mesh(), palette, scale, 11.0)
        .x_desc(crate::t!("plot-fi-x", unit = current_unit))
        .y_desc(crate::t!("plot-fi-y"))
        .x_labels(7)
        .y_labels(6)
        .x_label_formatter(&|v| fixed(*v, 1))
        .y_label_formatter(&|v| fixed(*v, 0))
        .draw()?;
    let xs = linspace(lo, hi, 200);
    if let Some(fit) = relu {
        chart.draw_series(LineSeries::new(
            xs.iter().map(|i| (*i, fit.rate(*i))),
            palette.positive.stroke_width(px(2.0)),
        ))?;
        legend.push((
            crate::t!("plot-fi-relu"),
            Mark::line(palette.positive, px(2.0)),
        ));
    }
    if let Some(fit) = sigmoid {
        chart.draw_series(DashedLineSeries::new(
            xs.iter().map(|i| (*i, fit.rate(*i))),
            px(6.0),
            px(4.0),
            palette.slope.stroke_width(px(2.0)),
        ))?;
        legend.push((
            crate::t!("plot-fi-sigmoid"),
            Mark::line(palette.slope, px(2.0)),
        ));
    }
    chart.draw_series(
        points
            .iter()
            .map(|p| Circle::new(*p, px(4.0), palette.ink.filled())),
    )?;
    legend.push((
        crate::t!("plot-fi-measured"),
        Mark::Dot {
            color: palette.ink,
            radius: px(4.0),
        },
    ));
    let plot = chart.plotting_area().strip_coord_spec();
    draw_legend(&plot, Corner::UpperLeft, &legend, palette, scale)?;
    area.present()
}
