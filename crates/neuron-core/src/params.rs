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
    /// The number is too large to be a value (for example `1e999` or `inf`).
    NotFinite,
    /// Only a sign or a decimal sign so far: the person is still typing.
    Incomplete,
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

    /// Reads a value a person typed in a language whose decimal sign is `decimal` (`.` or `,`).
    /// Accepts surrounding spaces, a leading `+` and the Unicode minus sign. Where the decimal
    /// sign is a comma, a point is taken as one too (keyboards and habits mix them); where it
    /// is a point, a comma can only group thousands ("1,500" is 1500, "0,5" is not a number).
    /// Rejects anything non-finite or out of range; a sign or decimal sign alone is a value
    /// still being typed.
    pub fn parse(&self, text: &str, decimal: char) -> Result<f64, ParamError> {
        let cleaned = text.trim().replace(['−', '–'], "-");
        if cleaned.is_empty() {
            return Err(ParamError::Empty);
        }
        if cleaned.chars().all(|c| matches!(c, '-' | '+' | '.' | ',')) && cleaned.len() <= 2 {
            return Err(ParamError::Incomplete);
        }
        let cleaned = if decimal == ',' {
            cleaned.replace(',', ".")
        } else if cleaned.contains(',') {
            ungrouped(&cleaned).ok_or(ParamError::NotANumber)?
        } else {
            cleaned
        };
        let lowered = cleaned.to_ascii_lowercase();
        // Rust accepts "nan" and "inf" as numbers; a person typing them did not mean a value.
        if lowered.contains("nan") {
            return Err(ParamError::NotANumber);
        }
        if lowered.contains("inf") {
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

/// `text` without the commas that group its digits in threes ("−1,500.5" is "−1500.5"), or
/// `None` if a comma stands anywhere else.
fn ungrouped(text: &str) -> Option<String> {
    let digits_start = text.find(|c: char| c.is_ascii_digit())?;
    let (sign, rest) = text.split_at(digits_start);
    if !matches!(sign, "" | "-" | "+") {
        return None;
    }
    let (whole, fraction) = rest.split_once('.').unwrap_or((rest, ""));
    let mut groups = whole.split(',');
    let first = groups.next()?;
    let first_ok = (1..=3).contains(&first.len()) && first.bytes().all(|b| b.is_ascii_digit());
    let rest_ok = groups
        .clone()
        .all(|g| g.len() == 3 && g.bytes().all(|b| b.is_ascii_digit()));
    if !first_ok || !rest_ok || fraction.contains(',') {
        return None;
    }
    let joined: String = whole.split(',').collect();
    Some(if rest.contains('.') {
        format!("{sign}{joined}.{fraction}")
    } else {
        format!("{sign}{joined}")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_accepts_what_people_type() {
        assert_eq!(WEIGHT.parse(" 0.4 ", '.'), Ok(0.4));
        assert_eq!(WEIGHT.parse("−0.2", '.'), Ok(-0.2));
        assert_eq!(WEIGHT.parse("+1,5", ','), Ok(1.5));
        assert_eq!(WEIGHT.parse("1.5", ','), Ok(1.5));
        assert_eq!(WEIGHT.parse("3", '.'), Ok(3.0));
    }

    #[test]
    fn a_comma_groups_thousands_where_the_decimal_sign_is_a_point() {
        let out_of_range = Err(ParamError::OutOfRange {
            min: -3.0,
            max: 3.0,
        });
        assert_eq!(WEIGHT.parse("1,500", '.'), out_of_range);
        assert_eq!(WEIGHT.parse("−1,000.25", '.'), out_of_range);
        assert_eq!(WEIGHT.parse("0,5", '.'), Err(ParamError::NotANumber));
        assert_eq!(WEIGHT.parse("1,50", '.'), Err(ParamError::NotANumber));
        assert_eq!(WEIGHT.parse(",5", '.'), Err(ParamError::NotANumber));
        assert_eq!(WEIGHT.parse(".5,000", '.'), Err(ParamError::NotANumber));
        assert_eq!(WEIGHT.parse("1,500", ','), Ok(1.5));
    }

    #[test]
    fn parse_rejects_bad_text_with_a_reason() {
        assert_eq!(WEIGHT.parse("", '.'), Err(ParamError::Empty));
        assert_eq!(WEIGHT.parse("abc", '.'), Err(ParamError::NotANumber));
        assert_eq!(WEIGHT.parse("1e999", '.'), Err(ParamError::NotFinite));
        assert_eq!(WEIGHT.parse("NaN", '.'), Err(ParamError::NotANumber));
        assert_eq!(WEIGHT.parse("nan", ','), Err(ParamError::NotANumber));
        assert_eq!(WEIGHT.parse("-inf", '.'), Err(ParamError::NotFinite));
        assert_eq!(
            WEIGHT.parse("3.01", '.'),
            Err(ParamError::OutOfRange {
                min: -3.0,
                max: 3.0
            })
        );
    }

    #[test]
    fn a_sign_alone_is_still_being_typed() {
        for text in ["-", "−", "+", ".", ",", "-.", "-,"] {
            assert_eq!(
                WEIGHT.parse(text, '.'),
                Err(ParamError::Incomplete),
                "{text}"
            );
        }
        assert_eq!(WEIGHT.parse("--", '.'), Err(ParamError::Incomplete));
        assert_eq!(WEIGHT.parse("-x", '.'), Err(ParamError::NotANumber));
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
