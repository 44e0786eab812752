//! What is on screen, and how big it is, without ever asking the page for its layout.
//!
//! An `IntersectionObserver` says whether an element is in (or near) the viewport and a
//! `ResizeObserver` gives its size; the browser computes both as part of its own rendering
//! step, so reading them never forces a layout. A widget out of view draws nothing and
//! updates no text; when it comes back, its effects re-run and show the current state.

use leptos::html::ElementType;
use leptos::prelude::*;
use neuron_core::widget::Widget;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use web_sys::{
    Element, IntersectionObserver, IntersectionObserverEntry, IntersectionObserverInit,
    ResizeObserver, ResizeObserverEntry,
};

/// How far outside the viewport an element still counts as seen: it is drawn just before it
/// scrolls in, so it is never blank when it arrives.
const MARGIN: &str = "400px 0px";

/// Whether a widget is in view. Provided as context by each widget's frame, read by its text
/// (see [`crate::runtime::pace`]) and plots.
#[derive(Clone, Copy)]
pub struct Seen(pub Signal<bool>);

/// The widget's [`Seen`], or "always seen" outside a widget (a component test).
///
/// Call it in a component's body, never in a closure that runs later (a `move || view! {…}`):
/// Leptos builds such closures after every widget's body has run, and a context lookup then
/// finds the last widget's `Seen`, not this one's. Capture it first and pass it in.
pub fn seen() -> Signal<bool> {
    use_context::<Seen>().map_or_else(|| Signal::stored(true), |s| s.0)
}

/// Watches the element behind `node`: `seen` follows whether it is near the viewport and, if
/// given, `size` its content box in CSS pixels. The observers are dropped with the owner.
pub fn watch<E>(node: NodeRef<E>, seen: RwSignal<bool>, size: Option<RwSignal<(f64, f64)>>)
where
    E: ElementType,
    E::Output: JsCast + Clone + 'static,
{
    // Only this is generic; the work is done once for every element type.
    crate::runtime::effect(Box::new(move || {
        if let Some(element) = node.get() {
            observe(element.unchecked_into(), seen, size);
        }
    }));
}

fn observe(element: Element, seen: RwSignal<bool>, size: Option<RwSignal<(f64, f64)>>) {
    let on_intersect = Closure::<dyn Fn(js_sys::Array)>::new(move |entries: js_sys::Array| {
        // The last entry is the newest state of the one element observed.
        if let Some(entry) = entries
            .pop()
            .dyn_ref::<IntersectionObserverEntry>()
            .map(IntersectionObserverEntry::is_intersecting)
            && seen.get_untracked() != entry
        {
            seen.set(entry);
        }
    });
    let options = IntersectionObserverInit::new();
    options.set_root_margin(MARGIN);
    let Ok(intersections) =
        IntersectionObserver::new_with_options(on_intersect.as_ref().unchecked_ref(), &options)
    else {
        // No observer (a very old browser): everything counts as seen.
        seen.set(true);
        return;
    };
    intersections.observe(&element);

    let resizes = size.and_then(|size| {
        let on_resize = Closure::<dyn Fn(js_sys::Array)>::new(move |entries: js_sys::Array| {
            if let Some(rect) = entries
                .pop()
                .dyn_ref::<ResizeObserverEntry>()
                .map(ResizeObserverEntry::content_rect)
            {
                let new = (rect.width(), rect.height());
                if size.get_untracked() != new {
                    size.set(new);
                }
            }
        });
        let observer = ResizeObserver::new(on_resize.as_ref().unchecked_ref()).ok()?;
        observer.observe(&element);
        Some((observer, on_resize))
    });

    let kept = send_wrapper::SendWrapper::new((intersections, on_intersect, resizes));
    on_cleanup(move || {
        let (intersections, _, resizes) = &*kept;
        intersections.disconnect();
        if let Some((observer, _)) = resizes {
            observer.disconnect();
        }
    });
}

thread_local! {
    /// The widget on the first screen, and whether it is embedded alone (see [`set_first_screen`]).
    static FIRST_SCREEN: std::cell::Cell<Option<(Widget, bool)>> = const { std::cell::Cell::new(None) };
}

/// Names the widget on the first screen: the whole lesson's first widget, or the one an embed
/// link shows (`embedded`). It counts as seen from the start, so it is drawn in the first
/// frame; the others wait for the `IntersectionObserver`, whose first report arrives as a task
/// after the first paint (about 100 ms later).
pub fn set_first_screen(widget: Widget, embedded: bool) {
    FIRST_SCREEN.with(|f| f.set(Some((widget, embedded))));
}

/// The one widget this binary is built for, or `None` for the whole lesson's binary.
///
/// An embed link (`?embed=<id>`) loads a binary of its widget alone where the build made one
/// (`--features only-<id>`, scripts/build-embeds.sh): it compiles no other widget, prediction,
/// concept check or lesson text, because [`builds`] and [`embedding`] are then constants and
/// the compiler drops every view they turn off.
pub const BUILT_FOR: Option<Widget> = if cfg!(feature = "only-neuron") {
    Some(Widget::Neuron)
} else if cfg!(feature = "only-explorer") {
    Some(Widget::Explorer)
} else if cfg!(feature = "only-boundary") {
    Some(Widget::Boundary)
} else if cfg!(feature = "only-layers") {
    Some(Widget::Layers)
} else if cfg!(feature = "only-bridge") {
    Some(Widget::Bridge)
} else if cfg!(feature = "only-dendrite") {
    Some(Widget::Dendrite)
} else if cfg!(feature = "only-timing") {
    Some(Widget::Timing)
} else if cfg!(feature = "only-scale") {
    Some(Widget::Scale)
} else {
    None
};

/// `Some(view)` where the whole lesson shows it (not in an embed): `in_lesson!(view! { … })`.
/// In a widget's own binary it is `None` of another type, so the view's code is not compiled
/// at all (a `bool::then` would only skip building it: its type's code would stay).
#[macro_export]
macro_rules! in_lesson {
    ($view:expr) => {{
        #[cfg(not(feature = "widget-alone"))]
        let view = (!$crate::runtime::visibility::embedding()).then(|| $view);
        #[cfg(feature = "widget-alone")]
        let view: Option<()> = None;
        view
    }};
}

/// `Some(view)` where the page builds `widget` (see [`builds`]):
/// `with_widget!(Widget::Layers, "only-layers", view! { … })`. A widget's own binary compiles
/// only its widget's view.
#[macro_export]
macro_rules! with_widget {
    ($widget:expr, $feature:literal, $view:expr) => {{
        #[cfg(any(not(feature = "widget-alone"), feature = $feature))]
        let view = $crate::runtime::visibility::builds($widget).then(|| $view);
        #[cfg(all(feature = "widget-alone", not(feature = $feature)))]
        let view: Option<()> = None;
        view
    }};
}

/// Whether this binary has `widget` at all: the whole lesson's has every one, a widget's own
/// binary only its widget.
#[inline(always)]
pub const fn compiled(widget: Widget) -> bool {
    match BUILT_FOR {
        Some(only) => only as u8 == widget as u8,
        None => true,
    }
}

/// Whether the page builds `widget`: every widget, unless an embed link shows another one (an
/// embed builds its own widget and the lesson's bare structure, nothing a learner cannot see).
#[inline(always)]
pub fn builds(widget: Widget) -> bool {
    match BUILT_FOR {
        Some(only) => only as u8 == widget as u8,
        None => FIRST_SCREEN.with(|f| !matches!(f.get(), Some((shown, true)) if shown != widget)),
    }
}

/// Whether the page shows one widget alone (`?embed=`): then it builds no prediction, concept
/// check, lesson text or other part of the page around the widget.
#[inline(always)]
pub fn embedding() -> bool {
    BUILT_FOR.is_some() || FIRST_SCREEN.with(|f| matches!(f.get(), Some((_, true))))
}

/// Makes `widget`, being built, watch its own frame: returns the `node_ref` for its
/// `<section>` and provides its [`Seen`] to everything inside it. Once mounted, the frame gets
/// `data-widget` (the widget's id) and, when it is the one an embed link shows, the class
/// `embedded` (the stylesheet then shows it alone). Set here, once for every widget, rather
/// than as attributes in each widget's view. The frame is mounted and marked before the first
/// paint, so an embed never shows another widget.
pub fn provide_seen(widget: Widget) -> NodeRef<leptos::html::Section> {
    let node = NodeRef::<leptos::html::Section>::new();
    let first = FIRST_SCREEN.with(std::cell::Cell::get);
    let seen = RwSignal::new(first.is_some_and(|(w, _)| w == widget));
    watch(node, seen, None);
    provide_context(Seen(seen.into()));
    let embedded = first == Some((widget, true));
    crate::runtime::effect(Box::new(move || {
        if let Some(frame) = node.get() {
            let _ = frame.set_attribute("data-widget", widget.id());
            if embedded {
                let _ = frame.class_list().add_1("embedded");
            }
        }
    }));
    node
}
