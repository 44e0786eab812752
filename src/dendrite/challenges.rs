//! The dendrite's challenge: turn its XOR into AND.

use leptos::prelude::*;
use neuron_core::challenge::{self, Challenge};

use super::model::DendriteModel;
use crate::activity::{ChallengeCard, challenge_list};

pub fn dendrite_challenges(model: DendriteModel) -> impl IntoView {
    let check = Memo::new(move |_| model.params.with(challenge::dendrite_and));
    // Its one card, where the page offers it: `challenge_list` leaves the list out otherwise.
    challenge_list(
        &super::PAGE,
        view! { <ChallengeCard challenge=Challenge::DendriteAnd check=check /> },
    )
}
