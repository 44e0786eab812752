//! The layers widget: its losses and learning rules.

use neuron_core::network::{LearningRule, Loss};

/// A loss's name: "Cross-entropy".
pub fn loss_name(l: Loss) -> String {
    match l {
        Loss::CrossEntropy => crate::t!("core-loss-cross-entropy"),
        Loss::SquaredError => crate::t!("core-loss-squared"),
    }
}

/// A regulariser's name: "L1", "L2".
pub fn regulariser_name(r: neuron_core::network::Regulariser) -> String {
    match r {
        neuron_core::network::Regulariser::L1 => crate::t!("layers-regulariser-l1"),
        neuron_core::network::Regulariser::L2 => crate::t!("layers-regulariser-l2"),
    }
}

/// How the error reaches the hidden layers: "Backpropagation".
pub fn learning_rule_name(r: LearningRule) -> String {
    match r {
        LearningRule::Backprop => crate::t!("core-learning-rule-backprop"),
        LearningRule::FeedbackAlignment => crate::t!("core-learning-rule-fa"),
        LearningRule::DirectFeedbackAlignment => crate::t!("core-learning-rule-dfa"),
    }
}

/// Where the network answers class 1, in words: "It answers class 1 in the centre and the top
/// edge (23% of the plane), class 0 elsewhere."
pub fn plane_regions(r: &neuron_core::regions::PlaneRegions) -> String {
    let share = crate::i18n::fixed(r.share * 100.0, 0);
    match r.class_one.len() {
        0 => crate::t!("core-regions-none"),
        9 => crate::t!("core-regions-all"),
        _ => crate::t!(
            "core-regions-some",
            regions = region_names(r),
            share = share
        ),
    }
}

/// The regions of `r` where its class holds, in words: "the centre, the top edge".
pub fn region_names(r: &neuron_core::regions::PlaneRegions) -> String {
    use neuron_core::regions::Region;
    let names: Vec<String> = r
        .class_one
        .iter()
        .map(|region| match region {
            Region::TopLeft => crate::t!("core-region-top-left"),
            Region::Top => crate::t!("core-region-top"),
            Region::TopRight => crate::t!("core-region-top-right"),
            Region::Left => crate::t!("core-region-left"),
            Region::Centre => crate::t!("core-region-centre"),
            Region::Right => crate::t!("core-region-right"),
            Region::BottomLeft => crate::t!("core-region-bottom-left"),
            Region::Bottom => crate::t!("core-region-bottom"),
            Region::BottomRight => crate::t!("core-region-bottom-right"),
        })
        .collect();
    names.join(&crate::t!("core-list-separator"))
}
