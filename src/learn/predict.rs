//! Predict, then see: the learner commits to an answer before a "Run it" button sets the
//! widget up and runs the experiment; the explanation then sets their answer beside what the
//! model did, with the run's own numbers. The widget stays editable afterwards.

use leptos::prelude::*;

use crate::widgets::unique_id;

/// What a run found: which option the model's behaviour matches, and the explanation with its
/// numbers.
pub struct Outcome {
    pub right: usize,
    pub explanation: String,
}

/// A prediction: `question`, the `options` to choose from, and `run`, which sets up and runs
/// the widget and reports what happened.
#[component]
pub fn Prediction(
    question: &'static str,
    options: &'static [&'static str],
    run: Callback<(), Outcome>,
) -> impl IntoView {
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
                    {*text}
                </label>
            }
        })
        .collect_view();
    let verdict = move || {
        result.with(|r| {
            r.as_ref().map(|(choice, outcome)| {
                let head = if *choice == outcome.right {
                    format!(
                        "You predicted “{}”, and that is what happened. ",
                        options[*choice]
                    )
                } else {
                    format!(
                        "You predicted “{}”; what happened is “{}”. ",
                        options[*choice], options[outcome.right]
                    )
                };
                (*choice == outcome.right, head + &outcome.explanation)
            })
        })
    };
    view! {
        <fieldset class="prediction" aria-labelledby=legend_for>
            <legend id=legend_id>
                <strong>"Predict, then run it. "</strong>
                {question}
            </legend>
            <div class="predict-options">{radios}</div>
            <button
                type="button"
                class="button small"
                disabled=move || chosen.get().is_none()
                on:click=on_run
            >
                "Run it"
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
