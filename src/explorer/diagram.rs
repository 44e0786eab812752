//! The neuron diagram: inputs as dendrites, weights as synapses (line width by strength, colour
//! and dash by sign), the cell body summing, the axon hillock deciding, the axon carrying the
//! output. The biological name of each part stands beside the artificial one.

use crate::i18n::{fixed, trimmed};
use leptos::prelude::*;
use neuron_core::neuron::SynapseKind;
use neuron_core::params::WEIGHT;
use neuron_core::{Evaluation, ExplorerState};

use super::ExplorerModel;

/// The SVG's user-space size.
const WIDTH: f64 = 660.0;
const HEIGHT: f64 = 330.0;
/// Where the parts sit.
const INPUT_X: f64 = 92.0;
const INPUT_R: f64 = 22.0;
const SOMA: (f64, f64) = (400.0, 180.0);
const SOMA_R: f64 = 50.0;
const HILLOCK_X: f64 = 506.0;
const OUTPUT: (f64, f64) = (606.0, 180.0);
const OUTPUT_R: f64 = 28.0;
/// The band the inputs share.
const INPUTS_TOP: f64 = 62.0;
const INPUTS_BOTTOM: f64 = 300.0;

/// The stroke width of a synapse of weight `w`: from 1.5 (silent) to 9 (strongest).
pub fn synapse_width(w: f64) -> f64 {
    1.5 + 7.5 * (w.abs() / WEIGHT.max).min(1.0)
}

/// The centre height of input `i` of `n`.
fn input_y(i: usize, n: usize) -> f64 {
    INPUTS_TOP + (i as f64 + 0.5) * (INPUTS_BOTTOM - INPUTS_TOP) / n.max(1) as f64
}

/// Where a synapse from `(x, y)` meets the cell body's edge.
fn soma_contact(x: f64, y: f64) -> (f64, f64) {
    let (dx, dy) = (SOMA.0 - x, SOMA.1 - y);
    let len = dx.hypot(dy).max(1e-9);
    (SOMA.0 - SOMA_R * dx / len, SOMA.1 - SOMA_R * dy / len)
}

#[component]
pub fn NeuronDiagram(model: ExplorerModel) -> impl IntoView {
    // One SVG fragment from the state: the diagram has no controls of its own, so it is redrawn
    // whole (a few kilobytes of markup) rather than kept as dozens of reactive attributes.
    let body = move || {
        let highlighted = model.highlighted.get();
        model.state.with(|s| {
            model
                .evaluation
                .with(|e| diagram_markup(s, e.as_ref().ok(), highlighted))
        })
    };

    view! {
        <figure class="diagram" aria-labelledby="diagram-title">
            <svg
                viewBox=format!("0 0 {WIDTH} {HEIGHT}")
                role="img"
                aria-labelledby="diagram-title diagram-desc"
                class="neuron-diagram"
                inner_html=body
            ></svg>
            <figcaption class="diagram-legend">
                <span class="legend-item">
                    <span class="swatch positive" aria-hidden="true"></span>
                    {crate::t!("explorer-legend-excitatory")}
                </span>
                <span class="legend-item">
                    <span class="swatch negative" aria-hidden="true"></span>
                    {crate::t!("explorer-legend-inhibitory")}
                </span>
                <span class="legend-item">{crate::t!("explorer-legend-width")}</span>
            </figcaption>
        </figure>
    }
}

/// The diagram's SVG content for `state` (with its evaluation, if it has one), input
/// `highlighted` (if any) drawn highlighted: title and description, headings, one synapse per
/// input, the bias, the cell body, the axon hillock and the output.
pub fn diagram_markup(
    state: &ExplorerState,
    evaluation: Option<&Evaluation>,
    highlighted: Option<usize>,
) -> String {
    let mut svg = String::with_capacity(4096);
    let mut put = |s: String| svg.push_str(&s);
    put(format!(
        r#"<title id="diagram-title">{}</title><desc id="diagram-desc">{}</desc>"#,
        escape(&crate::t!("explorer-diagram-title")),
        escape(&describe(state, evaluation))
    ));
    put(r#"<g class="diagram-headings" aria-hidden="true">"#.to_string());
    for (x, top, bottom) in [
        (
            INPUT_X,
            crate::t!("explorer-diagram-inputs"),
            crate::t!("explorer-diagram-dendrites"),
        ),
        (
            250.0,
            crate::t!("explorer-diagram-weights"),
            crate::t!("explorer-diagram-synapses"),
        ),
        (
            SOMA.0,
            "Σ + b".to_string(),
            crate::t!("explorer-diagram-cell-body"),
        ),
        (
            HILLOCK_X,
            "f".to_string(),
            crate::t!("explorer-diagram-hillock"),
        ),
        (
            OUTPUT.0,
            crate::t!("explorer-diagram-output"),
            crate::t!("explorer-diagram-axon"),
        ),
    ] {
        put(format!(
            r#"<text x="{x}" y="22">{}</text><text x="{x}" y="40" class="bio">{}</text>"#,
            escape(&top),
            escape(&bottom)
        ));
    }
    put("</g>".to_string());
    let n = state.input_count();
    for (i, (x, w)) in state.inputs().iter().zip(state.weights()).enumerate() {
        put(synapse(i, n, *x, *w, highlighted == Some(i)));
    }
    // The bias enters the cell body from above.
    let (sx, sy) = SOMA;
    put(format!(
        r#"<g class="bias-arrow"><line x1="{sx}" y1="70" x2="{sx}" y2="{}"/><path d="M{sx} {} l-6 -10 h12 z"/><text x="{}" y="84" class="value-label anchor-start">b = {}</text></g>"#,
        sy - SOMA_R - 6.0,
        sy - SOMA_R - 2.0,
        sx + 10.0,
        trimmed(state.bias(), 2)
    ));
    let z = evaluation.map(|e| format!("z = {}", fixed(e.pre_activation, 2)));
    put(format!(
        r#"<circle class="soma" cx="{sx}" cy="{sy}" r="{SOMA_R}"/><text class="soma-sigma" x="{sx}" y="{}">Σ</text><text class="value-label" x="{sx}" y="{}">{}</text>"#,
        sy - 6.0,
        sy + 22.0,
        z.unwrap_or_default()
    ));
    put(format!(
        r#"<line class="axon" x1="{}" x2="{}" y1="{sy}" y2="{sy}"/><rect class="hillock" x="{}" y="{}" width="60" height="44" rx="10"/><text class="hillock-symbol" x="{HILLOCK_X}" y="{}">{}</text>"#,
        sx + SOMA_R,
        OUTPUT.0 - OUTPUT_R,
        HILLOCK_X - 30.0,
        sy - 22.0,
        sy + 6.0,
        escape(state.activation().symbol())
    ));
    // How strongly the output circle is lit: the output, clamped to [0, 1].
    let glow = evaluation.map_or(0.0, |e| 0.12 + 0.88 * e.output.clamp(0.0, 1.0));
    let (ox, oy) = OUTPUT;
    put(format!(
        r#"<circle class="output-glow" cx="{ox}" cy="{oy}" r="{OUTPUT_R}" fill-opacity="{glow:.3}"/><circle class="output-node" cx="{ox}" cy="{oy}" r="{OUTPUT_R}"/><text class="node-value" x="{ox}" y="{}">{}</text>"#,
        oy + 5.0,
        evaluation.map(|e| fixed(e.output, 2)).unwrap_or_default()
    ));
    put(format!(
        r#"<text class="bio caption" x="{sx}" y="{}">{}</text><text class="bio caption" x="{}" y="{}">{}</text>"#,
        HEIGHT - 10.0,
        escape(&crate::t!("explorer-diagram-sums")),
        ox - 40.0,
        HEIGHT - 10.0,
        escape(&crate::t!("explorer-diagram-passes-on")),
    ));
    svg
}

/// One input node and its synapse.
fn synapse(index: usize, n: usize, x: f64, w: f64, highlighted: bool) -> String {
    let y = input_y(index, n);
    let (cx, cy) = soma_contact(INPUT_X + INPUT_R, y);
    let kind = match SynapseKind::of(w) {
        SynapseKind::Excitatory => "synapse positive",
        SynapseKind::Inhibitory => "synapse negative",
        SynapseKind::Silent => "synapse silent",
    };
    // The weight label sits 42% of the way along the synapse.
    let t = 0.42;
    let (lx, ly) = (
        INPUT_X + INPUT_R + t * (cx - INPUT_X - INPUT_R),
        y + t * (cy - y) - 8.0,
    );
    let number = index + 1;
    format!(
        concat!(
            r#"<g class="input-group{}">"#,
            r#"<line class="{}" x1="{}" y1="{y:.2}" x2="{cx:.2}" y2="{cy:.2}" stroke-width="{:.2}"/>"#,
            r#"<circle class="bouton" cx="{cx:.2}" cy="{cy:.2}" r="5"/>"#,
            r#"<text class="weight-label" x="{lx:.2}" y="{ly:.2}">w<tspan class="subscript" dy="4">{number}</tspan><tspan dy="-4"> = {}</tspan></text>"#,
            r#"<text class="input-name anchor-end" x="{}" y="{:.2}">x<tspan class="subscript" dy="4">{number}</tspan></text>"#,
            r#"<circle class="input-node" cx="{INPUT_X}" cy="{y:.2}" r="{INPUT_R}"/>"#,
            r#"<text class="node-value" x="{INPUT_X}" y="{:.2}">{}</text></g>"#,
        ),
        if highlighted { " is-highlighted" } else { "" },
        kind,
        INPUT_X + INPUT_R,
        synapse_width(w),
        trimmed(w, 2),
        INPUT_X - INPUT_R - 8.0,
        y + 5.0,
        y + 5.0,
        trimmed(x, 2),
        y = y,
        cx = cx,
        cy = cy,
        lx = lx,
        ly = ly,
        number = number,
        INPUT_X = INPUT_X,
        INPUT_R = INPUT_R,
    )
}

/// Text made safe to put inside markup.
fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// The diagram in words.
fn describe(state: &ExplorerState, evaluation: Option<&Evaluation>) -> String {
    let inputs: Vec<String> = state
        .inputs()
        .iter()
        .zip(state.weights())
        .enumerate()
        .map(|(i, (x, w))| {
            let kind = SynapseKind::of(*w);
            let (n, x, w) = (i + 1, trimmed(*x, 2), trimmed(*w, 2));
            match kind {
                SynapseKind::Excitatory => {
                    crate::t!("explorer-diagram-input-excitatory", n = n, x = x, w = w)
                }
                SynapseKind::Inhibitory => {
                    crate::t!("explorer-diagram-input-inhibitory", n = n, x = x, w = w)
                }
                SynapseKind::Silent => {
                    crate::t!("explorer-diagram-input-silent", n = n, x = x, w = w)
                }
            }
        })
        .collect();
    let result = match evaluation {
        Some(e) => crate::t!(
            "explorer-diagram-result",
            z = fixed(e.pre_activation, 2),
            activation = crate::words::activation_name(state.activation()),
            y = fixed(e.output, 4)
        ),
        None => state
            .evaluate()
            .err()
            .map(|e| crate::words::neuron_error(&e))
            .unwrap_or_default(),
    };
    crate::t!(
        "explorer-diagram-description",
        n = inputs.len(),
        inputs = inputs.join(&crate::t!("explorer-diagram-input-separator")),
        bias = trimmed(state.bias(), 2),
        result = result
    )
}
