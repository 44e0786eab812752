//! What the page reports to a course system (an LMS running a SCORM 1.2 package): the lesson
//! status and score for the package's goal, each concept-check answer as an interaction, and
//! the resume data. Pure decisions on a [`Record`]; the app makes the calls.
//!
//! ## The goal and the score of each package
//!
//! - The whole lesson ([`Goal::ConceptCheck`]): completed once the concept check after the lesson
//!   is taken; the score is that check's result in percent (10 % a question).
//! - One widget ([`Goal::Challenges`]): completed once all of its challenges are solved; the
//!   score is the share of them solved, in percent. A widget without challenges is completed
//!   when it is opened, with no score.
//!
//! With a mastery score from the manifest (`cmi.student_data.mastery_score`, percent), a
//! completed lesson is `passed` or `failed` by its score; a widget is `passed` once its score
//! reaches the mastery score and stays `incomplete` until then (a challenge can always still be
//! solved, so it never fails). A status already reached is never taken back: a learner who
//! resets their progress after passing stays passed in the course.

use crate::challenge::Challenge;
use crate::concept_check::{self, Answers};
use crate::progress_code::{self, Record};
use crate::widget::Widget;

/// SCORM 1.2's limit on `cmi.suspend_data`, in characters.
pub const SUSPEND_DATA_MAX: usize = 4096;
/// Between the progress code and the settings in the resume data.
const SEPARATOR: char = '|';

/// What a package asks of the learner.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Goal {
    /// The whole lesson: the concept check after it.
    ConceptCheck,
    /// One widget: all of its challenges.
    Challenges(Widget),
}

impl Goal {
    /// The goal of a package that launches `widget` alone, or the whole lesson.
    pub fn of(widget: Option<Widget>) -> Goal {
        widget.map_or(Goal::ConceptCheck, Goal::Challenges)
    }
}

/// `cmi.core.lesson_status`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Status {
    NotAttempted,
    Browsed,
    Incomplete,
    Failed,
    Completed,
    Passed,
}

impl Status {
    /// The vocabulary's word.
    pub fn id(self) -> &'static str {
        match self {
            Status::NotAttempted => "not attempted",
            Status::Browsed => "browsed",
            Status::Incomplete => "incomplete",
            Status::Failed => "failed",
            Status::Completed => "completed",
            Status::Passed => "passed",
        }
    }

    /// The status an LMS reports (unknown words read as "not attempted").
    pub fn parse(text: &str) -> Status {
        match text.trim() {
            "browsed" => Status::Browsed,
            "incomplete" => Status::Incomplete,
            "failed" => Status::Failed,
            "completed" => Status::Completed,
            "passed" => Status::Passed,
            _ => Status::NotAttempted,
        }
    }

    /// Whether the learner has met the goal (in any way).
    fn done(self) -> bool {
        matches!(self, Status::Completed | Status::Passed | Status::Failed)
    }
}

/// What to report for `record` under `goal`: the status and the score in percent (raw, with
/// min 0 and max 100), given the LMS's `mastery` score and the status it already holds.
pub fn report(
    goal: Goal,
    record: &Record,
    mastery: Option<f64>,
    held: Status,
) -> (Status, Option<f64>) {
    let (met, score) = match goal {
        Goal::ConceptCheck => (
            record.after.is_some(),
            record
                .after
                .map(|s| 100.0 * f64::from(s) / f64::from(progress_code::MAX_SCORE)),
        ),
        Goal::Challenges(widget) => {
            let all: Vec<Challenge> = Challenge::ALL
                .into_iter()
                .filter(|c| c.widget() == widget)
                .collect();
            if all.is_empty() {
                (true, None)
            } else {
                let solved = all.iter().filter(|c| record.is_solved(**c)).count();
                (
                    solved == all.len(),
                    Some((100.0 * solved as f64 / all.len() as f64).round()),
                )
            }
        }
    };
    let now = match (mastery, score) {
        (Some(m), Some(s)) if s >= m => Status::Passed,
        (Some(_), Some(_)) if met && goal == Goal::ConceptCheck => Status::Failed,
        (None, _) | (Some(_), None) if met => Status::Completed,
        _ => Status::Incomplete,
    };
    // Never take a reached status back (the order of `Status` puts a pass above a completion
    // above a fail, so a retake that passes replaces a fail).
    let status = if held.done() { held.max(now) } else { now };
    (status, score)
}

/// One concept-check answer as a SCORM interaction.
#[derive(Clone, Debug, PartialEq)]
pub struct Interaction {
    /// `pre-<question id>` or `post-<question id>` (a CMIIdentifier: no spaces).
    pub id: String,
    /// The option chosen, as a letter `a` to `d`.
    pub response: String,
    /// The right option, as a letter.
    pub correct: String,
    /// `correct` or `wrong`.
    pub result: &'static str,
}

/// The interactions for one concept check's `answers` (unanswered questions are left out).
pub fn interactions(before: bool, answers: &Answers) -> Vec<Interaction> {
    let letter = |i: u8| char::from(b'a' + i).to_string();
    answers
        .iter()
        .enumerate()
        .filter_map(|(q, a)| {
            let a = (*a)?;
            let right = concept_check::ANSWERS[q];
            Some(Interaction {
                id: format!(
                    "{}-{}",
                    if before { "pre" } else { "post" },
                    concept_check::IDS[q]
                ),
                response: letter(a),
                correct: letter(right),
                result: if a == right { "correct" } else { "wrong" },
            })
        })
        .collect()
}

/// The resume data for `record` and the page's `settings` (its URL fragment): the progress code,
/// then the settings when both fit in [`SUSPEND_DATA_MAX`]; `false` when the settings were left
/// out.
pub fn suspend_data(record: &Record, settings: &str) -> (String, bool) {
    let code = progress_code::encode(record);
    let whole = format!("{code}{SEPARATOR}{settings}");
    if whole.chars().count() <= SUSPEND_DATA_MAX {
        (whole, true)
    } else {
        (code, false)
    }
}

/// The progress and settings in resume data written by [`suspend_data`]: either may be missing
/// (empty data, a code that does not read, no settings).
pub fn resume(data: &str) -> (Option<Record>, Option<String>) {
    let (code, settings) = match data.split_once(SEPARATOR) {
        Some((code, settings)) => (code, Some(settings)),
        None => (data, None),
    };
    (
        progress_code::decode(code).ok(),
        settings.filter(|s| s.contains('=')).map(str::to_string),
    )
}

/// `cmi.core.session_time` for `ms` milliseconds: `HHHH:MM:SS.SS`.
pub fn session_time(ms: f64) -> String {
    let centis = (ms.max(0.0) / 10.0).round() as u64;
    let (h, rest) = (centis / 360_000, centis % 360_000);
    let (m, rest) = (rest / 6_000, rest % 6_000);
    format!(
        "{:04}:{:02}:{:02}.{:02}",
        h.min(9999),
        m,
        rest / 100,
        rest % 100
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn solved(challenges: &[Challenge]) -> Record {
        let mut r = Record::default();
        for c in challenges {
            r.mark_solved(*c);
        }
        r
    }

    #[test]
    fn the_lesson_completes_with_the_check_after_it() {
        let goal = Goal::ConceptCheck;
        let mut r = Record::default();
        assert_eq!(
            report(goal, &r, None, Status::NotAttempted),
            (Status::Incomplete, None)
        );
        r.before = Some(4);
        assert_eq!(
            report(goal, &r, None, Status::Incomplete),
            (Status::Incomplete, None)
        );
        r.after = Some(7);
        assert_eq!(
            report(goal, &r, None, Status::Incomplete),
            (Status::Completed, Some(70.0))
        );
        assert_eq!(
            report(goal, &r, Some(80.0), Status::Incomplete),
            (Status::Failed, Some(70.0))
        );
        assert_eq!(
            report(goal, &r, Some(70.0), Status::Incomplete),
            (Status::Passed, Some(70.0))
        );
        // A retake that passes replaces the fail; nothing takes a pass back.
        r.after = Some(9);
        assert_eq!(
            report(goal, &r, Some(80.0), Status::Failed).0,
            Status::Passed
        );
        assert_eq!(
            report(goal, &Record::default(), Some(80.0), Status::Passed).0,
            Status::Passed
        );
        assert_eq!(
            report(goal, &Record::default(), None, Status::Completed).0,
            Status::Completed
        );
    }

    #[test]
    fn a_widget_completes_with_all_its_challenges() {
        let goal = Goal::Challenges(Widget::Boundary);
        let one = solved(&[Challenge::AndByHand, Challenge::Threshold]);
        assert_eq!(
            report(goal, &one, None, Status::NotAttempted),
            (Status::Incomplete, Some(33.0))
        );
        let all = solved(&[
            Challenge::AndByHand,
            Challenge::XorOneNeuron,
            Challenge::BlowUp,
        ]);
        assert_eq!(
            report(goal, &all, None, Status::Incomplete),
            (Status::Completed, Some(100.0))
        );
        assert_eq!(
            report(goal, &all, Some(100.0), Status::Incomplete),
            (Status::Passed, Some(100.0))
        );
        // Short of mastery a widget stays incomplete: it never fails.
        assert_eq!(
            report(goal, &one, Some(50.0), Status::Incomplete),
            (Status::Incomplete, Some(33.0))
        );
        // Without challenges: done when opened, no score.
        assert_eq!(
            report(
                Goal::Challenges(Widget::Scale),
                &Record::default(),
                None,
                Status::NotAttempted
            ),
            (Status::Completed, None)
        );
    }

    #[test]
    fn interactions_name_the_question_and_the_letters() {
        let mut answers: Answers = [None; concept_check::QUESTIONS];
        answers[0] = Some(concept_check::ANSWERS[0]);
        answers[2] = Some((concept_check::ANSWERS[2] + 1) % 4);
        let list = interactions(false, &answers);
        assert_eq!(list.len(), 2);
        assert_eq!(list[0].id, format!("post-{}", concept_check::IDS[0]));
        assert_eq!(list[0].result, "correct");
        assert_eq!(list[0].response, list[0].correct);
        assert_eq!(list[1].result, "wrong");
        assert!(list.iter().all(|i| !i.id.contains(' ')));
        assert!(interactions(true, &answers)[0].id.starts_with("pre-"));
    }

    #[test]
    fn resume_data_keeps_progress_and_drops_settings_that_do_not_fit() {
        let r = solved(&[Challenge::Nand]);
        let (data, fits) = suspend_data(&r, "v=1&x=0.5");
        assert!(fits);
        assert_eq!(resume(&data), (Some(r), Some("v=1&x=0.5".to_string())));
        let long = format!("v=1&bd-pts={}", "0.1,".repeat(2000));
        let (data, fits) = suspend_data(&r, &long);
        assert!(!fits);
        assert!(data.len() <= SUSPEND_DATA_MAX);
        assert_eq!(resume(&data), (Some(r), None));
        assert_eq!(resume(""), (None, None));
        assert_eq!(resume("garbage|not settings"), (None, None));
    }

    #[test]
    fn session_time_is_in_scorm_format() {
        assert_eq!(session_time(0.0), "0000:00:00.00");
        assert_eq!(session_time(3_723_450.0), "0001:02:03.45");
        assert_eq!(session_time(-5.0), "0000:00:00.00");
    }

    #[test]
    fn statuses_read_back() {
        for s in [
            Status::NotAttempted,
            Status::Browsed,
            Status::Incomplete,
            Status::Failed,
            Status::Completed,
            Status::Passed,
        ] {
            assert_eq!(Status::parse(s.id()), s);
        }
        assert_eq!(Status::parse(""), Status::NotAttempted);
    }
}
