//! The page: a header, the notices, the explorer, and a footer. Reads the state from the URL at
//! start (and whenever the fragment changes), and writes it back as the learner edits.

use leptos::ev;
use leptos::prelude::*;
use neuron_core::ExplorerState;

use crate::explorer::{Explorer, ExplorerModel};
use crate::url_state::{read_fragment, write_fragment};
use crate::widgets::Notices;

#[component]
pub fn App() -> impl IntoView {
    let parsed = ExplorerState::from_query(&read_fragment());
    let notices = RwSignal::new(parsed.notices);
    let model = ExplorerModel::new(parsed.state);

    // The URL follows the state...
    Effect::new(move |_| write_fragment(model.query()));
    // ...and the state follows a URL edited by hand (or the back button).
    let listener = window_event_listener(ev::hashchange, move |_| {
        let fragment = read_fragment();
        if fragment != model.query_untracked() {
            let parsed = ExplorerState::from_query(&fragment);
            notices.set(parsed.notices);
            model.state.set(parsed.state);
        }
    });
    on_cleanup(move || listener.remove());

    view! {
        <div class="app">
            <a class="skip-link" href="#main">
                "Skip to the explorer"
            </a>
            <header class="site-header">
                <h1 class="brand">
                    <span class="brand-mark" aria-hidden="true"></span>
                    "Neuron Lab"
                </h1>
                <p class="tagline">"Biological neurons and artificial ones: what the analogy gets right, and where it breaks."</p>
            </header>
            <main id="main" tabindex="-1">
                <Notices notices=notices />
                <Explorer model=model />
            </main>
            <footer class="site-footer">
                <p>
                    "Everything runs in your browser; nothing is sent anywhere. The settings live in the address bar, so any view can be shared."
                </p>
            </footer>
        </div>
    }
}
