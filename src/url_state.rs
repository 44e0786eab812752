//! The state lives in the URL's fragment (`#v=1&x=…`), so any view can be shared, bookmarked
//! or embedded. Reading is done once at start and on `hashchange`; writing uses
//! `history.replaceState` (no history entry per slider step), at most a few times a second,
//! because browsers throttle (and warn about) more frequent calls.

use std::cell::{Cell, RefCell};
use std::time::Duration;

use leptos::prelude::*;
use wasm_bindgen::JsValue;

/// The least time between two writes of the URL.
const WRITE_INTERVAL: Duration = Duration::from_millis(300);

/// The fragment without its `#`, or empty; a plain anchor (no `key=value`) counts as empty.
pub fn read_fragment() -> String {
    let hash = window().location().hash().unwrap_or_default();
    let fragment = hash.trim_start_matches('#');
    if fragment.contains('=') {
        fragment.to_string()
    } else {
        String::new()
    }
}

thread_local! {
    static PENDING: RefCell<Option<String>> = const { RefCell::new(None) };
    static SCHEDULED: Cell<bool> = const { Cell::new(false) };
}

/// Replaces the fragment with `query`, without adding a history entry. Calls closer together
/// than [`WRITE_INTERVAL`] are merged: the last one wins.
pub fn write_fragment(query: String) {
    PENDING.with(|p| *p.borrow_mut() = Some(query));
    if SCHEDULED.with(|s| s.replace(true)) {
        return;
    }
    flush();
    set_timeout(
        || {
            SCHEDULED.with(|s| s.set(false));
            flush();
        },
        WRITE_INTERVAL,
    );
}

fn flush() {
    let Some(query) = PENDING.with(|p| p.borrow_mut().take()) else {
        return;
    };
    let window = window();
    if window
        .location()
        .hash()
        .unwrap_or_default()
        .trim_start_matches('#')
        == query
    {
        return;
    }
    if let Ok(history) = window.history() {
        // Failure here (a sandboxed iframe, say) only means the URL is not updated.
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&format!("#{query}")));
    }
}
