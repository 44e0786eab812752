//! The bridge between spikes and activation functions: a neuron's firing rate against a
//! constant input current (its f-I curve), measured by simulation, and the artificial
//! activations fitted to it. A rate-coded neuron looks like an activation function; its spikes
//! are still binary events in time.

use crate::activation::sigmoid;
use crate::bio::hh::{self, HhParams};
use crate::bio::lif::{LifParams, measured_rate};

/// Currents sampled for the f-I curves: `(model's unit, start, end, count)`.
pub const LIF_CURRENTS: (f64, f64, usize) = (0.0, 6.0, 25);
pub const HH_CURRENTS: (f64, f64, usize) = (0.0, 30.0, 31);

/// Evenly spaced values from `a` to `b`.
pub fn linspace(a: f64, b: f64, n: usize) -> Vec<f64> {
    let n = n.max(2);
    (0..n)
        .map(|k| a + (b - a) * k as f64 / (n - 1) as f64)
        .collect()
}

/// The LIF's f-I curve, by simulation: `(I nA, rate Hz)`.
pub fn lif_curve() -> Vec<(f64, f64)> {
    let p = LifParams::default();
    let (a, b, n) = LIF_CURRENTS;
    linspace(a, b, n)
        .into_iter()
        .map(|i| (i, measured_rate(&p, i, 1000.0, 0.02)))
        .collect()
}

/// The Hodgkin-Huxley f-I curve, by simulation: `(I µA/cm², rate Hz)`, counting spikes after a
/// 100 ms settling period over 400 ms.
pub fn hh_curve() -> Vec<(f64, f64)> {
    let p = HhParams::default();
    let (a, b, n) = HH_CURRENTS;
    linspace(a, b, n)
        .into_iter()
        .map(|i| {
            let (_, spikes) = hh::simulate(&p, |_| i, 500.0, 0.02);
            let late = spikes.iter().filter(|t| **t >= 100.0).count();
            (i, late as f64 * 1000.0 / 400.0)
        })
        .collect()
}

/// `rate ≈ gain · max(0, I − onset)`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ReluFit {
    pub gain: f64,
    pub onset: f64,
}

impl ReluFit {
    pub fn rate(&self, i: f64) -> f64 {
        self.gain * (i - self.onset).max(0.0)
    }
}

/// `rate ≈ max_rate · σ((I − mid) / scale)`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct SigmoidFit {
    pub max_rate: f64,
    pub mid: f64,
    pub scale: f64,
}

impl SigmoidFit {
    pub fn rate(&self, i: f64) -> f64 {
        self.max_rate * sigmoid((i - self.mid) / self.scale)
    }
}

/// The least-squares ReLU fit over all points, silent ones included: for each candidate onset
/// on a fine grid the best gain has a closed form, `Σ r·u / Σ u²` with `u = max(0, I − onset)`.
/// `None` if nothing fires.
pub fn fit_relu(points: &[(f64, f64)]) -> Option<ReluFit> {
    if points.iter().all(|p| p.1 <= 0.0) {
        return None;
    }
    let (lo, hi) = points
        .iter()
        .fold((f64::INFINITY, f64::NEG_INFINITY), |(a, b), p| {
            (a.min(p.0), b.max(p.0))
        });
    let mut best: Option<(f64, ReluFit)> = None;
    for k in 0..400 {
        let onset = lo + (hi - lo) * k as f64 / 400.0;
        let (num, den) = points.iter().fold((0.0, 0.0), |(n, d), p| {
            let u = (p.0 - onset).max(0.0);
            (n + p.1 * u, d + u * u)
        });
        if den <= 0.0 {
            continue;
        }
        let fit = ReluFit {
            gain: num / den,
            onset,
        };
        let err: f64 = points.iter().map(|p| (fit.rate(p.0) - p.1).powi(2)).sum();
        if best.is_none_or(|(e, _)| err < e) {
            best = Some((err, fit));
        }
    }
    best.map(|(_, fit)| fit)
}

/// The sigmoid fit by grid search over the midpoint and scale, with the maximum rate at 1.2
/// times the highest measured (so the curve can bend over above the data).
pub fn fit_sigmoid(points: &[(f64, f64)]) -> Option<SigmoidFit> {
    let top = points.iter().map(|p| p.1).fold(0.0, f64::max);
    if top <= 0.0 || points.len() < 3 {
        return None;
    }
    let (lo, hi) = points
        .iter()
        .fold((f64::INFINITY, f64::NEG_INFINITY), |(a, b), p| {
            (a.min(p.0), b.max(p.0))
        });
    let span = (hi - lo).max(1e-9);
    let mut best: Option<(f64, SigmoidFit)> = None;
    for max_factor in [1.0, 1.1, 1.2, 1.4, 1.7, 2.0] {
        for mi in 0..=60 {
            for si in 1..=40 {
                let fit = SigmoidFit {
                    max_rate: top * max_factor,
                    mid: lo + span * mi as f64 / 60.0,
                    scale: span * si as f64 / 100.0,
                };
                let err: f64 = points.iter().map(|p| (fit.rate(p.0) - p.1).powi(2)).sum();
                if best.is_none_or(|(e, _)| err < e) {
                    best = Some((err, fit));
                }
            }
        }
    }
    best.map(|(_, fit)| fit)
}
