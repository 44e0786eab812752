//! Numbers in the language's form. The digits, rounding and minus sign are the core's
//! ([`neuron_core::format`]); the decimal sign is the one the browser's `Intl` uses for the
//! language (a comma in Spanish and German, a point in English and Chinese), and the plural
//! categories are `Intl.PluralRules`' (both written out for the shipped languages: [`shipped`]).
//! Numbers are never grouped (`1234.5`, not `1,234.5`): the page shows no number large enough
//! to need it, and a group sign would read as a decimal one across languages.

use neuron_core::format;

/// The decimal sign of the visit's language.
pub fn decimal_sign() -> char {
    super::locale().map_or('.', |l| l.decimal)
}

/// `x` with exactly `decimals` places, in the language's form (`0,7231` in German).
pub fn fixed(x: f64, decimals: usize) -> String {
    if x.is_nan() {
        return undefined();
    }
    localize(&format::fixed(x, decimals))
}

/// `x` with at most `max_decimals` places and no trailing zeros, in the language's form.
pub fn trimmed(x: f64, max_decimals: usize) -> String {
    if x.is_nan() {
        return undefined();
    }
    localize(&format::trimmed(x, max_decimals))
}

/// `x` trimmed, in parentheses when negative, in the language's form.
pub fn factor(x: f64, max_decimals: usize) -> String {
    if x.is_nan() {
        return undefined();
    }
    localize(&format::factor(x, max_decimals))
}

/// A value that is no number at all (NaN), in words.
fn undefined() -> String {
    crate::t!("core-number-undefined")
}

/// Text whose numbers the core wrote with a decimal point (an equation, say), with the
/// language's decimal sign instead. Only a point between two digits is a decimal point.
pub fn localize(text: &str) -> String {
    let sign = decimal_sign();
    if sign == '.' {
        return text.to_string();
    }
    let chars: Vec<char> = text.chars().collect();
    chars
        .iter()
        .enumerate()
        .map(|(i, &c)| {
            let between_digits = i > 0
                && chars[i - 1].is_ascii_digit()
                && chars.get(i + 1).is_some_and(char::is_ascii_digit);
            if c == '.' && between_digits { sign } else { c }
        })
        .collect()
}

/// The decimal sign and plural rule of each language the page ships (index.html's list), as
/// CLDR and so the browser's `Intl` have them (`tests/components.rs` holds them to `Intl`). The
/// first use of `Intl` loads the language's data, about 20 ms on the main thread just as an
/// embed starts; these need none. A language not listed here is asked of `Intl`.
pub fn shipped(lang: &str) -> Option<(char, catalogue::PluralRule)> {
    match super::pseudo::base(lang) {
        "en" => Some(('.', catalogue::english_plural)),
        "de" => Some((',', catalogue::english_plural)),
        "es" => Some((',', spanish_plural)),
        "zh-CN" => Some(('.', |_| "other")),
        _ => None,
    }
}

/// Spanish's cardinal rule (CLDR 42): `one` for 1, `many` for whole millions, else `other`.
fn spanish_plural(n: f64) -> &'static str {
    let n = n.abs();
    if n == 1.0 {
        "one"
    } else if n != 0.0 && n.fract() == 0.0 && n % 1e6 == 0.0 {
        "many"
    } else {
        "other"
    }
}

/// The decimal sign `Intl` uses for `lang` (a point outside the browser).
pub(super) fn decimal_for(lang: &str) -> char {
    if let Some((sign, _)) = shipped(lang) {
        return sign;
    }
    #[cfg(target_arch = "wasm32")]
    {
        let text: String = js_sys::Number::from(1.5)
            .to_locale_string(super::pseudo::base(lang))
            .into();
        text.chars().find(|c| !c.is_ascii_digit()).unwrap_or('.')
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        '.'
    }
}

/// The plural rule of `lang`: its own (see [`shipped`]), else `Intl.PluralRules`'.
pub(super) fn plural_rule(lang: &str) -> catalogue::PluralRule {
    if let Some((_, rule)) = shipped(lang) {
        return rule;
    }
    #[cfg(target_arch = "wasm32")]
    {
        let locales = js_sys::Array::of1(&super::pseudo::base(lang).into());
        let rules = js_sys::Intl::PluralRules::new(&locales, &js_sys::Object::new());
        RULES.with(|r| *r.borrow_mut() = Some(rules));
        intl_plural
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        catalogue::english_plural
    }
}

#[cfg(target_arch = "wasm32")]
thread_local! {
    static RULES: std::cell::RefCell<Option<js_sys::Intl::PluralRules>> =
        const { std::cell::RefCell::new(None) };
}

#[cfg(target_arch = "wasm32")]
fn intl_plural(n: f64) -> &'static str {
    let category = RULES.with(|r| {
        r.borrow()
            .as_ref()
            .map(|rules| String::from(rules.select(n)))
    });
    match category.as_deref() {
        Some("zero") => "zero",
        Some("one") => "one",
        Some("two") => "two",
        Some("few") => "few",
        Some("many") => "many",
        Some(_) => "other",
        None => catalogue::english_plural(n),
    }
}

/// A large count in the language's own words, by its own rules: 8.6e10 is "86 billion",
/// "86 mil millones", "86 Milliarden", "860亿" (Chinese groups by 万 and 亿), 1e14 is
/// "100 trillion", "100 billones", "100万亿". `Intl`'s compact notation in its long form, with
/// at most three significant figures (pass a count already rounded as it should be read).
/// Outside the browser, the plain digits.
pub fn large_number(x: f64) -> String {
    #[cfg(target_arch = "wasm32")]
    {
        COMPACT.with(|cell| {
            let mut cell = cell.borrow_mut();
            let format = cell.get_or_insert_with(|| {
                let lang = super::locale().map_or("en", |l| l.lang.as_str());
                let locales = js_sys::Array::of1(&super::pseudo::base(lang).into());
                let options = js_sys::Object::new();
                for (key, value) in [
                    ("notation", wasm_bindgen::JsValue::from("compact")),
                    ("compactDisplay", "long".into()),
                    ("maximumSignificantDigits", 3.into()),
                ] {
                    let _ = js_sys::Reflect::set(&options, &key.into(), &value);
                }
                js_sys::Intl::NumberFormat::new(&locales, &options).format()
            });
            format
                .call1(&wasm_bindgen::JsValue::NULL, &x.into())
                .ok()
                .and_then(|v| v.as_string())
                .unwrap_or_else(|| format::trimmed(x, 0))
        })
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        format::trimmed(x, 0)
    }
}

#[cfg(target_arch = "wasm32")]
thread_local! {
    /// `Intl.NumberFormat`'s `format` for large counts, made at its first use.
    static COMPACT: std::cell::RefCell<Option<js_sys::Function>> =
        const { std::cell::RefCell::new(None) };
}
