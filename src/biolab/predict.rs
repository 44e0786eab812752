//! The biological lab's predictions: a pulse twice as strong (section 1), inputs close or apart
//! in time (section 4), the same input twice into both kinds of neuron (section 6). Each sets
//! its widget up, runs the experiment through the widget's own model, and explains the outcome
//! with the run's numbers; `neuron_core::verdict` decides which answer it bears out.

use leptos::prelude::*;
use neuron_core::bio::compare::{coincidence, drive};
use neuron_core::bio::sweep::{Model, Protocol, Stimulus, record};
use neuron_core::verdict;

use super::page::STIMULUS;
use super::{BioModel, Coincidence};
use crate::activity::{Outcome, Prediction};
use crate::widgets::Group;

/// What the spike-height run changes: the protocol. (The timing runs change the coincidence
/// experiment's delay, which no group holds; the repeat run changes nothing.)
const SPIKE_HEIGHT_CHANGES: &[&Group] = &[&STIMULUS];
use crate::explorer::ExplorerModel;
use crate::i18n::fixed;

/// A pulse twice as strong: is the spike twice as tall?
#[component]
pub fn PredictSpikeHeight(model: BioModel) -> impl IntoView {
    let run = Callback::new(move |()| {
        let base = Protocol {
            model: Model::Hh,
            stimulus: Stimulus::Pulse,
            width: 1.0,
            noise: 0.0,
            amplitude: 10.0,
            ..Protocol::default()
        };
        let strong = Protocol {
            amplitude: 20.0,
            ..base
        };
        let (a, b) = (record(&base, 0), record(&strong, 0));
        model.playing.set(false);
        model.edit(|p| *p = strong);
        let right =
            verdict::spike_height(a.peak, b.peak, Model::Hh.rest(), !b.spikes.is_empty()) as usize;
        let sooner = match (a.spikes.first(), b.spikes.first()) {
            (Some(ta), Some(tb)) => Some(fixed(ta - tb, 2)),
            _ => None,
        };
        Outcome {
            right,
            explanation: crate::t!(
                "predict-spike-height-explanation",
                weak = fixed(a.peak, 1),
                strong = fixed(b.peak, 1),
                apart = fixed((b.peak - a.peak).abs(), 1),
                both_spiked = if sooner.is_some() { "yes" } else { "no" },
                sooner = sooner.unwrap_or_default(),
            ),
        }
    });
    view! {
        <Prediction
            question=crate::t!("predict-spike-height-question")
            options=[
                crate::t!("predict-spike-height-taller"),
                crate::t!("predict-spike-height-same"),
                crate::t!("predict-spike-height-none"),
            ]
            run=run
            changes=SPIKE_HEIGHT_CHANGES
        />
    }
}

/// The same two inputs, 2 ms or 30 ms apart.
#[component]
pub fn PredictTiming(setup: Coincidence) -> impl IntoView {
    let run = Callback::new(move |()| {
        let strength = setup.strength.get_untracked();
        let close = coincidence(2.0, strength);
        let apart = coincidence(30.0, strength);
        setup.delay.set(30.0);
        let right = verdict::timing(!close.spikes.is_empty(), !apart.spikes.is_empty()) as usize;
        let fired = |sweep: &neuron_core::bio::sweep::Sweep| {
            if sweep.spikes.is_empty() {
                "silent"
            } else {
                "fired"
            }
        };
        Outcome {
            right,
            explanation: crate::t!(
                "predict-timing-explanation",
                strength = fixed(strength, 1),
                close = fired(&close),
                close_peak = fixed(close.peak, 1),
                apart = fired(&apart),
                apart_peak = fixed(apart.peak, 1),
            ),
        }
    });
    view! {
        <Prediction
            question=crate::t!("predict-timing-question")
            options=[
                crate::t!("predict-timing-both"),
                crate::t!("predict-timing-close"),
                crate::t!("predict-timing-apart"),
                crate::t!("predict-timing-neither"),
            ]
            run=run
        />
    }
}

/// The same input twice: does each kind of neuron answer the same?
#[component]
pub fn PredictRepeat(explorer: ExplorerModel) -> impl IntoView {
    let run = Callback::new(move |()| {
        let state = explorer.state.get_untracked();
        let y = state.evaluate().map(|e| e.output).unwrap_or(f64::NAN);
        let first = drive(state.inputs(), state.weights(), state.bias(), 1);
        let second = drive(state.inputs(), state.weights(), state.bias(), 2);
        let times = |d: &neuron_core::bio::compare::Drive| {
            let shown: Vec<String> = d
                .sweep
                .spikes
                .iter()
                .take(3)
                .map(|t| fixed(*t, 1))
                .collect();
            let at = |i: usize| shown.get(i).cloned().unwrap_or_default();
            crate::t!(
                "predict-repeat-spike-times",
                count = shown.len(),
                t1 = at(0),
                t2 = at(1),
                t3 = at(2),
            )
        };
        let same_trains = first.sweep.spikes == second.sweep.spikes;
        Outcome {
            right: verdict::repeat(same_trains) as usize,
            explanation: crate::t!(
                "predict-repeat-explanation",
                output = fixed(y, 4),
                first_rate = fixed(first.rate(), 0),
                second_rate = fixed(second.rate(), 0),
                first_spikes = times(&first),
                second_spikes = times(&second),
            ),
        }
    });
    view! {
        <Prediction
            question=crate::t!("predict-repeat-question")
            options=[
                crate::t!("predict-repeat-same"),
                crate::t!("predict-repeat-timing"),
                crate::t!("predict-repeat-vary"),
            ]
            run=run
        />
    }
}
