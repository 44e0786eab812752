//! The explorer's page contract (see [`WidgetPage`]).

use neuron_core::challenge::Challenge;
use neuron_core::widget::Widget;

use crate::widgets::{Group, LessonPart, WidgetPage};

/// The activation and input buttons above the plot.
pub const TOOLBAR: Group = Group {
    key: "ex-toolbar",
    name: || crate::t!("share-group-ex-toolbar"),
    // The activation. Its buttons (add an input, the example, reset) rewrite the inputs too: they
    // sit inside the inputs' panel, so a lock of the inputs makes them inert as well, and they
    // check it themselves.
    keys: &["f"],
    changes: &[],
};
/// The input, weight and bias rows.
pub const INPUTS: Group = Group {
    key: "ex-inputs",
    name: || crate::t!("share-group-ex-inputs"),
    keys: &["x", "w", "b"],
    changes: &[],
};

pub const PAGE: WidgetPage = WidgetPage {
    widget: Widget::Explorer,
    only: || crate::t!("share-only-explorer"),
    groups: &[TOOLBAR, INPUTS],
    part: LessonPart::Artificial,
    // Both are set up with the activation picker (and the example's inputs, or two inputs).
    needs: &[
        (Challenge::TargetOutput, &[&INPUTS, &TOOLBAR]),
        (Challenge::Nand, &[&INPUTS, &TOOLBAR]),
    ],
};
