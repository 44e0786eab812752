//! The equation with live numbers. Each product `x_i×w_i` sits above its label and value, and
//! lights up with its input row and its synapse in the diagram.
//!
//! Screen readers get the same equation as one line of text, and the widget's announcer says
//! the weighted sum and the output once the learner has changed something.

use leptos::prelude::*;
use neuron_core::Equation;

use crate::i18n::localize;

use super::ExplorerModel;

#[component]
pub fn EquationView(model: ExplorerModel) -> impl IntoView {
    let eq = move || model.equation.get();
    let error = move || {
        model
            .evaluation
            .get()
            .err()
            .map(|e| crate::words::neuron_error(&e))
    };

    view! {
        <div class="equation">
            <h4 class="panel-title">{crate::t!("explorer-equation-title")}</h4>
            <Show
                when=move || model.equation.with(Option::is_some)
                fallback=move || {
                    view! {
                        <p class="error" role="alert">
                            {move || {
                                crate::t!("explorer-cannot-evaluate", reason = error().unwrap_or_default())
                            }}
                        </p>
                    }
                }
            >
                <p class="sr-only">{move || eq().map(|e| crate::i18n::localize(&e.sum_line()))}</p>
                <div class="equation-visual" aria-hidden="true">
                    <span class="eq-symbol">"z"</span>
                    <span class="eq-op">"="</span>
                    {move || terms(model, eq())}
                    <span class="eq-op">"+"</span>
                    <span class="term term-bias">
                        <span class="term-product">{move || eq().map(|e| localize(&e.bias))}</span>
                        <span class="term-caption">"b"</span>
                    </span>
                    <span class="eq-op">"="</span>
                    <span class="term term-z">
                        <span class="term-product">
                            {move || eq().map(|e| localize(&e.pre_activation))}
                        </span>
                        <span class="term-caption">{crate::t!("explorer-weighted-sum")}</span>
                    </span>
                </div>
                <p class="output-line">
                    <span class="output-label">{crate::t!("explorer-output")} " "</span>
                    <span class="output-expression">
                        "y = "
                        {move || {
                            eq().map(|e| format!("{}({}) = ", e.symbol, localize(&e.pre_activation)))
                        }}
                    </span>
                    // Not a live region (an `<output>` is one by default): the status line below
                    // says the outcome once per change.
                    <output class="output-value" aria-live="off" aria-label=crate::t!("explorer-output-aria")>
                        {move || eq().map(|e| localize(&e.output))}
                    </output>
                </p>
                <crate::widgets::Announcer outcome=Signal::derive(move || {
                    eq().map(|e| crate::words::equation_spoken(&e)).unwrap_or_default()
                }) />
            </Show>
        </div>
    }
}

/// The product blocks `x_i×w_i`, joined by plus signs.
fn terms(model: ExplorerModel, eq: Option<Equation>) -> impl IntoView {
    let terms = eq.map(|e| e.terms).unwrap_or_default();
    terms
        .into_iter()
        .enumerate()
        .map(|(i, term)| {
            let n = i + 1;
            view! {
                {(i > 0).then(|| view! { <span class="eq-op">"+"</span> })}
                <span
                    class="term"
                    class:is-highlighted=move || model.highlighted.get() == Some(i)
                >
                    <span class="term-product">
                        {localize(&format!("{}×{}", term.input, term.weight))}
                    </span>
                    <span class="term-caption">
                        "x" <sub>{n}</sub> "w" <sub>{n}</sub> " = " {localize(&term.contribution)}
                    </span>
                </span>
            }
        })
        .collect_view()
}
