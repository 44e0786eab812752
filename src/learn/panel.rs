//! The progress panel: challenges solved per section, the concept-check scores, whether the
//! browser keeps them, a progress code to hand in, and "Reset my progress".

use leptos::prelude::*;
use neuron_core::challenge::Challenge;
use neuron_core::progress_code;

use super::challenges::words;
use super::options;
use super::progress::Progress;

/// The lesson sections with challenges: (section title, the widgets in it).
const SECTIONS: [(&str, &[&str]); 4] = [
    ("1. The biological neuron", &["neuron"]),
    ("2. The artificial neuron", &["explorer"]),
    (
        "3. Where the analogy holds",
        &["boundary", "layers", "bridge"],
    ),
    ("4. Where it breaks down", &["dendrite", "timing"]),
];

fn in_section(widgets: &[&str]) -> Vec<Challenge> {
    Challenge::ALL
        .into_iter()
        .filter(|c| widgets.contains(&c.widget()))
        .collect()
}

/// The panel (collapsed to one line) and the live region that announces each solved challenge.
#[component]
pub fn ProgressPanel() -> impl IntoView {
    let progress = Progress::get();
    let challenges = options::challenges_on();
    let summary = move || {
        let n = progress.solved_count(&Challenge::ALL);
        let r = progress.record();
        let mut s = if challenges {
            format!("Your progress: {n} of {} challenges", Challenge::ALL.len())
        } else {
            "Your progress".to_string()
        };
        if let Some(b) = r.before {
            s += &format!(", concept check before {b}/10");
        }
        if let Some(a) = r.after {
            s += &format!(", after {a}/10");
        }
        s
    };
    let sections = challenges.then(|| {
        SECTIONS
            .iter()
            .map(|(title, widgets)| {
                let list = in_section(widgets);
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
                                    {move || if progress.is_solved(c) { " (solved)" } else { "" }}
                                </span>
                            </li>
                        }
                    })
                    .collect_view();
                let count = move || {
                    format!(
                        "{title}: {} of {}",
                        progress.solved_count(&list),
                        list.len()
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
    view! {
        <details class="progress-panel">
            <summary>{summary}</summary>
            <ul class="progress-sections">{sections}</ul>
            <p class="progress-kept">
                {move || {
                    if progress.kept.get() {
                        "Kept in this browser for your next visit."
                    } else {
                        "This browser does not let the page keep your progress (a private window, or an embedded page with storage blocked): it lasts for this visit only. Copy your progress code to keep it."
                    }
                }}
            </p>
            <p class="progress-code">
                "Your progress code, to hand in: "
                <output aria-label="Progress code">{code}</output>
            </p>
            <button type="button" class="button secondary small" on:click=move |_| progress.reset()>
                "Reset my progress"
            </button>
        </details>
        <p class="sr-only" role="status" aria-live="polite">
            {move || progress.announcement.get()}
        </p>
    }
}
