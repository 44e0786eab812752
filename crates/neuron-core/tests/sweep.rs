//! Current-clamp sweeps: threshold, all-or-nothing, the refractory period in paired pulses,
//! reproducible noise, and the f-I curves with their fitted activations.

use neuron_core::bio::rate_code::{fit_relu, fit_sigmoid, hh_curve, lif_curve};
use neuron_core::bio::sweep::{
    LISTED_SPIKES, Model, Outcome, Protocol, ProtocolField, ProtocolProblem, Stimulus, record,
    summarize,
};

fn pulse(model: Model, amplitude: f64) -> Protocol {
    Protocol {
        model,
        amplitude,
        ..Protocol::default()
    }
}

#[test]
fn raising_the_amplitude_past_threshold_gives_a_spike() {
    for (model, below, above) in [(Model::Hh, 3.0, 15.0), (Model::Lif, 10.0, 20.0)] {
        let quiet = pulse(model, below);
        let s = record(&quiet, 0);
        assert!(s.spikes.is_empty(), "{model:?} at {below}");
        assert!(s.peak > model.rest() + 0.5, "a sub-threshold bump");
        assert_eq!(
            summarize(&quiet, &s).outcome,
            Outcome::Silent { peak: s.peak }
        );
        let loud = pulse(model, above);
        let s = record(&loud, 0);
        assert_eq!(s.spikes.len(), 1, "{model:?} at {above}");
        let summary = summarize(&loud, &s);
        assert_eq!(
            summary.outcome,
            Outcome::Spikes {
                count: 1,
                times: s.spikes.clone(),
                peak: (model == Model::Hh).then_some(s.peak)
            }
        );
        assert!(!summary.refractory);
    }
}

#[test]
fn hh_spikes_have_a_fixed_height() {
    let peaks: Vec<f64> = [15.0, 30.0, 60.0]
        .iter()
        .map(|a| record(&pulse(Model::Hh, *a), 0).peak)
        .collect();
    assert!(peaks.iter().all(|p| *p > 30.0));
    let spread = peaks.iter().cloned().fold(f64::MIN, f64::max)
        - peaks.iter().cloned().fold(f64::MAX, f64::min);
    assert!(spread < 10.0, "all or nothing: peaks {peaks:?}");
}

#[test]
fn a_second_pulse_in_the_refractory_period_gives_no_spike() {
    for (model, amplitude) in [(Model::Hh, 20.0), (Model::Lif, 20.0)] {
        let far = Protocol {
            model,
            stimulus: Stimulus::PairedPulse,
            amplitude,
            interval: 25.0,
            ..Protocol::default()
        };
        assert_eq!(record(&far, 0).spikes.len(), 2, "{model:?} 25 ms apart");
        let near = Protocol {
            interval: 2.0,
            ..far
        };
        let s = record(&near, 0);
        assert_eq!(s.spikes.len(), 1, "{model:?} 2 ms apart");
        assert!(summarize(&near, &s).refractory);
        assert!(!summarize(&far, &record(&far, 0)).refractory);
    }
}

#[test]
fn steps_fire_regularly_and_trains_follow_their_pulses() {
    let step = Protocol {
        stimulus: Stimulus::Step,
        amplitude: 10.0,
        ..Protocol::default()
    };
    let s = record(&step, 0);
    assert!(s.spikes.len() >= 4);
    assert!(s.spikes.iter().all(|t| (10.0..95.0).contains(t)));
    let train = Protocol {
        stimulus: Stimulus::Train,
        amplitude: 20.0,
        interval: 20.0,
        ..Protocol::default()
    };
    assert_eq!(train.onsets(), vec![10.0, 30.0, 50.0, 70.0]);
    assert_eq!(record(&train, 0).spikes.len(), 4);
}

#[test]
fn noise_is_seeded_per_sweep() {
    let noisy = Protocol {
        noise: 5.0,
        amplitude: 6.0,
        ..Protocol::default()
    };
    assert_eq!(record(&noisy, 3), record(&noisy, 3));
    assert_ne!(record(&noisy, 3).v, record(&noisy, 4).v);
    let s = record(
        &Protocol {
            noise: 20.0,
            amplitude: 60.0,
            stimulus: Stimulus::Step,
            ..Protocol::default()
        },
        0,
    );
    assert!(s.v.iter().all(|v| v.is_finite()));
    assert_eq!(s.v.len(), 2001);
    assert_eq!(s.gates.len(), s.v.len());
}

#[test]
fn out_of_range_protocols_are_clamped() {
    let wild = Protocol {
        amplitude: 1e9,
        width: -3.0,
        interval: f64::NAN,
        noise: 1e9,
        ..Protocol::default()
    };
    let s = record(&wild, 0);
    assert!(s.v.iter().all(|v| v.is_finite()));
    let c = wild.clamped();
    assert_eq!((c.amplitude, c.width), (60.0, 0.1));
}

#[test]
fn f_i_curves_look_like_activation_functions() {
    let lif = lif_curve();
    assert!(
        lif.iter().filter(|p| p.0 <= 1.5).all(|p| p.1 == 0.0),
        "silent below rheobase"
    );
    assert!(
        lif.windows(2).all(|w| w[1].1 >= w[0].1),
        "rate grows with current"
    );
    let relu = fit_relu(&lif).unwrap();
    assert!(relu.onset > 0.5 && relu.onset < 2.5, "onset {}", relu.onset);
    let hh = hh_curve();
    let silent = hh.iter().take_while(|p| p.1 == 0.0).count();
    assert!(
        silent >= 3,
        "HH needs a minimum current to fire repetitively"
    );
    assert!(hh.last().unwrap().1 > 80.0);
    let sig = fit_sigmoid(&hh).unwrap();
    let err: f64 = hh.iter().map(|p| (sig.rate(p.0) - p.1).abs()).sum::<f64>() / hh.len() as f64;
    assert!(err < 15.0, "mean sigmoid-fit error {err} Hz");
}

#[test]
fn the_protocol_round_trips_through_the_url() {
    use neuron_core::query::{build_query, parse_query};
    let p = Protocol {
        model: Model::Lif,
        stimulus: Stimulus::Train,
        amplitude: 12.5,
        width: 2.5,
        interval: 7.5,
        noise: 1.5,
        seed: 99,
    };
    let q = build_query(p.query_pairs().iter().map(|(k, v)| (k.as_str(), v.clone())));
    let (back, notices) = Protocol::from_pairs(&parse_query(&q));
    assert!(notices.is_empty());
    assert_eq!(back, p);
    let (back, notices) = Protocol::from_pairs(&parse_query("bl-m=frog&bl-a=1e9&bl-w=zz&bl-s=-1"));
    assert_eq!(
        notices,
        [
            ProtocolProblem::Unreadable(ProtocolField::Model),
            ProtocolProblem::Clamped(ProtocolField::Amplitude),
            ProtocolProblem::Unreadable(ProtocolField::Width),
            ProtocolProblem::Unreadable(ProtocolField::Seed),
        ]
    );
    assert_eq!(back.amplitude, 60.0);
}

#[test]
fn a_long_train_lists_its_first_spikes_and_counts_them_all() {
    let p = Protocol {
        model: Model::Lif,
        stimulus: Stimulus::Step,
        amplitude: 40.0,
        ..Protocol::default()
    };
    let s = record(&p, 0);
    assert!(s.spikes.len() > LISTED_SPIKES, "{}", s.spikes.len());
    let summary = summarize(&p, &s);
    let Outcome::Spikes { count, times, peak } = summary.outcome else {
        panic!("a strong step fires");
    };
    assert_eq!(
        (count, &times[..], peak),
        (s.spikes.len(), &s.spikes[..LISTED_SPIKES], None)
    );
    assert_eq!(summary.rate, s.rate());
}

#[test]
fn two_inputs_sum_to_a_spike_only_when_close_in_time() {
    use neuron_core::bio::compare::coincidence;
    let together = coincidence(0.0, 10.0);
    assert_eq!(together.spikes.len(), 1, "coincident inputs fire");
    let apart = coincidence(25.0, 10.0);
    assert!(
        apart.spikes.is_empty(),
        "25 ms apart, the first has leaked away"
    );
    assert!(
        apart.peak < -50.0 && apart.peak > -60.0,
        "each alone is a sub-threshold bump: {}",
        apart.peak
    );
    // There is a largest delay that still fires, and it grows with the inputs' strength.
    let last_firing = |s: f64| {
        (0..=80)
            .map(|d| d as f64 * 0.5)
            .filter(|d| !coincidence(*d, s).spikes.is_empty())
            .fold(-1.0, f64::max)
    };
    assert!(last_firing(10.0) > 0.0 && last_firing(12.0) > last_firing(10.0));
}

#[test]
fn the_example_drives_the_lif_neuron_to_a_spike_train() {
    use neuron_core::bio::compare::{DRIVE_MS, drive};
    let d = drive(&[0.5, 0.3, 0.8], &[0.4, -0.2, 0.9], 0.1, 1);
    assert_eq!(d.input_trains.len(), 3);
    let rates: Vec<f64> = d
        .input_trains
        .iter()
        .map(|t| t.len() as f64 * 1000.0 / DRIVE_MS)
        .collect();
    assert!(
        (rates[2] - 80.0).abs() < 25.0 && (rates[1] - 30.0).abs() < 20.0,
        "{rates:?}"
    );
    assert!(d.rate() > 5.0, "the example fires: {} Hz", d.rate());
    let silent = drive(&[0.5, 0.3, 0.8], &[-0.4, -0.2, -0.9], -1.0, 1);
    assert_eq!(silent.rate(), 0.0, "all-inhibitory input never fires");
    let stronger = drive(&[0.5, 0.3, 0.8], &[0.8, -0.2, 1.8], 0.1, 1);
    assert!(stronger.rate() > d.rate(), "stronger synapses, higher rate");
    assert_eq!(
        drive(&[0.5], &[0.4], 0.1, 7),
        drive(&[0.5], &[0.4], 0.1, 7),
        "seeded"
    );
}
