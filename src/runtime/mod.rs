//! What runs the page over time, below every widget: effects, the animation loop, text at a
//! human rate while something animates ([`pace`]), what is on screen ([`visibility`]), and the
//! state kept in the URL ([`url_state`]), and reading a chosen file ([`files`]). Nothing here knows
//! a widget.

mod animate;
pub mod files;
pub mod pace;
pub mod url_state;
pub mod visibility;

pub use animate::animate;

/// An effect: runs `f` now and again whenever a signal it read changes. Every effect of the
/// shared widgets goes through this one function, so Leptos's effect machinery is compiled
/// once for all of them rather than once per closure (each copy cost about 1 KB of wasm).
pub fn effect(f: Box<dyn Fn()>) {
    leptos::prelude::Effect::new(move |_| f());
}

/// Milliseconds since the page loaded (the clock of animation frames).
pub fn now() -> f64 {
    leptos::prelude::window()
        .performance()
        .map_or(0.0, |p| p.now())
}
