//! What the network's input layer is fed: the point's coordinates, and, when switched on, their
//! squares, their product and sine waves across the plane (TensorFlow Playground's seven input
//! features). A feature is a fixed function of `(x₁, x₂)`: the network learns only what comes
//! after it.
//!
//! The sines are `sin 2πx`, two periods across the plane (`[−0.5, 1.5]`), as the Playground's
//! `sin x` makes about two across its `[−6, 6]`.

use std::f64::consts::TAU;

/// One input feature.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Feature {
    X1,
    X2,
    X1Squared,
    X2Squared,
    Product,
    SinX1,
    SinX2,
}

impl Feature {
    pub const ALL: [Feature; 7] = [
        Feature::X1,
        Feature::X2,
        Feature::X1Squared,
        Feature::X2Squared,
        Feature::Product,
        Feature::SinX1,
        Feature::SinX2,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Feature::X1 => "x1",
            Feature::X2 => "x2",
            Feature::X1Squared => "x1sq",
            Feature::X2Squared => "x2sq",
            Feature::Product => "x1x2",
            Feature::SinX1 => "sin1",
            Feature::SinX2 => "sin2",
        }
    }

    pub fn from_id(id: &str) -> Option<Feature> {
        Feature::ALL.into_iter().find(|f| f.id() == id)
    }

    /// The feature's value at the point `(x1, x2)`.
    pub fn value(self, x1: f64, x2: f64) -> f64 {
        match self {
            Feature::X1 => x1,
            Feature::X2 => x2,
            Feature::X1Squared => x1 * x1,
            Feature::X2Squared => x2 * x2,
            Feature::Product => x1 * x2,
            Feature::SinX1 => (TAU * x1).sin(),
            Feature::SinX2 => (TAU * x2).sin(),
        }
    }

    /// [`Feature::value`] in single precision, for drawing.
    pub fn value_f32(self, x1: f32, x2: f32) -> f32 {
        self.value(f64::from(x1), f64::from(x2)) as f32
    }

    fn bit(self) -> u8 {
        1 << Feature::ALL.iter().position(|f| *f == self).unwrap_or(0)
    }
}

/// A set of features, in [`Feature::ALL`]'s order: the network's inputs. Never empty.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Features(u8);

impl Default for Features {
    /// x₁ and x₂, the plane's coordinates.
    fn default() -> Self {
        Features(Feature::X1.bit() | Feature::X2.bit())
    }
}

impl Features {
    /// The set of `list` (the default if it is empty).
    pub fn of(list: &[Feature]) -> Features {
        let bits = list.iter().fold(0, |b, f| b | f.bit());
        if bits == 0 {
            Features::default()
        } else {
            Features(bits)
        }
    }

    pub fn contains(self, f: Feature) -> bool {
        self.0 & f.bit() != 0
    }

    /// The set with `f` switched on or off; switching off the last one changes nothing.
    pub fn with(self, f: Feature, on: bool) -> Features {
        let bits = if on {
            self.0 | f.bit()
        } else {
            self.0 & !f.bit()
        };
        if bits == 0 { self } else { Features(bits) }
    }

    /// The features switched on, in order.
    pub fn list(self) -> Vec<Feature> {
        Feature::ALL
            .into_iter()
            .filter(|f| self.contains(*f))
            .collect()
    }

    /// How many inputs the network has.
    pub fn count(self) -> usize {
        self.0.count_ones() as usize
    }

    /// The inputs for the point `(x1, x2)`, written into `out` (cleared first).
    pub fn inputs_into(self, x1: f64, x2: f64, out: &mut Vec<f64>) {
        out.clear();
        out.extend(
            Feature::ALL
                .into_iter()
                .filter(|f| self.contains(*f))
                .map(|f| f.value(x1, x2)),
        );
    }

    /// The inputs for the point `(x1, x2)`.
    pub fn inputs(self, x1: f64, x2: f64) -> Vec<f64> {
        let mut out = Vec::with_capacity(self.count());
        self.inputs_into(x1, x2, &mut out);
        out
    }

    /// The URL form: the ids joined by commas (as a link's other lists are).
    pub fn id(self) -> String {
        self.list()
            .into_iter()
            .map(Feature::id)
            .collect::<Vec<_>>()
            .join(",")
    }

    /// Reads [`Features::id`]'s form; None for an unknown id or an empty list.
    pub fn from_id(text: &str) -> Option<Features> {
        let list: Option<Vec<Feature>> =
            text.split([',', '+', ' ']).map(Feature::from_id).collect();
        list.filter(|l| !l.is_empty()).map(|l| Features::of(&l))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_are_the_formulas() {
        let (a, b) = (0.3, -0.4);
        assert_eq!(Feature::X1Squared.value(a, b), a * a);
        assert_eq!(Feature::Product.value(a, b), a * b);
        assert!((Feature::SinX2.value(a, 0.25) - 1.0).abs() < 1e-12);
        for f in Feature::ALL {
            assert!((f.value(a, b) - f.value_f32(a as f32, b as f32) as f64).abs() < 1e-6);
        }
    }

    #[test]
    fn sets_keep_order_are_never_empty_and_round_trip() {
        let s = Features::of(&[Feature::SinX1, Feature::X1]);
        assert_eq!(s.list(), vec![Feature::X1, Feature::SinX1]);
        assert_eq!(s.inputs(0.25, 0.0), vec![0.25, 1.0]);
        assert_eq!(Features::from_id(&s.id()), Some(s));
        assert_eq!(Features::of(&[]), Features::default());
        let one = Features::of(&[Feature::X2]);
        assert_eq!(one.with(Feature::X2, false), one);
        assert_eq!(Features::from_id(""), None);
        assert_eq!(Features::from_id("x1+zz"), None);
        assert_eq!(Features::default().id(), "x1,x2");
        assert_eq!(Features::from_id("x1+x2"), Some(Features::default()));
    }
}
