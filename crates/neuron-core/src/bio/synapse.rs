//! Synapses: presynaptic spike trains and the currents they cause in the postsynaptic neuron.
//!
//! Each presynaptic spike adds `w` to a synaptic current that then decays exponentially with
//! time constant `τ_s`: `dI/dt = −I/τ_s`, `I ← I + w` at each spike. A positive `w` is an
//! excitatory synapse (it depolarises), a negative one inhibitory. The *alpha* shape, which rises
//! before it decays, is the same filter applied twice: `I(t) = w (t/τ) e^(1 − t/τ)` for one
//! spike, peaking at `w` after `τ`.

use crate::rng::Rng;

/// The shape of a synaptic current.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shape {
    /// Jumps up at the spike, decays exponentially.
    Exponential,
    /// Rises smoothly to its peak after τ, then decays.
    Alpha,
}

/// One synapse's current.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Synapse {
    pub shape: Shape,
    /// Decay time constant, ms.
    pub tau: f64,
    /// The current now.
    pub current: f64,
    /// The alpha shape's inner stage.
    rising: f64,
}

impl Synapse {
    pub fn new(shape: Shape, tau: f64) -> Self {
        Synapse {
            shape,
            tau: tau.max(1e-3),
            current: 0.0,
            rising: 0.0,
        }
    }

    /// A presynaptic spike of strength `w` arrives.
    pub fn receive(&mut self, w: f64) {
        if !w.is_finite() {
            return;
        }
        match self.shape {
            Shape::Exponential => self.current += w,
            // Scaled by e so that one spike's current peaks at exactly w.
            Shape::Alpha => self.rising += w * std::f64::consts::E,
        }
    }

    /// Advances by `dt` ms (exact for the exponential decay over the step).
    pub fn step(&mut self, dt: f64) {
        let decay = (-dt / self.tau).exp();
        match self.shape {
            Shape::Exponential => self.current *= decay,
            Shape::Alpha => {
                // Two cascaded exponential filters: exact solution over dt.
                self.current = (self.current + self.rising * dt / self.tau) * decay;
                self.rising *= decay;
            }
        }
    }
}

/// Spike times (ms) at a regular rate (Hz) over `[start, end)`.
pub fn regular_train(rate: f64, start: f64, end: f64) -> Vec<f64> {
    let usable = rate > 0.0 && rate.is_finite() && end > start;
    if !usable {
        return Vec::new();
    }
    let interval = 1000.0 / rate;
    let n = ((end - start) / interval).ceil() as usize;
    (0..n)
        .map(|k| start + k as f64 * interval)
        .filter(|t| *t < end)
        .collect()
}

/// Spike times (ms) of a Poisson process at `rate` Hz over `[start, end)`, drawn from `rng`.
pub fn poisson_train(rate: f64, start: f64, end: f64, rng: &mut impl Rng) -> Vec<f64> {
    let mut times = Vec::new();
    if !(rate > 0.0 && rate.is_finite()) {
        return times;
    }
    let mean_interval = 1000.0 / rate;
    let mut t = start;
    loop {
        t += -mean_interval * (1.0 - rng.uniform()).ln();
        if t >= end || times.len() > 100_000 {
            return times;
        }
        times.push(t);
    }
}
