//! "More settings": the controls a first-time learner does not need (batch size, seeds, speed,
//! CSV, keyboard point entry, traces under the hood), behind one disclosure per widget, so the
//! plot and the controls that move it fit one screen. Which disclosures are open is part of
//! the page's state (`more=boundary,layers` in the URL): a shared link opens them as they were.

use leptos::prelude::*;
use neuron_core::query::{get, known_names};

use crate::embed::WIDGETS;

/// The widgets whose "More settings" are open, in [`WIDGETS`] order. Provided by the page.
#[derive(Clone, Copy)]
pub struct OpenSettings(pub RwSignal<Vec<&'static str>>);

impl OpenSettings {
    /// The widget ids named by the `more` pair; unknown names are dropped.
    pub fn read(pairs: &[(String, String)]) -> Vec<&'static str> {
        let ids: Vec<&'static str> = WIDGETS.iter().map(|(id, _)| *id).collect();
        get(pairs, "more").map_or_else(Vec::new, |value| known_names(value, &ids))
    }

    /// The `more` pair for the URL, when any disclosure is open.
    pub fn query_pair(self) -> Option<(String, String)> {
        self.0
            .with(|open| (!open.is_empty()).then(|| ("more".to_string(), open.join(","))))
    }

    fn set(self, widget: &'static str, open: bool) {
        if self.0.with_untracked(|o| o.contains(&widget)) == open {
            return;
        }
        self.0.update(|o| {
            o.retain(|w| *w != widget);
            if open {
                o.push(widget);
                // Keep the URL's order stable, whatever the order of opening.
                o.sort_by_key(|w| WIDGETS.iter().position(|(id, _)| id == w));
            }
        });
    }
}

/// The disclosure of `widget`'s advanced controls around `body`, open as the page state says.
///
/// A plain generic function, not a component taking `Children`: `Children` would turn every
/// widget's body into an `AnyView`, which costs kilobytes of wasm per use (implementation notes,
/// "Size and speed").
pub fn more_settings(widget: &'static str, body: impl IntoView) -> impl IntoView {
    // Outside the page (a component test) it starts closed and remembers nothing.
    let settings =
        use_context::<OpenSettings>().unwrap_or_else(|| OpenSettings(RwSignal::new(Vec::new())));
    view! {
        <details
            class="more-settings"
            prop:open=move || settings.0.with(|o| o.contains(&widget))
            on:toggle=move |ev| {
                let open = event_target::<web_sys::Element>(&ev).has_attribute("open");
                settings.set(widget, open);
            }
        >
            <summary>{crate::t!("widget-more-settings")}</summary>
            <div class="more-body">{body}</div>
        </details>
    }
}
