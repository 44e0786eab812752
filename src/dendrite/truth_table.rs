//! The truth table, filled in by the simulation: for each input pattern the dendrite's input,
//! the dCaAP's amplitude and whether the soma fired; a button per row shows that run's traces.
//! Below it, the logic function the neuron computes, announced when it changes.

use leptos::prelude::*;
use neuron_core::bio::dendrite::{Gate, PATTERNS};
use crate::i18n::fixed;

use super::DendriteModel;

/// What a gate means, in words.
fn gate_sentence(gate: Gate) -> &'static str {
    match gate {
        Gate::Xor => {
            "It fires for exactly one active input: what no single artificial neuron can do."
        }
        Gate::Or => {
            "One input is enough, and both still fire it: one artificial neuron can do this too."
        }
        Gate::And => {
            "It fires only when both inputs are active: one artificial neuron can do this too."
        }
        Gate::Never => "It never fires: no pattern brings the dCaAP above the soma's firing level.",
        Gate::Always => "It always fires, even with no input.",
        _ => "A function that is none of AND, OR and XOR.",
    }
}

/// `0` or `1` for an input.
fn bit(on: bool) -> &'static str {
    if on { "1" } else { "0" }
}

#[component]
pub fn TruthTable(model: DendriteModel) -> impl IntoView {
    let rows = PATTERNS
        .iter()
        .enumerate()
        .map(|(k, &[x1, x2])| {
            let input = move || model.params.with(|p| fixed(p.input([x1, x2]), 2));
            let amplitude = move || {
                model
                    .params
                    .with(|p| fixed(p.amplitude(p.input([x1, x2])), 1))
            };
            let fired = move || model.table.get()[k];
            let label = move || {
                format!(
                    "{}: x₁ = {}, x₂ = {}, show its traces",
                    if fired() { "fires" } else { "silent" },
                    bit(x1),
                    bit(x2)
                )
            };
            view! {
                <tr class:is-selected=move || model.pattern.get() == k>
                    <td>{bit(x1)}</td>
                    <td>{bit(x2)}</td>
                    <td class="number">{input}</td>
                    <td class="number">{amplitude}</td>
                    <td>
                        <button
                            type="button"
                            class="soma-button"
                            class:fires=fired
                            aria-label=label
                            aria-pressed=move || (model.pattern.get() == k).to_string()
                            on:click=move |_| model.pattern.set(k)
                        >
                            {move || if fired() { "fires" } else { "silent" }}
                        </button>
                    </td>
                </tr>
            }
        })
        .collect_view();
    let gate = move || model.gate.get();
    view! {
        <table class="compare-table truth-table">
            <caption>"Truth table from the simulation: pick a row to see its run"</caption>
            <thead>
                <tr>
                    <th scope="col">"x₁"</th>
                    <th scope="col">"x₂"</th>
                    <th scope="col">"I (nA)"</th>
                    <th scope="col">"dCaAP (mV)"</th>
                    <th scope="col">"soma"</th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
        <p class="gate-readout" role="status" aria-live="polite">
            "This neuron computes "
            <strong class="gate-name">{move || gate().name()}</strong>
            ". "
            {move || gate_sentence(gate())}
        </p>
    }
}
