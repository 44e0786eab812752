//! Orders of magnitude: neurons, synapses and parameters of some brains and some artificial
//! networks, and the energy of one event in each. Counts are approximate; the comparison is of
//! orders of magnitude, not of like with like (a synapse is not a parameter). The names of the
//! systems and events, and the sources of each figure, are the app's words: here each has an
//! identity.

/// What is counted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Quantity {
    Neurons,
    Synapses,
    Parameters,
}

impl Quantity {
    /// A short stable identifier (a CSS class of the bars).
    pub fn id(self) -> &'static str {
        match self {
            Quantity::Neurons => "neurons",
            Quantity::Synapses => "synapses",
            Quantity::Parameters => "parameters",
        }
    }
}

/// A brain or an artificial network.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum System {
    /// The layers widget at its largest: 2·8 + 8·8 + 8·1 weights and 17 biases.
    LayersWidget,
    /// The worm *C. elegans* (White et al. 1986).
    CElegans,
    /// LeNet-5 (LeCun et al. 1998).
    LeNet5,
    /// The fruit fly's brain (Dorkenwald et al. 2024, the FlyWire connectome).
    FruitFly,
    /// The honeybee's brain (Menzel & Giurfa 2001).
    Honeybee,
    /// ResNet-50 (He et al. 2016).
    ResNet50,
    /// The mouse brain (Herculano-Houzel et al. 2006).
    Mouse,
    /// The human brain (Azevedo et al. 2009 for neurons; synapses of the order of 10¹⁴).
    Human,
    /// GPT-3 (Brown et al. 2020).
    Gpt3,
}

/// One bar of the comparison: `count` of `quantity` in `system` (its source is the app's
/// words, one per system and quantity).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Entry {
    pub system: System,
    pub quantity: Quantity,
    pub count: f64,
}

/// The entries, smallest systems first.
pub const ENTRIES: [Entry; 12] = [
    Entry {
        system: System::LayersWidget,
        quantity: Quantity::Parameters,
        count: 105.0,
    },
    Entry {
        system: System::CElegans,
        quantity: Quantity::Neurons,
        count: 302.0,
    },
    Entry {
        system: System::CElegans,
        quantity: Quantity::Synapses,
        count: 7.0e3,
    },
    Entry {
        system: System::LeNet5,
        quantity: Quantity::Parameters,
        count: 6.0e4,
    },
    Entry {
        system: System::FruitFly,
        quantity: Quantity::Neurons,
        count: 1.39e5,
    },
    Entry {
        system: System::Honeybee,
        quantity: Quantity::Neurons,
        count: 9.6e5,
    },
    Entry {
        system: System::ResNet50,
        quantity: Quantity::Parameters,
        count: 2.56e7,
    },
    Entry {
        system: System::FruitFly,
        quantity: Quantity::Synapses,
        count: 5.0e7,
    },
    Entry {
        system: System::Mouse,
        quantity: Quantity::Neurons,
        count: 7.1e7,
    },
    Entry {
        system: System::Human,
        quantity: Quantity::Neurons,
        count: 8.6e10,
    },
    Entry {
        system: System::Gpt3,
        quantity: Quantity::Parameters,
        count: 1.75e11,
    },
    Entry {
        system: System::Human,
        quantity: Quantity::Synapses,
        count: 1.0e14,
    },
];

/// Free energy of hydrolysing one ATP molecule in a cell, in joules: about 50 kJ/mol under
/// cellular conditions (Nelson & Cox, Lehninger Principles of Biochemistry) divided by
/// Avogadro's number, 6.022 × 10²³ per mole.
pub const JOULES_PER_ATP: f64 = 50.0e3 / 6.022e23;

/// An event whose energy is compared.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Event {
    /// One vesicle of glutamate released and its postsynaptic current (Attwell & Laughlin 2001).
    SynapticEvent,
    /// One 32-bit floating-point multiply-add, 3.7 pJ multiply + 0.9 pJ add (Horowitz 2014).
    MultiplyAdd,
    /// A whole neuron's spike (Attwell & Laughlin 2001; mammalian spikes use several times less).
    ActionPotential,
    /// One 32-bit read from DRAM (Horowitz 2014).
    DramRead,
}

/// One energy figure: the cost of one event in a brain or in a chip (its description and
/// source are the app's words).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct EnergyItem {
    pub event: Event,
    /// For a biological event, the ATP molecules it uses (its joules are `atp × JOULES_PER_ATP`);
    /// `None` for a chip's operation, which is measured in joules directly.
    pub atp: Option<f64>,
    /// The energy of one event, in joules.
    pub joules: f64,
}

/// The energy of one spike, one synaptic event, one 32-bit multiply-add and one 32-bit DRAM
/// read. Orders of magnitude only: the biological figures are estimates for rodent grey matter,
/// and the chip figures are for a 45 nm process (newer processes spend less per operation, but
/// memory access stays far dearer than arithmetic).
pub const ENERGY: [EnergyItem; 4] = [
    EnergyItem {
        event: Event::SynapticEvent,
        atp: Some(1.64e5),
        joules: 1.64e5 * JOULES_PER_ATP,
    },
    EnergyItem {
        event: Event::MultiplyAdd,
        atp: None,
        joules: 4.6e-12,
    },
    EnergyItem {
        event: Event::ActionPotential,
        atp: Some(3.84e8),
        joules: 3.84e8 * JOULES_PER_ATP,
    },
    EnergyItem {
        event: Event::DramRead,
        atp: None,
        joules: 640e-12,
    },
];

/// Joules in picojoules, to two significant figures.
pub fn picojoules(joules: f64) -> f64 {
    let pj = joules * 1e12;
    if pj == 0.0 || !pj.is_finite() {
        return pj;
    }
    let digits = pj.abs().log10().floor() as i32;
    let scale = 10f64.powi(1 - digits);
    (pj * scale).round() / scale
}

/// The word a large count is read with: "86 billion" is 86 of [`Magnitude::Billion`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Magnitude {
    /// Read as a plain number, `value` a whole number.
    One,
    Million,
    Billion,
    Trillion,
}

impl Magnitude {
    /// How many ones it stands for.
    pub fn size(self) -> f64 {
        match self {
            Magnitude::One => 1.0,
            Magnitude::Million => 1e6,
            Magnitude::Billion => 1e9,
            Magnitude::Trillion => 1e12,
        }
    }
}

/// A count as it is read: `value` of `magnitude`, to two significant figures from a million
/// up ("86 billion", "2.6 million"), a whole number below.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LargeCount {
    pub value: f64,
    pub magnitude: Magnitude,
}

impl LargeCount {
    /// The count as it is read, as one number: 86 billion is 8.6e10.
    pub fn rounded(&self) -> f64 {
        self.value * self.magnitude.size()
    }

    /// Whether it is read in millions or more (some languages then join it to what it
    /// counts with a preposition: "86 mil millones de neuronas").
    pub fn is_large(&self) -> bool {
        self.magnitude != Magnitude::One
    }
}

/// `count` as it is read: `in_words(8.6e10)` is 86 billion, `in_words(7.0e3)` is 7000.
pub fn in_words(count: f64) -> LargeCount {
    for magnitude in [Magnitude::Trillion, Magnitude::Billion, Magnitude::Million] {
        if count >= magnitude.size() {
            let v = count / magnitude.size();
            let value = if v >= 10.0 {
                v.round()
            } else {
                (v * 10.0).round() / 10.0
            };
            return LargeCount { value, magnitude };
        }
    }
    LargeCount {
        value: count.round(),
        magnitude: Magnitude::One,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_read_as_words() {
        let count = |value, magnitude| LargeCount { value, magnitude };
        assert_eq!(in_words(8.6e10), count(86.0, Magnitude::Billion));
        assert_eq!(in_words(1.0e14), count(100.0, Magnitude::Trillion));
        assert_eq!(in_words(1.75e11), count(175.0, Magnitude::Billion));
        assert_eq!(in_words(2.56e7), count(26.0, Magnitude::Million));
        assert_eq!(in_words(7.1e7), count(71.0, Magnitude::Million));
        assert_eq!(in_words(2.56e6), count(2.6, Magnitude::Million));
        assert_eq!(in_words(7.0e3), count(7000.0, Magnitude::One));
        assert_eq!(in_words(302.0), count(302.0, Magnitude::One));
        assert_eq!(in_words(1.39e5), count(139_000.0, Magnitude::One));
    }

    #[test]
    fn energy_follows_from_atp_and_is_sorted() {
        // 50 kJ/mol over Avogadro's number.
        assert!((JOULES_PER_ATP - 8.303e-20).abs() < 1e-23);
        for e in ENERGY {
            if let Some(atp) = e.atp {
                assert!((e.joules - atp * JOULES_PER_ATP).abs() <= 1e-9 * e.joules);
            }
        }
        assert!(ENERGY.windows(2).all(|w| w[0].joules < w[1].joules));
        // The arithmetic the page shows: a synaptic event about 0.014 pJ, a spike about 32 pJ.
        assert_eq!(picojoules(ENERGY[0].joules), 0.014);
        assert_eq!(picojoules(ENERGY[1].joules), 4.6);
        assert_eq!(picojoules(ENERGY[2].joules), 32.0);
        assert_eq!(picojoules(ENERGY[3].joules), 640.0);
    }

    #[test]
    fn entries_are_sorted_and_each_system_counts_a_thing_once() {
        assert!(ENTRIES.windows(2).all(|w| w[0].count <= w[1].count));
        assert!(ENTRIES.iter().all(|e| e.count > 0.0));
        for (i, a) in ENTRIES.iter().enumerate() {
            assert!(
                ENTRIES[i + 1..]
                    .iter()
                    .all(|b| (a.system, a.quantity) != (b.system, b.quantity)),
                "{a:?}"
            );
        }
    }
}
