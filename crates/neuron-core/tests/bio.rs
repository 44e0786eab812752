//! The biological models against their formulas: LIF rate vs its closed form, Hodgkin-Huxley's
//! rest, threshold and spike shape, synaptic currents, and the STDP window.

use neuron_core::bio::hh::{self, Hh, HhParams};
use neuron_core::bio::lif::{Lif, LifParams, measured_rate, simulate_constant};
use neuron_core::bio::stdp::{StdpParams, Traces};
use neuron_core::bio::synapse::{Shape, Synapse, poisson_train, regular_train};
use neuron_core::rng::SplitMix64;
use proptest::prelude::*;

const DT: f64 = 0.01;

#[test]
fn lif_rate_matches_the_closed_form_within_one_percent() {
    let p = LifParams::default();
    assert_eq!(p.rheobase(), 1.5);
    for i in [1.6, 1.8, 2.0, 2.5, 3.0, 4.0, 6.0, 10.0] {
        let formula = p.rate(i);
        let simulated = measured_rate(&p, i, 2000.0, DT);
        assert!(formula > 0.0);
        assert!(
            (simulated - formula).abs() / formula < 0.01,
            "I = {i} nA: simulated {simulated:.2} Hz, formula {formula:.2} Hz"
        );
    }
    // A hand check: I = 3 nA gives V∞ = −35 mV; t = 10 ln(30/15) = 6.931 ms; f = 1000/8.931.
    assert!((p.rate(3.0) - 1000.0 / (2.0 + 10.0 * 2f64.ln())).abs() < 1e-9);
}

#[test]
fn lif_is_silent_below_rheobase() {
    let p = LifParams::default();
    for i in [0.0, 0.5, 1.0, 1.49, 1.5] {
        assert_eq!(p.rate(i), 0.0);
        assert!(
            simulate_constant(&p, i, 1000.0, DT).is_empty(),
            "I = {i} nA fired"
        );
    }
    // Just below rheobase the membrane creeps up to V∞ but never reaches threshold.
    let mut n = Lif::at_rest(&p);
    for _ in 0..100_000 {
        n.step(&p, 1.49, DT);
    }
    assert!((n.v - (-65.0 + 14.9)).abs() < 1e-6);
}

#[test]
fn lif_refractory_period_caps_the_rate() {
    let p = LifParams::default();
    // However strong the input, spikes are at least t_ref apart: at most 500 Hz.
    let spikes = simulate_constant(&p, 1e6, 100.0, DT);
    assert!(spikes.windows(2).all(|w| w[1] - w[0] >= p.t_ref - 1e-9));
    assert!(p.rate(1e6) < 1000.0 / p.t_ref);
}

#[test]
fn hh_rests_near_minus_65_millivolts() {
    let p = HhParams::default();
    let (trace, spikes) = hh::simulate(&p, |_| 0.0, 200.0, DT);
    assert!(spikes.is_empty());
    let v = *trace.last().unwrap();
    assert!((v + 65.0).abs() < 0.5, "rest at {v} mV");
    // Steady state really is steady: at rest the currents cancel.
    let rest = Hh::at_rest();
    let c = rest.currents(&p);
    assert!((c.sodium + c.potassium + c.leak).abs() < 0.1);
}

#[test]
fn hh_spike_is_all_or_nothing() {
    let p = HhParams::default();
    let pulse = |amp: f64| move |t: f64| if (5.0..6.0).contains(&t) { amp } else { 0.0 };
    // Above threshold: a spike that peaks above +30 mV and comes back down.
    let (trace, spikes) = hh::simulate(&p, pulse(20.0), 50.0, DT);
    assert_eq!(spikes.len(), 1);
    let peak = trace.iter().cloned().fold(f64::MIN, f64::max);
    assert!(peak > 30.0, "peak {peak} mV");
    assert!(trace.last().unwrap() < &-60.0, "returns towards rest");
    // Below threshold: a small bump, no spike.
    let (trace, spikes) = hh::simulate(&p, pulse(2.0), 50.0, DT);
    assert!(spikes.is_empty());
    let bump = trace.iter().cloned().fold(f64::MIN, f64::max);
    assert!(bump < -55.0 && bump > -65.0, "bump to {bump} mV");
    // All or nothing: a pulse twice as strong gives a spike of about the same height.
    let (big, _) = hh::simulate(&p, pulse(40.0), 50.0, DT);
    let big_peak = big.iter().cloned().fold(f64::MIN, f64::max);
    assert!((big_peak - peak).abs() < 8.0, "{big_peak} vs {peak}");
}

#[test]
fn hh_fires_regularly_for_a_constant_current() {
    let p = HhParams::default();
    let (_, spikes) = hh::simulate(&p, |_| 10.0, 500.0, DT);
    assert!(spikes.len() > 25, "{} spikes", spikes.len());
    let isi: Vec<f64> = spikes.windows(2).skip(2).map(|w| w[1] - w[0]).collect();
    let mean = isi.iter().sum::<f64>() / isi.len() as f64;
    assert!(
        isi.iter().all(|d| (d - mean).abs() < 0.05 * mean),
        "regular intervals"
    );
    assert!(
        (50.0..90.0).contains(&(1000.0 / mean)),
        "about 68 Hz at 10 µA/cm², got {}",
        1000.0 / mean
    );
}

#[test]
fn hh_rates_have_no_singularity() {
    for v in [-40.0, -55.0, -40.0 + 1e-9, -55.0 - 1e-12] {
        for (a, b) in hh::rates(v) {
            assert!(a.is_finite() && b.is_finite() && a > 0.0 && b > 0.0);
        }
    }
    let [(am, _), _, (an, _)] = hh::rates(-40.0);
    assert!((am - 1.0).abs() < 1e-6 && (an - hh::rates(-55.0)[2].0).abs() < 1.0);
    assert!((hh::rates(-55.0)[2].0 - 0.1).abs() < 1e-6);
}

#[test]
fn exponential_synapse_decays_with_its_time_constant() {
    let mut s = Synapse::new(Shape::Exponential, 5.0);
    s.receive(2.0);
    for _ in 0..500 {
        s.step(DT);
    }
    assert!(
        (s.current - 2.0 * (-1.0f64).exp()).abs() < 1e-9,
        "after τ: w/e"
    );
    let mut a = Synapse::new(Shape::Alpha, 5.0);
    a.receive(2.0);
    let mut peak = (0.0, 0.0);
    for k in 1..=2000 {
        a.step(DT);
        if a.current > peak.1 {
            peak = (k as f64 * DT, a.current);
        }
    }
    assert!(
        (peak.0 - 5.0).abs() < 0.02,
        "alpha peaks after τ, at {}",
        peak.0
    );
    assert!((peak.1 - 2.0).abs() < 1e-3, "at height w, {}", peak.1);
}

#[test]
fn spike_trains_have_their_rates() {
    assert_eq!(
        regular_train(50.0, 10.0, 100.0),
        vec![10.0, 30.0, 50.0, 70.0, 90.0]
    );
    assert!(regular_train(f64::NAN, 0.0, 100.0).is_empty());
    let mut rng = SplitMix64::new(4);
    let train = poisson_train(40.0, 0.0, 100_000.0, &mut rng);
    let rate = train.len() as f64 / 100.0;
    assert!((rate - 40.0).abs() < 1.5, "Poisson rate {rate}");
    assert!(train.windows(2).all(|w| w[1] > w[0]));
    let again = poisson_train(40.0, 0.0, 100_000.0, &mut SplitMix64::new(4));
    assert_eq!(train, again, "seeded");
}

#[test]
fn stdp_window_has_the_right_sign_and_decay() {
    let p = StdpParams::default();
    assert!(p.window(10.0) > 0.0, "pre before post potentiates");
    assert!(p.window(-10.0) < 0.0, "post before pre depresses");
    assert_eq!(p.window(0.0), 0.0);
    assert!(
        (p.window(20.0) / p.window(1e-9) - (-1.0f64).exp()).abs() < 1e-6,
        "e-fold in τ₊ = 20 ms"
    );
    assert!((p.window(-40.0) / p.window(-1e-9) - (-2.0f64).exp()).abs() < 1e-6);
    assert!(p.window(5.0) > p.window(15.0), "closer pairs count more");
}

#[test]
fn online_traces_equal_the_sum_over_pairs() {
    let p = StdpParams::default();
    let pre = [10.0, 35.0, 60.0, 61.0];
    let post = [12.0, 30.0, 64.0];
    let expected = p.total_change(&pre, &post);
    // Replay both trains on a 0.01 ms grid.
    let mut traces = Traces::default();
    let mut change = 0.0;
    let steps = 10_000;
    for k in 0..=steps {
        let t = k as f64 * DT;
        let at = |train: &[f64]| train.iter().any(|s| (s - t).abs() < DT / 2.0);
        if at(&pre) {
            change += traces.on_pre(&p);
        }
        if at(&post) {
            change += traces.on_post(&p);
        }
        traces.step(&p, DT);
    }
    assert!((change - expected).abs() < 1e-9, "{change} vs {expected}");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn lif_stays_finite_for_any_input(i in -1e6f64..1e6, dt in 0.001f64..1.0) {
        let p = LifParams::default();
        let mut n = Lif::at_rest(&p);
        for _ in 0..200 {
            n.step(&p, i, dt);
            prop_assert!(n.v.is_finite());
        }
        n.step(&p, f64::NAN, dt);
        prop_assert!(n.v.is_finite());
    }

    #[test]
    fn hh_stays_finite_for_any_current_in_range(i in -100.0f64..200.0) {
        let p = HhParams::default();
        let mut s = Hh::at_rest();
        for _ in 0..2000 {
            s.step(&p, i, DT);
            prop_assert!(s.v.is_finite() && (0.0..=1.0).contains(&s.m) && (0.0..=1.0).contains(&s.h) && (0.0..=1.0).contains(&s.n));
        }
    }
}

#[test]
fn repeated_pairings_move_the_weight_step_by_step() {
    use neuron_core::bio::stdp::{W_MAX, gradient_trajectory, pairing_trajectory};
    let p = StdpParams::default();
    let up = pairing_trajectory(&p, 10.0, 20, 0.5);
    assert_eq!(up.len(), 21);
    assert!(
        (up[20] - (0.5 + 20.0 * p.window(10.0))).abs() < 1e-12,
        "each pairing adds the window's value"
    );
    let down = pairing_trajectory(&p, -10.0, 20, 0.5);
    assert!(down[20] < 0.5);
    assert_eq!(
        *pairing_trajectory(&p, 1.0, 500, 0.9).last().unwrap(),
        W_MAX,
        "clipped"
    );
    // Gradient descent towards target 1: σ(w) rises monotonically towards 1.
    let g = gradient_trajectory(1.0, 1.0, 50, 0.0);
    assert!(g.windows(2).all(|w| w[1] > w[0]));
    assert!((g[1] - 0.5).abs() < 1e-12, "w ← 0 − 1·(σ(0) − 1) = 0.5");
}

/// Hodgkin's classes of excitability, as the f-I description states them: Hodgkin-Huxley jumps
/// from silence to a rate well above zero (class 2); integrate-and-fire starts from an
/// arbitrarily low rate just above its threshold current (class 1).
#[test]
fn hodgkin_huxley_starts_abruptly_and_integrate_and_fire_from_zero() {
    use neuron_core::bio::rate_code::hh_curve;
    use neuron_core::bio::sweep::Model;
    assert!(Model::Hh.starts_abruptly() && !Model::Lif.starts_abruptly());
    let first = hh_curve().into_iter().find(|p| p.1 > 0.0).unwrap();
    assert!(
        first.1 > 40.0,
        "HH's first rate is {} Hz at {} µA/cm²",
        first.1,
        first.0
    );
    let p = LifParams::default();
    // Just above the threshold current the closed-form rate is as low as one likes: it falls
    // towards zero (logarithmically slowly) as the current nears the threshold.
    let threshold = p.rheobase();
    let near = |d: f64| p.rate(threshold * (1.0 + d));
    assert!(near(1e-3) > near(1e-6) && near(1e-6) > near(1e-12));
    assert!(near(1e-12) < 5.0, "{}", near(1e-12));
    assert!(p.rate(threshold * 0.999) == 0.0);
}
