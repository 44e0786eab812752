//! The one animation loop: training and playback run a step per display frame through it.

use std::cell::RefCell;
use std::rc::Rc;

use leptos::prelude::*;

use super::{now, pace};

/// A loop in progress: it runs while `playing` is set and no newer loop of the same widget
/// (`runs`) has started.
struct Loop {
    playing: RwSignal<bool>,
    runs: StoredValue<u64>,
    id: u64,
    step: RefCell<Box<dyn FnMut(f64)>>,
}

/// Starts a loop that calls `step` with the frame's time (ms) now and then once per animation
/// frame, while `playing` stays set. `runs` counts the widget's loops: starting one ends any
/// earlier one still waiting for its next frame (a pause and a play within one frame), so a
/// widget never runs two. The loop keeps [`pace`]'s clock, so text follows at a human rate
/// while it runs and exactly once it stops.
///
/// One loop for every widget, behind a boxed step: the scheduling code is compiled once.
pub fn animate(playing: RwSignal<bool>, runs: StoredValue<u64>, step: impl FnMut(f64) + 'static) {
    runs.update_value(|r| *r += 1);
    let running = Rc::new(Loop {
        playing,
        runs,
        id: runs.get_value(),
        step: RefCell::new(Box::new(step)),
    });
    pace::start();
    tick(running);
}

fn tick(running: Rc<Loop>) {
    if !running.playing.get_untracked() || running.runs.get_value() != running.id {
        pace::stop();
        return;
    }
    let time = now();
    pace::frame(time);
    (running.step.borrow_mut())(time);
    request_animation_frame(move || tick(running));
}
