//! The spike raster: one row per sweep, a tick at each spike time, the newest sweep on top.

use plotters::coord::Shift;
use plotters::prelude::*;

use crate::i18n::fixed;
use neuron_core::bio::sweep::SWEEP_MS;

use super::label_font;
use crate::theme::Palette;

/// Rows shown at most.
pub const RASTER_ROWS: usize = 20;

/// Draws `rows` (spike times per sweep, oldest first).
pub fn draw_raster<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    rows: &[Vec<f64>],
    palette: &Palette,
    scale: f64,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let px = |v: f64| (v * scale).round() as u32;
    area.fill(&palette.background)?;
    let n = RASTER_ROWS as f64;
    let mut chart = ChartBuilder::on(area)
        .margin(px(10.0))
        .x_label_area_size(px(30.0))
        .y_label_area_size(px(46.0))
        .build_cartesian_2d(0.0..SWEEP_MS, 0.0..n)?;
    chart
        .configure_mesh()
        .x_desc(crate::t!("plot-time"))
        .y_desc(crate::t!("plot-sweep"))
        .x_labels(11)
        .y_labels(5)
        .label_style(label_font(11.0, scale, palette.muted))
        .axis_desc_style(label_font(11.0, scale, palette.ink))
        .axis_style(palette.muted)
        .disable_mesh()
        .x_label_formatter(&|v| fixed(*v, 0))
        .y_label_formatter(&|v| fixed(*v, 0))
        .draw()?;
    let skip = rows.len().saturating_sub(RASTER_ROWS);
    for (r, spikes) in rows.iter().skip(skip).enumerate() {
        let y = r as f64;
        chart.draw_series(spikes.iter().map(|t| {
            PathElement::new(
                [(*t, y + 0.15), (*t, y + 0.85)],
                palette.ink.stroke_width(px(2.0)),
            )
        }))?;
    }
    area.present()
}

/// One labelled row of spikes for [`draw_spike_trains`].
pub struct Train<'a> {
    pub label: String,
    pub times: &'a [f64],
    pub color: RGBColor,
}

/// Spike trains as labelled rows over `duration` ms, the first row on top.
pub fn draw_spike_trains<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    trains: &[Train],
    duration: f64,
    palette: &Palette,
    scale: f64,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let px = |v: f64| (v * scale).round() as u32;
    area.fill(&palette.background)?;
    let n = trains.len().max(1) as f64;
    let mut chart = ChartBuilder::on(area)
        .margin(px(10.0))
        .x_label_area_size(px(30.0))
        .y_label_area_size(px(74.0))
        .build_cartesian_2d(0.0..duration, 0.0..n)?;
    let labels: Vec<String> = trains.iter().map(|t| t.label.clone()).collect();
    chart
        .configure_mesh()
        .x_desc(crate::t!("plot-time"))
        .x_labels(6)
        .y_labels(trains.len() * 2 + 1)
        .label_style(label_font(11.0, scale, palette.muted))
        .axis_desc_style(label_font(11.0, scale, palette.ink))
        .axis_style(palette.muted)
        .disable_mesh()
        .x_label_formatter(&|v| fixed(*v, 0))
        .y_label_formatter(&|v| {
            // Label the middle of each row, top row first.
            let row = n - v - 0.5;
            if (row - row.round()).abs() < 1e-6 {
                labels
                    .get(row.round() as usize)
                    .cloned()
                    .unwrap_or_default()
            } else {
                String::new()
            }
        })
        .draw()?;
    for (r, train) in trains.iter().enumerate() {
        let y = n - 1.0 - r as f64;
        chart.draw_series(train.times.iter().map(|t| {
            PathElement::new(
                [(*t, y + 0.15), (*t, y + 0.85)],
                train.color.stroke_width(px(1.5)),
            )
        }))?;
    }
    area.present()
}
