//! The progress code to hand in, with its Copy button: where a learner ends (after the concept
//! check) and under an embedded widget, whose course page shows no progress panel.

use leptos::prelude::*;
use neuron_core::progress_code;

use crate::activity::Progress;
use crate::widgets::CopyButton;

/// The learner's current progress code and a button that copies it.
#[component]
pub fn ProgressCode() -> impl IntoView {
    let progress = Progress::get();
    let code = Signal::derive(move || progress_code::encode(&progress.record()));
    view! {
        <p class="progress-code">
            {crate::t!("progress-code-label")}
            " "
            <code class="progress-code-value">{code}</code>
        </p>
        <CopyButton name=crate::t!("progress-copy-code") text=code />
    }
}
