//! The one play/pause toggle every animated widget uses: a pressed-state button whose label
//! says what pressing it will do.

use leptos::prelude::*;

/// A toggle labelled `play` when stopped and "Pause" while `playing`.
#[component]
pub fn PlayButton(
    /// Whether the widget is running.
    #[prop(into)]
    playing: Signal<bool>,
    /// The label when stopped, such as "Train" or "Play".
    play: &'static str,
    /// Called on every press.
    #[prop(into)]
    on_press: Callback<()>,
) -> impl IntoView {
    view! {
        <button
            type="button"
            class="button"
            aria-pressed=move || if playing.get() { "true" } else { "false" }
            on:click=move |_| on_press.run(())
        >
            {move || if playing.get() { "Pause" } else { play }}
        </button>
    }
}
