//! A challenge card: the goal, a live "how close you are" line, a hint once the learner has
//! tried for a while, and the mark once solved. The page detects the goal itself; there is no
//! "done" button.

use leptos::prelude::*;
use neuron_core::challenge::{Challenge, Check};

use super::challenges::{Words, near, words};
use super::options;
use super::progress::Progress;
use crate::runtime::pace;
use crate::widgets::WidgetPage;

/// Tries (changes of the verdict) before the hint is offered.
const HINT_AFTER_TRIES: usize = 8;
/// Or this long after the card's widget is first seen, ms.
const HINT_AFTER_MS: i32 = 150_000;

/// The challenges of the widget of `page`, under a heading, unless the page's link turned them
/// off (`?challenges=off`) or hides or locks the controls each of them needs (the widget leaves
/// out a card whose challenge its page does not offer: `WidgetPage::offers`).
pub fn challenge_list(page: &WidgetPage, cards: impl IntoView + 'static) -> impl IntoView {
    (options::challenges_on() && page.offers_any()).then(|| {
        view! {
            <div class="panel widget-explain challenges">
                <h4 class="challenges-title">{crate::t!("challenge-list-title")}</h4>
                <div class="challenge-cards">{cards}</div>
            </div>
        }
    })
}

/// One challenge, judged by `check` (a memo over the widget's state).
#[component]
pub fn ChallengeCard(
    challenge: Challenge,
    #[prop(into)] check: Signal<Check>,
    /// What the card shows besides its words (the NAND card's truth table).
    #[prop(optional)]
    children: Option<Children>,
    /// A hint in place of the usual one, which names a control the page hides.
    #[prop(default = None)]
    hint: Option<String>,
    /// What to set up, in place of the usual words, which name a control the page hides.
    #[prop(default = None)]
    setup: Option<String>,
) -> impl IntoView {
    let progress = Progress::get();
    let Words {
        title,
        goal,
        hint: usual_hint,
    } = words(challenge);
    let hint = hint.unwrap_or(usual_hint);
    let title_id = format!("challenge-{}", challenge.id());
    let labelled_by = title_id.clone();
    let tries = StoredValue::new(0usize);
    let hint_ready = RwSignal::new(false);
    // The clock for the hint starts when the learner first sees the card's widget.
    let seen = crate::runtime::visibility::seen();
    let clock_started = StoredValue::new(false);
    crate::runtime::effect(Box::new(move || {
        if seen.get() && !clock_started.get_value() {
            clock_started.set_value(true);
            set_timeout(
                move || {
                    hint_ready.try_set(true);
                },
                std::time::Duration::from_millis(HINT_AFTER_MS as u64),
            );
        }
    }));
    // Detects the goal (and counts tries) whatever the widget is doing, seen or not; from the
    // first idle moment on, so that a costly target (the model's threshold, found by bisection)
    // never holds up the first screen.
    let owner = Owner::current();
    let ready = RwSignal::new(false);
    request_idle_callback(move || {
        ready.try_set(true);
        let Some(owner) = &owner else {
            return;
        };
        owner.with(|| {
            crate::runtime::effect(Box::new(move || {
                let c = check.get();
                if c.solved {
                    progress.solve(challenge, &words(challenge).title);
                } else {
                    tries.update_value(|t| *t += 1);
                    if tries.get_value() > HINT_AFTER_TRIES {
                        hint_ready.set(true);
                    }
                }
            }));
        });
    });
    let solved = move || progress.is_solved(challenge);
    let line = pace::text(Box::new(move || {
        if ready.get() {
            let c = check.get();
            match &setup {
                Some(words) if !c.solved && c.distance.is_none() => words.clone(),
                _ => near(challenge, &c),
            }
        } else {
            String::new()
        }
    }));
    view! {
        <article class="challenge" class:solved=solved aria-labelledby=labelled_by>
            <h5 class="challenge-title" id=title_id>
                <span class="challenge-mark" aria-hidden="true">
                    {move || if solved() { "✓" } else { "○" }}
                </span>
                {title}
                <span class="sr-only">
                    " "
                    {move || {
                        if solved() {
                            crate::t!("challenge-state-solved")
                        } else {
                            crate::t!("challenge-state-open")
                        }
                    }}
                </span>
            </h5>
            <p class="challenge-goal">{goal}</p>
            {children.map(|c| c())}
            <p class="challenge-near">{line}</p>
            <Show when=move || hint_ready.get() && !solved()>
                <details class="challenge-hint">
                    <summary>{crate::t!("challenge-hint")}</summary>
                    <p>{hint.clone()}</p>
                </details>
            </Show>
        </article>
    }
}
