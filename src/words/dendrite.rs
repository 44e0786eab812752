//! The dendrite widget: the kinds of dendrite and the logic gates a truth table computes.

use neuron_core::bio::dendrite::{DendriteKind, Gate};

/// A dendrite's name: "dCaAP (human L2/3)".
pub fn dendrite_kind_name(k: DendriteKind) -> String {
    match k {
        DendriteKind::Dcaap => crate::t!("core-dendrite-dcaap"),
        DendriteKind::Monotonic => crate::t!("core-dendrite-monotonic"),
    }
}

/// A gate's name: "AND", "never fires".
pub fn gate_name(g: Gate) -> String {
    match g {
        Gate::Never => crate::t!("core-gate-never"),
        Gate::And => crate::t!("core-gate-and"),
        Gate::Or => crate::t!("core-gate-or"),
        Gate::Xor => crate::t!("core-gate-xor"),
        Gate::Nand => crate::t!("core-gate-nand"),
        Gate::Nor => crate::t!("core-gate-nor"),
        Gate::Xnor => crate::t!("core-gate-xnor"),
        Gate::Always => crate::t!("core-gate-always"),
        Gate::Other => crate::t!("core-gate-other"),
    }
}
