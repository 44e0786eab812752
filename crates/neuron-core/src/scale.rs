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
    fn entries_are_sorted_and_sourced() {
        assert!(ENTRIES.windows(2).all(|w| w[0].count <= w[1].count));
        assert!(
            ENTRIES
                .iter()
                .all(|e| !e.source.is_empty() && e.count > 0.0)
        );
    }
}
