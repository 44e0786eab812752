//! The header's language menu: each language named in itself. Choosing one reloads the page
//! in that language with `?lang=`; the state is in the URL's fragment, so nothing is lost.

use leptos::prelude::*;

/// The languages the page has a file for, `(tag, name in itself)`, from the list in the page
/// (`<script id="languages">` in `index.html`: adding a language adds a line there).
pub fn languages() -> Vec<(String, String)> {
    let Some(list) = document()
        .get_element_by_id("languages")
        .and_then(|e| e.text_content())
    else {
        return vec![("en".into(), "English".into())];
    };
    let Ok(parsed) = js_sys::JSON::parse(&list) else {
        return vec![("en".into(), "English".into())];
    };
    js_sys::Object::entries(&parsed.into())
        .iter()
        .filter_map(|entry| {
            let pair = js_sys::Array::from(&entry);
            let tag = pair.get(0).as_string()?;
            let name = js_sys::Reflect::get(&pair.get(1), &"name".into())
                .ok()?
                .as_string()?;
            Some((tag, name))
        })
        .collect()
}

/// The page's address with `?lang=tag` (and every other query parameter and the fragment kept).
fn address_in(tag: &str) -> String {
    let location = window().location();
    let search = location.search().unwrap_or_default();
    let mut params: Vec<&str> = search
        .trim_start_matches('?')
        .split('&')
        .filter(|p| !p.is_empty() && !p.starts_with("lang="))
        .collect();
    let lang = format!("lang={tag}");
    params.push(&lang);
    format!(
        "{}?{}{}",
        location.pathname().unwrap_or_default(),
        params.join("&"),
        location.hash().unwrap_or_default()
    )
}

/// The language menu.
#[component]
pub fn LanguageMenu() -> impl IntoView {
    let current = super::lang();
    let options = languages()
        .into_iter()
        .map(|(tag, name)| {
            let selected = tag == current;
            view! { <option value=tag.clone() lang=tag selected=selected>{name}</option> }
        })
        .collect_view();
    view! {
        <label class="language-menu">
            <span>{crate::t!("language-menu")}</span>
            <select on:change=move |ev| {
                let tag = event_target_value(&ev);
                if tag != current {
                    crate::runtime::url_state::flush();
                    let _ = window().location().set_href(&address_in(&tag));
                }
            }>
                {options}
                {(current == super::pseudo::TAG).then(|| view! {
                    <option value=current selected=true>"en-XA"</option>
                })}
            </select>
        </label>
    }
}
