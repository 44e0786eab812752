//! If anything panics, the page must not simply die. The hook logs the panic to the console and
//! lays a message over the page with two ways on: reload with the same settings (they live in
//! the URL, so nothing is lost) or start afresh with the defaults.
//!
//! The release build aborts on panic, so the hook works with plain DOM calls and no reactivity.

use std::panic;

use wasm_bindgen::JsCast;
use wasm_bindgen::JsValue;
use wasm_bindgen::closure::Closure;

/// Installs the hook. Call once, before mounting the app.
pub fn install() {
    panic::set_hook(Box::new(|info| {
        let message = info.to_string();
        web_sys::console::error_1(&JsValue::from_str(&format!(
            "Neuron Lab panicked: {message}"
        )));
        // Before the language's messages have arrived there are no words to show it in: the
        // page's inline script then says the page could not start (in English).
        if crate::i18n::locale().is_none() {
            return;
        }
        // Showing the message is best effort: if the DOM is gone there is nothing more to do.
        let _ = show_message();
    }));
}

/// Lays the message over the page (public so that a component test can check it).
pub fn show_message() -> Result<(), JsValue> {
    let window = web_sys::window().ok_or("no window")?;
    let document = window.document().ok_or("no document")?;
    let body = document.body().ok_or("no body")?;

    let panel = document.create_element("div")?;
    panel.set_class_name("crash");
    panel.set_attribute("role", "alertdialog")?;
    panel.set_attribute("aria-modal", "true")?;
    panel.set_attribute("aria-labelledby", "crash-title")?;
    panel.set_attribute("aria-describedby", "crash-text")?;
    let card = document.create_element("div")?;
    card.set_class_name("crash-card");

    let title = document.create_element("h2")?;
    title.set_id("crash-title");
    title.set_text_content(Some(&crate::t!("panic-title")));
    let text = document.create_element("p")?;
    text.set_id("crash-text");
    text.set_text_content(Some(&crate::t!("panic-text")));
    let reload = button(&document, &crate::t!("panic-reload"), "button", false)?;
    let afresh = button(
        &document,
        &crate::t!("panic-afresh"),
        "button secondary",
        true,
    )?;

    card.append_child(&title)?;
    card.append_child(&text)?;
    card.append_child(&reload)?;
    card.append_child(&afresh)?;
    panel.append_child(&card)?;
    body.append_child(&panel)?;
    if let Some(focusable) = reload.dyn_ref::<web_sys::HtmlElement>() {
        focusable.focus()?;
    }
    Ok(())
}

/// A button that reloads the page, first dropping the URL's fragment (the state) if `afresh`.
fn button(
    document: &web_sys::Document,
    text: &str,
    class: &str,
    afresh: bool,
) -> Result<web_sys::Element, JsValue> {
    let element = document.create_element("button")?;
    element.set_attribute("type", "button")?;
    element.set_attribute("class", class)?;
    element.set_text_content(Some(text));
    let on_click = Closure::<dyn Fn()>::new(move || {
        let Some(window) = web_sys::window() else {
            return;
        };
        let location = window.location();
        if afresh {
            let path = location.pathname().unwrap_or_default();
            let search = location.search().unwrap_or_default();
            if let Ok(history) = window.history() {
                let _ = history.replace_state_with_url(
                    &JsValue::NULL,
                    "",
                    Some(&format!("{path}{search}")),
                );
            }
        }
        let _ = location.reload();
    });
    element.add_event_listener_with_callback("click", on_click.as_ref().unchecked_ref())?;
    // The page is about to be reloaded; the listener lives as long as the page.
    on_click.forget();
    Ok(element)
}
