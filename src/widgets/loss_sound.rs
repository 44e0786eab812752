//! The loss-as-pitch switch the two training widgets share: a checkbox (off by default), the
//! tone itself while training runs, and a line saying which pitch stands for which loss, so the
//! sound is never the only place the information is.

use crate::i18n::{fixed, trimmed};
use leptos::prelude::*;
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
    #[prop(into)]
    name: String,
) -> impl IntoView {
    let on = RwSignal::new(false);
    let tone = StoredValue::new_local(Tone::default());
    let pitch = move || loss.get().and_then(pitch_for_loss);

    crate::runtime::effect(Box::new(move || {
        let sounding = if on.get() && playing.get() {
            pitch()
        } else {
            None
        };
        tone.update_value(|t| t.set(sounding));
    }));
    on_cleanup(move || tone.update_value(|t| t.set(None)));

    let readout = move || match (loss.get(), pitch()) {
        (Some(l), Some(hz)) => crate::t!(
            "widget-loss-tone",
            name = &name,
            loss = fixed(l, 3),
            hz = fixed(hz, 0)
        ),
        (Some(_), None) => crate::t!("widget-loss-not-a-number", name = &name),
        (None, _) => crate::t!("widget-loss-none"),
    };
    let range = crate::t!(
        "widget-loss-range",
        low = fixed(LOW_HZ, 0),
        floor = trimmed(LOSS_FLOOR, 6),
        high = fixed(HIGH_HZ, 0),
        ceiling = trimmed(LOSS_CEILING, 6)
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
                " "
                {crate::t!("widget-loss-sound")}
            </label>
            <p class="panel-note tone-readout" hidden=move || !on.get()>
                {crate::runtime::pace::text(Box::new(move || if on.get() { readout() } else { String::new() }))}
                " "
                {range}
            </p>
        </div>
    }
}
