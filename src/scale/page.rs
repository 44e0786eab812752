//! The scale comparison's page contract (see [`WidgetPage`]).

use neuron_core::widget::Widget;

use crate::widgets::{Group, LessonPart, WidgetPage};

/// The sources under the chart.
pub const SOURCES: Group = Group {
    key: "sc-sources",
    name: || crate::t!("share-group-sc-sources"),
    // Whether the sources are open is not part of the state.
    keys: &[],
    changes: &[],
};

pub const PAGE: WidgetPage = WidgetPage {
    widget: Widget::Scale,
    only: || crate::t!("share-only-scale"),
    groups: &[SOURCES],
    part: LessonPart::Breaks,
    needs: &[],
};
