//! Spike-timing-dependent plasticity (STDP), the pair-based rule (Bi & Poo, 1998; Song, Miller
//! & Abbott, 2000). For each pair of a presynaptic spike at `t_pre` and a postsynaptic spike at
//! `t_post`, with `Δt = t_post − t_pre`:
//!
//! ```text
//! Δw = +A₊ e^(−Δt/τ₊)    if Δt > 0   (pre before post: the input helped cause the spike)
//! Δw = −A₋ e^(+Δt/τ₋)    if Δt < 0   (post before pre: the input came too late)
//! ```
//!
//! with τ₊ = τ₋ = 20 ms. The rule is local: it uses only the two spike times at this synapse,
//! no error signal and no backward pass.

/// The rule's constants.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct StdpParams {
    pub a_plus: f64,
    pub a_minus: f64,
    /// ms
    pub tau_plus: f64,
    /// ms
    pub tau_minus: f64,
}

impl Default for StdpParams {
    /// A₊ = 0.010, A₋ = 0.0105 (slightly stronger depression keeps weights from running away),
    /// τ₊ = τ₋ = 20 ms.
    fn default() -> Self {
        StdpParams {
            a_plus: 0.010,
            a_minus: 0.0105,
            tau_plus: 20.0,
            tau_minus: 20.0,
        }
    }
}

impl StdpParams {
    /// The weight change for one pair with `Δt = t_post − t_pre` (ms). Zero at `Δt = 0`.
    pub fn window(&self, dt: f64) -> f64 {
        if dt > 0.0 {
            self.a_plus * (-dt / self.tau_plus).exp()
        } else if dt < 0.0 {
            -self.a_minus * (dt / self.tau_minus).exp()
        } else {
            0.0
        }
    }

    /// The total change from every pre/post pair of two spike trains (all-to-all pairing).
    pub fn total_change(&self, pre: &[f64], post: &[f64]) -> f64 {
        pre.iter()
            .flat_map(|tp| post.iter().map(move |tq| tq - tp))
            .map(|dt| self.window(dt))
            .sum()
    }
}

/// The same rule online, with decaying traces, as a simulation applies it spike by spike:
/// each presynaptic spike bumps `pre_trace` and depresses by `A₋ · post_trace`; each
/// postsynaptic spike bumps `post_trace` and potentiates by `A₊ · pre_trace`.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Traces {
    pub pre_trace: f64,
    pub post_trace: f64,
}

impl Traces {
    /// Decays both traces over `dt` ms.
    pub fn step(&mut self, p: &StdpParams, dt: f64) {
        self.pre_trace *= (-dt / p.tau_plus).exp();
        self.post_trace *= (-dt / p.tau_minus).exp();
    }

    /// A presynaptic spike: returns the weight change (depression).
    pub fn on_pre(&mut self, p: &StdpParams) -> f64 {
        self.pre_trace += 1.0;
        -p.a_minus * self.post_trace
    }

    /// A postsynaptic spike: returns the weight change (potentiation).
    pub fn on_post(&mut self, p: &StdpParams) -> f64 {
        self.post_trace += 1.0;
        p.a_plus * self.pre_trace
    }
}

/// The largest weight a synapse can reach; weights stay in `[0, W_MAX]`.
pub const W_MAX: f64 = 1.0;

/// The weight after each of `n` repetitions of one pairing at `Δt` ms, starting from `w0`, the
/// pairings far enough apart (1 s) not to interact; clipped to `[0, W_MAX]`.
pub fn pairing_trajectory(p: &StdpParams, dt: f64, n: usize, w0: f64) -> Vec<f64> {
    let step = p.window(dt);
    let mut w = w0.clamp(0.0, W_MAX);
    let mut out = Vec::with_capacity(n + 1);
    out.push(w);
    for _ in 0..n {
        w = (w + step).clamp(0.0, W_MAX);
        out.push(w);
    }
    out
}

/// For comparison, gradient descent on one artificial weight: a sigmoid neuron with input
/// x = 1 and no bias, taught target `t` by cross-entropy at learning rate `lr`:
/// `w ← w − lr (σ(w) − t)`. The weight after each of `n` updates, from `w0`.
pub fn gradient_trajectory(target: f64, lr: f64, n: usize, w0: f64) -> Vec<f64> {
    let mut w = w0;
    let mut out = Vec::with_capacity(n + 1);
    out.push(w);
    for _ in 0..n {
        w -= lr * (crate::activation::sigmoid(w) - target);
        out.push(w);
    }
    out
}
