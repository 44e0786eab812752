//! For teachers: a 45-minute lesson plan, every challenge with a solution, the concept check's
//! answers, every URL option, the progress events an embedding page receives, and a box that
//! decodes a learner's progress code. `docs/teachers.md` says the same at more length.

use leptos::prelude::*;
use neuron_core::challenge::Challenge;
use neuron_core::progress_code::{self, CodeError};

use super::challenges::words;
use super::quiz_items::QUESTIONS;
use crate::embed::WIDGETS;
use crate::share::GROUPS;

/// The lesson plan: (minutes, what happens).
const PLAN: [(&str, &str); 6] = [
    (
        "0-5",
        "Concept check before the lesson (optional, 10 questions; learners keep their score).",
    ),
    (
        "5-15",
        "1. The biological neuron: predict whether a pulse twice as strong gives a spike twice as tall; challenges Find the threshold and Find the refractory period.",
    ),
    (
        "15-22",
        "2. The artificial neuron: predict what doubling the weights does; challenges Hit 0.25 and NAND. Connect the bias to the threshold found before.",
    ),
    (
        "22-33",
        "3. Where the analogy holds: predict whether one neuron learns XOR; Separate AND by hand, One neuron XOR, then the layers: predict what eight linear units do on the circle, Smallest network.",
    ),
    (
        "33-41",
        "4. Where it breaks down: predict what the delay between two inputs does, and what the dendrite does with two inputs; Just in time, Turn XOR into AND. Discuss backpropagation and feedback alignment.",
    ),
    (
        "41-45",
        "Concept check after the lesson (the gain is shown); learners hand in their progress code.",
    ),
];

/// How each challenge is solved (the numbers are the model's own, checked by the core's tests).
pub fn solution(c: Challenge) -> &'static str {
    match c {
        Challenge::Threshold => {
            "The model's threshold for a 1 ms pulse is 6.92 µA/cm²: 7.0 is the smallest slider value that fires (6.5 does not). Near the threshold the spike comes late, about 7 ms after the pulse."
        }
        Challenge::Refractory => {
            "At the default 10 µA/cm² a second spike needs at least 14.5 ms between the onsets: 15.0 or 15.5 ms solve it, 14.5 gives one spike. At 20 µA/cm² the limit is 10.6 ms: a stronger pulse can fire during the relative refractory period."
        }
        Challenge::Fire50 => {
            "Integrate-and-fire, step current, noise 0: type 1.8 into the amplitude's number box (50.2 Hz). Anything from 1.77 to 1.82 nA works; the slider's 2.0 gives 63 Hz, and 1.5, the rheobase, no spikes."
        }
        Challenge::TargetOutput => {
            "Keep the weights (0.4, −0.2, 0.9), so w · x = 0.86, and set the bias to −1.96: z = −1.10 and σ(z) = 0.250. (Any weights and bias with w · x + b = −1.10 ± 0.03 will do.)"
        }
        Challenge::Nand => {
            "Weights −2 and −2, bias 3: z = 3, 1, 1, −1 for (0, 0), (0, 1), (1, 0), (1, 1), so the outputs are 1, 1, 1, 0."
        }
        Challenge::AndByHand => {
            "Press Reset weights (or choose AND again), then set w₁ = 1, w₂ = 1 and b = −1.5 with the sliders, or drag the line across the corner between (1, 1) and the other three points."
        }
        Challenge::XorOneNeuron => {
            "Tick \"Add the feature x₁·x₂ as a third input\", then train, or set w₁ = 1, w₂ = 1, w₁₂ = −2 and b = −0.5 by hand. Without the product no setting works (the core's test searches a grid of weights)."
        }
        Challenge::BlowUp => {
            "Choose \"Gradient descent, squared error\" and learning rate 30, and under More settings the linear activation; then train: the page stops the run and says the weights blew up. Press \"Back to the weights before this run\"."
        }
        Challenge::SmallNetwork => {
            "One hidden layer (Layers: 1) of 3 tanh units at learning rate 0.3: 90% test accuracy by about epoch 114, 100% by 200. Two units reach 90% only at learning rate 1 (the test set has 24 points); three is the intended answer."
        }
        Challenge::NoBackprop => {
            "Under More settings choose feedback alignment, set the learning rate to 0.3 and train the default 4-2 network: 90% by about epoch 80, 96% by 300. (At the default 0.03 it takes about 1750 epochs; direct feedback alignment at 0.3 reaches 90% by about epoch 160.)"
        }
        Challenge::WeakenSynapse => {
            "Set the delay to −10 ms (the presynaptic spike 10 ms after the postsynaptic one) and press \"Pair 10 more times\" four times: each pairing takes 0.0064 off, so the weight is 0.309 after 30 pairings and 0.245 after 40."
        }
        Challenge::DendriteAnd => {
            "Lower the strength s to 0.75 nA (θ stays 1 nA): one input (0.75 nA) stays below the dendritic threshold, both together (1.5 nA) cross it, and the truth table reads AND."
        }
        Challenge::JustInTime => {
            "At the default 9 nA the longest delay that still fires is 16.6 ms: 16.5 or 16.0 ms solve it, 17.0 does not fire. (At 8 nA the limit is 11.8 ms, at 10 nA 23.7 ms.)"
        }
    }
}

/// The URL options: (option, what it does).
const OPTIONS: [(&str, &str); 6] = [
    (
        "?embed=<widget>",
        "Shows one widget alone, for an <iframe> in a course page.",
    ),
    (
        "?hide=<groups>",
        "Hides groups of controls (comma-separated names, below).",
    ),
    ("?lock=<groups>", "Shows groups of controls but locks them."),
    (
        "?challenges=off",
        "Hides the challenge cards (the progress panel then shows only the concept check).",
    ),
    ("?quiz=off", "Hides both concept checks."),
    (
        "#v=1&…",
        "Every widget's settings; the page keeps it up to date, so any view can be shared. Use Share to build a link.",
    ),
];

const LISTENER: &str = r#"<iframe id="nl" src="neuron-lab/index.html?embed=neuron" style="width:100%;border:0"></iframe>
<script>
  addEventListener('message', (e) => {
    if (e.source !== document.getElementById('nl').contentWindow) return;
    if (e.data?.type === 'neuron-lab:progress') {
      // e.data.challenge: the id just solved, or null (a concept-check score or a reset)
      // e.data.solved: every id solved; e.data.quiz: { before, after } scores out of 10, or null
      console.log(e.data);
    }
  });
</script>"#;

fn code_error(e: CodeError) -> &'static str {
    match e {
        CodeError::Empty => "Paste a progress code first.",
        CodeError::Length => "That code has the wrong number of characters.",
        CodeError::Character => "That code has a character progress codes never contain.",
        CodeError::Checksum => {
            "That code has a mistyped character (its check digit does not match)."
        }
        CodeError::Version => "That code comes from a different version of Neuron Lab.",
    }
}

/// The decoder: a learner's progress code in words.
#[component]
fn Decoder() -> impl IntoView {
    let text = RwSignal::new(String::new());
    let result = RwSignal::new(String::new());
    let decode = move || {
        result.set(match progress_code::decode(&text.get_untracked()) {
            Err(e) => code_error(e).to_string(),
            Ok(r) => {
                let solved: Vec<&str> = r
                    .solved_challenges()
                    .into_iter()
                    .map(|c| words(c).title)
                    .collect();
                let score = |s: Option<u8>| s.map_or("not taken".to_string(), |s| format!("{s} of 10"));
                format!(
                    "Solved {} of {} challenges{}{}. Concept check before the lesson: {}; after: {}.",
                    solved.len(),
                    Challenge::ALL.len(),
                    if solved.is_empty() { "" } else { ": " },
                    solved.join(", "),
                    score(r.before),
                    score(r.after)
                )
            }
        });
    };
    view! {
        <form class="decoder" on:submit=move |ev| { ev.prevent_default(); decode(); }>
            <label>
                "A learner's progress code "
                <input
                    type="text"
                    spellcheck="false"
                    autocomplete="off"
                    prop:value=move || text.get()
                    on:input=move |ev| text.set(event_target_value(&ev))
                />
            </label>
            <button type="submit" class="button small">"Decode"</button>
            <p class="decoder-result" role="status" aria-live="polite">{move || result.get()}</p>
        </form>
    }
}

/// The "For teachers" section.
#[component]
pub fn Teachers() -> impl IntoView {
    let plan = PLAN
        .iter()
        .map(|(t, what)| view! { <tr><th scope="row">{*t}</th><td>{*what}</td></tr> })
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
        .map(|q| view! { <li>{q.prompt}" "<strong>{q.options[q.answer]}</strong></li> })
        .collect_view();
    let options = OPTIONS
        .iter()
        .map(|(o, what)| view! { <tr><th scope="row"><code>{*o}</code></th><td>{*what}</td></tr> })
        .collect_view();
    let widgets = WIDGETS
        .iter()
        .map(|(id, _)| *id)
        .collect::<Vec<_>>()
        .join(", ");
    let groups = GROUPS
        .iter()
        .map(|(key, widget, name, _)| view! { <tr><th scope="row"><code>{*key}</code></th><td>{*widget}</td><td>{*name}</td></tr> })
        .collect_view();
    view! {
        <section id="teachers" class="lesson-section teachers" aria-labelledby="teachers-title" tabindex="-1">
            <h2 id="teachers-title">"For teachers"</h2>
            <p>
                "A 45-minute lesson, the challenges' solutions, the concept check's answers and every URL option. The same, at more length, is in docs/teachers.md."
            </p>
            <details>
                <summary>"A 45-minute lesson plan"</summary>
                <table class="teachers-table">
                    <caption>"Lesson plan"</caption>
                    <thead><tr><th scope="col">"Minutes"</th><th scope="col">"What happens"</th></tr></thead>
                    <tbody>{plan}</tbody>
                </table>
            </details>
            <details>
                <summary>"Every challenge, with a solution"</summary>
                <table class="teachers-table">
                    <caption>"Challenges and solutions"</caption>
                    <thead><tr><th scope="col">"Challenge"</th><th scope="col">"Goal"</th><th scope="col">"A solution"</th></tr></thead>
                    <tbody>{solutions}</tbody>
                </table>
            </details>
            <details>
                <summary>"The concept check's answers"</summary>
                <ol class="quiz-answers">{answers}</ol>
            </details>
            <details>
                <summary>"URL options"</summary>
                <table class="teachers-table">
                    <caption>"Options in the page's address"</caption>
                    <thead><tr><th scope="col">"Option"</th><th scope="col">"What it does"</th></tr></thead>
                    <tbody>{options}</tbody>
                </table>
                <p>{format!("Widgets for embed: {widgets}.")}</p>
                <table class="teachers-table">
                    <caption>"Groups of controls for hide and lock"</caption>
                    <thead><tr><th scope="col">"Group"</th><th scope="col">"Widget"</th><th scope="col">"Controls"</th></tr></thead>
                    <tbody>{groups}</tbody>
                </table>
            </details>
            <details>
                <summary>"Recording completion in a course page"</summary>
                <p>
                    "An embedded page sends every solved challenge and concept-check score to the page around it with postMessage; no server is needed. A listener:"
                </p>
                <pre><code>{LISTENER}</code></pre>
            </details>
            <h3 class="lesson-subtitle">"Decode a progress code"</h3>
            <Decoder />
        </section>
    }
}
