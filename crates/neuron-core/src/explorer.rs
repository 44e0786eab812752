//! The editable state of the artificial-neuron explorer: inputs, weights, bias, activation.
//!
//! Every change goes through a method that keeps the invariants (1 to 6 inputs, as many weights
//! as inputs, every value finite and in its [`ParamSpec`](crate::params::ParamSpec) range), so
//! whatever the page holds can always be evaluated and written to the URL.

use crate::activation::Activation;
use crate::neuron::{Evaluation, MAX_INPUTS, MIN_INPUTS, Neuron, NeuronError, Quantity};
use crate::params::{BIAS, INPUT, ParamSpec, WEIGHT};
use crate::query::{STATE_VERSION, build_query, get, parse_query, url_number};

/// The worked example of the lesson: inputs (0.5, 0.3, 0.8), weights (0.4, −0.2, 0.9), bias 0.1,
/// sigmoid, which gives z = 0.96 and σ(0.96) = 0.7231.
pub const EXAMPLE_INPUTS: [f64; 3] = [0.5, 0.3, 0.8];
pub const EXAMPLE_WEIGHTS: [f64; 3] = [0.4, -0.2, 0.9];
pub const EXAMPLE_BIAS: f64 = 0.1;

/// The explorer's state.
#[derive(Clone, Debug, PartialEq)]
pub struct ExplorerState {
    inputs: Vec<f64>,
    weights: Vec<f64>,
    bias: f64,
    activation: Activation,
}

impl Default for ExplorerState {
    fn default() -> Self {
        Self::example()
    }
}

/// A state read from a URL, with a note for each thing that had to be corrected.
#[derive(Clone, Debug, PartialEq)]
pub struct Parsed {
    pub state: ExplorerState,
    pub notices: Vec<ExplorerNotice>,
}

/// What had to be corrected in a link's explorer state (the app words it). Text from the link
/// is cut short: a tampered URL may hold anything, of any length.
#[derive(Clone, Debug, PartialEq)]
pub enum ExplorerNotice {
    /// The link's format version (`None`: it has none) is not [`STATE_VERSION`]: the explorer
    /// starts from the worked example.
    Version(Option<String>),
    /// The inputs and weights are not two lists of the same length, [`MIN_INPUTS`] to
    /// [`MAX_INPUTS`] numbers: the worked example's are used.
    Lists,
    /// A number outside its range, set to `value` (the nearest end).
    OutOfRange { quantity: Quantity, value: f64 },
    /// Text that is not a number: `default` is used.
    NotANumber {
        quantity: Quantity,
        text: String,
        default: f64,
    },
    /// An activation id Neuron Lab does not know: sigmoid is used.
    UnknownActivation(String),
}

impl ExplorerState {
    /// The lesson's worked example.
    pub fn example() -> Self {
        ExplorerState {
            inputs: EXAMPLE_INPUTS.to_vec(),
            weights: EXAMPLE_WEIGHTS.to_vec(),
            bias: EXAMPLE_BIAS,
            activation: Activation::Sigmoid,
        }
    }

    pub fn inputs(&self) -> &[f64] {
        &self.inputs
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
        self.inputs.len()
    }

    /// Input `i`, or `None` past the end.
    pub fn input(&self, i: usize) -> Option<f64> {
        self.inputs.get(i).copied()
    }

    /// Weight `i`, or `None` past the end.
    pub fn weight(&self, i: usize) -> Option<f64> {
        self.weights.get(i).copied()
    }

    /// Sets input `i`, clamped to its range. Ignores an index past the end.
    pub fn set_input(&mut self, i: usize, value: f64) {
        if let Some(x) = self.inputs.get_mut(i) {
            *x = INPUT.clamp(value);
        }
    }

    /// Sets weight `i`, clamped to its range. Ignores an index past the end.
    pub fn set_weight(&mut self, i: usize, value: f64) {
        if let Some(w) = self.weights.get_mut(i) {
            *w = WEIGHT.clamp(value);
        }
    }

    /// Sets the bias, clamped to its range.
    pub fn set_bias(&mut self, value: f64) {
        self.bias = BIAS.clamp(value);
    }

    pub fn set_activation(&mut self, activation: Activation) {
        self.activation = activation;
    }

    /// Whether another input can be added.
    pub fn can_add_input(&self) -> bool {
        self.inputs.len() < MAX_INPUTS
    }

    /// Whether an input can be removed.
    pub fn can_remove_input(&self) -> bool {
        self.inputs.len() > MIN_INPUTS
    }

    /// Adds an input at its default value with weight 0, so the output does not jump.
    /// Returns whether it was added.
    pub fn add_input(&mut self) -> bool {
        if !self.can_add_input() {
            return false;
        }
        self.inputs.push(INPUT.default);
        self.weights.push(WEIGHT.default);
        true
    }

    /// Removes input `i` and its weight. Returns whether it was removed.
    pub fn remove_input(&mut self, i: usize) -> bool {
        if !self.can_remove_input() || i >= self.inputs.len() {
            return false;
        }
        self.inputs.remove(i);
        self.weights.remove(i);
        true
    }

    /// The neuron these weights describe.
    pub fn neuron(&self) -> Result<Neuron, NeuronError> {
        Neuron::new(self.weights.clone(), self.bias, self.activation)
    }

    /// The forward pass on the current inputs.
    pub fn evaluate(&self) -> Result<Evaluation, NeuronError> {
        self.neuron()?.evaluate(&self.inputs)
    }

    /// The state as a versioned query string, for the URL.
    pub fn to_query(&self) -> String {
        let pairs = self.query_pairs();
        build_query(pairs.iter().map(|(k, v)| (k.as_str(), v.clone())))
    }

    /// The URL's pairs for this state, the version first (the page's other widgets follow).
    pub fn query_pairs(&self) -> Vec<(String, String)> {
        let list = |values: &[f64]| {
            values
                .iter()
                .map(|v| url_number(*v))
                .collect::<Vec<_>>()
                .join(",")
        };
        [
            ("v", STATE_VERSION.to_string()),
            ("x", list(&self.inputs)),
            ("w", list(&self.weights)),
            ("b", url_number(self.bias)),
            ("f", self.activation.id().to_string()),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_string(), v))
        .collect()
    }

    /// Reads a state from a query string. Never fails: whatever is missing, malformed or out of
    /// range is replaced by the example's value or clamped, and a notice says so. An empty
    /// query is the example, with no notice.
    pub fn from_query(query: &str) -> Parsed {
        let pairs = parse_query(query);
        let mut notices = Vec::new();
        let mut state = ExplorerState::example();
        if pairs.is_empty() {
            return Parsed { state, notices };
        }
        match get(&pairs, "v") {
            Some(v) if v == STATE_VERSION.to_string() => {}
            other => {
                notices.push(ExplorerNotice::Version(other.map(cut_short)));
                return Parsed { state, notices };
            }
        }
        let inputs = get(&pairs, "x").map(|s| parse_list(s, Quantity::Input, INPUT, &mut notices));
        let weights =
            get(&pairs, "w").map(|s| parse_list(s, Quantity::Weight, WEIGHT, &mut notices));
        match (inputs, weights) {
            (Some(x), Some(w))
                if x.len() == w.len() && (MIN_INPUTS..=MAX_INPUTS).contains(&x.len()) =>
            {
                state.inputs = x;
                state.weights = w;
            }
            (None, None) => {}
            _ => notices.push(ExplorerNotice::Lists),
        }
        if let Some(text) = get(&pairs, "b") {
            state.bias = parse_value(text, Quantity::Bias, BIAS, &mut notices);
        }
        if let Some(id) = get(&pairs, "f") {
            match Activation::from_id(id) {
                Some(a) => state.activation = a,
                None => notices.push(ExplorerNotice::UnknownActivation(cut_short(id))),
            }
        }
        Parsed { state, notices }
    }
}

fn parse_list(
    text: &str,
    quantity: fn(usize) -> Quantity,
    spec: ParamSpec,
    notices: &mut Vec<ExplorerNotice>,
) -> Vec<f64> {
    text.split(',')
        .take(MAX_INPUTS + 1)
        .enumerate()
        .map(|(i, item)| parse_value(item, quantity(i), spec, notices))
        .collect()
}

fn parse_value(
    text: &str,
    quantity: Quantity,
    spec: ParamSpec,
    notices: &mut Vec<ExplorerNotice>,
) -> f64 {
    let value = text.trim().parse::<f64>();
    match value {
        Ok(v) if spec.contains(v) => v,
        Ok(v) if !v.is_nan() => {
            let clamped = spec.clamp(v);
            notices.push(ExplorerNotice::OutOfRange {
                quantity,
                value: clamped,
            });
            clamped
        }
        _ => {
            notices.push(ExplorerNotice::NotANumber {
                quantity,
                text: cut_short(text),
                default: spec.default,
            });
            spec.default
        }
    }
}

/// The most characters of a link's text a notice repeats.
pub const MAX_QUOTED_CHARS: usize = 24;

/// `text` cut short (with `…`): a tampered URL may hold anything, of any length.
fn cut_short(text: &str) -> String {
    let mut short: String = text.chars().take(MAX_QUOTED_CHARS).collect();
    if text.chars().count() > MAX_QUOTED_CHARS {
        short.push('…');
    }
    short
}
