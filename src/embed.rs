//! Embedding: `index.html?embed=<widget>#<state>` shows one widget without the page around it
//! (the page is built as usual and the stylesheet hides the rest, keyed on the widget frame's
//! class `embedded`, see `runtime::visibility::Frame`: a
//! second, separate view tree for embedding would add tens of KB of wasm; hidden plots are not
//! drawn, so the cost at run time is small),
//! for an `<iframe>` in a course page, and reports its height to the parent page with
//! `postMessage({ type: "neuron-lab:height", height })` so that the iframe can size itself:
//!
//! ```html
//! <iframe id="nl-boundary" src=".../index.html?embed=boundary#v=1&..."
//!   style="width:100%;height:840px;border:0"></iframe>
//! <script>addEventListener('message', e => { const f = document.getElementById('nl-boundary');
//!   if (f && e.source === f.contentWindow && e.data?.type === 'neuron-lab:height')
//!     f.style.height = e.data.height + 'px'; });</script>
//! ```

use leptos::prelude::*;
use neuron_core::query::{get, parse_query};
use neuron_core::widget::Widget;
use wasm_bindgen::JsCast;
use wasm_bindgen::JsValue;
use wasm_bindgen::closure::Closure;

/// What the page's query string asks to embed: `Ok(None)` for the whole lesson, `Err` for a
/// name that is not a widget.
pub fn requested() -> Result<Option<Widget>, String> {
    let search = window().location().search().unwrap_or_default();
    let pairs = parse_query(&search);
    match get(&pairs, "embed") {
        None => Ok(None),
        Some(name) => Widget::parse(name).map(Some).map_err(|_| {
            crate::t!(
                "embed-unknown-widget",
                name = neuron_core::query::quoted(name)
            )
        }),
    }
}

/// Reports the document's height to the parent page whenever it changes.
pub fn report_height() {
    let Some(body) = document().body() else {
        return;
    };
    let send = |height: f64| {
        let message = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&message, &"type".into(), &"neuron-lab:height".into());
        let _ = js_sys::Reflect::set(
            &message,
            &"height".into(),
            &JsValue::from_f64(height.ceil()),
        );
        if let Ok(Some(parent)) = window().parent() {
            // The height is not a secret: any embedding page may know it.
            let _ = parent.post_message(&message, "*");
        }
    };
    let on_resize = Closure::<dyn Fn()>::new(move || {
        let height = document()
            .document_element()
            .map_or(0.0, |e| f64::from(e.scroll_height()));
        send(height);
    });
    if let Ok(observer) = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()) {
        observer.observe(&body);
        // The observer and its callback live as long as the page.
        std::mem::forget(observer);
        on_resize.forget();
    }
}
