//! # Neuron Lab's message catalogue
//!
//! Every sentence the page shows lives in one `.ftl` file per language (Project Fluent's
//! syntax; see [`syntax`] for the part of it this reads). A [`Catalogue`] holds one language's
//! messages and words one of them with its variables:
//!
//! ```
//! use catalogue::{Arg, Catalogue};
//! let ftl = "points = { $n ->\n    [one] one point\n   *[other] { $n } points\n}\n";
//! let c = Catalogue::new(ftl, catalogue::english_plural);
//! assert_eq!(c.format("points", &[("n", Arg::number(1.0, "1"))]), "one point");
//! assert_eq!(c.format("points", &[("n", Arg::number(3.0, "3"))]), "3 points");
//! ```
//!
//! Numbers arrive already written in the language's form (the app asks the browser's `Intl`),
//! with their value for choosing a plural variant; the language's plural rule is passed in, so
//! this crate knows nothing of the web.

pub mod syntax;

use std::collections::BTreeMap;

pub use syntax::{Element, Key, Pattern, SyntaxError};

/// A plural rule: the CLDR category (`"one"`, `"few"`, `"other"`…) of a number.
pub type PluralRule = fn(f64) -> &'static str;

/// English's (and German's) cardinal plural rule (CLDR): `one` for 1 or -1, else `other`.
pub fn english_plural(n: f64) -> &'static str {
    if n.abs() == 1.0 { "one" } else { "other" }
}

/// A variable's value.
#[derive(Clone, Debug, PartialEq)]
pub enum Arg {
    /// Words, put in as they are (and matched against a selector's keys).
    Text(String),
    /// A number: its value chooses a plural variant, its text is what is shown.
    Number { value: f64, text: String },
}

impl Arg {
    pub fn number(value: f64, text: impl Into<String>) -> Arg {
        Arg::Number {
            value,
            text: text.into(),
        }
    }
}

/// One language's messages.
pub struct Catalogue {
    entries: BTreeMap<String, Pattern>,
    plural: PluralRule,
    errors: Vec<SyntaxError>,
}

impl Catalogue {
    /// The messages of one `.ftl` file's text, and the language's plural rule.
    pub fn new(source: &str, plural: PluralRule) -> Catalogue {
        let (entries, errors) = syntax::parse(source);
        Catalogue {
            entries: entries.into_iter().collect(),
            plural,
            errors,
        }
    }

    /// The problems found while reading the file (their entries are missing).
    pub fn errors(&self) -> &[SyntaxError] {
        &self.errors
    }

    /// Whether the catalogue has message `id` (`id.attr` for an attribute).
    pub fn has(&self, id: &str) -> bool {
        self.entries.contains_key(id)
    }

    /// Every message id (terms start with `-`, attributes are `id.attr`).
    pub fn ids(&self) -> impl Iterator<Item = &str> {
        self.entries.keys().map(String::as_str)
    }

    /// The variables message `id` uses, sorted, each once.
    pub fn variables(&self, id: &str) -> Vec<String> {
        let mut out = Vec::new();
        if let Some(p) = self.entries.get(id) {
            collect_variables(p, &mut out);
        }
        out.sort();
        out.dedup();
        out
    }

    /// Rewrites every piece of literal text (not variables, references or variant keys) with
    /// `f`: the pseudo-locale is English through such a function.
    pub fn map_text(&mut self, f: fn(&str) -> String) {
        fn walk(pattern: &mut Pattern, f: fn(&str) -> String) {
            for element in pattern {
                match element {
                    Element::Text(t) => *t = f(t),
                    Element::Select { variants, .. } => {
                        for v in variants {
                            walk(&mut v.value, f);
                        }
                    }
                    Element::Variable(_) | Element::Reference(_) => {}
                }
            }
        }
        for pattern in self.entries.values_mut() {
            walk(pattern, f);
        }
    }

    /// Message `id` in words, with `args` put in. A missing message gives its id, a missing
    /// variable `{$name}`, so a gap shows where it is and never breaks the page.
    pub fn format(&self, id: &str, args: &[(&str, Arg)]) -> String {
        let mut out = String::new();
        match self.entries.get(id) {
            Some(p) => self.write(p, args, &mut out, 0),
            None => out.push_str(id),
        }
        out
    }

    fn write(&self, pattern: &Pattern, args: &[(&str, Arg)], out: &mut String, depth: usize) {
        let arg = |name: &str| args.iter().find(|(k, _)| *k == name).map(|(_, v)| v);
        for element in pattern {
            match element {
                Element::Text(t) => out.push_str(t),
                Element::Variable(name) => match arg(name) {
                    Some(Arg::Text(t)) => out.push_str(t),
                    Some(Arg::Number { text, .. }) => out.push_str(text),
                    None => {
                        out.push_str("{$");
                        out.push_str(name);
                        out.push('}');
                    }
                },
                Element::Reference(id) => match self.entries.get(id) {
                    // A reference to itself (directly or not) stops after a few levels.
                    Some(p) if depth < 8 => self.write(p, args, out, depth + 1),
                    _ => out.push_str(id),
                },
                Element::Select {
                    selector,
                    variants,
                    default,
                } => {
                    let chosen = variants
                        .iter()
                        .position(|v| self.matches(&v.key, arg(selector)))
                        .unwrap_or(*default);
                    self.write(&variants[chosen].value, args, out, depth);
                }
            }
        }
    }

    fn matches(&self, key: &Key, value: Option<&Arg>) -> bool {
        match (key, value) {
            (Key::Number(k), Some(Arg::Number { value, .. })) => k == value,
            (Key::Name(k), Some(Arg::Number { value, .. })) => k == (self.plural)(*value),
            (Key::Name(k), Some(Arg::Text(t))) => k == t,
            _ => false,
        }
    }
}

fn collect_variables(pattern: &Pattern, out: &mut Vec<String>) {
    for element in pattern {
        match element {
            Element::Variable(name) => out.push(name.clone()),
            Element::Select {
                selector, variants, ..
            } => {
                out.push(selector.clone());
                for v in variants {
                    collect_variables(&v.value, out);
                }
            }
            Element::Text(_) | Element::Reference(_) => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cat(src: &str) -> Catalogue {
        let c = Catalogue::new(src, english_plural);
        assert_eq!(c.errors(), &[], "{src}");
        c
    }

    #[test]
    fn plain_messages_and_comments() {
        let c = cat("# a comment\n\nhello = Hello, world!\nbye = Goodbye\n");
        assert_eq!(c.format("hello", &[]), "Hello, world!");
        assert_eq!(c.format("bye", &[]), "Goodbye");
        assert_eq!(c.format("missing", &[]), "missing");
    }

    #[test]
    fn variables_terms_and_references() {
        let c = cat(
            "-brand = Neuron Lab\nwelcome = Welcome to { -brand }, { $name }.\nagain = { welcome }!\n",
        );
        let args = [("name", Arg::Text("Ada".into()))];
        assert_eq!(c.format("welcome", &args), "Welcome to Neuron Lab, Ada.");
        assert_eq!(c.format("again", &args), "Welcome to Neuron Lab, Ada.!");
        assert_eq!(c.format("welcome", &[]), "Welcome to Neuron Lab, {$name}.");
        assert_eq!(c.variables("welcome"), vec!["name".to_string()]);
    }

    #[test]
    fn continuation_lines_and_attributes() {
        let c = cat(
            "long = First line\n    second line\n\n    third after a blank\nbutton = Play\n    .aria-label = Play the recording\nonly-attrs =\n    .title = A title\n",
        );
        assert_eq!(
            c.format("long", &[]),
            "First line\nsecond line\n\nthird after a blank"
        );
        assert_eq!(c.format("button", &[]), "Play");
        assert_eq!(c.format("button.aria-label", &[]), "Play the recording");
        assert_eq!(c.format("only-attrs.title", &[]), "A title");
        assert!(!c.has("only-attrs"));
    }

    #[test]
    fn selectors_choose_by_plural_category_number_and_word() {
        let src = "epochs = { $n ->\n    [0] no epochs\n    [one] one epoch\n   *[other] { $n } epochs\n}\nrule = { $rule ->\n    [delta] the delta rule\n   *[other] the perceptron rule\n} is used\n";
        let c = cat(src);
        let n = |v: f64| [("n", Arg::number(v, format!("{v}")))];
        assert_eq!(c.format("epochs", &n(0.0)), "no epochs");
        assert_eq!(c.format("epochs", &n(1.0)), "one epoch");
        assert_eq!(c.format("epochs", &n(7.0)), "7 epochs");
        let rule = |r: &str| [("rule", Arg::Text(r.into()))];
        assert_eq!(c.format("rule", &rule("delta")), "the delta rule is used");
        assert_eq!(c.format("rule", &rule("x")), "the perceptron rule is used");
        assert_eq!(c.variables("epochs"), vec!["n".to_string()]);
    }

    #[test]
    fn inline_selectors_and_literals() {
        let c =
            cat("x = Got { $n ->\n  [one] one\n *[other] many\n} { \"{\" }ok{ \"}\" } { 42 }\n");
        assert_eq!(
            c.format("x", &[("n", Arg::number(1.0, "1"))]),
            "Got one {ok} 42"
        );
    }

    #[test]
    fn a_plural_rule_is_the_languages() {
        fn slavic(n: f64) -> &'static str {
            if n == 1.0 {
                "one"
            } else if (2.0..=4.0).contains(&n) {
                "few"
            } else {
                "other"
            }
        }
        let c = Catalogue::new("n = { $n ->\n [one] a\n [few] b\n*[other] c\n}\n", slavic);
        let f = |v: f64| c.format("n", &[("n", Arg::number(v, ""))]);
        assert_eq!(
            (f(1.0), f(3.0), f(5.0)),
            ("a".into(), "b".into(), "c".into())
        );
    }

    #[test]
    fn broken_entries_are_skipped_and_reported() {
        let c = Catalogue::new(
            "good = fine\nbad = { $x\nalso-bad = }\n9bad = x\nlater = still read\n",
            english_plural,
        );
        assert_eq!(c.format("good", &[]), "fine");
        assert_eq!(c.format("later", &[]), "still read");
        assert!(!c.has("bad") && !c.has("also-bad"));
        assert_eq!(c.errors().len(), 3, "{:?}", c.errors());
        assert_eq!(c.errors()[0].line, 2);
    }

    #[test]
    fn a_selector_without_a_default_is_an_error() {
        let c = Catalogue::new("x = { $n ->\n [one] a\n [other] b\n}\n", english_plural);
        assert!(!c.has("x"));
        assert_eq!(c.errors().len(), 1);
    }

    #[test]
    fn self_reference_stops() {
        let c = cat("a = x { a }\n");
        assert!(c.format("a", &[]).starts_with("x x x"));
    }
}
