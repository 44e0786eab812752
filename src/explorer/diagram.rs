//! The neuron diagram: inputs as dendrites, weights as synapses (line width by strength, colour
//! and dash by sign), the cell body summing, the axon hillock deciding, the axon carrying the
//! output. The biological name of each part stands beside the artificial one.

use leptos::prelude::*;
use neuron_core::format::{fixed, trimmed};
use neuron_core::neuron::SynapseKind;
use neuron_core::params::WEIGHT;

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
    let description = move || describe(model);
    let output_text = move || {
        model
            .evaluation
            .with(|e| e.as_ref().map(|e| fixed(e.output, 2)).unwrap_or_default())
    };
    // How strongly the output circle is lit: the output, clamped to [0, 1].
    let output_glow = move || {
        model.evaluation.with(|e| {
            e.as_ref()
                .map_or(0.0, |e| 0.12 + 0.88 * e.output.clamp(0.0, 1.0))
        })
    };

    view! {
        <figure class="diagram">
            <svg
                viewBox=format!("0 0 {WIDTH} {HEIGHT}")
                role="img"
                aria-labelledby="diagram-title diagram-desc"
                class="neuron-diagram"
            >
                <title id="diagram-title">"Neuron diagram"</title>
                <desc id="diagram-desc">{description}</desc>
                <g class="diagram-headings" aria-hidden="true">
                    <text x=INPUT_X y="22">"inputs x"</text>
                    <text x=INPUT_X y="40" class="bio">"dendrites"</text>
                    <text x="250" y="22">"weights w"</text>
                    <text x="250" y="40" class="bio">"synapses"</text>
                    <text x=SOMA.0 y="22">"Σ + b"</text>
                    <text x=SOMA.0 y="40" class="bio">"cell body"</text>
                    <text x=HILLOCK_X y="22">"f"</text>
                    <text x=HILLOCK_X y="40" class="bio">"axon hillock"</text>
                    <text x=OUTPUT.0 y="22">"output y"</text>
                    <text x=OUTPUT.0 y="40" class="bio">"axon"</text>
                </g>
                <For each=move || 0..model.input_count() key=|i| *i let:i>
                    <Synapse model=model index=i />
                </For>
                // The bias enters the cell body from above.
                <g class="bias-arrow">
                    <line x1=SOMA.0 y1="70" x2=SOMA.0 y2=SOMA.1 - SOMA_R - 6.0 />
                    <path d=format!(
                        "M{} {} l-6 -10 h12 z",
                        SOMA.0,
                        SOMA.1 - SOMA_R - 2.0,
                    ) />
                    <text x=SOMA.0 + 10.0 y="84" class="value-label anchor-start">
                        {move || format!("b = {}", trimmed(model.bias(), 2))}
                    </text>
                </g>
                <circle class="soma" cx=SOMA.0 cy=SOMA.1 r=SOMA_R />
                <text class="soma-sigma" x=SOMA.0 y=SOMA.1 - 6.0>
                    "Σ"
                </text>
                <text class="value-label" x=SOMA.0 y=SOMA.1 + 22.0>
                    {move || {
                        model
                            .evaluation
                            .with(|e| {
                                e.as_ref()
                                    .map(|e| format!("z = {}", fixed(e.pre_activation, 2)))
                                    .unwrap_or_default()
                            })
                    }}
                </text>
                <line class="axon" x1=SOMA.0 + SOMA_R x2=OUTPUT.0 - OUTPUT_R y1=SOMA.1 y2=SOMA.1 />
                <rect class="hillock" x=HILLOCK_X - 30.0 y=SOMA.1 - 22.0 width="60" height="44" rx="10" />
                <text class="hillock-symbol" x=HILLOCK_X y=SOMA.1 + 6.0>
                    {move || model.activation().symbol()}
                </text>
                <circle
                    class="output-glow"
                    cx=OUTPUT.0
                    cy=OUTPUT.1
                    r=OUTPUT_R
                    fill-opacity=output_glow
                />
                <circle class="output-node" cx=OUTPUT.0 cy=OUTPUT.1 r=OUTPUT_R />
                <text class="node-value" x=OUTPUT.0 y=OUTPUT.1 + 5.0>
                    {output_text}
                </text>
                <text class="bio caption" x=SOMA.0 y=HEIGHT - 10.0>
                    "adds up its inputs"
                </text>
                <text class="bio caption" x=OUTPUT.0 - 40.0 y=HEIGHT - 10.0>
                    "passes the signal on"
                </text>
            </svg>
            <figcaption class="diagram-legend">
                <span class="legend-item">
                    <span class="swatch positive" aria-hidden="true"></span>
                    "excitatory (w > 0)"
                </span>
                <span class="legend-item">
                    <span class="swatch negative" aria-hidden="true"></span>
                    "inhibitory (w < 0), dashed"
                </span>
                <span class="legend-item">"line width: |w|"</span>
            </figcaption>
        </figure>
    }
}

/// One input node and its synapse.
#[component]
fn Synapse(model: ExplorerModel, index: usize) -> impl IntoView {
    let n = move || model.input_count();
    let y = move || input_y(index, n());
    let contact = move || soma_contact(INPUT_X + INPUT_R, y());
    let weight = move || model.weight(index);
    let kind_class = move || match SynapseKind::of(weight()) {
        SynapseKind::Excitatory => "synapse positive",
        SynapseKind::Inhibitory => "synapse negative",
        SynapseKind::Silent => "synapse silent",
    };
    // The weight label sits 40% of the way along the synapse.
    let label_at = move || {
        let (cx, cy) = contact();
        let t = 0.42;
        (
            INPUT_X + INPUT_R + t * (cx - INPUT_X - INPUT_R),
            y() + t * (cy - y()) - 8.0,
        )
    };
    let number = index + 1;

    view! {
        <g
            class="input-group"
            class:is-highlighted=move || model.highlighted.get() == Some(index)
        >
            <line
                class=kind_class
                x1=INPUT_X + INPUT_R
                y1=y
                x2=move || contact().0
                y2=move || contact().1
                stroke-width=move || synapse_width(weight())
            />
            <circle class="bouton" cx=move || contact().0 cy=move || contact().1 r="5" />
            <text class="weight-label" x=move || label_at().0 y=move || label_at().1>
                "w" <tspan class="subscript" dy="4">{number}</tspan>
                <tspan dy="-4">{move || format!(" = {}", trimmed(weight(), 2))}</tspan>
            </text>
            <text class="input-name anchor-end" x=INPUT_X - INPUT_R - 8.0 y=move || y() + 5.0>
                "x" <tspan class="subscript" dy="4">{number}</tspan>
            </text>
            <circle class="input-node" cx=INPUT_X cy=y r=INPUT_R />
            <text class="node-value" x=INPUT_X y=move || y() + 5.0>
                {move || trimmed(model.input(index), 2)}
            </text>
        </g>
    }
}

/// The diagram in words.
fn describe(model: ExplorerModel) -> String {
    let state = model.state.get();
    let inputs: Vec<String> = state
        .inputs()
        .iter()
        .zip(state.weights())
        .enumerate()
        .map(|(i, (x, w))| {
            format!(
                "x{} = {} through a {} synapse of weight {}",
                i + 1,
                trimmed(*x, 2),
                SynapseKind::of(*w).name(),
                trimmed(*w, 2)
            )
        })
        .collect();
    let result = match model.evaluation.get() {
        Ok(e) => format!(
            "The cell body sums them with the bias to z = {}; the {} activation gives the output {} along the axon.",
            fixed(e.pre_activation, 2),
            state.activation().name(),
            fixed(e.output, 4)
        ),
        Err(e) => e.to_string(),
    };
    format!(
        "{} input{}: {}. Bias b = {}. {}",
        inputs.len(),
        if inputs.len() == 1 { "" } else { "s" },
        inputs.join("; "),
        trimmed(state.bias(), 2),
        result
    )
}
