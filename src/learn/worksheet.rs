//! The two documents a teacher prints from the teachers' page: a worksheet (every prediction with
//! boxes to tick and lines to write why, every challenge with lines for the settings that solved
//! it) and its answer key (what each prediction's experiment shows, each challenge's solution,
//! the concept check's answers). Both follow the lesson's parts in its order.

use leptos::prelude::*;
use neuron_core::challenge::Challenge;
use neuron_core::verdict;

use super::panel::part_title;
use super::quiz_items::QUESTIONS;
use super::teachers::solution;
use crate::activity::words;
use crate::widget_list::page;
use crate::widgets::LessonPart;

/// Words looked up when shown (in the visit's language).
type Words = fn() -> String;

/// A prediction as the lesson asks it: its part of the lesson, its question, its options, and
/// the option the model's experiment bears out (the verdict the widget's run gives, in the
/// order of the options: `tests/e2e/teachers.test.mjs` runs each and compares).
struct Prediction {
    part: LessonPart,
    question: Words,
    options: &'static [Words],
    right: usize,
}

/// The lesson's predictions, by part of the lesson (the worksheet's order).
const PREDICTIONS: [Prediction; 9] = [
    Prediction {
        part: LessonPart::Biological,
        question: || crate::t!("predict-spike-height-question"),
        options: &[
            || crate::t!("predict-spike-height-taller"),
            || crate::t!("predict-spike-height-same"),
            || crate::t!("predict-spike-height-none"),
        ],
        right: verdict::SpikeHeight::Same as usize,
    },
    Prediction {
        part: LessonPart::Artificial,
        question: || crate::t!("predict-doubling-question"),
        options: &[
            || crate::t!("predict-doubling-doubles"),
            || crate::t!("predict-doubling-less"),
            || crate::t!("predict-doubling-falls"),
        ],
        right: verdict::Doubling::GrowsLess as usize,
    },
    Prediction {
        part: LessonPart::Holds,
        question: || crate::t!("predict-xor-question"),
        options: &[
            || crate::t!("predict-xor-yes"),
            || crate::t!("predict-xor-no"),
            || crate::t!("predict-xor-rate"),
        ],
        right: verdict::Xor::Never as usize,
    },
    Prediction {
        part: LessonPart::Holds,
        question: || crate::t!("predict-linear-question"),
        options: &[
            || crate::t!("predict-linear-plenty"),
            || crate::t!("predict-linear-line"),
            || crate::t!("predict-linear-second-layer"),
        ],
        right: verdict::LinearLayers::StillALine as usize,
    },
    Prediction {
        part: LessonPart::Holds,
        question: || crate::t!("predict-perceptron-question"),
        options: &[
            || crate::t!("predict-perceptron-few"),
            || crate::t!("predict-perceptron-cannot"),
            || crate::t!("predict-perceptron-thousands"),
        ],
        right: verdict::Perceptron::InAFewEpochs as usize,
    },
    Prediction {
        part: LessonPart::Breaks,
        question: || crate::t!("predict-dale-question"),
        options: &[
            || crate::t!("predict-dale-as-well"),
            || crate::t!("predict-dale-less-well"),
            || crate::t!("predict-dale-not-at-all"),
        ],
        right: verdict::DaleCost::LessWell as usize,
    },
    Prediction {
        part: LessonPart::Breaks,
        question: || crate::t!("predict-dendrite-question"),
        options: &[
            || crate::t!("predict-dendrite-grows"),
            || crate::t!("predict-dendrite-shrinks"),
            || crate::t!("predict-dendrite-same"),
        ],
        right: verdict::Dendrite::Shrinks as usize,
    },
    Prediction {
        part: LessonPart::Breaks,
        question: || crate::t!("predict-timing-question"),
        options: &[
            || crate::t!("predict-timing-both"),
            || crate::t!("predict-timing-close"),
            || crate::t!("predict-timing-apart"),
            || crate::t!("predict-timing-neither"),
        ],
        right: verdict::Timing::OnlyClose as usize,
    },
    Prediction {
        part: LessonPart::Breaks,
        question: || crate::t!("predict-repeat-question"),
        options: &[
            || crate::t!("predict-repeat-same"),
            || crate::t!("predict-repeat-timing"),
            || crate::t!("predict-repeat-vary"),
        ],
        right: verdict::Repeat::TimingDiffers as usize,
    },
];

/// The challenges of the widgets in `part` of the lesson.
fn challenges_in(part: LessonPart) -> impl Iterator<Item = Challenge> {
    Challenge::ALL
        .into_iter()
        .filter(move |c| page(c.widget()).part == part)
}

/// Empty ruled lines to write on (`n` of them).
fn lines(n: usize) -> impl IntoView {
    view! { <div class="write-lines" aria-hidden="true">{(0..n).map(|_| view! { <span></span> }).collect_view()}</div> }
}

/// Which of the two documents is printed: the page marks its root with `data-print` while the
/// browser prints, and the print style shows that document alone.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Document {
    Worksheet,
    AnswerKey,
}

impl Document {
    fn key(self) -> &'static str {
        match self {
            Document::Worksheet => "worksheet",
            Document::AnswerKey => "answer-key",
        }
    }

    /// Opens the document's section, marks the page and asks the browser to print.
    pub fn print(self) {
        let document = document();
        if let Some(details) = document.get_element_by_id(self.key()) {
            let _ = details.set_attribute("open", "");
        }
        if let Some(root) = document.document_element() {
            let _ = root.set_attribute("data-print", self.key());
        }
        let _ = window().print();
    }
}

/// After printing, the page prints as itself again.
pub fn forget_print_choice() {
    if let Some(root) = document().document_element() {
        let _ = root.remove_attribute("data-print");
    }
}

/// The worksheet: predictions to tick and explain, challenges to solve and record.
#[component]
pub fn Worksheet() -> impl IntoView {
    let parts = LessonPart::ALL
        .into_iter()
        .map(|part| {
            let predictions = PREDICTIONS
                .iter()
                .filter(|p| p.part == part)
                .map(|p| {
                    let options = p
                        .options
                        .iter()
                        .map(|o| view! { <li><span class="tick-box" aria-hidden="true"></span>{o()}</li> })
                        .collect_view();
                    view! {
                        <li class="sheet-item">
                            <p class="sheet-question">{(p.question)()}</p>
                            <ul class="sheet-options">{options}</ul>
                            <p class="sheet-prompt">{crate::t!("worksheet-why")}</p>
                            {lines(3)}
                        </li>
                    }
                })
                .collect_view();
            let challenges = challenges_in(part)
                .map(|c| {
                    let w = words(c);
                    view! {
                        <li class="sheet-item">
                            <p class="sheet-question"><strong>{w.title}</strong>": "{w.goal}</p>
                            <p class="sheet-prompt">{crate::t!("worksheet-how")}</p>
                            {lines(2)}
                        </li>
                    }
                })
                .collect_view();
            view! {
                <h4 class="sheet-part">{part_title(part)}</h4>
                <ol class="sheet-list">{predictions}{challenges}</ol>
            }
        })
        .collect_view();
    view! {
        <details id="worksheet" class="sheet">
            <summary>{crate::t!("worksheet-summary")}</summary>
            <h3 class="sheet-title">{crate::t!("worksheet-title")}</h3>
            <p class="sheet-name">
                <span>{crate::t!("worksheet-name")}</span>
                <span>{crate::t!("worksheet-date")}</span>
            </p>
            <p>{crate::t!("worksheet-intro")}</p>
            {parts}
        </details>
    }
}

/// The answer key: the predictions' answers, the challenges' solutions, the concept check's
/// answers.
#[component]
pub fn AnswerKey() -> impl IntoView {
    let predictions = PREDICTIONS
        .iter()
        .map(|p| {
            view! {
                <li>
                    {(p.question)()}
                    " "
                    <strong class="key-answer">{(p.options[p.right])()}</strong>
                </li>
            }
        })
        .collect_view();
    let solutions = Challenge::ALL
        .iter()
        .map(|c| {
            let w = words(*c);
            view! {
                <tr>
                    <th scope="row">{w.title}</th>
                    <td>{w.goal}</td>
                    <td>{solution(*c)}</td>
                </tr>
            }
        })
        .collect_view();
    let answers = QUESTIONS
        .iter()
        .map(|q| view! { <li>{(q.prompt)()}" "<strong>{(q.options[q.answer])()}</strong></li> })
        .collect_view();
    view! {
        <details id="answer-key" class="sheet" open>
            <summary>{crate::t!("key-summary")}</summary>
            <h3 class="sheet-title">{crate::t!("key-title")}</h3>
            <h4 class="sheet-part">{crate::t!("key-predictions")}</h4>
            <ol class="key-predictions">{predictions}</ol>
            <h4 class="sheet-part">{crate::t!("teachers-solutions-caption")}</h4>
            <table class="teachers-table">
                <caption class="sr-only">{crate::t!("teachers-solutions-caption")}</caption>
                <thead>
                    <tr>
                        <th scope="col">{crate::t!("teachers-solutions-challenge-header")}</th>
                        <th scope="col">{crate::t!("teachers-solutions-goal-header")}</th>
                        <th scope="col">{crate::t!("teachers-solutions-solution-header")}</th>
                    </tr>
                </thead>
                <tbody>{solutions}</tbody>
            </table>
            <h4 class="sheet-part">{crate::t!("teachers-answers-summary")}</h4>
            <ol class="quiz-answers">{answers}</ol>
        </details>
    }
}
