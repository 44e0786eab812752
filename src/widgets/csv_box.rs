//! A box of CSV text for a widget's points: a textarea (as long as the core reads at most),
//! "Load points", and "Show current points" to fill it with the points there are. Used by the
//! single neuron's plane and the network lab; each says what loading did in its own status.

use leptos::prelude::*;

/// The disclosure `summary`, the box labelled `label` (id `id`); `load(text)` reads the text,
/// `current()` gives the points as CSV; `held` (a lock) disables loading.
pub fn csv_box(
    id: &'static str,
    summary: String,
    label: String,
    load: impl Fn(String) + 'static,
    current: impl Fn() -> String + 'static,
    held: bool,
) -> impl IntoView {
    let csv = RwSignal::new(String::new());
    view! {
        <details class="csv-form">
            <summary>{summary}</summary>
            <label for=id>{label}</label>
            <textarea
                id=id
                rows="6"
                maxlength=neuron_core::dataset::MAX_CSV_CHARS
                spellcheck="false"
                prop:value=move || csv.get()
                on:input=move |ev| csv.set(event_target_value(&ev))
            ></textarea>
            <div class="transport">
                <button
                    type="button"
                    class="button secondary small"
                    disabled=held
                    on:click=move |_| load(csv.get_untracked())
                >
                    {crate::t!("boundary-csv-load")}
                </button>
                <button type="button" class="button secondary small" on:click=move |_| csv.set(current())>
                    {crate::t!("boundary-csv-show")}
                </button>
            </div>
        </details>
    }
}
