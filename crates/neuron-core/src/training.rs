//! Teaching one neuron to classify points: the perceptron rule, and gradient descent on
//! cross-entropy (logistic) or squared-error loss.
//!
//! For one example with features `x`, target `t ∈ {0, 1}`, `z = w·x + b` and `y = f(z)`:
//!
//! | rule | activation | loss | `∂loss/∂z` |
//! |---|---|---|---|
//! | perceptron | step | (number wrong) | `−(t − y)` (the perceptron update, not a true gradient) |
//! | logistic | sigmoid | `−t ln y − (1 − t) ln(1 − y)` | `y − t` |
//! | squared error | any | `½ (y − t)²` | `(y − t) f′(z)` |
//!
//! and `∂loss/∂wᵢ = ∂loss/∂z · xᵢ`, `∂loss/∂b = ∂loss/∂z`. Each update is
//! `w ← w − η ∂loss/∂w`. Examples are visited one at a time, in an order shuffled by a seeded
//! generator each epoch (stochastic gradient descent), so a run is reproducible bit for bit.

use crate::activation::{Activation, sigmoid};
use crate::dataset::Point;
use crate::history::History;
use crate::rng::{Rng, SplitMix64};

/// Weights beyond this size count as "blown up" (a learning rate too large).
pub const DIVERGENCE_LIMIT: f64 = 1e6;

/// How the neuron learns.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Rule {
    Perceptron,
    Logistic,
    SquaredError,
}

impl Rule {
    pub const ALL: [Rule; 3] = [Rule::Perceptron, Rule::Logistic, Rule::SquaredError];

    pub fn id(self) -> &'static str {
        match self {
            Rule::Perceptron => "perceptron",
            Rule::Logistic => "logistic",
            Rule::SquaredError => "squared",
        }
    }

    pub fn from_id(id: &str) -> Option<Rule> {
        Rule::ALL.into_iter().find(|r| r.id() == id)
    }

    /// The activations this rule can train.
    pub fn activations(self) -> &'static [Activation] {
        match self {
            Rule::Perceptron => &[Activation::Step],
            Rule::Logistic => &[Activation::Sigmoid],
            Rule::SquaredError => &[Activation::Sigmoid, Activation::Linear],
        }
    }

    /// `activation` if this rule can train it, else the rule's first.
    pub fn fit_activation(self, activation: Activation) -> Activation {
        if self.activations().contains(&activation) {
            activation
        } else {
            self.activations()[0]
        }
    }
}

/// The learning rates offered, smallest first.
pub const LEARNING_RATES: [f64; 10] = [0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1.0, 3.0, 10.0, 30.0];

/// The pre-activation at which `activation` crosses the class threshold `y = 0.5`: the
/// decision boundary is `w·x + b = decision_level`.
pub fn decision_level(activation: Activation) -> f64 {
    match activation {
        Activation::Step | Activation::Sigmoid => 0.0,
        Activation::Tanh => 0.5f64.atanh(),
        Activation::Linear | Activation::Relu | Activation::LeakyRelu => 0.5,
        // Monotone from their minimum on: find the crossing by bisection.
        Activation::Softplus | Activation::Gelu => {
            let (mut lo, mut hi) = (-0.5, 2.0);
            for _ in 0..60 {
                let mid = 0.5 * (lo + hi);
                if activation.apply(mid) < 0.5 {
                    lo = mid;
                } else {
                    hi = mid;
                }
            }
            0.5 * (lo + hi)
        }
    }
}

/// The features of a point: `(x1, x2)`, and `x1·x2` when the product feature is on.
pub fn features(p: &Point, product: bool) -> Vec<f64> {
    if product {
        vec![p.x1, p.x2, p.x1 * p.x2]
    } else {
        vec![p.x1, p.x2]
    }
}

/// A neuron's trainable parameters.
#[derive(Clone, Debug, PartialEq)]
pub struct Params {
    pub weights: Vec<f64>,
    pub bias: f64,
}

impl Params {
    /// Random weights in `[-2, 2)` and a bias in `[-0.5, 0.5)`, from `seed`: large enough that
    /// the starting boundary is visible on the plane.
    pub fn initial(n: usize, seed: u64) -> Params {
        let mut rng = SplitMix64::new(seed ^ 0x005e_ed0f_1417);
        Params {
            weights: (0..n).map(|_| rng.range(-2.0, 2.0)).collect(),
            bias: rng.range(-0.5, 0.5),
        }
    }

    /// `z = w·x + b`.
    pub fn pre_activation(&self, x: &[f64]) -> f64 {
        self.weights.iter().zip(x).map(|(w, x)| w * x).sum::<f64>() + self.bias
    }

    /// Whether every value is finite and below [`DIVERGENCE_LIMIT`].
    pub fn is_sane(&self) -> bool {
        self.weights
            .iter()
            .chain(std::iter::once(&self.bias))
            .all(|v| v.is_finite() && v.abs() < DIVERGENCE_LIMIT)
    }
}

/// Everything one example's update computes, kept to show the learner.
#[derive(Clone, Debug, PartialEq)]
pub struct ExampleStep {
    pub features: Vec<f64>,
    pub target: f64,
    pub pre_activation: f64,
    pub output: f64,
    /// `y − t`.
    pub error: f64,
    pub loss: f64,
    /// `∂loss/∂wᵢ` (for the perceptron, the negative of its update direction).
    pub weight_gradients: Vec<f64>,
    pub bias_gradient: f64,
    /// The parameters after the update `w ← w − η ∂loss/∂w`.
    pub updated: Params,
}

/// One example's loss, for the rule.
pub fn example_loss(rule: Rule, activation: Activation, z: f64, t: f64) -> f64 {
    match rule {
        Rule::Perceptron => {
            if (activation.apply(z) >= 0.5) == (t > 0.5) {
                0.0
            } else {
                1.0
            }
        }
        // −t ln σ(z) − (1 − t) ln(1 − σ(z)) = softplus(z) − t z, stable for any z.
        Rule::Logistic => Activation::Softplus.apply(z) - t * z,
        Rule::SquaredError => {
            let e = activation.apply(z) - t;
            0.5 * e * e
        }
    }
}

/// `∂loss/∂z` for one example.
pub fn loss_slope(rule: Rule, activation: Activation, z: f64, t: f64) -> f64 {
    match rule {
        Rule::Perceptron => -(t - activation.apply(z)),
        Rule::Logistic => sigmoid(z) - t,
        Rule::SquaredError => (activation.apply(z) - t) * activation.derivative(z),
    }
}

/// The forward pass, gradient and update for one example.
pub fn example_step(
    rule: Rule,
    activation: Activation,
    learning_rate: f64,
    params: &Params,
    point: &Point,
    product: bool,
) -> ExampleStep {
    let x = features(point, product);
    let t = point.target();
    let z = params.pre_activation(&x);
    let output = activation.apply(z);
    let dz = loss_slope(rule, activation, z, t);
    let weight_gradients: Vec<f64> = x.iter().map(|xi| dz * xi).collect();
    let updated = Params {
        weights: params
            .weights
            .iter()
            .zip(&weight_gradients)
            .map(|(w, g)| w - learning_rate * g)
            .collect(),
        bias: params.bias - learning_rate * dz,
    };
    ExampleStep {
        features: x,
        target: t,
        pre_activation: z,
        output,
        error: output - t,
        loss: example_loss(rule, activation, z, t),
        weight_gradients,
        bias_gradient: dz,
        updated,
    }
}

/// Mean loss over `data`.
pub fn mean_loss(
    rule: Rule,
    activation: Activation,
    params: &Params,
    data: &[Point],
    product: bool,
) -> f64 {
    if data.is_empty() {
        return 0.0;
    }
    data.iter()
        .map(|p| {
            example_loss(
                rule,
                activation,
                params.pre_activation(&features(p, product)),
                p.target(),
            )
        })
        .sum::<f64>()
        / data.len() as f64
}

/// Whether the neuron puts `p` in its class (output ≥ 0.5 means class 1).
pub fn classifies(activation: Activation, params: &Params, p: &Point, product: bool) -> bool {
    (activation.apply(params.pre_activation(&features(p, product))) >= 0.5) == p.label
}

/// How many points of `data` are classified correctly.
pub fn correct_count(
    activation: Activation,
    params: &Params,
    data: &[Point],
    product: bool,
) -> usize {
    data.iter()
        .filter(|p| classifies(activation, params, p, product))
        .count()
}

/// The points of `data` the neuron puts in the wrong class, in order.
pub fn misclassified(
    activation: Activation,
    params: &Params,
    data: &[Point],
    product: bool,
) -> Vec<Point> {
    data.iter()
        .filter(|p| !classifies(activation, params, p, product))
        .copied()
        .collect()
}

/// Why training stopped by itself.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stop {
    /// Every point is on the right side.
    AllCorrect,
    /// The loss has not improved for [`PATIENCE`] epochs.
    Plateau,
    /// The weights blew up; the last sane weights were kept.
    Diverged,
}

/// Epochs without a meaningful improvement of the loss before training gives up.
pub const PATIENCE: usize = 150;

/// A training run's bookkeeping: the epoch count, the shuffling generator and the history of
/// loss and accuracy, one entry per epoch. The parameters themselves belong to the caller (they
/// are what the learner edits), and are passed in.
#[derive(Clone, Debug, PartialEq)]
pub struct Trainer {
    pub epoch: usize,
    /// `(mean loss, fraction correct)` after each epoch; entry 0 is before any training.
    pub history: History<(f64, f64)>,
    rng: SplitMix64,
    best_loss: f64,
    since_best: usize,
    /// Which example "step through one example" shows next.
    pub next_example: usize,
}

/// What a training run is about: the rule, activation, learning rate, data and features.
#[derive(Clone, Copy, Debug)]
pub struct Setup<'a> {
    pub rule: Rule,
    pub activation: Activation,
    pub learning_rate: f64,
    pub data: &'a [Point],
    pub product: bool,
}

impl Setup<'_> {
    /// Mean loss and fraction correct of `params`.
    pub fn measure(&self, params: &Params) -> (f64, f64) {
        let loss = mean_loss(self.rule, self.activation, params, self.data, self.product);
        let accuracy = if self.data.is_empty() {
            0.0
        } else {
            correct_count(self.activation, params, self.data, self.product) as f64
                / self.data.len() as f64
        };
        (loss, accuracy)
    }
}

impl Trainer {
    /// A run shuffling with `seed`, its history starting at `params`.
    pub fn new(seed: u64, setup: &Setup, params: &Params) -> Self {
        let mut t = Trainer {
            epoch: 0,
            history: History::new(),
            rng: SplitMix64::new(seed.wrapping_mul(0x2545_f491_4f6c_dd1d) ^ 0x7a11_4000),
            best_loss: f64::INFINITY,
            since_best: 0,
            next_example: 0,
        };
        t.record(setup, params);
        t
    }

    fn record(&mut self, setup: &Setup, params: &Params) -> (f64, f64) {
        let (loss, accuracy) = setup.measure(params);
        self.history.push((loss, accuracy));
        if loss < self.best_loss * (1.0 - 1e-4) - 1e-12 {
            self.best_loss = loss;
            self.since_best = 0;
        } else {
            self.since_best += 1;
        }
        (loss, accuracy)
    }

    /// One pass over the data in a freshly shuffled order, updating `params`. Returns why
    /// training should stop, if it should; on divergence `params` are those before the bad
    /// update, so they are always finite.
    pub fn epoch(&mut self, setup: &Setup, params: &mut Params) -> Option<Stop> {
        if setup.data.is_empty() {
            return None;
        }
        let mut order: Vec<usize> = (0..setup.data.len()).collect();
        self.rng.shuffle(&mut order);
        for i in order {
            let step = example_step(
                setup.rule,
                setup.activation,
                setup.learning_rate,
                params,
                &setup.data[i],
                setup.product,
            );
            if !step.updated.is_sane() {
                return Some(Stop::Diverged);
            }
            *params = step.updated;
        }
        self.epoch += 1;
        let (_, accuracy) = self.record(setup, params);
        if accuracy == 1.0 {
            Some(Stop::AllCorrect)
        } else if self.since_best >= PATIENCE {
            Some(Stop::Plateau)
        } else {
            None
        }
    }

    /// The update for the next example in data order, applied to `params`; returns what it
    /// computed, or `Err(Stop::Diverged)` (with `params` unchanged) if it blew up.
    pub fn step_example(
        &mut self,
        setup: &Setup,
        params: &mut Params,
    ) -> Option<Result<ExampleStep, Stop>> {
        if setup.data.is_empty() {
            return None;
        }
        let i = self.next_example % setup.data.len();
        let step = example_step(
            setup.rule,
            setup.activation,
            setup.learning_rate,
            params,
            &setup.data[i],
            setup.product,
        );
        if !step.updated.is_sane() {
            return Some(Err(Stop::Diverged));
        }
        *params = step.updated.clone();
        self.next_example = (i + 1) % setup.data.len();
        Some(Ok(step))
    }
}
