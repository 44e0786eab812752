//! The biological neuron's sweeps: what a sweep or the coincidence experiment shows, in words.

use neuron_core::bio::compare::DELAY;
use neuron_core::bio::lif::LifParams;
use neuron_core::bio::sweep::{
    LISTED_SPIKES, Model, OFFSET_MS, ONSET_MS, Outcome, Protocol, Stimulus, Sweep, summarize,
};

use crate::i18n::{fixed, trimmed};

/// The sweep in words, for screen readers and the caption.
pub fn sweep_description(protocol: &Protocol, sweep: &Sweep) -> String {
    let unit = protocol.model.current_unit();
    let (width, amplitude, interval) = (
        fixed(protocol.width, 1),
        fixed(protocol.amplitude, 1),
        fixed(protocol.interval, 1),
    );
    let stimulus = match protocol.stimulus {
        Stimulus::Pulse => crate::t!(
            "core-sweep-pulse",
            width = width,
            amplitude = amplitude,
            unit = unit,
        ),
        Stimulus::PairedPulse => crate::t!(
            "core-sweep-paired",
            width = width,
            amplitude = amplitude,
            unit = unit,
            interval = interval,
        ),
        Stimulus::Train => crate::t!(
            "core-sweep-train",
            width = width,
            amplitude = amplitude,
            unit = unit,
            interval = interval,
        ),
        Stimulus::Step => crate::t!(
            "core-sweep-step",
            amplitude = amplitude,
            unit = unit,
            onset = trimmed(ONSET_MS, 1),
            offset = trimmed(OFFSET_MS, 1),
        ),
    };
    let summary = summarize(protocol, sweep);
    let outcome = sweep_outcome(&summary.outcome);
    let model = model_name(protocol.model);
    let rate = fixed(summary.rate, 0);
    if summary.refractory {
        crate::t!(
            "core-sweep-description-refractory",
            model = model,
            stimulus = stimulus,
            outcome = outcome,
            rate = rate,
        )
    } else {
        crate::t!(
            "core-sweep-description",
            model = model,
            stimulus = stimulus,
            outcome = outcome,
            rate = rate,
        )
    }
}

/// What a sweep did, in a few words: whether the neuron fired (when, and how high) or how far
/// the membrane rose. The lab's announcer says it after each change.
pub fn sweep_outcome(outcome: &Outcome) -> String {
    match outcome {
        Outcome::Silent { peak } => crate::t!("core-sweep-silent", peak = fixed(*peak, 1)),
        Outcome::Spikes { count, times, peak } => {
            let mut listed: Vec<String> = times.iter().map(|t| fixed(*t, 1)).collect();
            if *count > LISTED_SPIKES {
                listed.push("…".to_string());
            }
            let times = super::number_list(&listed);
            match peak {
                Some(peak) => crate::t!(
                    "core-sweep-spikes-peak",
                    n = *count,
                    times = times,
                    peak = fixed(*peak, 1),
                ),
                None => crate::t!("core-sweep-spikes", n = *count, times = times),
            }
        }
    }
}

/// The coincidence experiment in words: two inputs `delay` ms apart, and whether they fired
/// the neuron.
pub fn coincidence_description(delay: f64, sweep: &Sweep) -> String {
    let delay = fixed(DELAY.clamp(delay), 1);
    let threshold = trimmed(LifParams::default().v_th, 1);
    if sweep.spikes.is_empty() {
        crate::t!(
            "core-coincidence-silent",
            delay = delay,
            peak = fixed(sweep.peak, 1),
            threshold = threshold,
        )
    } else {
        crate::t!(
            "core-coincidence-spike",
            delay = delay,
            threshold = threshold,
        )
    }
}

/// The neuron model's name in words (the menus' options, and inside sentences).
pub fn model_name(model: Model) -> String {
    match model {
        Model::Hh => crate::t!("bio-model-hh"),
        Model::Lif => crate::t!("bio-model-lif"),
    }
}

/// The stimulus shape's name in words (the menu's options).
pub fn stimulus_name(stimulus: Stimulus) -> String {
    match stimulus {
        Stimulus::Pulse => crate::t!("bio-stimulus-pulse"),
        Stimulus::PairedPulse => crate::t!("bio-stimulus-paired"),
        Stimulus::Train => crate::t!("bio-stimulus-train"),
        Stimulus::Step => crate::t!("bio-stimulus-step"),
    }
}
