//! The network lab's page contract (see [`WidgetPage`]).

use neuron_core::challenge::Challenge;
use neuron_core::widget::Widget;

use crate::widgets::{Group, LessonPart, WidgetPage};

pub const SETTINGS: Group = Group {
    key: "nn-settings",
    name: || crate::t!("share-group-nn-settings"),
    // The data (its noise, seed, split and the learner's own points too), what the plane shows,
    // the number of layers (in `nn-h`), activations, loss, rule, rate, regularisation, batch
    // size and Dale's law.
    keys: &[
        "nn-d", "nn-pts", "nn-n", "nn-s", "nn-tr", "nn-st", "nn-dc", "nn-h", "nn-fh", "nn-fo",
        "nn-loss", "nn-rule", "nn-lr", "nn-reg", "nn-l2", "nn-bs", "nn-dale",
    ],
    changes: &[],
};
pub const UNITS: Group = Group {
    key: "nn-units",
    name: || crate::t!("share-group-nn-units"),
    // The unit counts and the input features: the network's shape.
    keys: &["nn-h", "nn-f"],
    changes: &[],
};
pub const TRAINING: Group = Group {
    key: "nn-training",
    name: || crate::t!("share-group-nn-training"),
    // The weights are set by hand too (the selected unit's sliders): a lock of these buttons
    // stops training, not the weights.
    keys: &[],
    changes: &[],
};

pub const PAGE: WidgetPage = WidgetPage {
    widget: Widget::Layers,
    only: || crate::t!("share-only-layers"),
    groups: &[SETTINGS, UNITS, TRAINING],
    part: LessonPart::Holds,
    needs: &[
        (Challenge::SmallNetwork, &[&SETTINGS, &UNITS, &TRAINING]),
        // The default network will do: the rule and the rate, then training.
        (Challenge::NoBackprop, &[&SETTINGS, &TRAINING]),
    ],
};
