//! Share and embed: a dialog that builds a link (and an `<iframe>` snippet) to the whole lesson
//! or one widget, with the current settings, and with chosen groups of controls hidden or
//! locked, as teachers ask of TensorFlow Playground. `?hide=` and `?lock=` name groups that the
//! widgets define (their `WidgetPage::groups`; unknown names are ignored), so a link cannot
//! inject anything.

use leptos::prelude::*;
use neuron_core::query::{get, parse_query};
use neuron_core::widget::Widget;
use wasm_bindgen::JsCast;

use crate::widget_list::PAGES;
use crate::widgets::{CopyButton, Group, WidgetPage};

/// The group whose key is `key` (a name from a link), with its widget.
fn group(key: &str) -> Option<(&'static WidgetPage, &'static Group)> {
    // Only this binary's widgets: in a widget's own binary, another's group names no control.
    crate::widget_list::compiled_pages()
        .flat_map(|p| p.groups.iter().map(move |g| (p, g)))
        .find(|(_, g)| g.key == key)
}

/// An embedded widget's frame height where the course page strips the height script: one laptop
/// screen, which every widget fits from 720 px wide (`tests/e2e/fit.test.mjs`).
const EMBED_HEIGHT: u32 = 840;
/// The whole lesson's frame height without the script: it scrolls inside.
const LESSON_HEIGHT: u32 = 900;

/// Four random letters and digits, to tell frames apart.
fn random_suffix() -> String {
    let n = (js_sys::Math::random() * 36f64.powi(4)) as u32;
    (0..4)
        .map(|k| char::from_digit((n / 36u32.pow(k)) % 36, 36).unwrap_or('0'))
        .collect()
}

/// `text` made safe inside a double-quoted HTML attribute.
fn attribute(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// The known groups among the comma-separated `keys` of a link (anything else is dropped).
fn known(keys: Option<&str>) -> Vec<&'static Group> {
    keys.map_or_else(Vec::new, |keys| {
        keys.split(',')
            .filter_map(|k| group(k.trim()))
            .map(|(_, g)| g)
            .collect()
    })
}

/// `groups` and every group whose controls change the values of one of them (`Group::changes`:
/// the training buttons change the weights), which is locked with it.
fn with_changing(mut groups: Vec<&'static Group>) -> Vec<&'static Group> {
    let has = |list: &[&Group], key: &str| list.iter().any(|g| g.key == key);
    loop {
        let more: Vec<&'static Group> = crate::widget_list::compiled_pages()
            .flat_map(|p| p.groups.iter())
            .filter(|g| !has(&groups, g.key) && g.changes.iter().any(|c| has(&groups, c.key)))
            .collect();
        if more.is_empty() {
            return groups;
        }
        groups.extend(more);
    }
}

/// The page's locked groups (`?lock=`, and the groups locked with them), told to the widgets,
/// which ask for the changes that go around a locked control's elements.
fn read_locks(pairs: &[(String, String)]) -> Vec<&'static Group> {
    let locked = with_changing(known(get(pairs, "lock")));
    crate::widgets::set_locks(locked.clone());
    locked
}

/// `link` (a state about to be applied: an edited link, a settings file, a course's saved
/// state) with the locked groups' values of `current` (`widgets::hold_locked`). Reads the locks
/// first: a course applies its saved state before the page is built.
pub fn hold_locked(
    link: crate::widgets::Link,
    current: &str,
    notices: &mut Vec<String>,
) -> crate::widgets::Link {
    read_locks(&parse_query(
        &window().location().search().unwrap_or_default(),
    ));
    crate::widgets::hold_locked(link, current, notices)
}

/// The CSS selectors of groups' elements (each widget marks them with `data-group`).
fn selectors(groups: &[&Group]) -> Vec<String> {
    groups
        .iter()
        .map(|g| format!("[data-group=\"{}\"]", g.key))
        .collect()
}

/// Applies `?hide=` and `?lock=` from the page's query string: hidden groups get a style rule,
/// locked ones the `inert` attribute (no pointer, no keyboard) once the page is built.
pub fn apply_from_query() {
    let search = window().location().search().unwrap_or_default();
    let pairs = parse_query(&search);
    let hidden = known(get(&pairs, "hide"));
    let hide = selectors(&hidden);
    // The widgets ask too: which words to use, which challenges to offer.
    crate::widgets::set_hidden(hidden);
    let lock = selectors(&read_locks(&pairs));
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
        match use_context::<crate::nav::Rest>() {
            Some(rest) => rest.when_built(lock),
            None => request_animation_frame(lock),
        }
    }
}

/// The teachers' page (`?for=teachers`) beside this page, in its language.
fn teachers_address() -> String {
    let location = window().location();
    let pairs = parse_query(&location.search().unwrap_or_default());
    let path = location.pathname().unwrap_or_default();
    let mut query = vec![("for", "teachers".to_string())];
    if let Some(lang) = get(&pairs, "lang") {
        query.push(("lang", lang.to_string()));
    }
    format!("{path}?{}", neuron_core::query::build_query(query))
}

/// The share dialog: what to share, which controls to hide or lock, the link and the snippet.
#[component]
pub fn ShareDialog(
    /// The current state, as in the URL.
    #[prop(into)]
    state: Signal<String>,
) -> impl IntoView {
    // The widget shared alone, or `None` for the whole lesson.
    let widget = RwSignal::new(None::<Widget>);
    let hidden = RwSignal::new(Vec::<&'static str>::new());
    let locked = RwSignal::new(Vec::<&'static str>::new());
    // The page's switches a shared link can turn off (`crate::activity::options`).
    let no_challenges = RwSignal::new(false);
    let no_quiz = RwSignal::new(false);
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
        if let Some(w) = w {
            params.push(format!("embed={}", w.id()));
        }
        let visible = |l: Vec<&'static str>| -> Vec<&'static str> {
            l.into_iter()
                .filter(|k| w.is_none_or(|w| group(k).is_some_and(|(p, _)| p.widget == w)))
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
        if no_challenges.get() {
            params.push("challenges=off".to_string());
        }
        if no_quiz.get() {
            params.push("quiz=off".to_string());
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
    // Each snippet's frame has its own id (a course page may hold several), a height that fits
    // the widget where the page strips scripts, and a listener that only takes the height its
    // own frame sends. A copy makes the next snippet's id new.
    let suffix = RwSignal::new(random_suffix());
    let snippet = Signal::derive(move || {
        let name = widget.get().map_or("lesson", Widget::id);
        let id = format!("neuron-lab-{name}-{}", suffix.get());
        let height = if widget.get().is_some() {
            EMBED_HEIGHT
        } else {
            LESSON_HEIGHT
        };
        format!(
            "<iframe id=\"{id}\" title=\"{frame_title}\" src=\"{}\" style=\"width:100%;height:{height}px;border:0\"></iframe>\n<script>addEventListener('message', e => {{ const f = document.getElementById('{id}'); if (f && e.source === f.contentWindow && e.data && e.data.type === 'neuron-lab:height') f.style.height = e.data.height + 'px'; }});</script>",
            attribute(&link())
        )
    });
    let groups = move || {
        let w = widget.get();
        PAGES
            .iter()
            .filter(|p| w.is_none_or(|w| p.widget == w))
            .flat_map(|p| p.groups.iter())
            .map(|g| {
                let key = g.key;
                let name = (g.name)();
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
                <select
                    id="share-widget"
                    on:change=move |ev| widget.set(Widget::parse(&event_target_value(&ev)).ok())
                >
                    <option value="">{crate::t!("share-whole-lesson")}</option>
                    {PAGES
                        .iter()
                        .map(|p| view! { <option value=p.widget.id()>{(p.only)()}</option> })
                        .collect_view()}
                </select>
            </div>
            <label class="check">
                <input type="checkbox" on:change=move |ev| no_challenges.set(event_target_checked(&ev)) />
                " "
                {crate::t!("share-no-challenges")}
            </label>
            <label class="check">
                <input type="checkbox" on:change=move |ev| no_quiz.set(event_target_checked(&ev)) />
                " "
                {crate::t!("share-no-quiz")}
            </label>
            <p class="share-teachers">
                {crate::t!("share-teachers-text")}
                " "
                <a href=teachers_address() target="_blank" rel="noopener">{crate::t!("share-teachers-link")}</a>
            </p>
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
            <CopyButton name=crate::t!("share-copy-link") text=Signal::derive(link) />
            <label for="share-snippet">{crate::t!("share-snippet-label")}</label>
            <textarea id="share-snippet" class="share-field" rows="4" readonly prop:value=snippet></textarea>
            <CopyButton
                name=crate::t!("share-copy-snippet")
                text=snippet
                then=Callback::new(move |()| suffix.set(random_suffix()))
            />
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
