//! The explorer's reactive wiring, natively: drive the signal through the model's methods and
//! check that every memo the components read follows.

use leptos::prelude::*;
use neuron_core::params::WEIGHT;
use neuron_core::{Activation, ExplorerState};
use neuron_lab::explorer::ExplorerModel;

/// The page's English words (the catalogue the browser would fetch).
fn english() {
    neuron_lab::i18n::install("en", include_str!("../locales/en.ftl"));
}

fn with_model(test: impl FnOnce(ExplorerModel)) {
    let owner = Owner::new();
    owner.set();
    test(ExplorerModel::new(ExplorerState::example()));
}

fn sigmoid(z: f64) -> f64 {
    1.0 / (1.0 + (-z).exp())
}

#[test]
fn the_example_shows_its_numbers() {
    english();
    with_model(|m| {
        let eq = m.equation.get().expect("the example evaluates");
        assert_eq!(eq.output, "0.7231");
        assert_eq!(eq.pre_activation, "0.96");
        assert_eq!(
            m.curve.get().point.0,
            m.evaluation.get().unwrap().pre_activation
        );
    });
}

#[test]
fn a_weight_change_reaches_output_equation_curve_and_query() {
    english();
    with_model(|m| {
        m.set_weight(0, 1.5);
        // z = 0.5×1.5 + 0.3×(−0.2) + 0.8×0.9 + 0.1 = 1.51
        let z = 0.5 * 1.5 - 0.06 + 0.72 + 0.1;
        let e = m.evaluation.get().unwrap();
        assert!((e.pre_activation - z).abs() < 1e-12);
        assert_eq!(
            m.equation.get().unwrap().output,
            format!("{:.4}", sigmoid(z))
        );
        assert_eq!(m.equation.get().unwrap().terms[0].weight, "1.5");
        assert!((m.curve.get().point.1 - sigmoid(z)).abs() < 1e-12);
        assert!(m.query().contains("w=1.5,-0.2,0.9"));
    });
}

#[test]
fn out_of_range_values_are_clamped_by_the_model() {
    english();
    with_model(|m| {
        m.set_weight(1, -40.0);
        assert_eq!(m.weight(1), WEIGHT.min);
        m.set_bias(f64::NAN);
        assert_eq!(
            m.bias(),
            0.0,
            "NaN becomes the default, never reaches the memos"
        );
        assert!(m.evaluation.get().is_ok());
    });
}

#[test]
fn the_activation_picker_changes_symbol_curve_and_output() {
    english();
    with_model(|m| {
        m.set_activation(Activation::Relu);
        let eq = m.equation.get().unwrap();
        assert_eq!(eq.symbol, "ReLU");
        assert_eq!(eq.output, "0.9600");
        assert_eq!(m.curve.get().activation, Activation::Relu);
        assert!(m.query().ends_with("f=relu"));
    });
}

#[test]
fn adding_and_removing_inputs_keeps_rows_and_terms_in_step() {
    english();
    with_model(|m| {
        m.add_input();
        assert_eq!(m.input_count(), 4);
        assert_eq!(m.equation.get().unwrap().terms.len(), 4);
        assert_eq!(
            m.equation.get().unwrap().output,
            "0.7231",
            "a new input starts silent"
        );
        m.set_weight(3, 1.0);
        m.remove_input(0);
        assert_eq!(m.input_count(), 3);
        assert_eq!(m.weight(2), 1.0, "the rows after the removed one move up");
        assert_eq!(
            m.weight(7),
            WEIGHT.default,
            "a stale row reads a default, never panics"
        );
        while m.can_remove_input() {
            m.remove_input(0);
        }
        assert_eq!(m.input_count(), 1);
        m.remove_input(0);
        assert_eq!(m.input_count(), 1, "the last input stays");
    });
}

#[test]
fn reset_returns_to_the_start_and_example_loads_the_lesson() {
    english();
    let owner = Owner::new();
    owner.set();
    let start = ExplorerState::from_query("v=1&x=1&w=2&b=-1&f=tanh").state;
    let m = ExplorerModel::new(start.clone());
    m.set_weight(0, -3.0);
    m.set_activation(Activation::Step);
    m.reset();
    assert_eq!(m.state.get(), start);
    m.load_example();
    assert_eq!(m.equation.get().unwrap().output, "0.7231");
}

#[test]
fn highlighting_follows_the_learner_and_clears_on_removal() {
    english();
    with_model(|m| {
        m.highlighted.set(Some(2));
        m.remove_input(2);
        assert_eq!(m.highlighted.get(), None);
    });
}
