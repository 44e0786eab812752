//! The SCORM 1.2 API of the course system (LMS) the page runs in: found by the standard search
//! (this window and its parents, then the opener and its parents), and called with strings.

use js_sys::{Function, Reflect};
use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};

/// How many frames up the search goes (the SCORM 1.2 run-time environment's own example uses 7).
const MAX_FRAMES: usize = 7;

/// The LMS's `API` object.
pub struct Lms {
    api: JsValue,
}

/// The `API` object of `start` or one of its parents, if any (a window of another origin
/// throws on access and ends the search there).
fn search(start: JsValue) -> Option<JsValue> {
    let mut w = start;
    for _ in 0..=MAX_FRAMES {
        if w.is_null() || w.is_undefined() {
            return None;
        }
        let api = Reflect::get(&w, &"API".into()).ok()?;
        if api.is_object() && Reflect::has(&api, &"LMSInitialize".into()).unwrap_or(false) {
            return Some(api);
        }
        let parent = Reflect::get(&w, &"parent".into()).ok()?;
        if parent == w {
            return None;
        }
        w = parent;
    }
    None
}

impl Lms {
    /// The API of the LMS that launched the page, if any.
    pub fn find() -> Option<Lms> {
        let win = window();
        search(win.clone().into())
            .or_else(|| search(win.opener().ok()?))
            .map(|api| Lms { api })
    }

    /// Calls `name` with `args`; the answer as a string (empty if it threw or returned nothing).
    fn call(&self, name: &str, args: &[&str]) -> String {
        let Some(f) = Reflect::get(&self.api, &name.into())
            .ok()
            .and_then(|f| f.dyn_into::<Function>().ok())
        else {
            return String::new();
        };
        let args: js_sys::Array = args.iter().map(|a| JsValue::from_str(a)).collect();
        f.apply(&self.api, &args)
            .ok()
            .and_then(|v| v.as_string().or_else(|| v.as_bool().map(|b| b.to_string())))
            .unwrap_or_default()
    }

    /// The LMS's last error, if one is set: `"code: description"`.
    fn last_error(&self) -> Option<String> {
        let code = self.call("LMSGetLastError", &[]);
        let code = code.trim();
        if code.is_empty() || code == "0" {
            return None;
        }
        let text = self.call("LMSGetErrorString", &[code]);
        Some(if text.is_empty() {
            code.to_string()
        } else {
            format!("{code}: {text}")
        })
    }

    /// A call that answers `"true"` on success; otherwise its error.
    fn checked(&self, name: &str, args: &[&str]) -> Result<(), String> {
        let answer = self.call(name, args);
        match self.last_error() {
            Some(e) => Err(e),
            None if answer == "true" => Ok(()),
            None => Err(format!("{name}: {answer}")),
        }
    }

    pub fn initialize(&self) -> Result<(), String> {
        self.checked("LMSInitialize", &[""])
    }

    /// An element's value, or an empty string (an element the LMS does not support).
    pub fn get(&self, element: &str) -> String {
        self.call("LMSGetValue", &[element])
    }

    pub fn set(&self, element: &str, value: &str) -> Result<(), String> {
        self.checked("LMSSetValue", &[element, value])
    }

    pub fn commit(&self) -> Result<(), String> {
        self.checked("LMSCommit", &[""])
    }

    pub fn finish(&self) -> Result<(), String> {
        self.checked("LMSFinish", &[""])
    }
}
