//! The teachers' decoder of progress codes, as an attacker or a clumsy typist would use it: any
//! text gives a record or a reason, never a panic; every record survives the round trip; and a
//! code with one character changed is caught.

use neuron_core::concept_check::Answers;
use neuron_core::progress_code::{Record, decode, encode};
use proptest::prelude::*;

/// A check's answers: each question unanswered or one of the four options.
fn answers() -> impl Strategy<Value = Answers> {
    proptest::array::uniform10(proptest::option::of(0u8..4))
}

/// A record of any kind: each check not taken, with its score alone (as from a version-1
/// code), or with its answers.
fn record() -> impl Strategy<Value = Record> {
    (
        0u16..(1 << 13),
        proptest::option::of(0u8..=10),
        proptest::option::of(0u8..=10),
        proptest::option::of(answers()),
        proptest::option::of(answers()),
    )
        .prop_map(|(solved, before, after, answers_before, answers_after)| {
            let mut r = Record {
                solved,
                before,
                after,
                ..Record::default()
            };
            if let Some(a) = answers_before {
                r.set_answers(true, a);
            }
            if let Some(a) = answers_after {
                r.set_answers(false, a);
            }
            r
        })
}

proptest! {
    #[test]
    fn any_text_is_a_record_or_a_reason(text in ".{0,80}") {
        let _ = decode(&text);
    }

    #[test]
    fn code_shaped_text_never_panics(text in "(NL)?-?[0-9A-Za-z -]{0,26}") {
        let _ = decode(&text);
    }

    #[test]
    fn every_record_survives_the_round_trip(r in record()) {
        prop_assert_eq!(decode(&encode(&r)), Ok(r));
        prop_assert_eq!(decode(&encode(&r).to_lowercase().replace('-', " ")), Ok(r));
    }

    #[test]
    fn one_character_changed_is_caught(r in record(), at in 3usize..22, by in 1u8..31) {
        let code = encode(&r);
        let mut chars: Vec<char> = code.chars().collect();
        prop_assume!(at < chars.len() && chars[at] != '-');
        // Another character of the code's alphabet in that place.
        const ALPHABET: &[u8] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
        let Some(i) = ALPHABET.iter().position(|&c| c as char == chars[at]) else {
            return Ok(());
        };
        chars[at] = ALPHABET[(i + by as usize) % ALPHABET.len()] as char;
        let changed: String = chars.into_iter().collect();
        prop_assert_ne!(decode(&changed), Ok(r), "{} read as {}", changed, code);
    }
}
