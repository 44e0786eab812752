//! The layers widget's challenges: the smallest network for the circle, and learning without
//! backpropagation.

use leptos::prelude::*;
use neuron_core::challenge::{self, Challenge};

use super::model::NetModel;
use crate::activity::{ChallengeCard, challenge_list};

pub fn layers_challenges(model: NetModel) -> impl IntoView {
    let accuracy = Memo::new(move |_| model.metrics.with(|m| m.test_accuracy));
    let small = Memo::new(move |_| {
        model
            .state
            .with(|s| challenge::small_network(s, accuracy.get()))
    });
    let no_backprop = Memo::new(move |_| {
        model
            .state
            .with(|s| challenge::no_backprop(s, accuracy.get()))
    });
    // A card only where the page offers its challenge (its controls neither hidden nor locked).
    let offers = |c| super::PAGE.offers(c);
    challenge_list(
        &super::PAGE,
        view! {
            {offers(Challenge::SmallNetwork).then(|| view! {
                <ChallengeCard challenge=Challenge::SmallNetwork check=small />
            })}
            {offers(Challenge::NoBackprop).then(|| view! {
                <ChallengeCard challenge=Challenge::NoBackprop check=no_backprop />
            })}
        },
    )
}
