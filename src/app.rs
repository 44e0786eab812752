//! The page: a header, the notices, the widgets, and a footer. Reads every widget's state from
//! the URL at start (and whenever the fragment changes), and writes it back as the learner
//! edits.

use leptos::ev;
use leptos::prelude::*;
use neuron_core::ExplorerState;
use neuron_core::bio::dendrite::{DendriteParams, UrlProblem};
use neuron_core::bio::sweep::Protocol;
use neuron_core::boundary::BoundaryState;
use neuron_core::network_state::NetworkState;
use neuron_core::query::{STATE_VERSION, build_query, get, parse_query};

use crate::biolab::BioModel;
use crate::boundary::BoundaryModel;
use crate::dendrite::{DendriteModel, default_pattern, pattern_from_pairs};
use crate::explorer::ExplorerModel;
use crate::lesson::{Contents, JumpLink, Lesson, Models, Rest};
use crate::network::NetModel;
use crate::settings_file::SettingsFile;
use crate::share::ShareDialog;
use crate::url_state::{self, read_fragment};
use crate::widgets::{Notices, OpenSettings};

/// Every widget's state, as read from a URL fragment.
struct PageState {
    explorer: ExplorerState,
    boundary: BoundaryState,
    network: NetworkState,
    protocol: Protocol,
    dendrite: DendriteParams,
    /// The input pattern the dendrite widget shows.
    pattern: usize,
    /// The widgets whose "More settings" are open.
    open: Vec<&'static str>,
    /// What had to be corrected.
    notices: Vec<String>,
}

fn read_state(fragment: &str) -> PageState {
    let explorer = ExplorerState::from_query(fragment);
    let pairs = parse_query(fragment);
    let mut notices: Vec<String> = explorer
        .notices
        .iter()
        .map(crate::words::explorer_notice)
        .collect();
    let (boundary, network, protocol, dendrite, pattern) =
        if get(&pairs, "v") == Some(&STATE_VERSION.to_string()) {
            let (boundary, more) = BoundaryState::from_pairs(&pairs);
            notices.extend(more.into_iter().map(crate::words::boundary_notice));
            let (network, more) = NetworkState::from_pairs(&pairs);
            notices.extend(more.into_iter().map(crate::words::network_notice));
            let (protocol, more) = Protocol::from_pairs(&pairs);
            notices.extend(more.into_iter().map(crate::words::protocol_notice));
            let (dendrite, problems) = DendriteParams::from_pairs(&pairs);
            notices.extend(problems.into_iter().map(dendrite_notice));
            let pattern = pattern_from_pairs(&pairs).unwrap_or_else(|| {
                notices.push(crate::t!("notice-dendrite-pattern"));
                default_pattern()
            });
            (boundary, network, protocol, dendrite, pattern)
        } else {
            // The explorer's notice has said why.
            (
                BoundaryState::default(),
                NetworkState::default(),
                Protocol::default(),
                DendriteParams::default(),
                default_pattern(),
            )
        };
    PageState {
        open: OpenSettings::read(&pairs),
        explorer: explorer.state,
        boundary,
        network,
        protocol,
        dendrite,
        pattern,
        notices,
    }
}

/// A dendrite value the link could not use, in words.
fn dendrite_notice(problem: UrlProblem) -> String {
    use neuron_core::bio::dendrite::DendriteField;
    let field = |f: DendriteField| match f {
        DendriteField::Kind => "kind",
        DendriteField::Theta => "theta",
        DendriteField::Tau => "tau",
        DendriteField::Strength => "strength",
    };
    match problem {
        UrlProblem::Unreadable(f) => crate::t!("notice-dendrite-unreadable", field = field(f)),
        UrlProblem::Clamped(f) => crate::t!("notice-dendrite-clamped", field = field(f)),
    }
}

#[component]
pub fn App() -> impl IntoView {
    let start = read_state(&read_fragment());
    let embedded = crate::embed::requested();
    let mut start_notices = start.notices;
    start_notices.extend(crate::i18n::load::notice());
    if let Err(e) = &embedded {
        start_notices.push(e.clone());
    }
    let embedded = embedded.ok().flatten();
    crate::widgets::visibility::set_first_screen(embedded.unwrap_or("neuron"));
    // The lesson after its first section is built after the first screen is drawn, unless an
    // embedded widget or a fragment naming a place in the page (not a state) needs it now.
    let hash = window().location().hash().unwrap_or_default();
    Rest::provide(embedded.is_some() || (hash.len() > 1 && !hash.contains('=')));
    let notices = RwSignal::new(start_notices);
    let explorer = ExplorerModel::new(start.explorer);
    let boundary = BoundaryModel::new(start.boundary);
    let biolab = BioModel::new(start.protocol);
    let layers = NetModel::new(start.network);
    let dendrite = DendriteModel::new(start.dendrite, start.pattern);
    provide_context(crate::learn::Progress::load());
    let open = OpenSettings(RwSignal::new(start.open));
    provide_context(open);
    let query = move || {
        let mut pairs = boundary.state.with(|s| s.query_pairs());
        pairs.extend(layers.state.with(|s| s.query_pairs()));
        pairs.extend(biolab.protocol.with(|p| p.query_pairs()));
        pairs.extend(dendrite.query_pairs());
        pairs.extend(open.query_pair());
        format!(
            "{}&{}",
            explorer.query(),
            build_query(pairs.iter().map(|(k, v)| (k.as_str(), v.clone())))
        )
    };

    // The URL follows the state (built only when written: see `url_state`)...
    url_state::follow(query);
    crate::widgets::effect(Box::new(move || {
        explorer.state.track();
        boundary.state.track();
        layers.state.track();
        biolab.protocol.track();
        dendrite.params.track();
        dendrite.pattern.track();
        open.0.track();
        url_state::changed();
    }));
    // ...and the state follows a URL edited by hand (or the back button).
    // Applies a state read from the URL or a settings file to every widget.
    let apply = move |fragment: String| {
        let state = read_state(&fragment);
        notices.set(state.notices);
        open.0.set(state.open);
        explorer.state.set(state.explorer);
        boundary.playing.set(false);
        boundary.state.set(state.boundary);
        boundary.restart_history();
        layers.edit(|s| *s = state.network);
        biolab.playing.set(false);
        biolab.edit(|p| *p = state.protocol);
        dendrite.params.set(state.dendrite.clamped());
        dendrite.pattern.set(state.pattern);
    };
    let listener = window_event_listener(ev::hashchange, move |_| {
        let fragment = read_fragment();
        // A fragment without "key=value" pairs is an anchor, not a state.
        if fragment.contains('=') && fragment != untrack(query) {
            apply(fragment);
        }
    });
    on_cleanup(move || listener.remove());
    let models = Models {
        explorer,
        boundary,
        layers,
        biolab,
        dendrite,
        pairing: crate::biolab::Pairing::new(),
        coincidence: crate::biolab::Coincidence::new(),
    };

    if embedded.is_some() {
        crate::embed::report_height();
    }
    crate::share::apply_from_query();
    let path = window().location().pathname().unwrap_or_default();
    // The link to the whole lesson follows the state at a human rate while something animates
    // (building the query every frame cost more than the frame's drawing).
    let whole = Memo::new(move |_| crate::widgets::pace::paced(|| format!("{path}#{}", query())));

    view! {
        <div class="app" class:embed=embedded.is_some() data-embed=embedded.unwrap_or("")>
            <span class="skip-link">
                <JumpLink target="main">{crate::t!("page-skip")}</JumpLink>
            </span>
            <header class="site-header">
                <h1 class="brand">
                    <span class="brand-mark" aria-hidden="true"></span>
                    {crate::t!("page-brand")}
                </h1>
                <p class="tagline">{crate::t!("page-tagline")}</p>
                <crate::i18n::menu::LanguageMenu />
            </header>
            <main id="main" tabindex="-1">
                <Notices notices=notices />
                <Contents />
                <crate::learn::ProgressPanel />
                {crate::learn::options::quiz_on().then(|| view! {
                    <details class="pre-check">
                        <summary>{crate::t!("page-precheck")}</summary>
                        <crate::learn::ConceptCheck before=true />
                    </details>
                })}
                <Lesson models=models />
                <p class="embed-credit">
                    <a href=whole target="_blank" rel="noopener">
                        {crate::t!("page-open-whole")}
                    </a>
                </p>
            </main>
            <footer class="site-footer">
                <SettingsFile state=Signal::derive(query) apply=Callback::new(apply) />
                <ShareDialog state=Signal::derive(query) />
                <p>{crate::t!("page-footer")}</p>
            </footer>
        </div>
    }
}
