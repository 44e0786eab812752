//! The biological-neuron lab's reactive model: one signal of editable state (the stimulus
//! protocol, mirrored in the URL), the recorded sweep as a memo over it, and the playback
//! (playhead, playing, the raster of past sweeps) beside it.

use leptos::prelude::*;
use neuron_core::bio::sweep::{self, Model, Protocol, SWEEP_MS, Stimulus, Sweep};

use crate::plot::RASTER_ROWS;

/// Signals and memos of one lab. `Copy`.
#[derive(Clone, Copy)]
pub struct BioModel {
    /// What the learner edits: the single source of truth, mirrored in the URL.
    pub protocol: RwSignal<Protocol>,
    /// Which sweep is shown (it only changes the noise).
    pub sweep_number: RwSignal<u64>,
    /// The recorded sweep.
    pub sweep: Memo<Sweep>,
    /// The sweep in words.
    pub description: Memo<String>,
    /// How far into the sweep the recording is shown, ms (`SWEEP_MS`: all of it).
    pub playhead: RwSignal<f64>,
    pub playing: RwSignal<bool>,
    /// Simulated ms per real second while playing.
    pub speed: RwSignal<f64>,
    /// Spike times of recent sweeps of this protocol, oldest first.
    pub raster: RwSignal<Vec<Vec<f64>>>,
    /// Show the gates and ionic currents (Hodgkin-Huxley).
    pub under_the_hood: RwSignal<bool>,
    /// A click per spike during playback (off by default).
    pub sound: RwSignal<bool>,
}

impl BioModel {
    pub fn new(start: Protocol) -> Self {
        let protocol = RwSignal::new(start.clamped());
        let sweep_number = RwSignal::new(0u64);
        let sweep = Memo::new(move |_| sweep::record(&protocol.get(), sweep_number.get()));
        let description =
            Memo::new(move |_| sweep.with(|s| crate::words::sweep_description(&protocol.get(), s)));
        let raster = RwSignal::new(vec![sweep.with_untracked(|s| s.spikes.clone())]);
        BioModel {
            protocol,
            sweep_number,
            sweep,
            description,
            playhead: RwSignal::new(SWEEP_MS),
            playing: RwSignal::new(false),
            speed: RwSignal::new(25.0),
            raster,
            under_the_hood: RwSignal::new(false),
            sound: RwSignal::new(false),
        }
    }

    /// Applies `edit` to the protocol; the raster starts again for the new protocol.
    pub fn edit(&self, edit: impl FnOnce(&mut Protocol)) {
        self.protocol.update(|p| {
            edit(p);
            *p = p.clamped();
        });
        self.sweep_number.set(0);
        self.raster
            .set(vec![self.sweep.with_untracked(|s| s.spikes.clone())]);
    }

    pub fn set_model(&self, model: Model) {
        self.edit(|p| {
            if p.model != model {
                p.model = model;
                p.amplitude = model.amplitude_spec().default;
            }
        });
    }

    pub fn set_stimulus(&self, stimulus: Stimulus) {
        self.edit(|p| p.stimulus = stimulus);
    }

    /// Records the next sweep (new noise) and adds it to the raster.
    pub fn next_sweep(&self) {
        self.sweep_number.update(|n| *n += 1);
        let spikes = self.sweep.with_untracked(|s| s.spikes.clone());
        self.raster.update(|rows| {
            rows.push(spikes);
            let excess = rows.len().saturating_sub(RASTER_ROWS);
            rows.drain(..excess);
        });
    }

    /// Moves the playhead by `dt` ms, starting the next sweep at the end.
    pub fn advance(&self, dt: f64) {
        let at = self.playhead.get_untracked();
        if at >= SWEEP_MS {
            self.next_sweep();
            self.playhead.set(dt.min(SWEEP_MS));
        } else {
            self.playhead.set((at + dt).min(SWEEP_MS));
        }
    }

    /// Moves the playhead back by `dt` ms (not before the sweep's start), as PhET's step back.
    pub fn rewind(&self, dt: f64) {
        self.playhead.update(|at| *at = (*at - dt).max(0.0));
    }

    /// Spike times of the current sweep in `(from, to]`, ms.
    pub fn spikes_between(&self, from: f64, to: f64) -> Vec<f64> {
        self.sweep.with_untracked(|s| {
            s.spikes
                .iter()
                .copied()
                .filter(|t| *t > from && *t <= to)
                .collect()
        })
    }

    /// The potential and current at the playhead, tracked.
    pub fn at_playhead(&self) -> (f64, f64, f64) {
        let t = self.playhead.get();
        self.sweep.with(|s| {
            let k = s.index_at(t);
            (
                t,
                s.v.get(k).copied().unwrap_or(0.0),
                s.current.get(k).copied().unwrap_or(0.0),
            )
        })
    }
}
