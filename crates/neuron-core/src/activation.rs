//! Activation functions `f(z)`: the artificial neuron's "firing decision".
//!
//! Each one gives its value and its derivative `f'(z)` (the slope that gradient descent uses).
//! All are computed so that every finite `z`, however large, gives a finite result: nothing here
//! calls `exp` on a large positive number.

/// The slope of leaky ReLU for negative `z`. Larger than the usual 0.01 so that the leak is
/// visible on a plot a learner looks at.
pub const LEAKY_RELU_SLOPE: f64 = 0.1;

/// `sqrt(2 / pi)`, used by the tanh form of GELU.
const GELU_C: f64 = 0.797_884_560_802_865_4;
/// The cubic coefficient of the tanh form of GELU (Hendrycks & Gimpel, 2016).
const GELU_A: f64 = 0.044_715;

/// An activation function.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Activation {
    /// Heaviside step: `1` when `z >= 0`, else `0`. The all-or-nothing threshold.
    Step,
    /// Logistic sigmoid `1 / (1 + e^-z)`.
    #[default]
    Sigmoid,
    /// Hyperbolic tangent.
    Tanh,
    /// Rectified linear unit `max(0, z)`.
    Relu,
    /// Leaky ReLU: `z` for `z >= 0`, else `LEAKY_RELU_SLOPE * z`.
    LeakyRelu,
    /// The identity: no nonlinearity at all.
    Linear,
    /// Softplus `ln(1 + e^z)`, a smooth ReLU.
    Softplus,
    /// Gaussian error linear unit, in its common tanh form.
    Gelu,
}

/// How far [`Activation::apply_for_drawing`] may be from [`Activation::apply`].
pub const DRAWING_TOLERANCE: f64 = 1e-5;

/// A formula as the learner reads it. Most are mathematics alone; the piecewise ones read
/// "… if …, else …", whose words are the app's: the core gives the mathematical pieces (their
/// numbers written with a decimal point).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Formula {
    /// Mathematics alone: `σ(z) = 1 / (1 + e^(−z))`.
    Math(&'static str),
    /// Two cases: `lhs` is `then` when `condition` holds, else `otherwise`
    /// (`H(z) = 1 if z ≥ 0, else 0`).
    Cases {
        lhs: &'static str,
        then: &'static str,
        condition: &'static str,
        otherwise: &'static str,
    },
    /// `lhs = value`, except at `at`, where it is undefined: no slope to follow (the step's
    /// derivative).
    UndefinedAt {
        lhs: &'static str,
        value: &'static str,
        at: &'static str,
    },
}

impl Formula {
    /// The side being defined, such as `σ(z)` or `H′(z)`.
    pub fn lhs(self) -> &'static str {
        match self {
            Formula::Math(text) => text.split(['=', '≈']).next().unwrap_or(text).trim(),
            Formula::Cases { lhs, .. } | Formula::UndefinedAt { lhs, .. } => lhs,
        }
    }
}

impl Activation {
    /// Every activation, in the order the picker lists them.
    pub const ALL: [Activation; 8] = [
        Activation::Step,
        Activation::Sigmoid,
        Activation::Tanh,
        Activation::Relu,
        Activation::LeakyRelu,
        Activation::Linear,
        Activation::Softplus,
        Activation::Gelu,
    ];

    /// A short stable identifier, used in URLs.
    pub fn id(self) -> &'static str {
        match self {
            Activation::Step => "step",
            Activation::Sigmoid => "sigmoid",
            Activation::Tanh => "tanh",
            Activation::Relu => "relu",
            Activation::LeakyRelu => "leaky-relu",
            Activation::Linear => "linear",
            Activation::Softplus => "softplus",
            Activation::Gelu => "gelu",
        }
    }

    /// The activation with this [`id`](Self::id), if any.
    pub fn from_id(id: &str) -> Option<Activation> {
        Activation::ALL.into_iter().find(|a| a.id() == id)
    }

    /// The function's symbol in the equation, as in `σ(0.96) = 0.7231`.
    pub fn symbol(self) -> &'static str {
        match self {
            Activation::Step => "H",
            Activation::Sigmoid => "σ",
            Activation::Tanh => "tanh",
            Activation::Relu => "ReLU",
            Activation::LeakyRelu => "LReLU",
            Activation::Linear => "id",
            Activation::Softplus => "softplus",
            Activation::Gelu => "GELU",
        }
    }

    /// The formula, as mathematics and the pieces the app puts into words.
    pub fn formula(self) -> Formula {
        match self {
            Activation::Step => Formula::Cases {
                lhs: "H(z)",
                then: "1",
                condition: "z ≥ 0",
                otherwise: "0",
            },
            Activation::Sigmoid => Formula::Math("σ(z) = 1 / (1 + e^(−z))"),
            Activation::Tanh => Formula::Math("tanh(z) = (e^z − e^(−z)) / (e^z + e^(−z))"),
            Activation::Relu => Formula::Math("ReLU(z) = max(0, z)"),
            Activation::LeakyRelu => Formula::Cases {
                lhs: "LReLU(z)",
                then: "z",
                condition: "z ≥ 0",
                otherwise: "0.1·z",
            },
            Activation::Linear => Formula::Math("id(z) = z"),
            Activation::Softplus => Formula::Math("softplus(z) = ln(1 + e^z)"),
            Activation::Gelu => Formula::Math("GELU(z) ≈ ½·z·(1 + tanh(√(2/π)·(z + 0.044715·z³)))"),
        }
    }

    /// The derivative's formula, as [`formula`](Self::formula) gives the function's.
    pub fn derivative_formula(self) -> Formula {
        match self {
            Activation::Step => Formula::UndefinedAt {
                lhs: "H′(z)",
                value: "0",
                at: "z = 0",
            },
            Activation::Sigmoid => Formula::Math("σ′(z) = σ(z)·(1 − σ(z))"),
            Activation::Tanh => Formula::Math("tanh′(z) = 1 − tanh²(z)"),
            Activation::Relu => Formula::Cases {
                lhs: "ReLU′(z)",
                then: "1",
                condition: "z > 0",
                otherwise: "0",
            },
            Activation::LeakyRelu => Formula::Cases {
                lhs: "LReLU′(z)",
                then: "1",
                condition: "z ≥ 0",
                otherwise: "0.1",
            },
            Activation::Linear => Formula::Math("id′(z) = 1"),
            Activation::Softplus => Formula::Math("softplus′(z) = σ(z)"),
            Activation::Gelu => {
                Formula::Math("GELU′(z) = ½(1 + t) + ½·z·(1 − t²)·√(2/π)·(1 + 3·0.044715·z²)")
            }
        }
    }

    /// The activation in single precision, for drawing only (heatmaps recompute it tens of
    /// thousands of times a frame): within [`DRAWING_TOLERANCE`] of [`Activation::apply`] for
    /// every finite input (relative to the output where it exceeds 1), far finer than a
    /// colour's 1/256 step. tanh and sigmoid use [`exp_for_drawing`] once
    /// (tanh z = 1 − 2 / (e^{2z} + 1), saturating where that is exactly ±1 in f32), where
    /// `f64::tanh` goes through the slower `expm1`; the rest are the f64 formulas.
    pub fn apply_for_drawing(self, z: f32) -> f32 {
        match self {
            Activation::Sigmoid => {
                // e^(−z) overflows to infinity for very negative z, and 1/∞ = 0 is right.
                1.0 / (1.0 + exp_for_drawing(-z))
            }
            Activation::Tanh => {
                if z.abs() > 10.0 {
                    z.signum()
                } else {
                    1.0 - 2.0 / (exp_for_drawing(2.0 * z) + 1.0)
                }
            }
            Activation::Relu => z.max(0.0),
            Activation::Linear => z,
            other => other.apply(f64::from(z)) as f32,
        }
    }

    /// `f(z)`. Finite for every finite `z`.
    pub fn apply(self, z: f64) -> f64 {
        match self {
            Activation::Step => {
                if z >= 0.0 {
                    1.0
                } else {
                    0.0
                }
            }
            Activation::Sigmoid => sigmoid(z),
            Activation::Tanh => z.tanh(),
            Activation::Relu => z.max(0.0),
            Activation::LeakyRelu => {
                if z >= 0.0 {
                    z
                } else {
                    LEAKY_RELU_SLOPE * z
                }
            }
            Activation::Linear => z,
            // ln(1 + e^z) = max(z, 0) + ln(1 + e^-|z|): the exponent is never positive.
            Activation::Softplus => z.max(0.0) + (-z.abs()).exp().ln_1p(),
            Activation::Gelu => {
                if z.abs() > GELU_SATURATION {
                    // tanh(...) is exactly ±1 in f64 here; avoids z³ overflowing to infinity.
                    z.max(0.0)
                } else {
                    0.5 * z * (1.0 + gelu_inner(z).tanh())
                }
            }
        }
    }

    /// `f'(z)`. Finite for every finite `z`; at the kinks of step, ReLU and leaky ReLU the
    /// conventional one-sided value is used.
    pub fn derivative(self, z: f64) -> f64 {
        match self {
            Activation::Step => 0.0,
            Activation::Sigmoid => {
                let s = sigmoid(z);
                s * (1.0 - s)
            }
            Activation::Tanh => {
                let t = z.tanh();
                1.0 - t * t
            }
            Activation::Relu => {
                if z > 0.0 {
                    1.0
                } else {
                    0.0
                }
            }
            Activation::LeakyRelu => {
                if z >= 0.0 {
                    1.0
                } else {
                    LEAKY_RELU_SLOPE
                }
            }
            Activation::Linear => 1.0,
            Activation::Softplus => sigmoid(z),
            Activation::Gelu => {
                if z.abs() > GELU_SATURATION {
                    if z > 0.0 { 1.0 } else { 0.0 }
                } else {
                    let t = gelu_inner(z).tanh();
                    0.5 * (1.0 + t)
                        + 0.5 * z * (1.0 - t * t) * GELU_C * (1.0 + 3.0 * GELU_A * z * z)
                }
            }
        }
    }

    /// The bounds of `f` when it has them (for choosing a plot's vertical range).
    pub fn bounds(self) -> Option<(f64, f64)> {
        match self {
            Activation::Step | Activation::Sigmoid => Some((0.0, 1.0)),
            Activation::Tanh => Some((-1.0, 1.0)),
            _ => None,
        }
    }
}

/// Beyond this `|z|`, GELU's tanh is exactly ±1 in f64 (tanh saturates near 19.1).
const GELU_SATURATION: f64 = 20.0;

fn gelu_inner(z: f64) -> f64 {
    GELU_C * (z + GELU_A * z * z * z)
}

/// `e^x` in single precision, for drawing: relative error below 5 × 10⁻⁷ for every `x`,
/// faster than the library's `expf` in wasm.
///
/// `e^x = 2^n · e^g` with `n` the integer nearest `x log₂e` and `g = x − n ln 2`, so `|g| ≤ ½ ln 2`
/// (Cody & Waite's reduction: `ln 2` split in two, its high part short enough that `n` times it
/// is exact in f32). `2^n` is built directly from the float's exponent bits, and `e^g` is its
/// Taylor series to the 6th power, whose remainder is below `(½ ln 2)^7 / 7! ≈ 1.2 × 10⁻⁷`.
/// Below −87 it returns 0 and above 88 infinity, as `expf` does near there.
pub fn exp_for_drawing(x: f32) -> f32 {
    /// `ln 2` in two parts: 15 significant bits, and the rest.
    const LN2_HI: f32 = 0.693_145_75;
    const LN2_LO: f32 = 1.428_606_8e-6;
    if x.is_nan() {
        return x;
    }
    if x < -87.0 {
        return 0.0;
    }
    if x > 88.0 {
        return f32::INFINITY;
    }
    let n = (x * std::f32::consts::LOG2_E).round();
    let g = (x - n * LN2_HI) - n * LN2_LO;
    // Horner form of 1 + g + g²/2! + … + g⁶/6!.
    let p = 1.0
        + g * (1.0
            + g * (1.0 / 2.0
                + g * (1.0 / 6.0 + g * (1.0 / 24.0 + g * (1.0 / 120.0 + g * (1.0 / 720.0))))));
    // n is in −126..=127 here, so 2^n is a normal f32.
    let two_n = f32::from_bits(((n as i32 + 127) as u32) << 23);
    p * two_n
}

/// The logistic sigmoid, evaluated so that `exp` only ever sees a non-positive argument.
pub fn sigmoid(z: f64) -> f64 {
    if z >= 0.0 {
        1.0 / (1.0 + (-z).exp())
    } else {
        let e = z.exp();
        e / (1.0 + e)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_round_trip_and_are_unique() {
        for a in Activation::ALL {
            assert_eq!(Activation::from_id(a.id()), Some(a));
        }
        assert_eq!(Activation::from_id("softmax"), None);
    }

    #[test]
    fn gelu_branches_meet_at_saturation() {
        for edge in [GELU_SATURATION, -GELU_SATURATION] {
            let a = Activation::Gelu;
            assert!((a.apply(edge * (1.0 - 1e-12)) - a.apply(edge * (1.0 + 1e-12))).abs() < 1e-9);
            assert!(
                (a.derivative(edge * (1.0 - 1e-12)) - a.derivative(edge * (1.0 + 1e-12))).abs()
                    < 1e-9
            );
        }
    }
}
