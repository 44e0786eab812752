//! The transport buttons every animated widget uses: the play/pause toggle (a pressed-state
//! button whose label says what pressing it will do) and the single steps beside it, which
//! are disabled while the widget runs.

use leptos::prelude::*;

/// A toggle labelled `play` when stopped and "Pause" while `playing`.
#[component]
pub fn PlayButton(
    /// Whether the widget is running.
    #[prop(into)]
    playing: Signal<bool>,
    /// The label when stopped, such as "Train" or "Play".
    #[prop(into)]
    play: String,
    /// Called on every press.
    #[prop(into)]
    on_press: Callback<()>,
) -> impl IntoView {
    let pause = crate::t!("widget-pause");
    view! {
        <button
            type="button"
            class="button"
            aria-pressed=move || if playing.get() { "true" } else { "false" }
            on:click=move |_| on_press.run(())
        >
            {move || if playing.get() { pause.clone() } else { play.clone() }}
        </button>
    }
}

/// A single step ("One epoch", "Step 1 ms"), disabled while the widget is `playing`.
#[component]
pub fn StepButton(
    /// Whether the widget is running.
    #[prop(into)]
    playing: Signal<bool>,
    /// What the step does, as its label.
    #[prop(into)]
    label: String,
    /// Called on every press.
    #[prop(into)]
    on_press: Callback<()>,
) -> impl IntoView {
    view! {
        <button
            type="button"
            class="button secondary"
            disabled=move || playing.get()
            on:click=move |_| on_press.run(())
        >
            {label}
        </button>
    }
}
