//! The layers widget's announcer, natively: what a learner who cannot see the curves hears while
//! the network trains (a sentence at each accuracy milestone, not each epoch) and when it pauses.

use leptos::prelude::*;
use neuron_core::network_state::NetworkState;
use neuron_lab::network::{NetModel, training_outcome};

fn english() {
    neuron_lab::i18n::install("en", include_str!("../locales/en.ftl"));
}

fn model() -> NetModel {
    let owner = Owner::new();
    owner.set();
    std::mem::forget(owner); // keep the reactive owner alive for the test's signals
    NetModel::new(NetworkState::default())
}

#[test]
fn training_is_told_at_milestones_and_at_the_pause() {
    english();
    let m = model();
    let outcome = training_outcome(m);
    assert!(
        outcome.get().starts_with("Epoch 0: test accuracy"),
        "{}",
        outcome.get()
    );
    m.playing.set(true);
    let mut heard = vec![outcome.get()];
    assert!(heard[0].starts_with("Training, epoch 0:"), "{}", heard[0]);
    for _ in 0..1500 {
        m.train_epochs(1);
        let now = outcome.get();
        if heard.last() != Some(&now) {
            heard.push(now);
        }
    }
    // A handful of sentences for 1500 epochs: one per milestone first reached, never one per
    // epoch, and never the same milestone twice (the accuracy wavers across them).
    assert!((2..=6).contains(&heard.len()), "{heard:#?}");
    let percent = |s: &str| -> f64 {
        let at = s.find("test accuracy ").unwrap() + "test accuracy ".len();
        s[at..s[at..].find('%').unwrap() + at].parse().unwrap()
    };
    let levels: Vec<usize> = heard[1..]
        .iter()
        .map(|s| neuron_core::milestone::milestones_reached(percent(s) / 100.0))
        .collect();
    assert!(levels.windows(2).all(|w| w[0] < w[1]), "{heard:#?}");
    m.playing.set(false);
    let paused = outcome.get();
    let accuracy = (m.metrics.get().test_accuracy * 100.0).round();
    assert_eq!(
        paused,
        format!(
            "Epoch 1500: test accuracy {accuracy}%, test loss {:.3}.",
            m.metrics.get().test_loss
        )
    );
}
