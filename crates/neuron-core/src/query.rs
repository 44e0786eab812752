//! A small, forgiving reader and writer for `key=value&key=value` strings (the URL fragment
//! that holds a widget's state). Reading never fails: malformed pairs are skipped, bad percent
//! escapes are kept as text. Checking the values is the caller's job.

/// The version of the URL state format. Bump it when a key's meaning changes.
pub const STATE_VERSION: u32 = 1;

/// The pairs of a query string, in order. A leading `?` or `#` is ignored.
pub fn parse_query(query: &str) -> Vec<(String, String)> {
    query
        .trim_start_matches(['#', '?'])
        .split('&')
        .filter(|pair| !pair.is_empty())
        .map(|pair| match pair.split_once('=') {
            Some((k, v)) => (percent_decode(k), percent_decode(v)),
            None => (percent_decode(pair), String::new()),
        })
        .collect()
}

/// The value of the first pair named `key`.
pub fn get<'a>(pairs: &'a [(String, String)], key: &str) -> Option<&'a str> {
    pairs
        .iter()
        .find(|(k, _)| k == key)
        .map(|(_, v)| v.as_str())
}

/// Joins pairs into a query string, escaping what needs it.
pub fn build_query<'a>(pairs: impl IntoIterator<Item = (&'a str, String)>) -> String {
    pairs
        .into_iter()
        .map(|(k, v)| format!("{}={}", percent_encode(k), percent_encode(&v)))
        .collect::<Vec<_>>()
        .join("&")
}

/// A number as it is written in URLs: plain ASCII, at most six decimals, no trailing zeros.
pub fn url_number(x: f64) -> String {
    let text = format!("{:.6}", x);
    let text = text.trim_end_matches('0').trim_end_matches('.');
    if text == "-0" {
        "0".to_string()
    } else {
        text.to_string()
    }
}

/// The longest a notice quotes a value it could not use, in characters.
pub const QUOTED_MAX_CHARS: usize = 24;

/// A value from the address as a notice quotes it: at most [`QUOTED_MAX_CHARS`] characters,
/// then an ellipsis, so that a tampered link of any length gives a notice of one line.
pub fn quoted(value: &str) -> String {
    let mut chars = value.chars();
    let shown: String = chars.by_ref().take(QUOTED_MAX_CHARS).collect();
    if chars.next().is_some() {
        format!("{shown}…")
    } else {
        shown
    }
}

fn percent_encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' | b',' => {
                out.push(byte as char)
            }
            _ => out.push_str(&format!("%{byte:02X}")),
        }
    }
    out
}

fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let escaped = (bytes[i] == b'%')
            .then(|| bytes.get(i + 1..i + 3))
            .flatten()
            .and_then(|hex| std::str::from_utf8(hex).ok())
            .and_then(|hex| u8::from_str_radix(hex, 16).ok());
        match escaped {
            Some(byte) => {
                out.push(byte);
                i += 3;
            }
            None => {
                out.push(if bytes[i] == b'+' { b' ' } else { bytes[i] });
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoted_values_are_one_line_long_at_most() {
        assert_eq!(quoted("fr"), "fr");
        assert_eq!(quoted(&"x".repeat(24)), "x".repeat(24));
        assert_eq!(quoted(&"é".repeat(10_000)), format!("{}…", "é".repeat(24)));
    }

    #[test]
    fn parses_pairs_and_escapes() {
        let pairs = parse_query("#v=1&w=0.4%2C-0.2&flag&=x&bad=%zz&&sp=a+b");
        assert_eq!(get(&pairs, "v"), Some("1"));
        assert_eq!(get(&pairs, "w"), Some("0.4,-0.2"));
        assert_eq!(get(&pairs, "flag"), Some(""));
        assert_eq!(get(&pairs, "bad"), Some("%zz"));
        assert_eq!(get(&pairs, "sp"), Some("a b"));
        assert_eq!(get(&pairs, "missing"), None);
    }

    #[test]
    fn build_then_parse_round_trips() {
        let q = build_query([
            ("f", "leaky-relu".to_string()),
            ("t", "a&b=c é".to_string()),
        ]);
        let pairs = parse_query(&q);
        assert_eq!(get(&pairs, "f"), Some("leaky-relu"));
        assert_eq!(get(&pairs, "t"), Some("a&b=c é"));
    }

    #[test]
    fn url_numbers_are_short_and_exact_enough() {
        assert_eq!(url_number(0.4), "0.4");
        assert_eq!(url_number(-0.2), "-0.2");
        assert_eq!(url_number(3.0), "3");
        assert_eq!(url_number(-0.000_000_1), "0");
        assert_eq!(url_number(0.123_456_7), "0.123457");
    }
}
