//! The explorer's reactive model: one signal holds what the learner edits (an
//! [`ExplorerState`]); everything shown is a memo over it. Components call the methods here and
//! never compute anything about the neuron themselves.

use leptos::prelude::*;
use neuron_core::curve::ActivationCurve;
use neuron_core::params::{INPUT, WEIGHT};
use neuron_core::{Activation, Equation, Evaluation, ExplorerState, NeuronError};

/// Signals and memos of one explorer. `Copy`, so closures can take it freely.
#[derive(Clone, Copy)]
pub struct ExplorerModel {
    /// What the learner edits: the single source of truth.
    pub state: RwSignal<ExplorerState>,
    /// The state the explorer started from (the URL's, or the example), for "Reset".
    start: StoredValue<ExplorerState>,
    /// The forward pass.
    pub evaluation: Memo<Result<Evaluation, NeuronError>>,
    /// The equation with live numbers (`None` if the forward pass failed).
    pub equation: Memo<Option<Equation>>,
    /// What the activation plot draws.
    pub curve: Memo<ActivationCurve>,
    /// The input the learner is pointing at or focused on, to tie its term, synapse and row
    /// together visually. Not part of the state.
    pub highlighted: RwSignal<Option<usize>>,
}

impl ExplorerModel {
    /// A model starting from `start`.
    pub fn new(start: ExplorerState) -> Self {
        let state = RwSignal::new(start.clone());
        let evaluation = Memo::new(move |_| state.with(ExplorerState::evaluate));
        let equation = Memo::new(move |_| {
            let evaluation = evaluation.get().ok()?;
            Some(state.with(|s| Equation::new(s, &evaluation)))
        });
        let curve = Memo::new(move |_| {
            let activation = state.with(ExplorerState::activation);
            let z = evaluation.with(|e| e.as_ref().map_or(0.0, |e| e.pre_activation));
            ActivationCurve::new(activation, z)
        });
        ExplorerModel {
            state,
            start: StoredValue::new(start),
            evaluation,
            equation,
            curve,
            highlighted: RwSignal::new(None),
        }
    }

    /// The number of inputs, tracked.
    pub fn input_count(&self) -> usize {
        self.state.with(ExplorerState::input_count)
    }

    /// Input `i`, tracked; the default if `i` no longer exists (a row being removed).
    pub fn input(&self, i: usize) -> f64 {
        self.state.with(|s| s.input(i)).unwrap_or(INPUT.default)
    }

    /// Weight `i`, tracked; the default if `i` no longer exists.
    pub fn weight(&self, i: usize) -> f64 {
        self.state.with(|s| s.weight(i)).unwrap_or(WEIGHT.default)
    }

    pub fn bias(&self) -> f64 {
        self.state.with(ExplorerState::bias)
    }

    pub fn activation(&self) -> Activation {
        self.state.with(ExplorerState::activation)
    }

    pub fn set_input(&self, i: usize, value: f64) {
        self.state.update(|s| s.set_input(i, value));
    }

    pub fn set_weight(&self, i: usize, value: f64) {
        self.state.update(|s| s.set_weight(i, value));
    }

    pub fn set_bias(&self, value: f64) {
        self.state.update(|s| s.set_bias(value));
    }

    pub fn set_activation(&self, activation: Activation) {
        self.state.update(|s| s.set_activation(activation));
    }

    /// Whether another input can be added, tracked.
    pub fn can_add_input(&self) -> bool {
        self.state.with(ExplorerState::can_add_input)
    }

    /// Whether an input can be removed, tracked.
    pub fn can_remove_input(&self) -> bool {
        self.state.with(ExplorerState::can_remove_input)
    }

    pub fn add_input(&self) {
        self.state.update(|s| {
            s.add_input();
        });
    }

    pub fn remove_input(&self, i: usize) {
        self.state.update(|s| {
            s.remove_input(i);
        });
        self.highlighted.set(None);
    }

    /// Loads the lesson's worked example.
    pub fn load_example(&self) {
        self.state.set(ExplorerState::example());
    }

    /// Goes back to the state the explorer started from.
    pub fn reset(&self) {
        self.state.set(self.start.get_value());
    }

    /// The state as a URL query, tracked.
    pub fn query(&self) -> String {
        self.state.with(ExplorerState::to_query)
    }

    /// The state as a URL query, untracked.
    pub fn query_untracked(&self) -> String {
        self.state.with_untracked(ExplorerState::to_query)
    }
}
