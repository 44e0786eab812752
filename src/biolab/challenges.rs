//! The biological lab's challenges: find the threshold, the refractory period and 50 Hz in the
//! recording; weaken a synapse by pairing; find the longest delay that still fires. The
//! verdicts are `neuron_core::challenge`'s; this file only feeds them the widgets' state.

use leptos::prelude::*;
use neuron_core::bio::sweep::{Model, Stimulus};
use neuron_core::challenge::{self, Challenge};

use super::model::BioModel;
use super::plasticity::Pairing;
use super::timing::Coincidence;
use crate::activity::{ChallengeCard, challenge_list};

/// The recording's three challenges.
pub fn primer_challenges(model: BioModel) -> impl IntoView {
    let p = model.protocol;
    // The model's own threshold for a 1 ms pulse: found once, when first needed.
    let threshold = Memo::new(|_| challenge::pulse_threshold(1.0));
    let at_threshold = Memo::new(move |_| {
        let pr = p.get();
        let set_up = pr.model == Model::Hh && pr.stimulus == Stimulus::Pulse;
        challenge::threshold(&pr, if set_up { threshold.get() } else { f64::NAN })
    });
    // The shortest interval depends only on the pulses, not on the interval being tried.
    let pulses = Memo::new(move |_| {
        let pr = p.get();
        (pr.model == Model::Hh && pr.stimulus == Stimulus::PairedPulse && pr.noise == 0.0)
            .then_some((pr.amplitude, pr.width))
    });
    let shortest = Memo::new(move |_| {
        pulses
            .get()
            .and_then(|_| challenge::shortest_second_spike(&p.get_untracked()))
    });
    let refractory = Memo::new(move |_| challenge::refractory(&p.get(), shortest.get()));
    let fifty = Memo::new(move |_| challenge::fire_50(&p.get()));
    // A card only where the page offers its challenge (its controls neither hidden nor locked).
    let offers = |c| super::NEURON.offers(c);
    challenge_list(
        &super::NEURON,
        view! {
            {offers(Challenge::Threshold).then(|| view! {
                <ChallengeCard challenge=Challenge::Threshold check=at_threshold />
            })}
            {offers(Challenge::Refractory).then(|| view! {
                <ChallengeCard challenge=Challenge::Refractory check=refractory />
            })}
            {offers(Challenge::Fire50).then(|| view! {
                <ChallengeCard challenge=Challenge::Fire50 check=fifty />
            })}
        },
    )
}

/// Weaken the synapse.
pub fn bridge_challenges(pairing: Pairing) -> impl IntoView {
    let check = Memo::new(move |_| challenge::weaken_synapse(pairing.weight()));
    challenge_list(
        &super::BRIDGE,
        view! { <ChallengeCard challenge=Challenge::WeakenSynapse check=check /> },
    )
}

/// Just in time.
pub fn timing_challenges(setup: Coincidence) -> impl IntoView {
    let longest = Memo::new(move |_| challenge::longest_coincidence(setup.strength.get()));
    let check = Memo::new(move |_| {
        challenge::just_in_time(setup.delay.get(), setup.strength.get(), longest.get())
    });
    challenge_list(
        &super::TIMING,
        view! { <ChallengeCard challenge=Challenge::JustInTime check=check /> },
    )
}
