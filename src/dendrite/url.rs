//! The dendrite's part of the URL: the `dd-` keys (its parameters and the pattern shown).

use leptos::prelude::*;
use neuron_core::bio::dendrite::{DendriteField, DendriteParams, PATTERNS, UrlProblem};
use neuron_core::query::get;

use super::DendriteModel;
use crate::widgets::{Link, UrlPart};

/// The pattern shown at first: one input on, (x₁, x₂) = (0, 1).
pub const DEFAULT_PATTERN: usize = 1;
/// The URL key of the pattern shown.
const PATTERN_KEY: &str = "dd-p";

/// The parameters and the pattern a link describes (the defaults for a link of another
/// version), with a notice for each value corrected.
pub fn read(link: &Link, notices: &mut Vec<String>) -> (DendriteParams, usize) {
    if !link.current() {
        return (DendriteParams::default(), DEFAULT_PATTERN);
    }
    let params = link.read(notices, DendriteParams::from_pairs, notice);
    let pattern = pattern_from_pairs(&link.pairs).unwrap_or_else(|| {
        notices.push(crate::t!("notice-dendrite-pattern"));
        DEFAULT_PATTERN
    });
    (params, pattern)
}

/// The pattern shown, read from URL pairs: `None` if the value is there but not a pattern.
fn pattern_from_pairs(pairs: &[(String, String)]) -> Option<usize> {
    match get(pairs, PATTERN_KEY) {
        None => Some(DEFAULT_PATTERN),
        Some(v) => v
            .trim()
            .parse::<usize>()
            .ok()
            .filter(|p| *p < PATTERNS.len()),
    }
}

/// A dendrite value the link could not use, in words.
fn notice(problem: UrlProblem) -> String {
    let field = |f: DendriteField| match f {
        DendriteField::Kind => "kind",
        DendriteField::Theta => "theta",
        DendriteField::Tau => "tau",
        DendriteField::Strength => "strength",
    };
    match problem {
        UrlProblem::Unreadable(f) => crate::t!("notice-dendrite-unreadable", field = field(f)),
        UrlProblem::Clamped(f) => crate::t!("notice-dendrite-clamped", field = field(f)),
    }
}

impl UrlPart for DendriteModel {
    fn write(&self, pairs: &mut Vec<(String, String)>) {
        pairs.extend(self.params.with(DendriteParams::query_pairs));
        pairs.push((PATTERN_KEY.to_string(), self.pattern.get().to_string()));
    }

    fn track(&self) {
        self.params.track();
        self.pattern.track();
    }

    fn apply(&self, link: &Link, notices: &mut Vec<String>) {
        let (params, pattern) = read(link, notices);
        self.params.set(params.clamped());
        self.pattern.set(pattern);
    }
}
