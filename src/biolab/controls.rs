//! The stimulus protocol and the playback: model, stimulus shape, amplitude, pulse width,
//! interval, noise; play, pause, step, speed, and a time slider to scrub through the sweep.

use crate::i18n::fixed;
use leptos::prelude::*;
use neuron_core::ParamSpec;
use neuron_core::bio::sweep::{INTERVAL, Model, NOISE, SWEEP_MS, Stimulus, WIDTH};

use super::BioModel;
use crate::runtime::pace;
use crate::widgets::{Clicker, ParamSlider, PlayButton, StepButton};

const TIME: ParamSpec = ParamSpec {
    min: 0.0,
    max: SWEEP_MS,
    step: 0.05,
    default: SWEEP_MS,
    decimals: 2,
};
/// Playback speeds, simulated ms per real second, and their names.
fn speeds() -> [(String, f64); 3] {
    [
        (crate::t!("bio-speed-slow"), 10.0),
        (crate::t!("bio-speed-normal"), 25.0),
        (crate::t!("bio-speed-fast"), 100.0),
    ]
}

#[component]
pub fn StimulusControls(
    model: BioModel,
    /// Clicks a spike during playback, when the sound is on.
    clicker: StoredValue<Clicker, LocalStorage>,
) -> impl IntoView {
    let protocol = move || model.protocol.get();
    // Only the model: the sliders whose range depends on it are rebuilt when it changes, not
    // at every value (which would replace a slider while it is being dragged).
    let neuron_model = Memo::new(move |_| model.protocol.with(|p| p.model));
    let run = StoredValue::new(0u64);
    let play = move || {
        if model.playing.get_untracked() {
            model.playing.set(false);
        } else {
            model.playing.set(true);
            let mut last = None;
            crate::runtime::animate(model.playing, run, move |now| {
                last = Some(frame(model, clicker, now, last));
            });
        }
    };
    let readout = move || {
        let (t, v, i) = model.at_playhead();
        crate::t!(
            "bio-readout",
            t = fixed(t, 2),
            v = fixed(v, 1),
            i = fixed(i, 1),
            unit = protocol().model.current_unit(),
        )
    };

    view! {
        <h4 class="panel-title">{crate::t!("bio-stimulus-title")}</h4>
        <div class="form-grid" data-group=super::page::STIMULUS.key>
            <label for="bl-model">{crate::t!("bio-model-label")}</label>
            <select
                id="bl-model"
                on:change=move |ev| {
                    if let Some(m) = Model::from_id(&event_target_value(&ev)) {
                        model.set_model(m);
                    }
                }
            >
                {Model::ALL
                    .into_iter()
                    .map(|m| {
                        view! {
                            <option value=m.id() selected=move || protocol().model == m>
                                {crate::words::model_name(m)}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
            <label for="bl-stimulus">{crate::t!("bio-stimulus-label")}</label>
            <select
                id="bl-stimulus"
                on:change=move |ev| {
                    if let Some(s) = Stimulus::from_id(&event_target_value(&ev)) {
                        model.set_stimulus(s);
                    }
                }
            >
                {Stimulus::ALL
                    .into_iter()
                    .map(|s| {
                        view! {
                            <option value=s.id() selected=move || protocol().stimulus == s>
                                {crate::words::stimulus_name(s)}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </div>
        <div class="param-stack stacked" data-group=super::page::STIMULUS.key>
            // The amplitude's range and unit depend on the model: rebuilt when it changes.
            {move || {
                let m = neuron_model.get();
                view! {
                    <ParamSlider
                        label=crate::t!("bio-amplitude-label", unit = m.current_unit())
                        spec=m.amplitude_spec()
                        value=Signal::derive(move || model.protocol.with(|p| p.amplitude))
                        on_change=move |v| model.edit(|p| p.amplitude = v)
                    />
                }
            }}
            <Show when=move || protocol().stimulus != Stimulus::Step>
                <ParamSlider
                    label=crate::t!("bio-width-label")
                    spec=WIDTH
                    value=Signal::derive(move || model.protocol.with(|p| p.width))
                    on_change=move |v| model.edit(|p| p.width = v)
                />
            </Show>
            <Show when=move || matches!(protocol().stimulus, Stimulus::PairedPulse | Stimulus::Train)>
                <ParamSlider
                    label=crate::t!("bio-interval-label")
                    spec=INTERVAL
                    value=Signal::derive(move || model.protocol.with(|p| p.interval))
                    on_change=move |v| model.edit(|p| p.interval = v)
                />
            </Show>
        </div>
        <h4 class="panel-title">{crate::t!("bio-playback")}</h4>
        <div class="transport" data-group=super::page::PLAYBACK.key role="group" aria-label=crate::t!("bio-playback")>
            <PlayButton playing=model.playing play=crate::t!("bio-play") on_press=move |_| play() />
            <StepButton
                playing=model.playing
                label=crate::t!("bio-back")
                on_press=move |_| model.rewind(1.0)
            />
            <StepButton
                playing=model.playing
                label=crate::t!("bio-step")
                on_press=move |_| model.advance(1.0)
            />
            <button type="button" class="button secondary" on:click=move |_| model.next_sweep()>
                {crate::t!("bio-new-sweep")}
            </button>
        </div>
        // The time slider scrubs the playhead: part of the playback.
        <div class="stacked" data-group=super::page::PLAYBACK.key>
        <ParamSlider
            label=crate::t!("bio-time-label")
            spec=TIME
            value=model.playhead
            on_change=move |v| {
                model.playing.set(false);
                model.playhead.set(v);
            }
            spoken=Signal::derive(move || {
                let (t, v, _) = model.at_playhead();
                crate::t!("bio-time-spoken", t = fixed(t, 2), v = fixed(v, 1))
            })
        />
        </div>
        <p class="readout-line" aria-live="off">{pace::text(Box::new(readout))}</p>
        // What the learner's change did to the sweep; during playback (new sweeps come by
        // themselves) it keeps its last sentence.
        <crate::widgets::Announcer outcome=crate::widgets::still_outcome(model.playing, move || {
            model.sweep.with(|s| {
                let summary = neuron_core::bio::sweep::summarize(&protocol(), s);
                crate::words::sweep_outcome(&summary.outcome)
            })
        }) />
    }
}

/// One animation frame of playback at `now` (ms): moves the playhead by `speed × elapsed` since
/// the `last` frame. With reduced motion the trace is not revealed progressively: whole sweeps
/// replace each other, as often as the speed says (`carried` is the simulated time not yet
/// shown). Returns this frame's time and what it carried, for the next.
fn frame(
    model: BioModel,
    clicker: StoredValue<Clicker, LocalStorage>,
    now: f64,
    last: Option<(f64, f64)>,
) -> (f64, f64) {
    let mut carried = 0.0;
    if let Some((last, before)) = last {
        let simulated = (model.speed.get_untracked() * (now - last) / 1000.0).min(SWEEP_MS);
        if reduced_motion() {
            carried = before + simulated;
            if carried >= SWEEP_MS {
                carried -= SWEEP_MS;
                model.next_sweep();
                model.playhead.set(SWEEP_MS);
            }
        } else {
            let before = model.playhead.get_untracked();
            model.advance(simulated);
            let after = model.playhead.get_untracked();
            if model.sound.get_untracked() && after > before {
                // One click per spike the playhead passed, spaced as in (slowed) time.
                let speed = model.speed.get_untracked().max(1.0);
                for t in model.spikes_between(before, after) {
                    clicker.with_value(|c| c.click((t - before) / speed));
                }
            }
        }
    }
    (now, carried)
}

fn reduced_motion() -> bool {
    window()
        .match_media("(prefers-reduced-motion: reduce)")
        .ok()
        .flatten()
        .is_some_and(|q| q.matches())
}

/// The stimulus and playback for later: noise, the spike clicks, the playback speed.
#[component]
pub fn StimulusMore(
    model: BioModel,
    /// The clicker that playback uses.
    clicker: StoredValue<Clicker, LocalStorage>,
) -> impl IntoView {
    let neuron_model = Memo::new(move |_| model.protocol.with(|p| p.model));
    view! {
        <div class="param-stack stacked" data-group=super::page::STIMULUS.key>
            {move || {
                let unit = neuron_model.get().current_unit();
                view! {
                    <ParamSlider
                        label=crate::t!("bio-noise-label", unit = unit)
                        spec=NOISE
                        value=Signal::derive(move || model.protocol.with(|p| p.noise))
                        on_change=move |v| model.edit(|p| p.noise = v)
                    />
                }
            }}
        </div>
        <label class="check">
            <input
                type="checkbox"
                prop:checked=move || model.sound.get()
                on:change=move |ev| {
                    let on = event_target_checked(&ev);
                    let available = !on || clicker.try_update_value(|c| c.enable()).unwrap_or(false);
                    model.sound.set(on && available);
                }
            />
            " "
            {crate::t!("bio-sound")}
        </label>
        <div class="form-grid">
            <label for="bl-speed">{crate::t!("bio-speed-label")}</label>
            <select
                id="bl-speed"
                on:change=move |ev| {
                    if let Ok(v) = event_target_value(&ev).parse::<f64>() {
                        model.speed.set(v);
                    }
                }
            >
                {speeds()
                    .into_iter()
                    .map(|(name, v)| {
                        view! {
                            <option value=v.to_string() selected=move || model.speed.get() == v>
                                {name}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </div>
    }
}
