//! The input features: x₁, x₂, x₁², x₂², x₁x₂, sin 2πx₁ and sin 2πx₂, each switched on and off,
//! each with a small picture of what it feeds in (its value over the plane, blue high and
//! vermillion low).

use leptos::prelude::*;
use neuron_core::dataset::{PLANE_MAX, PLANE_MIN};
use neuron_core::features::{Feature, Features};
use wasm_bindgen::Clamped;
use web_sys::{HtmlCanvasElement, ImageData};

use super::NetModel;
use crate::plot::heat_color;
use crate::theme::Palette;
use crate::widgets::prefers_dark;

/// Cells a side of a feature's picture.
const PICTURE_CELLS: usize = 24;

/// A feature's name as written in mathematics (the same in every language).
pub fn symbol(f: Feature) -> &'static str {
    match f {
        Feature::X1 => "x₁",
        Feature::X2 => "x₂",
        Feature::X1Squared => "x₁²",
        Feature::X2Squared => "x₂²",
        Feature::Product => "x₁x₂",
        Feature::SinX1 => "sin 2πx₁",
        Feature::SinX2 => "sin 2πx₂",
    }
}

/// The feature's values over the plane as RGBA pixels, row 0 at the top, scaled from its least
/// (vermillion) to its greatest (blue) value.
fn picture(f: Feature, palette: &Palette) -> Vec<u8> {
    let n = PICTURE_CELLS;
    let step = (PLANE_MAX - PLANE_MIN) / n as f64;
    let values: Vec<f64> = (0..n * n)
        .map(|k| {
            let (row, col) = (k / n, k % n);
            let x1 = PLANE_MIN + (col as f64 + 0.5) * step;
            let x2 = PLANE_MAX - (row as f64 + 0.5) * step;
            f.value(x1, x2)
        })
        .collect();
    let lo = values.iter().copied().fold(f64::INFINITY, f64::min);
    let hi = values.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    let span = (hi - lo).max(1e-9);
    values
        .iter()
        .flat_map(|v| {
            // Pale, as the plane's heatmap is.
            let c = heat_color((v - lo) / span, palette);
            [c.0, c.1, c.2, 255]
        })
        .collect()
}

/// Paints `f`'s picture on `canvas`.
fn paint(canvas: &HtmlCanvasElement, f: Feature, palette: &Palette) {
    let n = PICTURE_CELLS as u32;
    canvas.set_width(n);
    canvas.set_height(n);
    let Some(ctx) = crate::widgets::context_2d(canvas) else {
        return;
    };
    let rgba = picture(f, palette);
    if let Ok(image) = ImageData::new_with_u8_clamped_array_and_sh(Clamped(&rgba), n, n) {
        let _ = ctx.put_image_data(&image, 0.0, 0.0);
    }
}

/// The seven features as checkboxes with their pictures; at least one stays on.
#[component]
pub fn FeatureChoice(model: NetModel) -> impl IntoView {
    let features = Memo::new(move |_| model.state.with(|s| s.features()));
    let dark = prefers_dark();
    // Changing the inputs changes the first layer's weights.
    let locked = crate::widgets::locked(&super::page::UNITS);
    let boxes = Feature::ALL
        .into_iter()
        .map(|f| {
            let canvas = NodeRef::<leptos::html::Canvas>::new();
            Effect::new(move |_| {
                let palette = Palette::for_scheme(dark.get());
                if let Some(c) = canvas.get() {
                    paint(&c, f, &palette);
                }
            });
            let on = move || features.with(|s| s.contains(f));
            let only = move || features.with(|s| s.count() == 1 && s.contains(f));
            view! {
                <label class="feature" class:is-on=on>
                    <input
                        type="checkbox"
                        prop:checked=on
                        disabled=move || locked || only()
                        on:change=move |ev| {
                            let want = event_target_checked(&ev);
                            model.set_features(features.get_untracked().with(f, want));
                        }
                    />
                    <canvas node_ref=canvas class="feature-picture" aria-hidden="true"></canvas>
                    <span class="feature-name">{symbol(f)}</span>
                </label>
            }
        })
        .collect_view();
    view! {
        <fieldset class="feature-choice" data-group=super::page::UNITS.key>
            <legend>{crate::t!("layers-features-legend")}</legend>
            <div class="feature-grid">{boxes}</div>
        </fieldset>
    }
}

/// The set a learner cannot empty: what is on, as a list for words.
pub fn described(features: Features) -> String {
    features
        .list()
        .into_iter()
        .map(symbol)
        .collect::<Vec<_>>()
        .join(", ")
}
