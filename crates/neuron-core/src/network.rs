//! A small multilayer network: 2 inputs → one or two hidden layers of 1 to 8 units → 1 output,
//! each layer with its own activation, trained by backpropagation.
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
use crate::dataset::{PLANE_MAX, PLANE_MIN, Point};
use crate::rng::{Rng, SplitMix64};
use crate::training::DIVERGENCE_LIMIT;

/// At most this many hidden layers.
pub const MAX_HIDDEN_LAYERS: usize = 2;
/// At most this many units in a hidden layer.
pub const MAX_UNITS: usize = 8;

/// The loss the network is trained on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Loss {
    /// `−t ln y − (1 − t) ln(1 − y)`; needs a sigmoid output.
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
#[derive(Clone, Debug, PartialEq)]
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

/// The network: hidden layers, then the output layer (one unit).
#[derive(Clone, Debug, PartialEq)]
pub struct Network {
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
    /// The network's output.
    pub fn output(&self) -> f64 {
        self.activations
            .last()
            .and_then(|a| a.first())
            .copied()
            .unwrap_or(0.0)
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

impl Network {
    /// A network with `inputs` inputs, hidden layers of the given sizes (each clamped to
    /// 1..=[`MAX_UNITS`], at most [`MAX_HIDDEN_LAYERS`]), one output unit, and Glorot-uniform
    /// random weights from `seed` (biases 0).
    pub fn new(
        inputs: usize,
        hidden: &[usize],
        hidden_activation: Activation,
        output_activation: Activation,
        seed: u64,
    ) -> Network {
        let mut rng = SplitMix64::new(seed ^ 0x006e_e701);
        let mut sizes = vec![inputs.max(1)];
        sizes.extend(
            hidden
                .iter()
                .take(MAX_HIDDEN_LAYERS)
                .map(|n| (*n).clamp(1, MAX_UNITS)),
        );
        sizes.push(1);
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
        Network { layers }
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

    /// The output for input `x`.
    pub fn output(&self, x: &[f64]) -> f64 {
        self.forward(x).output()
    }

    /// The loss for one example.
    pub fn loss(&self, loss: Loss, x: &[f64], t: f64) -> f64 {
        let f = self.forward(x);
        let out = self
            .layers
            .last()
            .map_or(Activation::Linear, |l| l.activation);
        loss.value(out, f.pre.last().map_or(0.0, |z| z[0]), t)
    }

    /// Backpropagation for one example.
    pub fn backward(&self, fwd: &Forward, t: f64, loss: Loss) -> Gradients {
        self.backward_by(fwd, t, loss, ErrorPath::Transpose)
    }

    /// The update `rule` makes for one example, in the shape of the gradients (for
    /// [`LearningRule::Backprop`] this is [`Network::backward`] and `feedback` is not used).
    /// Feedback entries missing for this network's shape count as 0.
    pub fn backward_with(
        &self,
        fwd: &Forward,
        t: f64,
        loss: Loss,
        rule: LearningRule,
        feedback: &Feedback,
    ) -> Gradients {
        self.backward_by(fwd, t, loss, ErrorPath::of(rule, feedback))
    }

    fn backward_by(&self, fwd: &Forward, t: f64, loss: Loss, path: ErrorPath) -> Gradients {
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
                vec![loss.slope(layer.activation, fwd.pre[l][0], t)]
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
    pub fn batch_gradient(&self, batch: &[Point], loss: Loss) -> Gradients {
        self.batch_gradient_by(batch, loss, ErrorPath::Transpose)
    }

    /// The mean update `rule` makes over `batch` (see [`Network::backward_with`]).
    pub fn batch_gradient_with(
        &self,
        batch: &[Point],
        loss: Loss,
        rule: LearningRule,
        feedback: &Feedback,
    ) -> Gradients {
        self.batch_gradient_by(batch, loss, ErrorPath::of(rule, feedback))
    }

    fn batch_gradient_by(&self, batch: &[Point], loss: Loss, path: ErrorPath) -> Gradients {
        let mut total = Gradients::zeros(self);
        let k = 1.0 / batch.len().max(1) as f64;
        for p in batch {
            let fwd = self.forward(&[p.x1, p.x2]);
            total.add_scaled(&self.backward_by(&fwd, p.target(), loss, path), k);
        }
        total
    }

    /// `w ← w − lr (∂loss/∂w + l2 w)`; biases are not regularised.
    pub fn apply(&mut self, g: &Gradients, lr: f64, l2: f64) {
        for (layer, (gw, gb)) in self.layers.iter_mut().zip(g.weights.iter().zip(&g.biases)) {
            for (row, grow) in layer.weights.iter_mut().zip(gw) {
                for (w, d) in row.iter_mut().zip(grow) {
                    *w -= lr * (d + l2 * *w);
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

    /// The output of unit `unit` of layer `layer` (the last layer is the network's output) over
    /// the plane, `cells × cells`, row 0 at the top.
    pub fn unit_grid(&self, layer: usize, unit: usize, cells: usize) -> Vec<f32> {
        let step = (PLANE_MAX - PLANE_MIN) / cells as f64;
        let mut out = Vec::with_capacity(cells * cells);
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
        let mut current: Vec<f32> = Vec::with_capacity(MAX_UNITS.max(2));
        let mut next: Vec<f32> = Vec::with_capacity(MAX_UNITS.max(2));
        for row in 0..cells {
            let x2 = (PLANE_MAX - (row as f64 + 0.5) * step) as f32;
            for col in 0..cells {
                let x1 = (PLANE_MIN + (col as f64 + 0.5) * step) as f32;
                current.clear();
                current.extend([x1, x2]);
                for (weights, biases, activation) in &layers {
                    next.clear();
                    for (w, b) in weights.iter().zip(biases) {
                        let z = w.iter().zip(&current).map(|(w, a)| w * a).sum::<f32>() + b;
                        next.push(activation.apply_for_drawing(z));
                    }
                    std::mem::swap(&mut current, &mut next);
                }
                out.push(current.get(unit).copied().unwrap_or(0.0));
            }
        }
        out
    }
}

/// Splits `points` into training and test sets, `test_fraction` of them (shuffled by `seed`)
/// held out for testing.
pub fn split(points: &[Point], test_fraction: f64, seed: u64) -> (Vec<Point>, Vec<Point>) {
    let mut order: Vec<usize> = (0..points.len()).collect();
    SplitMix64::new(seed ^ 0x0051_1700).shuffle(&mut order);
    let n_test = ((points.len() as f64) * test_fraction.clamp(0.0, 0.9)).round() as usize;
    let test = order[..n_test].iter().map(|i| points[*i]).collect();
    let train = order[n_test..].iter().map(|i| points[*i]).collect();
    (train, test)
}

/// Mean loss and fraction correct of `net` on `data` (class 1 when the output ≥ 0.5).
pub fn evaluate(net: &Network, data: &[Point], loss: Loss) -> (f64, f64) {
    if data.is_empty() {
        return (0.0, 0.0);
    }
    let (mut total, mut correct) = (0.0, 0usize);
    for p in data {
        let x = [p.x1, p.x2];
        total += net.loss(loss, &x, p.target());
        if (net.output(&x) >= 0.5) == p.label {
            correct += 1;
        }
    }
    (
        total / data.len() as f64,
        correct as f64 / data.len() as f64,
    )
}

/// Mini-batch gradient descent over one epoch: shuffles `train` with `rng`, then one update per
/// batch. Returns false (leaving `net` as it was before the bad update) if it blew up.
pub fn train_epoch(
    net: &mut Network,
    train: &[Point],
    batch: usize,
    lr: f64,
    l2: f64,
    loss: Loss,
    rng: &mut impl Rng,
) -> bool {
    train_epoch_by(net, train, batch, lr, l2, loss, ErrorPath::Transpose, rng)
}

/// [`train_epoch`] with the updates of `rule` (the same shuffles from the same `rng`, so runs of
/// different rules differ only in how the error reaches the hidden layers).
#[allow(clippy::too_many_arguments)] // train_epoch's arguments, plus the rule and its feedback
pub fn train_epoch_with(
    net: &mut Network,
    train: &[Point],
    batch: usize,
    lr: f64,
    l2: f64,
    loss: Loss,
    rule: LearningRule,
    feedback: &Feedback,
    rng: &mut impl Rng,
) -> bool {
    let path = ErrorPath::of(rule, feedback);
    train_epoch_by(net, train, batch, lr, l2, loss, path, rng)
}

#[allow(clippy::too_many_arguments)]
fn train_epoch_by(
    net: &mut Network,
    train: &[Point],
    batch: usize,
    lr: f64,
    l2: f64,
    loss: Loss,
    path: ErrorPath,
    rng: &mut impl Rng,
) -> bool {
    let mut order: Vec<Point> = train.to_vec();
    rng.shuffle(&mut order);
    for chunk in order.chunks(batch.max(1)) {
        let g = net.batch_gradient_by(chunk, loss, path);
        let before = net.clone();
        net.apply(&g, lr, l2);
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
    batch: &[Point],
    loss: Loss,
    rule: LearningRule,
    feedback: &Feedback,
) -> Option<f64> {
    let truth = net.batch_gradient(batch, loss);
    let update = net.batch_gradient_with(batch, loss, rule, feedback);
    angle_degrees(&hidden_weights(&update), &hidden_weights(&truth))
}
