//! Moving within the page: links that scroll to a place without touching the URL's fragment
//! (which holds the state), and the lesson after its first section, built after the first
//! screen ([`Rest`]). Used by the lesson, the messages' links and the share dialog's locks.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Something to do later, once.
type Task = Box<dyn FnOnce()>;

/// The lesson after its first section, built after the first screen. The first screen (the
/// header, the contents and section 1 with the first widget) is built, laid out and drawn
/// first; the rest is built in the task after that first frame, so the first widget never waits
/// for the whole page's construction and layout (about 250 ms on a 2-core machine). An embedded
/// widget, a fragment naming a place in the page, or a jump link to a later section builds it
/// at once.
///
/// The rest is built and mounted by hand, beside section 1 under the app's owner (so it sees the
/// app's contexts), rather than by a reactive `move || built.then(...)` in the view: that would
/// compile the whole lesson's update code as well, 37 KB of wasm gzip for a view that is built
/// once and never replaced.
#[derive(Clone, Copy)]
pub struct Rest {
    /// Builds and mounts the rest; taken when it runs.
    pending: StoredValue<Option<Task>, LocalStorage>,
    /// What waits for the rest to be built; `None` once it is.
    waiting: StoredValue<Option<Vec<Task>>, LocalStorage>,
}

impl Rest {
    /// Provides the page's [`Rest`]; `now` builds it as soon as the page is mounted.
    pub fn provide(now: bool) -> Rest {
        let rest = Rest {
            pending: StoredValue::new_local(None),
            waiting: StoredValue::new_local(Some(Vec::new())),
        };
        provide_context(rest);
        if now {
            queue_microtask(move || rest.build());
        } else {
            // The first frame lays out and draws the first screen; the task after it builds the rest.
            request_animation_frame(move || {
                set_timeout(move || rest.build(), std::time::Duration::ZERO);
            });
        }
        rest
    }

    /// Builds the rest of the lesson (if it is not built yet), then runs what waited for it.
    pub fn build(self) {
        if let Some(build) = self.pending.try_update_value(Option::take).flatten() {
            build();
            for then in self
                .waiting
                .try_update_value(Option::take)
                .flatten()
                .unwrap_or_default()
            {
                then();
            }
        }
    }

    /// Sets what builds the rest of the lesson (the lesson gives it as it is built).
    pub fn build_with(self, build: impl FnOnce() + 'static) {
        self.pending.set_value(Some(Box::new(build)));
    }

    /// Runs `then` once the whole lesson is built (at once if it is).
    pub fn when_built(self, then: impl FnOnce() + 'static) {
        if self.waiting.with_value(Option::is_none) {
            then();
        } else {
            self.waiting
                .update_value(|w| w.get_or_insert_default().push(Box::new(then)));
        }
    }
}

/// Scrolls to the element `target` and moves the focus there; false if there is no such element.
fn jump_to(target: &str) -> bool {
    let Some(el) = document().get_element_by_id(target) else {
        return false;
    };
    el.scroll_into_view();
    if let Some(html) = el.dyn_ref::<web_sys::HtmlElement>() {
        // A heading is not focusable until it has a tabindex.
        if !html.has_attribute("tabindex") {
            let _ = html.set_attribute("tabindex", "-1");
        }
        let _ = html.focus();
    }
    true
}

/// A link within the page that scrolls to `target` and moves the focus there, leaving the
/// URL's fragment (the state) alone. A target in a part of the lesson not built yet is built
/// first, and the jump lands in the next frame.
#[component]
pub fn JumpLink(#[prop(into)] target: String, children: Children) -> impl IntoView {
    let rest = use_context::<Rest>();
    view! {
        <a
            href=format!("#{target}")
            on:click=move |ev| {
                ev.prevent_default();
                if !jump_to(&target) && let Some(rest) = rest {
                    rest.build();
                    jump_to(&target);
                }
            }
        >
            {children()}
        </a>
    }
}
