//! The teachers' page: a 45-minute lesson plan, a worksheet and its answer key to print (every
//! challenge with a solution, the concept check's answers), every URL option, the progress events
//! an embedding page receives, a box that decodes a learner's progress code and the class view.
//! It is a page of its own (`?for=teachers`), linked from the share dialog, the README and
//! `docs/teachers.md`, never from the learners' contents.

use leptos::prelude::*;
use neuron_core::challenge::Challenge;
use neuron_core::progress_code::{self, CodeError};

use super::quiz_items::QUESTIONS;
use super::worksheet::{AnswerKey, Document, Worksheet, forget_print_choice};
use crate::activity::words;
use crate::widget_list::PAGES;

/// Words looked up when shown (in the visit's language).
type Words = fn() -> String;

/// The lesson plan: (from minute, to minute, what happens).
const PLAN: [(u32, u32, Words); 6] = [
    (0, 5, || crate::t!("teachers-plan-1")),
    (5, 15, || crate::t!("teachers-plan-2")),
    (15, 22, || crate::t!("teachers-plan-3")),
    (22, 33, || crate::t!("teachers-plan-4")),
    (33, 41, || crate::t!("teachers-plan-5")),
    (41, 45, || crate::t!("teachers-plan-6")),
];

/// How each challenge is solved (the numbers are the model's own, checked by the core's tests).
pub fn solution(c: Challenge) -> String {
    match c {
        Challenge::Threshold => crate::t!("teachers-solution-threshold"),
        Challenge::Refractory => crate::t!("teachers-solution-refractory"),
        Challenge::Fire50 => crate::t!("teachers-solution-fire-50"),
        Challenge::TargetOutput => crate::t!("teachers-solution-target-output"),
        Challenge::Nand => crate::t!("teachers-solution-nand"),
        Challenge::AndByHand => crate::t!("teachers-solution-and-by-hand"),
        Challenge::XorOneNeuron => crate::t!("teachers-solution-xor-one-neuron"),
        Challenge::BlowUp => crate::t!("teachers-solution-blow-up"),
        Challenge::SmallNetwork => crate::t!("teachers-solution-small-network"),
        Challenge::NoBackprop => crate::t!("teachers-solution-no-backprop"),
        Challenge::WeakenSynapse => crate::t!("teachers-solution-weaken-synapse"),
        Challenge::DendriteAnd => crate::t!("teachers-solution-dendrite-and"),
        Challenge::JustInTime => crate::t!("teachers-solution-just-in-time"),
    }
}

/// The URL options: (the option's key, its placeholder, what it does).
const OPTIONS: [(&str, Option<Words>, Words); 7] = [
    (
        "?embed=",
        Some(|| crate::t!("teachers-option-widget")),
        || crate::t!("teachers-option-embed"),
    ),
    (
        "?hide=",
        Some(|| crate::t!("teachers-option-groups")),
        || crate::t!("teachers-option-hide"),
    ),
    (
        "?lock=",
        Some(|| crate::t!("teachers-option-groups")),
        || crate::t!("teachers-option-lock"),
    ),
    ("?challenges=off", None, || {
        crate::t!("teachers-option-challenges-off")
    }),
    ("?quiz=off", None, || crate::t!("teachers-option-quiz-off")),
    (
        "?lang=",
        Some(|| crate::t!("teachers-option-language")),
        || crate::t!("teachers-option-lang"),
    ),
    ("#v=1&…", None, || crate::t!("teachers-option-settings")),
];

/// The example listener for the progress events, around its two comments (in words).
const LISTENER_START: &str = r#"<iframe id="nl" src="neuron-lab/index.html?embed=neuron" style="width:100%;border:0"></iframe>
<script>
  addEventListener('message', (e) => {
    if (e.source !== document.getElementById('nl').contentWindow) return;
    if (e.data?.type === 'neuron-lab:progress') {
"#;
const LISTENER_END: &str = r#"      console.log(e.data);
    }
  });
</script>"#;

/// The example listener, its comments in the visit's language.
fn listener() -> String {
    format!(
        "{LISTENER_START}      // {}\n      // {}\n{LISTENER_END}",
        crate::t!("teachers-listener-comment-challenge"),
        crate::t!("teachers-listener-comment-solved"),
    )
}

pub(super) fn code_error(e: CodeError) -> String {
    match e {
        CodeError::Empty => crate::t!("teachers-code-error-empty"),
        CodeError::Length => crate::t!("teachers-code-error-length"),
        CodeError::Character => crate::t!("teachers-code-error-character"),
        CodeError::Checksum => crate::t!("teachers-code-error-checksum"),
        CodeError::Version => crate::t!("teachers-code-error-version"),
    }
}

/// The decoder: a learner's progress code in words.
#[component]
fn Decoder() -> impl IntoView {
    let text = RwSignal::new(String::new());
    let result = RwSignal::new(String::new());
    let decode = move || {
        result.set(match progress_code::decode(&text.get_untracked()) {
            Err(e) => code_error(e),
            Ok(r) => {
                let solved: Vec<String> = r
                    .solved_challenges()
                    .into_iter()
                    .map(|c| words(c).title.to_string())
                    .collect();
                let score = |s: Option<u8>| match s {
                    Some(s) => {
                        crate::t!("teachers-decoded-score", score = s, total = QUESTIONS.len())
                    }
                    None => crate::t!("teachers-decoded-not-taken"),
                };
                crate::t!(
                    "teachers-decoded",
                    solved = solved.len(),
                    total = Challenge::ALL.len(),
                    list = solved.join(&crate::t!("teachers-decoded-list-separator")),
                    before = score(r.before),
                    after = score(r.after),
                )
            }
        });
    };
    view! {
        <form class="decoder" on:submit=move |ev| { ev.prevent_default(); decode(); }>
            <label>
                {crate::t!("teachers-decoder-label")}
                " "
                <input
                    type="text"
                    spellcheck="false"
                    autocomplete="off"
                    prop:value=move || text.get()
                    on:input=move |ev| text.set(event_target_value(&ev))
                />
            </label>
            <button type="submit" class="button small">{crate::t!("teachers-decoder-button")}</button>
            <p class="decoder-result" role="status" aria-live="polite">{move || result.get()}</p>
        </form>
    }
}

/// The teachers' page (`?for=teachers`): everything for the teacher and nothing the learners'
/// page needs, so that the answers stay off the learners' screens.
#[component]
pub fn TeachersPage() -> impl IntoView {
    let plan = PLAN
        .iter()
        .map(|(from, to, what)| {
            let minutes = crate::t!("teachers-plan-minutes", from = *from, to = *to);
            view! { <tr><th scope="row">{minutes}</th><td>{what()}</td></tr> }
        })
        .collect_view();
    let options = OPTIONS
        .iter()
        .map(|(key, placeholder, what)| {
            let option = match placeholder {
                Some(p) => format!("{key}<{}>", p()),
                None => key.to_string(),
            };
            view! { <tr><th scope="row"><code>{option}</code></th><td>{what()}</td></tr> }
        })
        .collect_view();
    // The names are URL values, shown as code in every language.
    let widgets = PAGES
        .iter()
        .map(|p| format!("<code>{}</code>", p.widget.id()))
        .collect::<Vec<_>>()
        .join(", ");
    let groups = PAGES
        .iter()
        .flat_map(|p| p.groups.iter().map(move |g| (p.widget.id(), g)))
        .map(|(widget, g)| view! { <tr><th scope="row"><code>{g.key}</code></th><td><code>{widget}</code></td><td>{(g.name)()}</td></tr> })
        .collect_view();
    let printed = window_event_listener(leptos::ev::afterprint, |_| forget_print_choice());
    on_cleanup(move || printed.remove());
    document().set_title(&format!(
        "{} · {}",
        crate::t!("teachers-title"),
        crate::t!("page-brand")
    ));
    view! {
        <section id="teachers" class="lesson-section teachers" aria-labelledby="teachers-title" tabindex="-1">
            <h2 id="teachers-title">{crate::t!("teachers-title")}</h2>
            <p>{crate::t!("teachers-intro")}</p>
            <p><a class="button" href=lesson_address()>{crate::t!("teachers-open-lesson")}</a></p>
            <h3 class="lesson-subtitle">{crate::t!("teachers-plan-caption")}</h3>
            <table class="teachers-table">
                <caption class="sr-only">{crate::t!("teachers-plan-caption")}</caption>
                <thead>
                    <tr>
                        <th scope="col">{crate::t!("teachers-plan-minutes-header")}</th>
                        <th scope="col">{crate::t!("teachers-plan-what-header")}</th>
                    </tr>
                </thead>
                <tbody>{plan}</tbody>
            </table>
            <h3 class="lesson-subtitle">{crate::t!("teachers-print-title")}</h3>
            <p>{crate::t!("teachers-print-text")}</p>
            <p class="print-buttons">
                <button type="button" class="button" on:click=|_| Document::Worksheet.print()>
                    {crate::t!("teachers-print-worksheet")}
                </button>
                <button type="button" class="button" on:click=|_| Document::AnswerKey.print()>
                    {crate::t!("teachers-print-key")}
                </button>
            </p>
            <Worksheet />
            <AnswerKey />
            <h3 class="lesson-subtitle">{crate::t!("teachers-options-summary")}</h3>
            <details>
                <summary>{crate::t!("teachers-options-caption")}</summary>
                <table class="teachers-table">
                    <caption class="sr-only">{crate::t!("teachers-options-caption")}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{crate::t!("teachers-options-option-header")}</th>
                            <th scope="col">{crate::t!("teachers-options-what-header")}</th>
                        </tr>
                    </thead>
                    <tbody>{options}</tbody>
                </table>
                <p>{crate::rich!("teachers-embed-widgets", widgets = widgets)}</p>
                <table class="teachers-table">
                    <caption>{crate::t!("teachers-groups-caption")}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{crate::t!("teachers-groups-group-header")}</th>
                            <th scope="col">{crate::t!("teachers-groups-widget-header")}</th>
                            <th scope="col">{crate::t!("teachers-groups-controls-header")}</th>
                        </tr>
                    </thead>
                    <tbody>{groups}</tbody>
                </table>
            </details>
            <details>
                <summary>{crate::t!("teachers-events-summary")}</summary>
                <p>{crate::t!("teachers-events-text")}</p>
                <pre><code>{listener()}</code></pre>
            </details>
            <h3 class="lesson-subtitle">{crate::t!("teachers-decoder-title")}</h3>
            <Decoder />
            <h3 class="lesson-subtitle">{crate::t!("class-title")}</h3>
            <super::class_view::ClassView />
        </section>
    }
}

/// The learners' lesson: this page's address without `for=teachers` (the language kept).
fn lesson_address() -> String {
    let location = window().location();
    let search = location.search().unwrap_or_default();
    let kept: Vec<&str> = search
        .trim_start_matches('?')
        .split('&')
        .filter(|p| !p.is_empty() && !p.starts_with("for="))
        .collect();
    let path = location.pathname().unwrap_or_default();
    if kept.is_empty() {
        path
    } else {
        format!("{path}?{}", kept.join("&"))
    }
}
