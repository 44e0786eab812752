//! The decision-boundary widget's model: a two-input neuron (plus the optional product feature
//! `x1·x2`) over the plane, its data, how it learns, and the geometry of its boundary.
//!
//! The neuron puts a point in class 1 when `f(z) ≥ 0.5`. For the step and the sigmoid that is
//! `z ≥ 0`, so the boundary is the line `w1 x1 + w2 x2 + b = 0`; in general it is
//! `w·x + b = decision_level(f)`. The weight vector `(w1, w2)` is normal to that line and points
//! towards class 1; its length says how sharp the transition is.

use crate::activation::Activation;
use crate::dataset::{MAX_POINTS, PLANE_MAX, PLANE_MIN, Point, Preset, in_plane};
use crate::query::{get, url_number};
use crate::training::{
    DIVERGENCE_LIMIT, LEARNING_RATES, Params, Rule, Setup, correct_count, decision_level, features,
};

/// Plane units of arrow per unit of weight.
pub const ARROW_SCALE: f64 = 0.1;
/// The slider range of the boundary neuron's weights and bias (training may go beyond it).
pub const WEIGHT_LIMIT: f64 = 10.0;
/// A new widget's hand-set weights and bias: the line 2x1 + x2 = 1.5, which gets three of the
/// four AND points right (not (1, 0)), so there is something to fix by hand or by training.
pub const DEFAULT_WEIGHTS: [f64; 2] = [2.0, 1.0];
pub const DEFAULT_BIAS: f64 = -1.5;
/// The seed of a new widget.
pub const DEFAULT_SEED: u64 = 1;
/// Cells per side of the output heatmap.
pub const GRID_CELLS: usize = 200;
/// The URL keys of this widget start with this.
const KEY: &str = "bd-";

/// Where the points come from.
#[derive(Clone, Debug, PartialEq)]
pub enum Data {
    /// Generated from the preset, the noise and the seed.
    Preset(Preset),
    /// Edited or loaded by the learner.
    Custom(Vec<Point>),
}

/// What the plane's text alternative says (the app words it).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PlaneDescription {
    pub boundary: BoundaryShape,
    /// Points classified correctly, of `total`.
    pub correct: usize,
    pub total: usize,
    /// The neuron is undecided: every point's output lies within [`UNDECIDED_MARGIN`] of the
    /// class threshold 0.5, so the plane is pale everywhere (as after training on XOR, when
    /// the weights shrink towards zero). Never for the step function, which only says 0 or 1.
    pub undecided: bool,
}

/// How close to 0.5 every point's output must be for the neuron to count as undecided.
pub const UNDECIDED_MARGIN: f64 = 0.1;

/// The shape of the decision boundary.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum BoundaryShape {
    /// With the product feature `x1·x2` the boundary is a curve (a hyperbola), not a line.
    Curve,
    /// Both weights are zero: no boundary, the output is the same everywhere.
    Flat,
    /// A straight line, with where it crosses the `x1` and `x2` axes (`None`: parallel to
    /// that axis, it never crosses it).
    Line { x1: Option<f64>, x2: Option<f64> },
}

/// A setting of this widget a link holds, named when it could not be read.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BoundaryField {
    Rule,
    Activation,
    /// The product-feature switch.
    Product,
    Weights,
    Bias,
    LearningRate,
    Noise,
    Seed,
    Points,
    /// The data set.
    Data,
}

/// What to tell the learner when training stops (the app words it).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StopReport {
    /// Every point is classified correctly after `epochs` epochs.
    AllCorrect { epochs: usize },
    /// The weights blew up: the learning rate is too large for this loss.
    Diverged,
    /// The loss stopped falling on XOR (without the product feature): no single line
    /// separates it.
    PlateauXor { correct: usize, total: usize },
    /// The loss stopped falling on the circle (without the product feature): one class
    /// surrounds the other.
    PlateauCircle { correct: usize, total: usize },
    /// The loss stopped falling: about as good as this neuron gets on this data.
    Plateau { correct: usize, total: usize },
}

/// The widget's editable state.
#[derive(Clone, Debug, PartialEq)]
pub struct BoundaryState {
    params: Params,
    rule: Rule,
    activation: Activation,
    learning_rate: f64,
    data: Data,
    noise: f64,
    seed: u64,
    product: bool,
}

impl Default for BoundaryState {
    fn default() -> Self {
        BoundaryState {
            params: Params {
                weights: DEFAULT_WEIGHTS.to_vec(),
                bias: DEFAULT_BIAS,
            },
            rule: Rule::Logistic,
            activation: Activation::Sigmoid,
            learning_rate: 0.3,
            data: Data::Preset(Preset::And),
            noise: 0.2,
            seed: DEFAULT_SEED,
            product: false,
        }
    }
}

impl BoundaryState {
    pub fn params(&self) -> &Params {
        &self.params
    }
    pub fn rule(&self) -> Rule {
        self.rule
    }
    pub fn activation(&self) -> Activation {
        self.activation
    }
    pub fn learning_rate(&self) -> f64 {
        self.learning_rate
    }
    pub fn data(&self) -> &Data {
        &self.data
    }
    pub fn preset(&self) -> Option<Preset> {
        match self.data {
            Data::Preset(p) => Some(p),
            Data::Custom(_) => None,
        }
    }
    pub fn noise(&self) -> f64 {
        self.noise
    }
    pub fn seed(&self) -> u64 {
        self.seed
    }
    pub fn product(&self) -> bool {
        self.product
    }

    /// The points the neuron is shown and trained on.
    pub fn points(&self) -> Vec<Point> {
        match &self.data {
            Data::Preset(p) => p.generate(self.noise, self.seed),
            Data::Custom(points) => points.clone(),
        }
    }

    /// The training setup over `data` (normally [`points`](Self::points)).
    pub fn setup<'a>(&self, data: &'a [Point]) -> Setup<'a> {
        Setup {
            rule: self.rule,
            activation: self.activation,
            learning_rate: self.learning_rate,
            data,
            product: self.product,
        }
    }

    /// Weight `i` (0-based), or 0 past the end.
    pub fn weight(&self, i: usize) -> f64 {
        self.params.weights.get(i).copied().unwrap_or(0.0)
    }

    pub fn bias(&self) -> f64 {
        self.params.bias
    }

    /// The pre-activation where the boundary lies.
    pub fn level(&self) -> f64 {
        decision_level(self.activation)
    }

    /// Sets weight `i` (ignored if not finite or past the end; kept below the divergence limit).
    pub fn set_weight(&mut self, i: usize, value: f64) {
        if let Some(w) = self.params.weights.get_mut(i)
            && value.is_finite()
        {
            *w = value.clamp(-DIVERGENCE_LIMIT / 2.0, DIVERGENCE_LIMIT / 2.0);
        }
    }

    pub fn set_bias(&mut self, value: f64) {
        if value.is_finite() {
            self.params.bias = value.clamp(-DIVERGENCE_LIMIT / 2.0, DIVERGENCE_LIMIT / 2.0);
        }
    }

    /// Replaces the parameters (after training), if they are sane and the right size.
    pub fn set_params(&mut self, params: Params) {
        if params.is_sane() && params.weights.len() == self.params.weights.len() {
            self.params = params;
        }
    }

    /// The seeded initial weights for the current features ("reset").
    pub fn initial_params(&self) -> Params {
        Params::initial(self.params.weights.len(), self.seed)
    }

    pub fn reset_params(&mut self) {
        self.params = self.initial_params();
    }

    pub fn set_rule(&mut self, rule: Rule) {
        self.rule = rule;
        self.activation = rule.fit_activation(self.activation);
    }

    pub fn set_activation(&mut self, activation: Activation) {
        self.activation = self.rule.fit_activation(activation);
    }

    /// Sets the learning rate to the offered rate nearest `rate` (in log scale).
    pub fn set_learning_rate(&mut self, rate: f64) {
        if rate.is_finite() && rate > 0.0 {
            self.learning_rate = nearest_rate(rate);
        }
    }

    pub fn set_preset(&mut self, preset: Preset) {
        self.data = Data::Preset(preset);
    }

    pub fn set_noise(&mut self, noise: f64) {
        if noise.is_finite() {
            self.noise = noise.clamp(0.0, 1.0);
        }
    }

    pub fn set_seed(&mut self, seed: u64) {
        self.seed = seed;
    }

    /// Turns the product feature `x1·x2` on or off; its weight starts at 0.
    pub fn set_product(&mut self, on: bool) {
        if on != self.product {
            self.product = on;
            if on {
                self.params.weights.push(0.0);
            } else {
                self.params.weights.truncate(2);
            }
        }
    }

    /// Adds a point (the data becomes custom). Returns false if it is outside the plane or the
    /// data set is full.
    pub fn add_point(&mut self, point: Point) -> bool {
        if !(in_plane(point.x1) && in_plane(point.x2)) {
            return false;
        }
        let mut points = self.points();
        if points.len() >= MAX_POINTS {
            return false;
        }
        points.push(point);
        self.data = Data::Custom(points);
        true
    }

    /// Removes the point nearest `(x1, x2)` if it is within `radius`. Returns whether one was.
    pub fn remove_point_near(&mut self, x1: f64, x2: f64, radius: f64) -> bool {
        let mut points = self.points();
        let nearest = points
            .iter()
            .enumerate()
            .map(|(i, p)| (i, (p.x1 - x1).hypot(p.x2 - x2)))
            .filter(|(_, d)| *d <= radius)
            .min_by(|a, b| a.1.total_cmp(&b.1));
        match nearest {
            Some((i, _)) => {
                points.remove(i);
                self.data = Data::Custom(points);
                true
            }
            None => false,
        }
    }

    /// Replaces the data with `points` (at most [`MAX_POINTS`] are kept).
    pub fn set_points(&mut self, mut points: Vec<Point>) {
        points.truncate(MAX_POINTS);
        self.data = Data::Custom(points);
    }

    /// Moves the boundary, keeping its direction, so that it passes through `(x1, x2)`.
    pub fn drag_line_to(&mut self, x1: f64, x2: f64) {
        let b = self.level() - self.weight(0) * x1 - self.weight(1) * x2;
        self.set_bias(b);
    }

    /// Sets the weight vector from the arrow drawn from `anchor` to `head`, keeping the
    /// boundary through `anchor`.
    pub fn drag_arrow_to(&mut self, anchor: (f64, f64), head: (f64, f64)) {
        let w1 = (head.0 - anchor.0) / ARROW_SCALE;
        let w2 = (head.1 - anchor.1) / ARROW_SCALE;
        self.set_weight(0, w1);
        self.set_weight(1, w2);
        self.drag_line_to(anchor.0, anchor.1);
    }

    /// The neuron's output over the plane, `cells × cells`, row 0 at the top (`x2` largest).
    pub fn output_grid(&self, cells: usize) -> Vec<f32> {
        let step = (PLANE_MAX - PLANE_MIN) / cells as f64;
        let mut out = Vec::with_capacity(cells * cells);
        let [w1, w2] = [self.weight(0), self.weight(1)];
        let w3 = if self.product { self.weight(2) } else { 0.0 };
        let b = self.params.bias;
        for row in 0..cells {
            let x2 = PLANE_MAX - (row as f64 + 0.5) * step;
            for col in 0..cells {
                let x1 = PLANE_MIN + (col as f64 + 0.5) * step;
                let z = w1 * x1 + w2 * x2 + w3 * x1 * x2 + b;
                // Drawn, not trained on: the drawing form of the activation (f32, faster).
                out.push(self.activation.apply_for_drawing(z as f32));
            }
        }
        out
    }

    /// The straight boundary clipped to the plane (none with the product feature, whose
    /// boundary is curved, or when both weights are zero).
    pub fn boundary_segment(&self) -> Option<[(f64, f64); 2]> {
        if self.product && self.weight(2) != 0.0 {
            return None;
        }
        clip_line(self.weight(0), self.weight(1), self.bias() - self.level())
    }

    /// The weight arrow: from the point of the boundary nearest the plane's centre, along
    /// `(w1, w2)`, `ARROW_SCALE` plane units per unit of weight.
    pub fn arrow(&self) -> Option<((f64, f64), (f64, f64))> {
        if self.product && self.weight(2) != 0.0 {
            return None;
        }
        let (w1, w2) = (self.weight(0), self.weight(1));
        let norm2 = w1 * w1 + w2 * w2;
        if norm2 < 1e-12 {
            return None;
        }
        let c = 0.5 * (PLANE_MIN + PLANE_MAX);
        // Project the centre onto w·x + (b − level) = 0.
        let t = (w1 * c + w2 * c + self.bias() - self.level()) / norm2;
        let anchor = (c - t * w1, c - t * w2);
        let head = (anchor.0 + ARROW_SCALE * w1, anchor.1 + ARROW_SCALE * w2);
        Some((anchor, head))
    }

    /// What the plane's text alternative says: the boundary's shape and how many of `data`
    /// are classified correctly.
    pub fn describe(&self, data: &[Point]) -> PlaneDescription {
        let correct = correct_count(self.activation, &self.params, data, self.product);
        let boundary = if self.product && self.weight(2) != 0.0 {
            BoundaryShape::Curve
        } else {
            let (w1, w2, c) = (self.weight(0), self.weight(1), self.level() - self.bias());
            let cross = |w: f64| (w.abs() >= 1e-12).then(|| c / w);
            if w1 == 0.0 && w2 == 0.0 {
                BoundaryShape::Flat
            } else {
                BoundaryShape::Line {
                    x1: cross(w1),
                    x2: cross(w2),
                }
            }
        };
        let undecided = self.activation != Activation::Step
            && !data.is_empty()
            && data.iter().all(|p| {
                let z = self.params.pre_activation(&features(p, self.product));
                (self.activation.apply(z) - 0.5).abs() < UNDECIDED_MARGIN
            });
        PlaneDescription {
            boundary,
            correct,
            total: data.len(),
            undecided,
        }
    }

    /// The state's URL pairs (without the version, which the page adds).
    pub fn query_pairs(&self) -> Vec<(String, String)> {
        let list = |v: &[f64]| {
            v.iter()
                .map(|x| url_number(*x))
                .collect::<Vec<_>>()
                .join(",")
        };
        let mut pairs = vec![
            ("w", list(&self.params.weights)),
            ("b", url_number(self.params.bias)),
            ("r", self.rule.id().to_string()),
            ("f", self.activation.id().to_string()),
            ("lr", url_number(self.learning_rate)),
            ("n", url_number(self.noise)),
            ("s", self.seed.to_string()),
            ("p", u8::from(self.product).to_string()),
        ];
        match &self.data {
            Data::Preset(p) => pairs.push(("d", p.id().to_string())),
            Data::Custom(points) => {
                pairs.push(("d", "custom".to_string()));
                let flat: Vec<String> = points
                    .iter()
                    .flat_map(|p| {
                        [
                            url_number(p.x1),
                            url_number(p.x2),
                            u8::from(p.label).to_string(),
                        ]
                    })
                    .collect();
                pairs.push(("pts", flat.join(",")));
            }
        }
        pairs
            .into_iter()
            .map(|(k, v)| (format!("{KEY}{k}"), v))
            .collect()
    }

    /// Reads the state from URL pairs; anything missing or malformed takes its default, and
    /// each malformed value is listed. No pairs of this widget at all is the default state,
    /// with nothing listed.
    pub fn from_pairs(pairs: &[(String, String)]) -> (BoundaryState, Vec<BoundaryField>) {
        let mut state = BoundaryState::default();
        let mut notices = Vec::new();
        let key = |k: &str| format!("{KEY}{k}");
        let value = |k: &str| get(pairs, &key(k));
        if !pairs.iter().any(|(k, _)| k.starts_with(KEY)) {
            return (state, notices);
        }
        let mut bad = |field: BoundaryField| notices.push(field);
        if let Some(v) = value("r") {
            match Rule::from_id(v) {
                Some(r) => state.set_rule(r),
                None => bad(BoundaryField::Rule),
            }
        }
        if let Some(v) = value("f") {
            match crate::Activation::from_id(v) {
                Some(a) if state.rule.activations().contains(&a) => state.activation = a,
                _ => bad(BoundaryField::Activation),
            }
        }
        if let Some(v) = value("p") {
            match v {
                "1" => state.set_product(true),
                "0" => {}
                _ => bad(BoundaryField::Product),
            }
        }
        if let Some(v) = value("w") {
            let ws: Option<Vec<f64>> = v
                .split(',')
                .map(|x| finite_in(x, DIVERGENCE_LIMIT / 2.0))
                .collect();
            match ws {
                Some(ws) if ws.len() == state.params.weights.len() => state.params.weights = ws,
                _ => bad(BoundaryField::Weights),
            }
        }
        if let Some(v) = value("b") {
            match finite_in(v, DIVERGENCE_LIMIT / 2.0) {
                Some(b) => state.params.bias = b,
                None => bad(BoundaryField::Bias),
            }
        }
        if let Some(v) = value("lr") {
            match finite_in(v, 1e3).filter(|r| *r > 0.0) {
                Some(r) => state.set_learning_rate(r),
                None => bad(BoundaryField::LearningRate),
            }
        }
        if let Some(v) = value("n") {
            match finite_in(v, 1.0).filter(|n| *n >= 0.0) {
                Some(n) => state.noise = n,
                None => bad(BoundaryField::Noise),
            }
        }
        if let Some(v) = value("s") {
            match v.parse::<u64>() {
                Ok(s) => state.seed = s,
                Err(_) => bad(BoundaryField::Seed),
            }
        }
        match value("d") {
            Some("custom") => match value("pts").map(parse_points) {
                Some(Some(points)) => state.data = Data::Custom(points),
                _ => bad(BoundaryField::Points),
            },
            Some(id) => match Preset::from_id(id) {
                Some(p) => state.data = Data::Preset(p),
                None => bad(BoundaryField::Data),
            },
            None => {}
        }
        (state, notices)
    }
}

/// The offered learning rate nearest `rate`, in log scale.
pub fn nearest_rate(rate: f64) -> f64 {
    LEARNING_RATES
        .into_iter()
        .min_by(|a, b| {
            (a.ln() - rate.ln())
                .abs()
                .total_cmp(&(b.ln() - rate.ln()).abs())
        })
        .unwrap_or(0.3)
}

fn finite_in(text: &str, limit: f64) -> Option<f64> {
    text.trim()
        .parse::<f64>()
        .ok()
        .filter(|v| v.is_finite() && v.abs() <= limit)
}

fn parse_points(text: &str) -> Option<Vec<Point>> {
    if text.is_empty() {
        return Some(Vec::new());
    }
    let values: Vec<&str> = text.split(',').collect();
    if !values.len().is_multiple_of(3) || values.len() / 3 > MAX_POINTS {
        return None;
    }
    values
        .chunks(3)
        .map(|c| {
            let x1 = finite_in(c[0], 10.0).filter(|v| in_plane(*v))?;
            let x2 = finite_in(c[1], 10.0).filter(|v| in_plane(*v))?;
            let label = match c[2] {
                "1" => true,
                "0" => false,
                _ => return None,
            };
            Some(Point::new(x1, x2, label))
        })
        .collect()
}

/// The line `a x1 + b x2 + c = 0` clipped to the plane square, or `None` if it misses it or
/// is not a line.
pub fn clip_line(a: f64, b: f64, c: f64) -> Option<[(f64, f64); 2]> {
    if a.abs() < 1e-12 && b.abs() < 1e-12 {
        return None;
    }
    let (lo, hi) = (PLANE_MIN, PLANE_MAX);
    let mut hits: Vec<(f64, f64)> = Vec::with_capacity(4);
    let eps = 1e-9;
    if b.abs() > 1e-12 {
        for x1 in [lo, hi] {
            let x2 = -(a * x1 + c) / b;
            if (lo - eps..=hi + eps).contains(&x2) {
                hits.push((x1, x2.clamp(lo, hi)));
            }
        }
    }
    if a.abs() > 1e-12 {
        for x2 in [lo, hi] {
            let x1 = -(b * x2 + c) / a;
            if (lo - eps..=hi + eps).contains(&x1) {
                hits.push((x1.clamp(lo, hi), x2));
            }
        }
    }
    // The two hits farthest apart (a corner can be hit twice).
    let mut best: Option<[(f64, f64); 2]> = None;
    let mut best_d = -1.0;
    for i in 0..hits.len() {
        for j in i + 1..hits.len() {
            let d = (hits[i].0 - hits[j].0).hypot(hits[i].1 - hits[j].1);
            if d > best_d {
                best_d = d;
                best = Some([hits[i], hits[j]]);
            }
        }
    }
    best.filter(|_| best_d > 1e-9)
}

/// The features a point of the plane has for this state (for the step-through display).
pub fn point_features(state: &BoundaryState, p: &Point) -> Vec<f64> {
    features(p, state.product)
}

/// What to tell the learner when training stops.
pub fn explain_stop(
    stop: crate::training::Stop,
    state: &BoundaryState,
    correct: usize,
    total: usize,
    epochs: usize,
) -> StopReport {
    use crate::training::Stop;
    match stop {
        Stop::AllCorrect => StopReport::AllCorrect { epochs },
        Stop::Diverged => StopReport::Diverged,
        Stop::Plateau => match state.preset() {
            _ if state.product() => StopReport::Plateau { correct, total },
            Some(Preset::Xor) => StopReport::PlateauXor { correct, total },
            Some(Preset::Circle) => StopReport::PlateauCircle { correct, total },
            _ => StopReport::Plateau { correct, total },
        },
    }
}
