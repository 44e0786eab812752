//! The leaky integrate-and-fire (LIF) neuron.
//!
//! Below threshold the membrane is a leaky capacitor: `τ_m dV/dt = −(V − E_L) + R I(t)`. When
//! `V` reaches `V_th` the neuron spikes (an all-or-nothing event, not modelled in shape), `V`
//! is reset to `V_reset`, and for `t_ref` nothing can happen.
//!
//! For a current held constant over a step `dt`, the equation has the exact solution
//! `V(t + dt) = V∞ + (V(t) − V∞) e^(−dt/τ_m)` with `V∞ = E_L + R I`, which this integrator uses:
//! it is stable for any step size.
//!
//! For constant `I` the time from reset to threshold is `τ_m ln((V∞ − V_reset)/(V∞ − V_th))`,
//! so the firing rate is
//!
//! ```text
//! f(I) = 1 / (t_ref + τ_m ln((V∞ − V_reset) / (V∞ − V_th)))   if V∞ > V_th, else 0
//! ```
//!
//! The current at which `V∞ = V_th`, `(V_th − E_L)/R`, is the *rheobase*: below it the neuron
//! never fires, however long it waits.

/// The LIF neuron's parameters.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LifParams {
    /// Membrane time constant τ_m, in ms.
    pub tau_m: f64,
    /// Resting (leak reversal) potential E_L, in mV.
    pub e_l: f64,
    /// Threshold V_th, in mV.
    pub v_th: f64,
    /// Reset potential V_reset, in mV.
    pub v_reset: f64,
    /// Membrane resistance R, in MΩ.
    pub r_m: f64,
    /// Absolute refractory period t_ref, in ms.
    pub t_ref: f64,
}

impl Default for LifParams {
    /// A typical cortical neuron: τ_m = 10 ms, E_L = −65 mV, V_th = −50 mV, V_reset = −65 mV,
    /// R = 10 MΩ, t_ref = 2 ms (rheobase 1.5 nA).
    fn default() -> Self {
        LifParams {
            tau_m: 10.0,
            e_l: -65.0,
            v_th: -50.0,
            v_reset: -65.0,
            r_m: 10.0,
            t_ref: 2.0,
        }
    }
}

impl LifParams {
    /// The smallest constant current that makes the neuron fire, in nA.
    pub fn rheobase(&self) -> f64 {
        (self.v_th - self.e_l) / self.r_m
    }

    /// The closed-form firing rate for a constant current `i` (nA), in Hz.
    pub fn rate(&self, i: f64) -> f64 {
        let v_inf = self.e_l + self.r_m * i;
        // Written so that a NaN current also gives 0.
        if v_inf.partial_cmp(&self.v_th) != Some(std::cmp::Ordering::Greater) {
            return 0.0;
        }
        let to_threshold = self.tau_m * ((v_inf - self.v_reset) / (v_inf - self.v_th)).ln();
        1000.0 / (self.t_ref + to_threshold)
    }
}

/// The LIF neuron's state.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Lif {
    /// Membrane potential V, in mV.
    pub v: f64,
    /// Time left in the refractory period, in ms (0 when not refractory).
    pub refractory: f64,
}

impl Lif {
    /// At rest.
    pub fn at_rest(p: &LifParams) -> Self {
        Lif {
            v: p.e_l,
            refractory: 0.0,
        }
    }

    /// Advances by `dt` ms with input current `i` nA. Returns whether it spiked.
    pub fn step(&mut self, p: &LifParams, i: f64, dt: f64) -> bool {
        let i = if i.is_finite() { i } else { 0.0 };
        if self.refractory > 0.0 {
            self.refractory = (self.refractory - dt).max(0.0);
            self.v = p.v_reset;
            return false;
        }
        let v_inf = p.e_l + p.r_m * i;
        self.v = v_inf + (self.v - v_inf) * (-dt / p.tau_m).exp();
        if self.v >= p.v_th {
            self.v = p.v_reset;
            self.refractory = p.t_ref;
            true
        } else {
            false
        }
    }
}

/// Simulates `duration` ms of constant current `i` from rest; returns the spike times (ms).
pub fn simulate_constant(p: &LifParams, i: f64, duration: f64, dt: f64) -> Vec<f64> {
    let mut n = Lif::at_rest(p);
    let steps = (duration / dt).round() as usize;
    (1..=steps)
        .filter_map(|k| n.step(p, i, dt).then_some(k as f64 * dt))
        .collect()
}

/// The firing rate measured by simulation: spikes per second over the steady part of a run
/// (from the first spike to the last, so the start from rest does not bias it).
pub fn measured_rate(p: &LifParams, i: f64, duration: f64, dt: f64) -> f64 {
    let spikes = simulate_constant(p, i, duration, dt);
    match (spikes.first(), spikes.last()) {
        (Some(first), Some(last)) if spikes.len() >= 2 => {
            1000.0 * (spikes.len() - 1) as f64 / (last - first)
        }
        _ => 0.0,
    }
}
