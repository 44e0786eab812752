//! The pseudo-locale `en-XA`, for testing layouts: English with accented letters and about 40%
//! more text, so that a label that would overflow in German or Spanish overflows here first and
//! a string that skipped the catalogue stands out unaccented.

/// The pseudo-locale's tag.
pub const TAG: &str = "en-XA";

/// The language whose messages and `Intl` rules `lang` uses: English's for the pseudo-locale,
/// its own for every other.
pub fn base(lang: &str) -> &str {
    if lang == TAG { "en" } else { lang }
}

/// `text` accented and stretched: each vowel doubled and accented. Markup (`<…>`) is kept as
/// it is.
pub fn stretch(text: &str) -> String {
    let mut out = String::with_capacity(text.len() * 2);
    let mut in_tag = false;
    for c in text.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            _ => {}
        }
        if in_tag {
            out.push(c);
            continue;
        }
        match accent(c) {
            Some((a, true)) => {
                out.push(a);
                out.push(a);
            }
            Some((a, false)) => out.push(a),
            None => out.push(c),
        }
    }
    out
}

/// The accented letter, and whether it is a vowel (doubled).
fn accent(c: char) -> Option<(char, bool)> {
    Some(match c {
        'a' => ('á', true),
        'e' => ('é', true),
        'i' => ('í', true),
        'o' => ('ö', true),
        'u' => ('ü', true),
        'y' => ('ý', false),
        'A' => ('Å', true),
        'E' => ('É', true),
        'I' => ('Î', true),
        'O' => ('Ø', true),
        'U' => ('Û', true),
        'c' => ('ç', false),
        'n' => ('ñ', false),
        's' => ('š', false),
        'z' => ('ž', false),
        'C' => ('Ç', false),
        'N' => ('Ñ', false),
        'S' => ('Š', false),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accents_stretches_and_keeps_markup() {
        assert_eq!(stretch("Neuron"), "Ñééüürööñ");
        assert_eq!(stretch("<a href=\"#s1\">go</a>"), "<a href=\"#s1\">göö</a>");
        let english = "The artificial neuron keeps the outline and drops the physics.";
        let ratio = stretch(english).chars().count() as f64 / english.chars().count() as f64;
        assert!((1.3..1.5).contains(&ratio), "{ratio}");
    }
}
