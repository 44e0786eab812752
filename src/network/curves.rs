//! The network's training curves: training and test loss per epoch, the test loss dashed.

use leptos::prelude::*;
use crate::i18n::fixed;

use super::NetModel;
use crate::plot::{Curve, draw_curves};
use crate::theme::Palette;
use crate::widgets::{PacedPlot, backend, prefers_dark};

/// The loss curves of the current run.
#[component]
pub fn TrainingCurves(model: NetModel) -> impl IntoView {
    let dark = prefers_dark();
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
                    label: "training loss",
                    values: &train,
                    color: palette.ink,
                    dashed: false,
                },
                Curve {
                    label: "test loss",
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
        format!(
            "Loss and accuracy per epoch over {} epochs: training loss now {}, test loss {}, {}% of test points correct.",
            model.epoch.get(),
            fixed(m.train_loss, 3),
            fixed(m.test_loss, 3),
            fixed(m.test_accuracy * 100.0, 0)
        )
    });

    view! {
        <div class="strip-plot">
            <PacedPlot label="Network training curves" description=curve_description draw=draw />
        </div>
    }
}
