//! The data: presets, noise and seed; the class new points get; a keyboard form to add or
//! remove a point; clear; CSV in and out; and the product feature x1·x2 that rescues XOR.

use leptos::prelude::*;
use neuron_core::ParamSpec;
use neuron_core::dataset::{PLANE_MAX, PLANE_MIN, Preset, to_csv};

use super::BoundaryModel;
use crate::i18n::trimmed;
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

/// How near a point must be to the keyboard form's position to be removed.
const REMOVE_RADIUS: f64 = 0.15;

#[component]
pub fn DataPanel(model: BoundaryModel) -> impl IntoView {
    let preset = move || model.state.with(|s| s.preset());
    // The product feature adds or drops a weight: not while a link locks the weights.
    let weights_locked = crate::widgets::locked(&super::page::WEIGHTS);
    view! {
        <div class="form-grid">
            <label for="bd-data">{crate::t!("boundary-data-set")}</label>
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
                                {crate::words::preset_name(p)}
                            </option>
                        }
                    })
                    .collect_view()}
                <option value="custom" disabled=true selected=move || preset().is_none()>
                    {crate::t!("boundary-own-points")}
                </option>
            </select>
        </div>
        <label class="check">
            <input
                type="checkbox"
                prop:checked=move || model.state.with(|s| s.product())
                disabled=weights_locked
                title=weights_locked.then(|| crate::t!("share-locked-title"))
                on:change=move |ev| {
                    if !weights_locked {
                        model.set_product(event_target_checked(&ev));
                    }
                }
            />
            " "
            {crate::t!("boundary-product-feature")}
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
    let seed_text = RwSignal::new(None::<String>);
    view! {
        <div class="form-grid">
            <label for="bd-seed">{crate::t!("boundary-seed")}</label>
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
                    {crate::t!("boundary-new-seed")}
                </button>
            </div>
        </div>
        <Show when=move || preset().is_some_and(Preset::uses_noise)>
            <ParamSlider
                label=crate::t!("boundary-noise")
                spec=NOISE
                value=Signal::derive(move || model.state.with(|s| s.noise()))
                on_change=move |v| model.set_noise(v)
            />
        </Show>
        <fieldset class="class-choice">
            <legend>{crate::t!("boundary-new-points-are")}</legend>
            <label class="check">
                <input
                    type="radio"
                    name="bd-class"
                    prop:checked=move || model.new_class.get()
                    on:change=move |_| model.new_class.set(true)
                />
                " "
                {crate::t!("boundary-new-class-1")}
            </label>
            <label class="check">
                <input
                    type="radio"
                    name="bd-class"
                    prop:checked=move || !model.new_class.get()
                    on:change=move |_| model.new_class.set(false)
                />
                " "
                {crate::t!("boundary-new-class-0")}
            </label>
        </fieldset>
        <details class="point-form">
            <summary>{crate::t!("boundary-point-form")}</summary>
            <ParamSlider
                label=crate::t!("boundary-new-point")
                sub="1"
                spec=COORD
                value=new_x1
                on_change=move |v| new_x1.set(v)
            />
            <ParamSlider
                label=crate::t!("boundary-new-point")
                sub="2"
                spec=COORD
                value=new_x2
                on_change=move |v| new_x2.set(v)
            />
            <div class="transport">
                <button
                    type="button"
                    class="button secondary small"
                    on:click=move |_| model.add_point(new_x1.get_untracked(), new_x2.get_untracked())
                >
                    {crate::t!("boundary-add-point")}
                </button>
                <button
                    type="button"
                    class="button secondary small"
                    on:click=move |_| {
                        let (x1, x2) = (new_x1.get_untracked(), new_x2.get_untracked());
                        if !model.remove_point_near(x1, x2, REMOVE_RADIUS) {
                            let radius = trimmed(REMOVE_RADIUS, 2);
                            model.data_message.set(Some(crate::t!("boundary-no-point-near", radius = radius)));
                        }
                    }
                >
                    {crate::t!("boundary-remove-point")}
                </button>
            </div>
        </details>
        <div class="transport">
            <button type="button" class="button secondary small" on:click=move |_| model.clear_points()>
                {crate::t!("boundary-clear-points")}
            </button>
        </div>
        {crate::widgets::csv_box(
            "bd-csv",
            crate::t!("boundary-csv"),
            crate::t!("boundary-csv-label"),
            move |text| {
                model.load_csv(&text);
            },
            move || model.points.with_untracked(|p| to_csv(p)),
            false,
        )}
    }
}
