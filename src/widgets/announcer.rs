//! A widget's voice for people who cannot see it: one polite live region that says the outcome
//! of the learner's last action ("Fired: peak 38.2 mV", "3 of 4 points right"), once, when the
//! learner pauses. The rule (docs/implementation-notes.md, "What a widget says"): announce
//! outcomes, not values; one short sentence per action; never twice for one key press and
//! never per frame. A slider already says its own value, so the widget says only what changed
//! because of it.

use std::time::Duration;

use leptos::prelude::*;

/// How long the outcome must stay the same before it is said: a held arrow key or a drag says
/// only where it ended, a single key press is said at once (well within a second).
const SETTLE: Duration = Duration::from_millis(250);

/// A visually hidden live region that says `outcome` whenever it changes (not at load).
#[component]
pub fn Announcer(#[prop(into)] outcome: Signal<String>) -> impl IntoView {
    let said = RwSignal::new(String::new());
    let pending = StoredValue::new(None::<TimeoutHandle>);
    let first = StoredValue::new(true);
    crate::runtime::effect(Box::new(move || {
        let text = outcome.get();
        if first.get_value() {
            first.set_value(false);
            return;
        }
        if let Some(handle) = pending.get_value() {
            handle.clear();
        }
        pending.set_value(set_timeout_with_handle(move || said.set(text), SETTLE).ok());
    }));
    on_cleanup(move || {
        if let Some(handle) = pending.try_get_value().flatten() {
            handle.clear();
        }
    });
    view! { <p class="sr-only announcer" role="status" aria-live="polite">{move || said.get()}</p> }
}

/// The outcome to announce for a widget that animates: `outcome()` while `playing` is false,
/// and the last sentence unchanged while it is true, without calling `outcome` (so nothing is
/// worded each frame); the pause words the state it stopped in.
pub fn still_outcome(
    playing: RwSignal<bool>,
    outcome: impl Fn() -> String + Send + Sync + 'static,
) -> Signal<String> {
    Memo::new(move |before: Option<&String>| {
        if playing.get()
            && let Some(before) = before
        {
            return before.clone();
        }
        outcome()
    })
    .into()
}
