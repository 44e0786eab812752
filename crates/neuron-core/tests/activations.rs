//! Activations against values written out from their formulas, derivatives against central
//! finite differences, and stability for every finite input.

use neuron_core::Activation;
use neuron_core::activation::{LEAKY_RELU_SLOPE, sigmoid};
use proptest::prelude::*;

fn close(a: f64, b: f64, tol: f64) -> bool {
    (a - b).abs() <= tol * (1.0 + b.abs())
}

#[test]
fn values_match_hand_computed_numbers() {
    // σ(0.96) = 1 / (1 + e^-0.96) = 1 / 1.382893… = 0.7231218…
    assert!(close(
        Activation::Sigmoid.apply(0.96),
        0.723_121_805_1,
        1e-10
    ));
    assert_eq!(Activation::Sigmoid.apply(0.0), 0.5);
    // tanh(0.5) = 0.462117…
    assert!(close(Activation::Tanh.apply(0.5), 0.462_117_157, 1e-9));
    assert_eq!(Activation::Step.apply(0.0), 1.0);
    assert_eq!(Activation::Step.apply(-1e-12), 0.0);
    assert_eq!(Activation::Relu.apply(-2.0), 0.0);
    assert_eq!(Activation::Relu.apply(2.5), 2.5);
    assert_eq!(Activation::LeakyRelu.apply(-2.0), -2.0 * LEAKY_RELU_SLOPE);
    assert_eq!(Activation::Linear.apply(-3.25), -3.25);
    // softplus(0) = ln 2; softplus(1) = ln(1 + e) = 1.313261…
    assert!(close(
        Activation::Softplus.apply(0.0),
        std::f64::consts::LN_2,
        1e-15
    ));
    assert!(close(
        Activation::Softplus.apply(1.0),
        1.313_261_687_5,
        1e-10
    ));
    // GELU(1) in its tanh form = 0.841192…
    assert!(close(Activation::Gelu.apply(1.0), 0.841_191_990_8, 1e-9));
    assert_eq!(Activation::Gelu.apply(0.0), 0.0);
}

#[test]
fn derivatives_match_hand_computed_numbers() {
    let s = 0.723_121_805_1;
    assert!(close(
        Activation::Sigmoid.derivative(0.96),
        s * (1.0 - s),
        1e-6
    ));
    assert_eq!(Activation::Sigmoid.derivative(0.0), 0.25);
    assert_eq!(Activation::Tanh.derivative(0.0), 1.0);
    assert_eq!(Activation::Relu.derivative(0.0), 0.0);
    assert_eq!(Activation::LeakyRelu.derivative(-1.0), LEAKY_RELU_SLOPE);
    assert_eq!(Activation::Step.derivative(0.3), 0.0);
    assert_eq!(Activation::Softplus.derivative(0.0), 0.5);
    assert_eq!(Activation::Gelu.derivative(0.0), 0.5);
}

/// The central difference `(f(z+h) − f(z−h)) / 2h`, whose error is O(h²).
fn central_difference(a: Activation, z: f64) -> f64 {
    let h = 1e-5;
    (a.apply(z + h) - a.apply(z - h)) / (2.0 * h)
}

#[test]
fn derivatives_agree_with_finite_differences_on_a_grid() {
    for a in Activation::ALL {
        for i in -400..=400 {
            let z = i as f64 * 0.025 + 0.0123; // avoid landing exactly on a kink
            let numeric = central_difference(a, z);
            let analytic = a.derivative(z);
            assert!(
                (numeric - analytic).abs() < 1e-6,
                "{a:?}: f'({z}) = {analytic}, finite difference {numeric}"
            );
        }
    }
}

#[test]
fn extreme_inputs_stay_finite_and_saturate() {
    for a in Activation::ALL {
        for z in [f64::MAX, -f64::MAX, 1e300, -1e300, 710.0, -710.0, 1e-300] {
            assert!(a.apply(z).is_finite(), "{a:?}({z}) is not finite");
            assert!(a.derivative(z).is_finite(), "{a:?}'({z}) is not finite");
        }
    }
    assert_eq!(sigmoid(1000.0), 1.0);
    assert_eq!(sigmoid(-1000.0), 0.0);
    assert_eq!(Activation::Softplus.apply(1000.0), 1000.0);
    assert_eq!(Activation::Gelu.apply(-1e200), 0.0);
}

#[test]
fn the_drawing_form_is_within_its_tolerance_of_the_exact_one() {
    use neuron_core::activation::DRAWING_TOLERANCE;
    let extremes = [
        -1e30, -1e5, -88.8, -20.0, -10.0, 10.0, 20.0, 88.8, 1e5, 1e30, 0.0, -0.0,
    ];
    let dense = (-40_000..=40_000).map(|i| f64::from(i) * 0.001);
    for z in dense.chain(extremes) {
        // The drawing form sees the input rounded to f32: compare at that same input.
        let z32 = z as f32;
        for a in Activation::ALL {
            let exact = a.apply(f64::from(z32));
            let drawn = f64::from(a.apply_for_drawing(z32));
            assert!(
                (drawn - exact).abs() <= DRAWING_TOLERANCE * exact.abs().max(1.0),
                "{a:?} at {z}: {drawn} vs {exact}"
            );
        }
    }
}

#[test]
fn every_formula_defines_its_activation() {
    use neuron_core::activation::Formula;
    for a in Activation::ALL {
        assert_eq!(a.formula().lhs(), format!("{}(z)", a.symbol()), "{a:?}");
        assert_eq!(
            a.derivative_formula().lhs(),
            format!("{}′(z)", a.symbol()),
            "{a:?}"
        );
    }
    // The piecewise ones are cases, their words left to the app.
    assert_eq!(
        Activation::Step.formula(),
        Formula::Cases {
            lhs: "H(z)",
            then: "1",
            condition: "z ≥ 0",
            otherwise: "0"
        }
    );
    assert!(matches!(
        Activation::Step.derivative_formula(),
        Formula::UndefinedAt { value: "0", .. }
    ));
    // The leaky slope written is the one used.
    let Formula::Cases { otherwise, .. } = Activation::LeakyRelu.derivative_formula() else {
        panic!("leaky ReLU's slope has two cases");
    };
    assert_eq!(
        otherwise.parse::<f64>(),
        Ok(neuron_core::activation::LEAKY_RELU_SLOPE)
    );
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn sigmoid_is_in_the_unit_interval(z in -700.0f64..700.0) {
        let s = Activation::Sigmoid.apply(z);
        prop_assert!((0.0..=1.0).contains(&s));
        prop_assert!(z.abs() > 36.0 || (s > 0.0 && s < 1.0));
    }

    #[test]
    fn no_activation_gives_nan_for_any_finite_input(z in proptest::num::f64::NORMAL | proptest::num::f64::SUBNORMAL | proptest::num::f64::ZERO) {
        for a in Activation::ALL {
            prop_assert!(a.apply(z).is_finite());
            prop_assert!(a.derivative(z).is_finite());
        }
    }

    #[test]
    fn monotone_activations_never_decrease(z in -50.0f64..50.0, dz in 0.0f64..5.0) {
        for a in Activation::ALL.into_iter().filter(|a| *a != Activation::Gelu) {
            prop_assert!(a.apply(z + dz) >= a.apply(z));
        }
    }

    #[test]
    fn bounded_activations_respect_their_bounds(z in -1e6f64..1e6) {
        for a in Activation::ALL {
            if let Some((lo, hi)) = a.bounds() {
                let y = a.apply(z);
                prop_assert!(y >= lo && y <= hi);
            }
        }
    }
}

#[test]
fn the_drawing_exp_is_within_half_a_millionth() {
    use neuron_core::activation::exp_for_drawing;
    for i in -86_990..=87_990 {
        let x = i as f32 * 0.001;
        let exact = f64::from(x).exp();
        let fast = f64::from(exp_for_drawing(x));
        assert!(
            ((fast - exact) / exact).abs() < 5e-7,
            "e^{x}: {fast} vs {exact}"
        );
    }
    assert_eq!(exp_for_drawing(-1000.0), 0.0);
    assert_eq!(exp_for_drawing(1000.0), f32::INFINITY);
    assert!(exp_for_drawing(f32::NAN).is_nan());
    assert_eq!(exp_for_drawing(0.0), 1.0);
}
