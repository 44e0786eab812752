//! Reading the file a learner or teacher chose in an `<input type="file">`.

use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;

/// The file chosen in `ev` (a file input's `change`) was larger than the limit: nothing was read.
pub struct TooLarge;

/// Reads the file chosen in the file input whose `change` event is `ev` as text, then calls
/// `then` with it; refuses a file larger than `max_bytes` without reading it. The input is
/// cleared, so choosing the same file again reads it again. `Ok` too when nothing was chosen.
pub fn read_chosen(
    ev: &web_sys::Event,
    max_bytes: f64,
    then: impl FnOnce(String) + 'static,
) -> Result<(), TooLarge> {
    let Some(input) = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
    else {
        return Ok(());
    };
    let Some(file) = input.files().and_then(|f| f.get(0)) else {
        return Ok(());
    };
    input.set_value("");
    if file.size() > max_bytes {
        return Err(TooLarge);
    }
    let on_text = Closure::once(move |text: wasm_bindgen::JsValue| {
        then(text.as_string().unwrap_or_default());
    });
    let _ = file.text().then(&on_text);
    // Kept until the promise calls it (once).
    on_text.forget();
    Ok(())
}
