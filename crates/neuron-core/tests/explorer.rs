//! The explorer's state: editing keeps its invariants, the equation reads as in the lesson, and
//! the URL form round-trips and survives tampering.

use neuron_core::curve::ActivationCurve;
use neuron_core::explorer::{ExplorerNotice, MAX_QUOTED_CHARS};
use neuron_core::neuron::{MAX_INPUTS, MIN_INPUTS, Quantity};
use neuron_core::params::{INPUT, WEIGHT};
use neuron_core::{Activation, Equation, ExplorerState};
use proptest::prelude::*;

#[test]
fn the_example_equation_reads_as_in_the_lesson() {
    let state = ExplorerState::example();
    let eq = Equation::new(&state, &state.evaluate().unwrap());
    assert_eq!(
        eq.sum_line(),
        "z = 0.5×0.4 + 0.3×(−0.2) + 0.8×0.9 + 0.1 = 0.96"
    );
    assert_eq!(eq.output_line(), "σ(0.96) = 0.7231");
    assert_eq!(eq.terms[1].contribution, "−0.06");
}

#[test]
fn editing_clamps_and_keeps_lengths_equal() {
    let mut s = ExplorerState::example();
    s.set_weight(0, 99.0);
    assert_eq!(s.weight(0), Some(WEIGHT.max));
    s.set_input(2, f64::NAN);
    assert_eq!(s.input(2), Some(INPUT.default));
    s.set_weight(17, 1.0); // past the end: ignored
    assert_eq!(s.weights().len(), 3);
    while s.add_input() {}
    assert_eq!(s.input_count(), MAX_INPUTS);
    assert_eq!(s.weights().len(), MAX_INPUTS);
    assert_eq!(
        s.weight(MAX_INPUTS - 1),
        Some(0.0),
        "a new input starts with weight 0"
    );
    assert!(!s.remove_input(MAX_INPUTS));
    while s.remove_input(0) {}
    assert_eq!(s.input_count(), MIN_INPUTS);
    assert_eq!(s.weights().len(), MIN_INPUTS);
}

#[test]
fn adding_an_input_does_not_change_the_output() {
    let mut s = ExplorerState::example();
    let before = s.evaluate().unwrap().output;
    s.add_input();
    assert_eq!(s.evaluate().unwrap().output, before);
}

#[test]
fn the_query_of_the_example_is_readable() {
    assert_eq!(
        ExplorerState::example().to_query(),
        "v=1&x=0.5,0.3,0.8&w=0.4,-0.2,0.9&b=0.1&f=sigmoid"
    );
    let parsed = ExplorerState::from_query("");
    assert_eq!(parsed.state, ExplorerState::example());
    assert!(parsed.notices.is_empty());
}

#[test]
fn tampered_queries_give_notices_and_sane_values() {
    let p = ExplorerState::from_query("v=1&x=0.1,0.2&w=5,abc&b=1e999&f=softmax");
    assert_eq!(p.state.inputs(), &[0.1, 0.2]);
    assert_eq!(p.state.weights(), &[WEIGHT.max, WEIGHT.default]);
    assert_eq!(
        p.state.bias(),
        3.0,
        "infinity is clamped to the range's end"
    );
    assert_eq!(p.state.activation(), Activation::Sigmoid);
    assert_eq!(
        p.notices,
        [
            ExplorerNotice::OutOfRange {
                quantity: Quantity::Weight(0),
                value: WEIGHT.max
            },
            ExplorerNotice::NotANumber {
                quantity: Quantity::Weight(1),
                text: "abc".to_string(),
                default: WEIGHT.default
            },
            ExplorerNotice::OutOfRange {
                quantity: Quantity::Bias,
                value: 3.0
            },
            ExplorerNotice::UnknownActivation("softmax".to_string()),
        ]
    );

    let p = ExplorerState::from_query("v=9&x=1");
    assert_eq!(p.state, ExplorerState::example());
    assert_eq!(p.notices, [ExplorerNotice::Version(Some("9".to_string()))]);
    let p = ExplorerState::from_query("x=1");
    assert_eq!(p.notices, [ExplorerNotice::Version(None)]);

    let p = ExplorerState::from_query("v=1&x=0.1,0.2,0.3&w=1");
    assert_eq!(p.state.inputs(), ExplorerState::example().inputs());
    assert_eq!(p.notices, [ExplorerNotice::Lists]);

    let p = ExplorerState::from_query("v=1&x=0.5,zz&w=1,1");
    assert!(matches!(
        p.notices[..],
        [ExplorerNotice::NotANumber {
            quantity: Quantity::Input(1),
            ..
        }]
    ));

    let long = "9".repeat(10_000);
    let p = ExplorerState::from_query(&format!("v=1&f={long}"));
    let [ExplorerNotice::UnknownActivation(id)] = &p.notices[..] else {
        panic!("{:?}", p.notices);
    };
    assert_eq!(
        id.chars().count(),
        MAX_QUOTED_CHARS + 1,
        "a notice never repeats a huge value"
    );
}

#[test]
fn the_curve_window_holds_the_operating_point() {
    for a in Activation::ALL {
        for z in [-21.0, -6.0, -0.3, 0.0, 0.96, 7.5, 21.0, f64::NAN] {
            let c = ActivationCurve::new(a, z);
            assert!(c.window.contains(c.point), "{a:?} at {z}");
            for end in c.tangent {
                assert!(c.window.contains(end), "{a:?} tangent at {z}: {end:?}");
            }
            assert!(c.values.iter().all(|p| p.1.is_finite()));
        }
    }
    let c = ActivationCurve::new(Activation::Sigmoid, 0.96);
    assert_eq!((c.window.z_min, c.window.z_max), (-6.0, 6.0));
    assert!((c.point.1 - 0.7231).abs() < 5e-5 && !c.is_flat());
    assert!(ActivationCurve::new(Activation::Step, 0.96).is_flat());
    let tangent_slope = (c.tangent[1].1 - c.tangent[0].1) / (c.tangent[1].0 - c.tangent[0].0);
    assert!((tangent_slope - c.slope).abs() < 1e-9);
}

fn any_state() -> impl Strategy<Value = ExplorerState> {
    (1..=MAX_INPUTS).prop_flat_map(|n| {
        (
            prop::collection::vec(-1.0f64..=1.0, n),
            prop::collection::vec(-3.0f64..=3.0, n),
            -3.0f64..=3.0,
            0..Activation::ALL.len(),
        )
            .prop_map(|(x, w, b, a)| {
                let mut s = ExplorerState::example();
                while s.input_count() < x.len() {
                    s.add_input();
                }
                while s.input_count() > x.len() {
                    s.remove_input(0);
                }
                for i in 0..x.len() {
                    s.set_input(i, x[i]);
                    s.set_weight(i, w[i]);
                }
                s.set_bias(b);
                s.set_activation(Activation::ALL[a]);
                s
            })
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]

    #[test]
    fn url_state_round_trips(s in any_state()) {
        let parsed = ExplorerState::from_query(&s.to_query());
        prop_assert!(parsed.notices.is_empty(), "{:?}", parsed.notices);
        let back = parsed.state;
        prop_assert_eq!(back.to_query(), s.to_query());
        prop_assert_eq!(back.activation(), s.activation());
        for (a, b) in back.weights().iter().zip(s.weights()) {
            prop_assert!((a - b).abs() <= 5e-7);
        }
    }

    #[test]
    fn any_query_text_gives_a_usable_state(q in ".{0,200}") {
        let p = ExplorerState::from_query(&q);
        prop_assert!(p.state.evaluate().is_ok());
        prop_assert!((MIN_INPUTS..=MAX_INPUTS).contains(&p.state.input_count()));
    }

    #[test]
    fn structured_junk_gives_a_usable_state(
        x in "[-0-9.,eE+a-z%]{0,40}", w in "[-0-9.,eE+a-z%]{0,40}", b in "[-0-9.eEinfa]{0,12}",
    ) {
        let p = ExplorerState::from_query(&format!("v=1&x={x}&w={w}&b={b}&f=tanh"));
        let e = p.state.evaluate();
        prop_assert!(e.is_ok());
        prop_assert!(e.unwrap().output.is_finite());
    }
}
