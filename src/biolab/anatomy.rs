//! The anatomy of a neuron, each part labelled with its artificial counterpart, lit by the
//! recording: the cell body brightens as the membrane depolarises, and during playback each
//! spike travels down the axon.

use leptos::prelude::*;

use crate::i18n::fixed;
use crate::runtime::pace;

use super::BioModel;

/// How long a spike takes to travel the drawn axon, ms (slowed to be visible).
const CONDUCTION_MS: f64 = 4.0;
const AXON_START: f64 = 318.0;
const AXON_END: f64 = 590.0;

/// How far along the axon the latest spike has travelled at `t` (0 to 1), if it is on its way.
fn travelling(spikes: &[f64], t: f64) -> Option<f64> {
    spikes
        .iter()
        .rev()
        .find(|s| **s <= t)
        .map(|s| (t - s) / CONDUCTION_MS)
        .filter(|p| (0.0..=1.0).contains(p))
}

#[component]
pub fn Anatomy(model: BioModel) -> impl IntoView {
    let state = move || {
        let (t, v, _) = model.at_playhead();
        let playing_through = t < neuron_core::bio::sweep::SWEEP_MS;
        let spike = if playing_through {
            model.sweep.with(|s| travelling(&s.spikes, t))
        } else {
            None
        };
        (v, spike)
    };
    // Depolarisation from −80 mV (dark) to +40 mV (fully lit).
    let soma_glow = move || ((state().0 + 80.0) / 120.0).clamp(0.05, 1.0);
    let spike_x = move || state().1.map(|p| AXON_START + p * (AXON_END - AXON_START));
    let description = move || {
        let (v, spike) = state();
        crate::t!(
            "bio-anatomy-description",
            v = fixed(v, 1),
            spike = if spike.is_some() {
                "travelling"
            } else {
                "none"
            },
            percent = spike.map_or(String::new(), |p| fixed(p * 100.0, 0)),
        )
    };

    view! {
        <figure class="anatomy" aria-labelledby="anatomy-title">
            <svg viewBox="0 0 640 236" role="img" aria-labelledby="anatomy-title anatomy-desc" class="anatomy-svg">
                <title id="anatomy-title">{crate::t!("bio-anatomy-title")}</title>
                <desc id="anatomy-desc">{pace::text(Box::new(description))}</desc>
                <g class="dendrites">
                    <path d="M30 30 C 110 40, 170 70, 232 92" />
                    <path d="M20 100 C 100 100, 170 100, 226 100" />
                    <path d="M30 170 C 110 160, 170 130, 232 108" />
                    <path d="M80 45 C 90 20, 110 15, 130 12" />
                    <path d="M90 158 C 100 185, 120 190, 140 194" />
                </g>
                <g class="synapses">
                    <circle cx="30" cy="30" r="7" />
                    <circle cx="20" cy="100" r="7" />
                    <circle cx="30" cy="170" r="7" />
                    <circle cx="130" cy="12" r="5" />
                    <circle cx="140" cy="194" r="5" />
                </g>
                <circle class="anatomy-soma-glow" cx="262" cy="100" r="38" fill-opacity=soma_glow />
                <circle class="anatomy-soma" cx="262" cy="100" r="38" />
                <path class="hillock-shape" d="M298 88 L318 96 L318 104 L298 112 Z" />
                <line class="anatomy-axon" x1=AXON_START y1="100" x2=AXON_END y2="100" />
                <g class="myelin">
                    <rect x="340" y="92" width="44" height="16" rx="8" />
                    <rect x="396" y="92" width="44" height="16" rx="8" />
                    <rect x="452" y="92" width="44" height="16" rx="8" />
                    <rect x="508" y="92" width="44" height="16" rx="8" />
                </g>
                <g class="terminals">
                    <path d="M590 100 L620 76 M590 100 L626 100 M590 100 L620 124" />
                    <circle cx="620" cy="76" r="5" />
                    <circle cx="626" cy="100" r="5" />
                    <circle cx="620" cy="124" r="5" />
                </g>
                {move || {
                    spike_x()
                        .map(|x| {
                            view! { <circle class="travelling-spike" cx=x cy="100" r="9" /> }
                        })
                }}
                <g class="anatomy-labels">
                    <text x="95" y="214">{crate::t!("bio-anatomy-dendrites")}</text>
                    <text x="95" y="231" class="artificial">
                        {crate::t!("bio-anatomy-dendrites-artificial")}
                    </text>
                    <text x="262" y="160">{crate::t!("bio-anatomy-soma")}</text>
                    <text x="262" y="177" class="artificial">
                        {crate::t!("bio-anatomy-soma-artificial")}
                    </text>
                    <text x="330" y="38">{crate::t!("bio-anatomy-hillock")}</text>
                    <text x="330" y="55" class="artificial">
                        {crate::t!("bio-anatomy-hillock-artificial")}
                    </text>
                    <text x="470" y="136">{crate::t!("bio-anatomy-axon")}</text>
                    <text x="470" y="153" class="artificial">
                        {crate::t!("bio-anatomy-axon-artificial")}
                    </text>
                </g>
            </svg>
        </figure>
    }
}
