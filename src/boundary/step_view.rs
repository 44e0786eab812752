//! "One example", in numbers: the forward pass, the error, each weight's gradient and the
//! update, for the example just used. The plane shows the same example ringed, and the update
//! to the weights as a green arrow from the weight arrow's head.

use leptos::prelude::*;
use crate::i18n::fixed;
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
        let gradient_word = if rule == Rule::Perceptron {
            "−(t − y)·x (the perceptron's update direction)"
        } else {
            "∂loss/∂w = ∂loss/∂z · x"
        };
        Some(view! {
            <div class="step-view">
                <h5>"One example, step by step"</h5>
                <ol class="step-list">
                    <li>
                        {format!(
                            "Example ({}, {}), class {} (target t = {}).",
                            fixed(point.x1, 2),
                            fixed(point.x2, 2),
                            u8::from(point.label),
                            fixed(step.target, 0),
                        )}
                    </li>
                    <li>
                        {format!(
                            "Forward pass: z = {}, output y = {}({}) = {}.",
                            fixed(step.pre_activation, 3),
                            symbol,
                            fixed(step.pre_activation, 3),
                            fixed(step.output, 4),
                        )}
                    </li>
                    <li>
                        {format!(
                            "Error y − t = {}; loss {}.",
                            fixed(step.error, 4),
                            fixed(step.loss, 4),
                        )}
                    </li>
                    <li>{format!("Gradient of each weight, {gradient_word}; update w ← w − {lr}·gradient:")}</li>
                </ol>
                <table class="step-table">
                    <thead>
                        <tr>
                            <th scope="col">"weight"</th>
                            <th scope="col">"input x"</th>
                            <th scope="col">"gradient"</th>
                            <th scope="col">"new value"</th>
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
