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
    // A card only where the page offers its challenge (its controls neither hidden nor locked);
    // without the training buttons, words that name them give way.
    let offers = |c| super::PAGE.offers(c);
    let no_training = !crate::widgets::usable(&super::page::TRAINING);
    challenge_list(
        &super::PAGE,
        view! {
            {offers(Challenge::AndByHand).then(|| view! {
                <ChallengeCard
                    challenge=Challenge::AndByHand
                    check=and
                    setup=no_training.then(|| crate::t!("challenge-and-by-hand-setup-no-reset"))
                />
            })}
            {offers(Challenge::XorOneNeuron).then(|| view! {
                <ChallengeCard
                    challenge=Challenge::XorOneNeuron
                    check=xor
                    hint=no_training.then(|| crate::t!("challenge-xor-one-neuron-hint-by-hand"))
                />
            })}
            {offers(Challenge::BlowUp).then(|| view! {
                <ChallengeCard challenge=Challenge::BlowUp check=blow_up />
            })}
        },
    )
}
