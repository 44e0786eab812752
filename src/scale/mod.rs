//! The scale widget: neurons, synapses and parameters of brains and artificial networks on one
//! logarithmic axis, each bar focusable and read out, with the sources listed; and the energy
//! comparison.

mod page;

pub use page::PAGE;

use crate::i18n::trimmed;
use leptos::prelude::*;
use neuron_core::scale::{ENERGY, ENTRIES, Entry, JOULES_PER_ATP, in_words, picojoules};
use neuron_core::widget::Widget;

const WIDTH: f64 = 800.0;
const ROW: f64 = 30.0;
const LEFT: f64 = 250.0;
const RIGHT: f64 = 700.0;
/// The axis spans 10^2 to 10^15.
const LOG_MIN: f64 = 2.0;
const LOG_MAX: f64 = 15.0;

/// `x` as "1.6 × 10⁵", two significant figures.
fn scientific(x: f64) -> String {
    let p = x.abs().log10().floor() as i32;
    format!(
        "{} × 10{}",
        trimmed(x / 10f64.powi(p), 1),
        neuron_core::format::superscript(p)
    )
}

/// A ratio below one as a fraction, to two significant figures: "1/340".
fn ratio_words(r: f64) -> String {
    let inverse = (1.0 / r).round();
    let rounded = if inverse >= 100.0 {
        (inverse / 10.0).round() * 10.0
    } else {
        inverse
    };
    format!("1/{}", trimmed(rounded, 0))
}

fn x_of(count: f64) -> f64 {
    LEFT + (count.log10() - LOG_MIN) / (LOG_MAX - LOG_MIN) * (RIGHT - LEFT)
}

/// A bar's count with its source: "Human brain: about 86 billion neurons (source: …)".
fn readout_text(e: &Entry) -> String {
    crate::t!(
        "scale-readout",
        system = crate::words::system_name(e.system),
        count = crate::words::large_count_of(in_words(e.count)),
        quantity = crate::words::quantity_name(e.quantity),
        source = crate::words::entry_source(e)
    )
}

#[component]
pub fn Scale() -> impl IntoView {
    let selected = RwSignal::new(None::<usize>);
    let height = ROW * ENTRIES.len() as f64 + 50.0;
    let bars = ENTRIES
        .iter()
        .enumerate()
        .map(|(k, e)| {
            let y = 10.0 + k as f64 * ROW;
            // What a screen reader says on focus: the bar's count and its source, once (the
            // readout under the chart shows the same to the eye and is not a live region).
            let label = readout_text(e);
            view! {
                <g
                    class="scale-bar"
                    id=format!("scale-bar-{k}")
                    class:is-selected=move || selected.get() == Some(k)
                    // One tab stop for the chart; the arrow keys move between its bars.
                    tabindex=move || if selected.get().unwrap_or(0) == k { "0" } else { "-1" }
                    role="img"
                    aria-label=label
                    on:focus=move |_| selected.set(Some(k))
                    on:mouseenter=move |_| selected.set(Some(k))
                    on:keydown=move |ev: leptos::ev::KeyboardEvent| {
                        let next = match ev.key().as_str() {
                            "ArrowDown" | "ArrowRight" => (k + 1).min(ENTRIES.len() - 1),
                            "ArrowUp" | "ArrowLeft" => k.saturating_sub(1),
                            "Home" => 0,
                            "End" => ENTRIES.len() - 1,
                            _ => return,
                        };
                        ev.prevent_default();
                        selected.set(Some(next));
                        // An SVG element's focus(), called by name (web-sys binds it per type).
                        if let Some(bar) = document().get_element_by_id(&format!("scale-bar-{next}"))
                            && let Ok(focus) = js_sys::Reflect::get(&bar, &"focus".into())
                        {
                            let _ = js_sys::Function::from(focus).call0(&bar);
                        }
                    }
                >
                    <text class="scale-label" x=LEFT - 8.0 y=y + 19.0>
                        {crate::t!("scale-bar-name", system = crate::words::system_name(e.system), quantity = crate::words::quantity_name(e.quantity))}
                    </text>
                    <rect
                        class=format!("bar {}", e.quantity.id())
                        x=LEFT
                        y=y + 6.0
                        width=(x_of(e.count) - LEFT).max(2.0)
                        height=ROW - 10.0
                        rx="3"
                    />
                    <text class="scale-value" x=x_of(e.count) + 6.0 y=y + 19.0>
                        {crate::words::large_count(in_words(e.count))}
                    </text>
                </g>
            }
        })
        .collect_view();
    let ticks = (LOG_MIN as i32..=LOG_MAX as i32)
        .step_by(2)
        .map(|p| {
            let x = x_of(10f64.powi(p));
            view! {
                <line class="scale-tick" x1=x x2=x y1="6" y2=height - 36.0 />
                <text class="scale-tick-label" x=x y=height - 20.0>{format!("10{}", neuron_core::format::superscript(p))}</text>
            }
        })
        .collect_view();
    let readout = move || {
        selected
            .get()
            .and_then(|k| ENTRIES.get(k))
            .map(readout_text)
            .unwrap_or_else(|| crate::t!("scale-readout-empty"))
    };

    let energy_rows = ENERGY
        .iter()
        .map(|e| {
            let pj = picojoules(e.joules);
            let how = match e.atp {
                Some(atp) => crate::t!(
                    "scale-energy-from-atp",
                    atp = scientific(atp),
                    joules_per_atp = scientific(JOULES_PER_ATP),
                    pj = trimmed(pj, 3)
                ),
                None => crate::t!("scale-energy-measured"),
            };
            view! {
                <tr>
                    <th scope="row">{crate::words::energy_event(e.event)}</th>
                    <td class="number">{crate::t!("scale-energy-picojoules", pj = trimmed(pj, 3))}</td>
                    <td>{how}<br /><span class="source">{crate::words::energy_source(e.event)}</span></td>
                </tr>
            }
        })
        .collect_view();

    let frame = crate::runtime::visibility::provide_seen(Widget::Scale);
    view! {
        <section node_ref=frame class="widget scale" aria-labelledby="scale-title">
            <header class="widget-header">
                <h3 class="widget-title" id="scale-title">{crate::t!("scale-title")}</h3>
                <p class="lede">
                    {crate::t!("scale-lede")}
                </p>
            </header>
            <div class="panel">
                <svg viewBox=format!("0 0 {WIDTH} {height}") class="scale-chart" role="group" aria-label=crate::t!("scale-chart-label")>
                    {ticks}
                    {bars}
                </svg>
                <p class="step-result" aria-hidden="true">{readout}</p>
            </div>
            <div class="panel widget-explain">
                <h4 class="panel-title">{crate::t!("scale-energy-title")}</h4>
                <table class="compare-table energy-table">
                    <caption>{crate::t!("scale-energy-caption")}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{crate::t!("scale-energy-event")}</th>
                            <th scope="col">{crate::t!("scale-energy-energy")}</th>
                            <th scope="col">{crate::t!("scale-energy-how")}</th>
                        </tr>
                    </thead>
                    <tbody>{energy_rows}</tbody>
                </table>
                <p>
                    {crate::t!(
                        "scale-energy-text",
                        ratio = ratio_words(ENERGY[0].joules / ENERGY[1].joules),
                        spikes = crate::i18n::num((ENERGY[2].joules / ENERGY[1].joules).round(), 0),
                    )}
                </p>
                <details data-group=page::SOURCES.key>
                    <summary>{crate::t!("scale-sources")}</summary>
                    <ul class="sources">
                        {ENTRIES
                            .iter()
                            .map(|e| view! { <li>{crate::t!("scale-source-count", system = crate::words::system_name(e.system), quantity = crate::words::quantity_name(e.quantity), source = crate::words::entry_source(e))}</li> })
                            .collect_view()}
                        <li>{crate::t!("scale-source-brain-power")}</li>
                        <li>{crate::t!("scale-source-gpu")}</li>
                        {ENERGY
                            .iter()
                            .map(|e| view! { <li>{crate::t!("scale-source-energy", event = crate::words::energy_event(e.event), source = crate::words::energy_source(e.event))}</li> })
                            .collect_view()}
                        <li>{crate::t!("scale-source-atp")}</li>
                    </ul>
                </details>
            </div>
        </section>
    }
}
