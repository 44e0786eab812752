//! Fetching the language's messages before the first render.
//!
//! The page's inline script (`index.html`) chooses the language as soon as the page arrives
//! (`?lang=`, else the browser's languages, else English) and starts fetching
//! `locales/<lang>.ftl` while the wasm is still downloading; it leaves what it chose in
//! `window.neuronLabLocale`. [`start`] waits for that text, installs it, and only then mounts
//! the app, so the page never shows another language first. A missing file falls back to
//! English with a notice.

use std::cell::RefCell;

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

thread_local! {
    static NOTICE: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// What the page's inline script chose.
struct Choice {
    lang: String,
    /// A `?lang=` the page has no file for.
    unknown: Option<String>,
    text: Option<js_sys::Promise>,
}

fn choice() -> Choice {
    let global = js_sys::global();
    let found = js_sys::Reflect::get(&global, &"neuronLabLocale".into()).unwrap_or_default();
    let field = |name: &str| js_sys::Reflect::get(&found, &name.into()).ok();
    let string = |name: &str| field(name).and_then(|v| v.as_string());
    Choice {
        lang: string("lang").unwrap_or_else(|| "en".to_string()),
        unknown: string("unknown"),
        text: field("text").and_then(|v| v.dyn_into::<js_sys::Promise>().ok()),
    }
}

/// The text of `locales/<file>.ftl`.
async fn fetch(file: &str) -> Result<String, JsValue> {
    let window = web_sys::window().ok_or("no window")?;
    let response = JsFuture::from(window.fetch_with_str(&format!("./locales/{file}.ftl"))).await?;
    let response: web_sys::Response = response.dyn_into()?;
    if !response.ok() {
        return Err(format!("{file}.ftl: HTTP {}", response.status()).into());
    }
    let text = JsFuture::from(response.text()?).await?;
    text.as_string().ok_or_else(|| "not text".into())
}

/// Fetches the language's messages, installs them, sets `<html lang>`, then calls `mount`.
pub fn start(mount: impl FnOnce() + 'static) {
    wasm_bindgen_futures::spawn_local(async move {
        let choice = choice();
        let mut lang = choice.lang;
        let fetched = match choice.text {
            Some(promise) => JsFuture::from(promise)
                .await
                .ok()
                .and_then(|v| v.as_string()),
            None => fetch(super::pseudo::base(&lang)).await.ok(),
        };
        let text = match fetched {
            Some(text) => text,
            None if lang != "en" => {
                let failed = std::mem::replace(&mut lang, "en".to_string());
                NOTICE.with(|n| *n.borrow_mut() = Some(failed));
                fetch("en").await.unwrap_or_default()
            }
            None => String::new(),
        };
        if let Some(unknown) = choice.unknown {
            NOTICE.with(|n| *n.borrow_mut() = Some(unknown));
        }
        super::install(&lang, &text);
        if let Some(root) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
        {
            let _ = root.set_attribute("lang", &lang);
        }
        if let Some(l) = super::locale() {
            for e in l.catalogue.errors() {
                web_sys::console::warn_1(
                    &format!("{lang}.ftl line {}: {}", e.line, e.message).into(),
                );
            }
        }
        mount();
    });
}

/// The notice for a language asked for but not available, if there was one.
pub fn notice() -> Option<String> {
    NOTICE.with(|n| n.borrow().clone()).map(|asked| {
        crate::t!(
            "notice-language-unavailable",
            lang = neuron_core::query::quoted(&asked)
        )
    })
}
