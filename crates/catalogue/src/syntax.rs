//! Reading a `.ftl` file: the part of Project Fluent's syntax this app's messages use.
//!
//! - `# comment` lines (also `##`, `###`);
//! - messages `id = text`, terms `-id = text`, and attributes on their own indented lines
//!   (`    .label = text`), read as the message `id.label`;
//! - text that continues on indented lines (joined with a line break, as Fluent does);
//! - placeables: variables `{ $name }`, terms `{ -id }`, messages `{ other-id }`, string
//!   literals `{ "{" }` and number literals `{ 42 }`;
//! - selectors `{ $n -> [one] … *[other] … }`, whose keys are plural categories (`zero`, `one`,
//!   `two`, `few`, `many`, `other`), exact numbers (`[0]`) or words matched against a string
//!   variable; the variant marked `*` is the default.
//!
//! A broken entry is skipped and reported (Fluent calls it "junk"), so one typo in a
//! translation loses one message, never the file.

/// One part of a message's text.
#[derive(Clone, Debug, PartialEq)]
pub enum Element {
    Text(String),
    Variable(String),
    /// A message (`id`) or term (`-id`) whose text is put in here.
    Reference(String),
    Select {
        selector: String,
        variants: Vec<Variant>,
        /// The index of the `*` variant.
        default: usize,
    },
}

/// One variant of a selector.
#[derive(Clone, Debug, PartialEq)]
pub struct Variant {
    pub key: Key,
    pub value: Pattern,
}

/// A variant's key.
#[derive(Clone, Debug, PartialEq)]
pub enum Key {
    Number(f64),
    Name(String),
}

/// A message's text: text and placeables in order.
pub type Pattern = Vec<Element>;

/// A problem found while reading, with its line (counted from 1).
#[derive(Clone, Debug, PartialEq)]
pub struct SyntaxError {
    pub line: usize,
    pub message: String,
}

/// Every entry of `source` (messages, terms with a leading `-`, and attributes as `id.attr`),
/// in file order, and the problems found.
pub fn parse(source: &str) -> (Vec<(String, Pattern)>, Vec<SyntaxError>) {
    let lines: Vec<&str> = source.lines().collect();
    let mut entries = Vec::new();
    let mut errors = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i];
        if line.trim().is_empty() || line.starts_with('#') {
            i += 1;
            continue;
        }
        let start = i;
        // The entry runs on over indented lines and blank lines followed by indented ones.
        // A line inside an open `{` (a selector's closing brace, often at the margin) too.
        let mut end = i + 1;
        let mut depth = brace_depth(line);
        while end < lines.len() {
            let next = lines[end];
            let indented = next.starts_with(' ') || next.starts_with('\t');
            if indented || (depth > 0 && !starts_entry(next)) {
                depth += brace_depth(next);
                end += 1;
            } else if next.trim().is_empty() {
                let more = lines[end..].iter().position(|l| !l.trim().is_empty());
                match more.map(|k| lines[end + k]) {
                    Some(l) if l.starts_with(' ') || l.starts_with('\t') => end += 1,
                    _ => break,
                }
            } else {
                break;
            }
        }
        i = end;
        match parse_entry(&lines[start..end]) {
            Ok(mut parsed) => entries.append(&mut parsed),
            Err((offset, message)) => errors.push(SyntaxError {
                line: start + offset + 1,
                message,
            }),
        }
    }
    (entries, errors)
}

type Failure = (usize, String);

/// One entry (a message or term and its attributes) from its lines.
fn parse_entry(lines: &[&str]) -> Result<Vec<(String, Pattern)>, Failure> {
    let first = lines[0];
    let (id, rest) = first
        .split_once('=')
        .ok_or((0, format!("expected `id = text`, found `{first}`")))?;
    let id = id.trim();
    let bare = id.strip_prefix('-').unwrap_or(id);
    if !is_identifier(bare) {
        return Err((0, format!("`{id}` is not a valid message id")));
    }
    // Split the lines into the value's and each attribute's.
    let mut parts: Vec<(String, usize, Vec<&str>)> = vec![(id.to_string(), 0, vec![rest])];
    let mut depth = brace_depth(rest);
    for (k, line) in lines.iter().enumerate().skip(1) {
        let trimmed = line.trim_start();
        if depth == 0
            && let Some(attr) = trimmed.strip_prefix('.')
            && let Some((name, value)) = attr.split_once('=')
            && is_identifier(name.trim())
        {
            parts.push((format!("{id}.{}", name.trim()), k, vec![value]));
            depth = brace_depth(value);
            continue;
        }
        depth += brace_depth(line);
        parts.last_mut().expect("one part at least").2.push(line);
    }
    let mut out = Vec::new();
    for (name, offset, part) in parts {
        let text = join_lines(&part);
        if text.is_empty() && name == id {
            // A message made only of attributes has no value of its own.
            if out.is_empty() && lines.len() > 1 {
                continue;
            }
            return Err((offset, format!("`{id}` has no text")));
        }
        let mut reader = Reader {
            chars: text.chars().collect(),
            at: 0,
        };
        let pattern = reader
            .pattern(&[])
            .map_err(|message| (offset, format!("{name}: {message}")))?;
        out.push((name, pattern));
    }
    Ok(out)
}

/// The change of `{` nesting over `line`, ignoring braces inside string literals.
fn brace_depth(line: &str) -> i32 {
    let mut depth = 0;
    let mut in_string = false;
    let mut escaped = false;
    for c in line.chars() {
        match c {
            _ if escaped => escaped = false,
            '\\' if in_string => escaped = true,
            '"' if depth > 0 => in_string = !in_string,
            '{' if !in_string => depth += 1,
            '}' if !in_string => depth -= 1,
            _ => {}
        }
    }
    depth
}

/// A value's lines as one text: the first line's leading spaces dropped, each continuation
/// line's indentation dropped, blank lines at either end removed.
fn join_lines(lines: &[&str]) -> String {
    let mut kept: Vec<&str> = lines.iter().map(|l| l.trim_start()).collect();
    while kept.first().is_some_and(|l| l.is_empty()) {
        kept.remove(0);
    }
    while kept.last().is_some_and(|l| l.trim().is_empty()) {
        kept.pop();
    }
    kept.iter()
        .map(|l| l.trim_end())
        .collect::<Vec<_>>()
        .join("\n")
}

/// Whether `line` begins a message or term (`id =` at the margin).
fn starts_entry(line: &str) -> bool {
    line.split_once('=').is_some_and(|(id, _)| {
        let id = id.trim_end();
        is_identifier(id.strip_prefix('-').unwrap_or(id))
    })
}

fn is_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

struct Reader {
    chars: Vec<char>,
    at: usize,
}

impl Reader {
    fn peek(&self) -> Option<char> {
        self.chars.get(self.at).copied()
    }

    fn skip_blank(&mut self) {
        while self.peek().is_some_and(char::is_whitespace) {
            self.at += 1;
        }
    }

    /// Text and placeables up to the end, or up to a character in `stops` at the start of a
    /// line (a selector's next variant or its closing brace).
    fn pattern(&mut self, stops: &[char]) -> Result<Pattern, String> {
        let mut out = Vec::new();
        let mut text = String::new();
        while let Some(c) = self.peek() {
            if c == '\n' && !stops.is_empty() {
                // Inside a selector a variant's text ends with its line.
                break;
            }
            match c {
                '{' => {
                    self.at += 1;
                    if !text.is_empty() {
                        out.push(Element::Text(std::mem::take(&mut text)));
                    }
                    out.extend(self.placeable()?);
                }
                '}' => {
                    if stops.contains(&'}') {
                        break;
                    }
                    return Err("a `}` without its `{` (write { \"}\" } for the sign)".into());
                }
                _ => {
                    text.push(c);
                    self.at += 1;
                }
            }
        }
        if !text.is_empty() {
            out.push(Element::Text(text));
        }
        Ok(out)
    }

    /// A placeable's content, after its `{`, up to and including its `}`. A string literal
    /// becomes text; everything else one element.
    fn placeable(&mut self) -> Result<Option<Element>, String> {
        self.skip_blank();
        let element = match self.peek() {
            Some('"') => {
                self.at += 1;
                let mut s = String::new();
                loop {
                    match self.peek() {
                        None | Some('\n') => return Err("a string literal without its end".into()),
                        Some('"') => break,
                        Some('\\') => {
                            self.at += 1;
                            s.extend(self.peek());
                        }
                        Some(c) => s.push(c),
                    }
                    self.at += 1;
                }
                self.at += 1;
                Element::Text(s)
            }
            Some('$') => {
                self.at += 1;
                let name = self.identifier()?;
                self.skip_blank();
                if self.peek() == Some('-') && self.chars.get(self.at + 1) == Some(&'>') {
                    self.at += 2;
                    self.select(name)?
                } else {
                    Element::Variable(name)
                }
            }
            Some('-') => {
                self.at += 1;
                Element::Reference(format!("-{}", self.identifier()?))
            }
            Some(c) if c.is_ascii_digit() => {
                let mut s = String::new();
                while let Some(c) = self.peek().filter(|c| c.is_ascii_digit() || *c == '.') {
                    s.push(c);
                    self.at += 1;
                }
                Element::Text(s)
            }
            Some(c) if c.is_ascii_alphabetic() => Element::Reference(self.identifier()?),
            _ => return Err("expected a variable, a reference or a literal after `{`".into()),
        };
        self.skip_blank();
        if self.peek() != Some('}') {
            return Err("expected `}`".into());
        }
        self.at += 1;
        Ok(Some(element))
    }

    fn identifier(&mut self) -> Result<String, String> {
        let mut s = String::new();
        while let Some(c) = self
            .peek()
            .filter(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
        {
            s.push(c);
            self.at += 1;
        }
        if is_identifier(&s) {
            Ok(s)
        } else {
            Err(format!("`{s}` is not a valid name"))
        }
    }

    /// The variants of a selector on `selector`, after its `->`.
    fn select(&mut self, selector: String) -> Result<Element, String> {
        let mut variants = Vec::new();
        let mut default = None;
        loop {
            self.skip_blank();
            match self.peek() {
                Some('}') => break,
                Some('*') => {
                    if default.is_some() {
                        return Err("a selector with two default variants".into());
                    }
                    default = Some(variants.len());
                    self.at += 1;
                }
                Some('[') => {}
                _ => return Err("expected a variant `[key]` or `}`".into()),
            }
            if self.peek() != Some('[') {
                return Err("expected `[` after `*`".into());
            }
            self.at += 1;
            self.skip_blank();
            let mut key = String::new();
            while let Some(c) = self.peek().filter(|c| *c != ']' && *c != '\n') {
                key.push(c);
                self.at += 1;
            }
            if self.peek() != Some(']') {
                return Err("a variant key without its `]`".into());
            }
            self.at += 1;
            let key = key.trim();
            let key = match key.parse::<f64>() {
                Ok(n) => Key::Number(n),
                Err(_) if is_identifier(key) => Key::Name(key.to_string()),
                Err(_) => return Err(format!("`{key}` is not a variant key")),
            };
            while self.peek() == Some(' ') {
                self.at += 1;
            }
            let mut value = self.pattern(&['}'])?;
            if let Some(Element::Text(t)) = value.last_mut() {
                let trimmed = t.trim_end().to_string();
                *t = trimmed;
            }
            variants.push(Variant { key, value });
        }
        let default = default.ok_or("a selector needs a default variant marked `*`")?;
        Ok(Element::Select {
            selector,
            variants,
            default,
        })
    }
}
