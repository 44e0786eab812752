//! The page inside a course system: a SCORM 1.2 package (`scripts/scorm-package.mjs`) marks its
//! `index.html` with `<meta name="neuron-lab-delivery" content="scorm12">`. There the page finds
//! the LMS's API, starts a session, takes the learner's progress and settings back from the
//! resume data, and reports the package's goal (`neuron_core::course`): status, score, each
//! concept-check answer as an interaction. Outside a package, or in one opened outside an LMS,
//! nothing here runs. An LMS that refuses a value never breaks the page: a notice says what
//! could not be saved, once, and the learner's progress stays on the page.

mod lms;

use std::cell::RefCell;
use std::rc::Rc;
use std::time::Duration;

use leptos::prelude::*;
use neuron_core::concept_check::Answers;
use neuron_core::course::{self, Goal, Status};
use neuron_core::progress_code::Record;
use neuron_core::widget::Widget;

use crate::activity::Progress;
use lms::Lms;

/// The least time between two commits of changed settings (progress is committed at once).
const SETTINGS_COMMIT: Duration = Duration::from_secs(5);

/// Whether this page is a course package's (its `index.html` says so).
pub fn in_package() -> bool {
    document()
        .query_selector("meta[name='neuron-lab-delivery'][content='scorm12']")
        .ok()
        .flatten()
        .is_some()
}

/// What the page tells the course about.
#[derive(Clone, Copy)]
pub struct Page {
    /// The widget the package launches alone, if not the whole lesson.
    pub widget: Option<Widget>,
    /// The page's settings, as its URL fragment.
    pub settings: Signal<String>,
    /// Applies settings read from the resume data.
    pub apply: Callback<String>,
    /// Where the page says what it could not do.
    pub notices: RwSignal<Vec<String>>,
}

/// One session with the LMS.
struct Session {
    lms: Lms,
    goal: Goal,
    mastery: Option<f64>,
    /// The status the LMS holds.
    status: Status,
    /// The answers already reported, before and after.
    sent: (Option<Answers>, Option<Answers>),
    /// What has been said about failures, so each is said once.
    said: Vec<String>,
    started: f64,
    /// Whether the session has ended (nothing more is sent).
    finished: bool,
}

/// Connects the page to the LMS that launched it, if it is a course package in one.
pub fn connect(progress: Progress, page: Page) {
    if !in_package() {
        return;
    }
    let Some(lms) = Lms::find() else {
        return;
    };
    let mut said = Vec::new();
    if let Err(e) = lms.initialize() {
        say(
            page.notices,
            &mut said,
            crate::t!("course-not-started", error = e),
        );
        return;
    }
    // The LMS is the learner's record in a course: what this browser kept for another package
    // of the same site does not count here.
    let (record, settings) = course::resume(&lms.get("cmi.suspend_data"));
    let record = record.unwrap_or_default();
    progress.replace(record);
    if let Some(settings) = settings
        && !crate::runtime::url_state::read_fragment().contains('=')
    {
        page.apply.run(settings);
    }
    let session = Rc::new(RefCell::new(Session {
        goal: Goal::of(page.widget),
        mastery: lms
            .get("cmi.student_data.mastery_score")
            .trim()
            .parse::<f64>()
            .ok(),
        status: Status::parse(&lms.get("cmi.core.lesson_status")),
        sent: (record.answers_before, record.answers_after),
        said,
        started: crate::runtime::now(),
        finished: false,
        lms,
    }));

    // Progress: reported and committed at each change.
    let s = session.clone();
    crate::runtime::effect(Box::new(move || {
        let record = progress.record();
        let settings = page.settings.get_untracked();
        s.borrow_mut().report(&record, &settings, page.notices);
    }));
    // Settings: kept in the resume data at each change, committed at most every few seconds.
    let s = session.clone();
    let pending = StoredValue::new(false);
    crate::runtime::effect(Box::new(move || {
        let settings = page.settings.get();
        let record = progress.record_untracked();
        s.borrow_mut().keep(&record, &settings, page.notices);
        if !pending.get_value() {
            pending.set_value(true);
            let s = s.clone();
            set_timeout(
                move || {
                    pending.set_value(false);
                    s.borrow_mut().commit(page.notices);
                },
                SETTINGS_COMMIT,
            );
        }
    }));
    // The session ends when the page goes away.
    let s = session;
    let listener = window_event_listener(leptos::ev::pagehide, move |_| {
        let record = progress.record_untracked();
        let settings = page.settings.get_untracked();
        s.borrow_mut().finish(&record, &settings, page.notices);
    });
    // It lives as long as the page.
    std::mem::forget(listener);
}

/// Adds `text` to the page's notices unless it was said already.
fn say(notices: RwSignal<Vec<String>>, said: &mut Vec<String>, text: String) {
    if !said.contains(&text) {
        said.push(text.clone());
        notices.update(|n| n.push(text));
    }
}

impl Session {
    fn set(&mut self, element: &str, value: &str, notices: RwSignal<Vec<String>>) {
        if self.finished {
            return;
        }
        if let Err(e) = self.lms.set(element, value) {
            say(
                notices,
                &mut self.said,
                crate::t!("course-not-saved", error = e),
            );
        }
    }

    fn commit(&mut self, notices: RwSignal<Vec<String>>) {
        if self.finished {
            return;
        }
        if let Err(e) = self.lms.commit() {
            say(
                notices,
                &mut self.said,
                crate::t!("course-not-committed", error = e),
            );
        }
    }

    /// Writes the resume data; says once when the settings had to be left out.
    fn keep(&mut self, record: &Record, settings: &str, notices: RwSignal<Vec<String>>) {
        let (data, fits) = course::suspend_data(record, settings);
        self.set("cmi.suspend_data", &data, notices);
        if !fits {
            say(
                notices,
                &mut self.said,
                crate::t!("course-settings-too-long"),
            );
        }
    }

    /// Reports `record`: status, score, new answers, resume data; then commits.
    fn report(&mut self, record: &Record, settings: &str, notices: RwSignal<Vec<String>>) {
        let (status, score) = course::report(self.goal, record, self.mastery, self.status);
        if status != self.status {
            self.set("cmi.core.lesson_status", status.id(), notices);
            self.status = status;
        }
        if let Some(score) = score {
            self.set("cmi.core.score.min", "0", notices);
            self.set("cmi.core.score.max", "100", notices);
            self.set("cmi.core.score.raw", &format!("{score}"), notices);
        }
        let sent = self.sent;
        if record.answers_before != sent.0
            && let Some(answers) = record.answers_before
        {
            self.interactions(true, &answers, notices);
        }
        if record.answers_after != sent.1
            && let Some(answers) = record.answers_after
        {
            self.interactions(false, &answers, notices);
        }
        self.sent = (record.answers_before, record.answers_after);
        self.keep(record, settings, notices);
        self.commit(notices);
    }

    /// Appends one interaction per answered question.
    fn interactions(&mut self, before: bool, answers: &Answers, notices: RwSignal<Vec<String>>) {
        let count = self
            .lms
            .get("cmi.interactions._count")
            .trim()
            .parse::<usize>()
            .unwrap_or(0);
        for (n, i) in (count..).zip(course::interactions(before, answers)) {
            let at = |field: &str| format!("cmi.interactions.{n}.{field}");
            self.set(&at("id"), &i.id, notices);
            self.set(&at("type"), "choice", notices);
            self.set(&at("student_response"), &i.response, notices);
            self.set(&at("correct_responses.0.pattern"), &i.correct, notices);
            self.set(&at("result"), i.result, notices);
        }
    }

    fn finish(&mut self, record: &Record, settings: &str, notices: RwSignal<Vec<String>>) {
        self.keep(record, settings, notices);
        let time = course::session_time(crate::runtime::now() - self.started);
        self.set("cmi.core.session_time", &time, notices);
        // Resume where the learner left: the LMS keeps the resume data for the next launch.
        self.set("cmi.core.exit", "suspend", notices);
        self.commit(notices);
        self.finished = true;
        let _ = self.lms.finish();
    }
}
