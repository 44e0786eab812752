//! The decision-boundary widget's reactive wiring, natively: training writes the weights back
//! into the one state signal, the memos follow, and setup changes restart the history.

use leptos::prelude::*;
use neuron_core::Activation;
use neuron_core::boundary::BoundaryState;
use neuron_core::dataset::Preset;
use neuron_core::training::{Rule, Stop};
use neuron_lab::boundary::{BoundaryModel, Outcome};

/// The page's English words (the catalogue the browser would fetch).
fn english() {
    neuron_lab::i18n::install("en", include_str!("../locales/en.ftl"));
}

fn model() -> BoundaryModel {
    let owner = Owner::new();
    owner.set();
    std::mem::forget(owner); // keep the reactive owner alive for the test's signals
    BoundaryModel::new(BoundaryState::default())
}

#[test]
fn training_moves_the_weights_and_the_memos_follow() {
    english();
    let m = model();
    assert_eq!(
        m.correct.get(),
        3,
        "the default line gets 3 of the 4 AND points"
    );
    let before = m.state.with(|s| s.params().clone());
    let (ran, stop) = m.train_epochs(5000);
    assert_eq!(stop, Some(Stop::AllCorrect));
    assert!(ran > 0);
    assert_ne!(m.state.with(|s| s.params().clone()), before);
    assert_eq!(m.correct.get(), 4);
    assert_eq!(m.trainer.with(|t| t.history.len()), ran + 1);
    assert_eq!(m.outcome.get(), Some(Outcome::Stopped(Stop::AllCorrect)));
    assert!(
        m.description
            .get()
            .ends_with("4 of 4 points are classified correctly.")
    );
}

#[test]
fn a_blow_up_pauses_and_the_run_start_can_be_restored() {
    english();
    let m = model();
    m.set_preset(Preset::Blobs);
    m.set_rule(Rule::SquaredError);
    m.set_activation(Activation::Linear);
    m.set_learning_rate(30.0);
    let start = m.state.with(|s| s.params().clone());
    m.run_start.set_value(Some(start.clone()));
    m.playing.set(true);
    let (_, stop) = m.train_epochs(100);
    assert_eq!(stop, Some(Stop::Diverged));
    assert!(!m.playing.get(), "training paused");
    assert!(m.state.with(|s| s.params().is_sane()));
    m.restore_run_start();
    assert_eq!(m.state.with(|s| s.params().clone()), start);
}

#[test]
fn changing_the_data_restarts_the_history_but_dragging_does_not() {
    english();
    let m = model();
    m.set_preset(Preset::Circle); // one neuron cannot finish it, so all 3 epochs run
    m.train_epochs(3);
    assert_eq!(m.trainer.with(|t| t.epoch), 3);
    m.set_bias(0.4);
    assert_eq!(
        m.trainer.with(|t| t.epoch),
        3,
        "a hand edit keeps the history"
    );
    m.set_preset(Preset::Xor);
    assert_eq!(m.trainer.with(|t| t.epoch), 0);
    assert_eq!(m.points.get().len(), 4);
    m.add_point(0.5, 0.5);
    assert_eq!(m.points.get().len(), 5);
    assert!(m.remove_point_near(0.5, 0.5, 0.01));
    assert!(!m.load_csv("0,0,7"));
    assert_eq!(
        m.data_message.get().as_deref(),
        Some("Nothing loaded. Line 1: the label must be 0 or 1")
    );
    assert_eq!(m.points.get().len(), 4, "a bad file changes nothing");
}

#[test]
fn one_example_keeps_its_numbers_and_applies_its_update() {
    english();
    let m = model();
    m.step_example();
    let (point, step) = m.last_step.get().expect("a step was taken");
    assert_eq!((point.x1, point.x2, point.label), (0.0, 0.0, false));
    assert_eq!(m.state.with(|s| s.bias()), step.updated.bias);
    m.set_weight(0, 1.0);
    assert!(
        m.last_step.get().is_none(),
        "a hand edit clears the step display"
    );
}
