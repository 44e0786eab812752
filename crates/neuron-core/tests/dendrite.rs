//! The XOR dendrite: the dCaAP amplitude against its formula, the calibrated defaults (XOR), the
//! slider moves that turn it into OR and AND, the monotonic dendrite never computing XOR, no NaN
//! from any parameters, and the URL form.
//!
//! The calibration, from the module's formulas: the soma fires when the dCaAP amplitude reaches
//! `A_fire = 15 mV / soma_gain() ≈ 14.56 mV`, i.e. when `θ ≤ I ≤ θ + τ·ln(A_max/A_fire)`, with
//! `ln(40/14.56) ≈ 1.0104`. With θ = 1 and τ = 2 nA that window is [1, 3.02] nA.

use neuron_core::bio::dendrite::{
    A_MAX, DURATION_MS, DendriteField, DendriteKind, DendriteParams, Gate, INPUT_MAX, ONSET_MS,
    PATTERNS, SIGMOID_SLOPE, SOMA, STRENGTH, TAU, THETA, TIME_TO_PEAK_MS, UrlProblem,
    amplitude_curve, classify, dcaap_amplitude, firing_amplitude, sigmoid_amplitude, simulate,
    soma_gain, truth_table,
};
use neuron_core::query::{build_query, parse_query};

fn close(a: f64, b: f64, tol: f64) -> bool {
    (a - b).abs() <= tol
}

fn gate(p: DendriteParams) -> Gate {
    classify(truth_table(&p))
}

fn with(theta: f64, tau: f64, strength: f64) -> DendriteParams {
    DendriteParams {
        theta,
        tau,
        strength,
        ..DendriteParams::default()
    }
}

#[test]
fn the_dcaap_amplitude_follows_its_formula() {
    // θ = 1 nA, τ = 2 nA, A_max = 40 mV: A(I) = 40 e^(−(I − 1)/2) from I = 1 on.
    let a = |i: f64| dcaap_amplitude(i, 1.0, 2.0, 40.0);
    assert_eq!(a(0.0), 0.0);
    assert_eq!(a(0.999), 0.0, "nothing below threshold");
    assert_eq!(a(1.0), 40.0, "A_max exactly at threshold");
    assert!(close(a(2.0), 24.261_226_4, 1e-6), "40 e^−0.5: {}", a(2.0));
    assert!(close(a(3.0), 14.715_177_6, 1e-6), "40 e^−1: {}", a(3.0));
    assert!(close(a(5.0), 5.413_411_3, 1e-6), "40 e^−2: {}", a(5.0));
    // Other parameters: θ = 0.5, τ = 0.25, A_max = 10: A(1) = 10 e^−2.
    assert!(close(
        dcaap_amplitude(1.0, 0.5, 0.25, 10.0),
        1.353_352_8,
        1e-6
    ));
    // Graded, and falling: the larger the input above θ, the smaller the dCaAP.
    let samples: Vec<f64> = (0..50).map(|k| a(1.0 + 0.1 * k as f64)).collect();
    assert!(samples.windows(2).all(|w| w[1] < w[0]));

    // The monotonic dendrite: 40 σ((I − 1)/0.1).
    let m = |i: f64| sigmoid_amplitude(i, 1.0, SIGMOID_SLOPE, 40.0);
    assert_eq!(m(1.0), 20.0);
    assert!(close(m(1.1), 29.242_343_6, 1e-6), "40 σ(1): {}", m(1.1));
    assert!(close(m(0.9), 10.757_656_4, 1e-6), "40 σ(−1): {}", m(0.9));
    assert!(m(6.0) > 39.99 && m(6.0) <= 40.0, "saturates at A_max");
    assert_eq!(
        DendriteKind::Monotonic.amplitude(1.0, 1.0, 2.0),
        A_MAX / 2.0
    );
}

#[test]
fn the_soma_fires_above_a_fixed_amplitude() {
    // For τ_m = t_p the continuous-time peak is R g_c · 2/e per mV of dCaAP = 1.4 · 0.7358.
    assert_eq!((SOMA.tau_m, TIME_TO_PEAK_MS), (10.0, 10.0));
    let continuous = 10.0 * 0.14 * 2.0 / std::f64::consts::E;
    assert!(close(soma_gain(), continuous, 0.002), "{}", soma_gain());
    let a_fire = firing_amplitude();
    assert!(close(a_fire, 15.0 / continuous, 0.05), "{a_fire}");
    // Just above and just below it, from rest: one input at the strength that gives A_fire ± 2%.
    for (factor, fires) in [(1.02, true), (0.98, false)] {
        // A(s) = A_max e^(−(s − θ)/τ) = factor · A_fire  ⇔  s = θ + τ ln(A_max / (factor A_fire)).
        let s = 0.5 + 2.0 * (A_MAX / (factor * a_fire)).ln();
        let run = simulate(&with(0.5, 2.0, s), [true, false]);
        assert!(close(run.amplitude, factor * a_fire, 1e-9));
        assert_eq!(run.fired(), fires, "A = {factor} · A_fire");
    }
}

#[test]
fn a_run_records_the_dendrite_and_the_soma() {
    let p = DendriteParams::default();
    let run = simulate(&p, [true, false]);
    let n = 1001;
    assert_eq!(
        (run.times.len(), run.v_dend.len(), run.v_soma.len()),
        (n, n, n)
    );
    assert_eq!(run.times[n - 1], DURATION_MS);
    assert_eq!(run.input, 2.0);
    assert!(close(run.amplitude, 24.261_226_4, 1e-6));
    // The dCaAP: nothing before onset, its peak A(I) at onset + t_p = 20 ms (sample 200).
    assert!(run.v_dend[..=100].iter().all(|v| *v == 0.0));
    assert!(close(run.v_dend[200], run.amplitude, 1e-9));
    let peak = run.v_dend.iter().cloned().fold(0.0, f64::max);
    assert!(close(peak, run.amplitude, 1e-9));
    // The soma starts at rest and spikes.
    assert_eq!(run.v_soma[0], -70.0);
    assert!(run.fired());
    assert!(run.spike_times.iter().all(|t| *t > ONSET_MS && *t < 60.0));
    // Nothing in, nothing out.
    let quiet = simulate(&p, [false, false]);
    assert_eq!((quiet.input, quiet.amplitude), (0.0, 0.0));
    assert!(quiet.v_soma.iter().all(|v| *v == -70.0));
}

#[test]
fn the_defaults_compute_xor() {
    let p = DendriteParams::default();
    assert_eq!(
        (p.kind, p.theta, p.tau, p.strength),
        (DendriteKind::Dcaap, 1.0, 2.0, 2.0)
    );
    // One input: I = 2 nA, A = 40 e^−0.5 = 24.3 mV ≥ 14.6 mV: fires.
    // Both inputs: I = 4 nA, A = 40 e^−1.5 = 8.9 mV < 14.6 mV: silent.
    assert_eq!(truth_table(&p), [false, true, true, false]);
    assert_eq!(gate(p), Gate::Xor);
    let both = simulate(&p, [true, true]);
    assert!(close(both.amplitude, 8.925_206_4, 1e-6));
    assert!(
        both.amplitude > 0.0,
        "the dendrite still spikes, only too weakly"
    );
}

#[test]
fn a_slower_decay_turns_xor_into_or() {
    // τ = 4 nA: the window is [1, 1 + 4 · 1.0104] = [1, 5.04] nA, and 2s = 4 nA lies in it
    // (A(4) = 40 e^−0.75 = 18.9 mV).
    assert_eq!(gate(with(1.0, 4.0, 2.0)), Gate::Or);
    // The switch lies where 2s = θ + 1.0104 τ: τ ≈ 2.97 nA.
    assert_eq!(gate(with(1.0, 2.9, 2.0)), Gate::Xor);
    assert_eq!(gate(with(1.0, 3.1, 2.0)), Gate::Or);
}

#[test]
fn a_weaker_input_that_still_reaches_threshold_gives_or() {
    // s = 1.25 nA ≥ θ; 2s = 2.5 nA ≤ 3.02 nA (A(2.5) = 40 e^−0.75 = 18.9 mV): both fire.
    let p = with(1.0, 2.0, 1.25);
    assert!(p.input_levels()[0] >= p.theta);
    assert_eq!(gate(p), Gate::Or);
}

#[test]
fn an_input_below_threshold_whose_double_reaches_it_gives_and() {
    // s = 0.75 nA < θ, 2s = 1.5 nA: A(1.5) = 40 e^−0.25 = 31.2 mV.
    let p = with(1.0, 2.0, 0.75);
    assert!(p.input_levels()[0] < p.theta && p.input_levels()[1] >= p.theta);
    assert_eq!(gate(p), Gate::And);
    // Below θ/2 nothing reaches threshold; beyond the window nothing is strong enough.
    assert_eq!(gate(with(1.0, 2.0, 0.45)), Gate::Never);
    assert_eq!(gate(with(1.0, 0.5, 2.0)), Gate::Never);
}

#[test]
fn the_simulated_gate_matches_the_window_along_the_strength_slider() {
    let l = (A_MAX / firing_amplitude()).ln();
    for (theta, tau) in [(1.0, 2.0), (0.5, 1.0), (1.5, 4.0), (2.0, 0.5)] {
        let upper = theta + tau * l;
        let mut s = STRENGTH.min;
        while s <= STRENGTH.max + 1e-9 {
            let in_window = |i: f64| i >= theta && i <= upper;
            let near = |i: f64| (i - theta).abs() < 0.02 || (i - upper).abs() < 0.02;
            if !near(s) && !near(2.0 * s) {
                let expected = classify([false, in_window(s), in_window(s), in_window(2.0 * s)]);
                assert_eq!(
                    gate(with(theta, tau, s)),
                    expected,
                    "θ {theta} τ {tau} s {s}"
                );
            }
            s += STRENGTH.step;
        }
    }
}

/// A grid over every range: θ and s in steps of 0.2 and 0.15 nA, τ at both ends and the middle.
fn grid() -> Vec<(f64, f64, f64)> {
    let steps = |lo: f64, hi: f64, by: f64| {
        let n = ((hi - lo) / by).round() as usize;
        (0..=n).map(move |k| lo + (hi - lo) * k as f64 / n as f64)
    };
    let mut points = Vec::new();
    for theta in steps(THETA.min, THETA.max, 0.2) {
        for tau in [TAU.min, TAU.default, TAU.max] {
            for s in steps(STRENGTH.min, STRENGTH.max, 0.15) {
                points.push((theta, tau, s));
            }
        }
    }
    points
}

#[test]
fn a_monotonic_dendrite_never_computes_xor() {
    let mut seen = Vec::new();
    for (theta, tau, strength) in grid() {
        let p = DendriteParams {
            kind: DendriteKind::Monotonic,
            theta,
            tau,
            strength,
        };
        let g = gate(p);
        assert!(
            matches!(g, Gate::Never | Gate::And | Gate::Or | Gate::Always),
            "θ {theta} τ {tau} s {strength}: {g:?}"
        );
        if !seen.contains(&g) {
            seen.push(g);
        }
    }
    assert!(
        seen.contains(&Gate::And) && seen.contains(&Gate::Or),
        "{seen:?}"
    );
    // At the defaults it is OR; a strength below θ makes it AND.
    let m = DendriteParams {
        kind: DendriteKind::Monotonic,
        ..DendriteParams::default()
    };
    assert_eq!(gate(m), Gate::Or);
    assert_eq!(
        gate(DendriteParams {
            strength: 0.75,
            ..m
        }),
        Gate::And
    );
}

#[test]
fn the_dcaap_sliders_reach_xor_or_and() {
    let mut seen = Vec::new();
    for (theta, tau, strength) in grid() {
        let g = gate(with(theta, tau, strength));
        assert!(
            matches!(g, Gate::Never | Gate::And | Gate::Or | Gate::Xor),
            "{g:?}"
        );
        if !seen.contains(&g) {
            seen.push(g);
        }
    }
    for g in [Gate::Xor, Gate::Or, Gate::And, Gate::Never] {
        assert!(seen.contains(&g), "{g:?} not reachable: {seen:?}");
    }
}

#[test]
fn gates_are_classified_by_their_tables() {
    for g in Gate::ALL {
        match g.table() {
            Some(t) => assert_eq!(classify(t), g),
            None => assert_eq!(g, Gate::Other),
        }
        assert_eq!(Gate::from_id(g.id()), Some(g));
    }
    assert_eq!(classify([false, true, true, false]), Gate::Xor);
    assert_eq!(classify([true, false, false, false]), Gate::Nor);
    assert_eq!(classify([false, true, false, false]), Gate::Other);
    assert_eq!(classify([false, false, true, true]), Gate::Other);
    assert_eq!(PATTERNS[1], [false, true]);
}

#[test]
fn the_amplitude_curve_spans_the_inputs_and_shows_the_jump() {
    let p = DendriteParams::default();
    let curve = amplitude_curve(&p, 61);
    assert_eq!(curve.len(), 63, "61 samples plus the jump at θ");
    assert_eq!(curve.first(), Some(&(0.0, 0.0)));
    assert_eq!(curve.last().map(|c| c.0), Some(INPUT_MAX));
    assert!(curve.windows(2).all(|w| w[1].0 >= w[0].0));
    let jump = curve.iter().position(|c| *c == (1.0, 0.0)).unwrap();
    assert_eq!(curve[jump + 1], (1.0, A_MAX));
    for (i, a) in &curve[jump + 2..] {
        assert!(close(*a, dcaap_amplitude(*i, 1.0, 2.0, A_MAX), 1e-12));
    }
    assert_eq!(p.input_levels(), [2.0, 4.0]);
    // The monotonic curve has no jump to insert.
    let m = DendriteParams {
        kind: DendriteKind::Monotonic,
        ..p
    };
    assert_eq!(amplitude_curve(&m, 61).len(), 61);
    assert_eq!(amplitude_curve(&p, 0).len(), 4, "at least two samples");
}

#[test]
fn no_parameters_give_nan() {
    let wild = [
        f64::NAN,
        f64::INFINITY,
        f64::NEG_INFINITY,
        -1e300,
        1e300,
        0.0,
        -0.0,
        -1.0,
        f64::MIN_POSITIVE,
    ];
    for kind in DendriteKind::ALL {
        for theta in wild {
            for tau in wild {
                for strength in wild {
                    let p = DendriteParams {
                        kind,
                        theta,
                        tau,
                        strength,
                    };
                    let c = p.clamped();
                    assert!(c.is_valid(), "{c:?}");
                    assert_eq!(c.clamped(), c);
                    for inputs in PATTERNS {
                        let run = simulate(&p, inputs);
                        assert!(run.input.is_finite() && run.amplitude.is_finite());
                        assert!(run.v_dend.iter().chain(&run.v_soma).all(|v| v.is_finite()));
                    }
                    let curve = amplitude_curve(&p, 20);
                    assert!(curve.iter().all(|(i, a)| i.is_finite() && a.is_finite()));
                }
            }
        }
    }
    assert_eq!(
        DendriteParams {
            theta: f64::NAN,
            tau: f64::INFINITY,
            strength: -5.0,
            ..DendriteParams::default()
        }
        .clamped(),
        with(THETA.default, TAU.max, STRENGTH.min)
    );
    // The raw formulas, outside any range.
    for (i, theta, tau) in [
        (f64::NAN, 1.0, 2.0),
        (1.0, f64::NAN, 2.0),
        (1.0, 1.0, 0.0),
        (2.0, 1.0, 0.0),
        (2.0, 1.0, -1.0),
        (f64::INFINITY, 1.0, 2.0),
        (2.0, 1.0, f64::NAN),
    ] {
        assert!(dcaap_amplitude(i, theta, tau, A_MAX).is_finite());
        assert!(sigmoid_amplitude(i, theta, tau, A_MAX).is_finite());
    }
    assert_eq!(
        dcaap_amplitude(1.0, 1.0, 0.0, A_MAX),
        A_MAX,
        "τ → 0: only at θ"
    );
    assert_eq!(dcaap_amplitude(f64::NAN, 1.0, 2.0, A_MAX), 0.0);
}

#[test]
fn the_url_round_trips() {
    let p = DendriteParams {
        kind: DendriteKind::Monotonic,
        theta: 1.35,
        tau: 3.7,
        strength: 0.85,
    };
    let pairs = p.query_pairs();
    let keys: Vec<&str> = pairs.iter().map(|(k, _)| k.as_str()).collect();
    assert_eq!(keys, ["dd-k", "dd-th", "dd-tau", "dd-s"]);
    let q = build_query(pairs.iter().map(|(k, v)| (k.as_str(), v.clone())));
    assert_eq!(q, "dd-k=sigmoid&dd-th=1.35&dd-tau=3.7&dd-s=0.85");
    let (back, problems) = DendriteParams::from_pairs(&parse_query(&q));
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(back, p);
    // No dendrite keys at all: the defaults, quietly.
    let (d, problems) = DendriteParams::from_pairs(&parse_query("v=1&nn-lr=0.3"));
    assert_eq!((d, problems.len()), (DendriteParams::default(), 0));
}

#[test]
fn a_tampered_url_gives_defaults_and_says_what_was_wrong() {
    let (p, problems) = DendriteParams::from_pairs(&parse_query(
        "dd-k=magic&dd-th=abc&dd-tau=1e999&dd-s=99&dd-zz=1",
    ));
    assert_eq!(
        problems,
        [
            UrlProblem::Unreadable(DendriteField::Kind),
            UrlProblem::Unreadable(DendriteField::Theta),
            UrlProblem::Unreadable(DendriteField::Tau),
            UrlProblem::Clamped(DendriteField::Strength),
        ]
    );
    assert_eq!(p, with(THETA.default, TAU.default, STRENGTH.max));
    let (p, problems) =
        DendriteParams::from_pairs(&parse_query("dd-th=NaN&dd-tau=-3&dd-s=%zz&dd-k="));
    assert_eq!(problems.len(), 4, "{problems:?}");
    assert!(p.is_valid());
    assert_eq!(p.tau, TAU.min);
    for f in DendriteField::ALL {
        assert_eq!(DendriteField::from_id(f.id()), Some(f));
    }
    for k in DendriteKind::ALL {
        assert_eq!(DendriteKind::from_id(k.id()), Some(k));
    }
}

mod fuzz {
    use neuron_core::bio::dendrite::{DendriteParams, simulate};
    use neuron_core::query::parse_query;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(200))]

        #[test]
        fn any_dendrite_url_gives_valid_finite_runs(q in "(dd-[a-z]{1,3}=[-0-9a-z.e]{0,12}&){0,6}") {
            let (p, _) = DendriteParams::from_pairs(&parse_query(&q));
            prop_assert!(p.is_valid());
            let run = simulate(&p, [true, true]);
            prop_assert!(run.v_soma.iter().all(|v| v.is_finite()));
        }
    }
}
