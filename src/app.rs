//! The page: the teachers' page, or the lesson: a header, the notices, the widgets, and a footer. Reads every widget's state from
//! the URL at start (and whenever the fragment changes), and writes it back as the learner
//! edits.

// A widget's own binary compiles none of the whole lesson's parts (see `crate::in_lesson!`).
#![cfg_attr(
    feature = "widget-alone",
    allow(unused_imports, unused_variables, dead_code)
)]

use leptos::ev;
use leptos::prelude::*;
use neuron_core::query::{STATE_VERSION, build_query};
use neuron_core::widget::Widget;

use crate::lesson::{Contents, Lesson};
use crate::nav::{JumpLink, Rest};
use crate::runtime::url_state::{self, read_fragment};
use crate::settings_file::SettingsFile;
use crate::share::ShareDialog;
use crate::widget_list::Models;
use crate::widgets::{Link, Notices};

/// The site's header: its name, its tagline and the language menu.
#[component]
fn SiteHeader() -> impl IntoView {
    view! {
        <header class="site-header">
            <h1 class="brand">
                <span class="brand-mark" aria-hidden="true"></span>
                {crate::t!("page-brand")}
            </h1>
            <p class="tagline">{crate::t!("page-tagline")}</p>
            // An embed's header is there for screen readers alone (its title); its language is
            // the link's (`?lang=`), so it has no menu a keyboard could land on unseen.
            {crate::in_lesson!(view! { <crate::i18n::menu::LanguageMenu /> })}
        </header>
    }
}

/// The teachers' page (`?for=teachers`).
#[component]
pub fn TeachersApp() -> impl IntoView {
    view! {
        <div class="app teachers-app">
            <span class="skip-link">
                <JumpLink target="main">{crate::t!("page-skip")}</JumpLink>
            </span>
            <SiteHeader />
            <main id="main" tabindex="-1">
                <crate::learn::TeachersPage />
            </main>
        </div>
    }
}

/// The learners' page: the lesson with its widgets.
#[component]
pub fn App() -> impl IntoView {
    let mut start_notices = Vec::new();
    let models = Models::read(&Link::new(&read_fragment()), &mut start_notices);
    let embedded = crate::embed::requested();
    start_notices.extend(crate::i18n::load::notice());
    if let Err(e) = &embedded {
        start_notices.push(e.clone());
    }
    let embedded = embedded.ok().flatten();
    crate::runtime::visibility::set_first_screen(
        embedded.unwrap_or(Widget::Neuron),
        embedded.is_some(),
    );
    // The lesson after its first section is built after the first screen is drawn, unless an
    // embedded widget or a fragment naming a place in the page (not a state) needs it now.
    let hash = window().location().hash().unwrap_or_default();
    Rest::provide(embedded.is_some() || (hash.len() > 1 && !hash.contains('=')));
    let notices = RwSignal::new(start_notices);
    provide_context(crate::activity::Progress::load());
    provide_context(models.open);
    let query = move || {
        let mut pairs = Vec::new();
        for part in models.parts() {
            part.write(&mut pairs);
        }
        // The link's format version, which the explorer's part writes first; a widget's own
        // binary without the explorer writes it itself.
        if !pairs.iter().any(|(k, _)| k == "v") {
            pairs.insert(0, ("v".to_string(), STATE_VERSION.to_string()));
        }
        build_query(pairs.iter().map(|(k, v)| (k.as_str(), v.clone())))
    };

    // The URL follows the state (built only when written: see `url_state`)...
    url_state::follow(query);
    crate::runtime::effect(Box::new(move || {
        for part in models.parts() {
            part.track();
        }
        url_state::changed();
    }));
    // ...and the state follows a URL edited by hand (or the back button).
    // Applies a state read from the URL or a settings file to every widget.
    let apply = move |fragment: String| {
        let link = Link::new(&fragment);
        let mut said = Vec::new();
        let link = crate::share::hold_locked(link, &untrack(query), &mut said);
        for part in models.parts() {
            part.apply(&link, &mut said);
        }
        notices.set(said);
    };
    let listener = window_event_listener(ev::hashchange, move |_| {
        let fragment = read_fragment();
        // A fragment without "key=value" pairs is an anchor, not a state.
        if fragment.contains('=') && fragment != untrack(query) {
            apply(fragment);
        }
    });
    on_cleanup(move || listener.remove());
    // Inside a course package: the course keeps progress and settings, and hears the goal.
    crate::course::connect(
        crate::activity::Progress::get(),
        crate::course::Page {
            widget: embedded,
            settings: Signal::derive(query),
            apply: Callback::new(apply),
            notices,
        },
    );

    if embedded.is_some() {
        crate::embed::report_height();
    }
    crate::share::apply_from_query();
    let path = window().location().pathname().unwrap_or_default();
    // The link to the whole lesson follows the state at a human rate while something animates
    // (building the query every frame cost more than the frame's drawing).
    let whole = Memo::new(move |_| crate::runtime::pace::paced(|| format!("{path}#{}", query())));

    view! {
        <div class="app" class:embed=embedded.is_some()>
            <span class="skip-link">
                <JumpLink target="main">{crate::t!("page-skip")}</JumpLink>
            </span>
            <SiteHeader />
            <main id="main" tabindex="-1">
                <Notices notices=notices />
                // An embed shows its widget alone (the stylesheet hides the rest): the parts
                // only the whole lesson shows are not built.
                {crate::in_lesson!(view! {
                    <Contents />
                    <crate::learn::ProgressPanel />
                })}
                {crate::in_lesson!(crate::activity::options::quiz_on().then(|| view! {
                    <details class="pre-check">
                        <summary>{crate::t!("page-precheck")}</summary>
                        <crate::learn::ConceptCheck before=true />
                    </details>
                }))}
                <Lesson models=models />
                // After the lesson (`Lesson` builds the rest before this): an embedded
                // widget's progress code and the link to the whole lesson.
                <div class="embed-foot">
                    {embedded
                        .filter(|w| {
                            crate::activity::options::challenges_on()
                                && neuron_core::challenge::Challenge::ALL
                                    .iter()
                                    .any(|c| c.widget() == *w)
                        })
                        .map(|_| view! { <div class="embed-progress"><crate::learn::ProgressCode /></div> })}
                    <p class="embed-credit">
                        <a href=whole target="_blank" rel="noopener">
                            {crate::t!("page-open-whole")}
                        </a>
                    </p>
                </div>
            </main>
            {crate::in_lesson!(view! {
                <footer class="site-footer">
                    <SettingsFile state=Signal::derive(query) apply=Callback::new(apply) />
                    <ShareDialog state=Signal::derive(query) />
                    <p>{crate::t!("page-footer")}</p>
                </footer>
            })}
        </div>
    }
}
