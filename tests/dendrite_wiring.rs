//! The dendrite widget's wiring, natively: the truth table, the gate and the shown run follow the
//! parameters and the chosen pattern; edits are clamped; the URL form round-trips.

use leptos::prelude::*;
use neuron_core::bio::dendrite::{DendriteKind, DendriteParams, Gate};
use neuron_core::query::build_query;
use neuron_lab::dendrite::{DendriteModel, read_link};
use neuron_lab::widgets::{Link, UrlPart};

/// The page's English words (the catalogue the browser would fetch).
fn english() {
    neuron_lab::i18n::install("en", include_str!("../locales/en.ftl"));
}

/// The pattern a link without one opens.
fn default_pattern() -> usize {
    read_link(&Link::new(""), &mut Vec::new()).1
}

fn model() -> DendriteModel {
    let owner = Owner::new();
    owner.set();
    std::mem::forget(owner);
    DendriteModel::new(DendriteParams::default(), default_pattern())
}

#[test]
fn the_table_and_gate_follow_the_parameters() {
    english();
    let m = model();
    assert_eq!(m.table.get(), [false, true, true, false]);
    assert_eq!(m.gate.get(), Gate::Xor);
    m.edit(|p| p.tau = 4.0);
    assert_eq!(m.gate.get(), Gate::Or);
    m.edit(|p| {
        p.tau = 2.0;
        p.strength = 0.75;
    });
    assert_eq!(m.gate.get(), Gate::And);
    m.edit(|p| p.kind = DendriteKind::Monotonic);
    assert_ne!(m.gate.get(), Gate::Xor);
}

#[test]
fn the_shown_run_follows_the_pattern() {
    english();
    let m = model();
    assert!(m.run.get().fired(), "one input fires the soma");
    m.pattern.set(3);
    assert_eq!(m.run.get().inputs, [true, true]);
    assert!(!m.run.get().fired(), "both inputs do not");
}

#[test]
fn edits_are_clamped_and_never_nan() {
    english();
    let m = model();
    m.edit(|p| {
        p.theta = f64::NAN;
        p.strength = f64::INFINITY;
        p.tau = -3.0;
    });
    let p = m.params.get();
    assert!(p.is_valid(), "{p:?}");
    assert!(
        m.curve
            .get()
            .iter()
            .all(|(i, a)| i.is_finite() && a.is_finite())
    );
}

#[test]
fn the_pattern_round_trips_through_the_url() {
    english();
    let m = model();
    m.pattern.set(2);
    let mut pairs = Vec::new();
    m.write(&mut pairs);
    let query = format!(
        "v=1&{}",
        build_query(pairs.iter().map(|(k, v)| (k.as_str(), v.clone())))
    );
    let pattern = |fragment: &str| {
        let mut notices = Vec::new();
        let (_, p) = read_link(&Link::new(fragment), &mut notices);
        (p, notices.len())
    };
    assert_eq!(pattern(&query), (2, 0));
    assert_eq!(
        pattern("v=1&dd-p=9"),
        (default_pattern(), 1),
        "not a pattern"
    );
    assert_eq!(pattern("v=1&dd-p=x"), (default_pattern(), 1));
    assert_eq!(pattern("v=1"), (default_pattern(), 0));
}
