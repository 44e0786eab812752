//! The concept check's ten questions. Together they test the lesson's arc: how the parts of a
//! biological neuron map onto y = f(w · x + b); all-or-nothing spikes against continuous
//! activations; why stacked linear layers collapse into one; what changes when brains and networks
//! learn (and that STDP is local and timing-based); why backpropagation has no known biological
//! counterpart (weight transport, feedback alignment); timing; one neuron and XOR (Gidon et al.
//! 2020); scale and energy; the refractory period; and how to judge a claim that an AI system
//! "works like the brain".
//!
//! Every distractor is a misconception that learners bring to this material, not a random wrong
//! answer: a stronger stimulus makes a bigger spike; more layers always help, even linear ones;
//! one neuron can learn any pattern if trained long enough; the brain learns by backpropagation;
//! artificial neurons fire spikes (or real ones send a smooth value); a spent neuron has "used up"
//! its sodium or must wait for the pump; "brain-like" means "works like a brain". No published
//! misconception inventory for this topic was consulted: the distractors come from the lesson's
//! own claims (the "Where it breaks down" list in `lesson.rs` and "Claims the lesson makes, with
//! their sources" in `docs/model.md`), which name the misreadings they correct, and from the
//! product brief's list of them. They are plausible wrong answers, not measured frequencies.
//!
//! Where an answer depends on a model, the prompt says "on this page", so that no careful expert
//! can fault it with an exception (not every neuron spikes; whether brains approximate
//! backpropagation some other way is open).

/// A message in the visit's language: a function that calls `t!` with the message's id (the
/// catalogue test finds ids only as literals inside `t!`). Without a catalogue (native tests)
/// it gives the id.
use neuron_core::concept_check::{ANSWERS, IDS, QUESTIONS as QUESTION_COUNT};

pub type Text = fn() -> String;

/// One multiple-choice question. Its words are messages `quiz-q<n>-…` in `locales/en.ftl`.
pub struct Question {
    /// A stable id (kebab-case), used in the progress record and tests.
    pub id: &'static str,
    pub prompt: Text,
    /// Three or four options; exactly one is right.
    pub options: &'static [Text],
    /// The index of the right option.
    pub answer: usize,
    /// Why the right answer is right and what is wrong with the tempting wrong ones (2-4
    /// sentences, with a source in parentheses where it is a fact about biology).
    pub explanation: Text,
    /// Where the page shows it: (element id to jump to, link text).
    pub see: (&'static str, Text),
}

pub const QUESTIONS: [Question; QUESTION_COUNT] = [
    // (1) The mapping of parts.
    Question {
        id: IDS[0],
        prompt: || crate::t!("quiz-q1-text"),
        options: &[
            || crate::t!("quiz-q1-a"),
            || crate::t!("quiz-q1-b"),
            || crate::t!("quiz-q1-c"),
            || crate::t!("quiz-q1-d"),
        ],
        answer: ANSWERS[0] as usize,
        explanation: || crate::t!("quiz-q1-explain"),
        see: ("explorer-title", || crate::t!("quiz-q1-see")),
    },
    // (2) All-or-nothing spikes vs continuous activations.
    Question {
        id: IDS[1],
        prompt: || crate::t!("quiz-q2-text"),
        options: &[
            || crate::t!("quiz-q2-a"),
            || crate::t!("quiz-q2-b"),
            || crate::t!("quiz-q2-c"),
            || crate::t!("quiz-q2-d"),
        ],
        answer: ANSWERS[1] as usize,
        explanation: || crate::t!("quiz-q2-explain"),
        see: ("biolab-title", || crate::t!("quiz-q2-see")),
    },
    // (3) Linear collapse.
    Question {
        id: IDS[2],
        prompt: || crate::t!("quiz-q3-text"),
        options: &[
            || crate::t!("quiz-q3-a"),
            || crate::t!("quiz-q3-b"),
            || crate::t!("quiz-q3-c"),
            || crate::t!("quiz-q3-d"),
        ],
        answer: ANSWERS[2] as usize,
        explanation: || crate::t!("quiz-q3-explain"),
        see: ("layers-title", || crate::t!("quiz-q3-see")),
    },
    // (4) What learns: synaptic strengths and weights; STDP is local and timing-based.
    Question {
        id: IDS[3],
        prompt: || crate::t!("quiz-q4-text"),
        options: &[
            || crate::t!("quiz-q4-a"),
            || crate::t!("quiz-q4-b"),
            || crate::t!("quiz-q4-c"),
            || crate::t!("quiz-q4-d"),
        ],
        answer: ANSWERS[3] as usize,
        explanation: || crate::t!("quiz-q4-explain"),
        see: ("bridge-title", || crate::t!("quiz-q4-see")),
    },
    // (5) Backpropagation's missing counterpart.
    Question {
        id: IDS[4],
        prompt: || crate::t!("quiz-q5-text"),
        options: &[
            || crate::t!("quiz-q5-a"),
            || crate::t!("quiz-q5-b"),
            || crate::t!("quiz-q5-c"),
            || crate::t!("quiz-q5-d"),
        ],
        answer: ANSWERS[4] as usize,
        explanation: || crate::t!("quiz-q5-explain"),
        see: ("layers-title", || crate::t!("quiz-q5-see")),
    },
    // (6) Timing.
    Question {
        id: IDS[5],
        prompt: || crate::t!("quiz-q6-text"),
        options: &[
            || crate::t!("quiz-q6-a"),
            || crate::t!("quiz-q6-b"),
            || crate::t!("quiz-q6-c"),
            || crate::t!("quiz-q6-d"),
        ],
        answer: ANSWERS[5] as usize,
        explanation: || crate::t!("quiz-q6-explain"),
        see: ("timing-title", || crate::t!("quiz-q6-see")),
    },
    // (7) One neuron and XOR.
    Question {
        id: IDS[6],
        prompt: || crate::t!("quiz-q7-text"),
        options: &[
            || crate::t!("quiz-q7-a"),
            || crate::t!("quiz-q7-b"),
            || crate::t!("quiz-q7-c"),
            || crate::t!("quiz-q7-d"),
        ],
        answer: ANSWERS[6] as usize,
        explanation: || crate::t!("quiz-q7-explain"),
        see: ("dendrite-title", || crate::t!("quiz-q7-see")),
    },
    // (8) Scale and energy.
    Question {
        id: IDS[7],
        prompt: || crate::t!("quiz-q8-text"),
        options: &[
            || crate::t!("quiz-q8-a"),
            || crate::t!("quiz-q8-b"),
            || crate::t!("quiz-q8-c"),
            || crate::t!("quiz-q8-d"),
        ],
        answer: ANSWERS[7] as usize,
        explanation: || crate::t!("quiz-q8-explain"),
        see: ("scale-title", || crate::t!("quiz-q8-see")),
    },
    // (9) The refractory period.
    Question {
        id: IDS[8],
        prompt: || crate::t!("quiz-q9-text"),
        options: &[
            || crate::t!("quiz-q9-a"),
            || crate::t!("quiz-q9-b"),
            || crate::t!("quiz-q9-c"),
        ],
        answer: ANSWERS[8] as usize,
        explanation: || crate::t!("quiz-q9-explain"),
        see: ("biolab-title", || crate::t!("quiz-q9-see")),
    },
    // (10) Judging "works like the brain".
    Question {
        id: IDS[9],
        prompt: || crate::t!("quiz-q10-text"),
        options: &[
            || crate::t!("quiz-q10-a"),
            || crate::t!("quiz-q10-b"),
            || crate::t!("quiz-q10-c"),
            || crate::t!("quiz-q10-d"),
        ],
        answer: ANSWERS[9] as usize,
        explanation: || crate::t!("quiz-q10-explain"),
        see: ("s5", || crate::t!("quiz-q10-see")),
    },
];

#[cfg(test)]
mod tests {
    use super::*;
    use catalogue::{Catalogue, english_plural};
    use std::collections::HashSet;
    use std::sync::OnceLock;

    /// English's text of `text`. Without a catalogue installed (as in these tests) `text` gives
    /// its message id, looked up here in `locales/en.ftl` and the fragments in `locales/parts/`.
    fn english(text: Text) -> String {
        static EN: OnceLock<Catalogue> = OnceLock::new();
        let en = EN.get_or_init(|| {
            let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/locales");
            let mut source = std::fs::read_to_string(format!("{dir}/en.ftl")).unwrap();
            if let Ok(parts) = std::fs::read_dir(format!("{dir}/parts")) {
                let mut parts: Vec<_> = parts.flatten().map(|e| e.path()).collect();
                parts.sort();
                for p in parts {
                    source.push('\n');
                    source.push_str(&std::fs::read_to_string(p).unwrap());
                }
            }
            Catalogue::new(&source, english_plural)
        });
        let id = text();
        if en.has(&id) {
            en.format(&id, &[])
        } else {
            // A catalogue installed by another test gives the text itself.
            assert!(!id.starts_with("quiz-"), "{id} is not in English");
            id
        }
    }

    /// The element ids a question may link to.
    const ALLOWED_SEE: [&str; 14] = [
        "s1",
        "s2",
        "s3",
        "s4",
        "s5",
        "s6",
        "biolab-title",
        "explorer-title",
        "boundary-title",
        "layers-title",
        "bridge-title",
        "dendrite-title",
        "timing-title",
        "scale-title",
    ];

    fn words(s: &str) -> usize {
        s.split_whitespace().count()
    }

    #[test]
    fn every_answer_index_is_in_range() {
        for q in &QUESTIONS {
            assert!(
                q.answer < q.options.len(),
                "{}: answer {} out of range",
                q.id,
                q.answer
            );
        }
    }

    #[test]
    fn ids_are_unique_and_kebab_case() {
        let mut seen = HashSet::new();
        for q in &QUESTIONS {
            assert!(seen.insert(q.id), "duplicate id {}", q.id);
            assert!(!q.id.is_empty() && !q.id.starts_with('-') && !q.id.ends_with('-'));
            assert!(
                q.id.chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'),
                "{} is not kebab-case",
                q.id
            );
        }
    }

    #[test]
    fn three_or_four_distinct_options_each() {
        for q in &QUESTIONS {
            assert!(
                (3..=4).contains(&q.options.len()),
                "{}: {} options",
                q.id,
                q.options.len()
            );
            let distinct: HashSet<_> = q.options.iter().map(|o| english(*o)).collect();
            assert_eq!(distinct.len(), q.options.len(), "{}: repeated option", q.id);
        }
    }

    #[test]
    fn every_see_id_is_allowed() {
        for q in &QUESTIONS {
            assert!(
                ALLOWED_SEE.contains(&q.see.0),
                "{}: unknown target {}",
                q.id,
                q.see.0
            );
            assert!(
                !english(q.see.1).trim().is_empty(),
                "{}: empty link text",
                q.id
            );
        }
    }

    #[test]
    fn prompts_and_options_are_short() {
        for q in &QUESTIONS {
            assert!(words(&english(q.prompt)) < 30, "{}: prompt too long", q.id);
            for o in q.options {
                let o = english(*o);
                assert!(words(&o) < 20, "{}: option too long: {o}", q.id);
                assert!(!o.to_lowercase().contains("all of the above"), "{}", q.id);
            }
            assert!(
                !english(q.explanation).trim().is_empty(),
                "{}: no explanation",
                q.id
            );
        }
    }

    #[test]
    fn the_right_answer_moves_around() {
        let positions: HashSet<_> = QUESTIONS.iter().map(|q| q.answer).collect();
        assert!(positions.len() >= 3, "answers sit in only {positions:?}");
    }
}
