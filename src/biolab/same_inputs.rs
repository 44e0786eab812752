//! The same inputs into both neurons: the explorer's inputs and weights, as the artificial
//! neuron sees them (one number) and as spike trains into an integrate-and-fire neuron (a spike
//! train). Follows the explorer live.

use leptos::prelude::*;
use neuron_core::bio::compare::{CHARGE_PER_WEIGHT, DRIVE_MS, MAX_INPUT_RATE, drive};
use crate::i18n::fixed;

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
                    label: format!("input x{}", i + 1),
                    times,
                    color: if *w < 0.0 {
                        palette.negative
                    } else {
                        palette.positive
                    },
                })
                .collect();
            trains.push(Train {
                label: "output".to_string(),
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
            .map(|e| format!("{}({}) = {}", e.symbol, e.pre_activation, e.output))
            .unwrap_or_default()
    };
    let biological = move || {
        driven.with(|d| {
            format!(
                "{} spikes in {} ms: {} Hz",
                d.sweep.spikes.len(),
                fixed(DRIVE_MS, 0),
                fixed(d.rate(), 0)
            )
        })
    };
    let description = Signal::derive(move || {
        driven.with(|d| {
            let inputs: Vec<String> = d
                .input_trains
                .iter()
                .enumerate()
                .map(|(i, t)| format!("input x{} fires {} spikes", i + 1, t.len()))
                .collect();
            format!(
                "Spike trains over {} ms: {}; the integrate-and-fire neuron answers with {} spikes ({} Hz).",
                fixed(DRIVE_MS, 0),
                inputs.join(", "),
                d.sweep.spikes.len(),
                fixed(d.rate(), 0)
            )
        })
    });

    view! {
        <h4 class="panel-title">"Same inputs, two neurons"</h4>
        <p class="panel-note">
            {format!(
                "The explorer's neuron above, both ways. Each input xᵢ becomes a random (Poisson) spike train at xᵢ × {} Hz; each weight wᵢ the current each of its spikes injects (wᵢ × {} nA, negative: inhibitory); the bias a constant current. Change the explorer and watch both answers.",
                fixed(MAX_INPUT_RATE, 0),
                fixed(CHARGE_PER_WEIGHT, 0),
            )}
        </p>
        <dl class="readouts two">
            <div>
                <dt>"Artificial neuron"</dt>
                <dd><output aria-live="off" aria-label="Artificial neuron output">{artificial}</output></dd>
            </div>
            <div>
                <dt>"Integrate-and-fire neuron"</dt>
                <dd><output aria-live="off" aria-label="Biological neuron output">{biological}</output></dd>
            </div>
        </dl>
        <PlotCanvas label="Input and output spike trains" description=description draw=draw />
        <div class="transport">
            <button
                type="button"
                class="button secondary small"
                on:click=move |_| seed.update(|s| *s = s.wrapping_add(1))
            >
                "New random spike trains"
            </button>
        </div>
    }
}
