//! Activation functions: their names, formulas, biology notes, and the plot's text alternative.

use neuron_core::Activation;
use neuron_core::activation::Formula;
use neuron_core::curve::ActivationCurve;

use crate::i18n::{fixed, localize};

/// The name a learner reads: "Step (threshold)", "Sigmoid".
pub fn activation_name(a: Activation) -> String {
    match a {
        Activation::Step => crate::t!("activation-step"),
        Activation::Sigmoid => crate::t!("activation-sigmoid"),
        Activation::Tanh => crate::t!("activation-tanh"),
        Activation::Relu => crate::t!("activation-relu"),
        Activation::LeakyRelu => crate::t!("activation-leaky-relu"),
        Activation::Linear => crate::t!("activation-linear"),
        Activation::Softplus => crate::t!("activation-softplus"),
        Activation::Gelu => crate::t!("activation-gelu"),
    }
}

/// One sentence on how the activation relates to a biological neuron.
pub fn activation_biology_note(a: Activation) -> String {
    match a {
        Activation::Step => crate::t!("activation-step-biology"),
        Activation::Sigmoid => crate::t!("activation-sigmoid-biology"),
        Activation::Tanh => crate::t!("activation-tanh-biology"),
        Activation::Relu => crate::t!("activation-relu-biology"),
        Activation::LeakyRelu => crate::t!("activation-leaky-relu-biology"),
        Activation::Linear => crate::t!("activation-linear-biology"),
        Activation::Softplus => crate::t!("activation-softplus-biology"),
        Activation::Gelu => crate::t!("activation-gelu-biology"),
    }
}

/// A formula as the learner reads it, numbers in the language's form:
/// "H(z) = 1 if z ≥ 0, else 0".
pub fn formula(f: Formula) -> String {
    match f {
        Formula::Math(text) => localize(text),
        Formula::Cases {
            lhs,
            then,
            condition,
            otherwise,
        } => crate::t!(
            "activation-formula-cases",
            lhs = lhs,
            value = localize(then),
            condition = localize(condition),
            otherwise = localize(otherwise),
        ),
        Formula::UndefinedAt { lhs, value, at } => crate::t!(
            "activation-formula-undefined-at",
            lhs = lhs,
            value = localize(value),
            at = localize(at),
        ),
    }
}

/// The activation plot's text alternative.
pub fn curve_description(c: &ActivationCurve) -> String {
    let (z, y) = c.point;
    crate::t!(
        "activation-plot-description",
        activation = activation_name(c.activation),
        z_min = fixed(c.window.z_min, 0),
        z_max = fixed(c.window.z_max, 0),
        z = fixed(z, 2),
        output = fixed(y, 4),
        slope = fixed(c.slope, 4),
        flat = if c.is_flat() { "yes" } else { "no" },
        factor = fixed(c.slope, 2),
    )
}
