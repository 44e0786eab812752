//! The neuron's equation with live numbers, as the learner reads it:
//! `z = 0.5×0.4 + 0.3×(−0.2) + 0.8×0.9 + 0.1 = 0.96` and `σ(0.96) = 0.7231`. Mathematics only:
//! the numbers have a decimal point (the app puts the language's sign in), and the sentences
//! about them are the app's.

use crate::explorer::ExplorerState;
use crate::format::{factor, fixed};
use crate::neuron::Evaluation;

/// Decimal places of inputs and weights in the equation.
pub const FACTOR_DECIMALS: usize = 2;
/// Decimal places of `z` and of each contribution.
pub const SUM_DECIMALS: usize = 2;
/// Decimal places of the output.
pub const OUTPUT_DECIMALS: usize = 4;

/// One term `x_i × w_i` of the weighted sum.
#[derive(Clone, Debug, PartialEq)]
pub struct Term {
    /// `x_i`, bracketed when negative.
    pub input: String,
    /// `w_i`, bracketed when negative.
    pub weight: String,
    /// `w_i x_i` with [`SUM_DECIMALS`] places.
    pub contribution: String,
}

/// The equation's numbers, formatted.
#[derive(Clone, Debug, PartialEq)]
pub struct Equation {
    pub terms: Vec<Term>,
    /// `b`, bracketed when negative.
    pub bias: String,
    /// `z` with [`SUM_DECIMALS`] places.
    pub pre_activation: String,
    /// The activation's symbol, such as `σ`.
    pub symbol: &'static str,
    /// `f(z)` with [`OUTPUT_DECIMALS`] places.
    pub output: String,
}

impl Equation {
    /// The equation of `state`, whose forward pass is `evaluation`.
    pub fn new(state: &ExplorerState, evaluation: &Evaluation) -> Self {
        let terms = state
            .inputs()
            .iter()
            .zip(state.weights())
            .zip(&evaluation.contributions)
            .map(|((x, w), c)| Term {
                input: factor(*x, FACTOR_DECIMALS),
                weight: factor(*w, FACTOR_DECIMALS),
                contribution: fixed(*c, SUM_DECIMALS),
            })
            .collect();
        Equation {
            terms,
            bias: factor(state.bias(), FACTOR_DECIMALS),
            pre_activation: fixed(evaluation.pre_activation, SUM_DECIMALS),
            symbol: state.activation().symbol(),
            output: fixed(evaluation.output, OUTPUT_DECIMALS),
        }
    }

    /// `z = 0.5×0.4 + 0.3×(−0.2) + 0.8×0.9 + 0.1 = 0.96`
    pub fn sum_line(&self) -> String {
        let products: Vec<String> = self
            .terms
            .iter()
            .map(|t| format!("{}×{}", t.input, t.weight))
            .collect();
        format!(
            "z = {} + {} = {}",
            products.join(" + "),
            self.bias,
            self.pre_activation
        )
    }

    /// `σ(0.96) = 0.7231`
    pub fn output_line(&self) -> String {
        format!("{}({}) = {}", self.symbol, self.pre_activation, self.output)
    }
}
