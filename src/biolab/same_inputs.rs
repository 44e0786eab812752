//! The same inputs into both neurons: the explorer's inputs and weights, as the artificial
//! neuron sees them (one number) and as spike trains into an integrate-and-fire neuron (a spike
//! train). Follows the explorer live.

use crate::i18n::fixed;
use leptos::prelude::*;
use neuron_core::bio::compare::{CHARGE_PER_WEIGHT, DRIVE_MS, MAX_INPUT_RATE, drive};

use crate::explorer::ExplorerModel;
use crate::plot::{Train, draw_spike_trains};
use crate::theme::Palette;
use crate::widgets::{PlotCanvas, backend, prefers_dark};

#[component]
pub fn SameInputs(explorer: ExplorerModel) -> impl IntoView {
    let seed = RwSignal::new(1u64);
    let driven = Memo::new(move |_| {
        explorer
            .state
            .with(|s| drive(s.inputs(), s.weights(), s.bias(), seed.get()))
    });
    let dark = prefers_dark();
    let draw = move |canvas: &web_sys::HtmlCanvasElement, scale: f64| {
        let palette = Palette::for_scheme(dark.get());
        let Some(area) = backend(canvas) else {
            return;
        };
        let weights = explorer.state.with(|s| s.weights().to_vec());
        driven.with(|d| {
            let mut trains: Vec<Train> = d
                .input_trains
                .iter()
                .zip(&weights)
                .enumerate()
                .map(|(i, (times, w))| Train {
                    label: crate::t!("bio-train-input", i = i + 1),
                    times,
                    color: if *w < 0.0 {
                        palette.negative
                    } else {
                        palette.positive
                    },
                })
                .collect();
            trains.push(Train {
                label: crate::t!("bio-train-output"),
                times: &d.sweep.spikes,
                color: palette.ink,
            });
            if let Err(e) = draw_spike_trains(&area, &trains, DRIVE_MS, &palette, scale) {
                leptos::logging::warn!("spike trains not drawn: {e}");
            }
        });
    };
    let artificial = move || {
        explorer
            .equation
            .get()
            .map(|e| {
                crate::i18n::localize(&format!(
                    "{}({}) = {}",
                    e.symbol, e.pre_activation, e.output
                ))
            })
            .unwrap_or_default()
    };
    let biological = move || {
        driven.with(|d| {
            crate::t!(
                "bio-same-rate",
                n = d.sweep.spikes.len(),
                ms = fixed(DRIVE_MS, 0),
                hz = fixed(d.rate(), 0),
            )
        })
    };
    let description = Signal::derive(move || {
        driven.with(|d| {
            let inputs: Vec<String> = d
                .input_trains
                .iter()
                .enumerate()
                .map(|(i, t)| crate::t!("bio-same-input-train", i = i + 1, n = t.len()))
                .collect();
            crate::t!(
                "bio-same-description",
                ms = fixed(DRIVE_MS, 0),
                inputs = inputs.join(&crate::t!("bio-list-separator")),
                n = d.sweep.spikes.len(),
                hz = fixed(d.rate(), 0),
            )
        })
    });

    view! {
        <h4 class="panel-title">{crate::t!("bio-same-title")}</h4>
        <p class="panel-note">
            {crate::t!(
                "bio-same-note",
                rate = fixed(MAX_INPUT_RATE, 0),
                charge = fixed(CHARGE_PER_WEIGHT, 0),
            )}
        </p>
        <dl class="readouts two">
            <div>
                <dt>{crate::t!("bio-same-artificial")}</dt>
                <dd>
                    <output aria-live="off" aria-label=crate::t!("bio-same-artificial-output")>
                        {artificial}
                    </output>
                </dd>
            </div>
            <div>
                <dt>{crate::t!("bio-same-lif")}</dt>
                <dd>
                    <output aria-live="off" aria-label=crate::t!("bio-same-biological-output")>
                        {biological}
                    </output>
                </dd>
            </div>
        </dl>
        <PlotCanvas label=crate::t!("bio-same-plot") description=description draw=draw />
        <div class="transport">
            <button
                type="button"
                class="button secondary small"
                on:click=move |_| seed.update(|s| *s = s.wrapping_add(1))
            >
                {crate::t!("bio-same-new-trains")}
            </button>
        </div>
    }
}
