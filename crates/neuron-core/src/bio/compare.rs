//! Experiments that put the two kinds of neuron side by side.
//!
//! - [`coincidence`]: two synaptic inputs, each too weak alone, with a delay between them. Close
//!   together their effects add up to a spike; far apart the first has leaked away before the
//!   second arrives. An artificial neuron's output has no time in it, so the delay cannot matter.
//!   [`one_input`] is the first input alone: how far one input lifts the membrane.
//! - [`drive`]: the artificial neuron's inputs and weights, turned into spike trains: input `xᵢ`
//!   becomes a Poisson train at `xᵢ × 100` Hz, weight `wᵢ` the charge each of its spikes
//!   delivers (negative: inhibitory), the bias a constant current. The integrate-and-fire neuron
//!   answers with a spike train where the artificial neuron gives one number.

use crate::ParamSpec;
use crate::bio::lif::{Lif, LifParams};
use crate::bio::sweep::{LIF_SPIKE_DRAWN_TO, Model, SAMPLE_MS, Sweep};
use crate::bio::synapse::{Shape, Synapse, poisson_train};
use crate::rng::SplitMix64;

/// Integration step, ms.
const DT: f64 = 0.01;

/// The coincidence experiment's delay between the two inputs, ms.
pub const DELAY: ParamSpec = ParamSpec {
    min: 0.0,
    max: 40.0,
    step: 0.5,
    default: 25.0,
    decimals: 1,
};
/// The strength of each of the two inputs: the synaptic current's jump, nA.
pub const STRENGTH: ParamSpec = ParamSpec {
    min: 0.0,
    max: 20.0,
    step: 0.5,
    default: 9.0,
    decimals: 1,
};
/// The synaptic time constant of the coincidence experiment, ms (fast, AMPA-like).
pub const FAST_SYNAPSE_TAU: f64 = 2.0;
/// When the first input arrives, ms.
pub const FIRST_INPUT: f64 = 10.0;
/// The coincidence sweep's length, ms.
pub const COINCIDENCE_MS: f64 = 80.0;

/// Two inputs of `strength` nA, `delay` ms apart, into the LIF neuron.
pub fn coincidence(delay: f64, strength: f64) -> Sweep {
    let delay = DELAY.clamp(delay);
    inputs(&[FIRST_INPUT, FIRST_INPUT + delay], strength)
}

/// The first input of [`coincidence`] alone (`strength` nA at [`FIRST_INPUT`], no second):
/// how far one input lifts the membrane. Its `peak` is the top of that single postsynaptic
/// potential (with the default strength, short of the threshold).
pub fn one_input(strength: f64) -> Sweep {
    inputs(&[FIRST_INPUT], strength)
}

/// Synaptic inputs of `strength` nA arriving at `arrivals` (ms) into the LIF neuron.
fn inputs(arrivals: &[f64], strength: f64) -> Sweep {
    let strength = STRENGTH.clamp(strength);
    let p = LifParams::default();
    let mut n = Lif::at_rest(&p);
    let mut syn = Synapse::new(Shape::Exponential, FAST_SYNAPSE_TAU);
    record_lif(COINCIDENCE_MS, |k, _t| {
        for a in arrivals {
            if k == (*a / DT).round() as usize {
                syn.receive(strength);
            }
        }
        let i = syn.current;
        syn.step(DT);
        let spiked = n.step(&p, i, DT);
        (n.v, i, spiked)
    })
}

/// Records `duration` ms of an LIF run; `step(k, t)` advances one step and returns
/// `(v, current, spiked)`.
fn record_lif(duration: f64, mut step: impl FnMut(usize, f64) -> (f64, f64, bool)) -> Sweep {
    let steps = (duration / DT).round() as usize;
    let every = (SAMPLE_MS / DT).round() as usize;
    let rest = LifParams::default().e_l;
    let mut sweep = Sweep {
        model: Model::Lif,
        v: vec![rest],
        current: vec![0.0],
        gates: Vec::new(),
        ionic: Vec::new(),
        spikes: Vec::new(),
        peak: rest,
        trough: rest,
    };
    // A spike between two samples is drawn at the next sample, so sampling stays uniform.
    let mut spike_pending = false;
    for k in 0..steps {
        let t = k as f64 * DT;
        let (v, i, spiked) = step(k, t);
        if spiked {
            sweep.spikes.push(t + DT);
            spike_pending = true;
        } else {
            sweep.peak = sweep.peak.max(v);
        }
        sweep.trough = sweep.trough.min(v);
        if (k + 1) % every == 0 {
            sweep
                .v
                .push(if spike_pending { LIF_SPIKE_DRAWN_TO } else { v });
            sweep.current.push(i);
            spike_pending = false;
        }
    }
    sweep
}

/// Rate of an input of value 1, Hz.
pub const MAX_INPUT_RATE: f64 = 100.0;
/// Charge per presynaptic spike per unit of weight: the synaptic current's jump, nA.
pub const CHARGE_PER_WEIGHT: f64 = 5.0;
/// Constant current per unit of bias, nA.
pub const CURRENT_PER_BIAS: f64 = 1.0;
/// Synaptic time constant of the driven neuron, ms.
pub const SLOW_SYNAPSE_TAU: f64 = 5.0;
/// How long the driven neuron is recorded, ms.
pub const DRIVE_MS: f64 = 500.0;

/// The artificial neuron's inputs as spike trains into the LIF neuron.
#[derive(Clone, Debug, PartialEq)]
pub struct Drive {
    /// One presynaptic train per input, ms.
    pub input_trains: Vec<Vec<f64>>,
    /// The postsynaptic recording.
    pub sweep: Sweep,
}

impl Drive {
    /// The output rate, Hz.
    pub fn rate(&self) -> f64 {
        self.sweep.spikes.len() as f64 * 1000.0 / DRIVE_MS
    }
}

/// Drives the LIF neuron with `inputs` as rates and `weights` as synaptic strengths, `bias` as a
/// constant current. Negative inputs fire at 0 Hz: a rate cannot be negative.
pub fn drive(inputs: &[f64], weights: &[f64], bias: f64, seed: u64) -> Drive {
    let mut rng = SplitMix64::new(seed);
    let input_trains: Vec<Vec<f64>> = inputs
        .iter()
        .map(|x| poisson_train(x.clamp(0.0, 1.0) * MAX_INPUT_RATE, 0.0, DRIVE_MS, &mut rng))
        .collect();
    let p = LifParams::default();
    let mut n = Lif::at_rest(&p);
    let mut syn = Synapse::new(Shape::Exponential, SLOW_SYNAPSE_TAU);
    let bias_current = if bias.is_finite() {
        bias * CURRENT_PER_BIAS
    } else {
        0.0
    };
    // Arrivals as step indices, merged with their charges, in time order.
    let mut arrivals: Vec<(usize, f64)> = input_trains
        .iter()
        .zip(weights)
        .flat_map(|(train, w)| {
            let w = if w.is_finite() { *w } else { 0.0 };
            train
                .iter()
                .map(move |t| ((t / DT).round() as usize, w * CHARGE_PER_WEIGHT))
        })
        .collect();
    arrivals.sort_by_key(|a| a.0);
    let mut next = 0;
    let sweep = record_lif(DRIVE_MS, |k, _| {
        while next < arrivals.len() && arrivals[next].0 <= k {
            syn.receive(arrivals[next].1);
            next += 1;
        }
        let i = syn.current + bias_current;
        syn.step(DT);
        let spiked = n.step(&p, i, DT);
        (n.v, i, spiked)
    });
    Drive {
        input_trains,
        sweep,
    }
}
