//! A small multilayer network: the input features ([`Features`]: x₁, x₂ and any of x₁², x₂²,
//! x₁x₂, sin 2πx₁, sin 2πx₂) → 1 to 6 hidden layers of 1 to 8 units → one output (two classes,
//! or a value to predict) or a softmax over 3 or 4 classes, each layer with its own activation,
//! trained by backpropagation, with L1 or L2 regularisation and, if asked, Dale's law
//! ([`crate::dale`]).
//!
//! Forward, for each layer `l` with weights `W_l` (a row per unit) and biases `b_l`:
//!
//! ```text
//! z_l = W_l a_(l−1) + b_l,    a_l = f_l(z_l),    a_0 = x
//! ```
//!
//! Backward (backpropagation): the error signal `δ_l = ∂loss/∂z_l` starts at the output,
//!
//! ```text
//! δ_out = y − t                         (cross-entropy with a sigmoid output)
//! δ_out = p − onehot(c)                 (cross-entropy with a softmax output, p = softmax(z))
//! δ_out = (y − t) f′(z_out)             (squared error)
//! δ_l   = (W_(l+1)ᵀ δ_(l+1)) ⊙ f_l′(z_l)  (each hidden layer, going backwards)
//! ```
//!
//! and gives `∂loss/∂W_l = δ_l a_(l−1)ᵀ`, `∂loss/∂b_l = δ_l`. The error travels back through the
//! same weights that carried the signal forward: the step with no known biological mechanism
//! (the *weight transport problem*, Grossberg 1987).
//!
//! ## Learning without weight transport
//!
//! Two rules ([`LearningRule`]) send the error back through fixed random matrices ([`Feedback`])
//! instead; the output layer's update `δ_out a_(L−1)ᵀ` is the same for every rule:
//!
//! ```text
//! feedback alignment (FA; Lillicrap et al. 2016, Nat Commun 7:13276):
//!     δ_l = (B_(l+1) δ_(l+1)) ⊙ f_l′(z_l),   B_(l+1) fixed, random, the shape of W_(l+1)ᵀ
//! direct feedback alignment (DFA; Nøkland 2016, NeurIPS):
//!     δ_l = (D_l δ_out) ⊙ f_l′(z_l),         D_l fixed, random, units_l × 1
//! ```
//!
//! For the top hidden layer both are the same rule (`D_L−1 = B_L`, one matrix), so with one
//! hidden layer FA and DFA are identical. These updates are not the gradient; the forward weights
//! come to *align* with the feedback, and then the updates point downhill. [`angle_degrees`]
//! measures how far an update is from the true gradient (0°: the same direction; 90°: no help).
//!
//! If every activation is linear, the whole network is one linear map:
//! `y = W_L ⋯ W_1 x + (the biases carried through)`; [`Network::collapse`] computes it.

use crate::activation::{Activation, sigmoid};
use crate::dataset::{PLANE_MAX, PLANE_MIN};
use crate::features::Features;
use crate::network_data::{MAX_CLASSES, Sample, Target};
use crate::rng::{Rng, SplitMix64};
use crate::training::DIVERGENCE_LIMIT;

/// At most this many hidden layers (TensorFlow Playground's limit).
pub const MAX_HIDDEN_LAYERS: usize = 6;
/// At most this many units in a hidden layer.
pub const MAX_UNITS: usize = 8;

/// The loss the network is trained on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Loss {
    /// `−t ln y − (1 − t) ln(1 − y)`; needs a sigmoid output. With several outputs, the
    /// softmax's `−ln p_c` for the point's class `c`.
    CrossEntropy,
    /// `½ (y − t)²`.
    SquaredError,
}

impl Loss {
    pub const ALL: [Loss; 2] = [Loss::CrossEntropy, Loss::SquaredError];

    pub fn id(self) -> &'static str {
        match self {
            Loss::CrossEntropy => "ce",
            Loss::SquaredError => "se",
        }
    }

    pub fn from_id(id: &str) -> Option<Loss> {
        Loss::ALL.into_iter().find(|l| l.id() == id)
    }

    /// The loss of output pre-activation `z` through `f`, for target `t`.
    pub fn value(self, f: Activation, z: f64, t: f64) -> f64 {
        match self {
            // Stable form for the sigmoid output: softplus(z) − t z.
            Loss::CrossEntropy if f == Activation::Sigmoid => Activation::Softplus.apply(z) - t * z,
            Loss::CrossEntropy => {
                let y = f.apply(z).clamp(1e-12, 1.0 - 1e-12);
                -t * y.ln() - (1.0 - t) * (1.0 - y).ln()
            }
            Loss::SquaredError => {
                let e = f.apply(z) - t;
                0.5 * e * e
            }
        }
    }

    /// `∂loss/∂z` at the output.
    pub fn slope(self, f: Activation, z: f64, t: f64) -> f64 {
        match self {
            Loss::CrossEntropy if f == Activation::Sigmoid => sigmoid(z) - t,
            Loss::CrossEntropy => {
                let y = f.apply(z).clamp(1e-12, 1.0 - 1e-12);
                (y - t) / (y * (1.0 - y)) * f.derivative(z)
            }
            Loss::SquaredError => (f.apply(z) - t) * f.derivative(z),
        }
    }

    /// The loss of the output layer's pre-activations `z` for target `t`: with one output,
    /// [`Loss::value`]; with several, the softmax's cross-entropy, `ln Σ exp z_k − z_c`.
    pub fn of_outputs(self, f: Activation, z: &[f64], t: Target) -> f64 {
        match (z, t) {
            ([z], t) => self.value(f, *z, scalar(t)),
            (z, Target::Class(c)) => log_sum_exp(z) - z.get(c).copied().unwrap_or(0.0),
            (_, Target::Value(_)) => 0.0,
        }
    }

    /// `∂loss/∂z` for each output: with several, `softmax(z) − onehot(c)`.
    pub fn output_deltas(self, f: Activation, z: &[f64], t: Target) -> Vec<f64> {
        match (z, t) {
            ([z], t) => vec![self.slope(f, *z, scalar(t))],
            (z, Target::Class(c)) => {
                let mut p = softmax(z);
                if let Some(pc) = p.get_mut(c) {
                    *pc -= 1.0;
                }
                p
            }
            (z, Target::Value(_)) => vec![0.0; z.len()],
        }
    }
}

/// A target as one output's number: class 1 (or any above 0) is 1, class 0 is 0; a value is
/// itself.
fn scalar(t: Target) -> f64 {
    match t {
        Target::Class(c) => f64::from(u8::from(c > 0)),
        Target::Value(v) => v,
    }
}

impl From<f64> for Target {
    /// A single output's target, as a number.
    fn from(v: f64) -> Target {
        Target::Value(v)
    }
}

/// `ln Σ exp z_k`, computed without overflow.
fn log_sum_exp(z: &[f64]) -> f64 {
    let m = z.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    if !m.is_finite() {
        return m;
    }
    m + z.iter().map(|v| (v - m).exp()).sum::<f64>().ln()
}

/// The softmax of `z`: `exp z_k / Σ exp z_j`, each in (0, 1), summing to 1.
pub fn softmax(z: &[f64]) -> Vec<f64> {
    let m = z.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    let e: Vec<f64> = z.iter().map(|v| (v - m).exp()).collect();
    let total: f64 = e.iter().sum();
    e.into_iter().map(|v| v / total).collect()
}

/// How the weights are pulled towards zero.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Regulariser {
    /// `λ Σ |w|`: pulls every weight by the same amount, and many to exactly zero.
    L1,
    /// `½ λ Σ w²` (weight decay): pulls each weight in proportion to its size.
    #[default]
    L2,
}

impl Regulariser {
    pub const ALL: [Regulariser; 2] = [Regulariser::L1, Regulariser::L2];

    pub fn id(self) -> &'static str {
        match self {
            Regulariser::L1 => "l1",
            Regulariser::L2 => "l2",
        }
    }

    pub fn from_id(id: &str) -> Option<Regulariser> {
        Regulariser::ALL.into_iter().find(|r| r.id() == id)
    }

    /// The penalty of one weight, per unit of strength: `|w|` or `½ w²`.
    pub fn penalty(self, w: f64) -> f64 {
        match self {
            Regulariser::L1 => w.abs(),
            Regulariser::L2 => 0.5 * w * w,
        }
    }

    /// `∂penalty/∂w`: `sign w` (0 at 0) or `w`.
    pub fn slope(self, w: f64) -> f64 {
        match self {
            Regulariser::L1 if w == 0.0 => 0.0,
            Regulariser::L1 => w.signum(),
            Regulariser::L2 => w,
        }
    }
}

/// A regulariser and its strength `λ`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Regularisation {
    pub kind: Regulariser,
    pub strength: f64,
}

impl Regularisation {
    /// L2 of strength `l2`.
    pub fn l2(l2: f64) -> Regularisation {
        Regularisation {
            kind: Regulariser::L2,
            strength: l2,
        }
    }

    /// One weight after a gradient step: `w − lr (g + λ w)` for L2. For L1, `w − lr g`
    /// moved `lr λ` towards zero and stopped there (the proximal step), so that weights the
    /// data do not need become exactly 0 instead of flickering around it.
    pub fn step(self, w: f64, g: f64, lr: f64) -> f64 {
        match self.kind {
            Regulariser::L2 => w - lr * (g + self.strength * w),
            Regulariser::L1 => {
                let moved = w - lr * g;
                let pull = lr * self.strength;
                if moved > pull {
                    moved - pull
                } else if moved < -pull {
                    moved + pull
                } else {
                    0.0
                }
            }
        }
    }
}

/// Everything one epoch of training needs besides the network, its data and the shuffling.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Update {
    pub batch: usize,
    pub rate: f64,
    pub regularisation: Regularisation,
    pub loss: Loss,
    pub rule: LearningRule,
    /// Dale's law with this share of inhibitory hidden units, or None.
    pub dale: Option<f64>,
}

/// How the error reaches the hidden layers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum LearningRule {
    /// Backpropagation: back through the forward weights, `W_(l+1)ᵀ`.
    #[default]
    Backprop,
    /// Feedback alignment: back through fixed random matrices `B_(l+1)`, layer by layer.
    FeedbackAlignment,
    /// Direct feedback alignment: the output error straight to each hidden layer through a
    /// fixed random `D_l`.
    DirectFeedbackAlignment,
}

impl LearningRule {
    pub const ALL: [LearningRule; 3] = [
        LearningRule::Backprop,
        LearningRule::FeedbackAlignment,
        LearningRule::DirectFeedbackAlignment,
    ];

    pub fn id(self) -> &'static str {
        match self {
            LearningRule::Backprop => "bp",
            LearningRule::FeedbackAlignment => "fa",
            LearningRule::DirectFeedbackAlignment => "dfa",
        }
    }

    pub fn from_id(id: &str) -> Option<LearningRule> {
        LearningRule::ALL.into_iter().find(|r| r.id() == id)
    }

    /// Whether the rule uses the fixed random feedback matrices.
    pub fn uses_feedback(self) -> bool {
        self != LearningRule::Backprop
    }
}

/// A matrix as rows: `m[i][j]`.
pub type Matrix = Vec<Vec<f64>>;

/// The fixed feedback matrices of feedback alignment and direct feedback alignment, one per
/// hidden layer `l` (0 is the first hidden layer).
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Feedback {
    /// FA: `layered[l]` is `B_(l+1)`, `units_l × units_(l+1)` (the shape of `W_(l+1)ᵀ`); it
    /// carries `δ_(l+1)` down to layer `l`.
    pub layered: Vec<Matrix>,
    /// DFA: `direct[l]` is `D_l`, `units_l × 1`; it carries `δ_out` to layer `l`. For the top
    /// hidden layer it is the same matrix as `layered`'s.
    pub direct: Vec<Matrix>,
}

impl Feedback {
    /// Random matrices for a network of `shape` (as [`Network::shape`]: inputs, each hidden
    /// layer, the output), drawn from `seed` alone: uniform in `±√(6/(rows + columns))`, the
    /// Glorot range of the forward weight they stand in for. The same seed and shape always give
    /// the same matrices.
    pub fn random(shape: &[usize], seed: u64) -> Feedback {
        let mut rng = SplitMix64::new(seed ^ 0xfeed_bac4);
        let hidden = shape.len().saturating_sub(2);
        let outputs = shape.last().copied().unwrap_or(1);
        let mut draw = |rows: usize, cols: usize| -> Matrix {
            let limit = (6.0 / (rows + cols).max(1) as f64).sqrt();
            (0..rows)
                .map(|_| (0..cols).map(|_| rng.range(-limit, limit)).collect())
                .collect()
        };
        let layered: Vec<Matrix> = (0..hidden)
            .map(|l| draw(shape[l + 1], shape[l + 2]))
            .collect();
        let mut direct: Vec<Matrix> = (0..hidden.saturating_sub(1))
            .map(|l| draw(shape[l + 1], outputs))
            .collect();
        direct.extend(layered.last().cloned());
        Feedback { layered, direct }
    }

    /// The feedback that makes FA into backpropagation: `B_(l+1) = W_(l+1)ᵀ`. DFA's `D_l`
    /// becomes `W_(l+1)ᵀ ⋯ W_Lᵀ`, the linear part of the path back from the output.
    pub fn transposed(net: &Network) -> Feedback {
        let transpose = |w: &Matrix| -> Matrix {
            let cols = w.first().map_or(0, Vec::len);
            (0..cols)
                .map(|i| w.iter().map(|row| row[i]).collect())
                .collect()
        };
        let hidden = net.layers.len().saturating_sub(1);
        let layered: Vec<Matrix> = (0..hidden)
            .map(|l| transpose(&net.layers[l + 1].weights))
            .collect();
        // D_l = B_(l+1) D_(l+1), from the top hidden layer down.
        let mut direct: Vec<Matrix> = Vec::with_capacity(hidden);
        for l in (0..hidden).rev() {
            let d = match direct.last() {
                None => layered[l].clone(),
                Some(above) => layered[l]
                    .iter()
                    .map(|row| {
                        (0..above.first().map_or(0, Vec::len))
                            .map(|k| row.iter().zip(above).map(|(b, a)| b * a[k]).sum())
                            .collect()
                    })
                    .collect(),
            };
            direct.push(d);
        }
        direct.reverse();
        Feedback { layered, direct }
    }

    /// Whether the matrices have the shapes a network of `shape` needs.
    pub fn fits(&self, shape: &[usize]) -> bool {
        let hidden = shape.len().saturating_sub(2);
        let outputs = shape.last().copied().unwrap_or(1);
        let sized = |m: &Matrix, rows: usize, cols: usize| {
            m.len() == rows && m.iter().all(|r| r.len() == cols)
        };
        self.layered.len() == hidden
            && self.direct.len() == hidden
            && (0..hidden).all(|l| {
                sized(&self.layered[l], shape[l + 1], shape[l + 2])
                    && sized(&self.direct[l], shape[l + 1], outputs)
            })
    }
}

/// Where the hidden layers' error signals come from, in one backward pass.
#[derive(Clone, Copy)]
enum ErrorPath<'a> {
    /// `W_(l+1)ᵀ δ_(l+1)`.
    Transpose,
    /// `B_(l+1) δ_(l+1)`.
    Layered(&'a [Matrix]),
    /// `D_l δ_out`.
    Direct(&'a [Matrix]),
}

impl<'a> ErrorPath<'a> {
    fn of(rule: LearningRule, feedback: &'a Feedback) -> ErrorPath<'a> {
        match rule {
            LearningRule::Backprop => ErrorPath::Transpose,
            LearningRule::FeedbackAlignment => ErrorPath::Layered(&feedback.layered),
            LearningRule::DirectFeedbackAlignment => ErrorPath::Direct(&feedback.direct),
        }
    }
}

/// One layer: `weights[j][i]` connects unit `i` of the layer below to unit `j` of this one.
#[derive(Clone, Debug, PartialEq)]
pub struct Layer {
    pub weights: Vec<Vec<f64>>,
    pub biases: Vec<f64>,
    pub activation: Activation,
}

impl Layer {
    pub fn units(&self) -> usize {
        self.biases.len()
    }
}

/// The network: what its inputs are, the hidden layers, then the output layer (one unit, or
/// one per class under a softmax).
#[derive(Clone, Debug, PartialEq)]
pub struct Network {
    pub features: Features,
    pub layers: Vec<Layer>,
}

/// Every intermediate value of a forward pass, kept for display and for backpropagation.
#[derive(Clone, Debug, PartialEq)]
pub struct Forward {
    /// `a_0 = x`, then each layer's outputs.
    pub activations: Vec<Vec<f64>>,
    /// Each layer's pre-activations `z_l`.
    pub pre: Vec<Vec<f64>>,
}

impl Forward {
    /// The network's (first) output.
    pub fn output(&self) -> f64 {
        self.activations
            .last()
            .and_then(|a| a.first())
            .copied()
            .unwrap_or(0.0)
    }

    /// The network's answer: its output, or with several outputs the softmax's probabilities.
    pub fn prediction(&self) -> Vec<f64> {
        let out = self.activations.last().cloned().unwrap_or_default();
        if out.len() > 1 { softmax(&out) } else { out }
    }
}

/// Gradients with the network's shape, and the error signals `δ_l`.
#[derive(Clone, Debug, PartialEq)]
pub struct Gradients {
    pub weights: Vec<Vec<Vec<f64>>>,
    pub biases: Vec<Vec<f64>>,
    pub deltas: Vec<Vec<f64>>,
}

impl Gradients {
    fn zeros(net: &Network) -> Self {
        Gradients {
            weights: net
                .layers
                .iter()
                .map(|l| l.weights.iter().map(|row| vec![0.0; row.len()]).collect())
                .collect(),
            biases: net.layers.iter().map(|l| vec![0.0; l.units()]).collect(),
            deltas: net.layers.iter().map(|l| vec![0.0; l.units()]).collect(),
        }
    }

    fn add_scaled(&mut self, other: &Gradients, k: f64) {
        for (a, b) in self.weights.iter_mut().zip(&other.weights) {
            for (ra, rb) in a.iter_mut().zip(b) {
                for (x, y) in ra.iter_mut().zip(rb) {
                    *x += k * y;
                }
            }
        }
        for (a, b) in self.biases.iter_mut().zip(&other.biases) {
            for (x, y) in a.iter_mut().zip(b) {
                *x += k * y;
            }
        }
    }
}

/// An equivalent single linear layer `y = w·x + b`.
#[derive(Clone, Debug, PartialEq)]
pub struct Collapsed {
    pub weights: Vec<f64>,
    pub bias: f64,
}

/// A network's shape and activations, for [`Network::build`].
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Architecture<'a> {
    pub features: Features,
    /// The hidden layers' sizes.
    pub hidden: &'a [usize],
    pub hidden_activation: Activation,
    pub output_activation: Activation,
    /// Output units: 1, or one per class (a softmax over them).
    pub outputs: usize,
}

impl Network {
    /// A network fed x₁ and x₂, with hidden layers of the given sizes, one output unit, and
    /// Glorot-uniform random weights from `seed` (biases 0); see [`Network::build`].
    pub fn new(
        hidden: &[usize],
        hidden_activation: Activation,
        output_activation: Activation,
        seed: u64,
    ) -> Network {
        Network::build(
            &Architecture {
                features: Features::default(),
                hidden,
                hidden_activation,
                output_activation,
                outputs: 1,
            },
            seed,
        )
    }

    /// A network of `a`'s shape (each hidden layer clamped to 1..=[`MAX_UNITS`], at most
    /// [`MAX_HIDDEN_LAYERS`] of them, 1 to [`MAX_CLASSES`] outputs) with Glorot-uniform random
    /// weights from `seed`, drawn layer by layer, and biases 0.
    pub fn build(a: &Architecture, seed: u64) -> Network {
        let Architecture {
            features,
            hidden,
            hidden_activation,
            output_activation,
            outputs,
        } = *a;
        let mut rng = SplitMix64::new(seed ^ 0x006e_e701);
        let mut sizes = vec![features.count()];
        sizes.extend(
            hidden
                .iter()
                .take(MAX_HIDDEN_LAYERS)
                .map(|n| (*n).clamp(1, MAX_UNITS)),
        );
        sizes.push(outputs.clamp(1, MAX_CLASSES));
        let last = sizes.len() - 2;
        let layers = sizes
            .windows(2)
            .enumerate()
            .map(|(l, pair)| {
                let (fan_in, fan_out) = (pair[0], pair[1]);
                let limit = (6.0 / (fan_in + fan_out) as f64).sqrt();
                Layer {
                    weights: (0..fan_out)
                        .map(|_| (0..fan_in).map(|_| rng.range(-limit, limit)).collect())
                        .collect(),
                    biases: vec![0.0; fan_out],
                    activation: if l == last {
                        output_activation
                    } else {
                        hidden_activation
                    },
                }
            })
            .collect();
        Network { features, layers }
    }

    /// The sizes of every layer, inputs first.
    pub fn shape(&self) -> Vec<usize> {
        let mut s = vec![
            self.layers
                .first()
                .map_or(0, |l| l.weights.first().map_or(0, Vec::len)),
        ];
        s.extend(self.layers.iter().map(Layer::units));
        s
    }

    /// The forward pass, every value kept.
    pub fn forward(&self, x: &[f64]) -> Forward {
        let mut activations = vec![x.to_vec()];
        let mut pre = Vec::with_capacity(self.layers.len());
        for layer in &self.layers {
            let input = activations.last().map(Vec::as_slice).unwrap_or(&[]);
            let z: Vec<f64> = layer
                .weights
                .iter()
                .zip(&layer.biases)
                .map(|(row, b)| row.iter().zip(input).map(|(w, a)| w * a).sum::<f64>() + b)
                .collect();
            activations.push(z.iter().map(|z| layer.activation.apply(*z)).collect());
            pre.push(z);
        }
        Forward { activations, pre }
    }

    /// The forward pass for the point `(x1, x2)`, through the input features.
    pub fn forward_point(&self, x1: f64, x2: f64) -> Forward {
        self.forward(&self.features.inputs(x1, x2))
    }

    /// The output for input `x`.
    pub fn output(&self, x: &[f64]) -> f64 {
        self.forward(x).output()
    }

    /// How many outputs: 1, or one per class.
    pub fn outputs(&self) -> usize {
        self.layers.last().map_or(1, Layer::units)
    }

    fn output_activation(&self) -> Activation {
        self.layers
            .last()
            .map_or(Activation::Linear, |l| l.activation)
    }

    /// The loss for one example, the features `x`.
    pub fn loss(&self, loss: Loss, x: &[f64], t: impl Into<Target>) -> f64 {
        let f = self.forward(x);
        let z = f.pre.last().map(Vec::as_slice).unwrap_or(&[]);
        loss.of_outputs(self.output_activation(), z, t.into())
    }

    /// Backpropagation for one example.
    pub fn backward(&self, fwd: &Forward, t: impl Into<Target>, loss: Loss) -> Gradients {
        self.backward_by(fwd, t.into(), loss, ErrorPath::Transpose)
    }

    /// The update `rule` makes for one example, in the shape of the gradients (for
    /// [`LearningRule::Backprop`] this is [`Network::backward`] and `feedback` is not used).
    /// Feedback entries missing for this network's shape count as 0.
    pub fn backward_with(
        &self,
        fwd: &Forward,
        t: impl Into<Target>,
        loss: Loss,
        rule: LearningRule,
        feedback: &Feedback,
    ) -> Gradients {
        self.backward_by(fwd, t.into(), loss, ErrorPath::of(rule, feedback))
    }

    fn backward_by(&self, fwd: &Forward, t: Target, loss: Loss, path: ErrorPath) -> Gradients {
        let mut g = Gradients::zeros(self);
        let n = self.layers.len();
        // `m[i][j]·δ[j]` summed over j in order, so that B = Wᵀ gives backpropagation's numbers
        // bit for bit.
        let through = |m: Option<&Matrix>, i: usize, delta: &[f64]| -> f64 {
            let row = m.and_then(|m| m.get(i));
            delta
                .iter()
                .enumerate()
                .map(|(j, d)| row.and_then(|r| r.get(j)).copied().unwrap_or(0.0) * d)
                .sum()
        };
        for l in (0..n).rev() {
            let layer = &self.layers[l];
            let delta: Vec<f64> = if l == n - 1 {
                loss.output_deltas(layer.activation, &fwd.pre[l], t)
            } else {
                (0..layer.units())
                    .map(|i| {
                        let back: f64 = match path {
                            ErrorPath::Transpose => self.layers[l + 1]
                                .weights
                                .iter()
                                .zip(&g.deltas[l + 1])
                                .map(|(row, d)| row[i] * d)
                                .sum(),
                            ErrorPath::Layered(b) => through(b.get(l), i, &g.deltas[l + 1]),
                            ErrorPath::Direct(d) => through(d.get(l), i, &g.deltas[n - 1]),
                        };
                        back * layer.activation.derivative(fwd.pre[l][i])
                    })
                    .collect()
            };
            for (j, d) in delta.iter().enumerate() {
                for (i, a) in fwd.activations[l].iter().enumerate() {
                    g.weights[l][j][i] = d * a;
                }
                g.biases[l][j] = *d;
            }
            g.deltas[l] = delta;
        }
        g
    }

    /// The mean gradient over `batch`.
    pub fn batch_gradient(&self, batch: &[Sample], loss: Loss) -> Gradients {
        self.batch_gradient_by(batch, loss, ErrorPath::Transpose)
    }

    /// The mean update `rule` makes over `batch` (see [`Network::backward_with`]).
    pub fn batch_gradient_with(
        &self,
        batch: &[Sample],
        loss: Loss,
        rule: LearningRule,
        feedback: &Feedback,
    ) -> Gradients {
        self.batch_gradient_by(batch, loss, ErrorPath::of(rule, feedback))
    }

    fn batch_gradient_by(&self, batch: &[Sample], loss: Loss, path: ErrorPath) -> Gradients {
        let mut total = Gradients::zeros(self);
        let k = 1.0 / batch.len().max(1) as f64;
        for p in batch {
            let fwd = self.forward_point(p.x1, p.x2);
            total.add_scaled(&self.backward_by(&fwd, p.target, loss, path), k);
        }
        total
    }

    /// Each weight `w ← w − lr (∂loss/∂w + λ ∂penalty/∂w)` ([`Regularisation::step`]);
    /// biases are not regularised.
    pub fn apply(&mut self, g: &Gradients, lr: f64, reg: Regularisation) {
        for (layer, (gw, gb)) in self.layers.iter_mut().zip(g.weights.iter().zip(&g.biases)) {
            for (row, grow) in layer.weights.iter_mut().zip(gw) {
                for (w, d) in row.iter_mut().zip(grow) {
                    *w = reg.step(*w, *d, lr);
                }
            }
            for (b, d) in layer.biases.iter_mut().zip(gb) {
                *b -= lr * d;
            }
        }
    }

    /// Whether every parameter is finite and below the divergence limit.
    pub fn is_sane(&self) -> bool {
        self.layers.iter().all(|l| {
            l.biases
                .iter()
                .chain(l.weights.iter().flatten())
                .all(|v| v.is_finite() && v.abs() < DIVERGENCE_LIMIT)
        })
    }

    /// The equivalent single linear layer, if every activation is linear.
    pub fn collapse(&self) -> Option<Collapsed> {
        if self
            .layers
            .iter()
            .any(|l| l.activation != Activation::Linear)
        {
            return None;
        }
        // Carry the identity map through: M (rows = units, cols = inputs) and the offset c.
        let inputs = self.shape()[0];
        let mut m: Vec<Vec<f64>> = (0..inputs)
            .map(|i| {
                (0..inputs)
                    .map(|j| if i == j { 1.0 } else { 0.0 })
                    .collect()
            })
            .collect();
        let mut c = vec![0.0; inputs];
        for layer in &self.layers {
            let next_m: Vec<Vec<f64>> = layer
                .weights
                .iter()
                .map(|row| {
                    (0..inputs)
                        .map(|col| row.iter().zip(&m).map(|(w, mrow)| w * mrow[col]).sum())
                        .collect()
                })
                .collect();
            let next_c: Vec<f64> = layer
                .weights
                .iter()
                .zip(&layer.biases)
                .map(|(row, b)| row.iter().zip(&c).map(|(w, ci)| w * ci).sum::<f64>() + b)
                .collect();
            m = next_m;
            c = next_c;
        }
        Some(Collapsed {
            weights: m.first().cloned().unwrap_or_default(),
            bias: c.first().copied().unwrap_or(0.0),
        })
    }

    /// The output of unit `unit` of layer `layer` (the last layer is the network's output; with
    /// several outputs, the softmax's probability of class `unit`) over the plane,
    /// `cells × cells`, row 0 at the top.
    pub fn unit_grid(&self, layer: usize, unit: usize, cells: usize) -> Vec<f32> {
        let units = self.layers.get(layer).map_or(1, Layer::units);
        let all = self.layer_grid(layer, cells);
        if units == 1 {
            return all;
        }
        all.chunks(units)
            .map(|c| c.get(unit).copied().unwrap_or(0.0))
            .collect()
    }

    /// Every unit of layer `layer` over the plane: for each cell (`cells × cells`, row 0 at
    /// the top, row by row) the layer's outputs in order; the output layer's as the softmax's
    /// probabilities when it has several units.
    pub fn layer_grid(&self, layer: usize, cells: usize) -> Vec<f32> {
        let step = (PLANE_MAX - PLANE_MIN) / cells as f64;
        let units = self.layers.get(layer).map_or(1, Layer::units);
        let softmax_out = layer + 1 == self.layers.len() && units > 1;
        let features = self.features.list();
        let mut out = Vec::with_capacity(cells * cells * units);
        // Drawn, not trained on: single precision and the drawing form of each activation
        // (`Activation::apply_for_drawing`), a few times faster than the f64 forward pass.
        let layers: Vec<(Vec<Vec<f32>>, Vec<f32>, Activation)> = self
            .layers
            .iter()
            .take(layer + 1)
            .map(|l| {
                let weights = l
                    .weights
                    .iter()
                    .map(|row| row.iter().map(|w| *w as f32).collect())
                    .collect();
                let biases = l.biases.iter().map(|b| *b as f32).collect();
                (weights, biases, l.activation)
            })
            .collect();
        // Two buffers reused for every point: no allocation per cell (this runs every frame).
        let mut current: Vec<f32> = Vec::with_capacity(MAX_UNITS.max(7));
        let mut next: Vec<f32> = Vec::with_capacity(MAX_UNITS.max(7));
        for row in 0..cells {
            let x2 = (PLANE_MAX - (row as f64 + 0.5) * step) as f32;
            for col in 0..cells {
                let x1 = (PLANE_MIN + (col as f64 + 0.5) * step) as f32;
                current.clear();
                current.extend(features.iter().map(|f| f.value_f32(x1, x2)));
                for (weights, biases, activation) in &layers {
                    next.clear();
                    for (w, b) in weights.iter().zip(biases) {
                        let z = w.iter().zip(&current).map(|(w, a)| w * a).sum::<f32>() + b;
                        next.push(activation.apply_for_drawing(z));
                    }
                    std::mem::swap(&mut current, &mut next);
                }
                if softmax_out {
                    let m = current.iter().copied().fold(f32::NEG_INFINITY, f32::max);
                    let total: f32 = current.iter().map(|v| (v - m).exp()).sum();
                    out.extend(current.iter().map(|v| (v - m).exp() / total));
                } else {
                    out.extend_from_slice(&current);
                }
            }
        }
        out
    }
}

/// Splits `points` into training and test sets, `test_fraction` of them (shuffled by `seed`)
/// held out for testing.
pub fn split<T: Copy>(points: &[T], test_fraction: f64, seed: u64) -> (Vec<T>, Vec<T>) {
    let mut order: Vec<usize> = (0..points.len()).collect();
    SplitMix64::new(seed ^ 0x0051_1700).shuffle(&mut order);
    let n_test = ((points.len() as f64) * test_fraction.clamp(0.0, 0.9)).round() as usize;
    let test = order[..n_test].iter().map(|i| points[*i]).collect();
    let train = order[n_test..].iter().map(|i| points[*i]).collect();
    (train, test)
}

/// How well a network does on a set of points.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Score {
    /// The mean loss.
    pub loss: f64,
    /// The fraction of points given their class (0 for points with values).
    pub accuracy: f64,
    /// For each class, (points given that class, points of that class).
    pub per_class: [(usize, usize); MAX_CLASSES],
}

impl Score {
    /// The fraction of class `c`'s points the network gives class `c`; None if there are none.
    pub fn class_accuracy(&self, c: usize) -> Option<f64> {
        let (right, all) = *self.per_class.get(c)?;
        (all > 0).then(|| right as f64 / all as f64)
    }
}

/// The class the network gives the features `x`: the output's side of 0.5, or the softmax's
/// most probable class.
pub fn predicted_class(net: &Network, x: &[f64]) -> usize {
    class_of_outputs(
        net.forward(x)
            .activations
            .last()
            .map(Vec::as_slice)
            .unwrap_or(&[]),
    )
}

/// The class an output layer's values `out` give.
fn class_of_outputs(out: &[f64]) -> usize {
    match out {
        [y] => usize::from(*y >= 0.5),
        z => z
            .iter()
            .enumerate()
            .max_by(|a, b| a.1.total_cmp(b.1))
            .map_or(0, |(i, _)| i),
    }
}

/// The mean loss, the fraction given their class and each class's share, of `net` on `data`.
pub fn score(net: &Network, data: &[Sample], loss: Loss) -> Score {
    let mut s = Score::default();
    if data.is_empty() {
        return s;
    }
    let (mut total, mut correct) = (0.0, 0usize);
    let mut x = Vec::with_capacity(net.features.count());
    let out_f = net.output_activation();
    for p in data {
        net.features.inputs_into(p.x1, p.x2, &mut x);
        // One forward pass for both the loss and the class.
        let f = net.forward(&x);
        let z = f.pre.last().map(Vec::as_slice).unwrap_or(&[]);
        total += loss.of_outputs(out_f, z, p.target);
        if let Some(c) = p.class_of() {
            let out = f.activations.last().map(Vec::as_slice).unwrap_or(&[]);
            let right = class_of_outputs(out) == c;
            correct += usize::from(right);
            if let Some(slot) = s.per_class.get_mut(c) {
                slot.0 += usize::from(right);
                slot.1 += 1;
            }
        }
    }
    s.loss = total / data.len() as f64;
    s.accuracy = correct as f64 / data.len() as f64;
    s
}

/// Mean loss and fraction given their class, of `net` on `data` ([`score`]'s first two).
pub fn evaluate(net: &Network, data: &[Sample], loss: Loss) -> (f64, f64) {
    let s = score(net, data, loss);
    (s.loss, s.accuracy)
}

/// Mini-batch gradient descent over one epoch with L2: shuffles `train` with `rng`, then one
/// update per batch. Returns false (leaving `net` as it was before the bad update) if it blew
/// up.
pub fn train_epoch(
    net: &mut Network,
    train: &[Sample],
    batch: usize,
    lr: f64,
    l2: f64,
    loss: Loss,
    rng: &mut impl Rng,
) -> bool {
    let update = Update {
        batch,
        rate: lr,
        regularisation: Regularisation::l2(l2),
        loss,
        rule: LearningRule::Backprop,
        dale: None,
    };
    self::train(net, train, &update, &Feedback::default(), rng)
}

/// [`train_epoch`] with the updates of `rule` (the same shuffles from the same `rng`, so runs of
/// different rules differ only in how the error reaches the hidden layers).
#[allow(clippy::too_many_arguments)] // train_epoch's arguments, plus the rule and its feedback
pub fn train_epoch_with(
    net: &mut Network,
    train_set: &[Sample],
    batch: usize,
    lr: f64,
    l2: f64,
    loss: Loss,
    rule: LearningRule,
    feedback: &Feedback,
    rng: &mut impl Rng,
) -> bool {
    let update = Update {
        batch,
        rate: lr,
        regularisation: Regularisation::l2(l2),
        loss,
        rule,
        dale: None,
    };
    train(net, train_set, &update, feedback, rng)
}

/// One epoch of `update`: shuffles `train_set` with `rng`, then one update per batch, each
/// followed (under Dale's law) by the sign constraint. Returns false (leaving `net` as it was
/// before the bad update) if it blew up.
pub fn train(
    net: &mut Network,
    train_set: &[Sample],
    update: &Update,
    feedback: &Feedback,
    rng: &mut impl Rng,
) -> bool {
    let path = ErrorPath::of(update.rule, feedback);
    let mut order: Vec<Sample> = train_set.to_vec();
    rng.shuffle(&mut order);
    for chunk in order.chunks(update.batch.max(1)) {
        let g = net.batch_gradient_by(chunk, update.loss, path);
        let before = net.clone();
        net.apply(&g, update.rate, update.regularisation);
        if let Some(share) = update.dale {
            crate::dale::project(net, share);
        }
        if !net.is_sane() {
            *net = before;
            return false;
        }
    }
    true
}

/// The angle between two vectors, in degrees: `arccos(a·b / (|a| |b|))`, the cosine clamped to
/// [−1, 1] against rounding. None if either is zero (or not finite), or their lengths differ.
pub fn angle_degrees(a: &[f64], b: &[f64]) -> Option<f64> {
    if a.len() != b.len() {
        return None;
    }
    let dot: f64 = a.iter().zip(b).map(|(x, y)| x * y).sum();
    let (na2, nb2) = (
        a.iter().map(|x| x * x).sum::<f64>(),
        b.iter().map(|x| x * x).sum::<f64>(),
    );
    // One square root where it is exact enough (|a| |b| of parallel vectors then gives ±1),
    // two where the product would overflow.
    let norms = match (na2 * nb2).sqrt() {
        n if n.is_finite() && n > 0.0 => n,
        _ => na2.sqrt() * nb2.sqrt(),
    };
    if !(norms.is_finite() && dot.is_finite()) || norms == 0.0 {
        return None;
    }
    Some((dot / norms).clamp(-1.0, 1.0).acos().to_degrees())
}

/// Every hidden layer's weights of `g`, in one vector (layer by layer, row by row; biases and
/// the output layer left out).
pub fn hidden_weights(g: &Gradients) -> Vec<f64> {
    let n = g.weights.len();
    g.weights
        .iter()
        .take(n.saturating_sub(1))
        .flatten()
        .flatten()
        .copied()
        .collect()
}

/// The angle (degrees) between the hidden-layer weight update `rule` makes on `batch` and the
/// true gradient (backpropagation's), all hidden weights concatenated. The output layer is left
/// out: its update is the same for every rule. None when either is zero (for example with no
/// hidden layer, or with step units).
pub fn hidden_update_angle(
    net: &Network,
    batch: &[Sample],
    loss: Loss,
    rule: LearningRule,
    feedback: &Feedback,
) -> Option<f64> {
    let truth = net.batch_gradient(batch, loss);
    let update = net.batch_gradient_with(batch, loss, rule, feedback);
    angle_degrees(&hidden_weights(&update), &hidden_weights(&truth))
}
