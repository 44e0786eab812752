//! The network's shape: 1 to 6 hidden layers, each of 1 to 8 units, set by a slider and its
//! field per layer (arrow keys step a unit), and by buttons beside each slider: remove that
//! layer, and after the last one, add another. All keyboard-operable; a link that locks the unit counts disables them.

use leptos::prelude::*;
use neuron_core::ParamSpec;
use neuron_core::network::{MAX_HIDDEN_LAYERS, MAX_UNITS};

use super::NetModel;
use crate::widgets::ParamSlider;

const UNITS: ParamSpec = ParamSpec {
    min: 1.0,
    max: MAX_UNITS as f64,
    step: 1.0,
    default: 4.0,
    decimals: 0,
};

/// One row per hidden layer (its unit count, its buttons), then "Add a hidden layer".
#[component]
pub fn LayerControls(model: NetModel) -> impl IntoView {
    let hidden = Memo::new(move |_| model.state.with(|s| s.hidden.clone()));
    let locked = crate::widgets::locked(&super::page::UNITS);
    let title = locked.then(|| crate::t!("share-locked-title"));
    // Rebuilt only when a layer comes or goes, so that a slider keeps its focus while it
    // changes its own layer's count.
    let count = Memo::new(move |_| hidden.with(Vec::len));
    let row_title = title;
    let rows = move || {
        (0..count.get())
            .map(|layer| {
                let units = move || hidden.with(|h| h.get(layer).copied().unwrap_or(1));
                let number = layer + 1;
                let title = row_title.clone();
                view! {
                    <div class="layer-row" role="group" aria-label=crate::t!("layers-layer-group", layer = number)>
                        <ParamSlider
                            label=crate::t!("layers-units-label", layer = number)
                            spec=UNITS
                            value=Signal::derive(move || units() as f64)
                            on_change=move |n: f64| if !locked { model.set_units(layer, n.round() as usize) }
                        />
                        <div class="layer-buttons">
                            <button
                                type="button"
                                class="button secondary small"
                                disabled=move || { locked || count.get() <= 1 }
                                title=title.clone()
                                aria-label=crate::t!("layers-remove-layer", layer = number)
                                on:click=move |_| model.remove_layer(layer)
                            >"✕"</button>
                            // After the last layer: one more.
                            {(layer + 1 == count.get_untracked()).then(|| view! {
                                <button
                                    type="button"
                                    class="button secondary small"
                                    disabled=move || { locked || count.get() >= MAX_HIDDEN_LAYERS }
                                    title=title.clone()
                                    aria-label=crate::t!("layers-add-layer")
                                    on:click=move |_| model.add_layer()
                                >"+"</button>
                            })}
                        </div>
                    </div>
                }
            })
            .collect_view()
    };
    view! {
        <div class="param-stack stacked layer-stack" data-group=super::page::UNITS.key>
            {rows}
        </div>
    }
}
