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

/// The key of the state's version (see [`STATE_VERSION`]).
const VERSION_KEY: &str = "v";

/// A state about to be applied (`incoming`, from an edited link, a settings file or a course's
/// saved state), with the `held` keys' values taken from the `current` state instead: a key held
/// and absent from `current` is absent from the result. If `incoming` is of another state
/// version than `current` (or has none), every widget would read its defaults from it; then the
/// result is `current`'s version and held pairs alone, so the held values stay and everything
/// else goes to its default as with such a link. Returns the pairs, and whether holding changed
/// what `incoming` said of a held key (for a notice).
pub fn hold(
    incoming: &[(String, String)],
    current: &[(String, String)],
    held: &[&str],
) -> (Vec<(String, String)>, bool) {
    if held.is_empty() {
        return (incoming.to_vec(), false);
    }
    let is_held = |k: &str| held.contains(&k);
    let kept = current.iter().filter(|(k, _)| is_held(k)).cloned();
    if get(incoming, VERSION_KEY) != get(current, VERSION_KEY) {
        let mut pairs: Vec<(String, String)> = current
            .iter()
            .filter(|(k, _)| k == VERSION_KEY)
            .cloned()
            .collect();
        pairs.extend(kept);
        let changed = pairs.len() > 1;
        return (pairs, changed);
    }
    let changed = held.iter().any(|k| get(incoming, k) != get(current, k));
    let mut pairs: Vec<(String, String)> = incoming
        .iter()
        .filter(|(k, _)| !is_held(k))
        .cloned()
        .collect();
    pairs.extend(kept);
    (pairs, changed)
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

    fn pairs(query: &str) -> Vec<(String, String)> {
        parse_query(query)
    }

    #[test]
    fn holding_nothing_changes_nothing() {
        let incoming = pairs("v=1&x=1&bd-w=3,4");
        let (held, changed) = hold(&incoming, &pairs("v=1&x=0&bd-w=1,2"), &[]);
        assert_eq!(held, incoming);
        assert!(!changed);
    }

    #[test]
    fn held_keys_keep_the_current_values_and_the_rest_is_applied() {
        let current = pairs("v=1&x=0.5&bd-w=1,2&bd-b=0.5&bd-lr=0.3");
        let incoming = pairs("v=1&x=0.9&bd-w=3,4&bd-b=-1&bd-lr=3");
        let (held, changed) = hold(&incoming, &current, &["bd-w", "bd-b"]);
        assert!(changed);
        assert_eq!(get(&held, "bd-w"), Some("1,2"));
        assert_eq!(get(&held, "bd-b"), Some("0.5"));
        assert_eq!(get(&held, "x"), Some("0.9"), "not held: the link's");
        assert_eq!(get(&held, "bd-lr"), Some("3"));
        assert_eq!(held.iter().filter(|(k, _)| k == "bd-w").count(), 1);
    }

    #[test]
    fn a_held_key_the_state_lacks_is_dropped_and_one_the_link_lacks_is_added() {
        // Preset data has no points: a link's own points are dropped with the data held.
        let current = pairs("v=1&bd-d=and&bd-n=0.2");
        let incoming = pairs("v=1&bd-d=custom&bd-pts=0,0,1");
        let (held, changed) = hold(&incoming, &current, &["bd-d", "bd-pts", "bd-n"]);
        assert!(changed);
        assert_eq!(get(&held, "bd-d"), Some("and"));
        assert_eq!(get(&held, "bd-pts"), None);
        assert_eq!(
            get(&held, "bd-n"),
            Some("0.2"),
            "missing from the link: kept all the same"
        );
    }

    #[test]
    fn the_same_held_values_are_no_news() {
        let current = pairs("v=1&f=tanh&x=1");
        let (held, changed) = hold(&pairs("v=1&f=tanh&x=2"), &current, &["f"]);
        assert!(!changed);
        assert_eq!(get(&held, "x"), Some("2"));
    }

    #[test]
    fn a_link_of_another_version_keeps_the_held_values_and_resets_the_rest() {
        let current = pairs("v=1&x=1&w=2&b=0.5&f=tanh&dd-s=2");
        for other in ["v=0&x=3&w=4&b=9&f=relu&dd-s=1", "x=3&w=4&f=relu", ""] {
            let (held, changed) = hold(&pairs(other), &current, &["f"]);
            assert!(changed, "{other}");
            assert_eq!(held, pairs("v=1&f=tanh"), "{other}");
        }
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
