//! "More settings": the controls a first-time learner does not need (batch size, seeds, speed,
//! CSV, keyboard point entry, traces under the hood), behind one disclosure per widget, so the
//! plot and the controls that move it fit one screen. Which disclosures are open is part of
//! the page's state (`more=boundary,layers` in the URL): a shared link opens them as they were.

use leptos::prelude::*;
use neuron_core::query::get;
use neuron_core::widget::Widget;

use super::{Link, UrlPart};

/// The widgets whose "More settings" are open, in [`Widget::ALL`]'s order. Provided by the page.
#[derive(Clone, Copy)]
pub struct OpenSettings(pub RwSignal<Vec<Widget>>);

impl OpenSettings {
    /// The disclosures a link opens (`more=`; unknown names are dropped).
    pub fn new(link: &Link) -> OpenSettings {
        OpenSettings(RwSignal::new(read(link)))
    }

    fn set(self, widget: Widget, open: bool) {
        if self.0.with_untracked(|o| o.contains(&widget)) == open {
            return;
        }
        self.0.update(|o| {
            o.retain(|w| *w != widget);
            if open {
                o.push(widget);
                // Keep the URL's order stable, whatever the order of opening.
                o.sort();
            }
        });
    }
}

/// The widgets a link's `more` pair names.
fn read(link: &Link) -> Vec<Widget> {
    get(&link.pairs, KEY).map_or_else(Vec::new, Widget::parse_list)
}

/// The URL key of the open disclosures.
const KEY: &str = "more";

impl UrlPart for OpenSettings {
    fn write(&self, pairs: &mut Vec<(String, String)>) {
        self.0.with(|open| {
            if !open.is_empty() {
                pairs.push((KEY.to_string(), Widget::list(open)));
            }
        });
    }

    fn track(&self) {
        self.0.track();
    }

    fn apply(&self, link: &Link, _notices: &mut Vec<String>) {
        self.0.set(read(link));
    }
}

/// The disclosure of `widget`'s advanced controls around `body`, open as the page state says.
///
/// A plain generic function, not a component taking `Children`: `Children` would turn every
/// widget's body into an `AnyView`, which costs kilobytes of wasm per use (implementation notes,
/// "Size and speed").
pub fn more_settings(widget: Widget, body: impl IntoView) -> impl IntoView {
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
