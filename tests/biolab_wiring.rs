//! The biological-neuron lab's wiring, natively: protocol edits re-record the sweep, playback
//! advances and wraps into new sweeps, and the raster follows.

use leptos::prelude::*;
use neuron_core::bio::sweep::{Model, Protocol, SWEEP_MS, Stimulus};
use neuron_lab::biolab::BioModel;

/// The page's English words (the catalogue the browser would fetch).
fn english() {
    neuron_lab::i18n::install("en", include_str!("../locales/en.ftl"));
}

fn model() -> BioModel {
    let owner = Owner::new();
    owner.set();
    std::mem::forget(owner);
    BioModel::new(Protocol::default())
}

#[test]
fn editing_the_protocol_re_records_the_sweep() {
    english();
    let m = model();
    assert_eq!(
        m.sweep.get().spikes.len(),
        1,
        "the default pulse is above threshold"
    );
    m.edit(|p| p.amplitude = 2.0);
    assert!(m.sweep.get().spikes.is_empty());
    assert!(m.description.get().contains("no spike"));
    m.edit(|p| p.amplitude = 1e9);
    assert_eq!(
        m.protocol.get().amplitude,
        60.0,
        "clamped to the model's range"
    );
}

#[test]
fn switching_model_resets_the_amplitude_to_its_default() {
    english();
    let m = model();
    m.set_model(Model::Lif);
    assert_eq!(
        m.protocol.get().amplitude,
        Model::Lif.amplitude_spec().default
    );
    assert!(m.description.get().starts_with("Leaky integrate-and-fire"));
    m.set_stimulus(Stimulus::Step);
    assert!(m.sweep.get().spikes.len() > 3);
}

#[test]
fn playback_wraps_into_new_sweeps_and_fills_the_raster() {
    english();
    let m = model();
    m.edit(|p| p.noise = 3.0);
    assert_eq!(m.raster.get().len(), 1);
    assert_eq!(m.playhead.get(), SWEEP_MS);
    m.advance(10.0); // at the end: a new sweep starts
    assert_eq!(m.sweep_number.get(), 1);
    assert_eq!(m.playhead.get(), 10.0);
    assert_eq!(m.raster.get().len(), 2);
    m.advance(500.0);
    assert_eq!(m.playhead.get(), SWEEP_MS);
    for _ in 0..30 {
        m.next_sweep();
    }
    assert_eq!(
        m.raster.get().len(),
        20,
        "the raster keeps the last 20 sweeps"
    );
    m.edit(|p| p.width = 2.0);
    assert_eq!(
        m.raster.get().len(),
        1,
        "a new protocol starts a new raster"
    );
    let (t, v, _) = m.at_playhead();
    assert_eq!(t, SWEEP_MS);
    assert!(v.is_finite());
    let sweep = m.sweep_number.get();
    m.rewind(1.5);
    assert_eq!(m.playhead.get(), SWEEP_MS - 1.5);
    m.rewind(500.0);
    assert_eq!(m.playhead.get(), 0.0, "not before the sweep's start");
    assert_eq!(
        m.sweep_number.get(),
        sweep,
        "stepping back stays in the sweep"
    );
}
