//! One *sweep* of a current-clamp experiment, as on an electrophysiology rig: 100 ms in which a
//! stimulus protocol injects current into the neuron (LIF or Hodgkin-Huxley) and the membrane
//! potential is recorded. Each control change recomputes the sweep at once (10 000 steps of
//! 0.01 ms); repeated sweeps differ only in their noise, drawn from the seed and the sweep's
//! number, so the spike raster of many sweeps shows how reliable the timing is.

use crate::ParamSpec;
use crate::bio::hh::{self, Hh, HhParams};
use crate::bio::lif::{Lif, LifParams};
use crate::rng::{Rng, SplitMix64};

/// Length of a sweep, ms.
pub const SWEEP_MS: f64 = 100.0;
/// Integration step, ms.
pub const DT: f64 = 0.01;
/// Recorded samples are kept every this many ms (enough for any screen).
pub const SAMPLE_MS: f64 = 0.05;
/// When the first pulse starts, ms.
pub const ONSET_MS: f64 = 10.0;
/// When a step or train ends, ms.
pub const OFFSET_MS: f64 = 90.0;
/// How often the noise current takes a new value, ms.
const NOISE_MS: f64 = 0.1;
/// LIF spikes are drawn as lines up to this potential (the model itself has no spike shape).
pub const LIF_SPIKE_DRAWN_TO: f64 = 30.0;

/// Which neuron model.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Model {
    Hh,
    Lif,
}

impl Model {
    pub const ALL: [Model; 2] = [Model::Hh, Model::Lif];

    /// Whether the model starts firing abruptly, at a rate well above zero (Hodgkin's class 2
    /// excitability: Hodgkin-Huxley jumps from silence to about 50 Hz), rather than from an
    /// arbitrarily low rate (class 1: integrate-and-fire, whose rate rises from zero at its
    /// threshold current). A property of the model, not of sampled points: between two
    /// samples a class 1 curve can look like a jump too (tests/bio.rs checks both).
    pub fn starts_abruptly(self) -> bool {
        matches!(self, Model::Hh)
    }

    pub fn id(self) -> &'static str {
        match self {
            Model::Hh => "hh",
            Model::Lif => "lif",
        }
    }

    pub fn from_id(id: &str) -> Option<Model> {
        Model::ALL.into_iter().find(|m| m.id() == id)
    }

    /// The unit of injected current.
    pub fn current_unit(self) -> &'static str {
        match self {
            Model::Hh => "µA/cm²",
            Model::Lif => "nA",
        }
    }

    /// The stimulus amplitude's range for this model.
    pub fn amplitude_spec(self) -> ParamSpec {
        match self {
            Model::Hh => ParamSpec {
                min: -20.0,
                max: 60.0,
                step: 0.5,
                default: 10.0,
                decimals: 1,
            },
            Model::Lif => ParamSpec {
                min: -10.0,
                max: 40.0,
                step: 0.5,
                default: 20.0,
                decimals: 1,
            },
        }
    }

    /// The potential drawn as "threshold": the LIF's `V_th`; for Hodgkin-Huxley, which has no
    /// fixed threshold, roughly where a brief pulse must take the membrane (−55 mV).
    pub fn threshold(self) -> f64 {
        match self {
            Model::Hh => -55.0,
            Model::Lif => LifParams::default().v_th,
        }
    }

    /// The resting potential.
    pub fn rest(self) -> f64 {
        -65.0
    }
}

/// The shape of the injected current.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Stimulus {
    /// One pulse.
    Pulse,
    /// Two pulses, `interval` apart (onset to onset).
    PairedPulse,
    /// Pulses every `interval` ms until 90 ms.
    Train,
    /// A constant current from 10 to 90 ms.
    Step,
}

impl Stimulus {
    pub const ALL: [Stimulus; 4] = [
        Stimulus::Pulse,
        Stimulus::PairedPulse,
        Stimulus::Train,
        Stimulus::Step,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Stimulus::Pulse => "pulse",
            Stimulus::PairedPulse => "paired",
            Stimulus::Train => "train",
            Stimulus::Step => "step",
        }
    }

    pub fn from_id(id: &str) -> Option<Stimulus> {
        Stimulus::ALL.into_iter().find(|s| s.id() == id)
    }
}

/// Pulse width, ms.
pub const WIDTH: ParamSpec = ParamSpec {
    min: 0.1,
    max: 10.0,
    step: 0.1,
    default: 1.0,
    decimals: 1,
};
/// Interval between pulse onsets, ms.
pub const INTERVAL: ParamSpec = ParamSpec {
    min: 1.0,
    max: 60.0,
    step: 0.5,
    default: 20.0,
    decimals: 1,
};
/// Noise: the standard deviation of the noise current, in the model's unit.
pub const NOISE: ParamSpec = ParamSpec {
    min: 0.0,
    max: 20.0,
    step: 0.5,
    default: 0.0,
    decimals: 1,
};

/// A stimulus protocol.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Protocol {
    pub model: Model,
    pub stimulus: Stimulus,
    /// In the model's current unit.
    pub amplitude: f64,
    pub width: f64,
    pub interval: f64,
    pub noise: f64,
    pub seed: u64,
}

impl Default for Protocol {
    fn default() -> Self {
        Protocol {
            model: Model::Hh,
            stimulus: Stimulus::Pulse,
            amplitude: Model::Hh.amplitude_spec().default,
            width: WIDTH.default,
            interval: INTERVAL.default,
            noise: NOISE.default,
            seed: 1,
        }
    }
}

impl Protocol {
    /// The protocol with every value brought into its range.
    pub fn clamped(mut self) -> Protocol {
        self.amplitude = self.model.amplitude_spec().clamp(self.amplitude);
        self.width = WIDTH.clamp(self.width);
        self.interval = INTERVAL.clamp(self.interval);
        self.noise = NOISE.clamp(self.noise);
        self
    }

    /// The stimulus current at time `t` (ms), without noise.
    pub fn current_at(&self, t: f64) -> f64 {
        let in_pulse = |start: f64| t >= start && t < start + self.width;
        let on = match self.stimulus {
            Stimulus::Pulse => in_pulse(ONSET_MS),
            Stimulus::PairedPulse => in_pulse(ONSET_MS) || in_pulse(ONSET_MS + self.interval),
            Stimulus::Train => {
                (ONSET_MS..OFFSET_MS).contains(&t) && (t - ONSET_MS) % self.interval < self.width
            }
            Stimulus::Step => (ONSET_MS..OFFSET_MS).contains(&t),
        };
        if on { self.amplitude } else { 0.0 }
    }

    /// Pulse onsets, ms (none for a step).
    pub fn onsets(&self) -> Vec<f64> {
        match self.stimulus {
            Stimulus::Pulse => vec![ONSET_MS],
            Stimulus::PairedPulse => vec![ONSET_MS, ONSET_MS + self.interval],
            Stimulus::Train => {
                let n = ((OFFSET_MS - ONSET_MS) / self.interval).ceil() as usize;
                (0..n)
                    .map(|k| ONSET_MS + k as f64 * self.interval)
                    .filter(|t| *t < OFFSET_MS)
                    .collect()
            }
            Stimulus::Step => Vec::new(),
        }
    }
}

/// One recorded sweep.
#[derive(Clone, Debug, PartialEq)]
pub struct Sweep {
    pub model: Model,
    /// Membrane potential every [`SAMPLE_MS`], mV.
    pub v: Vec<f64>,
    /// Injected current (with noise) every [`SAMPLE_MS`].
    pub current: Vec<f64>,
    /// For Hodgkin-Huxley: the gates (m, h, n) every [`SAMPLE_MS`].
    pub gates: Vec<[f64; 3]>,
    /// For Hodgkin-Huxley: the sodium, potassium and leak currents every [`SAMPLE_MS`], µA/cm².
    pub ionic: Vec<[f64; 3]>,
    /// Spike times, ms.
    pub spikes: Vec<f64>,
    /// The highest and lowest potential reached, mV.
    pub peak: f64,
    pub trough: f64,
}

impl Sweep {
    /// The sample index at time `t`.
    pub fn index_at(&self, t: f64) -> usize {
        ((t / SAMPLE_MS).round().max(0.0) as usize).min(self.v.len().saturating_sub(1))
    }

    /// How long the recording is, ms.
    pub fn duration(&self) -> f64 {
        self.v.len().saturating_sub(1) as f64 * SAMPLE_MS
    }

    /// The firing rate over the sweep, Hz.
    pub fn rate(&self) -> f64 {
        self.spikes.len() as f64 * 1000.0 / SWEEP_MS
    }
}

/// Records sweep number `index` of `protocol` (the number only changes the noise).
pub fn record(protocol: &Protocol, index: u64) -> Sweep {
    let p = protocol.clamped();
    let mut rng = SplitMix64::new(p.seed.wrapping_mul(0x9e37_79b9).wrapping_add(index));
    let steps = (SWEEP_MS / DT).round() as usize;
    let every = (SAMPLE_MS / DT).round() as usize;
    let noise_every = (NOISE_MS / DT).round() as usize;
    let mut sweep = Sweep {
        model: p.model,
        v: Vec::with_capacity(steps / every + 1),
        current: Vec::with_capacity(steps / every + 1),
        gates: Vec::new(),
        ionic: Vec::new(),
        spikes: Vec::new(),
        peak: f64::MIN,
        trough: f64::MAX,
    };
    let hh_params = HhParams::default();
    let lif_params = LifParams::default();
    let mut hh_state = Hh::at_rest();
    let mut lif_state = Lif::at_rest(&lif_params);
    let mut noise = 0.0;
    for k in 0..=steps {
        let t = k as f64 * DT;
        if p.noise > 0.0 && k % noise_every == 0 {
            noise = p.noise * rng.normal();
        }
        let i = p.current_at(t) + noise;
        let (v, spiked) = match p.model {
            Model::Hh => {
                let before = hh_state.v;
                if k > 0 {
                    hh_state.step(&hh_params, i, DT);
                }
                (
                    hh_state.v,
                    before < hh::SPIKE_DETECT && hh_state.v >= hh::SPIKE_DETECT,
                )
            }
            Model::Lif => {
                let spiked = k > 0 && lif_state.step(&lif_params, i, DT);
                (
                    if spiked {
                        LIF_SPIKE_DRAWN_TO
                    } else {
                        lif_state.v
                    },
                    spiked,
                )
            }
        };
        if spiked {
            sweep.spikes.push(t);
        }
        sweep.peak = sweep.peak.max(v);
        sweep.trough = sweep.trough.min(v);
        if k % every == 0 {
            sweep.v.push(v);
            sweep.current.push(i);
            if p.model == Model::Hh {
                sweep.gates.push([hh_state.m, hh_state.h, hh_state.n]);
                let c = hh_state.currents(&hh_params);
                sweep.ionic.push([c.sodium, c.potassium, c.leak]);
            }
        } else if spiked && p.model == Model::Lif {
            // Keep the drawn spike even when it falls between samples.
            if let Some(last) = sweep.v.last_mut() {
                *last = LIF_SPIKE_DRAWN_TO;
            }
        }
    }
    sweep
}

/// The most spike times a sweep's description lists.
pub const LISTED_SPIKES: usize = 6;

/// What a sweep's description says, for screen readers and the caption (the app words it,
/// with the protocol).
#[derive(Clone, Debug, PartialEq)]
pub struct Summary {
    pub outcome: Outcome,
    /// Spikes per second over the sweep, Hz.
    pub rate: f64,
    /// A paired pulse whose second pulse came during the refractory period, so that it gave no
    /// second spike.
    pub refractory: bool,
}

/// Whether and when the neuron fired.
#[derive(Clone, Debug, PartialEq)]
pub enum Outcome {
    /// No spike: the membrane rose to `peak` mV and fell back (below threshold).
    Silent { peak: f64 },
    /// `count` spikes, the first [`LISTED_SPIKES`] at `times` (ms); for Hodgkin-Huxley the
    /// highest potential reached, `peak` (mV) (the LIF model has no spike shape).
    Spikes {
        count: usize,
        times: Vec<f64>,
        peak: Option<f64>,
    },
}

/// What the sweep's description says.
pub fn summarize(protocol: &Protocol, sweep: &Sweep) -> Summary {
    let outcome = match sweep.spikes.len() {
        0 => Outcome::Silent { peak: sweep.peak },
        count => Outcome::Spikes {
            count,
            times: sweep.spikes.iter().take(LISTED_SPIKES).copied().collect(),
            peak: (protocol.model == Model::Hh).then_some(sweep.peak),
        },
    };
    let refractory = protocol.stimulus == Stimulus::PairedPulse
        && sweep.spikes.len() == 1
        && spikes_for_single(protocol) == 1;
    Summary {
        outcome,
        rate: sweep.rate(),
        refractory,
    }
}

/// How many spikes one pulse of this protocol gives alone (no noise).
fn spikes_for_single(protocol: &Protocol) -> usize {
    let single = Protocol {
        stimulus: Stimulus::Pulse,
        noise: 0.0,
        ..*protocol
    };
    record(&single, 0).spikes.len()
}

/// A setting of the protocol a link holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ProtocolField {
    Model,
    Stimulus,
    Amplitude,
    /// The pulse width.
    Width,
    Interval,
    Noise,
    Seed,
}

/// What was wrong with a link's protocol value (the app words it).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ProtocolProblem {
    /// Not readable: the default is used.
    Unreadable(ProtocolField),
    /// A number outside its range: clamped to the nearest end.
    Clamped(ProtocolField),
}

/// The URL keys of the biological-neuron lab start with this.
const KEY: &str = "bl-";

impl Protocol {
    /// The protocol's URL pairs.
    pub fn query_pairs(&self) -> Vec<(String, String)> {
        use crate::query::url_number;
        [
            ("m", self.model.id().to_string()),
            ("st", self.stimulus.id().to_string()),
            ("a", url_number(self.amplitude)),
            ("w", url_number(self.width)),
            ("i", url_number(self.interval)),
            ("n", url_number(self.noise)),
            ("s", self.seed.to_string()),
        ]
        .into_iter()
        .map(|(k, v)| (format!("{KEY}{k}"), v))
        .collect()
    }

    /// Reads a protocol from URL pairs: defaults for what is missing, and a problem listed
    /// for what is malformed (values out of range are clamped, and listed).
    pub fn from_pairs(pairs: &[(String, String)]) -> (Protocol, Vec<ProtocolProblem>) {
        use crate::query::get;
        let mut p = Protocol::default();
        let mut notices = Vec::new();
        let value = |k: &str| get(pairs, &format!("{KEY}{k}"));
        let bad = |notices: &mut Vec<ProtocolProblem>, field: ProtocolField| {
            notices.push(ProtocolProblem::Unreadable(field))
        };
        if let Some(v) = value("m") {
            match Model::from_id(v) {
                Some(m) => {
                    p.model = m;
                    p.amplitude = m.amplitude_spec().default;
                }
                None => bad(&mut notices, ProtocolField::Model),
            }
        }
        if let Some(v) = value("st") {
            match Stimulus::from_id(v) {
                Some(s) => p.stimulus = s,
                None => bad(&mut notices, ProtocolField::Stimulus),
            }
        }
        let number = |v: &str| v.trim().parse::<f64>().ok().filter(|x| x.is_finite());
        let spec_a = p.model.amplitude_spec();
        for (key, spec, field) in [
            ("a", spec_a, ProtocolField::Amplitude),
            ("w", WIDTH, ProtocolField::Width),
            ("i", INTERVAL, ProtocolField::Interval),
            ("n", NOISE, ProtocolField::Noise),
        ] {
            if let Some(v) = value(key) {
                match number(v) {
                    Some(x) => {
                        if !spec.contains(x) {
                            notices.push(ProtocolProblem::Clamped(field));
                        }
                        let x = spec.clamp(x);
                        match key {
                            "a" => p.amplitude = x,
                            "w" => p.width = x,
                            "i" => p.interval = x,
                            _ => p.noise = x,
                        }
                    }
                    None => bad(&mut notices, field),
                }
            }
        }
        if let Some(v) = value("s") {
            match v.parse::<u64>() {
                Ok(s) => p.seed = s,
                Err(_) => bad(&mut notices, ProtocolField::Seed),
            }
        }
        (p, notices)
    }
}
