//! What a widget is to the page beside its view: the share menu's option that embeds it alone,
//! the groups of its controls a teacher can hide or lock, and the part of the lesson it belongs
//! to. Each widget's folder defines its [`WidgetPage`]; the page lists them once
//! (`crate::widget_list`) and everything that goes over every widget (the share dialog, the
//! teachers' guide, the progress panel, the embed link) loops over that list.

use neuron_core::widget::Widget;

/// A widget's page contract.
pub struct WidgetPage {
    pub widget: Widget,
    /// The share menu's option that embeds it alone, such as "Only the decision boundary".
    pub only: fn() -> String,
    /// The groups of its controls a shared link can hide (`?hide=`) or lock (`?lock=`).
    pub groups: &'static [Group],
    /// The part of the lesson it belongs to (the progress panel groups challenges by it).
    pub part: LessonPart,
}

/// A group of a widget's controls that a teacher can hide or lock. The widget marks each
/// element of the group with `data-group=GROUP.key`; nothing else names its elements.
pub struct Group {
    /// The group's name in links (`?lock=bd-learning`).
    pub key: &'static str,
    /// Its name in the share dialog and the teachers' guide.
    pub name: fn() -> String,
}

/// The parts of the lesson that have widgets with challenges, in the lesson's order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LessonPart {
    /// Section 1: the biological neuron.
    Biological,
    /// Section 2: the artificial neuron.
    Artificial,
    /// Section 3: where the analogy holds (learning, layers, plasticity).
    Holds,
    /// Section 4: where it breaks (dendrites, timing, scale).
    Breaks,
}

impl LessonPart {
    pub const ALL: [LessonPart; 4] = [
        LessonPart::Biological,
        LessonPart::Artificial,
        LessonPart::Holds,
        LessonPart::Breaks,
    ];
}
