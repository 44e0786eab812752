//! The layers widget's editable state: architecture, activations, loss, learning settings
//! (including the learning rule: backpropagation or feedback alignment), data and the network's
//! weights; its data (with a train/test split), the rule's fixed feedback matrices, and its URL
//! form.

use crate::Activation;
use crate::dataset::{Point, Preset, in_plane};
use crate::network::{
    Collapsed, Feedback, LearningRule, Loss, MAX_HIDDEN_LAYERS, MAX_UNITS, Network, split,
};
use crate::query::{get, url_number};
use crate::rng::{Rng, SplitMix64};
use crate::training::{DIVERGENCE_LIMIT, LEARNING_RATES, decision_level};

/// The URL keys of this widget start with this.
const KEY: &str = "nn-";
/// The fraction of points held out for testing.
pub const TEST_FRACTION: f64 = 0.3;
/// Copies of each truth-table corner in the network's logic data sets.
const CORNER_COPIES: usize = 25;
/// Batch sizes offered.
pub const BATCH_SIZES: [usize; 5] = [1, 5, 10, 20, 50];
/// L2 strengths offered.
pub const L2_STRENGTHS: [f64; 5] = [0.0, 0.0001, 0.001, 0.003, 0.01];

/// A setting of this widget a link holds, named when it could not be read (the app words it).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum NetworkField {
    Seed,
    /// The hidden layers' sizes.
    Architecture,
    HiddenActivation,
    OutputActivation,
    Loss,
    /// The learning rule.
    Rule,
    LearningRate,
    /// The L2 strength.
    Regularisation,
    BatchSize,
    /// The data set.
    Data,
    Noise,
    Weights,
}

/// The widget's state.
#[derive(Clone, Debug, PartialEq)]
pub struct NetworkState {
    pub network: Network,
    pub hidden: Vec<usize>,
    pub loss: Loss,
    /// How the error reaches the hidden layers.
    pub rule: LearningRule,
    pub learning_rate: f64,
    pub l2: f64,
    pub batch: usize,
    pub preset: Preset,
    pub noise: f64,
    pub seed: u64,
}

impl Default for NetworkState {
    /// TensorFlow Playground's default: hidden layers of 4 and 2 tanh units, learning rate
    /// 0.03, batch 10; here on the circle.
    fn default() -> Self {
        let hidden = vec![4, 2];
        NetworkState {
            network: Network::new(2, &hidden, Activation::Tanh, Activation::Sigmoid, 1),
            hidden,
            loss: Loss::CrossEntropy,
            rule: LearningRule::Backprop,
            learning_rate: 0.03,
            l2: 0.0,
            batch: 10,
            preset: Preset::Circle,
            noise: 0.2,
            seed: 1,
        }
    }
}

/// The network widget's points for `preset`: the logic gates become clouds around the four
/// corners (so that there is something to hold out for testing), the rest as generated.
pub fn network_points(preset: Preset, noise: f64, seed: u64) -> Vec<Point> {
    let noise = if noise.is_finite() {
        noise.clamp(0.0, 1.0)
    } else {
        0.0
    };
    match preset {
        Preset::And | Preset::Or | Preset::Nand | Preset::Xor => {
            let corners = preset.generate(0.0, seed);
            let mut rng = SplitMix64::new(seed ^ 0x00c0_0e75);
            let spread = 0.06 + 0.15 * noise;
            let mut points = Vec::with_capacity(corners.len() * CORNER_COPIES);
            for _ in 0..CORNER_COPIES {
                for c in &corners {
                    let x1 = (c.x1 + spread * rng.normal()).clamp(-0.5, 1.5);
                    let x2 = (c.x2 + spread * rng.normal()).clamp(-0.5, 1.5);
                    points.push(Point::new(x1, x2, c.label));
                }
            }
            points
        }
        _ => preset.generate(noise, seed),
    }
}

impl NetworkState {
    /// The training and test points.
    pub fn data(&self) -> (Vec<Point>, Vec<Point>) {
        split(
            &network_points(self.preset, self.noise, self.seed),
            TEST_FRACTION,
            self.seed,
        )
    }

    /// The fixed random feedback matrices of feedback alignment, for the current shape, from the
    /// seed alone: the same for every rule, learning rate and weight edit, so that runs of
    /// different rules from one state start from the same weights, data and feedback.
    pub fn feedback(&self) -> Feedback {
        Feedback::random(&self.network.shape(), self.seed)
    }

    pub fn hidden_activation(&self) -> Activation {
        self.network
            .layers
            .first()
            .map_or(Activation::Tanh, |l| l.activation)
    }

    pub fn output_activation(&self) -> Activation {
        self.network
            .layers
            .last()
            .map_or(Activation::Sigmoid, |l| l.activation)
    }

    /// A fresh network of the current shape and activations, from the seed ("reset").
    pub fn reinitialise(&mut self) {
        self.network = Network::new(
            2,
            &self.hidden,
            self.hidden_activation(),
            self.output_activation(),
            self.seed,
        );
    }

    /// Sets the hidden layers' sizes (re-initialising the weights).
    pub fn set_hidden(&mut self, hidden: &[usize]) {
        let hidden: Vec<usize> = hidden
            .iter()
            .take(MAX_HIDDEN_LAYERS)
            .map(|n| (*n).clamp(1, MAX_UNITS))
            .collect();
        if !hidden.is_empty() && hidden != self.hidden {
            self.hidden = hidden;
            self.reinitialise();
        }
    }

    /// Sets every hidden layer's activation, keeping the weights.
    pub fn set_hidden_activation(&mut self, a: Activation) {
        let n = self.network.layers.len();
        for layer in self.network.layers.iter_mut().take(n.saturating_sub(1)) {
            layer.activation = a;
        }
    }

    /// Sets the output's activation, keeping the weights; cross-entropy needs a sigmoid, so
    /// another output switches the loss to squared error.
    pub fn set_output_activation(&mut self, a: Activation) {
        if let Some(layer) = self.network.layers.last_mut() {
            layer.activation = a;
        }
        if a != Activation::Sigmoid {
            self.loss = Loss::SquaredError;
        }
    }

    /// Sets the loss; cross-entropy brings the sigmoid output with it.
    pub fn set_loss(&mut self, loss: Loss) {
        self.loss = loss;
        if loss == Loss::CrossEntropy {
            self.set_output_activation(Activation::Sigmoid);
            self.loss = Loss::CrossEntropy;
        }
    }

    /// Sets one weight (finite values only, below the divergence limit).
    pub fn set_weight(&mut self, layer: usize, unit: usize, input: usize, value: f64) {
        if let Some(w) = self
            .network
            .layers
            .get_mut(layer)
            .and_then(|l| l.weights.get_mut(unit))
            .and_then(|r| r.get_mut(input))
            && value.is_finite()
        {
            *w = value.clamp(-DIVERGENCE_LIMIT / 2.0, DIVERGENCE_LIMIT / 2.0);
        }
    }

    /// Sets one bias.
    pub fn set_bias(&mut self, layer: usize, unit: usize, value: f64) {
        if let Some(b) = self
            .network
            .layers
            .get_mut(layer)
            .and_then(|l| l.biases.get_mut(unit))
            && value.is_finite()
        {
            *b = value.clamp(-DIVERGENCE_LIMIT / 2.0, DIVERGENCE_LIMIT / 2.0);
        }
    }

    /// If every hidden layer is linear, the output's pre-activation as one linear map of the
    /// inputs (the whole network then draws a straight boundary).
    pub fn collapsed(&self) -> Option<Collapsed> {
        let mut all_linear = self.network.clone();
        let n = all_linear.layers.len();
        if all_linear.layers[..n.saturating_sub(1)]
            .iter()
            .any(|l| l.activation != Activation::Linear)
        {
            return None;
        }
        if let Some(last) = all_linear.layers.last_mut() {
            last.activation = Activation::Linear;
        }
        all_linear.collapse()
    }

    /// The straight boundary of a collapsed network, `w·x + b = decision level`, in the plane.
    pub fn collapsed_boundary(&self) -> Option<[(f64, f64); 2]> {
        let c = self.collapsed()?;
        crate::boundary::clip_line(
            c.weights[0],
            c.weights[1],
            c.bias - decision_level(self.output_activation()),
        )
    }

    /// The URL pairs.
    pub fn query_pairs(&self) -> Vec<(String, String)> {
        let weights: Vec<String> = self
            .network
            .layers
            .iter()
            .flat_map(|l| l.weights.iter().flatten().chain(&l.biases))
            .map(|v| url_number(*v))
            .collect();
        [
            (
                "h",
                self.hidden
                    .iter()
                    .map(usize::to_string)
                    .collect::<Vec<_>>()
                    .join(","),
            ),
            ("fh", self.hidden_activation().id().to_string()),
            ("fo", self.output_activation().id().to_string()),
            ("loss", self.loss.id().to_string()),
            ("rule", self.rule.id().to_string()),
            ("lr", url_number(self.learning_rate)),
            ("l2", url_number(self.l2)),
            ("bs", self.batch.to_string()),
            ("d", self.preset.id().to_string()),
            ("n", url_number(self.noise)),
            ("s", self.seed.to_string()),
            ("w", weights.join(",")),
        ]
        .into_iter()
        .map(|(k, v)| (format!("{KEY}{k}"), v))
        .collect()
    }

    /// Reads the state from URL pairs: defaults for what is missing, and each setting that is
    /// not readable listed. Weights that do not fit the architecture are replaced by the
    /// seeded ones.
    pub fn from_pairs(pairs: &[(String, String)]) -> (NetworkState, Vec<NetworkField>) {
        let mut s = NetworkState::default();
        let mut notices = Vec::new();
        if !pairs.iter().any(|(k, _)| k.starts_with(KEY)) {
            return (s, notices);
        }
        let value = |k: &str| get(pairs, &format!("{KEY}{k}"));
        let bad = |notices: &mut Vec<NetworkField>, field: NetworkField| notices.push(field);
        let number = |v: &str| v.trim().parse::<f64>().ok().filter(|x| x.is_finite());
        if let Some(v) = value("s") {
            match v.parse::<u64>() {
                Ok(seed) => s.seed = seed,
                Err(_) => bad(&mut notices, NetworkField::Seed),
            }
        }
        if let Some(v) = value("h") {
            let sizes: Option<Vec<usize>> = v.split(',').map(|n| n.trim().parse().ok()).collect();
            match sizes {
                Some(h)
                    if (1..=MAX_HIDDEN_LAYERS).contains(&h.len())
                        && h.iter().all(|n| (1..=MAX_UNITS).contains(n)) =>
                {
                    s.hidden = h
                }
                _ => bad(&mut notices, NetworkField::Architecture),
            }
        }
        let fh = match value("fh").map(Activation::from_id) {
            Some(Some(a)) => a,
            Some(None) => {
                bad(&mut notices, NetworkField::HiddenActivation);
                Activation::Tanh
            }
            None => Activation::Tanh,
        };
        let fo = match value("fo").map(Activation::from_id) {
            Some(Some(a)) => a,
            Some(None) => {
                bad(&mut notices, NetworkField::OutputActivation);
                Activation::Sigmoid
            }
            None => Activation::Sigmoid,
        };
        s.network = Network::new(2, &s.hidden, fh, fo, s.seed);
        if let Some(v) = value("loss") {
            match Loss::from_id(v) {
                Some(l) => s.loss = l,
                None => bad(&mut notices, NetworkField::Loss),
            }
        }
        if let Some(v) = value("rule") {
            match LearningRule::from_id(v) {
                Some(r) => s.rule = r,
                None => bad(&mut notices, NetworkField::Rule),
            }
        }
        if s.loss == Loss::CrossEntropy && fo != Activation::Sigmoid {
            s.loss = Loss::SquaredError;
        }
        if let Some(v) = value("lr") {
            match number(v).filter(|r| *r > 0.0) {
                Some(r) => s.learning_rate = crate::boundary::nearest_rate(r),
                None => bad(&mut notices, NetworkField::LearningRate),
            }
        }
        if let Some(v) = value("l2") {
            match number(v).filter(|x| *x >= 0.0 && *x <= 1.0) {
                Some(x) => s.l2 = x,
                None => bad(&mut notices, NetworkField::Regularisation),
            }
        }
        if let Some(v) = value("bs") {
            match v.parse::<usize>().ok().filter(|b| BATCH_SIZES.contains(b)) {
                Some(b) => s.batch = b,
                None => bad(&mut notices, NetworkField::BatchSize),
            }
        }
        if let Some(v) = value("d") {
            match Preset::from_id(v) {
                Some(p) => s.preset = p,
                None => bad(&mut notices, NetworkField::Data),
            }
        }
        if let Some(v) = value("n") {
            match number(v).filter(|x| in_plane(*x) && *x >= 0.0 && *x <= 1.0) {
                Some(x) => s.noise = x,
                None => bad(&mut notices, NetworkField::Noise),
            }
        }
        if let Some(v) = value("w") {
            let values: Option<Vec<f64>> = v
                .split(',')
                .map(|x| number(x).filter(|x| x.abs() < DIVERGENCE_LIMIT / 2.0))
                .collect();
            let needed: usize = s
                .network
                .layers
                .iter()
                .map(|l| l.units() * (l.weights[0].len() + 1))
                .sum();
            match values {
                Some(values) if values.len() == needed => {
                    let mut it = values.into_iter();
                    for layer in &mut s.network.layers {
                        for row in &mut layer.weights {
                            for w in row.iter_mut() {
                                *w = it.next().unwrap_or(0.0);
                            }
                        }
                        for b in &mut layer.biases {
                            *b = it.next().unwrap_or(0.0);
                        }
                    }
                }
                _ => bad(&mut notices, NetworkField::Weights),
            }
        }
        (s, notices)
    }
}

/// The learning rates offered here (the same as the single neuron's).
pub const RATES: [f64; 10] = LEARNING_RATES;

/// A seeded generator for shuffling the network's training batches.
pub fn batch_rng(seed: u64) -> SplitMix64 {
    let mut r = SplitMix64::new(seed ^ 0x00ba_7c4e);
    r.next_u64();
    r
}
