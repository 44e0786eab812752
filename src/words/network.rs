//! The layers widget: its losses and learning rules.

use neuron_core::network::{LearningRule, Loss};

/// A loss's name: "Cross-entropy".
pub fn loss_name(l: Loss) -> String {
    match l {
        Loss::CrossEntropy => crate::t!("core-loss-cross-entropy"),
        Loss::SquaredError => crate::t!("core-loss-squared"),
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
