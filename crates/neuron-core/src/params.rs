//! Named parameter ranges, with their defaults and steps.
//!
//! One table serves the sliders, the number fields, clamping, URL parsing and reset, so a range
//! is changed in one place.

/// The range, default, slider step and display precision of one kind of parameter.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ParamSpec {
    /// Smallest allowed value.
    pub min: f64,
    /// Largest allowed value.
    pub max: f64,
    /// Slider step (and the keyboard's arrow-key step).
    pub step: f64,
    /// Value on reset and for a newly added input.
    pub default: f64,
    /// Decimal places shown in number fields.
    pub decimals: usize,
}

/// An input `x_i` (a dendritic signal), dimensionless.
pub const INPUT: ParamSpec = ParamSpec {
    min: -1.0,
    max: 1.0,
    step: 0.01,
    default: 0.5,
    decimals: 2,
};

/// A weight `w_i` (a synaptic strength), dimensionless.
pub const WEIGHT: ParamSpec = ParamSpec {
    min: -3.0,
    max: 3.0,
    step: 0.01,
    default: 0.0,
    decimals: 2,
};

/// The bias `b` (how easily the neuron fires with no input), dimensionless.
pub const BIAS: ParamSpec = ParamSpec {
    min: -3.0,
    max: 3.0,
    step: 0.01,
    default: 0.0,
    decimals: 2,
};

/// Why typed text was not accepted as a parameter value (the app words it).
#[derive(Clone, Debug, PartialEq)]
pub enum ParamError {
    /// Nothing was typed.
    Empty,
    /// The text is not a number.
    NotANumber,
    /// The number is infinite or NaN (for example `1e999`).
    NotFinite,
    /// The number is outside `[min, max]`.
    OutOfRange { min: f64, max: f64 },
}

impl ParamSpec {
    /// Whether `value` is finite and within `[min, max]`.
    pub fn contains(&self, value: f64) -> bool {
        value.is_finite() && value >= self.min && value <= self.max
    }

    /// `value` brought into `[min, max]`; a NaN becomes the default.
    pub fn clamp(&self, value: f64) -> f64 {
        if value.is_nan() {
            self.default
        } else {
            value.clamp(self.min, self.max)
        }
    }

    /// Reads a value a person typed. Accepts surrounding spaces, a leading `+`, the Unicode
    /// minus sign and a decimal comma; rejects anything non-finite or out of range.
    pub fn parse(&self, text: &str) -> Result<f64, ParamError> {
        let cleaned = text.trim().replace(['−', '–'], "-").replace(',', ".");
        if cleaned.is_empty() {
            return Err(ParamError::Empty);
        }
        let lowered = cleaned.to_ascii_lowercase();
        // Rust accepts "inf" and "nan" as numbers; a person typing them did not mean a value.
        if lowered.contains("inf") || lowered.contains("nan") {
            return Err(ParamError::NotFinite);
        }
        let value: f64 = cleaned.parse().map_err(|_| ParamError::NotANumber)?;
        if !value.is_finite() {
            return Err(ParamError::NotFinite);
        }
        if !self.contains(value) {
            return Err(ParamError::OutOfRange {
                min: self.min,
                max: self.max,
            });
        }
        Ok(value)
    }

    /// `value` rounded to the display precision (what the number field shows).
    pub fn round(&self, value: f64) -> f64 {
        let scale = 10f64.powi(self.decimals as i32);
        (value * scale).round() / scale
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_accepts_what_people_type() {
        assert_eq!(WEIGHT.parse(" 0.4 "), Ok(0.4));
        assert_eq!(WEIGHT.parse("−0.2"), Ok(-0.2));
        assert_eq!(WEIGHT.parse("+1,5"), Ok(1.5));
        assert_eq!(WEIGHT.parse("3"), Ok(3.0));
    }

    #[test]
    fn parse_rejects_bad_text_with_a_reason() {
        assert_eq!(WEIGHT.parse(""), Err(ParamError::Empty));
        assert_eq!(WEIGHT.parse("abc"), Err(ParamError::NotANumber));
        assert_eq!(WEIGHT.parse("1e999"), Err(ParamError::NotFinite));
        assert_eq!(WEIGHT.parse("NaN"), Err(ParamError::NotFinite));
        assert_eq!(WEIGHT.parse("-inf"), Err(ParamError::NotFinite));
        assert_eq!(
            WEIGHT.parse("3.01"),
            Err(ParamError::OutOfRange {
                min: -3.0,
                max: 3.0
            })
        );
    }

    #[test]
    fn clamp_keeps_values_in_range() {
        assert_eq!(INPUT.clamp(7.0), 1.0);
        assert_eq!(INPUT.clamp(-7.0), -1.0);
        assert_eq!(INPUT.clamp(f64::NAN), INPUT.default);
        assert_eq!(INPUT.clamp(f64::NEG_INFINITY), -1.0);
    }

    #[test]
    fn defaults_lie_in_their_ranges() {
        for spec in [INPUT, WEIGHT, BIAS] {
            assert!(spec.contains(spec.default));
            assert!(spec.step > 0.0 && spec.step < spec.max - spec.min);
        }
    }
}
