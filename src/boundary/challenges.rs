//! The boundary widget's challenges: separate AND by hand, XOR with one neuron, and a blow-up
//! caught and recovered from.

use leptos::prelude::*;
use neuron_core::challenge::{self, Challenge};
use neuron_core::training::Stop;

use super::model::{BoundaryModel, Outcome};
use crate::activity::{ChallengeCard, challenge_list};

pub fn boundary_challenges(model: BoundaryModel) -> impl IntoView {
    let s = model.state;
    let trained = Memo::new(move |_| model.trainer.with(|t| t.epoch > 0 || t.next_example > 0));
    let and = Memo::new(move |_| s.with(|s| challenge::and_by_hand(s, trained.get())));
    let xor = Memo::new(move |_| s.with(challenge::xor_one_neuron));
    // A divergence seen at any time in this visit.
    let diverged = RwSignal::new(false);
    crate::runtime::effect(Box::new(move || {
        if model.outcome.get() == Some(Outcome::Stopped(Stop::Diverged)) {
            diverged.set(true);
        }
    }));
    let blow_up = Memo::new(move |_| {
        let reported = model.outcome.get() == Some(Outcome::Stopped(Stop::Diverged));
        s.with(|s| challenge::blow_up(diverged.get(), reported, s.params()))
    });
    challenge_list(view! {
        <ChallengeCard challenge=Challenge::AndByHand check=and />
        <ChallengeCard challenge=Challenge::XorOneNeuron check=xor />
        <ChallengeCard challenge=Challenge::BlowUp check=blow_up />
    })
}
