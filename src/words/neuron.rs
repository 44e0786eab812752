//! The artificial neuron: its numbers by name, why it cannot be evaluated, and why typed text
//! is not a value.

use neuron_core::neuron::{MAX_INPUTS, MIN_INPUTS, Quantity};
use neuron_core::{NeuronError, ParamError};

use crate::i18n::trimmed;

/// A number of the neuron by name, counted from 1: "input x1", "weight w2", "bias b".
pub fn quantity(q: Quantity) -> String {
    match q {
        Quantity::Input(i) => crate::t!("core-quantity-input", n = i + 1),
        Quantity::Weight(i) => crate::t!("core-quantity-weight", n = i + 1),
        Quantity::Bias => crate::t!("core-quantity-bias"),
    }
}

/// Why the neuron cannot be evaluated: "weight w2 is not a finite number".
pub fn neuron_error(e: &NeuronError) -> String {
    match e {
        NeuronError::InputCountOutOfRange(n) => crate::t!(
            "core-neuron-input-count",
            min = MIN_INPUTS,
            max = MAX_INPUTS,
            n = *n,
        ),
        NeuronError::InputCountMismatch { expected, got } => crate::t!(
            "core-neuron-input-mismatch",
            expected = *expected,
            got = *got,
        ),
        NeuronError::NonFinite(q) => crate::t!("core-neuron-not-finite", quantity = quantity(*q)),
        NeuronError::Overflow => crate::t!("core-neuron-overflow"),
    }
}

/// Why typed text was not taken as a value: "Must be between −3 and 3".
pub fn param_error(e: &ParamError) -> String {
    match e {
        ParamError::Empty => crate::t!("core-param-empty"),
        ParamError::NotANumber => crate::t!("core-param-not-a-number"),
        ParamError::NotFinite => crate::t!("core-param-not-finite"),
        ParamError::Incomplete => crate::t!("core-param-not-a-number"),
        ParamError::OutOfRange { min, max } => crate::t!(
            "core-param-out-of-range",
            min = trimmed(*min, 2),
            max = trimmed(*max, 2),
        ),
    }
}
