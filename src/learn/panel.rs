//! The progress panel: challenges solved per section, the concept-check scores, whether the
//! browser keeps them, a progress code to hand in, and "Reset my progress".

use leptos::prelude::*;
use neuron_core::challenge::Challenge;
use neuron_core::progress_code;

use crate::activity::Progress;
use crate::activity::options;
use crate::activity::words;
use crate::widget_list::page;
use crate::widgets::CopyButton;
use crate::widgets::LessonPart;

/// The title of a part of the lesson.
pub(super) fn part_title(part: LessonPart) -> String {
    match part {
        LessonPart::Biological => crate::t!("progress-section-biological"),
        LessonPart::Artificial => crate::t!("progress-section-artificial"),
        LessonPart::Holds => crate::t!("progress-section-holds"),
        LessonPart::Breaks => crate::t!("progress-section-breaks"),
    }
}

/// The challenges offered (none whose controls the link hides or locks) of the widgets in `part`
/// of the lesson.
fn in_part(part: LessonPart) -> Vec<Challenge> {
    offered()
        .filter(|c| page(c.widget()).part == part)
        .collect()
}

/// The challenges the page offers: none whose controls the link hides or locks.
fn offered() -> impl Iterator<Item = Challenge> {
    Challenge::ALL
        .into_iter()
        .filter(|c| page(c.widget()).offers(*c))
}

/// The panel (collapsed to one line) and the live region that announces each solved challenge.
#[component]
pub fn ProgressPanel() -> impl IntoView {
    let progress = Progress::get();
    let challenges = options::challenges_on();
    let offered: Vec<Challenge> = offered().collect();
    let total = offered.len();
    let summary = move || {
        let n = progress.solved_count(&offered);
        let r = progress.record();
        let quiz = match (r.before, r.after) {
            (None, None) => "none",
            (Some(_), None) => "before",
            (None, Some(_)) => "after",
            (Some(_), Some(_)) => "both",
        };
        crate::t!(
            "progress-summary",
            challenges = if challenges { "on" } else { "off" },
            n = n,
            total = total,
            quiz = quiz,
            before = r.before.unwrap_or(0),
            after = r.after.unwrap_or(0),
        )
    };
    let sections = challenges.then(|| {
        LessonPart::ALL
            .into_iter()
            .map(|part| (part, in_part(part)))
            .filter(|(_, list)| !list.is_empty())
            .map(|(part, list)| {
                let title = part_title(part);
                let items = list
                    .iter()
                    .map(|c| {
                        let c = *c;
                        view! {
                            <li class:solved=move || progress.is_solved(c)>
                                <span aria-hidden="true">
                                    {move || if progress.is_solved(c) { "✓ " } else { "○ " }}
                                </span>
                                {words(c).title}
                                <span class="sr-only">
                                    {move || {
                                        if progress.is_solved(c) {
                                            format!(" {}", crate::t!("challenge-state-solved"))
                                        } else {
                                            String::new()
                                        }
                                    }}
                                </span>
                            </li>
                        }
                    })
                    .collect_view();
                let count = move || {
                    crate::t!(
                        "progress-section-count",
                        section = &title,
                        solved = progress.solved_count(&list),
                        total = list.len(),
                    )
                };
                view! {
                    <li>
                        <span class="progress-section">{count}</span>
                        <ul class="progress-challenges">{items}</ul>
                    </li>
                }
            })
            .collect_view()
    });
    let code = move || progress_code::encode(&progress.record());
    let confirming = RwSignal::new(false);
    // The safe choice takes the focus when the question appears.
    let keep = NodeRef::<leptos::html::Button>::new();
    crate::runtime::effect(Box::new(move || {
        if confirming.get()
            && let Some(button) = keep.get_untracked()
        {
            // Once the question is shown (a hidden button takes no focus).
            request_animation_frame(move || {
                let _ = button.focus();
            });
        }
    }));
    view! {
        <details class="progress-panel">
            <summary>{summary}</summary>
            <ul class="progress-sections">{sections}</ul>
            <p class="progress-kept">
                {move || {
                    if progress.kept.get() {
                        crate::t!("progress-kept")
                    } else {
                        crate::t!("progress-not-kept")
                    }
                }}
            </p>
            <p class="progress-code">
                {crate::t!("progress-code-label")}
                " "
                // Not a live region (an `<output>` is one by default): a new code is not news.
                <output aria-live="off" aria-label=crate::t!("progress-code-name")>{code}</output>
            </p>
            <CopyButton name=crate::t!("progress-copy-code") text=Signal::derive(code) />
            // A reset asks first: it forgets everything, and a click can slip. Both are built
            // once and shown in turn (lighter than building one or the other each time).
            <button
                type="button"
                class="button secondary small"
                prop:hidden=move || confirming.get()
                on:click=move |_| confirming.set(true)
            >
                {crate::t!("progress-reset-button")}
            </button>
            <p
                class="reset-confirm"
                role="group"
                aria-label=crate::t!("progress-reset-button")
                prop:hidden=move || !confirming.get()
            >
                {crate::t!("progress-reset-confirm")}
                " "
                <button
                    type="button"
                    class="button small danger"
                    on:click=move |_| {
                        confirming.set(false);
                        progress.reset();
                    }
                >
                    {crate::t!("progress-reset-yes")}
                </button>
                " "
                <button
                    type="button"
                    class="button secondary small"
                    node_ref=keep
                    on:click=move |_| confirming.set(false)
                >
                    {crate::t!("progress-reset-cancel")}
                </button>
            </p>
        </details>
        <p class="sr-only" role="status" aria-live="polite">
            {move || progress.announcement.get()}
        </p>
    }
}
