//! Numbers as a learner reads them: a fixed or trimmed precision, the typographic minus sign,
//! and never `-0.00`. The decimal sign is a point; the app puts the language's in.

/// The typographic minus sign, used instead of the ASCII hyphen.
pub const MINUS: char = '−';

/// `x` with exactly `decimals` places: `fixed(0.72312, 4)` is `"0.7231"`,
/// `fixed(-0.2, 2)` is `"−0.20"`. A value that rounds to zero prints without a sign.
pub fn fixed(x: f64, decimals: usize) -> String {
    if !x.is_finite() {
        return non_finite(x);
    }
    let text = format!("{:.*}", decimals, x.abs());
    if x < 0.0 && text.bytes().any(|b| (b'1'..=b'9').contains(&b)) {
        format!("{MINUS}{text}")
    } else {
        text
    }
}

/// `p` in superscript digits, as in 10¹⁴ or 10⁻³.
pub fn superscript(p: i32) -> String {
    p.to_string()
        .chars()
        .map(|c| match c {
            '-' => '⁻',
            d => ['⁰', '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹']
                [d.to_digit(10).unwrap_or(0) as usize],
        })
        .collect()
}

/// `x` as a number times a power of ten, with `decimals` places: `scientific(1.756e18, 1)` is
/// `"1.8 × 10¹⁸"`, for numbers too large to read digit by digit (a loss after a blow-up).
pub fn scientific(x: f64, decimals: usize) -> String {
    if !x.is_finite() || x == 0.0 {
        return fixed(x, decimals);
    }
    let mut exponent = x.abs().log10().floor() as i32;
    let mut mantissa = x / 10f64.powi(exponent);
    // 9.96 with one decimal rounds to 10.0: write 1.0 × 10 to the next power instead.
    if fixed(mantissa.abs(), decimals).starts_with("10") {
        exponent += 1;
        mantissa /= 10.0;
    }
    format!(
        "{} × 10{}",
        fixed(mantissa, decimals),
        superscript(exponent)
    )
}

/// `x` with at most `max_decimals` places and no trailing zeros: `trimmed(0.50, 2)` is `"0.5"`,
/// `trimmed(3.0, 2)` is `"3"`.
pub fn trimmed(x: f64, max_decimals: usize) -> String {
    let text = fixed(x, max_decimals);
    if text.contains('.') {
        text.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        text
    }
}

/// `x` trimmed, and wrapped in parentheses when negative, for use inside a product or sum:
/// `factor(-0.2, 2)` is `"(−0.2)"`.
pub fn factor(x: f64, max_decimals: usize) -> String {
    let text = trimmed(x, max_decimals);
    if text.starts_with(MINUS) {
        format!("({text})")
    } else {
        text
    }
}

/// The symbol of a value that is no number at all, in every language (the app may word it).
pub const NOT_A_NUMBER: &str = "NaN";

fn non_finite(x: f64) -> String {
    if x.is_nan() {
        NOT_A_NUMBER.to_string()
    } else if x > 0.0 {
        "∞".to_string()
    } else {
        format!("{MINUS}∞")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn large_numbers_in_powers_of_ten() {
        assert_eq!(superscript(14), "¹⁴");
        assert_eq!(superscript(-3), "⁻³");
        assert_eq!(scientific(1_756_109_274_762_619_648.0, 1), "1.8 × 10¹⁸");
        assert_eq!(scientific(-2.5e7, 2), "−2.50 × 10⁷");
        assert_eq!(scientific(9.96e20, 1), "1.0 × 10²¹");
    }

    #[test]
    fn fixed_rounds_and_signs() {
        assert_eq!(fixed(0.723_12, 4), "0.7231");
        assert_eq!(fixed(-0.2, 2), "−0.20");
        assert_eq!(fixed(-0.000_1, 2), "0.00");
        assert_eq!(fixed(-0.0, 2), "0.00");
        assert_eq!(fixed(12.0, 0), "12");
        assert_eq!(fixed(f64::NAN, 2), NOT_A_NUMBER);
        assert_eq!(fixed(f64::NEG_INFINITY, 2), "−∞");
    }

    #[test]
    fn trimmed_drops_trailing_zeros() {
        assert_eq!(trimmed(0.5, 2), "0.5");
        assert_eq!(trimmed(3.0, 2), "3");
        assert_eq!(trimmed(-0.25, 2), "−0.25");
        assert_eq!(trimmed(10.0, 0), "10");
        assert_eq!(trimmed(-0.001, 2), "0");
    }

    #[test]
    fn factor_brackets_negatives() {
        assert_eq!(factor(-0.2, 2), "(−0.2)");
        assert_eq!(factor(0.4, 2), "0.4");
    }
}
