//! The page contracts of the biological lab's three widgets (see [`WidgetPage`]): the recorded
//! neuron of section 1, the synapse that learns of section 3, the timing of section 4.

use neuron_core::widget::Widget;

use crate::widgets::{Group, LessonPart, WidgetPage};

/// The stimulus: model, kind, amplitude, width and noise.
pub const STIMULUS: Group = Group {
    key: "bl-stimulus",
    name: || crate::t!("share-group-bl-stimulus"),
};
/// Play, step and reset.
pub const PLAYBACK: Group = Group {
    key: "bl-playback",
    name: || crate::t!("share-group-bl-playback"),
};

pub const NEURON: WidgetPage = WidgetPage {
    widget: Widget::Neuron,
    only: || crate::t!("share-only-neuron"),
    groups: &[STIMULUS, PLAYBACK],
    part: LessonPart::Biological,
};

pub const BRIDGE: WidgetPage = WidgetPage {
    widget: Widget::Bridge,
    only: || crate::t!("share-only-bridge"),
    groups: &[],
    part: LessonPart::Holds,
};

pub const TIMING: WidgetPage = WidgetPage {
    widget: Widget::Timing,
    only: || crate::t!("share-only-timing"),
    groups: &[],
    part: LessonPart::Breaks,
};
