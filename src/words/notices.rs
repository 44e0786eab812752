//! What had to be corrected in a link's settings, for the page's notices.

use neuron_core::bio::sweep::{ProtocolField, ProtocolProblem};
use neuron_core::boundary::BoundaryField;
use neuron_core::explorer::ExplorerNotice;
use neuron_core::network_state::NetworkField;
use neuron_core::neuron::{MAX_INPUTS, MIN_INPUTS};

use crate::i18n::trimmed;

/// A correction to the link's explorer state.
pub fn explorer_notice(n: &ExplorerNotice) -> String {
    match n {
        ExplorerNotice::Version(None) => crate::t!("notice-explorer-no-version"),
        ExplorerNotice::Version(Some(v)) => crate::t!("notice-explorer-version", version = v),
        ExplorerNotice::Lists => {
            crate::t!("notice-explorer-lists", min = MIN_INPUTS, max = MAX_INPUTS)
        }
        ExplorerNotice::OutOfRange { quantity, value } => crate::t!(
            "notice-explorer-out-of-range",
            quantity = super::quantity(*quantity),
            value = trimmed(*value, 6),
        ),
        ExplorerNotice::NotANumber {
            quantity,
            text,
            default,
        } => crate::t!(
            "notice-explorer-not-a-number",
            quantity = super::quantity(*quantity),
            text = text,
            default = trimmed(*default, 6),
        ),
        ExplorerNotice::UnknownActivation(id) => {
            crate::t!("notice-explorer-activation", id = id)
        }
    }
}

/// A decision-boundary setting the link's value could not be read for.
pub fn boundary_notice(field: BoundaryField) -> String {
    let field = match field {
        BoundaryField::Rule => "rule",
        BoundaryField::Activation => "activation",
        BoundaryField::Product => "product",
        BoundaryField::Weights => "weights",
        BoundaryField::Bias => "bias",
        BoundaryField::LearningRate => "rate",
        BoundaryField::Noise => "noise",
        BoundaryField::Seed => "seed",
        BoundaryField::Points => "points",
        BoundaryField::Data => "data",
    };
    crate::t!("notice-boundary-unreadable", field = field)
}

/// A layers-widget setting the link's value could not be read for.
pub fn network_notice(field: NetworkField) -> String {
    let field = match field {
        NetworkField::Seed => "seed",
        NetworkField::Architecture => "architecture",
        NetworkField::HiddenActivation => "hidden",
        NetworkField::OutputActivation => "output",
        NetworkField::Loss => "loss",
        NetworkField::Rule => "rule",
        NetworkField::LearningRate => "rate",
        NetworkField::Regularisation => "regularisation",
        NetworkField::BatchSize => "batch",
        NetworkField::Data => "data",
        NetworkField::Noise => "noise",
        NetworkField::Weights => "weights",
        NetworkField::Regulariser => "regulariser",
        NetworkField::Points => "points",
        NetworkField::Features => "features",
        NetworkField::TrainShare => "split",
        NetworkField::Dale => "dale",
        NetworkField::View => "view",
    };
    crate::t!("notice-network-unreadable", field = field)
}

/// A biological-neuron setting the link's value could not be used as given for.
pub fn protocol_notice(problem: ProtocolProblem) -> String {
    let field = |f: ProtocolField| match f {
        ProtocolField::Model => "model",
        ProtocolField::Stimulus => "stimulus",
        ProtocolField::Amplitude => "amplitude",
        ProtocolField::Width => "width",
        ProtocolField::Interval => "interval",
        ProtocolField::Noise => "noise",
        ProtocolField::Seed => "seed",
    };
    match problem {
        ProtocolProblem::Unreadable(f) => crate::t!("notice-biolab-unreadable", field = field(f)),
        ProtocolProblem::Clamped(f) => crate::t!("notice-biolab-clamped", field = field(f)),
    }
}
