//! The teacher's switches in the page's query string: `?challenges=off` hides the challenge
//! cards, `?quiz=off` the concept check (both default to on); `?for=teachers` opens the
//! teachers' page instead of the lesson.

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

/// Whether this is the teachers' page (`?for=teachers`) rather than the learners' lesson.
pub fn teachers_page() -> bool {
    static ON: OnceLock<bool> = OnceLock::new();
    let search = window().location().search().unwrap_or_default();
    *ON.get_or_init(|| get(&parse_query(&search), "for") == Some("teachers"))
}

/// Whether the concept check is shown.
pub fn quiz_on() -> bool {
    static ON: OnceLock<bool> = OnceLock::new();
    *ON.get_or_init(|| !off("quiz"))
}
