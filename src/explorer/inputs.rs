//! One row per input (its value `x_i`, its weight `w_i`, a remove button), then the bias.

use leptos::prelude::*;
use neuron_core::params::{BIAS, INPUT, WEIGHT};

use super::ExplorerModel;
use crate::widgets::ParamSlider;

#[component]
pub fn InputRows(model: ExplorerModel) -> impl IntoView {
    view! {
        <h4 class="panel-title">{crate::t!("explorer-inputs-title")}</h4>
        <ol class="input-rows">
            <For each=move || 0..model.input_count() key=|i| *i let:i>
                <InputRow model=model index=i />
            </For>
        </ol>
        <div class="bias-row">
            <ParamSlider
                label=crate::t!("explorer-bias-label")
                spec=BIAS
                value=Signal::derive(move || model.bias())
                on_change=move |v| model.set_bias(v)
            />
        </div>
    }
}

#[component]
fn InputRow(model: ExplorerModel, index: usize) -> impl IntoView {
    let number = (index + 1).to_string();
    let is_highlighted = move || model.highlighted.get() == Some(index);
    view! {
        <li
            class="input-row"
            class:is-highlighted=is_highlighted
            on:mouseenter=move |_| model.highlighted.set(Some(index))
            on:mouseleave=move |_| model.highlighted.set(None)
            on:focusin=move |_| model.highlighted.set(Some(index))
            on:focusout=move |_| model.highlighted.set(None)
        >
            <ParamSlider
                label=crate::t!("explorer-input-label")
                sub=number.clone()
                spec=INPUT
                value=Signal::derive(move || model.input(index))
                on_change=move |v| model.set_input(index, v)
            />
            <ParamSlider
                label=crate::t!("explorer-weight-label")
                sub=number.clone()
                spec=WEIGHT
                value=Signal::derive(move || model.weight(index))
                on_change=move |v| model.set_weight(index, v)
            />
            <button
                type="button"
                class="icon-button remove-input"
                aria-label=crate::t!("explorer-remove-input", n = index + 1)
                title=crate::t!("explorer-remove-input", n = index + 1)
                disabled=move || !model.can_remove_input()
                on:click=move |ev| {
                    let list = event_target::<web_sys::Element>(&ev).closest(".widget").ok().flatten();
                    model.remove_input(index);
                    // The focused button may be gone (the last row's is): focus moves to the
                    // remove button now in its place or above it, or to "Add input" when no
                    // input can be removed.
                    request_animation_frame(move || refocus_after_removal(list, index));
                }
            >
                "✕"
            </button>
        </li>
    }
}

/// After input `index` was removed: focuses the remove button now at `index` (or the last
/// one), or the widget's "Add input" button when the remaining inputs cannot be removed.
fn refocus_after_removal(widget: Option<web_sys::Element>, index: usize) {
    use wasm_bindgen::JsCast;
    let Some(widget) = widget else {
        return;
    };
    let focus = |selector: &str| -> Option<()> {
        let list = widget.query_selector_all(selector).ok()?;
        let count = list.length();
        (count > 0).then_some(())?;
        let button = list
            .item((index as u32).min(count - 1))?
            .dyn_into::<web_sys::HtmlElement>()
            .ok()?;
        (!button.has_attribute("disabled")).then_some(())?;
        button.focus().ok()
    };
    if focus(".remove-input").is_none() {
        let _ = focus(".add-input");
    }
}
