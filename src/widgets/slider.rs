//! The one parameter control used everywhere: a range slider and a number field side by side,
//! bound to the same value.
//!
//! The slider is for dragging and arrow keys; the field is for typing an exact value. While the
//! field has text that is not a valid value ("abc", "1e999", empty, out of range), the last
//! valid value stays in force and a hint says why; leaving the field puts the valid value back.

use crate::i18n::fixed;
use leptos::prelude::*;
use neuron_core::ParamSpec;

use super::unique_id;

/// A labelled slider with a number field.
///
/// The accessible names are `"{label}{sub}"` for the slider (for example "Weight w1") and
/// `"{label}{sub} value"` for the number field.
#[component]
pub fn ParamSlider(
    /// The label's text, such as "Weight w".
    #[prop(into)]
    label: String,
    /// A subscript after the label, such as the input's number.
    #[prop(optional, into)]
    sub: Option<String>,
    /// Range, step and precision.
    spec: ParamSpec,
    /// The current value.
    #[prop(into)]
    value: Signal<f64>,
    /// Called with every new valid value.
    #[prop(into)]
    on_change: Callback<f64>,
    /// What the slider says for its value, when more than the number (a time scrub says the
    /// voltage at that time too).
    #[prop(optional, into)]
    spoken: Option<Signal<String>>,
) -> impl IntoView {
    let slider_id = unique_id("param");
    let hint_id = format!("{slider_id}-hint");
    let full_name = format!("{label}{}", sub.clone().unwrap_or_default());
    // What the field shows while being edited (None: the formatted value) and why it is invalid.
    let draft = RwSignal::new(None::<String>);
    let problem = RwSignal::new(None::<String>);
    // What the controls show follows the value at a human rate while something animates (the
    // number field too: each new value replaces the field's text, a layout and a repaint).
    let value = crate::runtime::pace::value(value);
    let shown = move || {
        draft
            .get()
            .unwrap_or_else(|| fixed(value.get(), spec.decimals))
    };
    let commit = move || draft.set(None);

    view! {
        <div class="param" class:has-problem=move || problem.with(Option::is_some)>
            <label class="param-label" for=slider_id.clone()>
                {label}
                {sub.map(|s| view! { <sub>{s}</sub> })}
            </label>
            <input
                id=slider_id
                class="param-slider"
                type="range"
                min=spec.min
                max=spec.max
                step=spec.step
                prop:value=move || value.get()
                aria-valuetext=move || match spoken {
                    // At a human rate while something animates (a scrub that follows playback
                    // is not reworded every frame), at once otherwise (a new trace under it).
                    Some(spoken) => crate::runtime::pace::paced(|| spoken.get()),
                    None => fixed(value.get(), spec.decimals),
                }
                on:input=move |ev| {
                    if let Ok(v) = event_target_value(&ev).parse::<f64>() {
                        draft.set(None);
                        problem.set(None);
                        on_change.run(spec.clamp(v));
                    }
                }
            />
            <input
                class="param-number"
                type="text"
                inputmode="decimal"
                autocomplete="off"
                spellcheck="false"
                aria-label=crate::t!("widget-slider-field", name = full_name)
                aria-invalid=move || if problem.with(Option::is_some) { "true" } else { "false" }
                aria-describedby=hint_id.clone()
                prop:value=shown
                on:input=move |ev| {
                    let text = event_target_value(&ev);
                    match spec.parse(&text, crate::i18n::decimal_sign()) {
                        Ok(v) => {
                            problem.set(None);
                            on_change.run(v);
                        }
                        // A sign typed first says nothing yet (and announces nothing).
                        Err(neuron_core::ParamError::Incomplete) => problem.set(None),
                        Err(e) => {
                            problem
                                .set(
                                    Some(
                                        crate::t!(
                                            "widget-slider-still-using",
                                            problem = crate::words::param_error(&e),
                                            value = fixed(value.get_untracked(), spec.decimals),
                                        ),
                                    ),
                                )
                        }
                    }
                    draft.set(Some(text));
                }
                on:change=move |_| commit()
                on:blur=move |_| commit()
                on:keydown=move |ev| {
                    if ev.key() == "Escape" {
                        problem.set(None);
                        commit();
                    }
                }
            />
            <p id=hint_id class="param-hint" aria-live="polite">
                {move || problem.get()}
            </p>
        </div>
    }
}
