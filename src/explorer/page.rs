//! The explorer's page contract (see [`WidgetPage`]).

use neuron_core::widget::Widget;

use crate::widgets::{Group, LessonPart, WidgetPage};

/// The activation and input buttons above the plot.
pub const TOOLBAR: Group = Group {
    key: "ex-toolbar",
    name: || crate::t!("share-group-ex-toolbar"),
};
/// The input, weight and bias rows.
pub const INPUTS: Group = Group {
    key: "ex-inputs",
    name: || crate::t!("share-group-ex-inputs"),
};

pub const PAGE: WidgetPage = WidgetPage {
    widget: Widget::Explorer,
    only: || crate::t!("share-only-explorer"),
    groups: &[TOOLBAR, INPUTS],
    part: LessonPart::Artificial,
};
