//! A dendrite that computes XOR: the dendritic calcium action potential (dCaAP) of human
//! cortical layer 2/3 pyramidal neurons (Gidon et al. 2020, *Science* 367:83), driving a leaky
//! integrate-and-fire soma.
//!
//! ## The dendrite's "activation function"
//!
//! Gidon et al. recorded, in the apical dendrites of human L2/3 neurons, calcium action
//! potentials that are *graded*: largest for an input just above the dendritic threshold `θ`,
//! and smaller for stronger input. A phenomenological description of that curve:
//!
//! ```text
//! A(I) = A_max · e^(−(I − θ)/τ)    for I ≥ θ
//! A(I) = 0                          for I < θ
//! ```
//!
//! with `A` the dCaAP's peak depolarisation (mV), `I` the current reaching the dendrite (nA) and
//! `τ` (nA) how fast the amplitude falls as the input grows past threshold. For comparison, the
//! *classic monotonic dendrite* (the usual picture of a dendritic spike, and of every activation
//! function of the artificial neuron used in practice) saturates instead of falling:
//!
//! ```text
//! A(I) = A_max · σ((I − θ)/k),      σ(u) = 1 / (1 + e^−u),   k = SIGMOID_SLOPE = 0.1 nA
//! ```
//!
//! a steep sigmoid centred on the same threshold.
//!
//! ## Two inputs
//!
//! Two inputs `x₁, x₂ ∈ {0, 1}` each bring the same current `s` (the *strength*), so the
//! dendrite receives `I = s·(x₁ + x₂)`: 0, `s` or `2s`. The dCaAP has a fixed time course, an
//! alpha function of onset `t₀ = 10 ms` and time to peak `t_p = 10 ms` (half-width about 25 ms):
//!
//! ```text
//! v_d(t) = A(I) · shape(t),    shape(t) = ((t − t₀)/t_p) · e^(1 − (t − t₀)/t_p)  for t ≥ t₀, else 0
//! ```
//!
//! ## The soma
//!
//! A leaky integrate-and-fire soma ([`crate::bio::lif`]: rest −70 mV, threshold −55 mV, reset
//! −70 mV, refractory 2 ms, τ_m = 10 ms, R = 10 MΩ) receives the coupling current
//! `I_c(t) = g_c · v_d(t)` with `g_c = 0.14 µS`, integrated exactly over steps of 0.1 ms for
//! 100 ms. The soma *fires* for a pattern if it spikes at least once.
//!
//! Below threshold the soma is linear, so its peak depolarisation is proportional to `A`: a
//! dCaAP of `A` mV lifts the soma by `≈ 1.03 · A` mV (for `τ_m = t_p` the continuous-time factor
//! is `R g_c · 2/e = 1.4 · 0.7358`). The soma fires when `A ≥ A_fire ≈ 14.56 mV`
//! ([`firing_amplitude`]), that is when `A_max/A ≤ 40/14.56 ≈ e^1.01`. For the dCaAP this is the
//! window
//!
//! ```text
//! θ ≤ I ≤ θ + 1.01·τ
//! ```
//!
//! and the truth table follows from where `s` and `2s` fall (0 never reaches `θ > 0`):
//!
//! - XOR: `s` in the window, `2s` beyond it (the defaults: θ = 1, τ = 2, s = 2 nA; window 1 to
//!   3.02 nA, inputs 2 and 4 nA);
//! - OR: `s` and `2s` both in the window (a slower decay τ = 4 nA, or a weaker s = 1.25 nA);
//! - AND: `s` below θ, `2s` in the window (s = 0.75 nA);
//! - never: neither (s < θ/2, or s beyond the window).
//!
//! The monotonic dendrite fires for every `I` above one level, so its table can only be never,
//! AND, OR or always: a single monotonic unit cannot compute XOR, whatever its parameters.
//!
//! The XOR was shown by Gidon et al. in a model built on the measured dCaAP curve, as here; it
//! was not recorded as XOR in a living brain. Earlier work (Poirazi, Brannon & Mel 2003,
//! *Neuron* 37:989) had already modelled a pyramidal neuron's dendrites as a two-layer network.

use crate::ParamSpec;
use crate::activation::sigmoid;
use crate::bio::lif::{Lif, LifParams};
use crate::bio::sweep::LIF_SPIKE_DRAWN_TO;
use crate::query::{get, url_number};

/// The largest dCaAP, just above threshold, mV (a model choice, of the order of the recorded
/// amplitudes).
pub const A_MAX: f64 = 40.0;
/// The monotonic dendrite's sigmoid slope `k`, nA: steep, so that it switches over about ±0.3 nA
/// around θ.
pub const SIGMOID_SLOPE: f64 = 0.1;
/// Dendrite-to-soma coupling `g_c`, µS (nA of current per mV of dendritic depolarisation).
pub const COUPLING: f64 = 0.14;
/// When the dCaAP starts, ms.
pub const ONSET_MS: f64 = 10.0;
/// The dCaAP's time from onset to peak `t_p`, ms.
pub const TIME_TO_PEAK_MS: f64 = 10.0;
/// Length of one run, ms.
pub const DURATION_MS: f64 = 100.0;
/// Integration step, ms (every step is recorded).
pub const DT: f64 = 0.1;
/// The soma: the LIF of [`crate::bio::lif`] with rest and reset at −70 mV, threshold −55 mV.
pub const SOMA: LifParams = LifParams {
    tau_m: 10.0,
    e_l: -70.0,
    v_th: -55.0,
    v_reset: -70.0,
    r_m: 10.0,
    t_ref: 2.0,
};

/// The dendritic threshold θ, nA.
pub const THETA: ParamSpec = ParamSpec {
    min: 0.2,
    max: 3.0,
    step: 0.05,
    default: 1.0,
    decimals: 2,
};
/// The dCaAP's decay with input τ, nA: larger is slower (a flatter curve above θ).
pub const TAU: ParamSpec = ParamSpec {
    min: 0.2,
    max: 5.0,
    step: 0.1,
    default: 2.0,
    decimals: 1,
};
/// The current one active input brings to the dendrite, s, nA.
pub const STRENGTH: ParamSpec = ParamSpec {
    min: 0.0,
    max: 3.0,
    step: 0.05,
    default: 2.0,
    decimals: 2,
};
/// The largest input current of the amplitude curve, nA: both inputs at the largest strength.
pub const INPUT_MAX: f64 = 2.0 * STRENGTH.max;

/// The four input patterns `(x₁, x₂)`, in truth-table order.
pub const PATTERNS: [[bool; 2]; 4] = [[false, false], [false, true], [true, false], [true, true]];

/// The dCaAP amplitude (mV) for input `i`: `a_max · e^(−(i − θ)/τ)` for `i ≥ θ`, else 0.
/// A NaN input gives 0; a τ that is not positive is read as the limit τ → 0 (a spike only at
/// exactly θ).
pub fn dcaap_amplitude(i: f64, theta: f64, tau: f64, a_max: f64) -> f64 {
    // Written so that a NaN input (or θ) gives 0.
    if i.partial_cmp(&theta)
        .is_none_or(|o| o == std::cmp::Ordering::Less)
    {
        return 0.0;
    }
    if tau.is_nan() || tau <= 0.0 {
        return if i == theta { a_max } else { 0.0 };
    }
    let a = a_max * (-(i - theta) / tau).exp();
    if a.is_finite() { a } else { 0.0 }
}

/// The monotonic dendrite's amplitude (mV): `a_max · σ((i − θ)/k)`. A NaN input gives 0.
pub fn sigmoid_amplitude(i: f64, theta: f64, k: f64, a_max: f64) -> f64 {
    let a = a_max * sigmoid((i - theta) / k.max(1e-9));
    if a.is_finite() { a } else { 0.0 }
}

/// Which dendrite.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum DendriteKind {
    /// The human L2/3 dCaAP: largest just above θ, smaller for stronger input.
    #[default]
    Dcaap,
    /// A classic monotonic dendrite: a steep sigmoid around θ.
    Monotonic,
}

impl DendriteKind {
    pub const ALL: [DendriteKind; 2] = [DendriteKind::Dcaap, DendriteKind::Monotonic];

    pub fn id(self) -> &'static str {
        match self {
            DendriteKind::Dcaap => "dcaap",
            DendriteKind::Monotonic => "sigmoid",
        }
    }

    pub fn from_id(id: &str) -> Option<DendriteKind> {
        DendriteKind::ALL.into_iter().find(|k| k.id() == id)
    }

    /// The amplitude (mV) for input `i` (nA), threshold `theta` and decay `tau` (nA; the
    /// monotonic dendrite ignores it).
    pub fn amplitude(self, i: f64, theta: f64, tau: f64) -> f64 {
        match self {
            DendriteKind::Dcaap => dcaap_amplitude(i, theta, tau, A_MAX),
            DendriteKind::Monotonic => sigmoid_amplitude(i, theta, SIGMOID_SLOPE, A_MAX),
        }
    }
}

/// The dendrite's parameters.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct DendriteParams {
    pub kind: DendriteKind,
    /// Threshold θ, nA.
    pub theta: f64,
    /// Decay τ, nA.
    pub tau: f64,
    /// One input's current s, nA.
    pub strength: f64,
}

impl Default for DendriteParams {
    /// The dCaAP with θ = 1 nA, τ = 2 nA, s = 2 nA: XOR.
    fn default() -> Self {
        DendriteParams {
            kind: DendriteKind::Dcaap,
            theta: THETA.default,
            tau: TAU.default,
            strength: STRENGTH.default,
        }
    }
}

impl DendriteParams {
    /// Every value brought into its range (NaN becomes the default, ±∞ the nearest end).
    pub fn clamped(mut self) -> DendriteParams {
        self.theta = THETA.clamp(self.theta);
        self.tau = TAU.clamp(self.tau);
        self.strength = STRENGTH.clamp(self.strength);
        self
    }

    /// Whether every value lies in its range.
    pub fn is_valid(&self) -> bool {
        THETA.contains(self.theta) && TAU.contains(self.tau) && STRENGTH.contains(self.strength)
    }

    /// The dendrite's input current for a pattern, `s·(x₁ + x₂)`, nA.
    pub fn input(&self, inputs: [bool; 2]) -> f64 {
        let p = self.clamped();
        p.strength * inputs.iter().filter(|x| **x).count() as f64
    }

    /// The input currents of one and of two active inputs, `[s, 2s]`, nA (for marking on the
    /// amplitude curve).
    pub fn input_levels(&self) -> [f64; 2] {
        let s = self.clamped().strength;
        [s, 2.0 * s]
    }

    /// The dCaAP amplitude for input current `i`, mV.
    pub fn amplitude(&self, i: f64) -> f64 {
        let p = self.clamped();
        p.kind.amplitude(i, p.theta, p.tau)
    }
}

/// The dCaAP's normalised time course (peak 1 at `ONSET_MS + TIME_TO_PEAK_MS`).
pub fn shape(t: f64) -> f64 {
    let u = (t - ONSET_MS) / TIME_TO_PEAK_MS;
    if u > 0.0 { u * (1.0 - u).exp() } else { 0.0 }
}

/// One simulated run: every [`DT`] from 0 to [`DURATION_MS`].
#[derive(Clone, Debug, PartialEq)]
pub struct DendriteRun {
    pub inputs: [bool; 2],
    /// The dendrite's input current `I`, nA.
    pub input: f64,
    /// The dCaAP's peak amplitude `A(I)`, mV.
    pub amplitude: f64,
    /// Sample times, ms.
    pub times: Vec<f64>,
    /// The dendritic depolarisation `v_d(t)`, mV above rest.
    pub v_dend: Vec<f64>,
    /// The soma's membrane potential, mV; a spike's sample is drawn at
    /// [`LIF_SPIKE_DRAWN_TO`] (the model has no spike shape).
    pub v_soma: Vec<f64>,
    /// Spike times, ms.
    pub spike_times: Vec<f64>,
}

impl DendriteRun {
    /// Whether the soma spiked at least once.
    pub fn fired(&self) -> bool {
        !self.spike_times.is_empty()
    }
}

/// Simulates the dendrite and soma for one input pattern.
pub fn simulate(params: &DendriteParams, inputs: [bool; 2]) -> DendriteRun {
    let p = params.clamped();
    let input = p.input(inputs);
    let amplitude = p.amplitude(input);
    let steps = (DURATION_MS / DT).round() as usize;
    let mut run = DendriteRun {
        inputs,
        input,
        amplitude,
        times: Vec::with_capacity(steps + 1),
        v_dend: Vec::with_capacity(steps + 1),
        v_soma: Vec::with_capacity(steps + 1),
        spike_times: Vec::new(),
    };
    let mut soma = Lif::at_rest(&SOMA);
    for k in 0..=steps {
        let t = k as f64 * DT;
        let v_d = amplitude * shape(t);
        let spiked = k > 0 && soma.step(&SOMA, COUPLING * v_d, DT);
        if spiked {
            run.spike_times.push(t);
        }
        run.times.push(t);
        run.v_dend.push(v_d);
        run.v_soma
            .push(if spiked { LIF_SPIKE_DRAWN_TO } else { soma.v });
    }
    run
}

/// The soma's largest depolarisation (mV above rest) for a dCaAP of 1 mV, without a threshold:
/// below threshold the soma is linear, so a dCaAP of `A` mV lifts it by `A` times this.
pub fn soma_gain() -> f64 {
    let steps = (DURATION_MS / DT).round() as usize;
    let (mut v, mut peak) = (0.0f64, 0.0f64);
    let decay = (-DT / SOMA.tau_m).exp();
    for k in 1..=steps {
        let v_inf = SOMA.r_m * COUPLING * shape(k as f64 * DT);
        v = v_inf + (v - v_inf) * decay;
        peak = peak.max(v);
    }
    peak
}

/// The smallest dCaAP amplitude that makes the soma fire, mV (≈ 14.56 mV).
pub fn firing_amplitude() -> f64 {
    (SOMA.v_th - SOMA.e_l) / soma_gain()
}

/// Whether the soma fires for each pattern of [`PATTERNS`]: (0,0), (0,1), (1,0), (1,1).
pub fn truth_table(params: &DendriteParams) -> [bool; 4] {
    PATTERNS.map(|inputs| simulate(params, inputs).fired())
}

/// The amplitude `A(I)` at `samples` inputs evenly spaced from 0 to [`INPUT_MAX`] (at least 2).
/// For the dCaAP, the two points `(θ, 0)` and `(θ, A_max)` are inserted in order, so that a line
/// through the points draws the jump at threshold upright.
pub fn amplitude_curve(params: &DendriteParams, samples: usize) -> Vec<(f64, f64)> {
    let p = params.clamped();
    let n = samples.max(2);
    let mut curve: Vec<(f64, f64)> = (0..n)
        .map(|k| {
            let i = INPUT_MAX * k as f64 / (n - 1) as f64;
            (i, p.amplitude(i))
        })
        .collect();
    if p.kind == DendriteKind::Dcaap {
        let at = curve.partition_point(|(i, _)| *i < p.theta);
        curve.splice(at..at, [(p.theta, 0.0), (p.theta, A_MAX)]);
    }
    curve
}

/// The logic function of a truth table over (0,0), (0,1), (1,0), (1,1).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Gate {
    Never,
    And,
    Or,
    Xor,
    Nand,
    Nor,
    Xnor,
    Always,
    /// Any table that depends on one input only, or is not symmetric.
    Other,
}

impl Gate {
    pub const ALL: [Gate; 9] = [
        Gate::Never,
        Gate::And,
        Gate::Or,
        Gate::Xor,
        Gate::Nand,
        Gate::Nor,
        Gate::Xnor,
        Gate::Always,
        Gate::Other,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Gate::Never => "never",
            Gate::And => "and",
            Gate::Or => "or",
            Gate::Xor => "xor",
            Gate::Nand => "nand",
            Gate::Nor => "nor",
            Gate::Xnor => "xnor",
            Gate::Always => "always",
            Gate::Other => "other",
        }
    }

    pub fn from_id(id: &str) -> Option<Gate> {
        Gate::ALL.into_iter().find(|g| g.id() == id)
    }

    /// The gate's truth table (none for [`Gate::Other`]).
    pub fn table(self) -> Option<[bool; 4]> {
        let f = |g: fn(bool, bool) -> bool| Some(PATTERNS.map(|[a, b]| g(a, b)));
        match self {
            Gate::Never => f(|_, _| false),
            Gate::And => f(|a, b| a && b),
            Gate::Or => f(|a, b| a || b),
            Gate::Xor => f(|a, b| a != b),
            Gate::Nand => f(|a, b| !(a && b)),
            Gate::Nor => f(|a, b| !(a || b)),
            Gate::Xnor => f(|a, b| a == b),
            Gate::Always => f(|_, _| true),
            Gate::Other => None,
        }
    }
}

/// The gate a truth table computes.
pub fn classify(table: [bool; 4]) -> Gate {
    Gate::ALL
        .into_iter()
        .find(|g| g.table() == Some(table))
        .unwrap_or(Gate::Other)
}

/// The URL keys of the dendrite widget start with this.
const KEY: &str = "dd-";

/// A dendrite parameter, as named in URLs and in [`UrlProblem`]s.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DendriteField {
    Kind,
    Theta,
    Tau,
    Strength,
}

impl DendriteField {
    pub const ALL: [DendriteField; 4] = [
        DendriteField::Kind,
        DendriteField::Theta,
        DendriteField::Tau,
        DendriteField::Strength,
    ];

    /// The URL key, without the `dd-` prefix.
    pub fn id(self) -> &'static str {
        match self {
            DendriteField::Kind => "k",
            DendriteField::Theta => "th",
            DendriteField::Tau => "tau",
            DendriteField::Strength => "s",
        }
    }

    pub fn from_id(id: &str) -> Option<DendriteField> {
        DendriteField::ALL.into_iter().find(|f| f.id() == id)
    }
}

/// What was wrong with a link's dendrite value. The app words it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum UrlProblem {
    /// Not readable (not a number, not finite, an unknown name): the default is used.
    Unreadable(DendriteField),
    /// A number outside its range: clamped to the nearest end.
    Clamped(DendriteField),
}

impl DendriteParams {
    /// The URL pairs, keys prefixed `dd-`.
    pub fn query_pairs(&self) -> Vec<(String, String)> {
        let p = self.clamped();
        [
            (DendriteField::Kind, p.kind.id().to_string()),
            (DendriteField::Theta, url_number(p.theta)),
            (DendriteField::Tau, url_number(p.tau)),
            (DendriteField::Strength, url_number(p.strength)),
        ]
        .into_iter()
        .map(|(f, v)| (format!("{KEY}{}", f.id()), v))
        .collect()
    }

    /// Reads the parameters from URL pairs: defaults for what is missing or unreadable,
    /// out-of-range numbers clamped, and a problem for each value that was not used as given.
    pub fn from_pairs(pairs: &[(String, String)]) -> (DendriteParams, Vec<UrlProblem>) {
        let mut p = DendriteParams::default();
        let mut problems = Vec::new();
        let value = |f: DendriteField| get(pairs, &format!("{KEY}{}", f.id()));
        if let Some(v) = value(DendriteField::Kind) {
            match DendriteKind::from_id(v.trim()) {
                Some(k) => p.kind = k,
                None => problems.push(UrlProblem::Unreadable(DendriteField::Kind)),
            }
        }
        for (field, spec) in [
            (DendriteField::Theta, THETA),
            (DendriteField::Tau, TAU),
            (DendriteField::Strength, STRENGTH),
        ] {
            let Some(v) = value(field) else { continue };
            let x = match v.trim().parse::<f64>().ok().filter(|x| x.is_finite()) {
                Some(x) => x,
                None => {
                    problems.push(UrlProblem::Unreadable(field));
                    continue;
                }
            };
            if !spec.contains(x) {
                problems.push(UrlProblem::Clamped(field));
            }
            let x = spec.clamp(x);
            match field {
                DendriteField::Theta => p.theta = x,
                DendriteField::Tau => p.tau = x,
                _ => p.strength = x,
            }
        }
        (p, problems)
    }
}
