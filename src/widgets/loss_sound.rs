//! The loss-as-pitch switch the two training widgets share: a checkbox (off by default), the
//! tone itself while training runs, and a line saying which pitch stands for which loss, so the
//! sound is never the only place the information is.

use leptos::prelude::*;
use crate::i18n::fixed;
use neuron_core::sonify::{HIGH_HZ, LOSS_CEILING, LOSS_FLOOR, LOW_HZ, pitch_for_loss};

use super::sound::Tone;

#[component]
pub fn LossSound(
    /// The loss now, if there is one yet.
    #[prop(into)]
    loss: Signal<Option<f64>>,
    /// Whether training is running; the tone sounds only then.
    #[prop(into)]
    playing: Signal<bool>,
    /// Which loss it is, as the readout names it: "Loss", "Training loss".
    name: &'static str,
) -> impl IntoView {
    let on = RwSignal::new(false);
    let tone = StoredValue::new_local(Tone::default());
    let pitch = move || loss.get().and_then(pitch_for_loss);

    super::effect(Box::new(move || {
        let sounding = if on.get() && playing.get() {
            pitch()
        } else {
            None
        };
        tone.update_value(|t| t.set(sounding));
    }));
    on_cleanup(move || tone.update_value(|t| t.set(None)));

    let readout = move || match (loss.get(), pitch()) {
        (Some(l), Some(hz)) => format!("{name} {} sounds at {} Hz.", fixed(l, 3), fixed(hz, 0)),
        (Some(_), None) => format!("{name} is not a number: no tone."),
        (None, _) => "No loss yet: train to hear it.".to_string(),
    };
    let range = format!(
        "Lower pitch, lower loss: {} Hz for a loss of {} or less, {} Hz for {} or more.",
        fixed(LOW_HZ, 0),
        LOSS_FLOOR,
        fixed(HIGH_HZ, 0),
        LOSS_CEILING
    );

    view! {
        <div class="loss-sound">
            <label class="check">
                <input
                    type="checkbox"
                    prop:checked=move || on.get()
                    on:change=move |ev| {
                        let wanted = event_target_checked(&ev);
                        let available = !wanted
                            || tone.try_update_value(|t| t.enable()).unwrap_or(false);
                        on.set(wanted && available);
                    }
                />
                " Sound: a tone that falls as the loss falls"
            </label>
            <p class="panel-note tone-readout" hidden=move || !on.get()>
                {super::pace::text(Box::new(move || if on.get() { readout() } else { String::new() }))}
                " "
                {range}
            </p>
        </div>
    }
}
