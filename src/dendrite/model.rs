//! The dendrite widget's reactive model: one signal of editable parameters (mirrored in the URL
//! under `dd-` keys), the input pattern whose traces are shown, and memos of everything drawn.

use leptos::prelude::*;
use neuron_core::bio::dendrite::{
    DendriteParams, DendriteRun, Gate, PATTERNS, amplitude_curve, classify, simulate, truth_table,
};
use neuron_core::query::get;

/// Samples of the amplitude curve.
const CURVE_SAMPLES: usize = 241;
/// The pattern shown at first: one input on, (x₁, x₂) = (0, 1).
const DEFAULT_PATTERN: usize = 1;
/// The URL key of the pattern shown.
const PATTERN_KEY: &str = "dd-p";

/// Signals and memos of the dendrite widget. `Copy`.
#[derive(Clone, Copy)]
pub struct DendriteModel {
    pub params: RwSignal<DendriteParams>,
    /// Which of [`PATTERNS`] the traces show.
    pub pattern: RwSignal<usize>,
    /// Whether the soma fires, for each pattern.
    pub table: Memo<[bool; 4]>,
    pub gate: Memo<Gate>,
    /// The run of the pattern shown.
    pub run: Memo<DendriteRun>,
    /// `A(I)` from 0 to the largest input.
    pub curve: Memo<Vec<(f64, f64)>>,
}

impl DendriteModel {
    pub fn new(params: DendriteParams, pattern: usize) -> Self {
        let params = RwSignal::new(params.clamped());
        let pattern = RwSignal::new(pattern.min(PATTERNS.len() - 1));
        let table = Memo::new(move |_| params.with(truth_table));
        DendriteModel {
            params,
            pattern,
            table,
            gate: Memo::new(move |_| classify(table.get())),
            run: Memo::new(move |_| {
                let inputs = PATTERNS[pattern.get().min(PATTERNS.len() - 1)];
                params.with(|p| simulate(p, inputs))
            }),
            curve: Memo::new(move |_| params.with(|p| amplitude_curve(p, CURVE_SAMPLES))),
        }
    }

    /// Changes the parameters, keeping every value in its range.
    pub fn edit(&self, edit: impl FnOnce(&mut DendriteParams)) {
        self.params.update(|p| {
            edit(p);
            *p = p.clamped();
        });
    }

    /// The URL pairs: the parameters and the pattern shown.
    pub fn query_pairs(&self) -> Vec<(String, String)> {
        let mut pairs = self.params.with(DendriteParams::query_pairs);
        pairs.push((PATTERN_KEY.to_string(), self.pattern.get().to_string()));
        pairs
    }
}

/// The pattern shown, read from URL pairs: `None` if the value is there but not a pattern.
pub fn pattern_from_pairs(pairs: &[(String, String)]) -> Option<usize> {
    match get(pairs, PATTERN_KEY) {
        None => Some(DEFAULT_PATTERN),
        Some(v) => v
            .trim()
            .parse::<usize>()
            .ok()
            .filter(|p| *p < PATTERNS.len()),
    }
}

/// The default pattern, for a link that could not be read.
pub const fn default_pattern() -> usize {
    DEFAULT_PATTERN
}
