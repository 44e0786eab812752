//! The data: presets, noise and seed; the class new points get; a keyboard form to add or
//! remove a point; clear; CSV in and out; and the product feature x1·x2 that rescues XOR.

use leptos::prelude::*;
use neuron_core::ParamSpec;
use neuron_core::dataset::{PLANE_MAX, PLANE_MIN, Preset, to_csv};

use super::BoundaryModel;
use crate::widgets::ParamSlider;

const NOISE: ParamSpec = ParamSpec {
    min: 0.0,
    max: 1.0,
    step: 0.05,
    default: 0.2,
    decimals: 2,
};
const COORD: ParamSpec = ParamSpec {
    min: PLANE_MIN,
    max: PLANE_MAX,
    step: 0.05,
    default: 0.5,
    decimals: 2,
};

#[component]
pub fn DataPanel(model: BoundaryModel) -> impl IntoView {
    let preset = move || model.state.with(|s| s.preset());
    view! {
        <div class="form-grid">
            <label for="bd-data">"Data set"</label>
            <select
                id="bd-data"
                on:change=move |ev| {
                    if let Some(p) = Preset::from_id(&event_target_value(&ev)) {
                        model.set_preset(p);
                    }
                }
            >
                {Preset::ALL
                    .into_iter()
                    .map(|p| {
                        view! {
                            <option value=p.id() selected=move || preset() == Some(p)>
                                {p.name()}
                            </option>
                        }
                    })
                    .collect_view()}
                <option value="custom" disabled=true selected=move || preset().is_none()>
                    "Your own points"
                </option>
            </select>
        </div>
        <label class="check">
            <input
                type="checkbox"
                prop:checked=move || model.state.with(|s| s.product())
                on:change=move |ev| model.set_product(event_target_checked(&ev))
            />
            " Add the feature x₁·x₂ as a third input"
        </label>
        <p class="data-message" role="status" aria-live="polite">
            {move || model.data_message.get()}
        </p>
    }
}

/// The data for later: the seed, the noise, which class a click adds, points by keyboard, and
/// points as CSV.
#[component]
pub fn DataMore(model: BoundaryModel) -> impl IntoView {
    let preset = move || model.state.with(|s| s.preset());
    let new_x1 = RwSignal::new(0.5);
    let new_x2 = RwSignal::new(0.5);
    let csv = RwSignal::new(String::new());
    let seed_text = RwSignal::new(None::<String>);
    view! {
        <div class="form-grid">
            <label for="bd-seed">"Seed"</label>
            <div class="seed-row">
                <input
                    id="bd-seed"
                    type="text"
                    inputmode="numeric"
                    class="param-number"
                    prop:value=move || {
                        seed_text.get().unwrap_or_else(|| model.state.with(|s| s.seed()).to_string())
                    }
                    on:input=move |ev| {
                        let text = event_target_value(&ev);
                        if let Ok(seed) = text.trim().parse::<u64>() {
                            model.set_seed(seed);
                        }
                        seed_text.set(Some(text));
                    }
                    on:change=move |_| seed_text.set(None)
                />
                <button
                    type="button"
                    class="button secondary small"
                    on:click=move |_| model.set_seed(model.state.with_untracked(|s| s.seed()).wrapping_add(1))
                >
                    "New seed"
                </button>
            </div>
        </div>
        <Show when=move || preset().is_some_and(Preset::uses_noise)>
            <ParamSlider
                label="Noise"
                spec=NOISE
                value=Signal::derive(move || model.state.with(|s| s.noise()))
                on_change=move |v| model.set_noise(v)
            />
        </Show>
        <fieldset class="class-choice">
            <legend>"New points are"</legend>
            <label class="check">
                <input
                    type="radio"
                    name="bd-class"
                    prop:checked=move || model.new_class.get()
                    on:change=move |_| model.new_class.set(true)
                />
                " class 1 (blue circle)"
            </label>
            <label class="check">
                <input
                    type="radio"
                    name="bd-class"
                    prop:checked=move || !model.new_class.get()
                    on:change=move |_| model.new_class.set(false)
                />
                " class 0 (vermillion square)"
            </label>
        </fieldset>
        <details class="point-form">
            <summary>"Add or remove a point by keyboard"</summary>
            <ParamSlider label="New point x" sub="1" spec=COORD value=new_x1 on_change=move |v| new_x1.set(v) />
            <ParamSlider label="New point x" sub="2" spec=COORD value=new_x2 on_change=move |v| new_x2.set(v) />
            <div class="transport">
                <button
                    type="button"
                    class="button secondary small"
                    on:click=move |_| model.add_point(new_x1.get_untracked(), new_x2.get_untracked())
                >
                    "Add point"
                </button>
                <button
                    type="button"
                    class="button secondary small"
                    on:click=move |_| {
                        if !model.remove_point_near(new_x1.get_untracked(), new_x2.get_untracked(), 0.15) {
                            model.data_message.set(Some("No point within 0.15 of there to remove.".to_string()));
                        }
                    }
                >
                    "Remove nearest point"
                </button>
            </div>
        </details>
        <div class="transport">
            <button type="button" class="button secondary small" on:click=move |_| model.clear_points()>
                "Clear all points"
            </button>
        </div>
        <details class="csv-form">
            <summary>"Points as CSV"</summary>
            <label for="bd-csv">"One point per line: x1,x2,label (label 0 or 1)"</label>
            <textarea
                id="bd-csv"
                rows="6"
                spellcheck="false"
                prop:value=move || csv.get()
                on:input=move |ev| csv.set(event_target_value(&ev))
            ></textarea>
            <div class="transport">
                <button
                    type="button"
                    class="button secondary small"
                    on:click=move |_| {
                        model.load_csv(&csv.get_untracked());
                    }
                >
                    "Load points"
                </button>
                <button
                    type="button"
                    class="button secondary small"
                    on:click=move |_| csv.set(model.points.with_untracked(|p| to_csv(p)))
                >
                    "Show current points"
                </button>
            </div>
        </details>
    }
}
