//! Messages the user must see but can dismiss: a corrected URL, a value that was put back in
//! range. Shown politely (not as an alarm), each with a close button.

use leptos::prelude::*;

/// The list of notices in `notices`, with a button to dismiss each and all.
#[component]
pub fn Notices(notices: RwSignal<Vec<String>>) -> impl IntoView {
    view! {
        <Show when=move || notices.with(|n| !n.is_empty())>
            <div class="notices" role="status" aria-live="polite">
                <ul>
                    {move || {
                        notices
                            .get()
                            .into_iter()
                            .map(|text| view! { <li>{text}</li> })
                            .collect_view()
                    }}
                </ul>
                <button
                    type="button"
                    class="button secondary small"
                    on:click=move |_| notices.set(Vec::new())
                >
                    {crate::t!("widget-dismiss")}
                </button>
            </div>
        </Show>
    }
}
