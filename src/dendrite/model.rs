//! The dendrite widget's reactive model: one signal of editable parameters (mirrored in the URL
//! under `dd-` keys), the input pattern whose traces are shown, and memos of everything drawn.

use leptos::prelude::*;
use neuron_core::bio::dendrite::{
    DendriteParams, DendriteRun, Gate, PATTERNS, amplitude_curve, classify, simulate, truth_table,
};

/// Samples of the amplitude curve.
const CURVE_SAMPLES: usize = 241;

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
}
