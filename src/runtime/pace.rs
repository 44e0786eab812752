//! Text at a human rate. While anything animates, a readout that changed every frame would be
//! rewritten 60 times a second (and each write costs a style and layout pass) although nobody
//! reads that fast. So while an animation runs, text follows a slow clock (every
//! [`TEXT_INTERVAL`]); once every animation has stopped it follows its sources again, so the
//! final values are exact. Out of view it is not computed at all, which also keeps a costly
//! memo behind it (a Hodgkin-Huxley sweep, say) from running until the widget is seen.

use std::cell::Cell;
use std::sync::LazyLock;

use leptos::prelude::*;
use send_wrapper::SendWrapper;

use crate::runtime::visibility;

/// The least time between two text updates while something animates, in ms (about 7 a second).
pub const TEXT_INTERVAL: f64 = 150.0;

struct Clock {
    /// Bumped at most every `TEXT_INTERVAL` while anything animates.
    tick: ArcRwSignal<u64>,
    /// How many animation loops are running.
    running: ArcRwSignal<usize>,
    last: Cell<f64>,
}

static CLOCK: LazyLock<SendWrapper<Clock>> = LazyLock::new(|| {
    SendWrapper::new(Clock {
        tick: ArcRwSignal::new(0),
        running: ArcRwSignal::new(0),
        last: Cell::new(f64::NEG_INFINITY),
    })
});

/// An animation loop starts. Pair with [`stop`].
pub fn start() {
    CLOCK.running.update(|n| *n += 1);
}

/// An animation loop has stopped: text catches up at once, exactly.
pub fn stop() {
    CLOCK.running.update(|n| *n = n.saturating_sub(1));
}

/// Whether any animation loop is running (untracked).
pub fn animating() -> bool {
    CLOCK.running.get_untracked() > 0
}

/// Whether any animation loop is running, tracked: an effect that reads it runs again when
/// animation starts or stops (to draw a heatmap coarser while it moves and sharp at rest).
pub fn moving() -> bool {
    CLOCK.running.get() > 0
}

/// Called by every animation loop once per frame, with the frame's time in ms.
pub fn frame(now: f64) {
    if now - CLOCK.last.get() >= TEXT_INTERVAL {
        CLOCK.last.set(now);
        CLOCK.tick.update(|t| *t += 1);
    }
}

/// Runs `f` inside an effect at a human rate while anything animates: the effect then tracks only
/// the slow clock and `f` reads its sources untracked; once every animation has stopped it
/// tracks `f`'s sources again, so the final state is exact. For what follows an animation but
/// is not the thing animating: a training curve, the network's links.
pub fn paced<T>(f: impl FnOnce() -> T) -> T {
    if CLOCK.running.get() > 0 {
        CLOCK.tick.track();
        untrack(f)
    } else {
        f()
    }
}

/// The text `f` makes, kept up to date at a human rate and only while the widget is seen.
///
/// A widget that starts out of view gets its text once, when the browser is idle (so a screen
/// reader finds it described, and the first screen is not held up), and then whenever it is
/// seen again.
pub fn text(f: Box<dyn Fn() -> String>) -> Signal<String> {
    text_while(visibility::seen(), f)
}

/// [`text`], updated only while `seen` (for text made in a closure that runs after the
/// component's body, where [`visibility::seen`] would find the wrong widget).
pub fn text_while(seen: Signal<bool>, f: Box<dyn Fn() -> String>) -> Signal<String> {
    let out = RwSignal::new(String::new());
    let f = std::sync::Arc::new(SendWrapper::new(f));
    let filled = StoredValue::new(false);
    let fill_later = {
        let f = f.clone();
        move || {
            // The widget may be gone by the time the browser is idle.
            if filled.try_get_value() == Some(false) {
                filled.set_value(true);
                let text = untrack(&**f);
                out.try_set(text);
            }
        }
    };
    crate::runtime::effect(Box::new(move || {
        if !seen.get() {
            if !filled.get_value() {
                request_idle_callback(fill_later.clone());
            }
            return;
        }
        filled.set_value(true);
        let new = paced(|| f());
        out.maybe_update(|old| {
            let changed = *old != new;
            if changed {
                *old = new;
            }
            changed
        });
    }));
    out.into()
}

/// A control's value as shown, following `source` like [`text`]: at a human rate while
/// anything animates (a slider that follows training moves seven times a second, not sixty).
/// A memo, so it is current the moment it is read. Not gated by visibility: sliders are built
/// inside closures too, where the widget's [`visibility::Seen`] cannot be looked up.
pub fn value(source: Signal<f64>) -> Signal<f64> {
    Memo::new(move |_| paced(|| source.get())).into()
}
