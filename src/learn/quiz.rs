//! The concept check: ten questions on the lesson's claims, offered before the lesson
//! (optional; the score only, so the answers are not given away) and after it (each answer
//! explained, with a link to the widget that shows it, and the gain since before).

use leptos::prelude::*;

use neuron_core::concept_check::{Answers, QUESTIONS as QUESTION_COUNT};

use super::quiz_items::QUESTIONS;
use crate::activity::Progress;

/// The score of `answers` (one choice, if any, per question).
pub fn score(answers: &[Option<usize>]) -> u8 {
    QUESTIONS
        .iter()
        .zip(answers)
        .filter(|(q, a)| **a == Some(q.answer))
        .count() as u8
}

/// The ten questions with their radios; `before` marks the check taken before the lesson.
#[component]
pub fn ConceptCheck(before: bool) -> impl IntoView {
    let progress = Progress::get();
    let answers = RwSignal::new(vec![None::<usize>; QUESTIONS.len()]);
    let checked = RwSignal::new(false);
    let prefix = if before { "quiz-before" } else { "quiz-after" };
    let questions = QUESTIONS
        .iter()
        .enumerate()
        .map(|(qi, q)| {
            let legend = format!("{prefix}-{}", q.id);
            let options = q
                .options
                .iter()
                .enumerate()
                .map(|(oi, text)| {
                    view! {
                        <label class="quiz-option">
                            <input
                                type="radio"
                                name=legend.clone()
                                prop:checked=move || answers.with(|a| a[qi] == Some(oi))
                                on:change=move |_| {
                                    answers.update(|a| a[qi] = Some(oi));
                                    checked.set(false);
                                }
                            />
                            {text()}
                        </label>
                    }
                })
                .collect_view();
            let right = move || answers.with(|a| a[qi] == Some(q.answer));
            // Before the lesson the score only: a mark per answer would give the answers away
            // and turn the check after the lesson into a retest of revealed answers.
            let feedback = move || {
                (checked.get() && !before).then(|| {
                    let mark = if right() {
                        crate::t!("quiz-right")
                    } else {
                        crate::t!("quiz-not-quite")
                    };
                    let text = crate::rich!(
                        "quiz-feedback-after",
                        mark = mark,
                        answer = (q.options[q.answer])(),
                        explanation = (q.explanation)(),
                        target = q.see.0,
                        section = (q.see.1)(),
                    );
                    view! { <p class="quiz-feedback" class:right=right>{text}</p> }
                })
            };
            view! {
                <fieldset class="quiz-question" aria-labelledby=legend.clone()>
                    <legend id=legend.clone()>
                        {crate::t!("quiz-question-legend", n = qi + 1, prompt = (q.prompt)())}
                        // The same questions come twice on the page: a screen reader's list of
                        // groups tells the two checks apart.
                        {before.then(|| view! { <span class="sr-only">" " {crate::t!("quiz-legend-before")}</span> })}
                    </legend>
                    <div class="quiz-options">{options}</div>
                    {feedback}
                </fieldset>
            }
        })
        .collect_view();
    let on_check = move |_| {
        checked.set(true);
        let mut chosen: Answers = [None; QUESTION_COUNT];
        answers.with_untracked(|a| {
            for (c, a) in chosen.iter_mut().zip(a) {
                *c = a.map(|i| i as u8);
            }
        });
        progress.set_answers(before, chosen);
    };
    let result = move || {
        if !checked.get() {
            return String::new();
        }
        let n = score(&answers.get());
        let unanswered = answers.with(|a| a.iter().filter(|x| x.is_none()).count());
        // Whole sentences, each after a space.
        let mut sentences = vec![crate::t!("quiz-score", n = n, total = QUESTIONS.len())];
        if unanswered > 0 {
            sentences.push(crate::t!("quiz-unanswered", n = unanswered));
        }
        let record = progress.record();
        if before {
            sentences.push(crate::t!("quiz-explained-after"));
        } else if let Some(b) = record.before {
            let gain = i32::from(n) - i32::from(b);
            sentences.push(crate::t!(
                "quiz-score-before",
                before = b,
                change = format!("{gain:+}").replace('-', &neuron_core::format::MINUS.to_string())
            ));
        }
        sentences.join(" ")
    };
    view! {
        <div class="quiz">
            {questions}
            <div class="quiz-actions">
                <button type="button" class="button" on:click=on_check>
                    {crate::t!("quiz-check-button")}
                </button>
                <button
                    type="button"
                    class="button secondary"
                    on:click=move |_| {
                        answers.set(vec![None; QUESTIONS.len()]);
                        checked.set(false);
                    }
                >
                    {crate::t!("quiz-restart-button")}
                </button>
            </div>
            <p class="quiz-score" role="status" aria-live="polite">{result}</p>
            // Where a learner ends the lesson: the code to hand in, beside the score.
            {(!before).then(|| view! {
                <div class="quiz-code" prop:hidden=move || !checked.get()>
                    <super::ProgressCode />
                </div>
            })}
        </div>
    }
}
