//! "One example", in numbers: the forward pass, the error, each weight's gradient and the
//! update, for the example just used. The plane shows the same example ringed, and the update
//! to the weights as a green arrow from the weight arrow's head.

use crate::i18n::{fixed, trimmed};
use leptos::prelude::*;
use neuron_core::training::Rule;

use super::BoundaryModel;

#[component]
pub fn StepView(model: BoundaryModel) -> impl IntoView {
    let content = move || {
        let (point, step) = model.last_step.get()?;
        let (lr, rule, symbol) = model
            .state
            .with(|s| (s.learning_rate(), s.rule(), s.activation().symbol()));
        let names = ["w₁", "w₂", "w₃"];
        let rows = step
            .weight_gradients
            .iter()
            .zip(&step.updated.weights)
            .enumerate()
            .map(|(i, (g, w))| {
                view! {
                    <tr>
                        <th scope="row">{names.get(i).copied().unwrap_or("w")}</th>
                        <td>{fixed(step.features[i], 2)}</td>
                        <td>{fixed(*g, 4)}</td>
                        <td>{fixed(*w, 3)}</td>
                    </tr>
                }
            })
            .collect_view();
        let gradient = if rule == Rule::Perceptron {
            crate::t!("boundary-step-gradient-perceptron", rate = trimmed(lr, 3))
        } else {
            crate::t!("boundary-step-gradient", rate = trimmed(lr, 3))
        };
        Some(view! {
            <div class="step-view">
                <h5>{crate::t!("boundary-step-title")}</h5>
                <ol class="step-list">
                    <li>
                        {crate::t!(
                            "boundary-step-example",
                            x1 = fixed(point.x1, 2),
                            x2 = fixed(point.x2, 2),
                            class = u8::from(point.label),
                            target = fixed(step.target, 0),
                        )}
                    </li>
                    <li>
                        {crate::t!(
                            "boundary-step-forward",
                            z = fixed(step.pre_activation, 3),
                            symbol = symbol,
                            y = fixed(step.output, 4),
                        )}
                    </li>
                    <li>
                        {crate::t!(
                            "boundary-step-error",
                            error = fixed(step.error, 4),
                            loss = fixed(step.loss, 4),
                        )}
                    </li>
                    <li>{gradient}</li>
                </ol>
                <table class="step-table">
                    <thead>
                        <tr>
                            <th scope="col">{crate::t!("boundary-step-weight")}</th>
                            <th scope="col">{crate::t!("boundary-step-input")}</th>
                            <th scope="col">{crate::t!("boundary-step-gradient-column")}</th>
                            <th scope="col">{crate::t!("boundary-step-new-value")}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {rows}
                        <tr>
                            <th scope="row">"b"</th>
                            <td>"1"</td>
                            <td>{fixed(step.bias_gradient, 4)}</td>
                            <td>{fixed(step.updated.bias, 3)}</td>
                        </tr>
                    </tbody>
                </table>
            </div>
        })
    };
    view! { {content} }
}
