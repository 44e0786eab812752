//! The decision-boundary widget: its learning rules, the plane's text alternative, and why
//! training stopped.

use neuron_core::boundary::{BoundaryShape, PlaneDescription, StopReport};
use neuron_core::training::Rule;

use crate::i18n::fixed;

/// A learning rule's name: "Perceptron rule".
pub fn rule_name(r: Rule) -> String {
    match r {
        Rule::Perceptron => crate::t!("core-rule-perceptron"),
        Rule::Logistic => crate::t!("core-rule-logistic"),
        Rule::SquaredError => crate::t!("core-rule-squared"),
    }
}

/// The plane's text alternative: the boundary, and how many points are right.
pub fn plane_description(d: &PlaneDescription) -> String {
    let (correct, total) = (d.correct, d.total);
    match d.boundary {
        BoundaryShape::Curve => crate::t!("core-plane-curve", correct = correct, total = total),
        BoundaryShape::Flat => crate::t!("core-plane-flat", correct = correct, total = total),
        BoundaryShape::Line { x1, x2 } => {
            // Where the line crosses an axis, or "none" (the message's selector).
            let at = |v: Option<f64>| v.map_or_else(|| "none".to_string(), |v| fixed(v, 2));
            crate::t!(
                "core-plane-line",
                x1 = at(x1),
                x2 = at(x2),
                correct = correct,
                total = total,
            )
        }
    }
}

/// What to tell the learner when training stops.
pub fn stop_report(report: StopReport) -> String {
    match report {
        StopReport::AllCorrect { epochs } => crate::t!("core-stop-all-correct", epochs = epochs),
        StopReport::Diverged => crate::t!("core-stop-diverged"),
        StopReport::PlateauXor { correct, total } => {
            crate::t!("core-stop-plateau-xor", correct = correct, total = total)
        }
        StopReport::PlateauCircle { correct, total } => {
            crate::t!("core-stop-plateau-circle", correct = correct, total = total)
        }
        StopReport::Plateau { correct, total } => {
            crate::t!("core-stop-plateau", correct = correct, total = total)
        }
    }
}
