//! The layers widget's editable state: input features, architecture, activations, loss,
//! learning settings (the learning rule, regularisation, Dale's law), the data (built in or the
//! learner's own, its noise and train/test split), what the plane shows, and the network's
//! weights; its data split, the rule's fixed feedback matrices, and its URL form.

use crate::Activation;
use crate::dataset::{MAX_POINTS, Preset, in_plane};
use crate::features::Features;
use crate::network::{
    Architecture, Collapsed, Feedback, LearningRule, Loss, MAX_HIDDEN_LAYERS, MAX_UNITS, Network,
    Regularisation, Regulariser, Update, split,
};
use crate::network_data::{MAX_CLASSES, NetData, Problem, Sample, Target, problem_of};
use crate::query::{get, url_number};
use crate::rng::{Rng, SplitMix64};
use crate::training::{DIVERGENCE_LIMIT, LEARNING_RATES, decision_level};

/// The URL keys of this widget start with this.
const KEY: &str = "nn-";
/// The fraction of points held out for testing, at first.
pub const TEST_FRACTION: f64 = 0.3;
/// The shares of the points trained on that are offered: 10% to 90% in steps of 10%.
pub const TRAIN_SHARES: [f64; 9] = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9];
/// Batch sizes offered.
pub const BATCH_SIZES: [usize; 7] = [1, 5, 10, 15, 20, 30, 50];
/// Regularisation strengths offered (TensorFlow Playground's, and 0.0001).
pub const L2_STRENGTHS: [f64; 10] = [0.0, 0.0001, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1.0, 3.0];
/// The share of inhibitory units Dale's law starts with: about 20% of cortical neurons are
/// inhibitory (Markram et al. 2004, Nat Rev Neurosci 5:793).
pub const DALE_SHARE: f64 = 0.2;
/// Epochs the Dale's-law comparison (and its prediction) trains each network for.
pub const DALE_EPOCHS: usize = 300;
/// The learning rate of the Dale's-law prediction: fast enough that 300 epochs settle.
pub const DALE_RATE: f64 = 0.3;

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
    /// The regularisation's strength.
    Regularisation,
    /// L1 or L2.
    Regulariser,
    BatchSize,
    /// The data set.
    Data,
    /// The learner's own points.
    Points,
    Noise,
    /// The input features.
    Features,
    /// The share of points trained on.
    TrainShare,
    /// Dale's law's share of inhibitory units.
    Dale,
    /// Showing the test points, or the output in two tones.
    View,
    Weights,
}

/// Where the network's points come from.
#[derive(Clone, Debug, PartialEq)]
pub enum NetSource {
    /// A built-in set, generated from the noise and the seed.
    Set(NetData),
    /// The learner's own points (imported or clicked in).
    Own(Vec<Sample>),
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
    pub regularisation: Regularisation,
    pub batch: usize,
    pub data: NetSource,
    pub noise: f64,
    pub seed: u64,
    /// The share of the points trained on (the rest are the test set), in [`TRAIN_SHARES`].
    pub train_share: f64,
    /// Dale's law, with this share of inhibitory hidden units; None: any unit may excite or
    /// inhibit.
    pub dale: Option<f64>,
    /// Whether the plane shows the test points.
    pub show_test: bool,
    /// Whether the plane shows the output as two tones (the class) instead of a gradient.
    pub discrete: bool,
}

impl Default for NetworkState {
    /// TensorFlow Playground's default: hidden layers of 4 and 2 tanh units, learning rate
    /// 0.03, batch 10; here on the circle.
    fn default() -> Self {
        let hidden = vec![4, 2];
        NetworkState {
            network: Network::new(&hidden, Activation::Tanh, Activation::Sigmoid, 1),
            hidden,
            loss: Loss::CrossEntropy,
            rule: LearningRule::Backprop,
            learning_rate: 0.03,
            regularisation: Regularisation::l2(0.0),
            batch: 10,
            data: NetSource::Set(NetData::Binary(Preset::Circle)),
            noise: 0.2,
            seed: 1,
            train_share: 1.0 - TEST_FRACTION,
            dale: None,
            show_test: true,
            discrete: false,
        }
    }
}

/// The network widget's points for `preset` ([`NetData::generate`]): the logic gates become
/// clouds around the four corners (so that there is something to hold out for testing), the
/// rest as generated.
pub fn network_points(preset: Preset, noise: f64, seed: u64) -> Vec<Sample> {
    NetData::Binary(preset).generate(noise, seed)
}

impl NetworkState {
    /// All the points, before the split.
    pub fn points(&self) -> Vec<Sample> {
        match &self.data {
            NetSource::Set(d) => d.generate(self.noise, self.seed),
            NetSource::Own(points) => points.clone(),
        }
    }

    /// The training and test points.
    pub fn data(&self) -> (Vec<Sample>, Vec<Sample>) {
        split(&self.points(), 1.0 - self.train_share, self.seed)
    }

    /// The problem the data pose.
    pub fn problem(&self) -> Problem {
        match &self.data {
            NetSource::Set(d) => d.problem(),
            NetSource::Own(points) => problem_of(points),
        }
    }

    /// The built-in set, if the data are one.
    pub fn data_set(&self) -> Option<NetData> {
        match &self.data {
            NetSource::Set(d) => Some(*d),
            NetSource::Own(_) => None,
        }
    }

    /// The input features.
    pub fn features(&self) -> Features {
        self.network.features
    }

    /// One epoch's settings.
    pub fn update(&self) -> Update {
        Update {
            batch: self.batch,
            rate: self.learning_rate,
            regularisation: self.regularisation,
            loss: self.loss,
            rule: self.rule,
            dale: self.dale,
        }
    }

    /// This state trained for `epochs` epochs from its current weights, as the widget trains
    /// (the batches shuffled by [`batch_rng`] of the seed), stopping early if the weights blow
    /// up (then false).
    pub fn trained(&self, epochs: usize) -> (NetworkState, bool) {
        let mut s = self.clone();
        let (train, _) = s.data();
        let (update, feedback) = (s.update(), s.feedback());
        let mut rng = batch_rng(s.seed);
        let ok = (0..epochs)
            .all(|_| crate::network::train(&mut s.network, &train, &update, &feedback, &mut rng));
        (s, ok)
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

    /// A fresh network of the current features, shape and activations, from the seed
    /// ("reset"); under Dale's law, each outgoing weight given its unit's sign.
    pub fn reinitialise(&mut self) {
        self.rebuild(self.features(), self.network.outputs());
    }

    fn rebuild(&mut self, features: Features, outputs: usize) {
        self.network = Network::build(
            &Architecture {
                features,
                hidden: &self.hidden,
                hidden_activation: self.hidden_activation(),
                output_activation: self.output_activation(),
                outputs,
            },
            self.seed,
        );
        if let Some(share) = self.dale {
            crate::dale::impose(&mut self.network, share);
        }
    }

    /// Sets the input features (re-initialising the weights).
    pub fn set_features(&mut self, features: Features) {
        if features != self.features() {
            self.rebuild(features, self.network.outputs());
        }
    }

    /// Switches Dale's law on (with a share of inhibitory units) or off, re-initialising the
    /// weights so that a run with the law and one without start alike.
    pub fn set_dale(&mut self, dale: Option<f64>) {
        let dale = dale.map(|d| {
            if d.is_finite() {
                d.clamp(0.0, 1.0)
            } else {
                DALE_SHARE
            }
        });
        if dale != self.dale {
            self.dale = dale;
            self.reinitialise();
        }
    }

    /// Sets where the points come from, and fits the output to the problem they pose: one
    /// sigmoid output for two classes, a softmax over three or four, one linear output trained
    /// on squared error for regression (re-initialising the weights when the outputs change).
    pub fn set_data(&mut self, data: NetSource) {
        let before = self.problem();
        self.data = data;
        self.fit_output(before);
    }

    /// Fits the output to the data's problem, which was `before`: a softmax (linear scores,
    /// cross-entropy) for several classes; for two, the learner's output and loss unless the
    /// output was a softmax's or a regression's, then the sigmoid with cross-entropy; for
    /// regression squared error, and a linear output in place of a sigmoid.
    fn fit_output(&mut self, before: Problem) {
        let problem = self.problem();
        let outputs = problem.outputs();
        let was = self.network.outputs();
        let set_output = |s: &mut NetworkState, a: Activation| {
            if let Some(layer) = s.network.layers.last_mut() {
                layer.activation = a;
            }
        };
        match problem {
            Problem::Classes(_) if outputs > 1 => {
                set_output(self, Activation::Linear);
                self.loss = Loss::CrossEntropy;
            }
            Problem::Classes(_) => {
                if was > 1 || before == Problem::Regression {
                    set_output(self, Activation::Sigmoid);
                    self.loss = Loss::CrossEntropy;
                }
            }
            Problem::Regression => {
                if self.output_activation() == Activation::Sigmoid {
                    set_output(self, Activation::Linear);
                }
                self.loss = Loss::SquaredError;
            }
        }
        if outputs != was {
            self.rebuild(self.features(), outputs);
        }
    }

    /// Sets the hidden layers' sizes (re-initialising the weights): 1 to
    /// [`MAX_HIDDEN_LAYERS`] layers of 1 to [`MAX_UNITS`] units.
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
    /// another output switches the loss to squared error. A softmax output (several classes)
    /// keeps its linear scores and cross-entropy.
    pub fn set_output_activation(&mut self, a: Activation) {
        if self.network.outputs() > 1 {
            return;
        }
        if let Some(layer) = self.network.layers.last_mut() {
            layer.activation = a;
        }
        if a != Activation::Sigmoid {
            self.loss = Loss::SquaredError;
        }
    }

    /// Sets the loss; cross-entropy brings the sigmoid output with it (and is not offered for
    /// regression). A softmax output keeps cross-entropy.
    pub fn set_loss(&mut self, loss: Loss) {
        if self.network.outputs() > 1
            || (self.problem() == Problem::Regression && loss == Loss::CrossEntropy)
        {
            return;
        }
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
        if self.network.outputs() > 1 || self.features() != Features::default() {
            return None;
        }
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
        let flag = |b: bool| u8::from(b).to_string();
        let mut pairs = vec![
            ("f", self.features().id()),
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
            ("reg", self.regularisation.kind.id().to_string()),
            ("l2", url_number(self.regularisation.strength)),
            ("bs", self.batch.to_string()),
        ];
        match &self.data {
            NetSource::Set(d) => pairs.push(("d", d.id().to_string())),
            NetSource::Own(points) => {
                pairs.push(("d", "own".to_string()));
                pairs.push(("pts", points_text(points)));
            }
        }
        pairs.extend([
            ("n", url_number(self.noise)),
            ("s", self.seed.to_string()),
            ("tr", format!("{:.0}", self.train_share * 100.0)),
            ("st", flag(self.show_test)),
            ("dc", flag(self.discrete)),
        ]);
        if let Some(share) = self.dale {
            pairs.push(("dale", url_number(share)));
        }
        pairs.push(("w", weights.join(",")));
        pairs
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
        let flag = |notices: &mut Vec<NetworkField>, k: &str, default: bool| match value(k) {
            Some("1") => true,
            Some("0") => false,
            Some(_) => {
                notices.push(NetworkField::View);
                default
            }
            None => default,
        };
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
        let features = match value("f").map(Features::from_id) {
            Some(Some(f)) => f,
            Some(None) => {
                bad(&mut notices, NetworkField::Features);
                Features::default()
            }
            None => Features::default(),
        };
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
        s.network = Network::build(
            &Architecture {
                features,
                hidden: &s.hidden,
                hidden_activation: fh,
                output_activation: fo,
                outputs: 1,
            },
            s.seed,
        );
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
        if let Some(v) = value("reg") {
            match Regulariser::from_id(v) {
                Some(r) => s.regularisation.kind = r,
                None => bad(&mut notices, NetworkField::Regulariser),
            }
        }
        if let Some(v) = value("l2") {
            match number(v).filter(|x| *x >= 0.0 && *x <= 10.0) {
                Some(x) => s.regularisation.strength = x,
                None => bad(&mut notices, NetworkField::Regularisation),
            }
        }
        if let Some(v) = value("bs") {
            match v.parse::<usize>().ok().filter(|b| BATCH_SIZES.contains(b)) {
                Some(b) => s.batch = b,
                None => bad(&mut notices, NetworkField::BatchSize),
            }
        }
        match value("d") {
            Some("own") => match value("pts").map(parse_points) {
                Some(Some(points)) => s.data = NetSource::Own(points),
                _ => bad(&mut notices, NetworkField::Points),
            },
            Some(v) => match NetData::from_id(v) {
                Some(d) => s.data = NetSource::Set(d),
                None => bad(&mut notices, NetworkField::Data),
            },
            None => {}
        }
        if let Some(v) = value("n") {
            match number(v).filter(|x| in_plane(*x) && *x >= 0.0 && *x <= 1.0) {
                Some(x) => s.noise = x,
                None => bad(&mut notices, NetworkField::Noise),
            }
        }
        if let Some(v) = value("tr") {
            match number(v)
                .map(|p| p / 100.0)
                .and_then(|p| TRAIN_SHARES.into_iter().find(|t| (t - p).abs() < 1e-9))
            {
                Some(t) => s.train_share = t,
                None => bad(&mut notices, NetworkField::TrainShare),
            }
        }
        s.show_test = flag(&mut notices, "st", true);
        s.discrete = flag(&mut notices, "dc", false);
        // The output fitted to the data's problem, then Dale's law's signs, before the weights
        // are read (which then hold the law or are refused).
        s.fit_output(Problem::Classes(2));
        if let Some(v) = value("dale") {
            match number(v).filter(|x| (0.0..=1.0).contains(x)) {
                Some(x) => s.set_dale(Some(x)),
                None => bad(&mut notices, NetworkField::Dale),
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
                    let mut net = s.network.clone();
                    let mut it = values.into_iter();
                    for layer in &mut net.layers {
                        for row in &mut layer.weights {
                            for w in row.iter_mut() {
                                *w = it.next().unwrap_or(0.0);
                            }
                        }
                        for b in &mut layer.biases {
                            *b = it.next().unwrap_or(0.0);
                        }
                    }
                    match s.dale {
                        Some(share) if !crate::dale::holds(&net, share) => {
                            bad(&mut notices, NetworkField::Weights)
                        }
                        _ => s.network = net,
                    }
                }
                _ => bad(&mut notices, NetworkField::Weights),
            }
        }
        (s, notices)
    }
}

/// The learner's points in a link: `x1,x2,label` triples, the label a class or a value.
fn points_text(points: &[Sample]) -> String {
    points
        .iter()
        .flat_map(|p| {
            let label = match p.target {
                Target::Class(c) => c.to_string(),
                Target::Value(v) => format!("v{}", url_number(v)),
            };
            [url_number(p.x1), url_number(p.x2), label]
        })
        .collect::<Vec<_>>()
        .join(",")
}

/// Reads [`points_text`]'s form: None if any triple is not a point of the plane with a class
/// (`0` to `3`) or a value (`v` then a number in `[−1, 1]`), or there are too many.
fn parse_points(text: &str) -> Option<Vec<Sample>> {
    if text.is_empty() {
        return Some(Vec::new());
    }
    let values: Vec<&str> = text.split(',').collect();
    if !values.len().is_multiple_of(3) || values.len() / 3 > MAX_POINTS {
        return None;
    }
    let coord = |t: &str| t.trim().parse::<f64>().ok().filter(|v| in_plane(*v));
    let points: Option<Vec<Sample>> = values
        .chunks(3)
        .map(|c| {
            let (x1, x2) = (coord(c[0])?, coord(c[1])?);
            let target = match c[2].strip_prefix('v') {
                Some(v) => {
                    Target::Value(v.parse::<f64>().ok().filter(|v| (-1.0..=1.0).contains(v))?)
                }
                None => Target::Class(c[2].parse::<usize>().ok().filter(|c| *c < MAX_CLASSES)?),
            };
            Some(Sample { x1, x2, target })
        })
        .collect();
    // One kind of label for the whole set.
    points.filter(|p| {
        p.iter().all(|s| matches!(s.target, Target::Class(_)))
            || p.iter().all(|s| matches!(s.target, Target::Value(_)))
    })
}

/// The learning rates offered here (the same as the single neuron's).
pub const RATES: [f64; 10] = LEARNING_RATES;

/// A seeded generator for shuffling the network's training batches.
pub fn batch_rng(seed: u64) -> SplitMix64 {
    let mut r = SplitMix64::new(seed ^ 0x00ba_7c4e);
    r.next_u64();
    r
}
