//! The dendrite widget's plots: one run's dendritic and somatic potentials against time, and the
//! dendrite's "activation function" (the dCaAP amplitude against its input) beside the sigmoid
//! and ReLU of the artificial neuron.

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use crate::i18n::fixed;
use neuron_core::activation::sigmoid;
use neuron_core::bio::dendrite::{A_MAX, DURATION_MS, DendriteRun, INPUT_MAX, SOMA};

use super::{Corner, Mark, draw_legend, label_font, themed_mesh};
use crate::theme::Palette;

/// The potential axis, mV.
const V_RANGE: (f64, f64) = (-78.0, 35.0);
/// The response axis of the curve plot (amplitude over its maximum).
const RESPONSE_MAX: f64 = 1.15;

/// Draws the dendrite's potential (rest plus the dCaAP) and the soma's over one run, with the
/// soma's threshold.
pub fn draw_dendrite_run<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    run: &DendriteRun,
    palette: &Palette,
    scale: f64,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let px = |v: f64| (v * scale).round() as u32;
    area.fill(&palette.background)?;
    let mut chart = ChartBuilder::on(area)
        .margin(px(10.0))
        .x_label_area_size(px(30.0))
        .y_label_area_size(px(46.0))
        .build_cartesian_2d(0.0..DURATION_MS, V_RANGE.0..V_RANGE.1)?;
    themed_mesh(&mut chart.configure_mesh(), palette, scale, 11.0)
        .x_desc(crate::t!("plot-time"))
        .y_desc("V (mV)")
        .x_labels(6)
        .y_labels(6)
        .x_label_formatter(&|v| fixed(*v, 0))
        .y_label_formatter(&|v| fixed(*v, 0))
        .draw()?;
    chart.draw_series(DashedLineSeries::new(
        [(0.0, SOMA.v_th), (DURATION_MS, SOMA.v_th)],
        px(6.0),
        px(4.0),
        palette.negative.stroke_width(px(1.5)),
    ))?;
    chart.draw_series(std::iter::once(Text::new(
        crate::t!("plot-soma-threshold", value = fixed(SOMA.v_th, 0)),
        (DURATION_MS * 0.985, SOMA.v_th - 1.5),
        label_font(11.0, scale, palette.negative).pos(Pos::new(HPos::Right, VPos::Top)),
    )))?;
    let dendrite = run
        .times
        .iter()
        .zip(&run.v_dend)
        .map(|(t, v)| (*t, SOMA.e_l + v));
    chart.draw_series(LineSeries::new(
        dendrite,
        palette.positive.stroke_width(px(2.5)),
    ))?;
    let soma = run.times.iter().zip(&run.v_soma).map(|(t, v)| (*t, *v));
    chart.draw_series(LineSeries::new(soma, palette.ink.stroke_width(px(2.0))))?;
    let legend = [
        (
            crate::t!("plot-dendrite-potential"),
            Mark::line(palette.positive, px(2.5)),
        ),
        (crate::t!("plot-soma"), Mark::line(palette.ink, px(2.0))),
    ];
    let plot = chart.plotting_area().strip_coord_spec();
    draw_legend(&plot, Corner::UpperRight, &legend, palette, scale)?;
    area.present()
}

/// What the curve plot marks: the inputs of one and of two active inputs, the threshold θ, and
/// the dCaAP amplitude the soma needs to fire.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct CurveMarks {
    pub theta: f64,
    pub levels: [f64; 2],
    pub amplitudes: [f64; 2],
    pub firing_amplitude: f64,
}

/// Draws the dendrite's amplitude curve `A(I)/A_max` (from the core's samples) with the sigmoid
/// `σ(I − θ)` and ReLU `max(0, I − θ)` for comparison, the soma's firing level, and the inputs of
/// one and two active inputs.
pub fn draw_dendrite_curve<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    curve: &[(f64, f64)],
    marks: &CurveMarks,
    palette: &Palette,
    scale: f64,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let px = |v: f64| (v * scale).round() as u32;
    area.fill(&palette.background)?;
    let mut chart = ChartBuilder::on(area)
        .margin(px(10.0))
        .x_label_area_size(px(30.0))
        .y_label_area_size(px(40.0))
        .build_cartesian_2d(0.0..INPUT_MAX, 0.0..RESPONSE_MAX)?;
    themed_mesh(&mut chart.configure_mesh(), palette, scale, 11.0)
        .x_desc(crate::t!("plot-dendrite-curve-x"))
        .y_desc(crate::t!("plot-dendrite-curve-y"))
        .x_labels(7)
        .y_labels(6)
        .x_label_formatter(&|v| fixed(*v, 0))
        .y_label_formatter(&|v| fixed(*v, 1))
        .draw()?;

    // For comparison, the artificial neuron's activations of I − θ, dashed and labelled at
    // their ends (ReLU stops where it leaves the plot).
    let theta = marks.theta;
    let n = 120;
    let sig = (0..=n).map(|k| {
        let i = INPUT_MAX * f64::from(k) / f64::from(n);
        (i, sigmoid(i - theta))
    });
    let comparison = palette.muted.stroke_width(px(1.5));
    chart.draw_series(DashedLineSeries::new(sig, px(6.0), px(4.0), comparison))?;
    let relu_end = (theta + RESPONSE_MAX).min(INPUT_MAX);
    chart.draw_series(DashedLineSeries::new(
        [(0.0, 0.0), (theta, 0.0), (relu_end, relu_end - theta)],
        px(2.0),
        px(3.0),
        comparison,
    ))?;
    let muted = label_font(11.0, scale, palette.muted);
    chart.draw_series([
        Text::new(
            crate::t!("plot-dendrite-sigmoid"),
            (theta + 2.4, sigmoid(2.4) - 0.05),
            muted.pos(Pos::new(HPos::Left, VPos::Top)),
        ),
        Text::new(
            crate::t!("plot-dendrite-relu"),
            (relu_end - 0.08, RESPONSE_MAX - 0.01),
            muted.pos(Pos::new(HPos::Right, VPos::Top)),
        ),
    ])?;

    // The level the soma needs to fire.
    let fire = marks.firing_amplitude / A_MAX;
    chart.draw_series(DashedLineSeries::new(
        [(0.0, fire), (INPUT_MAX, fire)],
        px(6.0),
        px(4.0),
        palette.negative.stroke_width(px(1.5)),
    ))?;
    chart.draw_series(std::iter::once(Text::new(
        crate::t!("plot-soma-fires"),
        (INPUT_MAX * 0.99, fire + 0.02),
        label_font(11.0, scale, palette.negative).pos(Pos::new(HPos::Right, VPos::Bottom)),
    )))?;

    chart.draw_series(LineSeries::new(
        curve.iter().map(|(i, a)| (*i, a / A_MAX)),
        palette.ink.stroke_width(px(3.0)),
    ))?;

    // One and two active inputs, filled where the soma fires.
    let names = [crate::t!("plot-one-input"), crate::t!("plot-both-inputs")];
    for (k, name) in names.into_iter().enumerate() {
        let (i, a) = (marks.levels[k], marks.amplitudes[k] / A_MAX);
        let fires = marks.amplitudes[k] >= marks.firing_amplitude;
        chart.draw_series([
            Circle::new(
                (i, a),
                px(6.0),
                if fires {
                    palette.point.filled()
                } else {
                    palette.background.filled()
                },
            ),
            Circle::new((i, a), px(6.0), palette.point.stroke_width(px(2.5))),
        ])?;
        chart.draw_series(std::iter::once(
            EmptyElement::at((i, a))
                + Text::new(
                    name,
                    (0, px(10.0) as i32),
                    label_font(12.0, scale, palette.ink).pos(Pos::new(HPos::Center, VPos::Top)),
                ),
        ))?;
    }
    let legend = [(
        crate::t!("plot-dendrite-amplitude"),
        Mark::line(palette.ink, px(3.0)),
    )];
    let plot = chart.plotting_area().strip_coord_spec();
    draw_legend(&plot, Corner::UpperRight, &legend, palette, scale)?;
    area.present()
}
