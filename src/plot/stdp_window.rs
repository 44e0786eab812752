//! The STDP window: the weight change of one spike pair against `Δt = t_post − t_pre`.

use plotters::coord::Shift;
use plotters::prelude::*;

use crate::i18n::fixed;
use neuron_core::bio::rate_code::linspace;
use neuron_core::bio::stdp::StdpParams;

use super::{Corner, Mark, draw_legend, themed_mesh};
use crate::theme::Palette;

/// The plotted Δt range, ms.
const RANGE: f64 = 100.0;

/// Draws the window of `params`, marking the pairing `marked` (ms) if any.
pub fn draw_stdp_window<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    params: &StdpParams,
    marked: Option<f64>,
    palette: &Palette,
    scale: f64,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let px = |v: f64| (v * scale).round() as u32;
    area.fill(&palette.background)?;
    let top = params.a_plus.max(params.a_minus) * 1.2;
    let mut chart = ChartBuilder::on(area)
        .margin(px(10.0))
        .x_label_area_size(px(32.0))
        .y_label_area_size(px(52.0))
        .build_cartesian_2d(-RANGE..RANGE, -top..top)?;
    themed_mesh(&mut chart.configure_mesh(), palette, scale, 11.0)
        .x_desc("Δt = t_post − t_pre (ms)")
        .y_desc(crate::t!("plot-stdp-y"))
        .x_labels(9)
        .y_labels(5)
        .x_label_formatter(&|v| fixed(*v, 0))
        .y_label_formatter(&|v| fixed(*v, 3))
        .draw()?;
    let axis = palette.muted.stroke_width(px(1.0));
    chart.draw_series(LineSeries::new([(-RANGE, 0.0), (RANGE, 0.0)], axis))?;
    chart.draw_series(LineSeries::new([(0.0, -top), (0.0, top)], axis))?;
    let left = linspace(-RANGE, -0.01, 150);
    let right = linspace(0.01, RANGE, 150);
    chart.draw_series(LineSeries::new(
        left.iter().map(|t| (*t, params.window(*t))),
        palette.negative.stroke_width(px(3.0)),
    ))?;
    chart.draw_series(LineSeries::new(
        right.iter().map(|t| (*t, params.window(*t))),
        palette.positive.stroke_width(px(3.0)),
    ))?;
    if let Some(dt) = marked {
        chart.draw_series([Circle::new(
            (dt, params.window(dt)),
            px(7.0),
            palette.point.stroke_width(px(3.0)),
        )])?;
    }
    area.present()
}

/// The synapse's weight after each repeated pairing (STDP) beside an artificial weight after
/// each gradient-descent update.
pub fn draw_weight_trajectories<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    stdp: &[f64],
    gradient: &[f64],
    palette: &Palette,
    scale: f64,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let px = |v: f64| (v * scale).round() as u32;
    area.fill(&palette.background)?;
    let n = stdp.len().max(gradient.len()).saturating_sub(1).max(10) as f64;
    let top = stdp.iter().chain(gradient).cloned().fold(1.0, f64::max) * 1.05;
    let bottom = stdp.iter().chain(gradient).cloned().fold(0.0, f64::min);
    let mut legend: Vec<(String, Mark)> = Vec::new();
    let mut chart = ChartBuilder::on(area)
        .margin(px(10.0))
        .x_label_area_size(px(30.0))
        .y_label_area_size(px(46.0))
        .build_cartesian_2d(0.0..n, bottom..top)?;
    themed_mesh(&mut chart.configure_mesh(), palette, scale, 11.0)
        .x_desc(crate::t!("plot-repetitions"))
        .y_desc(crate::t!("plot-weight"))
        .x_labels(6)
        .y_labels(5)
        .x_label_formatter(&|v| fixed(*v, 0))
        .y_label_formatter(&|v| fixed(*v, 1))
        .draw()?;
    let series = |values: &[f64]| {
        values
            .iter()
            .enumerate()
            .map(|(k, w)| (k as f64, *w))
            .collect::<Vec<_>>()
    };
    chart.draw_series(LineSeries::new(
        series(stdp),
        palette.ink.stroke_width(px(2.5)),
    ))?;
    legend.push((
        crate::t!("plot-stdp-synapse"),
        Mark::line(palette.ink, px(2.5)),
    ));
    chart.draw_series(DashedLineSeries::new(
        series(gradient),
        px(6.0),
        px(4.0),
        palette.slope.stroke_width(px(2.5)),
    ))?;
    legend.push((
        crate::t!("plot-stdp-artificial"),
        Mark::line(palette.slope, px(2.5)),
    ));
    let plot = chart.plotting_area().strip_coord_spec();
    draw_legend(&plot, Corner::UpperLeft, &legend, palette, scale)?;
    area.present()
}
