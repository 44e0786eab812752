//! Orders of magnitude: neurons, synapses and parameters of some brains and some artificial
//! networks, each with its source. Counts are approximate; the comparison is of orders of
//! magnitude, not of like with like (a synapse is not a parameter).

/// What is counted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Quantity {
    Neurons,
    Synapses,
    Parameters,
}

impl Quantity {
    pub fn name(self) -> &'static str {
        match self {
            Quantity::Neurons => "neurons",
            Quantity::Synapses => "synapses",
            Quantity::Parameters => "parameters",
        }
    }
}

/// One bar of the comparison.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Entry {
    pub system: &'static str,
    pub quantity: Quantity,
    pub count: f64,
    pub source: &'static str,
}

/// The entries, smallest systems first.
pub const ENTRIES: [Entry; 12] = [
    Entry {
        system: "The layers widget (largest)",
        quantity: Quantity::Parameters,
        count: 105.0,
        source: "2·8 + 8·8 + 8·1 weights and 17 biases",
    },
    Entry {
        system: "C. elegans (worm)",
        quantity: Quantity::Neurons,
        count: 302.0,
        source: "White et al. 1986, Phil. Trans. R. Soc. B",
    },
    Entry {
        system: "C. elegans (worm)",
        quantity: Quantity::Synapses,
        count: 7.0e3,
        source: "White et al. 1986 (about 7,000 chemical synapses)",
    },
    Entry {
        system: "LeNet-5 (1998)",
        quantity: Quantity::Parameters,
        count: 6.0e4,
        source: "LeCun et al. 1998, Proc. IEEE",
    },
    Entry {
        system: "Fruit fly brain",
        quantity: Quantity::Neurons,
        count: 1.39e5,
        source: "Dorkenwald et al. 2024, Nature (FlyWire connectome)",
    },
    Entry {
        system: "Honeybee brain",
        quantity: Quantity::Neurons,
        count: 9.6e5,
        source: "Menzel & Giurfa 2001, Trends Cogn. Sci.",
    },
    Entry {
        system: "ResNet-50 (2016)",
        quantity: Quantity::Parameters,
        count: 2.56e7,
        source: "He et al. 2016, CVPR",
    },
    Entry {
        system: "Fruit fly brain",
        quantity: Quantity::Synapses,
        count: 5.0e7,
        source: "Dorkenwald et al. 2024, Nature (FlyWire connectome)",
    },
    Entry {
        system: "Mouse brain",
        quantity: Quantity::Neurons,
        count: 7.1e7,
        source: "Herculano-Houzel et al. 2006, PNAS",
    },
    Entry {
        system: "Human brain",
        quantity: Quantity::Neurons,
        count: 8.6e10,
        source: "Azevedo et al. 2009, J. Comp. Neurol.",
    },
    Entry {
        system: "GPT-3 (2020)",
        quantity: Quantity::Parameters,
        count: 1.75e11,
        source: "Brown et al. 2020, NeurIPS",
    },
    Entry {
        system: "Human brain",
        quantity: Quantity::Synapses,
        count: 1.0e14,
        source: "order of 10¹⁴ (estimates range to 10¹⁵)",
    },
];

/// Free energy of hydrolysing one ATP molecule in a cell, in joules: about 50 kJ/mol under
/// cellular conditions (Nelson & Cox, Lehninger Principles of Biochemistry) divided by
/// Avogadro's number, 6.022 × 10²³ per mole.
pub const JOULES_PER_ATP: f64 = 50.0e3 / 6.022e23;

/// One energy figure: the cost of one event in a brain or in a chip.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct EnergyItem {
    pub event: &'static str,
    /// For a biological event, the ATP molecules it uses (its joules are `atp × JOULES_PER_ATP`);
    /// `None` for a chip's operation, which is measured in joules directly.
    pub atp: Option<f64>,
    /// The energy of one event, in joules.
    pub joules: f64,
    pub source: &'static str,
}

/// The energy of one spike, one synaptic event, one 32-bit multiply-add and one 32-bit DRAM
/// read. Orders of magnitude only: the biological figures are estimates for rodent grey matter,
/// and the chip figures are for a 45 nm process (newer processes spend less per operation, but
/// memory access stays far dearer than arithmetic).
pub const ENERGY: [EnergyItem; 4] = [
    EnergyItem {
        event: "One synaptic event (one vesicle of glutamate released and its postsynaptic current)",
        atp: Some(1.64e5),
        joules: 1.64e5 * JOULES_PER_ATP,
        source: "Attwell & Laughlin 2001, J. Cereb. Blood Flow Metab. 21:1133",
    },
    EnergyItem {
        event: "One 32-bit floating-point multiply-add (3.7 pJ multiply + 0.9 pJ add)",
        atp: None,
        joules: 4.6e-12,
        source: "Horowitz 2014, ISSCC (45 nm)",
    },
    EnergyItem {
        event: "One action potential (a whole neuron's spike)",
        atp: Some(3.84e8),
        joules: 3.84e8 * JOULES_PER_ATP,
        source: "Attwell & Laughlin 2001; mammalian spikes use several times less (Alle et al. 2009, Science 325:1405; Howarth et al. 2012)",
    },
    EnergyItem {
        event: "One 32-bit read from DRAM",
        atp: None,
        joules: 640e-12,
        source: "Horowitz 2014, ISSCC (45 nm)",
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

/// A count in words, to two significant figures: "86 billion", "100 trillion", "7,000".
pub fn in_words(count: f64) -> String {
    let units = [(1e12, "trillion"), (1e9, "billion"), (1e6, "million")];
    for (size, word) in units {
        if count >= size {
            let v = count / size;
            let text = if v >= 10.0 {
                format!("{v:.0}")
            } else {
                format!("{v:.1}").trim_end_matches(".0").to_string()
            };
            return format!("{text} {word}");
        }
    }
    let n = count.round() as u64;
    if n >= 1000 {
        format!("{},{:03}", n / 1000, n % 1000)
    } else {
        n.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_read_as_words() {
        assert_eq!(in_words(8.6e10), "86 billion");
        assert_eq!(in_words(1.0e14), "100 trillion");
        assert_eq!(in_words(1.75e11), "175 billion");
        assert_eq!(in_words(2.56e7), "26 million");
        assert_eq!(in_words(7.0e3), "7,000");
        assert_eq!(in_words(302.0), "302");
        assert_eq!(in_words(1.39e5), "139,000");
    }

    #[test]
    fn energy_follows_from_atp_and_is_sorted() {
        // 50 kJ/mol over Avogadro's number.
        assert!((JOULES_PER_ATP - 8.303e-20).abs() < 1e-23);
        for e in ENERGY {
            if let Some(atp) = e.atp {
                assert!((e.joules - atp * JOULES_PER_ATP).abs() <= 1e-9 * e.joules);
            }
            assert!(!e.source.is_empty());
        }
        assert!(ENERGY.windows(2).all(|w| w[0].joules < w[1].joules));
        // The arithmetic the page shows: a synaptic event about 0.014 pJ, a spike about 32 pJ.
        assert_eq!(picojoules(ENERGY[0].joules), 0.014);
        assert_eq!(picojoules(ENERGY[1].joules), 4.6);
        assert_eq!(picojoules(ENERGY[2].joules), 32.0);
        assert_eq!(picojoules(ENERGY[3].joules), 640.0);
    }

    #[test]
    fn entries_are_sorted_and_sourced() {
        assert!(ENTRIES.windows(2).all(|w| w[0].count <= w[1].count));
        assert!(
            ENTRIES
                .iter()
                .all(|e| !e.source.is_empty() && e.count > 0.0)
        );
    }
}
