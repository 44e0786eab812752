//! The biological neuron, in models of increasing detail:
//!
//! - [`lif`]: the leaky integrate-and-fire neuron, `τ_m dV/dt = −(V − E_L) + R I(t)`, with a
//!   threshold, a reset and an absolute refractory period; its firing rate for constant input has
//!   a closed form;
//! - [`hh`]: the Hodgkin-Huxley squid axon (1952), sodium and potassium channels with gates
//!   m, h and n, which makes its own spikes;
//! - [`synapse`]: presynaptic spike trains (regular or Poisson) and the exponentially decaying
//!   currents they cause, excitatory or inhibitory;
//! - [`stdp`]: spike-timing-dependent plasticity, the pair-based rule;
//! - [`sweep`]: one current-clamp experiment (a stimulus protocol and the recorded trace);
//! - [`rate_code`]: f-I curves and the activation functions fitted to them;
//! - [`dendrite`]: the human dendritic calcium action potential (dCaAP), whose amplitude falls
//!   for stronger input, so that one dendrite and soma compute XOR (Gidon et al. 2020).
//!
//! Units throughout: time in ms, potential in mV, current in nA (LIF) or µA/cm² (HH),
//! resistance in MΩ (so R·I is in mV), rates in Hz.

pub mod compare;
pub mod dendrite;
pub mod hh;
pub mod lif;
pub mod rate_code;
pub mod stdp;
pub mod sweep;
pub mod synapse;
