//! A short code a learner pastes into an assignment, and a teacher decodes: which challenges
//! were solved, and the concept check before and after the lesson: each answer chosen, or at
//! least the score.
//!
//! ## Layout of version 2 (written today)
//!
//! Eighty bits, most significant first:
//!
//! ```text
//! version (2, value 2) | solved (16) | before (24) | after (24) | checksum (14)
//! ```
//!
//! `solved` has bit `i` set when [`Challenge::ALL`]`[i]` was solved. Each 24-bit check field
//! holds one of three kinds of value:
//!
//! - `0 ..= 5¹⁰ − 1`: the ten answers, as the digits of a base-5 number with question 0 the most
//!   significant digit; a digit 0 to 3 is the option chosen, 4 is "unanswered". The score is not
//!   stored: it is [`concept_check::score`] of the answers. Five digits to a question cost
//!   log₂ 5¹⁰ ≈ 23.2 bits, hence 24;
//! - `5¹⁰ + s` for `s` in 0 to 10: taken with score `s`, answers not known (a record read from
//!   a version-1 code, carried over when the app writes it again);
//! - `2²⁴ − 1`: not taken.
//!
//! Any other value is an error ([`CodeError::Version`]): a later version may use them.
//!
//! ## Layout of version 1 (still read)
//!
//! Forty bits: `version (2, value 1) | solved (16) | before (4) | after (4) | checksum (14)`,
//! a score being 0 to 10, or 15 for "not taken". Version-1 codes carry no answers.
//!
//! ## Checksum and text
//!
//! The checksum is a CRC-14 (polynomial x¹⁴ + x¹¹ + x² + 1, register starting at all ones) over
//! the bits before it (66 in version 2, 26 in version 1). A CRC of degree 14 whose polynomial has
//! a constant term catches every error confined to 14 consecutive bits, however long the
//! message, so every mistyped character (5 bits) and every swap of two neighbouring characters
//! (10 bits) is caught; other errors slip through once in 16 384.
//!
//! The bits are written as characters of Crockford's base 32 (the digits and the capital letters
//! without I, L, O and U), five bits each, after the prefix `NL-` and grouped by four:
//! `NL-1A2B-3C4D-5E6F-7G8H` (sixteen characters; version 1 had eight, `NL-1A2B-3C4D`). The
//! number of characters tells the versions apart. Reading is forgiving: lower case, spaces,
//! missing dashes or prefix, and the letters people mistake for digits (I and L for 1, O for 0)
//! are all accepted.

use crate::challenge::Challenge;
use crate::concept_check::{self, Answers, OPTIONS, QUESTIONS};

/// The version written into codes (2 bits: 0 to 3).
pub const VERSION: u8 = 2;
/// The first version, still read: scores only.
pub const VERSION_1: u8 = 1;
/// The text in front of every code.
pub const PREFIX: &str = "NL";
/// Characters in a code, without the prefix and dashes.
pub const CODE_CHARS: usize = 16;
/// Characters in a version-1 code.
pub const CODE_CHARS_V1: usize = 8;
/// The highest concept-check score.
pub const MAX_SCORE: u8 = QUESTIONS as u8;
/// The symbols of Crockford's base 32, in value order.
const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
/// Characters in a group between dashes.
const GROUP: usize = 4;

/// Bits of the payload (version, solved, before, after) and of the checksum.
const PAYLOAD_BITS: u32 = 66;
const CHECK_BITS: u32 = 14;
/// Bits of a check field (version 2).
const FIELD_BITS: u32 = 24;
/// The digit of an unanswered question in a check field.
const UNANSWERED: u32 = OPTIONS as u32;
/// The base of a check field's digits: the options, and "unanswered".
const BASE: u32 = OPTIONS as u32 + 1;
/// The number of answer patterns, 5¹⁰: the first field value that is not one.
const PATTERNS: u32 = BASE.pow(QUESTIONS as u32);
/// The field value "taken with score 0, answers not known"; score `s` is `SCORE_ONLY + s`.
const SCORE_ONLY: u32 = PATTERNS;
/// The field value "not taken".
const NOT_TAKEN: u32 = (1 << FIELD_BITS) - 1;

/// Bits of a version-1 payload, and its score field for "not taken".
const PAYLOAD_BITS_V1: u32 = 26;
const NOT_TAKEN_V1: u128 = 15;

/// The CRC-14 polynomial x¹⁴ + x¹¹ + x² + 1, without its x¹⁴ term.
const POLY: u128 = 0x0805;
/// The CRC register's start: nonzero, so that a code of all zeros is not valid.
const CRC_INIT: u128 = 0x3fff;

/// What a code records.
///
/// When the answers of a check are known, its score is their [`concept_check::score`]:
/// [`Record::set_answers`] keeps the two together.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Record {
    /// Bit `i` set: [`Challenge::ALL`]`[i]` was solved.
    pub solved: u16,
    /// The concept-check score (0 to 10) before the lesson, if taken.
    pub before: Option<u8>,
    /// The concept-check score (0 to 10) after the lesson, if taken.
    pub after: Option<u8>,
    /// The answers chosen before the lesson; None when not taken, or not known (a record read
    /// from a version-1 code).
    pub answers_before: Option<Answers>,
    /// The answers chosen after the lesson, likewise.
    pub answers_after: Option<Answers>,
}

impl Record {
    /// Whether `challenge` is marked solved.
    pub fn is_solved(&self, challenge: Challenge) -> bool {
        self.solved & (1 << challenge.index()) != 0
    }

    /// Marks `challenge` solved.
    pub fn mark_solved(&mut self, challenge: Challenge) {
        self.solved |= 1 << challenge.index();
    }

    /// The challenges marked solved, in lesson order.
    pub fn solved_challenges(&self) -> Vec<Challenge> {
        Challenge::ALL
            .into_iter()
            .filter(|c| self.is_solved(*c))
            .collect()
    }

    /// Records the answers of the check taken before (`before`) or after the lesson, and their
    /// score. An option that does not exist (4 or more) is recorded as unanswered.
    pub fn set_answers(&mut self, before: bool, answers: Answers) {
        let answers = answers.map(|a| a.filter(|o| usize::from(*o) < OPTIONS));
        let score = Some(concept_check::score(&answers));
        if before {
            self.answers_before = Some(answers);
            self.before = score;
        } else {
            self.answers_after = Some(answers);
            self.after = score;
        }
    }
}

/// Why text could not be read as a code.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CodeError {
    /// Nothing but spaces, dashes or the prefix.
    Empty,
    /// Too few or too many characters.
    Length,
    /// A character that is not in the code's alphabet.
    Character,
    /// The checksum does not match: a character was mistyped.
    Checksum,
    /// A well-formed code, but not one this version writes (another version number, or a field
    /// value out of range).
    Version,
}

/// The CRC-14 of the low `bits` bits of `value`, most significant first.
fn crc(value: u128, bits: u32) -> u128 {
    let top = 1 << (CHECK_BITS - 1);
    let mask = (1 << CHECK_BITS) - 1;
    let mut reg = CRC_INIT;
    for i in (0..bits).rev() {
        let bit = (value >> i) & 1;
        let feedback = ((reg & top) != 0) as u128 ^ bit;
        reg = (reg << 1) & mask;
        if feedback == 1 {
            reg ^= POLY;
        }
    }
    reg
}

/// Whether the last 14 of `bits` are the checksum of the `payload_bits` before them.
fn checksum_matches(bits: u128, payload_bits: u32) -> bool {
    bits & ((1 << CHECK_BITS) - 1) == crc(bits >> CHECK_BITS, payload_bits)
}

/// A check's 24-bit field: its answers when they are known and agree with the score, else the
/// score alone (a score above 10 written as 10), else "not taken". (In 32 bits: arithmetic on
/// 128-bit numbers, a multiplication or a division, would add software routines to the wasm.)
fn check_field(score: Option<u8>, answers: Option<&Answers>) -> u32 {
    match (score, answers) {
        (Some(s), Some(a)) if s == concept_check::score(a) => a.iter().fold(0, |acc, o| {
            let digit = o.map_or(UNANSWERED, |o| u32::from(o).min(UNANSWERED));
            acc * BASE + digit
        }),
        (Some(s), _) => SCORE_ONLY + u32::from(s.min(MAX_SCORE)),
        (None, _) => NOT_TAKEN,
    }
}

/// A check field's score and answers; an error for a value no version-2 code writes.
fn field_check(field: u32) -> Result<(Option<u8>, Option<Answers>), CodeError> {
    match field {
        NOT_TAKEN => Ok((None, None)),
        f if f < PATTERNS => {
            let mut answers: Answers = [None; QUESTIONS];
            let mut rest = f;
            for answer in answers.iter_mut().rev() {
                let digit = rest % BASE;
                rest /= BASE;
                *answer = (digit != UNANSWERED).then_some(digit as u8);
            }
            Ok((Some(concept_check::score(&answers)), Some(answers)))
        }
        f if f <= SCORE_ONLY + u32::from(MAX_SCORE) => Ok((Some((f - SCORE_ONLY) as u8), None)),
        _ => Err(CodeError::Version),
    }
}

/// A version-1 score field's score: `Ok(None)` for "not taken", an error for 11 to 14.
fn field_score_v1(field: u128) -> Result<Option<u8>, CodeError> {
    match field {
        NOT_TAKEN_V1 => Ok(None),
        s if s <= u128::from(MAX_SCORE) => Ok(Some(s as u8)),
        _ => Err(CodeError::Version),
    }
}

/// `bits` as `chars` characters of the alphabet, after the prefix and grouped by four.
fn write_code(bits: u128, chars: usize) -> String {
    let symbols: Vec<char> = (0..chars)
        .rev()
        .map(|k| char::from(ALPHABET[((bits >> (5 * k)) & 31) as usize]))
        .collect();
    let mut code = String::from(PREFIX);
    for group in symbols.chunks(GROUP) {
        code.push('-');
        code.extend(group);
    }
    code
}

/// The code for `r` (version 2), as `NL-XXXX-XXXX-XXXX-XXXX`. A check's answers are written
/// when they agree with its score (as [`Record::set_answers`] keeps them), else its score alone;
/// a score above 10 is written as 10, an option that does not exist as unanswered.
pub fn encode(r: &Record) -> String {
    let payload = (u128::from(VERSION) << 64)
        | (u128::from(r.solved) << 48)
        | (u128::from(check_field(r.before, r.answers_before.as_ref())) << FIELD_BITS)
        | u128::from(check_field(r.after, r.answers_after.as_ref()));
    let bits = (payload << CHECK_BITS) | crc(payload, PAYLOAD_BITS);
    write_code(bits, CODE_CHARS)
}

/// Whether `c` is a dash a person or a word processor might put in a code.
pub(crate) fn is_dash(c: char) -> bool {
    matches!(
        c,
        '-' | '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2014}' | '\u{2212}'
    )
}

/// The value of a code character (already in upper case), with Crockford's confusables: I and L
/// read as 1, O as 0.
fn symbol_value(c: char) -> Option<u128> {
    let c = match c {
        'I' | 'L' => '1',
        'O' => '0',
        other => other,
    };
    ALPHABET
        .iter()
        .position(|s| char::from(*s) == c)
        .map(|v| v as u128)
}

/// The code's characters: upper case, without spaces, dashes or the prefix.
fn code_characters(text: &str) -> Vec<char> {
    let chars: Vec<char> = text
        .chars()
        .filter(|c| !c.is_whitespace() && !is_dash(*c))
        .map(|c| c.to_ascii_uppercase())
        .collect();
    // "NL" is the prefix unless the text is exactly a code's characters: a version-2 code may
    // start with N, and an L typed for 1 may follow. (Text of another length is not a code with
    // or without the prefix; dropping it anyway reads "NL" alone as empty.)
    if ![CODE_CHARS, CODE_CHARS_V1].contains(&chars.len()) && chars.starts_with(&['N', 'L']) {
        chars[2..].to_vec()
    } else {
        chars
    }
}

/// Reads a code written by [`encode`] (sixteen characters), or by the first version (eight),
/// forgiving case, spaces, dashes, a missing prefix and the confusable letters I, L (for 1) and
/// O (for 0). A version-1 code gives the scores only.
pub fn decode(text: &str) -> Result<Record, CodeError> {
    let chars = code_characters(text);
    if chars.is_empty() {
        return Err(CodeError::Empty);
    }
    let values: Vec<u128> = chars
        .iter()
        .map(|c| symbol_value(*c).ok_or(CodeError::Character))
        .collect::<Result<_, _>>()?;
    let bits = values.iter().fold(0u128, |acc, v| (acc << 5) | v);
    match values.len() {
        CODE_CHARS => decode_v2(bits),
        CODE_CHARS_V1 => decode_v1(bits),
        _ => Err(CodeError::Length),
    }
}

/// The record in a version-2 code's 80 bits.
fn decode_v2(bits: u128) -> Result<Record, CodeError> {
    if !checksum_matches(bits, PAYLOAD_BITS) {
        return Err(CodeError::Checksum);
    }
    let payload = bits >> CHECK_BITS;
    if payload >> 64 != u128::from(VERSION) {
        return Err(CodeError::Version);
    }
    let field_mask = (1 << FIELD_BITS) - 1;
    let (before, answers_before) = field_check(((payload >> FIELD_BITS) & field_mask) as u32)?;
    let (after, answers_after) = field_check((payload & field_mask) as u32)?;
    Ok(Record {
        solved: ((payload >> 48) & 0xffff) as u16,
        before,
        after,
        answers_before,
        answers_after,
    })
}

/// The record in a version-1 code's 40 bits: the scores, no answers.
fn decode_v1(bits: u128) -> Result<Record, CodeError> {
    if !checksum_matches(bits, PAYLOAD_BITS_V1) {
        return Err(CodeError::Checksum);
    }
    let payload = bits >> CHECK_BITS;
    if payload >> 24 != u128::from(VERSION_1) {
        return Err(CodeError::Version);
    }
    Ok(Record {
        solved: ((payload >> 8) & 0xffff) as u16,
        before: field_score_v1((payload >> 4) & 15)?,
        after: field_score_v1(payload & 15)?,
        answers_before: None,
        answers_after: None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::concept_check::ANSWERS;
    use crate::rng::{Rng, SplitMix64};

    /// Every score a field can hold.
    const SCORES: [Option<u8>; 12] = [
        None,
        Some(0),
        Some(1),
        Some(2),
        Some(3),
        Some(4),
        Some(5),
        Some(6),
        Some(7),
        Some(8),
        Some(9),
        Some(10),
    ];

    /// A record with scores only (as a version-1 code gives, or a migrated one).
    fn scores_only(solved: u16, before: Option<u8>, after: Option<u8>) -> Record {
        Record {
            solved,
            before,
            after,
            ..Record::default()
        }
    }

    fn random_record(rng: &mut SplitMix64) -> Record {
        scores_only(
            rng.next_u64() as u16,
            SCORES[rng.below(SCORES.len())],
            SCORES[rng.below(SCORES.len())],
        )
    }

    /// Random answers: each question unanswered or one of the four options, equally likely.
    fn random_answers(rng: &mut SplitMix64) -> Answers {
        std::array::from_fn(|_| {
            let digit = rng.below(OPTIONS + 1) as u8;
            (digit < OPTIONS as u8).then_some(digit)
        })
    }

    /// A record of any kind: each check not taken, taken with its score only, or with answers.
    fn random_any_record(rng: &mut SplitMix64) -> Record {
        let mut r = random_record(rng);
        for before in [true, false] {
            if rng.below(2) == 0 {
                r.set_answers(before, random_answers(rng));
            }
        }
        r
    }

    /// The code's characters, without the prefix and dashes.
    fn body(code: &str) -> Vec<char> {
        code.chars().skip(3).filter(|c| *c != '-').collect()
    }

    /// A code with these characters, grouped by four after the prefix.
    fn with_body(chars: &[char]) -> String {
        let groups: Vec<String> = chars.chunks(GROUP).map(|g| g.iter().collect()).collect();
        format!("{PREFIX}-{}", groups.join("-"))
    }

    /// The 80 bits of a version-2 code.
    fn bits_of(code: &str) -> u128 {
        body(code)
            .iter()
            .fold(0, |acc, c| (acc << 5) | symbol_value(*c).unwrap())
    }

    /// The version-1 encoder, as it was: eight characters, scores only.
    fn encode_v1(r: &Record) -> String {
        let score = |s: Option<u8>| s.map_or(NOT_TAKEN_V1, |s| u128::from(s.min(MAX_SCORE)));
        let payload = (u128::from(VERSION_1) << 24)
            | (u128::from(r.solved) << 8)
            | (score(r.before) << 4)
            | score(r.after);
        forged_v1(payload)
    }

    /// A version-1 code for raw 26 payload bits with a valid checksum (to forge other versions).
    fn forged_v1(payload: u128) -> String {
        write_code(
            (payload << CHECK_BITS) | crc(payload, PAYLOAD_BITS_V1),
            CODE_CHARS_V1,
        )
    }

    /// A version-2 code for raw 66 payload bits with a valid checksum.
    fn forged(payload: u128) -> String {
        write_code(
            (payload << CHECK_BITS) | crc(payload, PAYLOAD_BITS),
            CODE_CHARS,
        )
    }

    /// A version-2 payload with these check fields.
    fn payload(version: u128, solved: u128, before: u32, after: u32) -> u128 {
        (version << 64) | (solved << 48) | (u128::from(before) << 24) | u128::from(after)
    }

    #[test]
    fn codes_look_like_the_example() {
        let code = encode(&Record::default());
        assert_eq!(code.len(), 22);
        assert!(code.starts_with("NL-"));
        let dashes: Vec<usize> = code.match_indices('-').map(|(i, _)| i).collect();
        assert_eq!(dashes, [2, 7, 12, 17]);
        assert!(
            body(&code)
                .iter()
                .all(|c| ALPHABET.contains(&(*c as u8)) && !"ILOU".contains(*c))
        );
        assert_ne!(
            encode(&Record::default()),
            encode(&scores_only(1, None, None))
        );
        // The first version's codes had eight characters.
        assert_eq!(encode_v1(&Record::default()).len(), 12);
    }

    #[test]
    fn a_check_field_is_the_answers_in_base_five() {
        // The key, 1 3 0 2 1 2 3 0 2 1 in base 5:
        // 1·5⁹ + 3·5⁸ + 0·5⁷ + 2·5⁶ + 1·5⁵ + 2·5⁴ + 3·5³ + 0·5² + 2·5 + 1
        // = 1 953 125 + 1 171 875 + 0 + 31 250 + 3 125 + 1 250 + 375 + 0 + 10 + 1 = 3 161 011.
        let key = ANSWERS.map(Some);
        assert_eq!(check_field(Some(10), Some(&key)), 3_161_011);
        // All unanswered: every digit 4, 5¹⁰ − 1, the largest answer pattern.
        assert_eq!(check_field(Some(0), Some(&[None; QUESTIONS])), 9_765_624);
        // Only the last question answered, with option A.
        let mut last = [None; QUESTIONS];
        last[9] = Some(0);
        assert_eq!(check_field(Some(0), Some(&last)), 9_765_620);
        // Scores alone, and not taken.
        assert_eq!(check_field(Some(0), None), 9_765_625);
        assert_eq!(check_field(Some(10), None), 9_765_635);
        assert_eq!(check_field(Some(200), None), 9_765_635);
        assert_eq!(check_field(None, None), 16_777_215);
        // Answers that disagree with the score: the score alone is written.
        assert_eq!(check_field(Some(9), Some(&key)), 9_765_634);
        assert_eq!(check_field(None, Some(&key)), 16_777_215);
        for field in [3_161_011, 9_765_624, 9_765_620] {
            let (score, answers) = field_check(field).unwrap();
            assert_eq!(check_field(score, answers.as_ref()), field);
        }
    }

    #[test]
    fn a_code_is_pinned() {
        // Threshold and Nand solved (bits 0 and 4), the key before, a score of 7 alone after.
        // Its first characters by hand: version 10, then solved 0000 0000 0001 0001, then the
        // before field's top bits (3 161 011 < 2²², so 00): 10000 00000 00010 00100 = G 0 2 4.
        let mut r = scores_only(0b1_0001, None, Some(7));
        r.set_answers(true, ANSWERS.map(Some));
        let code = encode(&r);
        assert_eq!(
            bits_of(&code) >> CHECK_BITS,
            payload(2, 0b1_0001, 3_161_011, 9_765_632)
        );
        assert_eq!(code, GOLDEN_V2);
        assert_eq!(decode(GOLDEN_V2), Ok(r));
    }

    /// The code [`a_code_is_pinned`] writes: changing the layout breaks it.
    const GOLDEN_V2: &str = "NL-G024-R3QC-WN0C-0AQN";

    #[test]
    fn every_solved_pattern_round_trips() {
        for solved in 0..=u16::MAX {
            let r = scores_only(
                solved,
                SCORES[solved as usize % 12],
                SCORES[(solved as usize / 12) % 12],
            );
            assert_eq!(decode(&encode(&r)), Ok(r), "{r:?}");
        }
    }

    #[test]
    fn every_score_combination_round_trips() {
        for solved in [0, 1, 0b1_0101_0101_0101, 0x1fff, u16::MAX] {
            for before in SCORES {
                for after in SCORES {
                    let r = scores_only(solved, before, after);
                    assert_eq!(decode(&encode(&r)), Ok(r), "{r:?}");
                }
            }
        }
    }

    #[test]
    fn every_answer_pattern_round_trips() {
        let mut rng = SplitMix64::new(11);
        // Random records of every kind: answers, scores alone, not taken.
        for _ in 0..5000 {
            let r = random_any_record(&mut rng);
            let read = decode(&encode(&r));
            assert_eq!(read, Ok(r), "{r:?}");
        }
        // Each question with each of its five values, the others random, in either check.
        for question in 0..QUESTIONS {
            for value in [None, Some(0), Some(1), Some(2), Some(3)] {
                let mut answers = random_answers(&mut rng);
                answers[question] = value;
                let mut r = random_record(&mut rng);
                r.set_answers(question % 2 == 0, answers);
                assert_eq!(decode(&encode(&r)), Ok(r), "{r:?}");
            }
        }
        // The extremes: all right, all unanswered, every question on one option.
        let mut patterns = vec![ANSWERS.map(Some), [None; QUESTIONS]];
        patterns.extend((0..OPTIONS as u8).map(|o| [Some(o); QUESTIONS]));
        for before in &patterns {
            for after in &patterns {
                let mut r = scores_only(0x1fff, None, None);
                r.set_answers(true, *before);
                r.set_answers(false, *after);
                let read = decode(&encode(&r)).unwrap();
                assert_eq!(read, r);
                assert_eq!(read.before, Some(concept_check::score(before)));
            }
        }
    }

    #[test]
    fn answers_set_the_score() {
        let mut r = Record::default();
        let mut answers = [Some(0); QUESTIONS];
        answers[0] = Some(1); // right
        answers[1] = None;
        answers[4] = Some(9); // no such option: unanswered
        r.set_answers(false, answers);
        // Right: question 1 (B), and A on questions 3 and 8.
        assert_eq!(r.after, Some(3));
        assert_eq!(r.before, None);
        let kept = r.answers_after.unwrap();
        assert_eq!(kept[4], None);
        assert_eq!(kept[5], Some(0));
        assert_eq!(decode(&encode(&r)), Ok(r));
        r.set_answers(true, ANSWERS.map(Some));
        assert_eq!((r.before, r.after), (Some(10), Some(3)));
    }

    #[test]
    fn answers_that_disagree_with_the_score_give_way_to_it() {
        let mut r = scores_only(5, None, None);
        r.set_answers(true, ANSWERS.map(Some));
        r.set_answers(false, [None; QUESTIONS]);
        // A score set on its own afterwards (the answers are stale).
        r.before = Some(4);
        r.after = None;
        assert_eq!(decode(&encode(&r)), Ok(scores_only(5, Some(4), None)));
    }

    #[test]
    fn migrated_scores_round_trip() {
        // A version-1 code read, and written again as version 2: the scores carry over.
        let mut rng = SplitMix64::new(3);
        for _ in 0..2000 {
            let r = random_record(&mut rng);
            let old = decode(&encode_v1(&r)).unwrap();
            assert_eq!(old, r);
            let new = encode(&old);
            assert_eq!(body(&new).len(), CODE_CHARS);
            assert_eq!(decode(&new), Ok(r));
        }
    }

    #[test]
    fn version_one_codes_still_read() {
        // Written by the first version's encoder (kept above as `encode_v1`; these four were
        // checked against the encoder as it was released).
        let golden = [
            ("NL-8003-ZJV5", scores_only(0, None, None)),
            ("NL-8024-WQGG", scores_only(0b1_0001, Some(3), Some(9))),
            ("NL-8ZZY-QW3R", scores_only(0x1fff, Some(10), None)),
            ("NL-840K-R9ZH", scores_only(0b100_0000_0100, None, Some(0))),
        ];
        for (code, r) in golden {
            assert_eq!(encode_v1(&r), code);
            assert_eq!(decode(code), Ok(r), "{code}");
            assert_eq!(decode(&code.to_lowercase().replace('-', " ")), Ok(r));
        }
        let mut rng = SplitMix64::new(5);
        for _ in 0..2000 {
            let r = random_record(&mut rng);
            assert_eq!(decode(&encode_v1(&r)), Ok(r), "{r:?}");
        }
    }

    #[test]
    fn scores_above_ten_are_written_as_ten() {
        let r = scores_only(3, Some(12), Some(255));
        let read = decode(&encode(&r));
        assert_eq!(read, Ok(scores_only(3, Some(10), Some(10))));
        let read = decode(&encode_v1(&r));
        assert_eq!(read, Ok(scores_only(3, Some(10), Some(10))));
    }

    #[test]
    fn the_record_names_its_challenges() {
        let mut r = Record::default();
        r.mark_solved(Challenge::Nand);
        r.mark_solved(Challenge::JustInTime);
        assert!(r.is_solved(Challenge::Nand) && !r.is_solved(Challenge::Threshold));
        assert_eq!(
            r.solved_challenges(),
            vec![Challenge::Nand, Challenge::JustInTime]
        );
        assert_eq!(r.solved, (1 << 4) | (1 << 12));
    }

    #[test]
    fn reading_forgives_case_spaces_dashes_and_confusables() {
        let mut r = scores_only(0b1_0110_1001_0110, Some(3), None);
        r.set_answers(false, [Some(1); QUESTIONS]);
        let code = encode(&r);
        let b: String = body(&code).iter().collect();
        let variants = [
            code.to_lowercase(),
            format!("  {code}\n"),
            b.clone(),
            format!("{} {} {} {}", &b[..4], &b[4..8], &b[8..12], &b[12..]),
            format!("nl {b}"),
            format!("NL–{}—{}‑{}−{}", &b[..4], &b[4..8], &b[8..12], &b[12..]),
            code.replace('1', "l").replace('0', "o"),
            code.replace('1', "I").replace('0', "O"),
            code.replace('1', "i").replace('-', ""),
        ];
        for text in variants {
            assert_eq!(decode(&text), Ok(r), "{text:?}");
        }
        // The version's bits (10) make a code's first character G to Q, so it may be N: a
        // body of sixteen characters is never cut, with or without the prefix, and whatever
        // follows its N (an L typed for 1, too).
        let mut rng = SplitMix64::new(7);
        let mut starts_with_n = 0;
        for _ in 0..4000 {
            let r = random_any_record(&mut rng);
            let code = encode(&r);
            let chars = body(&code);
            assert!("GHJKMNPQ".contains(chars[0]), "{}", chars[0]);
            if chars[0] == 'N' {
                starts_with_n += 1;
                let b: String = chars.iter().collect();
                assert_eq!(decode(&b), Ok(r));
                assert_eq!(decode(&format!("NL{b}")), Ok(r));
                let typed = format!("N{}", b[1..].replacen('1', "L", 1));
                assert_eq!(decode(&typed), Ok(r), "{typed}");
            }
        }
        assert!(starts_with_n > 100, "{starts_with_n}");
    }

    #[test]
    fn every_single_changed_character_is_caught() {
        let mut rng = SplitMix64::new(1);
        let mut records: Vec<Record> = (0..300).map(|_| random_any_record(&mut rng)).collect();
        records.push(Record::default());
        for r in records {
            // Today's codes and the first version's.
            let mut codes = vec![body(&encode(&r))];
            if r.answers_before.is_none() && r.answers_after.is_none() {
                codes.push(body(&encode_v1(&r)));
            }
            for chars in codes {
                for position in 0..chars.len() {
                    for symbol in ALPHABET.iter().map(|s| char::from(*s)) {
                        if symbol == chars[position] {
                            continue;
                        }
                        let mut changed = chars.clone();
                        changed[position] = symbol;
                        assert_eq!(
                            decode(&with_body(&changed)),
                            Err(CodeError::Checksum),
                            "{r:?} at {position} to {symbol}"
                        );
                    }
                }
                // Neighbours swapped, too.
                for position in 0..chars.len() - 1 {
                    let mut swapped = chars.clone();
                    swapped.swap(position, position + 1);
                    if swapped != chars {
                        assert_eq!(decode(&with_body(&swapped)), Err(CodeError::Checksum));
                    }
                }
            }
        }
    }

    #[test]
    fn every_burst_of_up_to_fourteen_bits_is_caught() {
        // An error burst of length n: its first and last bits flipped, any bits between, at
        // any place in the 80 bits (checksum included).
        let mut rng = SplitMix64::new(2);
        let mut any = random_any_record(&mut rng);
        any.set_answers(true, random_answers(&mut rng));
        let codes = [
            encode(&Record::default()),
            encode(&any),
            encode(&scores_only(u16::MAX, Some(10), Some(0))),
        ];
        for code in codes {
            let bits = bits_of(&code);
            assert!(checksum_matches(bits, PAYLOAD_BITS));
            let mut tried = 0u64;
            for n in 1..=CHECK_BITS {
                let inner = if n >= 2 { 1u128 << (n - 2) } else { 1 };
                for middle in 0..inner {
                    let burst = if n == 1 {
                        1
                    } else {
                        (1 << (n - 1)) | (middle << 1) | 1
                    };
                    for shift in 0..=(5 * CODE_CHARS as u32 - n) {
                        tried += 1;
                        assert!(
                            !checksum_matches(bits ^ (burst << shift), PAYLOAD_BITS),
                            "{code}: {burst:b} << {shift}"
                        );
                    }
                }
            }
            // Σ over n of 2^(n−2) patterns (one for n = 1) times 81 − n places.
            let expected: u64 = (1..=14u64)
                .map(|n| (if n >= 2 { 1 << (n - 2) } else { 1 }) * (81 - n))
                .sum();
            assert_eq!(tried, expected);
        }
    }

    #[test]
    fn each_error_has_its_case() {
        for empty in ["", "   ", "--", "NL-", " nl - ", "NL"] {
            assert_eq!(decode(empty), Err(CodeError::Empty), "{empty:?}");
        }
        let code = encode(&scores_only(5, Some(4), None));
        assert_eq!(decode(&code[..code.len() - 1]), Err(CodeError::Length));
        assert_eq!(decode(&format!("{code}0")), Err(CodeError::Length));
        assert_eq!(decode("NL-1234"), Err(CodeError::Length));
        assert_eq!(decode("NL-1234-5678-9ABC"), Err(CodeError::Length));
        for bad in [
            "NL-12U4-5678",
            "NL-1234-567!",
            "NL-1234-56é8",
            "NL_1234_5678",
            "NL-1234-5678-9ABC-DEFU",
        ] {
            assert_eq!(decode(bad), Err(CodeError::Character), "{bad:?}");
        }
        assert_eq!(decode("NL-0000-0000"), Err(CodeError::Checksum));
        assert_eq!(decode("NL-0000-0000-0000-0000"), Err(CodeError::Checksum));

        // Version 1: a valid checksum over another version, or over a score of 11 to 14.
        for version in [0u128, 2, 3] {
            let payload = (version << 24) | (5 << 8) | (4 << 4) | NOT_TAKEN_V1;
            assert_eq!(decode(&forged_v1(payload)), Err(CodeError::Version));
        }
        let v1 = u128::from(VERSION_1) << 24;
        for score in 11..=14u128 {
            assert_eq!(
                decode(&forged_v1(v1 | (score << 4) | 3)),
                Err(CodeError::Version)
            );
            assert_eq!(
                decode(&forged_v1(v1 | (3 << 4) | score)),
                Err(CodeError::Version)
            );
        }
        assert_eq!(
            decode(&forged_v1(v1 | (7 << 8) | (10 << 4) | NOT_TAKEN_V1)),
            Ok(scores_only(7, Some(10), None))
        );

        // Version 2: another version, or a check field no version 2 writes.
        for version in [0u128, 1, 3] {
            let p = payload(version, 5, SCORE_ONLY + 4, NOT_TAKEN);
            assert_eq!(decode(&forged(p)), Err(CodeError::Version));
        }
        for field in [SCORE_ONLY + 11, SCORE_ONLY + 12, NOT_TAKEN - 1, 12_345_678] {
            assert_eq!(
                decode(&forged(payload(2, 0, field, NOT_TAKEN))),
                Err(CodeError::Version)
            );
            assert_eq!(
                decode(&forged(payload(2, 0, 0, field))),
                Err(CodeError::Version)
            );
        }
        assert_eq!(
            decode(&forged(payload(2, 7, SCORE_ONLY + 10, NOT_TAKEN))),
            Ok(scores_only(7, Some(10), None))
        );
        // Field 0: option A on every question.
        let mut all_a = scores_only(0, None, None);
        all_a.set_answers(false, [Some(0); QUESTIONS]);
        assert_eq!(decode(&forged(payload(2, 0, NOT_TAKEN, 0))), Ok(all_a));
    }
}
