//! # Neuron Lab
//!
//! The web app: Leptos components that wire the pure model of [`neuron_core`] to controls and
//! plots. Where things live:
//!
//! - [`app`]: the page, its header and the notices;
//! - [`widget_list`]: the one list of widgets, their page contracts and models;
//! - [`lesson`], [`learn`], [`share`]: the narrative, the progress panel and concept check, the
//!   share dialog;
//! - [`explorer`], [`boundary`], [`network`], [`biolab`], [`dendrite`], [`scale`]: the widgets,
//!   each folder with its page contract (`page.rs`), URL part (`url.rs`) and predictions;
//! - [`activity`]: prediction and challenge cards, and the learner's progress;
//! - [`widgets`]: the pieces every widget shares (parameter slider, plot canvas, notices);
//! - [`plot`]: drawing functions, generic over plotters' backends so they can be tested natively;
//! - [`theme`]: the colour-blind-safe palette, one meaning per colour;
//! - [`runtime`]: effects, the animation loop, text pace, visibility, the state in the URL;
//! - [`nav`]: in-page links and the lesson built after the first screen;
//! - [`panic_hook`]: a message instead of a dead page if anything panics;
//! - [`i18n`]: the page's words, one message catalogue per language, and locale numbers;
//! - [`words`]: what the core returns as data (names, notices, descriptions), in words.
//!
//! The modules import in one direction only (`tests/module_layers.rs`).

pub mod activity;
pub mod app;
pub mod bench;
pub mod biolab;
pub mod boundary;
pub mod course;
pub mod dendrite;
pub mod embed;
pub mod explorer;
pub mod i18n;
pub mod learn;
pub mod lesson;
pub mod nav;
pub mod network;
pub mod panic_hook;
pub mod plot;
pub mod runtime;
pub mod scale;
pub mod settings_file;
pub mod share;
pub mod theme;
pub mod widget_list;
pub mod widgets;
/// The core's results (names, notices, descriptions) in words, through the catalogue.
pub mod words;

/// Installs the panic hook, fetches the language's messages, mounts the app on the page's
/// `<body>` once they have arrived, and registers the service worker that keeps the page
/// working offline (`static/sw.js`).
pub fn start() {
    panic_hook::install();
    i18n::load::start(|| {
        // Two roots, not one that chooses: a view that is one of two types is an `AnyView`,
        // which costs about 50 KB of wasm (docs/implementation-notes.md, "Size and speed").
        // A widget's own binary (an embed) has no teachers' page.
        if runtime::visibility::BUILT_FOR.is_none() && activity::options::teachers_page() {
            leptos::mount::mount_to_body(app::TeachersApp);
        } else {
            leptos::mount::mount_to_body(app::App);
        }
        register_service_worker();
    });
}

/// Registers `sw.js` beside the page. Failure (a browser without service workers, a page
/// opened from a file) only means no offline copy.
fn register_service_worker() {
    // A course package has none: the course system serves it.
    if course::in_package() {
        return;
    }
    let Some(window) = web_sys::window() else {
        return;
    };
    // Read through Reflect: in a sandboxed frame (an opaque origin) the getter throws a
    // SecurityError, which a plain binding would let escape.
    let Ok(container) = js_sys::Reflect::get(&window.navigator(), &"serviceWorker".into()) else {
        return;
    };
    let Ok(container) =
        wasm_bindgen::JsCast::dyn_into::<web_sys::ServiceWorkerContainer>(container)
    else {
        return;
    };
    let promise = container.register("./sw.js");
    // Handle the rejection, so that it is not reported as an error.
    let ignore = wasm_bindgen::closure::Closure::<dyn FnMut(wasm_bindgen::JsValue)>::new(|_| {});
    let _ = promise.catch(&ignore);
    ignore.forget();
}
