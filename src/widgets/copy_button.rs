//! A "Copy" button for a field the learner or teacher takes elsewhere (a link, an embed code, a
//! progress code), which says once that it copied.

use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};

/// Puts `text` on the clipboard: the asynchronous Clipboard API where the page may use it (a
/// secure context), else the selection of a scratch field and the `copy` command (a page opened
/// from a file). Whether it worked.
fn copy(text: &str) -> bool {
    let navigator = window().navigator();
    if let Ok(clipboard) = js_sys::Reflect::get(&navigator, &"clipboard".into())
        && let Ok(write) = js_sys::Reflect::get(&clipboard, &"writeText".into())
        && let Ok(write) = write.dyn_into::<js_sys::Function>()
        && write.call1(&clipboard, &JsValue::from_str(text)).is_ok()
    {
        return true;
    }
    let Ok(scratch) = document().create_element("textarea") else {
        return false;
    };
    let Ok(scratch) = scratch.dyn_into::<web_sys::HtmlTextAreaElement>() else {
        return false;
    };
    scratch.set_value(text);
    let _ = scratch.set_attribute("class", "sr-only");
    let Some(body) = document().body() else {
        return false;
    };
    let _ = body.append_child(&scratch);
    scratch.select();
    let copied = js_sys::Reflect::get(&document(), &"execCommand".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
        .and_then(|f| f.call1(&document(), &"copy".into()).ok())
        .and_then(|v| v.as_bool())
        .unwrap_or(false);
    scratch.remove();
    copied
}

/// A button that copies `text` (read when pressed), named "Copy <what>", and a polite status
/// that says "Copied." (or that the browser refused, with the field to copy by hand) once.
/// `then` runs after each press (to make the next copy differ, say).
#[component]
pub fn CopyButton(
    /// What it copies, for its accessible name: "Copy the link".
    #[prop(into)]
    name: String,
    #[prop(into)] text: Signal<String>,
    #[prop(optional, into)] then: Option<Callback<()>>,
) -> impl IntoView {
    let said = RwSignal::new(String::new());
    view! {
        <span class="copy">
            <button
                type="button"
                class="button secondary small"
                aria-label=name
                on:click=move |_| {
                    let ok = copy(&text.get_untracked());
                    said.set(if ok { crate::t!("copy-done") } else { crate::t!("copy-failed") });
                    if let Some(then) = then {
                        then.run(());
                    }
                }
            >
                {crate::t!("copy-button")}
            </button>
            <span class="copy-status" role="status" aria-live="polite">{move || said.get()}</span>
        </span>
    }
}
