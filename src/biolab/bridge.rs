//! The bridge between the two neurons: the firing rate against input current (f-I curve),
//! measured by simulating each model, with a ReLU and a sigmoid fitted to it.

use crate::i18n::fixed;
use leptos::prelude::*;
use neuron_core::bio::rate_code::{fit_relu, fit_sigmoid, hh_curve, lif_curve};
use neuron_core::bio::sweep::Model;

use crate::plot::draw_fi_curve;
use crate::theme::Palette;
use crate::widgets::{PlotCanvas, backend, prefers_dark};

#[component]
pub fn Bridge() -> impl IntoView {
    let model = RwSignal::new(Model::Lif);
    // Each curve is simulated once, the first time it is shown.
    let curve = Memo::new(move |_| match model.get() {
        Model::Lif => lif_curve(),
        Model::Hh => hh_curve(),
    });
    let relu = Memo::new(move |_| curve.with(|c| fit_relu(c)));
    let sigmoid = Memo::new(move |_| curve.with(|c| fit_sigmoid(c)));
    let dark = prefers_dark();
    let draw = move |canvas: &web_sys::HtmlCanvasElement, scale: f64| {
        let palette = Palette::for_scheme(dark.get());
        let unit = model.get().current_unit();
        if let Some(area) = backend(canvas) {
            curve.with(|c| {
                if let Err(e) =
                    draw_fi_curve(&area, c, relu.get(), sigmoid.get(), unit, &palette, scale)
                {
                    leptos::logging::warn!("f-I curve not drawn: {e}");
                }
            });
        }
    };
    let description = Signal::derive(move || {
        let unit = model.get().current_unit();
        let silent_below = curve.with(|c| c.iter().rev().find(|p| p.1 == 0.0).map(|p| p.0));
        let top = curve.with(|c| c.last().copied().unwrap_or_default());
        let fit = relu.get();
        // Class 2 (Hodgkin-Huxley) jumps from silence to its first rate: say so, not a ReLU fit.
        let first = curve.with(|c| c.iter().find(|p| p.1 > 0.0).copied());
        let shape = match (model.get().starts_abruptly(), first, fit) {
            (true, Some(_), _) => "jump",
            (false, _, Some(_)) => "fit",
            _ => "none",
        };
        crate::t!(
            "bio-fi-description",
            model = crate::words::model_name(model.get()),
            silent = silent_below.map_or("—".to_string(), |v| fixed(v, 2)),
            unit = unit,
            rate = fixed(top.1, 0),
            top = fixed(top.0, 1),
            shape = shape,
            first = first.map_or(String::new(), |p| fixed(p.0, 1)),
            first_rate = first.map_or(String::new(), |p| fixed(p.1, 0)),
            onset = fit.map_or(String::new(), |f| fixed(f.onset, 2)),
            gain = fit.map_or(String::new(), |f| fixed(f.gain, 1)),
        )
    });

    view! {
        <h4 class="panel-title">{crate::t!("bio-fi-title")}</h4>
        <div class="form-grid">
            <label for="bl-fi-model">{crate::t!("bio-fi-model-label")}</label>
            <select
                id="bl-fi-model"
                on:change=move |ev| {
                    if let Some(m) = Model::from_id(&event_target_value(&ev)) {
                        model.set(m);
                    }
                }
            >
                {Model::ALL
                    .into_iter()
                    .map(|m| {
                        view! {
                            <option value=m.id() selected=move || model.get() == m>
                                {crate::words::model_name(m)}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </div>
        <div class="fi-plot">
            <PlotCanvas label=crate::t!("bio-fi-plot") description=description draw=draw />
        </div>
        <p class="panel-note">{crate::t!("bio-fi-note")}</p>
    }
}
