//! A short code a learner pastes into an assignment, and a teacher decodes: which challenges
//! were solved, and the concept-check scores before and after the lesson.
//!
//! ## Layout
//!
//! Forty bits, most significant first:
//!
//! ```text
//! version (2) | solved (16) | before (4) | after (4) | checksum (14)
//! ```
//!
//! `solved` has bit `i` set when [`Challenge::ALL`]`[i]` was solved; a score is 0 to 10, or 15
//! for "not taken". The checksum is a CRC-14 (polynomial x¹⁴ + x¹¹ + x² + 1, register starting at
//! all ones) over the 26 bits before it. A CRC of degree 14 catches every error confined to 14
//! consecutive bits, so every mistyped character (5 bits) and every swap of two neighbouring
//! characters (10 bits) is caught; other errors slip through once in 16 384.
//!
//! The bits are written as eight characters of Crockford's base 32 (the digits and the capital
//! letters without I, L, O and U), after the prefix `NL-` and grouped by four:
//! `NL-1A2B-3C4D`. Reading is forgiving: lower case, spaces, missing dashes or prefix, and the
//! letters people mistake for digits (I and L for 1, O for 0) are all accepted.

use crate::challenge::Challenge;

/// The version written into codes (2 bits: 0 to 3).
pub const VERSION: u8 = 1;
/// The text in front of every code.
pub const PREFIX: &str = "NL";
/// Characters in a code, without the prefix and dashes.
pub const CODE_CHARS: usize = 8;
/// The highest concept-check score.
pub const MAX_SCORE: u8 = 10;
/// The symbols of Crockford's base 32, in value order.
const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
/// The stored value of a score not taken.
const NOT_TAKEN: u64 = 15;
/// Bits of the payload (version, solved, before, after) and of the checksum.
const PAYLOAD_BITS: u32 = 26;
const CHECK_BITS: u32 = 14;
/// The CRC-14 polynomial x¹⁴ + x¹¹ + x² + 1, without its x¹⁴ term.
const POLY: u64 = 0x0805;
/// The CRC register's start: nonzero, so that a code of all zeros is not valid.
const CRC_INIT: u64 = 0x3fff;

/// What a code records.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Record {
    /// Bit `i` set: [`Challenge::ALL`]`[i]` was solved.
    pub solved: u16,
    /// The concept-check score (0 to 10) before the lesson, if taken.
    pub before: Option<u8>,
    /// The concept-check score (0 to 10) after the lesson, if taken.
    pub after: Option<u8>,
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
    /// A well-formed code, but not one this version writes (another version number, or a score
    /// out of range).
    Version,
}

/// The CRC-14 of the low `bits` bits of `value`, most significant first.
fn crc(value: u64, bits: u32) -> u64 {
    let top = 1 << (CHECK_BITS - 1);
    let mask = (1 << CHECK_BITS) - 1;
    let mut reg = CRC_INIT;
    for i in (0..bits).rev() {
        let bit = (value >> i) & 1;
        let feedback = ((reg & top) != 0) as u64 ^ bit;
        reg = (reg << 1) & mask;
        if feedback == 1 {
            reg ^= POLY;
        }
    }
    reg
}

/// A score's 4-bit field: 0 to 10 (a larger score is stored as 10), or 15 when not taken.
fn score_field(score: Option<u8>) -> u64 {
    score.map_or(NOT_TAKEN, |s| u64::from(s.min(MAX_SCORE)))
}

/// A 4-bit field's score: `Ok(None)` for "not taken", an error for 11 to 14.
fn field_score(field: u64) -> Result<Option<u8>, CodeError> {
    match field {
        NOT_TAKEN => Ok(None),
        s if s <= u64::from(MAX_SCORE) => Ok(Some(s as u8)),
        _ => Err(CodeError::Version),
    }
}

/// The code for `r`, as `NL-XXXX-XXXX`. A score above 10 is written as 10.
pub fn encode(r: &Record) -> String {
    let payload = (u64::from(VERSION) << 24)
        | (u64::from(r.solved) << 8)
        | (score_field(r.before) << 4)
        | score_field(r.after);
    let bits = (payload << CHECK_BITS) | crc(payload, PAYLOAD_BITS);
    let symbols: Vec<char> = (0..CODE_CHARS)
        .rev()
        .map(|k| char::from(ALPHABET[((bits >> (5 * k)) & 31) as usize]))
        .collect();
    let (first, second) = symbols.split_at(CODE_CHARS / 2);
    format!(
        "{PREFIX}-{}-{}",
        first.iter().collect::<String>(),
        second.iter().collect::<String>()
    )
}

/// Whether `c` is a dash a person or a word processor might put in a code.
fn is_dash(c: char) -> bool {
    matches!(
        c,
        '-' | '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2014}' | '\u{2212}'
    )
}

/// The value of a code character (already in upper case), with Crockford's confusables: I and L
/// read as 1, O as 0.
fn symbol_value(c: char) -> Option<u64> {
    let c = match c {
        'I' | 'L' => '1',
        'O' => '0',
        other => other,
    };
    ALPHABET
        .iter()
        .position(|s| char::from(*s) == c)
        .map(|v| v as u64)
}

/// The code's characters: upper case, without spaces, dashes or the prefix.
fn code_characters(text: &str) -> Vec<char> {
    let chars: Vec<char> = text
        .chars()
        .filter(|c| !c.is_whitespace() && !is_dash(*c))
        .map(|c| c.to_ascii_uppercase())
        .collect();
    // "NL" is the prefix unless the code is exactly its 8 characters (which may start with N
    // and an L typed for 1).
    if chars.len() != CODE_CHARS && chars.starts_with(&['N', 'L']) {
        chars[2..].to_vec()
    } else {
        chars
    }
}

/// Reads a code written by [`encode`], forgiving case, spaces, dashes, a missing prefix and the
/// confusable letters I, L (for 1) and O (for 0).
pub fn decode(text: &str) -> Result<Record, CodeError> {
    let chars = code_characters(text);
    if chars.is_empty() {
        return Err(CodeError::Empty);
    }
    let values: Vec<u64> = chars
        .iter()
        .map(|c| symbol_value(*c).ok_or(CodeError::Character))
        .collect::<Result<_, _>>()?;
    if values.len() != CODE_CHARS {
        return Err(CodeError::Length);
    }
    let bits = values.iter().fold(0u64, |acc, v| (acc << 5) | v);
    let payload = bits >> CHECK_BITS;
    if bits & ((1 << CHECK_BITS) - 1) != crc(payload, PAYLOAD_BITS) {
        return Err(CodeError::Checksum);
    }
    if payload >> 24 != u64::from(VERSION) {
        return Err(CodeError::Version);
    }
    Ok(Record {
        solved: ((payload >> 8) & 0xffff) as u16,
        before: field_score((payload >> 4) & 15)?,
        after: field_score(payload & 15)?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
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

    fn random_record(rng: &mut SplitMix64) -> Record {
        Record {
            solved: rng.next_u64() as u16,
            before: SCORES[rng.below(SCORES.len())],
            after: SCORES[rng.below(SCORES.len())],
        }
    }

    /// The code's eight characters, without the prefix and dashes.
    fn body(code: &str) -> Vec<char> {
        code.chars().skip(3).filter(|c| *c != '-').collect()
    }

    fn with_body(chars: &[char]) -> String {
        let text: String = chars.iter().collect();
        format!("NL-{}-{}", &text[..4], &text[4..])
    }

    /// A code for raw 26 payload bits with a valid checksum (to forge other versions).
    fn forged(payload: u64) -> String {
        let bits = (payload << CHECK_BITS) | crc(payload, PAYLOAD_BITS);
        let chars: Vec<char> = (0..CODE_CHARS)
            .rev()
            .map(|k| char::from(ALPHABET[((bits >> (5 * k)) & 31) as usize]))
            .collect();
        with_body(&chars)
    }

    #[test]
    fn codes_look_like_the_example() {
        let code = encode(&Record::default());
        assert_eq!(code.len(), 12);
        assert!(code.starts_with("NL-"));
        assert_eq!(code.find('-'), Some(2));
        assert_eq!(code.rfind('-'), Some(7));
        assert!(
            body(&code)
                .iter()
                .all(|c| ALPHABET.contains(&(*c as u8)) && !"ILOU".contains(*c))
        );
        assert_ne!(
            encode(&Record::default()),
            encode(&Record {
                solved: 1,
                ..Record::default()
            })
        );
    }

    #[test]
    fn every_solved_pattern_round_trips() {
        for solved in 0..=u16::MAX {
            let r = Record {
                solved,
                before: SCORES[solved as usize % 12],
                after: SCORES[(solved as usize / 12) % 12],
            };
            assert_eq!(decode(&encode(&r)), Ok(r), "{r:?}");
        }
    }

    #[test]
    fn every_score_combination_round_trips() {
        for solved in [0, 1, 0b1_0101_0101_0101, 0x1fff, u16::MAX] {
            for before in SCORES {
                for after in SCORES {
                    let r = Record {
                        solved,
                        before,
                        after,
                    };
                    assert_eq!(decode(&encode(&r)), Ok(r), "{r:?}");
                }
            }
        }
    }

    #[test]
    fn scores_above_ten_are_written_as_ten() {
        let r = Record {
            solved: 3,
            before: Some(12),
            after: Some(255),
        };
        let read = decode(&encode(&r));
        assert_eq!(
            read,
            Ok(Record {
                before: Some(10),
                after: Some(10),
                ..r
            })
        );
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
        let r = Record {
            solved: 0b1_0110_1001_0110,
            before: Some(3),
            after: Some(9),
        };
        let code = encode(&r);
        let b: String = body(&code).iter().collect();
        let variants = [
            code.to_lowercase(),
            format!("  {code}\n"),
            b.clone(),
            format!("{} {}", &b[..4], &b[4..]),
            format!("nl {b}"),
            format!("NL–{}—{}", &b[..4], &b[4..]),
            code.replace('1', "l").replace('0', "o"),
            code.replace('1', "I").replace('0', "O"),
            code.replace('1', "i").replace('-', ""),
        ];
        for text in variants {
            assert_eq!(decode(&text), Ok(r), "{text:?}");
        }
        // The version's bits make a code's first character 8 to F, so a leading "NL" is never
        // part of the code itself.
        let mut rng = SplitMix64::new(7);
        for _ in 0..2000 {
            let first = body(&encode(&random_record(&mut rng)))[0];
            assert!("89ABCDEF".contains(first), "{first}");
        }
    }

    #[test]
    fn every_single_changed_character_is_caught() {
        let mut rng = SplitMix64::new(1);
        let mut records: Vec<Record> = (0..300).map(|_| random_record(&mut rng)).collect();
        records.push(Record::default());
        for r in records {
            let chars = body(&encode(&r));
            for position in 0..CODE_CHARS {
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
            for position in 0..CODE_CHARS - 1 {
                let mut swapped = chars.clone();
                swapped.swap(position, position + 1);
                if swapped != chars {
                    assert_eq!(decode(&with_body(&swapped)), Err(CodeError::Checksum));
                }
            }
        }
    }

    #[test]
    fn each_error_has_its_case() {
        for empty in ["", "   ", "--", "NL-", " nl - "] {
            assert_eq!(decode(empty), Err(CodeError::Empty), "{empty:?}");
        }
        let code = encode(&Record {
            solved: 5,
            before: Some(4),
            after: None,
        });
        assert_eq!(decode(&code[..code.len() - 1]), Err(CodeError::Length));
        assert_eq!(decode(&format!("{code}0")), Err(CodeError::Length));
        assert_eq!(decode("NL"), Err(CodeError::Empty));
        assert_eq!(decode("NL-1234"), Err(CodeError::Length));
        for bad in [
            "NL-12U4-5678",
            "NL-1234-567!",
            "NL-1234-56é8",
            "NL_1234_5678",
        ] {
            assert_eq!(decode(bad), Err(CodeError::Character), "{bad:?}");
        }
        assert_eq!(decode("NL-0000-0000"), Err(CodeError::Checksum));
        // A valid checksum over another version, or over a score of 11 to 14.
        for version in [0u64, 2, 3] {
            let payload = (version << 24) | (5 << 8) | (4 << 4) | NOT_TAKEN;
            assert_eq!(decode(&forged(payload)), Err(CodeError::Version));
        }
        for score in 11..=14u64 {
            let v = u64::from(VERSION) << 24;
            assert_eq!(
                decode(&forged(v | (score << 4) | 3)),
                Err(CodeError::Version)
            );
            assert_eq!(
                decode(&forged(v | (3 << 4) | score)),
                Err(CodeError::Version)
            );
        }
        let v = u64::from(VERSION) << 24;
        assert_eq!(
            decode(&forged(v | (7 << 8) | (10 << 4) | NOT_TAKEN)),
            Ok(Record {
                solved: 7,
                before: Some(10),
                after: None
            })
        );
    }
}
