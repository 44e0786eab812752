//! The teacher's switches in the page's query string: `?challenges=off` hides the challenge
//! cards, `?quiz=off` the concept check (both default to on).

use std::sync::OnceLock;

use leptos::prelude::window;
use neuron_core::query::{get, parse_query};

fn off(key: &str) -> bool {
    let search = window().location().search().unwrap_or_default();
    get(&parse_query(&search), key) == Some("off")
}

/// Whether the challenges are shown.
pub fn challenges_on() -> bool {
    static ON: OnceLock<bool> = OnceLock::new();
    *ON.get_or_init(|| !off("challenges"))
}

/// Whether the concept check is shown.
pub fn quiz_on() -> bool {
    static ON: OnceLock<bool> = OnceLock::new();
    *ON.get_or_init(|| !off("quiz"))
}
