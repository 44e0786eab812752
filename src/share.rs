//! Share and embed: a dialog that builds a link (and an `<iframe>` snippet) to the whole lesson
//! or one widget, with the current settings, and with chosen groups of controls hidden or
//! locked, as teachers ask of TensorFlow Playground. `?hide=` and `?lock=` name groups from
//! [`GROUPS`] only (unknown names are ignored), so a link cannot inject anything.

use leptos::prelude::*;
use neuron_core::query::{get, parse_query};
use wasm_bindgen::JsCast;

use crate::embed::WIDGETS;

/// The groups of controls that can be hidden or locked: (key, widget, name, CSS selector).
pub const GROUPS: [(&str, &str, &str, &str); 14] = [
    (
        "ex-toolbar",
        "explorer",
        "Activation picker and buttons",
        ".explorer .toolbar-part",
    ),
    (
        "ex-inputs",
        "explorer",
        "Inputs, weights and bias",
        ".explorer .controls-panel",
    ),
    (
        "bd-weights",
        "boundary",
        "Weight and bias sliders",
        ".boundary .side-panel .param-stack",
    ),
    (
        "bd-learning",
        "boundary",
        "Learning settings",
        ".boundary .learning .form-grid",
    ),
    (
        "bd-training",
        "boundary",
        "Training buttons",
        ".boundary .learning .transport",
    ),
    (
        "bd-data",
        "boundary",
        "Data controls",
        ".boundary .data-choice, .boundary .data-more",
    ),
    (
        "nn-settings",
        "layers",
        "Network and learning settings",
        ".layers .controls-panel .form-grid",
    ),
    (
        "nn-units",
        "layers",
        "Unit counts",
        ".layers .controls-panel .param-stack",
    ),
    (
        "nn-training",
        "layers",
        "Training buttons",
        ".layers .controls-panel .transport",
    ),
    (
        "bl-stimulus",
        "neuron",
        "Stimulus controls",
        ".biolab .stimulus-panel .form-grid, .biolab .stimulus-panel .param-stack, .biolab .more-grid .param-stack",
    ),
    ("bl-playback", "neuron", "Playback", ".biolab .transport"),
    (
        "dd-kind",
        "dendrite",
        "The monotonic-dendrite switch",
        ".dendrite .dendrite-controls .form-grid",
    ),
    (
        "dd-sliders",
        "dendrite",
        "Strength, threshold and decay sliders",
        ".dendrite .dendrite-controls .param-stack",
    ),
    ("sc-sources", "scale", "Sources", ".scale details"),
];

fn selectors(keys: &str) -> Vec<&'static str> {
    keys.split(',')
        .filter_map(|k| GROUPS.iter().find(|g| g.0 == k.trim()).map(|g| g.3))
        .collect()
}

/// Applies `?hide=` and `?lock=` from the page's query string: hidden groups get a style rule,
/// locked ones the `inert` attribute (no pointer, no keyboard) once the page is built.
pub fn apply_from_query() {
    let search = window().location().search().unwrap_or_default();
    let pairs = parse_query(&search);
    let hide = get(&pairs, "hide").map(selectors).unwrap_or_default();
    let lock = get(&pairs, "lock").map(selectors).unwrap_or_default();
    if !hide.is_empty()
        && let Ok(style) = document().create_element("style")
    {
        style.set_text_content(Some(&format!(
            "{} {{ display: none !important; }}",
            hide.join(", ")
        )));
        if let Some(head) = document().head() {
            let _ = head.append_child(&style);
        }
    }
    if !lock.is_empty() {
        let selector = lock.join(", ");
        request_animation_frame(move || {
            if let Ok(nodes) = document().query_selector_all(&selector) {
                for i in 0..nodes.length() {
                    if let Some(el) = nodes
                        .item(i)
                        .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
                    {
                        let _ = el.set_attribute("inert", "");
                        let _ =
                            el.set_attribute("title", "Locked by the teacher who shared this link");
                        let _ = el.class_list().add_1("locked");
                    }
                }
            }
        });
    }
}

/// The share dialog: what to share, which controls to hide or lock, the link and the snippet.
#[component]
pub fn ShareDialog(
    /// The current state, as in the URL.
    #[prop(into)]
    state: Signal<String>,
) -> impl IntoView {
    let widget = RwSignal::new(String::new());
    let hidden = RwSignal::new(Vec::<&'static str>::new());
    let locked = RwSignal::new(Vec::<&'static str>::new());
    let toggle = |list: RwSignal<Vec<&'static str>>, key: &'static str, on: bool| {
        list.update(|l| {
            l.retain(|k| *k != key);
            if on {
                l.push(key);
            }
        })
    };
    let link = move || {
        let location = window().location();
        let base = format!(
            "{}{}",
            location.origin().unwrap_or_default(),
            location.pathname().unwrap_or_default()
        );
        let mut params = Vec::new();
        let w = widget.get();
        if !w.is_empty() {
            params.push(format!("embed={w}"));
        }
        let visible = |l: Vec<&'static str>| -> Vec<&'static str> {
            l.into_iter()
                .filter(|k| w.is_empty() || GROUPS.iter().any(|g| g.0 == *k && g.1 == w))
                .collect()
        };
        let h = visible(hidden.get());
        let l = visible(locked.get());
        if !h.is_empty() {
            params.push(format!("hide={}", h.join(",")));
        }
        if !l.is_empty() {
            params.push(format!("lock={}", l.join(",")));
        }
        let query = if params.is_empty() {
            String::new()
        } else {
            format!("?{}", params.join("&"))
        };
        format!("{base}{query}#{}", state.get())
    };
    let snippet = move || {
        format!(
            "<iframe id=\"neuron-lab\" title=\"Neuron Lab\" src=\"{}\" style=\"width:100%;border:0\"></iframe>\n<script>addEventListener('message', e => {{ if (e.data && e.data.type === 'neuron-lab:height') document.getElementById('neuron-lab').style.height = e.data.height + 'px'; }});</script>",
            link()
        )
    };
    let groups = move || {
        let w = widget.get();
        GROUPS
            .iter()
            .filter(|g| w.is_empty() || g.1 == w)
            .map(|(key, _, name, _)| {
                let key = *key;
                view! {
                    <tr>
                        <th scope="row">{*name}</th>
                        <td>
                            <input
                                type="checkbox"
                                aria-label=format!("Hide: {name}")
                                on:change=move |ev| toggle(hidden, key, event_target_checked(&ev))
                            />
                        </td>
                        <td>
                            <input
                                type="checkbox"
                                aria-label=format!("Lock: {name}")
                                on:change=move |ev| toggle(locked, key, event_target_checked(&ev))
                            />
                        </td>
                    </tr>
                }
            })
            .collect_view()
    };

    view! {
        <details class="share" on:keydown=close_on_escape>
            <summary>"Share or embed"</summary>
            <div class="form-grid">
                <label for="share-widget">"Share"</label>
                <select id="share-widget" on:change=move |ev| widget.set(event_target_value(&ev))>
                    <option value="">"The whole lesson"</option>
                    {WIDGETS
                        .iter()
                        .map(|(id, name)| view! { <option value=*id>{format!("Only {name}")}</option> })
                        .collect_view()}
                </select>
            </div>
            <table class="step-table share-table">
                <caption>"Controls to hide or lock for the people you share with"</caption>
                <thead>
                    <tr>
                        <th scope="col">"Controls"</th>
                        <th scope="col">"Hide"</th>
                        <th scope="col">"Lock"</th>
                    </tr>
                </thead>
                <tbody>{groups}</tbody>
            </table>
            <label for="share-link">"Link"</label>
            <input id="share-link" class="share-field" type="text" readonly prop:value=link />
            <label for="share-snippet">"Embed code for a course page"</label>
            <textarea id="share-snippet" class="share-field" rows="4" readonly prop:value=snippet></textarea>
        </details>
    }
}

/// Escape closes the open share panel and puts the focus back on its summary, as it would close
/// a dialog.
fn close_on_escape(ev: web_sys::KeyboardEvent) {
    if ev.key() != "Escape" {
        return;
    }
    let Some(details) = ev
        .current_target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
    else {
        return;
    };
    if details.has_attribute("open") {
        ev.prevent_default();
        let _ = details.remove_attribute("open");
        if let Some(summary) = details
            .query_selector("summary")
            .ok()
            .flatten()
            .and_then(|s| s.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = summary.focus();
        }
    }
}
