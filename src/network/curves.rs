//! The network's training curves: training and test loss per epoch, the test loss dashed.

use crate::i18n::fixed;
use leptos::prelude::*;
use neuron_core::network_data::Problem;

use super::NetModel;
use crate::plot::{Curve, draw_curves};
use crate::theme::Palette;
use crate::widgets::{PacedPlot, backend, prefers_dark};

/// The loss curves of the current run.
#[component]
pub fn TrainingCurves(model: NetModel) -> impl IntoView {
    let dark = prefers_dark();
    let train_label = crate::t!("layers-curve-training");
    let test_label = crate::t!("layers-curve-test");
    let draw = move |canvas: &web_sys::HtmlCanvasElement, scale: f64| {
        let palette = Palette::for_scheme(dark.get());
        let Some(area) = backend(canvas) else {
            return;
        };
        model.history.with(|h| {
            let train: Vec<f64> = h.entries().iter().map(|m| m.train_loss).collect();
            let test: Vec<f64> = h.entries().iter().map(|m| m.test_loss).collect();
            let curves = [
                Curve {
                    label: &train_label,
                    values: &train,
                    color: palette.ink,
                    dashed: false,
                },
                Curve {
                    label: &test_label,
                    values: &test,
                    color: palette.point,
                    dashed: true,
                },
            ];
            if let Err(e) = draw_curves(&area, h.stride(), &curves, &palette, scale) {
                leptos::logging::warn!("network curves not drawn: {e}");
            }
        });
    };
    let curve_description = Signal::derive(move || {
        let m = model.metrics.get();
        // Where the test loss is heading, as the eye reads it off the curve.
        let trend = model.history.with(|h| {
            let losses: Vec<f64> = h.entries().iter().map(|e| e.test_loss).collect();
            neuron_core::trend::trend(&losses)
        });
        crate::t!(
            "layers-curves-description",
            epochs = model.epoch.get(),
            train_loss = crate::words::spoken_number(m.train_loss, 3),
            test_loss = crate::words::spoken_number(m.test_loss, 3),
            trend = crate::words::trend_id(trend),
            correct = if model.state.with(|s| s.problem() == Problem::Regression) {
                "none".to_string()
            } else {
                fixed(m.test_accuracy * 100.0, 0)
            },
        )
    });

    view! {
        <div class="strip-plot">
            <PacedPlot label=crate::t!("layers-curves-label") description=curve_description draw=draw />
        </div>
    }
}
