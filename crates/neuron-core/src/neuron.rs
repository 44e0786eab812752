//! The artificial neuron: `y = f(w · x + b)`.
//!
//! Each input `x_i` is multiplied by its weight `w_i` (its *contribution* `w_i x_i`); the
//! contributions and the bias `b` are summed into the pre-activation `z`; the activation `f`
//! turns `z` into the output `y`. `f'(z)`, the slope at the operating point, says how much the
//! output would move for a small change of `z`.

use crate::activation::Activation;

/// The fewest inputs a neuron may have.
pub const MIN_INPUTS: usize = 1;
/// The most inputs a neuron may have in the explorer.
pub const MAX_INPUTS: usize = 6;

/// Which number was wrong, for error messages. Inputs and weights count from 0 here; people
/// count them from 1.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Quantity {
    Input(usize),
    Weight(usize),
    Bias,
}

/// Why a neuron could not be built or evaluated.
#[derive(Clone, Debug, PartialEq)]
pub enum NeuronError {
    /// A neuron needs between [`MIN_INPUTS`] and [`MAX_INPUTS`] weights.
    InputCountOutOfRange(usize),
    /// The number of inputs does not match the number of weights.
    InputCountMismatch { expected: usize, got: usize },
    /// A value was infinite or NaN.
    NonFinite(Quantity),
    /// The weighted sum was too large to represent.
    Overflow,
}

/// A neuron's weights, bias and activation. Every stored number is finite.
#[derive(Clone, Debug, PartialEq)]
pub struct Neuron {
    weights: Vec<f64>,
    bias: f64,
    activation: Activation,
}

/// Everything a forward pass computes, kept for display.
#[derive(Clone, Debug, PartialEq)]
pub struct Evaluation {
    /// `w_i x_i`, one per input.
    pub contributions: Vec<f64>,
    /// `z = Σ w_i x_i + b`.
    pub pre_activation: f64,
    /// `y = f(z)`.
    pub output: f64,
    /// `f'(z)`: the slope of the activation at the operating point.
    pub slope: f64,
}

impl Neuron {
    /// A neuron with these weights, bias and activation.
    pub fn new(weights: Vec<f64>, bias: f64, activation: Activation) -> Result<Self, NeuronError> {
        if !(MIN_INPUTS..=MAX_INPUTS).contains(&weights.len()) {
            return Err(NeuronError::InputCountOutOfRange(weights.len()));
        }
        if let Some(i) = weights.iter().position(|w| !w.is_finite()) {
            return Err(NeuronError::NonFinite(Quantity::Weight(i)));
        }
        if !bias.is_finite() {
            return Err(NeuronError::NonFinite(Quantity::Bias));
        }
        Ok(Neuron {
            weights,
            bias,
            activation,
        })
    }

    pub fn weights(&self) -> &[f64] {
        &self.weights
    }

    pub fn bias(&self) -> f64 {
        self.bias
    }

    pub fn activation(&self) -> Activation {
        self.activation
    }

    pub fn input_count(&self) -> usize {
        self.weights.len()
    }

    /// The contributions `w_i x_i`, after checking the inputs.
    pub fn contributions(&self, inputs: &[f64]) -> Result<Vec<f64>, NeuronError> {
        if inputs.len() != self.weights.len() {
            return Err(NeuronError::InputCountMismatch {
                expected: self.weights.len(),
                got: inputs.len(),
            });
        }
        if let Some(i) = inputs.iter().position(|x| !x.is_finite()) {
            return Err(NeuronError::NonFinite(Quantity::Input(i)));
        }
        Ok(inputs
            .iter()
            .zip(&self.weights)
            .map(|(x, w)| x * w)
            .collect())
    }

    /// `z = w · x + b`.
    pub fn pre_activation(&self, inputs: &[f64]) -> Result<f64, NeuronError> {
        let z = self.contributions(inputs)?.iter().sum::<f64>() + self.bias;
        if z.is_finite() {
            Ok(z)
        } else {
            Err(NeuronError::Overflow)
        }
    }

    /// `y = f(w · x + b)`.
    pub fn output(&self, inputs: &[f64]) -> Result<f64, NeuronError> {
        Ok(self.activation.apply(self.pre_activation(inputs)?))
    }

    /// The whole forward pass, every intermediate value kept.
    pub fn evaluate(&self, inputs: &[f64]) -> Result<Evaluation, NeuronError> {
        let contributions = self.contributions(inputs)?;
        let z = contributions.iter().sum::<f64>() + self.bias;
        if !z.is_finite() {
            return Err(NeuronError::Overflow);
        }
        Ok(Evaluation {
            contributions,
            pre_activation: z,
            output: self.activation.apply(z),
            slope: self.activation.derivative(z),
        })
    }
}

/// What a weight does, in the biological picture.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SynapseKind {
    /// A positive weight: the input pushes the neuron towards firing.
    Excitatory,
    /// A negative weight: the input holds the neuron back.
    Inhibitory,
    /// A zero weight: the input has no effect.
    Silent,
}

impl SynapseKind {
    /// The kind of a synapse with weight `w`.
    pub fn of(w: f64) -> SynapseKind {
        if w > 0.0 {
            SynapseKind::Excitatory
        } else if w < 0.0 {
            SynapseKind::Inhibitory
        } else {
            SynapseKind::Silent
        }
    }
}
