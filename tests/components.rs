//! Component tests in headless Chromium (wasm-bindgen-test): mount a component, drive it with
//! real DOM events, read the DOM back.
//!
//! Run with `CHROMEDRIVER=/usr/bin/chromedriver cargo test --target wasm32-unknown-unknown --test components`.
#![cfg(target_arch = "wasm32")]

use std::time::Duration;

use leptos::prelude::*;
use neuron_core::ExplorerState;
use neuron_core::params::WEIGHT;
use neuron_lab::explorer::{Explorer, ExplorerModel};
use neuron_lab::widgets::ParamSlider;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Event, EventInit, HtmlElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

/// The page's English words (the catalogue the browser would fetch).
fn english() {
    neuron_lab::i18n::install("en", include_str!("../locales/en.ftl"));
}

/// A fresh container in the document, with the English words installed.
fn container() -> HtmlElement {
    english();
    let doc = document();
    let div = doc.create_element("div").unwrap();
    // At the top of the page, in view: plots out of view are not drawn.
    doc.body().unwrap().prepend_with_node_1(&div).unwrap();
    div.unchecked_into()
}

/// One animation frame.
async fn next_frame() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        leptos::prelude::request_animation_frame(move || {
            resolve.call0(&wasm_bindgen::JsValue::NULL).unwrap();
        });
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

/// How many times the plot `canvas` has been drawn (`PlotCanvas` counts in `data-drawn`).
fn times_drawn(canvas: &web_sys::HtmlCanvasElement) -> u32 {
    canvas
        .get_attribute("data-drawn")
        .and_then(|n| n.parse().ok())
        .unwrap_or(0)
}

/// Waits, frame by frame (at most ten seconds' worth), until `canvas` has been drawn more than
/// `times` times: the observers that size and show a plot report in the browser's rendering step.
async fn drawn_after(canvas: &web_sys::HtmlCanvasElement, times: u32) {
    for _ in 0..600 {
        if times_drawn(canvas) > times {
            return;
        }
        next_frame().await;
    }
    panic!(
        "the plot was not drawn again (drawn {} times)",
        times_drawn(canvas)
    );
}

/// Waits for the reactive system (effects run on the next tasks) and the browser.
async fn settle() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        set_timeout(
            move || {
                resolve.call0(&wasm_bindgen::JsValue::NULL).unwrap();
            },
            Duration::from_millis(30),
        );
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

/// Sets an input's text and fires a bubbling `input` event, as typing does.
fn type_into(input: &HtmlInputElement, text: &str) {
    input.set_value(text);
    let init = EventInit::new();
    init.set_bubbles(true);
    input
        .dispatch_event(&Event::new_with_event_init_dict("input", &init).unwrap())
        .unwrap();
}

fn query<T: JsCast>(root: &HtmlElement, selector: &str) -> T {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no element matches {selector}"))
        .unchecked_into()
}

#[wasm_bindgen_test]
async fn slider_and_number_field_drive_one_value() {
    let root = container();
    let value = RwSignal::new(0.4);
    let handle = leptos::mount::mount_to(root.clone(), move || {
        view! {
            <ParamSlider
                label="Weight w"
                sub="1"
                spec=WEIGHT
                value=value
                on_change=move |v| value.set(v)
            />
        }
    });

    settle().await;
    let slider: HtmlInputElement = query(&root, "input[type=range]");
    let field: HtmlInputElement = query(&root, "input[type=text]");
    assert_eq!(
        field.get_attribute("aria-label").as_deref(),
        Some("Weight w1 value")
    );
    assert_eq!(field.value(), "0.40");

    type_into(&slider, "1.25");
    settle().await;
    assert_eq!(value.get_untracked(), 1.25);
    assert_eq!(field.value(), "1.25", "the field follows the slider");

    type_into(&field, "-0.5");
    settle().await;
    assert_eq!(value.get_untracked(), -0.5);
    assert_eq!(slider.value(), "-0.5", "the slider follows the field");

    type_into(&field, "abc");
    settle().await;
    assert_eq!(
        value.get_untracked(),
        -0.5,
        "bad text keeps the last valid value"
    );
    let hint: HtmlElement = query(&root, ".param-hint");
    assert!(hint.text_content().unwrap().starts_with("Not a number"));
    assert_eq!(field.get_attribute("aria-invalid").as_deref(), Some("true"));

    type_into(&field, "99");
    settle().await;
    assert_eq!(value.get_untracked(), -0.5);
    assert!(
        hint.text_content()
            .unwrap()
            .starts_with("Must be between −3 and 3")
    );

    field
        .dispatch_event(&Event::new("change").unwrap())
        .unwrap();
    settle().await;
    assert_eq!(
        field.value(),
        "−0.50",
        "leaving the field shows the valid value again"
    );
    drop(handle);
}

#[wasm_bindgen_test]
async fn explorer_shows_the_example_and_follows_a_slider() {
    let root = container();
    let model_slot = StoredValue::new_local(None::<ExplorerModel>);
    let handle = leptos::mount::mount_to(root.clone(), move || {
        let model = ExplorerModel::new(ExplorerState::example());
        model_slot.set_value(Some(model));
        view! { <Explorer model=model /> }
    });
    settle().await;

    let output: HtmlElement = query(&root, "output");
    assert_eq!(output.text_content().unwrap(), "0.7231");
    let sum: HtmlElement = query(&root, ".equation .sr-only");
    assert_eq!(
        sum.text_content().unwrap(),
        "z = 0.5×0.4 + 0.3×(−0.2) + 0.8×0.9 + 0.1 = 0.96"
    );
    assert_eq!(root.query_selector_all(".input-row").unwrap().length(), 3);
    assert_eq!(root.query_selector_all("line.synapse").unwrap().length(), 3);

    let canvas: web_sys::HtmlCanvasElement = query(&root, "canvas");
    // Looked at: a plot out of view is not drawn.
    canvas.scroll_into_view();
    drawn_after(&canvas, 0).await;
    assert!(canvas.width() > 0, "the plot was sized and drawn");
    let before = canvas.to_data_url().unwrap();
    let drawn = times_drawn(&canvas);

    let bias: HtmlInputElement = query(&root, ".bias-row input[type=range]");
    type_into(&bias, "-2");
    settle().await;
    // z = 0.86 − 2 = −1.14; σ(−1.14) = 0.2423
    assert_eq!(output.text_content().unwrap(), "0.2423");
    drawn_after(&canvas, drawn).await;
    assert_ne!(canvas.to_data_url().unwrap(), before, "the plot redrew");

    let add: HtmlElement = query(&root, ".toolbar-buttons button");
    add.click();
    settle().await;
    assert_eq!(root.query_selector_all(".input-row").unwrap().length(), 4);
    assert_eq!(root.query_selector_all("line.synapse").unwrap().length(), 4);
    assert_eq!(
        output.text_content().unwrap(),
        "0.2423",
        "a new input starts silent"
    );
    drop(handle);
}

#[wasm_bindgen_test]
async fn the_panic_message_offers_a_way_on() {
    english();
    neuron_lab::panic_hook::show_message().unwrap();
    let doc = document();
    let dialog = doc
        .query_selector("[role=alertdialog]")
        .unwrap()
        .expect("a dialog is shown");
    assert_eq!(
        doc.get_element_by_id("crash-title")
            .unwrap()
            .text_content()
            .unwrap(),
        "Something went wrong inside Neuron Lab"
    );
    let buttons = dialog.query_selector_all("button").unwrap();
    assert_eq!(buttons.length(), 2);
    let focused = doc.active_element().unwrap();
    assert_eq!(
        focused.text_content().unwrap(),
        "Reload with my settings",
        "the first way on has focus"
    );
    dialog.remove();
}

/// Waits, frame by frame (at most ten seconds' worth), until `done()` holds.
async fn until(what: &str, done: impl Fn() -> bool) {
    for _ in 0..600 {
        if done() {
            return;
        }
        next_frame().await;
    }
    panic!("{what} did not happen");
}

#[wasm_bindgen_test]
async fn a_challenge_card_marks_its_goal_once_the_check_holds() {
    use neuron_core::challenge::{Challenge, Check};
    use neuron_lab::activity::{ChallengeCard, Progress};
    let root = container();
    let check = RwSignal::new(Check {
        solved: false,
        distance: Some(2.0),
    });
    let progress = StoredValue::new_local(None::<Progress>);
    let handle = leptos::mount::mount_to(root.clone(), move || {
        progress.set_value(Some(Progress::get()));
        view! { <ChallengeCard challenge=Challenge::Threshold check=check /> }
    });
    let card: HtmlElement = query(&root, "article.challenge");
    until("the card is shown", || {
        card.text_content().unwrap_or_default().contains("It fires")
    })
    .await;
    assert!(!card.class_list().contains("solved"));
    assert!(card.text_content().unwrap().contains("(not solved yet)"));

    check.set(Check {
        solved: true,
        distance: Some(0.1),
    });
    until("the card is marked solved", || {
        card.class_list().contains("solved")
    })
    .await;
    assert!(card.text_content().unwrap().contains("(solved)"));
    let p = progress.get_value().unwrap();
    assert!(p.is_solved(Challenge::Threshold));
    assert_eq!(
        p.announcement.get_untracked(),
        "Challenge solved: Find the threshold. It is marked in your progress."
    );
    // Solved stays solved when the learner moves on.
    check.set(Check {
        solved: false,
        distance: Some(3.0),
    });
    next_frame().await;
    assert!(card.class_list().contains("solved"));
    drop(handle);
}

#[wasm_bindgen_test]
async fn a_prediction_runs_only_after_a_choice_and_compares() {
    use neuron_lab::activity::{Outcome, Prediction};
    let root = container();
    let runs = StoredValue::new(0);
    let handle = leptos::mount::mount_to(root.clone(), move || {
        let run = Callback::new(move |()| {
            runs.update_value(|n| *n += 1);
            Outcome {
                right: 1,
                explanation: "The run gave 42.".to_string(),
            }
        });
        view! { <Prediction question="Which?" options=&["A", "B"] run=run /> }
    });
    let button: web_sys::HtmlButtonElement = query(&root, "button");
    until("the prediction is shown", || button.disabled()).await;
    let radios = root.query_selector_all("input[type=radio]").unwrap();
    radios
        .item(0)
        .unwrap()
        .unchecked_into::<HtmlElement>()
        .click();
    until("the button is enabled", || !button.disabled()).await;
    button.click();
    let result: HtmlElement = query(&root, ".predict-result");
    until("the verdict is shown", || {
        !result.text_content().unwrap_or_default().is_empty()
    })
    .await;
    assert_eq!(runs.get_value(), 1);
    let text = result.text_content().unwrap();
    assert!(
        text.contains("You predicted “A”; what happened is “B”. The run gave 42."),
        "{text}"
    );
    drop(handle);
}

#[wasm_bindgen_test]
async fn a_rich_message_becomes_elements_and_a_count_chooses_its_plural() {
    let root = container();
    let handle = leptos::mount::mount_to(root.clone(), move || {
        view! {
            <p class="bold">{neuron_lab::rich!("lesson-s4-backprop")}</p>
            <p class="links">{neuron_lab::rich!("lesson-summary-learning-see")}</p>
            <p class="one">{neuron_lab::t!("quiz-unanswered", n = 1usize)}</p>
            <p class="many">{neuron_lab::t!("quiz-unanswered", n = 3usize)}</p>
        }
    });
    settle().await;
    // The markup is elements, not text, and nothing else was parsed as HTML.
    let strong: HtmlElement = query(&root, ".bold > strong");
    assert_eq!(
        strong.text_content().unwrap(),
        "Backpropagation has no clear biological equivalent."
    );
    let links = root.query_selector_all(".links > a").unwrap();
    assert_eq!(links.length(), 2);
    let first: web_sys::Element = links.item(0).unwrap().unchecked_into();
    assert_eq!(first.get_attribute("href").as_deref(), Some("#s3"));
    assert_eq!(first.text_content().as_deref(), Some("Learning"));
    let text = |c: &str| query::<HtmlElement>(&root, c).text_content().unwrap();
    assert_eq!(text(".one"), "1 left unanswered counts as wrong.");
    assert_eq!(text(".many"), "3 left unanswered count as wrong.");
    drop(handle);
}

/// The shipped languages' own decimal signs and plural rules (`i18n::shipped`, which spare the
/// page `Intl`'s data load at start) are the browser's: every language index.html lists, for
/// whole numbers, millions, fractions and negatives.
#[wasm_bindgen_test]
fn the_shipped_languages_number_rules_are_intls() {
    let html = include_str!("../index.html");
    let list = html
        .split("<script id=\"languages\" type=\"application/json\">")
        .nth(1)
        .and_then(|rest| rest.split("</script>").next())
        .expect("index.html lists its languages");
    let parsed: js_sys::Object = js_sys::JSON::parse(list).unwrap().unchecked_into();
    let languages = js_sys::Object::keys(&parsed);
    assert!(languages.length() >= 4);
    let mut numbers: Vec<f64> = (0..=2100).map(f64::from).collect();
    numbers.extend([
        1e6,
        2e6,
        3e6,
        1e6 + 1.0,
        1.5e6,
        1e7,
        1e9,
        0.5,
        1.5,
        2.25,
        1000000.5,
        -1.0,
        -2.0,
        -1e6,
    ]);
    for lang in languages.iter() {
        let lang = lang.as_string().unwrap();
        let (decimal, rule) = neuron_lab::i18n::shipped(&lang).unwrap_or_else(|| {
            panic!("{lang}: listed in index.html but without its own number rules")
        });
        let shown: String = js_sys::Number::from(1.5).to_locale_string(&lang).into();
        assert_eq!(
            Some(decimal),
            shown.chars().find(|c| !c.is_ascii_digit()),
            "{lang}: decimal sign"
        );
        let intl = js_sys::Intl::PluralRules::new(
            &js_sys::Array::of1(&lang.clone().into()),
            &js_sys::Object::new(),
        );
        for n in &numbers {
            assert_eq!(
                rule(*n),
                String::from(intl.select(*n)),
                "{lang}: the plural category of {n}"
            );
        }
    }
}
