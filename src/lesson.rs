//! The lesson: the story of biological and artificial neurons in six sections, each with its
//! widget inline, a "try this" prompt, and a summary table whose rows link to the widgets.
//! In-page links scroll instead of changing the URL's fragment, which holds the state.

// A widget's own binary compiles its widget alone (see `crate::with_widget!`).
#![cfg_attr(
    feature = "widget-alone",
    allow(unused_imports, unused_variables, dead_code)
)]

use leptos::prelude::*;
use leptos::tachys::view::{Mountable, Render};
use wasm_bindgen::JsCast;

use crate::activity::options;
use crate::biolab::{
    BioBridge, BioPrimer, BioTiming, PredictRepeat, PredictSpikeHeight, PredictTiming,
};
use crate::boundary::{Boundary, PredictPerceptron, PredictXor};
use crate::dendrite::{Dendrite, PredictDendrite};
use crate::explorer::{Explorer, PredictDoubling};
use crate::learn::ConceptCheck;
use crate::nav::{JumpLink, Rest};
use crate::network::{Layers, PredictDale, PredictLinearLayers};
use crate::scale::Scale;
use crate::widget_list::Models;
use neuron_core::widget::Widget;

/// A widget's model, which the whole lesson's binary always has (see [`Models`]).
fn whole<T>(model: Option<T>) -> T {
    model.expect("the binary that builds a view has its model")
}

/// The sections, for the table of contents: their element ids.
const SECTIONS: [&str; 7] = ["s1", "s2", "s3", "s4", "s5", "s6", "s7"];

/// The title of the section `id` (a heading, and an entry of the table of contents).
fn section_title(id: &str) -> String {
    match id {
        "s1" => crate::t!("lesson-s1-title"),
        "s2" => crate::t!("lesson-s2-title"),
        "s3" => crate::t!("lesson-s3-title"),
        "s4" => crate::t!("lesson-s4-title"),
        "s5" => crate::t!("lesson-s5-title"),
        "s6" => crate::t!("lesson-s6-title"),
        _ => crate::t!("lesson-s7-title"),
    }
}

/// A prompt with a question for the widget that follows.
#[component]
fn TryThis(children: Children) -> impl IntoView {
    view! {
        <p class="try-this">
            <strong>{crate::t!("lesson-try-this")}</strong>
            " "
            {children()}
        </p>
    }
}

/// The table of contents.
#[component]
pub fn Contents() -> impl IntoView {
    view! {
        <nav class="toc" aria-label=crate::t!("lesson-contents-label")>
            <ol>
                {SECTIONS
                    .iter()
                    .filter(|id| **id != "s7" || options::quiz_on())
                    .map(|id| view! { <li><JumpLink target=*id>{section_title(id)}</JumpLink></li> })
                    .collect_view()}
            </ol>
        </nav>
    }
}

#[component]
pub fn Lesson(models: Models) -> impl IntoView {
    // The rest goes into <main> before the embed's foot (its progress code and the link to the
    // whole lesson), which follows the lesson.
    let owner = Owner::current().expect("the lesson is built inside the app");
    expect_context::<Rest>().build_with(move || {
        let Some(main) = document().get_element_by_id("main") else {
            return;
        };
        let marker = main.query_selector(".embed-foot").ok().flatten();
        owner.with(|| {
            let mut rest = view! { <LessonRest models=models /> }.build();
            rest.mount(&main, marker.as_ref().map(|m| m.unchecked_ref()));
            // It stays for the page's life.
            std::mem::forget(rest);
        });
    });
    view! {
        <section id="s1" class="lesson-section" aria-labelledby="s1-title" tabindex="-1">
            <h2 id="s1-title">{section_title("s1")}</h2>
            {crate::in_lesson!(view! {
                <p>
                    {crate::t!("lesson-s1-text")}
                </p>
                <p class="aside-note">
                    {crate::t!("lesson-s1-aside")}
                </p>
                <TryThis>
                    {crate::t!("lesson-s1-try")}
                </TryThis>
                <PredictSpikeHeight model=whole(models.biolab) />
            })}
            {crate::with_widget!(Widget::Neuron, "only-neuron", view! { <BioPrimer model=whole(models.biolab) /> })}
        </section>
    }
}

/// The lesson after section 1 (built after the first screen: see [`Rest`]).
#[component]
fn LessonRest(models: Models) -> impl IntoView {
    view! {
        <section id="s2" class="lesson-section" aria-labelledby="s2-title" tabindex="-1">
            <h2 id="s2-title">{section_title("s2")}</h2>
            {crate::in_lesson!(view! {
                <p>
                    {crate::t!("lesson-s2-text")}
                </p>
                <TryThis>
                    {crate::t!("lesson-s2-try")}
                </TryThis>
                <PredictDoubling model=whole(models.explorer) />
            })}
            {crate::with_widget!(Widget::Explorer, "only-explorer", view! { <Explorer model=whole(models.explorer) /> })}
        </section>

        <section id="s3" class="lesson-section" aria-labelledby="s3-title" tabindex="-1">
            <h2 id="s3-title">{section_title("s3")}</h2>
            {crate::in_lesson!(view! {
                <h3 class="lesson-subtitle">{crate::t!("lesson-s3-learning-heading")}</h3>
                <p>
                    {crate::t!("lesson-s3-learning-text")}
                </p>
                <TryThis>
                    {crate::t!("lesson-s3-learning-try")}
                </TryThis>
                <PredictXor model=whole(models.boundary) />
            })}
            {crate::with_widget!(Widget::Boundary, "only-boundary", view! { <Boundary model=whole(models.boundary) /> })}
            {crate::in_lesson!(view! {
                <h3 class="lesson-subtitle">{crate::t!("lesson-s3-layers-heading")}</h3>
                <p>
                    {crate::t!("lesson-s3-layers-text")}
                </p>
                <TryThis>
                    {crate::t!("lesson-s3-layers-try")}
                </TryThis>
                <PredictLinearLayers model=whole(models.layers) />
            })}
            {crate::with_widget!(Widget::Layers, "only-layers", view! { <Layers model=whole(models.layers) /> })}
            {crate::in_lesson!(view! {
                <p>
                    {crate::t!("lesson-s3-bridge-text")}
                </p>
            })}
            {crate::with_widget!(Widget::Bridge, "only-bridge", view! { <BioBridge pairing=models.pairing /> })}
        </section>

        <section id="s4" class="lesson-section" aria-labelledby="s4-title" tabindex="-1">
            <h2 id="s4-title">{section_title("s4")}</h2>
            {crate::in_lesson!(view! {
                <ul class="breaks">
                    <li>
                        {crate::rich!("lesson-s4-backprop")}
                    </li>
                    <li>
                        {crate::rich!("lesson-s4-dale")}
                    </li>
                    <li>
                        {crate::rich!("lesson-s4-complexity")}
                    </li>
                    <li>
                        {crate::rich!("lesson-s4-spikes")}
                    </li>
                    <li>
                        {crate::rich!("lesson-s4-scale")}
                    </li>
                </ul>
                <PredictDale model=whole(models.layers) />
                <h3 class="lesson-subtitle">{crate::t!("lesson-s4-dendrite-heading")}</h3>
                <p>
                    {crate::t!("lesson-s4-dendrite-text")}
                </p>
                <TryThis>
                    {crate::t!("lesson-s4-dendrite-try")}
                </TryThis>
                <PredictDendrite model=whole(models.dendrite) />
            })}
            {crate::with_widget!(Widget::Dendrite, "only-dendrite", view! { <Dendrite model=whole(models.dendrite) /> })}
            {crate::in_lesson!(view! {
                <h3 class="lesson-subtitle">{crate::t!("lesson-s4-timing-heading")}</h3>
                <TryThis>
                    {crate::t!("lesson-s4-timing-try")}
                </TryThis>
                <PredictTiming setup=models.coincidence />
            })}
            {crate::with_widget!(Widget::Timing, "only-timing", view! { <BioTiming explorer=whole(models.explorer) setup=models.coincidence /> })}
            {crate::with_widget!(Widget::Scale, "only-scale", view! { <Scale /> })}
        </section>

        <section id="s5" class="lesson-section" aria-labelledby="s5-title" tabindex="-1">
            <h2 id="s5-title">{section_title("s5")}</h2>
            {crate::in_lesson!(view! {
                <p>
                    {crate::t!("lesson-s5-history")}
                </p>
                <PredictPerceptron model=whole(models.boundary) />
                <p>
                    {crate::t!("lesson-s5-claims")}
                </p>
            })}
        </section>

        <section id="s6" class="lesson-section" aria-labelledby="s6-title" tabindex="-1">
            <h2 id="s6-title">{section_title("s6")}</h2>
            {crate::in_lesson!(view! {
                <PredictRepeat explorer=whole(models.explorer) />
                <table class="summary-table">
                    <caption>{crate::t!("lesson-summary-caption")}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{crate::t!("lesson-summary-aspect")}</th>
                            <th scope="col">{crate::t!("lesson-summary-biological")}</th>
                            <th scope="col">{crate::t!("lesson-summary-artificial")}</th>
                            <th scope="col">{crate::t!("lesson-summary-see-it")}</th>
                        </tr>
                    </thead>
                    <tbody>
                        <tr>
                            <th scope="row">{crate::t!("lesson-summary-input")}</th>
                            <td>{crate::t!("lesson-summary-input-biological")}</td>
                            <td>{crate::t!("lesson-summary-input-artificial")}</td>
                            <td>{crate::rich!("lesson-summary-input-see")}</td>
                        </tr>
                        <tr>
                            <th scope="row">{crate::t!("lesson-summary-nonlinearity")}</th>
                            <td>{crate::t!("lesson-summary-nonlinearity-biological")}</td>
                            <td>{crate::t!("lesson-summary-nonlinearity-artificial")}</td>
                            <td>{crate::rich!("lesson-summary-nonlinearity-see")}</td>
                        </tr>
                        <tr>
                            <th scope="row">{crate::t!("lesson-summary-output")}</th>
                            <td>{crate::t!("lesson-summary-output-biological")}</td>
                            <td>{crate::t!("lesson-summary-output-artificial")}</td>
                            <td>{crate::rich!("lesson-summary-output-see")}</td>
                        </tr>
                        <tr>
                            <th scope="row">{crate::t!("lesson-summary-learning")}</th>
                            <td>{crate::t!("lesson-summary-learning-biological")}</td>
                            <td>{crate::t!("lesson-summary-learning-artificial")}</td>
                            <td>{crate::rich!("lesson-summary-learning-see")}</td>
                        </tr>
                        <tr>
                            <th scope="row">{crate::t!("lesson-summary-complexity")}</th>
                            <td>{crate::t!("lesson-summary-complexity-biological")}</td>
                            <td>{crate::t!("lesson-summary-complexity-artificial")}</td>
                            <td>{crate::rich!("lesson-summary-complexity-see")}</td>
                        </tr>
                        <tr>
                            <th scope="row">{crate::t!("lesson-summary-scale")}</th>
                            <td>{crate::t!("lesson-summary-scale-biological")}</td>
                            <td>{crate::t!("lesson-summary-scale-artificial")}</td>
                            <td>{crate::rich!("lesson-summary-scale-see")}</td>
                        </tr>
                    </tbody>
                </table>
            })}
        </section>

        {crate::in_lesson!(options::quiz_on().then(|| view! {
            <section id="s7" class="lesson-section" aria-labelledby="s7-title" tabindex="-1">
                <h2 id="s7-title">{section_title("s7")}</h2>
                <p>
                    {crate::t!("lesson-s7-text")}
                </p>
                <ConceptCheck before=false />
            </section>
        }))}
    }
}
