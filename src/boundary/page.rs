//! The decision boundary's page contract (see [`WidgetPage`]).

use neuron_core::widget::Widget;

use crate::widgets::{Group, LessonPart, WidgetPage};

pub const WEIGHTS: Group = Group {
    key: "bd-weights",
    name: || crate::t!("share-group-bd-weights"),
};
pub const LEARNING: Group = Group {
    key: "bd-learning",
    name: || crate::t!("share-group-bd-learning"),
};
pub const TRAINING: Group = Group {
    key: "bd-training",
    name: || crate::t!("share-group-bd-training"),
};
pub const DATA: Group = Group {
    key: "bd-data",
    name: || crate::t!("share-group-bd-data"),
};

pub const PAGE: WidgetPage = WidgetPage {
    widget: Widget::Boundary,
    only: || crate::t!("share-only-boundary"),
    groups: &[WEIGHTS, LEARNING, TRAINING, DATA],
    part: LessonPart::Holds,
};
