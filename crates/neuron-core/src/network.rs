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
//! same weights that carried the signal forward: the step with no known biological mechanism.
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

    pub fn name(self) -> &'static str {
        match self {
            Loss::CrossEntropy => "Cross-entropy",
            Loss::SquaredError => "Squared error",
        }
    }

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
        let mut g = Gradients::zeros(self);
        let n = self.layers.len();
        for l in (0..n).rev() {
            let layer = &self.layers[l];
            let delta: Vec<f64> = if l == n - 1 {
                vec![loss.slope(layer.activation, fwd.pre[l][0], t)]
            } else {
                let above = &self.layers[l + 1];
                (0..layer.units())
                    .map(|i| {
                        let back: f64 = above
                            .weights
                            .iter()
                            .zip(&g.deltas[l + 1])
                            .map(|(row, d)| row[i] * d)
                            .sum();
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
        let mut total = Gradients::zeros(self);
        let k = 1.0 / batch.len().max(1) as f64;
        for p in batch {
            let fwd = self.forward(&[p.x1, p.x2]);
            total.add_scaled(&self.backward(&fwd, p.target(), loss), k);
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
    let mut order: Vec<Point> = train.to_vec();
    rng.shuffle(&mut order);
    for chunk in order.chunks(batch.max(1)) {
        let g = net.batch_gradient(chunk, loss);
        let before = net.clone();
        net.apply(&g, lr, l2);
        if !net.is_sane() {
            *net = before;
            return false;
        }
    }
    true
}
