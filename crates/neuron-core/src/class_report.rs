//! The class view's model: a teacher pastes the class's progress codes ([`crate::progress_code`])
//! or opens a spreadsheet's CSV export, and sees who solved what and how the concept check went
//! before and after the lesson. Everything here is data (counts, shares, line numbers, enums);
//! the app gives it words.
//!
//! ## Reading a roster ([`read_roster`])
//!
//! Line by line (a line ends at LF, CRLF or CR; a byte-order mark at the start is dropped):
//!
//! - blank lines are skipped;
//! - a line is split into fields on tabs if it has any, else on semicolons if it has any, else
//!   on commas, outside double quotes. Quoting is RFC 4180's (`"Doe, Jane"`, with `""` for a
//!   quote), since gradebooks quote names with commas; a quoted field never spans lines here;
//! - the code is the last field that decodes (a gradebook puts the code column after the names);
//!   the name is the first other non-empty field, trimmed;
//! - the first non-empty line is a header, skipped without a problem, when none of its fields
//!   decodes and none is clearly a code attempt (written with the prefix, or eight or sixteen
//!   letters and digits including a digit: a header word such as `Lastname` has eight letters
//!   but no digit);
//! - a line without a code is a problem: [`ProblemKind::Code`] with the decoding error when a
//!   field looks like a code attempt (the prefix, or eight or sixteen letters and digits once
//!   spaces and dashes are removed), else [`ProblemKind::NoCode`];
//! - a line with the same record and the same name (or both without a name) as an earlier line
//!   is a problem, [`ProblemKind::Duplicate`], and is not counted again. Records are compared by
//!   their code as [`encode`] writes it now, so a code typed in lower case or without dashes is
//!   the same code; names are compared exactly (after trimming). Two names with the same code
//!   are two learners: their progress may well be the same.
//!
//! ## The report ([`report`])
//!
//! Mean scores in percent of the ten questions over the learners who took each check; the
//! gain over the learners who took both, as Hake's normalised gain of the class averages
//! (Hake 1998, Am. J. Phys. 66, 64):
//!
//! ```text
//! ⟨g⟩ = (post − pre) / (100 − pre)      pre, post: the matched learners' mean scores in %
//! ```
//!
//! the share of the possible gain the class made. Matching keeps a learner who only took the
//! check after the lesson from inflating the gain.
//!
//! Per question, the shares right count only learners whose code carries answers (version 2)
//! and who answered that question: an unanswered question says nothing about what the learner
//! thinks, and a version-1 code gives only scores. The most picked wrong option shows the
//! misconception that needs the next lesson.

use std::collections::BTreeMap;

use crate::challenge::Challenge;
use crate::concept_check::{ANSWERS, Answers, OPTIONS, QUESTIONS};
use crate::progress_code::{CodeError, MAX_SCORE, Record, decode, encode, is_dash};

/// A problem's text is cut to this many characters, the last an ellipsis.
pub const PROBLEM_TEXT_CHARS: usize = 60;

/// A learner read from a roster.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Learner {
    /// The line the code is on, from 1.
    pub line: usize,
    /// The name on that line, if any.
    pub name: Option<String>,
    /// What the code records.
    pub record: Record,
}

/// Why a line gave no learner.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ProblemKind {
    /// A field looks like a code but does not decode, for this reason.
    Code(CodeError),
    /// The same name and record as on `first_line`: not counted twice.
    Duplicate { first_line: usize },
    /// Nothing on the line looks like a code.
    NoCode,
}

/// A line that gave no learner.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// The line, from 1.
    pub line: usize,
    /// The line's text, trimmed and cut to [`PROBLEM_TEXT_CHARS`] characters.
    pub text: String,
    pub kind: ProblemKind,
}

/// What a roster gave: its learners and its problems, each in line order.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Roster {
    pub learners: Vec<Learner>,
    pub problems: Vec<Problem>,
}

/// The lines of `text`, ended by LF, CRLF or CR (a spreadsheet on an old Mac writes CR).
fn lines(text: &str) -> Vec<&str> {
    let bytes = text.as_bytes();
    let mut lines = Vec::new();
    let (mut start, mut i) = (0, 0);
    while i < bytes.len() {
        match bytes[i] {
            b'\n' | b'\r' => {
                lines.push(&text[start..i]);
                i += if bytes[i] == b'\r' && bytes.get(i + 1) == Some(&b'\n') {
                    2
                } else {
                    1
                };
                start = i;
            }
            _ => i += 1,
        }
    }
    if start < text.len() {
        lines.push(&text[start..]);
    }
    lines
}

/// The separator of `line`'s fields: a tab if there is one outside quotes, else a semicolon if
/// there is one, else a comma.
fn separator(line: &str) -> char {
    let mut quoted = false;
    let mut semicolon = false;
    for c in line.chars() {
        match c {
            '"' => quoted = !quoted,
            '\t' if !quoted => return '\t',
            ';' if !quoted => semicolon = true,
            _ => {}
        }
    }
    if semicolon { ';' } else { ',' }
}

/// `line`'s fields, unquoted as RFC 4180 says (a quote opens a field only at its start, spaces
/// aside; inside, `""` is a quote). An unclosed quote runs to the end of the line.
fn fields(line: &str) -> Vec<String> {
    let separator = separator(line);
    let mut fields = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        if quoted {
            if c != '"' {
                field.push(c);
            } else if chars.peek() == Some(&'"') {
                chars.next();
                field.push('"');
            } else {
                quoted = false;
            }
        } else if c == separator {
            fields.push(std::mem::take(&mut field));
        } else if c == '"' && field.trim().is_empty() {
            field.clear();
            quoted = true;
        } else {
            field.push(c);
        }
    }
    fields.push(field);
    fields
}

/// How much a field that does not decode looks like a code someone tried to type.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Attempt {
    No,
    /// Eight or sixteen letters: a mistyped code, or a word.
    Maybe,
    /// Written with the prefix, or eight or sixteen letters and digits with a digit among them.
    Clearly,
}

/// How much `field` looks like a code attempt.
fn attempt(field: &str) -> Attempt {
    let field = field.trim();
    let chars: Vec<char> = field
        .chars()
        .filter(|c| !c.is_whitespace() && !is_dash(*c))
        .map(|c| c.to_ascii_uppercase())
        .collect();
    let prefixed = chars.starts_with(&['N', 'L'])
        && (chars.len() >= 8
            || field
                .chars()
                .nth(2)
                .is_some_and(|c| c.is_whitespace() || is_dash(c)));
    let code_length = chars.len() == 8 || chars.len() == 16;
    if prefixed || (code_length && chars.iter().all(char::is_ascii_alphanumeric)) {
        if prefixed || chars.iter().any(char::is_ascii_digit) {
            Attempt::Clearly
        } else {
            Attempt::Maybe
        }
    } else {
        Attempt::No
    }
}

/// `line` trimmed and cut to [`PROBLEM_TEXT_CHARS`] characters, the last an ellipsis.
fn problem_text(line: &str) -> String {
    let line = line.trim();
    if line.chars().count() <= PROBLEM_TEXT_CHARS {
        line.to_string()
    } else {
        let mut cut: String = line.chars().take(PROBLEM_TEXT_CHARS - 1).collect();
        cut.push('…');
        cut
    }
}

/// Reads pasted codes or a CSV export: one learner a line, with or without a name (see the
/// module's docs for the rules). Linear in the text's length.
pub fn read_roster(text: &str) -> Roster {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut roster = Roster::default();
    // Each learner's normalised code and name, and the line they were first seen on.
    let mut seen: BTreeMap<(String, Option<String>), usize> = BTreeMap::new();
    let mut first = true;
    for (i, line) in lines(text).into_iter().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let number = i + 1;
        let fields = fields(line);
        let code = fields
            .iter()
            .enumerate()
            .rev()
            .find_map(|(k, f)| decode(f).ok().map(|r| (k, r)));
        let could_be_header = std::mem::replace(&mut first, false);
        let problem = |kind| Problem {
            line: number,
            text: problem_text(line),
            kind,
        };
        let Some((at, record)) = code else {
            let attempted = fields
                .iter()
                .map(|f| (f, attempt(f)))
                .max_by_key(|(_, a)| *a)
                .filter(|(_, a)| *a != Attempt::No);
            match attempted {
                Some((_, Attempt::Maybe)) | None if could_be_header => {}
                Some((f, _)) => roster.problems.push(problem(ProblemKind::Code(
                    decode(f).expect_err("a field that did not decode"),
                ))),
                None => roster.problems.push(problem(ProblemKind::NoCode)),
            }
            continue;
        };
        let name = fields
            .iter()
            .enumerate()
            .filter(|(k, _)| *k != at)
            .map(|(_, f)| f.trim())
            .find(|f| !f.is_empty())
            .map(str::to_string);
        match seen.entry((encode(&record), name.clone())) {
            std::collections::btree_map::Entry::Occupied(e) => {
                roster.problems.push(problem(ProblemKind::Duplicate {
                    first_line: *e.get(),
                }));
            }
            std::collections::btree_map::Entry::Vacant(e) => {
                e.insert(number);
                roster.learners.push(Learner {
                    line: number,
                    name,
                    record,
                });
            }
        }
    }
    roster
}

/// How many of those who answered a question got it right.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Share {
    pub right: usize,
    pub of: usize,
}

impl Share {
    /// The share in percent; None when no one answered.
    pub fn percent(&self) -> Option<f64> {
        (self.of > 0).then(|| 100.0 * self.right as f64 / self.of as f64)
    }
}

/// One question of the concept check across the class.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct QuestionStats {
    /// Right before the lesson, of those whose answers are known and who answered it.
    pub right_before: Share,
    /// Right after the lesson, likewise.
    pub right_after: Share,
    /// The wrong option picked most before the lesson, and by how many (ties: the first
    /// option); None when no one picked a wrong one.
    pub top_wrong_before: Option<(u8, usize)>,
    /// The wrong option picked most after the lesson, likewise.
    pub top_wrong_after: Option<(u8, usize)>,
}

/// A class's progress at a glance.
#[derive(Clone, Debug, PartialEq)]
pub struct ClassReport {
    /// Learners counted.
    pub learners: usize,
    /// Learners who took the check before the lesson, after it, and both.
    pub before_taken: usize,
    pub after_taken: usize,
    pub both: usize,
    /// The mean score before the lesson, in percent, over those who took it (None: no one).
    pub mean_before_percent: Option<f64>,
    /// The mean score after the lesson, likewise.
    pub mean_after_percent: Option<f64>,
    /// The mean scores before and after over the learners who took both (None: no one).
    pub matched_before_percent: Option<f64>,
    pub matched_after_percent: Option<f64>,
    /// Hake's normalised gain of the matched means (see the module's docs); None when no one
    /// took both, or the matched mean before is already 100 %.
    pub gain: Option<f64>,
    /// The ten questions, in order.
    pub questions: Vec<QuestionStats>,
    /// How many learners solved each challenge, in [`Challenge::ALL`] order.
    pub challenges: Vec<(Challenge, usize)>,
    /// Learners whose codes carry the answers of the check before, and after, the lesson.
    pub answers_known_before: usize,
    pub answers_known_after: usize,
}

/// A score in percent of the questions (a score above 10 counts as 10).
fn percent(score: u8) -> f64 {
    100.0 * f64::from(score.min(MAX_SCORE)) / f64::from(MAX_SCORE)
}

/// The mean of `values`; None when there are none.
fn mean(values: impl Iterator<Item = f64>) -> Option<f64> {
    let (sum, n) = values.fold((0.0, 0usize), |(s, n), v| (s + v, n + 1));
    (n > 0).then(|| sum / n as f64)
}

/// How often each option of each question was picked, over the known answers of one check.
fn picks<'a>(answers: impl Iterator<Item = &'a Answers>) -> [[usize; OPTIONS]; QUESTIONS] {
    let mut counts = [[0; OPTIONS]; QUESTIONS];
    for a in answers {
        for (q, picked) in a.iter().enumerate() {
            // An option that does not exist counts as unanswered.
            if let Some(o) = picked.filter(|o| usize::from(*o) < OPTIONS) {
                counts[q][usize::from(o)] += 1;
            }
        }
    }
    counts
}

/// The share right and the most picked wrong option of question `q`, from its option counts.
fn question(q: usize, counts: &[usize; OPTIONS]) -> (Share, Option<(u8, usize)>) {
    let right = usize::from(ANSWERS[q]);
    let share = Share {
        right: counts[right],
        of: counts.iter().sum(),
    };
    // The first of the largest counts: `max_by_key` keeps the last, so look from the end.
    let top_wrong = (0..OPTIONS)
        .rev()
        .filter(|o| *o != right && counts[*o] > 0)
        .max_by_key(|o| counts[*o])
        .map(|o| (o as u8, counts[o]));
    (share, top_wrong)
}

/// The class's report on `learners`.
pub fn report(learners: &[Learner]) -> ClassReport {
    let records: Vec<&Record> = learners.iter().map(|l| &l.record).collect();
    let matched: Vec<(u8, u8)> = records
        .iter()
        .filter_map(|r| Some((r.before?, r.after?)))
        .collect();
    let matched_before_percent = mean(matched.iter().map(|(b, _)| percent(*b)));
    let matched_after_percent = mean(matched.iter().map(|(_, a)| percent(*a)));
    let gain = match (matched_before_percent, matched_after_percent) {
        (Some(pre), Some(post)) if pre < 100.0 => Some((post - pre) / (100.0 - pre)),
        _ => None,
    };
    let before = picks(records.iter().filter_map(|r| r.answers_before.as_ref()));
    let after = picks(records.iter().filter_map(|r| r.answers_after.as_ref()));
    let questions = (0..QUESTIONS)
        .map(|q| {
            let (right_before, top_wrong_before) = question(q, &before[q]);
            let (right_after, top_wrong_after) = question(q, &after[q]);
            QuestionStats {
                right_before,
                right_after,
                top_wrong_before,
                top_wrong_after,
            }
        })
        .collect();
    ClassReport {
        learners: learners.len(),
        before_taken: records.iter().filter(|r| r.before.is_some()).count(),
        after_taken: records.iter().filter(|r| r.after.is_some()).count(),
        both: matched.len(),
        mean_before_percent: mean(records.iter().filter_map(|r| r.before).map(percent)),
        mean_after_percent: mean(records.iter().filter_map(|r| r.after).map(percent)),
        matched_before_percent,
        matched_after_percent,
        gain,
        questions,
        challenges: Challenge::ALL
            .into_iter()
            .map(|c| (c, records.iter().filter(|r| r.is_solved(c)).count()))
            .collect(),
        answers_known_before: records
            .iter()
            .filter(|r| r.answers_before.is_some())
            .count(),
        answers_known_after: records.iter().filter(|r| r.answers_after.is_some()).count(),
    }
}

/// One CSV row (RFC 4180): the fields joined by commas, a field with a comma, a quote, CR or LF
/// in quotes with its quotes doubled. Without the line break: join rows with CRLF.
pub fn csv_row(fields: &[String]) -> String {
    fields
        .iter()
        .map(|f| {
            if f.contains([',', '"', '\r', '\n']) {
                format!("\"{}\"", f.replace('"', "\"\""))
            } else {
                f.clone()
            }
        })
        .collect::<Vec<_>>()
        .join(",")
}

/// A learner's row of the class's CSV export, 37 cells in this order:
///
/// 1. the name (empty when none);
/// 2. the number of challenges solved;
/// 3. each challenge in [`Challenge::ALL`] order (13 cells): `1` solved, `0` not;
/// 4. the score before the lesson, then after it (empty when not taken);
/// 5. each answer before the lesson (10 cells), then each answer after it (10 cells): the
///    option's letter `A` to `D`, empty when unanswered or not known.
///
/// The header row's words are the app's.
pub fn learner_cells(l: &Learner) -> Vec<String> {
    let r = &l.record;
    let score = |s: Option<u8>| s.map_or_else(String::new, |s| s.to_string());
    let letters = |answers: Option<Answers>| -> Vec<String> {
        (0..QUESTIONS)
            .map(|q| match answers.and_then(|a| a[q]) {
                Some(o) if usize::from(o) < OPTIONS => char::from(b'A' + o).to_string(),
                _ => String::new(),
            })
            .collect()
    };
    let mut cells = vec![
        l.name.clone().unwrap_or_default(),
        r.solved_challenges().len().to_string(),
    ];
    cells.extend(
        Challenge::ALL
            .into_iter()
            .map(|c| if r.is_solved(c) { "1" } else { "0" }.to_string()),
    );
    cells.push(score(r.before));
    cells.push(score(r.after));
    cells.extend(letters(r.answers_before));
    cells.extend(letters(r.answers_after));
    cells
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_end_at_lf_crlf_or_cr() {
        assert_eq!(lines("a\nb\r\nc\rd"), ["a", "b", "c", "d"]);
        assert_eq!(lines("a\n\nb\n"), ["a", "", "b"]);
        assert_eq!(lines("a\r\n\r\nb"), ["a", "", "b"]);
        assert_eq!(lines("é\rü"), ["é", "ü"]);
        assert!(lines("").is_empty());
    }

    #[test]
    fn fields_split_on_tabs_then_semicolons_then_commas() {
        assert_eq!(fields("a\tb, c;d"), ["a", "b, c;d"]);
        assert_eq!(fields("a;b,c"), ["a", "b,c"]);
        assert_eq!(fields("a,b,,c"), ["a", "b", "", "c"]);
        assert_eq!(fields("just one"), ["just one"]);
        // Quoted separators do not choose the separator, nor split.
        assert_eq!(fields("\"Doe; Jane\",x"), ["Doe; Jane", "x"]);
        assert_eq!(fields("\"a\tb\",x"), ["a\tb", "x"]);
    }

    #[test]
    fn quotes_follow_rfc_4180() {
        assert_eq!(fields("\"Doe, Jane\",NL"), ["Doe, Jane", "NL"]);
        assert_eq!(fields("\"say \"\"hi\"\"\",x"), ["say \"hi\"", "x"]);
        assert_eq!(fields("\"\",x"), ["", "x"]);
        assert_eq!(fields(" \"a,b\" ,x"), ["a,b ", "x"]);
        // A quote inside an unquoted field is a character; an unclosed quote runs to the end.
        assert_eq!(fields("O\"Neil,x"), ["O\"Neil", "x"]);
        assert_eq!(fields("\"open, x"), ["open, x"]);
    }

    #[test]
    fn code_attempts_are_told_from_words() {
        for clearly in [
            "NL-1234",
            "nl 12",
            "NL-ABCD-EFGH",
            "NLABCDEF",
            "1A2B3C4D",
            "1a2b-3c4d-5e6f-7g8h",
        ] {
            assert_eq!(attempt(clearly), Attempt::Clearly, "{clearly}");
        }
        for maybe in ["Lastname", "Last Name", "ABCDEFGHJKMNPQRS"] {
            assert_eq!(attempt(maybe), Attempt::Maybe, "{maybe}");
        }
        for no in [
            "",
            "hello",
            "Name",
            "Progress code",
            "NL",
            "Nlandu",
            "1234567",
        ] {
            assert_eq!(attempt(no), Attempt::No, "{no}");
        }
    }

    #[test]
    fn long_lines_are_cut_with_an_ellipsis() {
        assert_eq!(problem_text("  short  "), "short");
        let sixty = "x".repeat(60);
        assert_eq!(problem_text(&sixty), sixty);
        let cut = problem_text(&"é".repeat(61));
        assert_eq!(cut.chars().count(), 60);
        assert!(cut.ends_with("é…"));
    }

    #[test]
    fn the_top_wrong_option_prefers_the_first_of_a_tie() {
        // Question 1's right option is B (1).
        assert_eq!(
            question(0, &[2, 5, 2, 1]),
            (Share { right: 5, of: 10 }, Some((0, 2)))
        );
        assert_eq!(
            question(0, &[0, 5, 1, 3]),
            (Share { right: 5, of: 9 }, Some((3, 3)))
        );
        assert_eq!(
            question(0, &[0, 4, 0, 0]),
            (Share { right: 4, of: 4 }, None)
        );
        assert_eq!(question(0, &[0; 4]), (Share::default(), None));
        assert_eq!(Share::default().percent(), None);
        assert_eq!(Share { right: 1, of: 4 }.percent(), Some(25.0));
    }

    #[test]
    fn csv_rows_quote_what_needs_it() {
        let row =
            |fields: &[&str]| csv_row(&fields.iter().map(|f| f.to_string()).collect::<Vec<_>>());
        assert_eq!(row(&["a", "b c", ""]), "a,b c,");
        assert_eq!(
            row(&["Doe, Jane", "say \"hi\"", "a\nb", "c\rd"]),
            "\"Doe, Jane\",\"say \"\"hi\"\"\",\"a\nb\",\"c\rd\""
        );
        // And what it writes reads back.
        assert_eq!(
            fields(&row(&["Doe, Jane", "say \"hi\"", "x"])),
            ["Doe, Jane", "say \"hi\"", "x"]
        );
    }
}
