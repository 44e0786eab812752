//! Predict, then see: the learner commits to an answer before a "Run it" button sets the
//! widget up and runs the experiment; the explanation then sets their answer beside what the
//! model did, with the run's own numbers. The widget stays editable afterwards.

use leptos::prelude::*;

use crate::widgets::{Group, unique_id};

/// What a run found: which option the model's behaviour matches, and the explanation with its
/// numbers.
pub struct Outcome {
    pub right: usize,
    pub explanation: String,
}

/// A prediction's options, in words: `[t!("…"), t!("…")]` (or `&["A", "B"]` in a test).
pub struct Choices(Vec<String>);

impl<const N: usize> From<[String; N]> for Choices {
    fn from(options: [String; N]) -> Choices {
        Choices(options.into())
    }
}

impl<const N: usize> From<&[&str; N]> for Choices {
    fn from(options: &[&str; N]) -> Choices {
        Choices(options.iter().map(|o| o.to_string()).collect())
    }
}

/// A prediction: `question`, the `options` to choose from, and `run`, which sets up and runs
/// the widget and reports what happened. Left out while one of the groups of controls whose
/// values `run` sets (`changes`) is locked: a shared link's lock holds against a run too.
#[component]
pub fn Prediction(
    #[prop(into)] question: String,
    #[prop(into)] options: Choices,
    run: Callback<(), Outcome>,
    /// The groups whose values the run changes.
    #[prop(optional)]
    changes: &'static [&'static Group],
) -> impl IntoView {
    let held = changes.iter().any(|g| crate::widgets::locked(g));
    (!held).then(|| prediction(question, options, run))
}

fn prediction(question: String, options: Choices, run: Callback<(), Outcome>) -> impl IntoView {
    let chosen = RwSignal::new(None::<usize>);
    let result = RwSignal::new(None::<(usize, Outcome)>);
    let name = unique_id("predict");
    let legend_id = format!("{name}-q");
    let legend_for = legend_id.clone();
    let on_run = move |_| {
        if let Some(choice) = chosen.get_untracked() {
            result.set(Some((choice, run.run(()))));
        }
    };
    let options = options.0;
    let radios = options
        .iter()
        .enumerate()
        .map(|(i, text)| {
            let name = name.clone();
            view! {
                <label class="predict-option">
                    <input
                        type="radio"
                        name=name
                        prop:checked=move || chosen.get() == Some(i)
                        on:change=move |_| chosen.set(Some(i))
                    />
                    {text.clone()}
                </label>
            }
        })
        .collect_view();
    let verdict = move || {
        result.with(|r| {
            r.as_ref().map(|(choice, outcome)| {
                let right = *choice == outcome.right;
                let text = if right {
                    crate::t!(
                        "predict-verdict-right",
                        choice = &options[*choice],
                        explanation = &outcome.explanation,
                    )
                } else {
                    crate::t!(
                        "predict-verdict-wrong",
                        choice = &options[*choice],
                        happened = &options[outcome.right],
                        explanation = &outcome.explanation,
                    )
                };
                (right, text)
            })
        })
    };
    view! {
        <fieldset class="prediction" aria-labelledby=legend_for>
            <legend id=legend_id>
                {crate::rich!("predict-legend", question = question)}
            </legend>
            <div class="predict-options">{radios}</div>
            <button
                type="button"
                class="button small"
                disabled=move || chosen.get().is_none()
                on:click=on_run
            >
                {crate::t!("predict-run")}
            </button>
            <p class="predict-result" role="status" aria-live="polite">
                {move || {
                    verdict()
                        .map(|(right, text)| {
                            view! {
                                <span class="predict-mark" class:right=right aria-hidden="true">
                                    {if right { "✓ " } else { "✗ " }}
                                </span>
                                {text}
                            }
                        })
                }}
            </p>
        </fieldset>
    }
}
