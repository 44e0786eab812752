//! The explorer's two small toolbars: the activation picker (above the activation plot), and
//! add an input, the worked example and reset (under the inputs).

use leptos::prelude::*;
use neuron_core::Activation;
use neuron_core::neuron::MAX_INPUTS;

use super::ExplorerModel;

/// The activation function picker.
#[component]
pub fn ActivationPicker(model: ExplorerModel) -> impl IntoView {
    view! {
        <div class="toolbar-part" data-group=super::page::TOOLBAR.key>
            <div class="field">
                <label for="explorer-activation">{crate::t!("explorer-activation-label")}</label>
                <select
                    id="explorer-activation"
                    on:change=move |ev| {
                        if let Some(a) = Activation::from_id(&event_target_value(&ev)) {
                            model.set_activation(a);
                        }
                    }
                >
                    {Activation::ALL
                        .into_iter()
                        .map(|a| {
                            view! {
                                <option value=a.id() selected=move || model.activation() == a>
                                    {crate::words::activation_name(a)}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
            </div>
        </div>
    }
}

/// Add an input, the worked example, reset.
#[component]
pub fn InputButtons(model: ExplorerModel) -> impl IntoView {
    // Each rewrites the inputs, weights and bias: nothing while a link locks them (the buttons
    // sit in the inputs' panel, which the lock makes inert, and they check it too).
    let free = !crate::widgets::locked(&super::page::INPUTS);
    view! {
        <div class="toolbar-part" data-group=super::page::TOOLBAR.key>
            <div class="toolbar-buttons">
                <button
                    type="button"
                    class="button add-input"
                    on:click=move |_| if free { model.add_input() }
                    disabled=move || !model.can_add_input()
                    title=crate::t!("explorer-add-input-limit", n = MAX_INPUTS)
                >
                    {crate::t!("explorer-add-input")}
                </button>
                <button type="button" class="button secondary" on:click=move |_| if free { model.load_example() }>
                    {crate::t!("explorer-example")}
                </button>
                <button
                    type="button"
                    class="button secondary"
                    on:click=move |_| if free { model.reset() }
                    title=crate::t!("explorer-reset-title")
                >
                    {crate::t!("explorer-reset")}
                </button>
            </div>
        </div>
    }
}
