//! The truth table, filled in by the simulation: for each input pattern the dendrite's input,
//! the dCaAP's amplitude and whether the soma fired; a button per row shows that run's traces.
//! Below it, the logic function the neuron computes, announced when it changes.

use crate::i18n::fixed;
use leptos::prelude::*;
use neuron_core::bio::dendrite::{Gate, PATTERNS};

use super::DendriteModel;

/// What a gate means, in words.
fn gate_sentence(gate: Gate) -> String {
    match gate {
        Gate::Xor => crate::t!("dendrite-gate-xor"),
        Gate::Or => crate::t!("dendrite-gate-or"),
        Gate::And => crate::t!("dendrite-gate-and"),
        Gate::Never => crate::t!("dendrite-gate-never"),
        Gate::Always => crate::t!("dendrite-gate-always"),
        _ => crate::t!("dendrite-gate-other"),
    }
}

/// Stands for the gate's name in the readout's sentence, which is split around it so that the
/// name has its own element.
const GATE_MARK: &str = "\u{1}";

/// Whether the soma fired, in words.
fn soma_word(fired: bool) -> String {
    if fired {
        crate::t!("dendrite-soma-fires")
    } else {
        crate::t!("dendrite-soma-silent")
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
                crate::t!(
                    "dendrite-row-label",
                    fired = if fired() { "yes" } else { "no" },
                    x1 = bit(x1),
                    x2 = bit(x2),
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
                            {move || soma_word(fired())}
                        </button>
                    </td>
                </tr>
            }
        })
        .collect_view();
    let gate = move || model.gate.get();
    // The sentence around the gate's name: the text before it and after it.
    let readout = Memo::new(move |_| {
        let text = crate::t!(
            "dendrite-gate-readout",
            gate = GATE_MARK,
            meaning = gate_sentence(gate()),
        );
        let (before, after) = text.split_once(GATE_MARK).unwrap_or((text.as_str(), ""));
        (before.to_string(), after.to_string())
    });
    view! {
        <table class="compare-table truth-table">
            <caption>{crate::t!("dendrite-table-caption")}</caption>
            <thead>
                <tr>
                    <th scope="col">"x₁"</th>
                    <th scope="col">"x₂"</th>
                    <th scope="col">"I (nA)"</th>
                    <th scope="col">{crate::t!("dendrite-amplitude-column")}</th>
                    <th scope="col">{crate::t!("dendrite-soma-column")}</th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
        <p class="gate-readout" role="status" aria-live="polite">
            {move || readout.with(|r| r.0.clone())}
            <strong class="gate-name">{move || crate::words::gate_name(gate())}</strong>
            {move || readout.with(|r| r.1.clone())}
        </p>
    }
}
