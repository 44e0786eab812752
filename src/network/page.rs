//! The network lab's page contract (see [`WidgetPage`]).

use neuron_core::widget::Widget;

use crate::widgets::{Group, LessonPart, WidgetPage};

pub const SETTINGS: Group = Group {
    key: "nn-settings",
    name: || crate::t!("share-group-nn-settings"),
};
pub const UNITS: Group = Group {
    key: "nn-units",
    name: || crate::t!("share-group-nn-units"),
};
pub const TRAINING: Group = Group {
    key: "nn-training",
    name: || crate::t!("share-group-nn-training"),
};

pub const PAGE: WidgetPage = WidgetPage {
    widget: Widget::Layers,
    only: || crate::t!("share-only-layers"),
    groups: &[SETTINGS, UNITS, TRAINING],
    part: LessonPart::Holds,
};
