//! The explorer's equation: the sentence screen readers hear.

use neuron_core::Equation;

use crate::i18n::localize;

/// One sentence for screen readers: "Weighted sum z = 0.96. Output σ of z = 0.7231.", the
/// numbers in the language's form.
pub fn equation_spoken(eq: &Equation) -> String {
    crate::t!(
        "core-equation-spoken",
        z = localize(&eq.pre_activation),
        symbol = eq.symbol,
        output = localize(&eq.output),
    )
}
