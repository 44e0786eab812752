//! The dendrite's page contract (see [`WidgetPage`]).

use neuron_core::challenge::Challenge;
use neuron_core::widget::Widget;

use crate::widgets::{Group, LessonPart, WidgetPage};

pub const KIND: Group = Group {
    key: "dd-kind",
    name: || crate::t!("share-group-dd-kind"),
    keys: &["dd-k"],
    changes: &[],
};
pub const SLIDERS: Group = Group {
    key: "dd-sliders",
    name: || crate::t!("share-group-dd-sliders"),
    keys: &["dd-s", "dd-th", "dd-tau"],
    changes: &[],
};

pub const PAGE: WidgetPage = WidgetPage {
    widget: Widget::Dendrite,
    only: || crate::t!("share-only-dendrite"),
    groups: &[KIND, SLIDERS],
    part: LessonPart::Breaks,
    // A weaker input strength (either kind of dendrite then computes AND).
    needs: &[(Challenge::DendriteAnd, &[&SLIDERS])],
};
