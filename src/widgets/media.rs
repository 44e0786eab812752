//! The user's colour-scheme preference, as a signal that follows changes made while the page is
//! open. Canvases need it because they cannot read CSS colours.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;

/// Whether the user prefers a dark colour scheme.
pub fn prefers_dark() -> Signal<bool> {
    let Ok(Some(query)) = window().match_media("(prefers-color-scheme: dark)") else {
        return Signal::from(false);
    };
    let dark = RwSignal::new(query.matches());
    let on_change = Closure::<dyn Fn(web_sys::MediaQueryListEvent)>::new(
        move |e: web_sys::MediaQueryListEvent| dark.set(e.matches()),
    );
    if query
        .add_event_listener_with_callback("change", on_change.as_ref().unchecked_ref())
        .is_ok()
    {
        // The listener lives as long as the page, like the preference it follows.
        on_change.forget();
    }
    dark.into()
}
