//! Share and embed: a dialog that builds a link (and an `<iframe>` snippet) to the whole lesson
//! or one widget, with the current settings, and with chosen groups of controls hidden or
//! locked, as teachers ask of TensorFlow Playground. `?hide=` and `?lock=` name groups from
//! [`GROUPS`] only (unknown names are ignored), so a link cannot inject anything.

use leptos::prelude::*;
use neuron_core::query::{get, parse_query};
use wasm_bindgen::JsCast;

use crate::embed::WIDGETS;

/// The groups of controls that can be hidden or locked: (key, widget, the message naming it,
/// CSS selector). [`group_name`] words the name.
pub const GROUPS: [(&str, &str, &str, &str); 14] = [
    (
        "ex-toolbar",
        "explorer",
        "share-group-ex-toolbar",
        ".explorer .toolbar-part",
    ),
    (
        "ex-inputs",
        "explorer",
        "share-group-ex-inputs",
        ".explorer .controls-panel",
    ),
    (
        "bd-weights",
        "boundary",
        "share-group-bd-weights",
        ".boundary .side-panel .param-stack",
    ),
    (
        "bd-learning",
        "boundary",
        "share-group-bd-learning",
        ".boundary .learning .form-grid",
    ),
    (
        "bd-training",
        "boundary",
        "share-group-bd-training",
        ".boundary .learning .transport",
    ),
    (
        "bd-data",
        "boundary",
        "share-group-bd-data",
        ".boundary .data-choice, .boundary .data-more",
    ),
    (
        "nn-settings",
        "layers",
        "share-group-nn-settings",
        ".layers .controls-panel .form-grid",
    ),
    (
        "nn-units",
        "layers",
        "share-group-nn-units",
        ".layers .controls-panel .param-stack",
    ),
    (
        "nn-training",
        "layers",
        "share-group-nn-training",
        ".layers .controls-panel .transport",
    ),
    (
        "bl-stimulus",
        "neuron",
        "share-group-bl-stimulus",
        ".biolab .stimulus-panel .form-grid, .biolab .stimulus-panel .param-stack, .biolab .more-grid .param-stack",
    ),
    (
        "bl-playback",
        "neuron",
        "share-group-bl-playback",
        ".biolab .transport",
    ),
    (
        "dd-kind",
        "dendrite",
        "share-group-dd-kind",
        ".dendrite .dendrite-controls .form-grid",
    ),
    (
        "dd-sliders",
        "dendrite",
        "share-group-dd-sliders",
        ".dendrite .dendrite-controls .param-stack",
    ),
    (
        "sc-sources",
        "scale",
        "share-group-sc-sources",
        ".scale details",
    ),
];

/// The name of a group of controls, from its message id (the third field of a [`GROUPS`] entry).
pub fn group_name(id: &str) -> String {
    match id {
        "share-group-ex-toolbar" => crate::t!("share-group-ex-toolbar"),
        "share-group-ex-inputs" => crate::t!("share-group-ex-inputs"),
        "share-group-bd-weights" => crate::t!("share-group-bd-weights"),
        "share-group-bd-learning" => crate::t!("share-group-bd-learning"),
        "share-group-bd-training" => crate::t!("share-group-bd-training"),
        "share-group-bd-data" => crate::t!("share-group-bd-data"),
        "share-group-nn-settings" => crate::t!("share-group-nn-settings"),
        "share-group-nn-units" => crate::t!("share-group-nn-units"),
        "share-group-nn-training" => crate::t!("share-group-nn-training"),
        "share-group-bl-stimulus" => crate::t!("share-group-bl-stimulus"),
        "share-group-bl-playback" => crate::t!("share-group-bl-playback"),
        "share-group-dd-kind" => crate::t!("share-group-dd-kind"),
        "share-group-dd-sliders" => crate::t!("share-group-dd-sliders"),
        "share-group-sc-sources" => crate::t!("share-group-sc-sources"),
        _ => id.to_string(),
    }
}

/// The share menu's option for one widget, from its message id (the second field of a
/// [`WIDGETS`] entry): "Only the decision boundary".
fn widget_option(id: &str) -> String {
    match id {
        "share-only-neuron" => crate::t!("share-only-neuron"),
        "share-only-explorer" => crate::t!("share-only-explorer"),
        "share-only-boundary" => crate::t!("share-only-boundary"),
        "share-only-layers" => crate::t!("share-only-layers"),
        "share-only-bridge" => crate::t!("share-only-bridge"),
        "share-only-dendrite" => crate::t!("share-only-dendrite"),
        "share-only-timing" => crate::t!("share-only-timing"),
        "share-only-scale" => crate::t!("share-only-scale"),
        _ => id.to_string(),
    }
}

/// `text` made safe inside a double-quoted HTML attribute.
fn attribute(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

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
        let title = crate::t!("share-locked-title");
        // Once every control is on the page (the lesson after section 1 is built after the first
        // frame: see `lesson::Rest`).
        let lock = move || {
            if let Ok(nodes) = document().query_selector_all(&selector) {
                for i in 0..nodes.length() {
                    if let Some(el) = nodes
                        .item(i)
                        .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
                    {
                        let _ = el.set_attribute("inert", "");
                        let _ = el.set_attribute("title", &title);
                        let _ = el.class_list().add_1("locked");
                    }
                }
            }
        };
        match use_context::<crate::lesson::Rest>() {
            Some(rest) => rest.when_built(lock),
            None => request_animation_frame(lock),
        }
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
        // The people the link is shared with see the page in the language it was shared in.
        let lang = crate::i18n::lang();
        if lang != "en" {
            params.push(format!("lang={lang}"));
        }
        let query = if params.is_empty() {
            String::new()
        } else {
            format!("?{}", params.join("&"))
        };
        format!("{base}{query}#{}", state.get())
    };
    let frame_title = attribute(&crate::t!("share-frame-title"));
    let snippet = move || {
        format!(
            "<iframe id=\"neuron-lab\" title=\"{frame_title}\" src=\"{}\" style=\"width:100%;border:0\"></iframe>\n<script>addEventListener('message', e => {{ if (e.data && e.data.type === 'neuron-lab:height') document.getElementById('neuron-lab').style.height = e.data.height + 'px'; }});</script>",
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
                let name = group_name(name);
                view! {
                    <tr>
                        <th scope="row">{name.clone()}</th>
                        <td>
                            <input
                                type="checkbox"
                                aria-label=crate::t!("share-hide-group", group = &name)
                                on:change=move |ev| toggle(hidden, key, event_target_checked(&ev))
                            />
                        </td>
                        <td>
                            <input
                                type="checkbox"
                                aria-label=crate::t!("share-lock-group", group = &name)
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
            <summary>{crate::t!("share-summary")}</summary>
            <div class="form-grid">
                <label for="share-widget">{crate::t!("share-widget-label")}</label>
                <select id="share-widget" on:change=move |ev| widget.set(event_target_value(&ev))>
                    <option value="">{crate::t!("share-whole-lesson")}</option>
                    {WIDGETS
                        .iter()
                        .map(|(id, option)| view! { <option value=*id>{widget_option(option)}</option> })
                        .collect_view()}
                </select>
            </div>
            <table class="step-table share-table">
                <caption>{crate::t!("share-table-caption")}</caption>
                <thead>
                    <tr>
                        <th scope="col">{crate::t!("share-column-controls")}</th>
                        <th scope="col">{crate::t!("share-column-hide")}</th>
                        <th scope="col">{crate::t!("share-column-lock")}</th>
                    </tr>
                </thead>
                <tbody>{groups}</tbody>
            </table>
            <label for="share-link">{crate::t!("share-link-label")}</label>
            <input id="share-link" class="share-field" type="text" readonly prop:value=link />
            <label for="share-snippet">{crate::t!("share-snippet-label")}</label>
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
