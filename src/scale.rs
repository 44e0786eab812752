//! The scale widget: neurons, synapses and parameters of brains and artificial networks on one
//! logarithmic axis, each bar focusable and read out, with the sources listed; and the energy
//! comparison.

use leptos::prelude::*;
use crate::i18n::trimmed;
use neuron_core::scale::{ENERGY, ENTRIES, JOULES_PER_ATP, in_words, picojoules};

const WIDTH: f64 = 800.0;
const ROW: f64 = 30.0;
const LEFT: f64 = 250.0;
const RIGHT: f64 = 700.0;
/// The axis spans 10^2 to 10^15.
const LOG_MIN: f64 = 2.0;
const LOG_MAX: f64 = 15.0;

/// `p` in superscript digits, as in 10¹⁴.
fn superscript(p: i32) -> String {
    p.to_string()
        .chars()
        .map(|c| match c {
            '0' => '⁰',
            '1' => '¹',
            '2' => '²',
            '3' => '³',
            '4' => '⁴',
            '5' => '⁵',
            '6' => '⁶',
            '7' => '⁷',
            '8' => '⁸',
            '9' => '⁹',
            '-' => '⁻',
            other => other,
        })
        .collect()
}

/// `x` as "1.6 × 10⁵", two significant figures.
fn scientific(x: f64) -> String {
    let p = x.abs().log10().floor() as i32;
    format!("{} × 10{}", trimmed(x / 10f64.powi(p), 1), superscript(p))
}

/// A ratio below one as a fraction, to two significant figures: "1/340".
fn ratio_words(r: f64) -> String {
    let inverse = (1.0 / r).round();
    let rounded = if inverse >= 100.0 {
        (inverse / 10.0).round() * 10.0
    } else {
        inverse
    };
    format!("1/{}", trimmed(rounded, 0))
}

fn x_of(count: f64) -> f64 {
    LEFT + (count.log10() - LOG_MIN) / (LOG_MAX - LOG_MIN) * (RIGHT - LEFT)
}

#[component]
pub fn Scale() -> impl IntoView {
    let selected = RwSignal::new(None::<usize>);
    let height = ROW * ENTRIES.len() as f64 + 50.0;
    let bars = ENTRIES
        .iter()
        .enumerate()
        .map(|(k, e)| {
            let y = 10.0 + k as f64 * ROW;
            let label = format!(
                "{}, {}: about {}",
                e.system,
                e.quantity.name(),
                in_words(e.count)
            );
            view! {
                <g
                    class="scale-bar"
                    class:is-selected=move || selected.get() == Some(k)
                    tabindex="0"
                    role="img"
                    aria-label=label
                    on:focus=move |_| selected.set(Some(k))
                    on:mouseenter=move |_| selected.set(Some(k))
                >
                    <text class="scale-label" x=LEFT - 8.0 y=y + 19.0>
                        {format!("{} · {}", e.system, e.quantity.name())}
                    </text>
                    <rect
                        class=format!("bar {}", e.quantity.name())
                        x=LEFT
                        y=y + 6.0
                        width=(x_of(e.count) - LEFT).max(2.0)
                        height=ROW - 10.0
                        rx="3"
                    />
                    <text class="scale-value" x=x_of(e.count) + 6.0 y=y + 19.0>
                        {in_words(e.count)}
                    </text>
                </g>
            }
        })
        .collect_view();
    let ticks = (LOG_MIN as i32..=LOG_MAX as i32)
        .step_by(2)
        .map(|p| {
            let x = x_of(10f64.powi(p));
            view! {
                <line class="scale-tick" x1=x x2=x y1="6" y2=height - 36.0 />
                <text class="scale-tick-label" x=x y=height - 20.0>{format!("10{}", superscript(p))}</text>
            }
        })
        .collect_view();
    let readout = move || {
        selected
            .get()
            .and_then(|k| ENTRIES.get(k))
            .map(|e| {
                format!(
                    "{}: about {} {} (source: {}).",
                    e.system,
                    in_words(e.count),
                    e.quantity.name(),
                    e.source
                )
            })
            .unwrap_or_else(|| "Focus or point at a bar to read its value and source.".to_string())
    };

    let energy_rows = ENERGY
        .iter()
        .map(|e| {
            let pj = picojoules(e.joules);
            let how = match e.atp {
                Some(atp) => format!(
                    "{} ATP × {} J per ATP = {} pJ",
                    scientific(atp),
                    scientific(JOULES_PER_ATP),
                    trimmed(pj, 3)
                ),
                None => "measured on a 45 nm chip".to_string(),
            };
            view! {
                <tr>
                    <th scope="row">{e.event}</th>
                    <td class="number">{format!("{} pJ", trimmed(pj, 3))}</td>
                    <td>{how}<br /><span class="source">{e.source}</span></td>
                </tr>
            }
        })
        .collect_view();

    let frame = crate::widgets::visibility::provide_seen("scale");
    view! {
        <section node_ref=frame class="widget scale" aria-labelledby="scale-title">
            <header class="widget-header">
                <h3 class="widget-title" id="scale-title">"Scale: brains and networks"</h3>
                <p class="lede">
                    "Counts on a logarithmic axis, each grid line a hundred times the last. A synapse is far more than a number and a parameter far less than a synapse: this compares orders of magnitude, not like with like."
                </p>
            </header>
            <div class="panel">
                <svg viewBox=format!("0 0 {WIDTH} {height}") class="scale-chart" role="group" aria-label="Scale comparison, logarithmic">
                    {ticks}
                    {bars}
                </svg>
                <p class="step-result" aria-live="polite">{readout}</p>
            </div>
            <div class="panel widget-explain">
                <h4 class="panel-title">"Energy: one event in a brain, one operation in a chip"</h4>
                <table class="compare-table energy-table">
                    <caption>"Energy of one event, in picojoules (10⁻¹² J), with the arithmetic"</caption>
                    <thead>
                        <tr>
                            <th scope="col">"Event"</th>
                            <th scope="col">"Energy"</th>
                            <th scope="col">"How it is reckoned"</th>
                        </tr>
                    </thead>
                    <tbody>{energy_rows}</tbody>
                </table>
                <p>
                    {format!(
                        "So one synaptic event costs about {} of a 32-bit multiply-add, and one whole spike about as much as {} of them; fetching one number from memory costs more than either. ",
                        ratio_words(ENERGY[0].joules / ENERGY[1].joules),
                        trimmed((ENERGY[2].joules / ENERGY[1].joules).round(), 0),
                    )}
                    "A top-down estimate lands within an order of magnitude: about 20 watts shared by some 10¹⁴ synapses that each pass a signal about once a second is of the order of 10⁻¹³ joules per synaptic event, all costs included. A data-centre GPU (an NVIDIA A100: 400 W at most for 312 × 10¹² 16-bit operations a second) spends about 10⁻¹² joules per operation, and training a large language model keeps thousands of them busy for weeks."
                </p>
                <details>
                    <summary>"Sources"</summary>
                    <ul class="sources">
                        {ENTRIES
                            .iter()
                            .map(|e| view! { <li>{format!("{}, {}: {}", e.system, e.quantity.name(), e.source)}</li> })
                            .collect_view()}
                        <li>"Brain power, about 20 W: Attwell & Laughlin 2001, J. Cereb. Blood Flow Metab.; Raichle & Gusnard 2002, PNAS."</li>
                        <li>"NVIDIA A100 Tensor Core GPU datasheet (2020): 400 W, 312 TFLOPS FP16 tensor."</li>
                        {ENERGY
                            .iter()
                            .map(|e| view! { <li>{format!("{}: {}", e.event, e.source)}</li> })
                            .collect_view()}
                        <li>"One ATP molecule, about 8.3 × 10⁻²⁰ J: about 50 kJ/mol under cellular conditions (Nelson & Cox, Lehninger Principles of Biochemistry) over Avogadro's number."</li>
                    </ul>
                </details>
            </div>
        </section>
    }
}
