//! The Hodgkin-Huxley model of the squid giant axon (1952), in the modern convention with the
//! resting potential near −65 mV:
//!
//! ```text
//! C dV/dt = I − g_Na m³h (V − E_Na) − g_K n⁴ (V − E_K) − g_L (V − E_L)
//! dx/dt   = α_x(V) (1 − x) − β_x(V) x          for each gate x ∈ {m, h, n}
//! ```
//!
//! with C = 1 µF/cm², g_Na = 120, g_K = 36, g_L = 0.3 mS/cm², E_Na = 50, E_K = −77,
//! E_L = −54.387 mV, and the rate functions (per ms, V in mV)
//!
//! ```text
//! α_m = 0.1 (V + 40) / (1 − e^(−(V + 40)/10))     β_m = 4 e^(−(V + 65)/18)
//! α_h = 0.07 e^(−(V + 65)/20)                      β_h = 1 / (1 + e^(−(V + 35)/10))
//! α_n = 0.01 (V + 55) / (1 − e^(−(V + 55)/10))    β_n = 0.125 e^(−(V + 65)/80)
//! ```
//!
//! The sodium gate m opens fast, h closes it slowly, and the potassium gate n opens slowly: a
//! spike is sodium rushing in, then potassium rushing out. Integrated with the classical
//! fourth-order Runge-Kutta method, stable at the interactive step of 0.01 ms (and well beyond).

/// The temperature the rate functions below are for, °C: Hodgkin and Huxley's squid axon at
/// 6.3 °C, with no temperature factor applied. Every time in this model (the spike's width, the
/// refractory period, the firing rates) is the cold squid axon's; the same channels run several
/// times faster at a mammal's 37 °C (Hodgkin & Huxley scaled the rates by a Q10 of 3).
pub const TEMPERATURE_C: f64 = 6.3;

/// The model's constants.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct HhParams {
    /// Membrane capacitance, µF/cm².
    pub c_m: f64,
    /// Maximal conductances, mS/cm².
    pub g_na: f64,
    pub g_k: f64,
    pub g_l: f64,
    /// Reversal potentials, mV.
    pub e_na: f64,
    pub e_k: f64,
    pub e_l: f64,
}

impl Default for HhParams {
    fn default() -> Self {
        HhParams {
            c_m: 1.0,
            g_na: 120.0,
            g_k: 36.0,
            g_l: 0.3,
            e_na: 50.0,
            e_k: -77.0,
            e_l: -54.387,
        }
    }
}

/// `x / (1 − e^(−x/y))`, with its limit `y` at `x = 0` (where both α_m and α_n would divide
/// zero by zero).
fn vtrap(x: f64, y: f64) -> f64 {
    if (x / y).abs() < 1e-6 {
        y * (1.0 + x / y / 2.0)
    } else {
        x / (1.0 - (-x / y).exp())
    }
}

/// The opening and closing rates `(α, β)` of the gates at potential `v`, per ms.
pub fn rates(v: f64) -> [(f64, f64); 3] {
    let m = (
        0.1 * vtrap(v + 40.0, 10.0),
        4.0 * (-(v + 65.0) / 18.0).exp(),
    );
    let h = (
        0.07 * (-(v + 65.0) / 20.0).exp(),
        1.0 / (1.0 + (-(v + 35.0) / 10.0).exp()),
    );
    let n = (
        0.01 * vtrap(v + 55.0, 10.0),
        0.125 * (-(v + 65.0) / 80.0).exp(),
    );
    [m, h, n]
}

/// The state: membrane potential (mV) and the three gates (open fractions, 0 to 1).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Hh {
    pub v: f64,
    pub m: f64,
    pub h: f64,
    pub n: f64,
}

/// The ionic currents at a state, µA/cm² (positive outward).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Currents {
    pub sodium: f64,
    pub potassium: f64,
    pub leak: f64,
}

impl Hh {
    /// At `v` with every gate at its steady state there.
    pub fn steady_at(v: f64) -> Hh {
        let [m, h, n] = rates(v).map(|(a, b)| a / (a + b));
        Hh { v, m, h, n }
    }

    /// Near rest (−65 mV, gates at steady state).
    pub fn at_rest() -> Hh {
        Hh::steady_at(-65.0)
    }

    /// The ionic currents now.
    pub fn currents(&self, p: &HhParams) -> Currents {
        Currents {
            sodium: p.g_na * self.m.powi(3) * self.h * (self.v - p.e_na),
            potassium: p.g_k * self.n.powi(4) * (self.v - p.e_k),
            leak: p.g_l * (self.v - p.e_l),
        }
    }

    fn derivative(&self, p: &HhParams, i: f64) -> Hh {
        let c = self.currents(p);
        let [(am, bm), (ah, bh), (an, bn)] = rates(self.v);
        Hh {
            v: (i - c.sodium - c.potassium - c.leak) / p.c_m,
            m: am * (1.0 - self.m) - bm * self.m,
            h: ah * (1.0 - self.h) - bh * self.h,
            n: an * (1.0 - self.n) - bn * self.n,
        }
    }

    fn plus(&self, d: &Hh, k: f64) -> Hh {
        Hh {
            v: self.v + k * d.v,
            m: self.m + k * d.m,
            h: self.h + k * d.h,
            n: self.n + k * d.n,
        }
    }

    /// Advances by `dt` ms with injected current `i` µA/cm² (held over the step), by RK4.
    /// A non-finite result (an absurd current) restarts from rest rather than spreading NaN.
    pub fn step(&mut self, p: &HhParams, i: f64, dt: f64) {
        let i = if i.is_finite() { i } else { 0.0 };
        let k1 = self.derivative(p, i);
        let k2 = self.plus(&k1, dt / 2.0).derivative(p, i);
        let k3 = self.plus(&k2, dt / 2.0).derivative(p, i);
        let k4 = self.plus(&k3, dt).derivative(p, i);
        let next = Hh {
            v: self.v + dt / 6.0 * (k1.v + 2.0 * k2.v + 2.0 * k3.v + k4.v),
            m: self.m + dt / 6.0 * (k1.m + 2.0 * k2.m + 2.0 * k3.m + k4.m),
            h: self.h + dt / 6.0 * (k1.h + 2.0 * k2.h + 2.0 * k3.h + k4.h),
            n: self.n + dt / 6.0 * (k1.n + 2.0 * k2.n + 2.0 * k3.n + k4.n),
        };
        *self = if [next.v, next.m, next.h, next.n]
            .iter()
            .all(|x| x.is_finite())
        {
            Hh {
                m: next.m.clamp(0.0, 1.0),
                h: next.h.clamp(0.0, 1.0),
                n: next.n.clamp(0.0, 1.0),
                ..next
            }
        } else {
            Hh::at_rest()
        };
    }
}

/// The potential a spike must cross upwards to be counted, mV.
pub const SPIKE_DETECT: f64 = 0.0;

/// Simulates `duration` ms with injected current `current(t)`; returns the trace of `v`
/// (one sample per step, after the step) and the spike times (upward crossings of 0 mV).
pub fn simulate(
    p: &HhParams,
    current: impl Fn(f64) -> f64,
    duration: f64,
    dt: f64,
) -> (Vec<f64>, Vec<f64>) {
    let mut s = Hh::at_rest();
    let steps = (duration / dt).round() as usize;
    let mut trace = Vec::with_capacity(steps);
    let mut spikes = Vec::new();
    for k in 0..steps {
        let t = k as f64 * dt;
        let before = s.v;
        s.step(p, current(t), dt);
        if before < SPIKE_DETECT && s.v >= SPIKE_DETECT {
            spikes.push(t + dt);
        }
        trace.push(s.v);
    }
    (trace, spikes)
}
