//! The neuron's forward pass against the lesson's worked example and its invariants.

use neuron_core::explorer::{EXAMPLE_BIAS, EXAMPLE_INPUTS, EXAMPLE_WEIGHTS};
use neuron_core::neuron::{MAX_INPUTS, Quantity};
use neuron_core::params::{BIAS, INPUT, WEIGHT};
use neuron_core::{Activation, Neuron, NeuronError};
use proptest::prelude::*;

fn example() -> Neuron {
    Neuron::new(EXAMPLE_WEIGHTS.to_vec(), EXAMPLE_BIAS, Activation::Sigmoid).unwrap()
}

#[test]
fn the_worked_example_gives_0_7231() {
    let e = example().evaluate(&EXAMPLE_INPUTS).unwrap();
    // 0.5×0.4 = 0.2; 0.3×(−0.2) = −0.06; 0.8×0.9 = 0.72
    let expected = [0.2, -0.06, 0.72];
    for (c, x) in e.contributions.iter().zip(expected) {
        assert!((c - x).abs() < 1e-12);
    }
    // z = 0.2 − 0.06 + 0.72 + 0.1 = 0.96
    assert!((e.pre_activation - 0.96).abs() < 1e-12);
    assert_eq!(format!("{:.4}", e.output), "0.7231");
    assert!((e.slope - e.output * (1.0 - e.output)).abs() < 1e-15);
}

#[test]
fn and_gate_from_a_step_neuron() {
    // w = (1, 1), b = −1.5: fires only when both inputs are 1.
    let and = Neuron::new(vec![1.0, 1.0], -1.5, Activation::Step).unwrap();
    for (x, y) in [
        ([0.0, 0.0], 0.0),
        ([0.0, 1.0], 0.0),
        ([1.0, 0.0], 0.0),
        ([1.0, 1.0], 1.0),
    ] {
        assert_eq!(and.output(&x).unwrap(), y);
    }
    let or = Neuron::new(vec![1.0, 1.0], -0.5, Activation::Step).unwrap();
    for (x, y) in [
        ([0.0, 0.0], 0.0),
        ([0.0, 1.0], 1.0),
        ([1.0, 0.0], 1.0),
        ([1.0, 1.0], 1.0),
    ] {
        assert_eq!(or.output(&x).unwrap(), y);
    }
}

#[test]
fn bad_construction_is_rejected_with_a_reason() {
    assert_eq!(
        Neuron::new(vec![], 0.0, Activation::Relu),
        Err(NeuronError::InputCountOutOfRange(0))
    );
    assert_eq!(
        Neuron::new(vec![0.0; MAX_INPUTS + 1], 0.0, Activation::Relu),
        Err(NeuronError::InputCountOutOfRange(MAX_INPUTS + 1))
    );
    let err = Neuron::new(vec![0.1, f64::NAN], 0.0, Activation::Relu).unwrap_err();
    assert_eq!(err, NeuronError::NonFinite(Quantity::Weight(1)));
    assert_eq!(
        Neuron::new(vec![0.1], f64::INFINITY, Activation::Relu),
        Err(NeuronError::NonFinite(Quantity::Bias))
    );
}

#[test]
fn bad_inputs_are_rejected_never_propagated() {
    let n = example();
    assert_eq!(
        n.output(&[0.5, f64::NAN, 0.1]),
        Err(NeuronError::NonFinite(Quantity::Input(1)))
    );
    assert_eq!(
        n.output(&[0.5]),
        Err(NeuronError::InputCountMismatch {
            expected: 3,
            got: 1
        })
    );
    let huge = Neuron::new(vec![f64::MAX, f64::MAX], 0.0, Activation::Sigmoid).unwrap();
    assert_eq!(
        huge.evaluate(&[f64::MAX, f64::MAX]),
        Err(NeuronError::Overflow)
    );
}

fn in_range_neuron() -> impl Strategy<Value = (Vec<f64>, Vec<f64>, f64, usize)> {
    (1..=MAX_INPUTS).prop_flat_map(|n| {
        (
            prop::collection::vec(INPUT.min..=INPUT.max, n),
            prop::collection::vec(WEIGHT.min..=WEIGHT.max, n),
            BIAS.min..=BIAS.max,
            0..Activation::ALL.len(),
        )
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]

    #[test]
    fn every_in_range_neuron_evaluates_to_finite_numbers((x, w, b, a) in in_range_neuron()) {
        let n = Neuron::new(w.clone(), b, Activation::ALL[a]).unwrap();
        let e = n.evaluate(&x).unwrap();
        let z: f64 = x.iter().zip(&w).map(|(x, w)| x * w).sum::<f64>() + b;
        prop_assert!((e.pre_activation - z).abs() < 1e-12);
        prop_assert!(e.output.is_finite() && e.slope.is_finite());
        prop_assert_eq!(e.output, Activation::ALL[a].apply(z));
    }
}

#[test]
fn synapse_kind_follows_the_weight_sign() {
    use neuron_core::neuron::SynapseKind;
    assert_eq!(SynapseKind::of(0.4), SynapseKind::Excitatory);
    assert_eq!(SynapseKind::of(-0.2), SynapseKind::Inhibitory);
    assert_eq!(SynapseKind::of(0.0), SynapseKind::Silent);
    assert_eq!(SynapseKind::of(-0.0), SynapseKind::Silent);
}
