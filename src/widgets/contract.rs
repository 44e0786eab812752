//! What a widget is to the page beside its view: the share menu's option that embeds it alone,
//! the groups of its controls a teacher can hide or lock, and the part of the lesson it belongs
//! to. Each widget's folder defines its [`WidgetPage`]; the page lists them once
//! (`crate::widget_list`) and everything that goes over every widget (the share dialog, the
//! teachers' guide, the progress panel, the embed link) loops over that list.

use neuron_core::challenge::Challenge;
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
    /// Each of its challenges with the groups of controls its solution uses: a challenge is
    /// left out (no card, not counted in the progress panel) while one of them is hidden or
    /// locked. Every challenge of the widget is listed, with `&[]` if it needs none.
    pub needs: &'static [(Challenge, &'static [&'static Group])],
}

impl WidgetPage {
    /// Whether the page offers challenge `c`: no group it needs is hidden or locked.
    pub fn offers(&self, c: Challenge) -> bool {
        self.needs
            .iter()
            .filter(|(n, _)| *n == c)
            .flat_map(|(_, groups)| groups.iter())
            .all(|g| super::usable(g))
    }

    /// Whether the page offers any of its challenges (else its challenge list is left out).
    pub fn offers_any(&self) -> bool {
        self.needs.iter().any(|(c, _)| self.offers(*c))
    }
}

/// A group of a widget's controls that a teacher can hide or lock. The widget marks each
/// element of the group with `data-group=GROUP.key`; nothing else names its elements.
pub struct Group {
    /// The group's name in links (`?lock=bd-learning`).
    pub key: &'static str,
    /// Its name in the share dialog and the teachers' guide.
    pub name: fn() -> String,
    /// The URL keys of the values its controls set (`bd-w`, `bd-b`): while the group is
    /// locked, a state applied to the page (an edited link, a settings file, a course's saved
    /// state) keeps these values (`widgets::hold_locked`). A key may be two groups'; either
    /// one locked keeps it. Buttons that only run the model (train, play) set none.
    pub keys: &'static [&'static str],
    /// Other groups whose values its controls change as well (training changes the weights):
    /// it is locked with any of them, so that a locked value cannot change by it either.
    pub changes: &'static [&'static Group],
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
