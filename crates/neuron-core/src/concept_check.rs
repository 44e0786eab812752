//! The concept check's answer key: ten multiple-choice questions of four options each, taken
//! before and after the lesson. The questions' words live in the app's message catalogue; the
//! core holds only what a score, a progress code ([`crate::progress_code`]) or a class report
//! ([`crate::class_report`]) needs: how many questions and options there are, which option is
//! right, and each question's stable id.
//!
//! Options are numbered from 0 in the order the page shows them (0 is the first, shown as A).
//! A learner may leave questions unanswered and still check; an unanswered question is not
//! right.
//!
//! The order of the questions is part of every progress code that carries answers: never
//! reorder, and never change the right option of a question that keeps its id.

/// Questions in the concept check.
pub const QUESTIONS: usize = 10;

/// Options of every question.
pub const OPTIONS: usize = 4;

/// The right option of each question, in question order.
pub const ANSWERS: [u8; QUESTIONS] = [1, 3, 0, 2, 1, 2, 3, 0, 2, 1];

/// Each question's stable id (kebab-case), in question order.
pub const IDS: [&str; QUESTIONS] = [
    "parts-mapping",
    "spike-all-or-nothing",
    "linear-collapse",
    "what-learns",
    "backprop-weight-transport",
    "spike-timing",
    "xor-one-neuron",
    "scale-energy",
    "refractory-period",
    "works-like-the-brain",
];

/// A learner's choices in one check: the option picked for each question, or None when the
/// question was left unanswered.
pub type Answers = [Option<u8>; QUESTIONS];

/// The score of `answers`: how many questions have their right option picked (0 to 10).
pub fn score(answers: &Answers) -> u8 {
    answers
        .iter()
        .zip(ANSWERS)
        .filter(|(picked, right)| **picked == Some(*right))
        .count() as u8
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_key_is_well_formed() {
        assert!(ANSWERS.iter().all(|a| usize::from(*a) < OPTIONS));
        // Every option is right somewhere, so that "always A" scores no better than chance
        // (A: questions 3 and 8; B: 1, 5, 10; C: 4, 6, 9; D: 2 and 7).
        for option in 0..OPTIONS as u8 {
            assert!(ANSWERS.contains(&option), "{option}");
        }
        let mut ids = IDS.to_vec();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), QUESTIONS);
        assert!(IDS.iter().all(|id| {
            !id.is_empty() && id.chars().all(|c| c.is_ascii_lowercase() || c == '-')
        }));
    }

    #[test]
    fn the_score_counts_right_options_only() {
        assert_eq!(score(&[None; QUESTIONS]), 0);
        assert_eq!(score(&ANSWERS.map(Some)), 10);
        // Always the first option: right on questions 3 and 8 only.
        assert_eq!(score(&[Some(0); QUESTIONS]), 2);
        // Always the third option: right on questions 4, 6 and 9.
        assert_eq!(score(&[Some(2); QUESTIONS]), 3);
        // The key with question 1 wrong, question 2 unanswered and an option that does not
        // exist on question 3.
        let mut answers = ANSWERS.map(Some);
        answers[0] = Some(0);
        answers[1] = None;
        answers[2] = Some(7);
        assert_eq!(score(&answers), 7);
    }
}
