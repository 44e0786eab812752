//! The decision-boundary widget: its learning rules, the plane's text alternative, and why
//! training stopped.

use neuron_core::boundary::{BoundaryShape, PlaneDescription, StopReport};
use neuron_core::dataset::Point;
use neuron_core::training::Rule;

use crate::i18n::{fixed, trimmed};

/// A learning rule's name: "Perceptron rule".
pub fn rule_name(r: Rule) -> String {
    match r {
        Rule::Perceptron => crate::t!("core-rule-perceptron"),
        Rule::Logistic => crate::t!("core-rule-logistic"),
        Rule::SquaredError => crate::t!("core-rule-squared"),
    }
}

/// The plane's text alternative: the boundary, how many points are right and which are
/// wrong, and whether the neuron is undecided (a pale plane).
pub fn plane_description(d: &PlaneDescription, wrong: &[Point]) -> String {
    let mut text = boundary_shape(d);
    if !wrong.is_empty() && wrong.len() <= LISTED_WRONG {
        text.push(' ');
        text.push_str(&crate::t!(
            "core-plane-wrong",
            n = wrong.len(),
            points = point_list(wrong)
        ));
    }
    if d.undecided {
        text.push(' ');
        text.push_str(&crate::t!("core-plane-undecided"));
    }
    text
}

/// The most wrong points a description names one by one (more are only counted).
const LISTED_WRONG: usize = 8;

/// Points as a learner reads them: "(1, 1) and (0, 0)", in the language's number form.
fn point_list(points: &[Point]) -> String {
    let items: Vec<String> = points
        .iter()
        .map(|p| format!("({}; {})", trimmed(p.x1, 2), trimmed(p.x2, 2)))
        .map(|p| {
            if crate::i18n::decimal_sign() == '.' {
                p.replace(';', ",")
            } else {
                p
            }
        })
        .collect();
    super::number_list(&items)
}

/// How many points are right and which are wrong, said after a change: "3 of 4 points right;
/// wrong: (1, 1)".
pub fn correct_spoken(correct: usize, total: usize, wrong: &[Point]) -> String {
    if wrong.is_empty() || wrong.len() > LISTED_WRONG {
        crate::t!("core-correct-spoken", correct = correct, total = total)
    } else {
        crate::t!(
            "core-correct-spoken-wrong",
            correct = correct,
            total = total,
            points = point_list(wrong)
        )
    }
}

/// The boundary's shape and the count of points right.
fn boundary_shape(d: &PlaneDescription) -> String {
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

/// The remedies a stopped run's words may offer: the controls the learner has (a shared link can
/// hide or lock them, and words must not send the learner to a control that is not there).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Remedies {
    /// The learning rate can be changed.
    pub rate: bool,
    /// The weights can be put back to where the run started.
    pub back: bool,
    /// The product feature x1·x2 can be added.
    pub feature: bool,
}

/// What to tell the learner when training stops.
pub fn stop_report(report: StopReport, can: Remedies) -> String {
    match report {
        StopReport::AllCorrect { epochs } => crate::t!("core-stop-all-correct", epochs = epochs),
        StopReport::Diverged => crate::t!(
            "core-stop-diverged",
            remedy = match (can.rate, can.back) {
                (true, true) => "both",
                (true, false) => "rate",
                _ => "back",
            }
        ),
        StopReport::PlateauXor { correct, total } => crate::t!(
            "core-stop-plateau-xor",
            correct = correct,
            total = total,
            feature = if can.feature { "yes" } else { "no" }
        ),
        StopReport::PlateauCircle { correct, total } => {
            crate::t!("core-stop-plateau-circle", correct = correct, total = total)
        }
        StopReport::Plateau { correct, total } => {
            crate::t!("core-stop-plateau", correct = correct, total = total)
        }
    }
}
