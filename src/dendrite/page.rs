//! The dendrite's page contract (see [`WidgetPage`]).

use neuron_core::widget::Widget;

use crate::widgets::{Group, LessonPart, WidgetPage};

pub const KIND: Group = Group {
    key: "dd-kind",
    name: || crate::t!("share-group-dd-kind"),
};
pub const SLIDERS: Group = Group {
    key: "dd-sliders",
    name: || crate::t!("share-group-dd-sliders"),
};

pub const PAGE: WidgetPage = WidgetPage {
    widget: Widget::Dendrite,
    only: || crate::t!("share-only-dendrite"),
    groups: &[KIND, SLIDERS],
    part: LessonPart::Breaks,
};
