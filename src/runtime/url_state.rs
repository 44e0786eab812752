//! The state lives in the URL's fragment (`#v=1&x=…`), so any view can be shared, bookmarked
//! or embedded. Reading is done once at start and on `hashchange`; writing uses
//! `history.replaceState` (no history entry per slider step), at most ten times a second,
//! because browsers throttle (and warn about) more frequent calls: Chromium allows 200 in 10 s.
//!
//! A reload chooses its URL before the page can write a pending change (not even `pagehide`
//! is soon enough), so the URL alone would lose the last edit of a quick reload. Every state
//! is therefore also kept in the tab's session storage, at once (during an animation, when the
//! state changes every frame, at the throttled writes and when the page is hidden); the first
//! script of `index.html` puts that state back into the URL on a reload, before the app reads it.

use std::cell::{Cell, RefCell};
use std::time::Duration;

use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};

/// The least time between two writes of the URL.
const WRITE_INTERVAL: Duration = Duration::from_millis(100);
/// The same while something animates: training changes the weights every frame, and a link
/// a second old is as good as a fresh one (and a pending write is flushed at once when the
/// page is hidden, unloaded or reloaded).
const ANIMATING_WRITE_INTERVAL: Duration = Duration::from_millis(1000);

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
    /// Builds the query of the page's current state (untracked), once [`follow`] is called.
    static SOURCE: RefCell<Option<Box<dyn Fn() -> String>>> = const { RefCell::new(None) };
    /// The state changed since the URL was last written.
    static DIRTY: Cell<bool> = const { Cell::new(false) };
    static SCHEDULED: Cell<bool> = const { Cell::new(false) };
}

/// Makes the URL follow the state that `query` builds. The query is built only when the URL
/// is written (at most every [`WRITE_INTERVAL`]), not at every change: during training the
/// state changes every frame. A pending write is flushed when the page is hidden, unloaded or
/// reloaded, so a change followed at once by a reload or a closed tab is never lost.
pub fn follow(query: impl Fn() -> String + 'static) {
    SOURCE.with(|s| *s.borrow_mut() = Some(Box::new(move || untrack(&query))));
    for event in ["pagehide", "beforeunload", "visibilitychange"] {
        let listener = wasm_bindgen::closure::Closure::<dyn Fn()>::new(flush);
        let _ = window().add_event_listener_with_callback(event, listener.as_ref().unchecked_ref());
        // The page's own listener, for as long as the page lives.
        listener.forget();
    }
}

/// The state changed: it is kept for a reload at once (unless something animates), and the URL
/// is written now if it was not written in the last [`WRITE_INTERVAL`], else once that interval
/// is over (the last state wins).
pub fn changed() {
    DIRTY.with(|d| d.set(true));
    let animating = crate::runtime::pace::animating();
    if !animating && let Some(query) = SOURCE.with(|s| s.borrow().as_ref().map(|f| f())) {
        keep_for_reload(&query);
    }
    if SCHEDULED.with(|s| s.replace(true)) {
        return;
    }
    flush();
    let interval = if animating {
        ANIMATING_WRITE_INTERVAL
    } else {
        WRITE_INTERVAL
    };
    set_timeout(
        || {
            SCHEDULED.with(|s| s.set(false));
            flush();
        },
        interval,
    );
}

/// Writes a pending change to the URL now.
pub fn flush() {
    if !DIRTY.with(|d| d.replace(false)) {
        return;
    }
    let Some(query) = SOURCE.with(|s| s.borrow().as_ref().map(|f| f())) else {
        return;
    };
    keep_for_reload(&query);
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

/// The session-storage key of this page's state: one per address without its fragment, so an
/// embedded widget and the whole lesson in one tab keep theirs apart. `index.html` reads it.
fn reload_key() -> String {
    let location = window().location();
    format!(
        "neuronLabState:{}{}",
        location.pathname().unwrap_or_default(),
        location.search().unwrap_or_default()
    )
}

thread_local! {
    /// The tab's session storage, or `None` where it is blocked (a sandboxed frame, some
    /// private modes): then only the URL keeps the state.
    static STORAGE: Option<web_sys::Storage> = window().session_storage().ok().flatten();
}

/// Keeps `query` where a reload of this tab finds it (see the module's comment).
fn keep_for_reload(query: &str) {
    STORAGE.with(|storage| {
        if let Some(storage) = storage {
            // A full or refused storage only means a reload may show the URL's older state.
            let _ = storage.set_item(&reload_key(), query);
        }
    });
}
