//! The page contracts of the biological lab's three widgets (see [`WidgetPage`]): the recorded
//! neuron of section 1, the synapse that learns of section 3, the timing of section 4.

use neuron_core::challenge::Challenge;
use neuron_core::widget::Widget;

use crate::widgets::{Group, LessonPart, WidgetPage};

/// The stimulus: model, kind, amplitude, width and noise.
pub const STIMULUS: Group = Group {
    key: "bl-stimulus",
    name: || crate::t!("share-group-bl-stimulus"),
    // The protocol, with the seed of its noise.
    keys: &["bl-m", "bl-st", "bl-a", "bl-w", "bl-i", "bl-n", "bl-s"],
    changes: &[],
};
/// Play, step, a new sweep, and the time slider.
pub const PLAYBACK: Group = Group {
    key: "bl-playback",
    name: || crate::t!("share-group-bl-playback"),
    // Where the playhead is and which sweep is shown are not part of the state.
    keys: &[],
    changes: &[],
};

pub const NEURON: WidgetPage = WidgetPage {
    widget: Widget::Neuron,
    only: || crate::t!("share-only-neuron"),
    groups: &[STIMULUS, PLAYBACK],
    part: LessonPart::Biological,
    // Each is judged on the protocol alone: no playback needed.
    needs: &[
        (Challenge::Threshold, &[&STIMULUS]),
        (Challenge::Refractory, &[&STIMULUS]),
        (Challenge::Fire50, &[&STIMULUS]),
    ],
};

pub const BRIDGE: WidgetPage = WidgetPage {
    widget: Widget::Bridge,
    only: || crate::t!("share-only-bridge"),
    groups: &[],
    part: LessonPart::Holds,
    needs: &[(Challenge::WeakenSynapse, &[])],
};

pub const TIMING: WidgetPage = WidgetPage {
    widget: Widget::Timing,
    only: || crate::t!("share-only-timing"),
    groups: &[],
    part: LessonPart::Breaks,
    needs: &[(Challenge::JustInTime, &[])],
};
