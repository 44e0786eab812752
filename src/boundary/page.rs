//! The decision boundary's page contract (see [`WidgetPage`]).

use neuron_core::challenge::Challenge;
use neuron_core::widget::Widget;

use crate::widgets::{Group, LessonPart, WidgetPage};

pub const WEIGHTS: Group = Group {
    key: "bd-weights",
    name: || crate::t!("share-group-bd-weights"),
    // The product feature decides how many weights there are.
    keys: &["bd-w", "bd-b", "bd-p"],
    changes: &[],
};
pub const LEARNING: Group = Group {
    key: "bd-learning",
    name: || crate::t!("share-group-bd-learning"),
    // The rule, the activation under it (More settings) and the learning rate.
    keys: &["bd-r", "bd-f", "bd-lr"],
    changes: &[],
};
pub const TRAINING: Group = Group {
    key: "bd-training",
    name: || crate::t!("share-group-bd-training"),
    keys: &[],
    // Training, a step and "Reset weights" all change the weights.
    changes: &[&WEIGHTS],
};
pub const DATA: Group = Group {
    key: "bd-data",
    name: || crate::t!("share-group-bd-data"),
    // The product checkbox is here too; with the weights locked it is disabled by itself (it
    // adds or drops a weight), not the whole data group.
    keys: &["bd-d", "bd-pts", "bd-n", "bd-s", "bd-p"],
    changes: &[],
};

pub const PAGE: WidgetPage = WidgetPage {
    widget: Widget::Boundary,
    only: || crate::t!("share-only-boundary"),
    groups: &[WEIGHTS, LEARNING, TRAINING, DATA],
    part: LessonPart::Holds,
    needs: &[
        // The weights by hand (the sliders, or the plane's line, which the lock holds too) on
        // the AND data (chosen again to clear a training).
        (Challenge::AndByHand, &[&WEIGHTS, &DATA]),
        // The XOR data and the product feature, then the weights by hand (w₃ has only its
        // slider; training is locked with the weights anyway).
        (Challenge::XorOneNeuron, &[&DATA, &WEIGHTS]),
        // Rule, activation and rate, then a training run, and the button it offers.
        (Challenge::BlowUp, &[&LEARNING, &TRAINING]),
    ],
};
