//! The membrane-potential trace of one sweep (mV against ms) with the resting potential and the
//! threshold drawn and labelled, the injected current in a strip below, and the playhead; and
//! the Hodgkin-Huxley gates, "under the hood".

use plotters::coord::Shift;
use plotters::prelude::*;

use neuron_core::bio::sweep::{SAMPLE_MS, SWEEP_MS, Sweep};

use crate::i18n::fixed;

use super::{Corner, Mark, draw_legend, label_font, themed_mesh};
use crate::theme::Palette;

/// The potential axis, mV.
const V_RANGE: (f64, f64) = (-90.0, 55.0);

/// Draws `sweep` up to `until` ms (the playhead), with its model's rest and threshold lines.
pub fn draw_voltage_trace<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    sweep: &Sweep,
    until: f64,
    palette: &Palette,
    scale: f64,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let (rest, threshold) = (sweep.model.rest(), sweep.model.threshold());
    let end = sweep.duration().max(SAMPLE_MS);
    let current_unit = sweep.model.current_unit();
    let px = |v: f64| (v * scale).round() as u32;
    area.fill(&palette.background)?;
    let (top, bottom) = area.split_vertically((area.dim_in_pixel().1 as f64 * 0.74) as u32);
    let shown = ((until / SAMPLE_MS).round() as usize + 1).min(sweep.v.len());

    let mut chart = ChartBuilder::on(&top)
        .margin(px(10.0))
        .margin_bottom(px(2.0))
        .x_label_area_size(px(4.0))
        .y_label_area_size(px(46.0))
        .build_cartesian_2d(0.0..end, V_RANGE.0..V_RANGE.1)?;
    themed_mesh(&mut chart.configure_mesh(), palette, scale, 12.0)
        .y_desc("V (mV)")
        .x_labels(0)
        .y_labels(6)
        .y_label_formatter(&|v| fixed(*v, 0))
        .draw()?;
    for (level, is_rest, color) in [
        (rest, true, palette.muted),
        (threshold, false, palette.negative),
    ] {
        let value = fixed(level, 0);
        let label = if is_rest {
            crate::t!("plot-rest-line", value = value)
        } else {
            crate::t!("plot-threshold-line", value = value)
        };
        chart.draw_series(DashedLineSeries::new(
            [(0.0, level), (end, level)],
            px(6.0),
            px(4.0),
            color.stroke_width(px(1.5)),
        ))?;
        chart.draw_series(std::iter::once(Text::new(
            label,
            (end * 0.985, level + 2.5),
            label_font(11.0, scale, color).pos(plotters::style::text_anchor::Pos::new(
                plotters::style::text_anchor::HPos::Right,
                plotters::style::text_anchor::VPos::Bottom,
            )),
        )))?;
    }
    let points = sweep.v[..shown]
        .iter()
        .enumerate()
        .map(|(k, v)| (k as f64 * SAMPLE_MS, *v));
    chart.draw_series(LineSeries::new(points, palette.ink.stroke_width(px(2.0))))?;
    if until < end {
        chart.draw_series(LineSeries::new(
            [(until, V_RANGE.0), (until, V_RANGE.1)],
            palette.point.stroke_width(px(2.0)),
        ))?;
    }

    // The injected current.
    let (i_lo, i_hi) = sweep
        .current
        .iter()
        .fold((0.0f64, 1.0f64), |(a, b), i| (a.min(*i), b.max(*i)));
    let pad = 0.1 * (i_hi - i_lo);
    let mut strip = ChartBuilder::on(&bottom)
        .margin(px(10.0))
        .margin_top(px(2.0))
        .x_label_area_size(px(30.0))
        .y_label_area_size(px(46.0))
        .build_cartesian_2d(0.0..end, (i_lo - pad)..(i_hi + pad))?;
    strip
        .configure_mesh()
        .x_desc(crate::t!("plot-time"))
        .y_desc(format!("I ({current_unit})"))
        .x_labels(11)
        .y_labels(3)
        .label_style(label_font(11.0, scale, palette.muted))
        .axis_desc_style(label_font(11.0, scale, palette.ink))
        .axis_style(palette.muted)
        .disable_mesh()
        .x_label_formatter(&|v| fixed(*v, 0))
        .y_label_formatter(&|v| fixed(*v, 0))
        .draw()?;
    let current = sweep.current[..shown]
        .iter()
        .enumerate()
        .map(|(k, i)| (k as f64 * SAMPLE_MS, *i));
    strip.draw_series(LineSeries::new(current, palette.bias.stroke_width(px(2.0))))?;
    area.present()
}

/// One line of a [`draw_time_series`] plot: a value every `SAMPLE_MS`.
pub struct TimeSeries<'a> {
    pub label: &'a str,
    pub values: Vec<f64>,
    pub color: RGBColor,
    pub dashed: bool,
}

/// Lines against time over the sweep, drawn up to `until` ms, the vertical range fitted to the
/// values (or `y_range` if given).
pub fn draw_time_series<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    series: &[TimeSeries],
    until: f64,
    y_desc: &str,
    y_range: Option<(f64, f64)>,
    palette: &Palette,
    scale: f64,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let px = |v: f64| (v * scale).round() as u32;
    area.fill(&palette.background)?;
    let (lo, hi) = y_range.unwrap_or_else(|| {
        let (lo, hi) = series
            .iter()
            .flat_map(|s| s.values.iter())
            .fold((0.0f64, 0.0f64), |(a, b), v| (a.min(*v), b.max(*v)));
        let pad = 0.08 * (hi - lo).max(1e-9);
        (lo - pad, hi + pad)
    });
    let mut legend: Vec<(String, Mark)> = Vec::new();
    let mut chart = ChartBuilder::on(area)
        .margin(px(10.0))
        .x_label_area_size(px(30.0))
        .y_label_area_size(px(50.0))
        .build_cartesian_2d(0.0..SWEEP_MS, lo..hi)?;
    themed_mesh(&mut chart.configure_mesh(), palette, scale, 11.0)
        .x_desc(crate::t!("plot-time"))
        .y_desc(y_desc)
        .x_labels(11)
        .y_labels(5)
        .x_label_formatter(&|v| fixed(*v, 0))
        .y_label_formatter(&|v| fixed(*v, 1))
        .draw()?;
    for s in series {
        let shown = ((until / SAMPLE_MS).round() as usize + 1).min(s.values.len());
        let points = s.values[..shown]
            .iter()
            .enumerate()
            .map(|(k, v)| (k as f64 * SAMPLE_MS, *v));
        let color = s.color;
        let style = color.stroke_width(px(2.0));
        if s.dashed {
            chart.draw_series(DashedLineSeries::new(points, px(6.0), px(4.0), style))?
        } else {
            chart.draw_series(LineSeries::new(points, style))?
        };
        legend.push((s.label.to_string(), Mark::line(color, px(2.0))));
    }
    let plot = chart.plotting_area().strip_coord_spec();
    draw_legend(&plot, Corner::UpperRight, &legend, palette, scale)?;
    area.present()
}

/// The Hodgkin-Huxley gates m, h, n (open fractions) over the sweep, up to `until`.
pub fn draw_gates<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    sweep: &Sweep,
    until: f64,
    palette: &Palette,
    scale: f64,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let gate = |g: usize| sweep.gates.iter().map(|x| x[g]).collect();
    let labels = [
        crate::t!("plot-gate-m"),
        crate::t!("plot-gate-h"),
        crate::t!("plot-gate-n"),
    ];
    let series = [
        TimeSeries {
            label: &labels[0],
            values: gate(0),
            color: palette.negative,
            dashed: false,
        },
        TimeSeries {
            label: &labels[1],
            values: gate(1),
            color: palette.point,
            dashed: true,
        },
        TimeSeries {
            label: &labels[2],
            values: gate(2),
            color: palette.positive,
            dashed: false,
        },
    ];
    draw_time_series(
        area,
        &series,
        until,
        &crate::t!("plot-open-fraction"),
        Some((0.0, 1.0)),
        palette,
        scale,
    )
}

/// The Hodgkin-Huxley ionic currents (µA/cm², positive outward) over the sweep, up to `until`.
pub fn draw_ionic_currents<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    sweep: &Sweep,
    until: f64,
    palette: &Palette,
    scale: f64,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let current = |c: usize| sweep.ionic.iter().map(|x| x[c]).collect();
    let labels = [
        crate::t!("plot-current-sodium"),
        crate::t!("plot-current-potassium"),
        crate::t!("plot-current-leak"),
    ];
    let series = [
        TimeSeries {
            label: &labels[0],
            values: current(0),
            color: palette.negative,
            dashed: false,
        },
        TimeSeries {
            label: &labels[1],
            values: current(1),
            color: palette.positive,
            dashed: false,
        },
        TimeSeries {
            label: &labels[2],
            values: current(2),
            color: palette.muted,
            dashed: true,
        },
    ];
    draw_time_series(
        area,
        &series,
        until,
        &crate::t!("plot-current-y"),
        None,
        palette,
        scale,
    )
}
