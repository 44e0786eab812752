//! Export and import of the page's settings (every widget's state, weights and data included)
//! as a small JSON file: `{"format": "neuron-lab", "version": 1, "state": "<the URL state>"}`.
//! An import goes through the same validation as a link, so a bad value gives a notice, and a
//! file that is not Neuron Lab's gives a clear message and changes nothing.

use leptos::prelude::*;
use neuron_core::query::STATE_VERSION;

/// The largest file the import reads, in bytes: a settings file with 400 points of data is
/// about 20 KB.
const MAX_SETTINGS_BYTES: f64 = 1_000_000.0;

/// The settings file's text for `state`.
pub fn to_json(state: &str) -> String {
    let escaped: String = state
        .chars()
        .flat_map(|c| match c {
            '"' => vec!['\\', '"'],
            '\\' => vec!['\\', '\\'],
            c => vec![c],
        })
        .collect();
    format!(
        "{{\"format\": \"neuron-lab\", \"version\": {STATE_VERSION}, \"state\": \"{escaped}\"}}\n"
    )
}

/// The state in a settings file, or why there is none.
pub fn from_json(text: &str) -> Result<String, String> {
    // Editors on some systems begin a saved file with a byte-order mark, which JSON refuses.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let value = js_sys::JSON::parse(text).map_err(|_| crate::t!("settings-not-json"))?;
    let field = |name: &str| js_sys::Reflect::get(&value, &name.into()).ok();
    if field("format").and_then(|f| f.as_string()).as_deref() != Some("neuron-lab") {
        return Err(crate::t!("settings-not-ours"));
    }
    if field("version").and_then(|v| v.as_f64()) != Some(f64::from(STATE_VERSION)) {
        return Err(crate::t!("settings-other-version"));
    }
    field("state")
        .and_then(|s| s.as_string())
        .filter(|s| s.contains('='))
        .ok_or_else(|| crate::t!("settings-empty"))
}

/// Buttons to export the settings and to import them from a file.
#[component]
pub fn SettingsFile(
    /// The current state, as in the URL.
    #[prop(into)]
    state: Signal<String>,
    /// Applies an imported state.
    #[prop(into)]
    apply: Callback<String>,
) -> impl IntoView {
    let message = RwSignal::new(None::<String>);
    // At a human rate while something animates: the state changes every training frame, and
    // nobody downloads 60 files a second.
    let export_href = Memo::new(move |_| {
        crate::runtime::pace::paced(|| {
            format!(
                "data:application/json;charset=utf-8,{}",
                String::from(js_sys::encode_uri_component(&to_json(&state.get())))
            )
        })
    });
    let on_file =
        move |ev: leptos::ev::Event| {
            let read = crate::runtime::files::read_chosen(&ev, MAX_SETTINGS_BYTES, move |text| {
                match from_json(&text) {
                    Ok(s) => {
                        apply.run(s);
                        message.set(Some(crate::t!("settings-loaded")));
                    }
                    Err(e) => message.set(Some(crate::t!("settings-nothing-loaded", reason = e))),
                }
            });
            if read.is_err() {
                message.set(Some(crate::t!(
                    "settings-nothing-loaded",
                    reason = crate::t!("settings-too-large")
                )));
            }
        };

    view! {
        <div class="settings-file">
            <a class="button secondary small" href=export_href download="neuron-lab-settings.json">
                {crate::t!("settings-export")}
            </a>
            <label class="button secondary small file-label">
                {crate::t!("settings-import")}
                <input type="file" accept="application/json,.json" class="sr-only" on:change=on_file />
            </label>
            <p class="data-message" role="status" aria-live="polite">{move || message.get()}</p>
        </div>
    }
}
