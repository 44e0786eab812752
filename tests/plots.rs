//! The drawing functions, natively, into SVG: they draw what the core computed, where it belongs.

use neuron_core::{Activation, ActivationCurve};
use neuron_lab::explorer::synapse_width;
use neuron_lab::plot::draw_activation_curve;
use neuron_lab::theme::{DARK, LIGHT};
use plotters::prelude::*;

/// The page's English words (the catalogue the browser would fetch).
fn english() {
    neuron_lab::i18n::install("en", include_str!("../locales/en.ftl"));
}

fn render(curve: &ActivationCurve, dark: bool) -> String {
    let mut svg = String::new();
    {
        let area = SVGBackend::with_string(&mut svg, (640, 400)).into_drawing_area();
        let palette = if dark { DARK } else { LIGHT };
        draw_activation_curve(&area, curve, &palette, 1.0).expect("drawn");
    }
    svg
}

fn hex(c: RGBColor) -> String {
    format!("#{:02X}{:02X}{:02X}", c.0, c.1, c.2)
}

#[test]
fn the_plot_draws_curve_slope_point_and_labels() {
    english();
    let svg = render(&ActivationCurve::new(Activation::Sigmoid, 0.96), false);
    assert!(svg.contains(&hex(LIGHT.ink)), "the curve in ink");
    assert!(svg.contains(&hex(LIGHT.slope)), "the slope in green");
    assert!(svg.contains(&hex(LIGHT.point)), "the point in orange");
    assert!(svg.contains("<circle"), "the operating point");
    assert!(svg.contains("(0.96, 0.7231)"), "the point's label");
    assert!(svg.contains("z (weighted sum)"));
    assert!(
        svg.contains("f(z), Sigmoid"),
        "the legend names the activation"
    );
}

#[test]
fn the_operating_point_moves_with_z() {
    english();
    let a = render(&ActivationCurve::new(Activation::Tanh, -1.0), false);
    let b = render(&ActivationCurve::new(Activation::Tanh, 2.0), false);
    assert_ne!(a, b);
    assert!(b.contains("(2.00, 0.9640)"));
}

#[test]
fn dark_mode_uses_the_dark_palette() {
    english();
    let svg = render(&ActivationCurve::new(Activation::Relu, 1.0), true);
    assert!(svg.contains(&hex(DARK.background)));
    assert!(!svg.contains(&hex(LIGHT.background)));
}

#[test]
fn synapse_width_grows_with_strength_not_sign() {
    english();
    assert_eq!(synapse_width(0.0), 1.5);
    assert_eq!(synapse_width(0.9), synapse_width(-0.9));
    assert!(synapse_width(2.0) > synapse_width(1.0));
    assert_eq!(synapse_width(3.0), 9.0);
    assert_eq!(synapse_width(1e9), 9.0);
}

#[test]
fn the_voltage_trace_draws_rest_threshold_and_the_spike() {
    english();
    use neuron_core::bio::sweep::{Protocol, record};
    use neuron_lab::plot::draw_voltage_trace;
    let sweep = record(&Protocol::default(), 0);
    let mut svg = String::new();
    {
        let area = SVGBackend::with_string(&mut svg, (800, 450)).into_drawing_area();
        draw_voltage_trace(&area, &sweep, 100.0, &LIGHT, 1.0).expect("drawn");
    }
    assert!(svg.contains("rest −65 mV") && svg.contains("threshold −55 mV"));
    assert!(svg.contains("I (µA/cm²)"));
    assert!(
        svg.contains(&hex(LIGHT.negative)),
        "the threshold line in vermillion"
    );
    let mut part = String::new();
    {
        let area = SVGBackend::with_string(&mut part, (800, 450)).into_drawing_area();
        draw_voltage_trace(&area, &sweep, 5.0, &LIGHT, 1.0).expect("drawn");
    }
    assert!(
        part.len() < svg.len(),
        "a playhead at 5 ms draws less of the trace"
    );
    assert!(part.contains(&hex(LIGHT.point)), "the playhead in orange");
}

#[test]
fn the_raster_draws_one_tick_per_spike() {
    english();
    use neuron_lab::plot::draw_raster;
    let rows = vec![vec![10.0, 20.0], vec![], vec![15.0]];
    let mut svg = String::new();
    {
        let area = SVGBackend::with_string(&mut svg, (600, 200)).into_drawing_area();
        draw_raster(&area, &rows, &LIGHT, 1.0).expect("drawn");
    }
    let ticks = svg
        .matches(&format!("stroke=\"{}\"", hex(LIGHT.ink)))
        .count();
    assert!(ticks >= 3, "{ticks} ink strokes");
}

#[test]
fn a_long_training_history_is_drawn_as_its_envelope() {
    english();
    use neuron_lab::plot::draw_loss_curve;
    // 100 000 epochs of a falling, noisy loss: the drawn line has a bounded number of points,
    // and still reaches the run's last epoch.
    let history: Vec<(f64, f64)> = (0..100_000)
        .map(|i| {
            let loss = 0.7 / (1.0 + i as f64 / 500.0) + 0.02 * ((i * 31) % 7) as f64 / 7.0;
            (loss, 1.0 - loss)
        })
        .collect();
    let mut svg = String::new();
    {
        let area = SVGBackend::with_string(&mut svg, (600, 300)).into_drawing_area();
        draw_loss_curve(&area, &history, 1, &LIGHT, 1.0).expect("drawn");
    }
    let loss_line = svg
        .lines()
        .find(|l| l.contains("<polyline") && l.contains(&hex(LIGHT.ink)))
        .expect("the loss line is drawn");
    let points = loss_line.matches(',').count();
    assert!(
        (100..=1300).contains(&points),
        "{points} points for 100 000 epochs on a 600 px plot"
    );
}

#[test]
fn a_thinned_history_is_drawn_against_its_real_epochs() {
    english();
    use neuron_lab::plot::draw_loss_curve;
    // 101 kept entries, one every 100 epochs: the epoch axis runs to 10 000.
    let history: Vec<(f64, f64)> = (0..=100).map(|i| (1.0 / (1.0 + i as f64), 0.5)).collect();
    let render = |stride: usize| {
        let mut svg = String::new();
        {
            let area = SVGBackend::with_string(&mut svg, (600, 300)).into_drawing_area();
            draw_loss_curve(&area, &history, stride, &LIGHT, 1.0).expect("drawn");
        }
        svg
    };
    let labels = |svg: String| -> Vec<f64> {
        svg.split("</text>")
            .filter_map(|t| t.rsplit('>').next()?.trim().parse().ok())
            .collect()
    };
    let top = |v: Vec<f64>| v.into_iter().fold(0.0, f64::max);
    assert!(
        top(labels(render(100))) >= 8000.0,
        "{:?}",
        labels(render(100))
    );
    let short = top(labels(render(1)));
    assert!((80.0..=100.0).contains(&short), "{short}");
}

#[test]
fn the_neuron_diagram_shows_every_part_with_live_numbers() {
    english();
    use neuron_core::ExplorerState;
    use neuron_lab::explorer::diagram_markup;
    let state = ExplorerState::example();
    let evaluation = state.evaluate().expect("the example evaluates");
    let svg = diagram_markup(&state, Some(&evaluation), Some(1));
    assert!(svg.contains(r#"<title id="diagram-title">Neuron diagram</title>"#));
    assert!(svg.contains("3 inputs: x1 = 0.5 through an excitatory synapse of weight 0.4"));
    // One synapse per input, the second inhibitory (dashed by its class) and highlighted.
    assert_eq!(svg.matches(r#"<line class="synapse "#).count(), 3);
    assert_eq!(svg.matches(r#"class="synapse negative""#).count(), 1);
    assert_eq!(svg.matches("is-highlighted").count(), 1);
    let second = svg
        .split(r#"<g class="input-group"#)
        .nth(2)
        .expect("a second input");
    assert!(second.starts_with(" is-highlighted") && second.contains("synapse negative"));
    for text in ["b = 0.1", "z = 0.96", ">0.72<", ">σ<", " = −0.2</tspan>"] {
        assert!(svg.contains(text), "{text}");
    }
    // Without an evaluation (no valid output) the numbers are left out, not invented.
    let blank = diagram_markup(&state, None, None);
    assert!(!blank.contains("z = ") && !blank.contains("is-highlighted"));
}

/// Renders one of the drawing functions into an SVG string.
fn svg_of(draw: impl FnOnce(&DrawingArea<SVGBackend, plotters::coord::Shift>)) -> String {
    let mut svg = String::new();
    {
        let area = SVGBackend::with_string(&mut svg, (640, 360)).into_drawing_area();
        draw(&area);
    }
    svg
}

#[test]
fn the_dendrite_traces_show_both_potentials_and_the_threshold() {
    english();
    use neuron_core::bio::dendrite::{DendriteParams, simulate};
    use neuron_lab::plot::draw_dendrite_run;
    let params = DendriteParams::default();
    let one = simulate(&params, [false, true]);
    let both = simulate(&params, [true, true]);
    let draw = |run| svg_of(|a| draw_dendrite_run(a, run, &LIGHT, 1.0).expect("drawn"));
    let (a, b) = (draw(&one), draw(&both));
    assert!(a.contains("soma threshold −55 mV"));
    assert!(a.contains("dendrite (rest + dCaAP)"));
    assert!(
        a.contains(&hex(LIGHT.positive)),
        "the dendrite in the excitatory blue"
    );
    assert_ne!(a, b, "a different pattern draws a different run");
}

#[test]
fn the_dcaap_curve_marks_both_inputs_filled_only_where_the_soma_fires() {
    english();
    use neuron_core::bio::dendrite::{DendriteParams, amplitude_curve, firing_amplitude};
    use neuron_lab::plot::{CurveMarks, draw_dendrite_curve};
    let p = DendriteParams::default();
    let levels = p.input_levels();
    let marks = CurveMarks {
        theta: p.theta,
        levels,
        amplitudes: levels.map(|i| p.amplitude(i)),
        firing_amplitude: firing_amplitude(),
    };
    let svg = svg_of(|a| {
        draw_dendrite_curve(a, &amplitude_curve(&p, 241), &marks, &LIGHT, 1.0).expect("drawn")
    });
    for label in [
        "one input",
        "both",
        "sigmoid σ(I − θ)",
        "ReLU",
        "soma fires above",
    ] {
        assert!(svg.contains(label), "{label}");
    }
    // One input fires (a filled orange dot), both do not (an orange ring on the background).
    let point = hex(LIGHT.point);
    assert_eq!(
        svg.matches(&format!("fill=\"{point}\"")).count(),
        1,
        "one filled marker"
    );
}

#[test]
fn the_angle_plot_draws_its_ninety_degree_line() {
    english();
    use neuron_lab::plot::draw_angle;
    let svg = svg_of(|a| {
        draw_angle(a, &[(0, 95.0), (50, 60.0), (100, 30.0)], &LIGHT, 1.0).expect("drawn")
    });
    assert!(svg.contains("90°: no better than a random direction"));
    assert!(svg.contains("angle (°)"));
    let empty = svg_of(|a| draw_angle(a, &[], &LIGHT, 1.0).expect("drawn even with no angle"));
    assert!(empty.contains("epoch"));
}
