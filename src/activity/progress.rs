//! What the learner has solved and scored, kept across visits in `localStorage` (as a progress
//! code, see `neuron_core::progress_code`) and reported to an embedding page.
//!
//! Storage may be blocked (a private window, an LMS iframe with partitioned storage): then
//! everything works for the visit and the progress panel says progress will not be kept.
//! An embedded page (or the whole lesson in an `<iframe>`) sends each change to its parent:
//!
//! ```js
//! { type: "neuron-lab:progress", challenge: "threshold" | null, solved: ["threshold", …],
//!   quiz: { before: 4 | null, after: 9 | null } }
//! ```

use leptos::prelude::*;
use neuron_core::challenge::Challenge;
use neuron_core::concept_check::Answers;
use neuron_core::progress_code::{self, Record};
use wasm_bindgen::JsValue;

/// The `localStorage` key.
const KEY: &str = "neuron-lab:progress";

/// The learner's progress, shared by every widget (a `Copy` handle, provided as context).
#[derive(Clone, Copy)]
pub struct Progress {
    record: RwSignal<Record>,
    /// Whether the browser lets the page keep it.
    pub kept: RwSignal<bool>,
    /// The last outcome to announce (a polite live region reads it once).
    pub announcement: RwSignal<String>,
}

impl Progress {
    fn new(record: Record, kept: bool) -> Progress {
        Progress {
            record: RwSignal::new(record),
            kept: RwSignal::new(kept),
            announcement: RwSignal::new(String::new()),
        }
    }

    /// Reads what an earlier visit kept.
    pub fn load() -> Progress {
        match storage() {
            Some(s) => {
                let saved = s.get_item(KEY).ok().flatten();
                let record = saved
                    .and_then(|code| progress_code::decode(&code).ok())
                    .unwrap_or_default();
                // Reading is not enough: a partitioned or full storage may refuse writes.
                let writable = s.set_item(KEY, &progress_code::encode(&record)).is_ok();
                Progress::new(record, writable)
            }
            None => Progress::new(Record::default(), false),
        }
    }

    /// The progress provided by the app (a fresh one outside it, for component tests).
    pub fn get() -> Progress {
        use_context::<Progress>().unwrap_or_else(|| {
            let p = Progress::new(Record::default(), false);
            provide_context(p);
            p
        })
    }

    pub fn record(&self) -> Record {
        self.record.get()
    }

    pub fn record_untracked(&self) -> Record {
        self.record.get_untracked()
    }

    /// Replaces the whole record (the course system's, in a course package), keeps it and tells
    /// the embedding page; says nothing.
    pub fn replace(&self, record: Record) {
        if self.record.get_untracked() != record {
            self.record.set(record);
            self.changed(None);
        }
    }

    pub fn is_solved(&self, c: Challenge) -> bool {
        self.record.with(|r| r.is_solved(c))
    }

    /// How many of `challenges` are solved (tracked).
    pub fn solved_count(&self, challenges: &[Challenge]) -> usize {
        challenges.iter().filter(|c| self.is_solved(**c)).count()
    }

    /// Marks `c` solved (once), keeps it, announces it and tells the embedding page.
    pub fn solve(&self, c: Challenge, title: &str) {
        if self
            .record
            .with_untracked(|r| r.solved & (1 << c.index()) != 0)
        {
            return;
        }
        self.record.update(|r| r.solved |= 1 << c.index());
        self.announcement
            .set(crate::t!("progress-solved-announcement", title = title));
        self.changed(Some(c));
    }

    /// Records a concept check's answers (and so its score), taken before (`before`) or after
    /// the lesson.
    pub fn set_answers(&self, before: bool, answers: Answers) {
        self.record.update(|r| r.set_answers(before, answers));
        self.changed(None);
    }

    /// Forgets everything solved and scored.
    pub fn reset(&self) {
        self.record.set(Record::default());
        self.announcement
            .set(crate::t!("progress-reset-announcement"));
        self.changed(None);
    }

    fn changed(&self, challenge: Option<Challenge>) {
        let record = self.record.get_untracked();
        if self.kept.get_untracked() {
            let ok =
                storage().is_some_and(|s| s.set_item(KEY, &progress_code::encode(&record)).is_ok());
            if !ok {
                self.kept.set(false);
            }
        }
        tell_parent(challenge, &record);
    }
}

fn storage() -> Option<web_sys::Storage> {
    // Blocked storage throws on access (a SecurityError), which web-sys turns into Err.
    window().local_storage().ok().flatten()
}

/// Sends the progress to the embedding page, if there is one.
fn tell_parent(challenge: Option<Challenge>, record: &Record) {
    let Ok(Some(parent)) = window().parent() else {
        return;
    };
    // Not embedded: the parent is the page itself.
    if JsValue::from(parent.clone()) == JsValue::from(window()) {
        return;
    }
    let set = |o: &js_sys::Object, k: &str, v: JsValue| {
        let _ = js_sys::Reflect::set(o, &k.into(), &v);
    };
    let score = |s: Option<u8>| s.map_or(JsValue::NULL, |s| JsValue::from_f64(f64::from(s)));
    let message = js_sys::Object::new();
    set(&message, "type", "neuron-lab:progress".into());
    set(
        &message,
        "challenge",
        challenge.map_or(JsValue::NULL, |c| c.id().into()),
    );
    let solved: js_sys::Array = record
        .solved_challenges()
        .into_iter()
        .map(|c| JsValue::from(c.id()))
        .collect();
    set(&message, "solved", solved.into());
    let quiz = js_sys::Object::new();
    set(&quiz, "before", score(record.before));
    set(&quiz, "after", score(record.after));
    set(&message, "quiz", quiz.into());
    // Progress in a lesson is not a secret, and the course page's origin is not known.
    let _ = parent.post_message(&message, "*");
}
