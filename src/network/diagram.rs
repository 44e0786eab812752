//! The network drawn as units and links: link width is the weight's size, blue solid positive,
//! vermillion dashed negative; every bias shown. Focus or click a unit to see its own output
//! over the plane and its equation with live numbers, and to edit its weights and bias.

use crate::i18n::{factor, fixed, trimmed};
use leptos::prelude::*;
use neuron_core::ParamSpec;
use neuron_core::features::{Feature, Features};
use neuron_core::network::LearningRule;

use super::NetModel;
use crate::plot::{draw_network_plane, heatmap_rgba};
use crate::runtime::pace;
use crate::theme::Palette;
use crate::widgets::{ParamSlider, PlotCanvas, backend, offscreen, paint_heatmap, prefers_dark};

const WIDTH: f64 = 600.0;
/// The diagram's height for networks of up to [`UNITS_AT_BASE_HEIGHT`] units a layer; larger
/// layers make it taller, [`UNIT_SPACING`] a unit, so that no two units come closer.
const HEIGHT: f64 = 300.0;
const UNITS_AT_BASE_HEIGHT: usize = 4;
/// The least distance between two units' centres, in the diagram's units.
const UNIT_SPACING: f64 = 60.0;
const NODE_R: f64 = 17.0;
/// The radius a unit answers a pointer within (an invisible circle around the drawn one), in
/// the diagram's units: at a 360 px phone, where the diagram is drawn at about half its size,
/// still a 24 px target (WCAG 2.5.8), and with [`UNIT_SPACING`] never overlapping a neighbour's.
const HIT_R: f64 = 24.0;

/// The diagram's height for a network of `shape` (units per column).
fn height(shape: &[usize]) -> f64 {
    let most = shape.iter().copied().max().unwrap_or(1);
    if most <= UNITS_AT_BASE_HEIGHT {
        HEIGHT
    } else {
        60.0 + most as f64 * UNIT_SPACING
    }
}
const WEIGHT: ParamSpec = ParamSpec {
    min: -5.0,
    max: 5.0,
    step: 0.05,
    default: 0.0,
    decimals: 2,
};
/// Cells of a unit's small heatmap.
const UNIT_CELLS: usize = 60;

/// The centre of unit `i` of column `col` (0 = inputs) in a network of `shape`.
fn position(shape: &[usize], col: usize, i: usize) -> (f64, f64) {
    let cols = shape.len().max(2) as f64;
    let x = 60.0 + col as f64 * (WIDTH - 120.0) / (cols - 1.0);
    let n = shape.get(col).copied().unwrap_or(1).max(1) as f64;
    let y = 30.0 + (i as f64 + 0.5) * (height(shape) - 60.0) / n;
    (x, y)
}

/// A unit's name: the inputs by their feature (x1, x2, x1², x2², x1x2, sin x1, sin x2);
/// hidden units h{layer}.{unit}; the output y, or y1 to y4 under a softmax.
fn unit_name(shape: &[usize], features: Features, col: usize, i: usize) -> String {
    if col == 0 {
        let short = |f: Feature| match f {
            Feature::X1 => "x1",
            Feature::X2 => "x2",
            Feature::X1Squared => "x1²",
            Feature::X2Squared => "x2²",
            Feature::Product => "x1x2",
            Feature::SinX1 => "sin x1",
            Feature::SinX2 => "sin x2",
        };
        features
            .list()
            .get(i)
            .map_or_else(|| format!("x{}", i + 1), |f| short(*f).to_string())
    } else if col == shape.len() - 1 {
        if shape[col] > 1 {
            format!("y{}", i + 1)
        } else {
            "y".to_string()
        }
    } else {
        format!("h{col}.{}", i + 1)
    }
}

/// The links of a network of `shape` as SVG lines, in the order of the layers' weights (layer,
/// then unit, then input), each with its class and stroke width from `links`.
fn link_markup(shape: &[usize], links: &[(&'static str, String)]) -> String {
    let mut out = String::new();
    let mut k = 0;
    for l in 0..shape.len().saturating_sub(1) {
        for j in 0..shape[l + 1] {
            for i in 0..shape[l] {
                let Some((class, width)) = links.get(k) else {
                    return out;
                };
                k += 1;
                let (x1, y1) = position(shape, l, i);
                let (x2, y2) = position(shape, l + 1, j);
                out.push_str(&format!(
                    r#"<line class="{class}" x1="{:.1}" y1="{y1:.1}" x2="{:.1}" y2="{y2:.1}" stroke-width="{width}"/>"#,
                    x1 + NODE_R,
                    x2 - NODE_R,
                ));
            }
        }
    }
    out
}

/// The feedback path of a feedback-alignment rule while the backward pass shows the error
/// reaching hidden layer `at` (an index into the network's layers): dashed curves from the units
/// the error comes from (the next layer under feedback alignment, the output under direct
/// feedback alignment) to that layer's units, drawn apart from the forward links. Empty under
/// backpropagation, whose error travels back along the forward links themselves.
fn feedback_markup(shape: &[usize], rule: LearningRule, at: Option<usize>) -> String {
    let Some(l) = at else {
        return String::new();
    };
    let last = shape.len().saturating_sub(1);
    // The error reaches column l + 1 (hidden layer l) from column `from`.
    let from = match rule {
        LearningRule::Backprop => return String::new(),
        LearningRule::FeedbackAlignment => l + 2,
        LearningRule::DirectFeedbackAlignment => last,
    };
    if l + 1 >= last || from > last {
        return String::new();
    }
    let mut out = String::new();
    for j in 0..shape[from] {
        for i in 0..shape[l + 1] {
            let (x1, y1) = position(shape, from, j);
            let (x2, y2) = position(shape, l + 1, i);
            // A curve bowed below the straight forward links, so the two paths read apart.
            let (cx, cy) = ((x1 + x2) / 2.0, (y1 + y2) / 2.0 + 40.0);
            out.push_str(&format!(
                r#"<path class="net-feedback-link" d="M{:.1} {y1:.1} Q{cx:.1} {cy:.1} {:.1} {y2:.1}"/>"#,
                x1 - NODE_R,
                x2 + NODE_R,
            ));
        }
    }
    out
}

#[component]
pub fn NetworkDiagram(model: NetModel) -> impl IntoView {
    // Only the architecture: the nodes are rebuilt when it changes, not at every weight (which
    // would drop the keyboard focus from a unit while training runs).
    let shape_memo = Memo::new(move |_| model.state.with(|s| s.network.shape()));
    let shape = move || shape_memo.get();
    let features = Memo::new(move |_| model.state.with(|s| s.features()));
    let dale = Memo::new(move |_| model.state.with(|s| s.dale));
    // The links change at every training step. They are not interactive, so they are plain SVG
    // lines rather than reactive elements: made as one fragment when the architecture changes,
    // then only their class and width attributes are set, and only those that changed, and
    // only while the diagram is seen.
    let links_ref = NodeRef::<leptos::svg::G>::new();
    let seen = crate::runtime::visibility::seen();
    let shown = StoredValue::new(Vec::<(&'static str, String)>::new());
    crate::runtime::effect(Box::new(move || {
        if !seen.get() {
            return;
        }
        let Some(group) = links_ref.get() else {
            return;
        };
        let shape = shape();
        let backward = model.backward_at.get();
        // The links follow training at a human rate: their widths and colours are read at a
        // glance, and each change costs a repaint of the diagram.
        let links: Vec<(&'static str, String)> = pace::paced(|| {
            model.state.with(|s| {
                s.network
                    .layers
                    .iter()
                    .enumerate()
                    .flat_map(|(l, layer)| {
                        layer.weights.iter().flatten().map(move |w| {
                            let class = match (w.is_sign_negative(), backward == Some(l)) {
                                (_, true) => "net-link backprop",
                                (true, false) => "net-link negative",
                                (false, false) => "net-link positive",
                            };
                            // Widths in tenths of a unit: a change smaller than that is not worth a
                            // repaint of the diagram.
                            (
                                class,
                                format!("{:.1}", 0.8 + 4.0 * (w.abs() / 2.0).min(1.0)),
                            )
                        })
                    })
                    .collect()
            })
        });
        shown.update_value(|shown| {
            if shown.len() != links.len() || group.child_element_count() as usize != links.len() {
                group.set_inner_html(&link_markup(&shape, &links));
            } else {
                let lines = group.children();
                for (k, (old, new)) in shown.iter().zip(&links).enumerate() {
                    let Some(line) = lines.item(k as u32) else {
                        continue;
                    };
                    if old.0 != new.0 {
                        let _ = line.set_attribute("class", new.0);
                    }
                    if old.1 != new.1 {
                        let _ = line.set_attribute("stroke-width", &new.1);
                    }
                }
            }
            *shown = links;
        });
    }));
    // The feedback path, drawn only while the backward pass shows it.
    let feedback_ref = NodeRef::<leptos::svg::G>::new();
    crate::runtime::effect(Box::new(move || {
        let markup = feedback_markup(
            &shape(),
            model.state.with(|s| s.rule),
            model.backward_at.get(),
        );
        if let Some(group) = feedback_ref.get() {
            group.set_inner_html(&markup);
        }
    }));
    let nodes = move || {
        let shape = shape();
        let features = features.get();
        let dale = dale.get();
        let last = shape.len() - 1;
        let mut out = Vec::new();
        for (col, n) in shape.iter().enumerate() {
            for i in 0..*n {
                let (x, y) = position(&shape, col, i);
                let name = unit_name(&shape, features, col, i);
                let long = name.chars().count() > 4;
                // Under Dale's law a hidden unit is excitatory or inhibitory.
                let inhibitory = col > 0
                    && col < last
                    && dale.is_some_and(|share| neuron_core::dale::is_inhibitory(i, *n, share));
                let bias = (col > 0).then(|| {
                    pace::text_while(
                        seen,
                        Box::new(move || {
                            model.state.with(|s| {
                                s.network
                                    .layers
                                    .get(col - 1)
                                    .and_then(|l| l.biases.get(i))
                                    .map(|b| format!("b {}", trimmed(*b, 2)))
                                    .unwrap_or_default()
                            })
                        }),
                    )
                });
                // The inputs (column 0) are not units of any layer: only a unit has an index.
                let unit = col.checked_sub(1).map(|layer| (layer, i));
                let is_unit = unit.is_some();
                let selected = move || unit.is_some() && model.selected.get() == unit;
                let label = match (is_unit, inhibitory) {
                    (true, true) => crate::t!("layers-inhibitory-unit-button", name = &name),
                    (true, false) => crate::t!("layers-unit-button", name = &name),
                    (false, _) => crate::t!("layers-input-label", name = &name),
                };
                let select = move || {
                    if unit.is_some() {
                        model.selected.set(unit);
                    }
                };
                out.push(view! {
                    <g
                        class="net-node"
                        class:is-inhibitory=inhibitory
                        class:is-long=long
                        class:is-selected=selected
                        class:is-input=!is_unit
                        tabindex=if is_unit { "0" } else { "-1" }
                        role=if is_unit { "button" } else { "img" }
                        aria-label=label
                        aria-pressed=move || is_unit.then(|| if selected() { "true" } else { "false" })
                        on:click=move |_| select()
                        on:mouseenter=move |_| select()
                        on:focus=move |_| select()
                        on:keydown=move |ev| {
                            if ev.key() == "Enter" || ev.key() == " " {
                                ev.prevent_default();
                                select();
                            }
                        }
                    >
                        <circle class="net-hit" cx=x cy=y r=HIT_R />
                        <circle cx=x cy=y r=NODE_R />
                        {inhibitory.then(|| view! { <circle class="net-ring" cx=x cy=y r=NODE_R - 4.0 /> })}
                        <text x=x y=y + 5.0>{name.clone()}</text>
                    </g>
                    // The bias beside the unit, outside its button (its name is the unit's).
                    {bias.map(|b| view! { <text class="net-bias" aria-hidden="true" x=x y=y + NODE_R + 14.0>{b}</text> })}
                });
            }
        }
        out.collect_view()
    };
    let description = move || {
        let shape = shape();
        let hidden = &shape[1..shape.len() - 1];
        let sizes: Vec<String> = hidden.iter().map(usize::to_string).collect();
        model.state.with(|s| {
            crate::t!(
                "layers-diagram-description",
                inputs = super::inputs::described(s.features()),
                layers = hidden.len(),
                sizes = sizes.join(&crate::t!("core-list-separator")),
                outputs = s.network.outputs(),
                dale = s.dale.map_or("off", |_| "on"),
                hidden_activation = crate::words::activation_name(s.hidden_activation()),
                output_activation = crate::words::activation_name(s.output_activation()),
                weights = s
                    .network
                    .layers
                    .iter()
                    .map(|l| l.weights.iter().map(Vec::len).sum::<usize>())
                    .sum::<usize>(),
                biases = s.network.layers.iter().map(|l| l.units()).sum::<usize>(),
            )
        })
    };

    let show_backward = move || {
        let layers = model.state.with_untracked(|s| s.network.layers.len());
        let reduced = window()
            .match_media("(prefers-reduced-motion: reduce)")
            .ok()
            .flatten()
            .is_some_and(|q| q.matches());
        // From the output layer back to the first, one layer every 0.7 s (or 2 s each, still,
        // with reduced motion).
        let step_ms = if reduced { 2000 } else { 700 };
        for k in 0..=layers {
            let at = (k < layers).then(|| layers - 1 - k);
            set_timeout(
                move || model.backward_at.set(at),
                std::time::Duration::from_millis((k * step_ms) as u64),
            );
        }
    };

    view! {
        <div class="panel-head">
            <h4 class="panel-title">{crate::t!("layers-diagram-title")}</h4>
            <button type="button" class="button secondary small" on:click=move |_| show_backward()>
                {crate::t!("layers-backward-button")}
            </button>
        </div>
        // A network of more than three hidden layers is dense: its biases are left to the unit
        // panel, and on a narrow screen it keeps a readable width and scrolls sideways.
        <div class="diagram-scroll">
        <svg
            viewBox=move || format!("0 0 {WIDTH} {}", height(&shape()))
            class="network-diagram"
            class:is-dense=move || { shape().len() > 5 }
            role="group"
            aria-label=crate::t!("layers-diagram-label")
        >
            <desc>{pace::text_while(seen, Box::new(description))}</desc>
            <g class="net-links" node_ref=links_ref></g>
            <g class="net-feedback" node_ref=feedback_ref></g>
            {nodes}
        </svg>
        </div>
        <div class="diagram-legend">
            <span class="legend-item"><span class="swatch positive" aria-hidden="true"></span>{crate::t!("layers-legend-positive")}</span>
            <span class="legend-item"><span class="swatch negative" aria-hidden="true"></span>{crate::t!("layers-legend-negative")}</span>
            <span class="legend-item">{crate::t!("layers-legend-width")}</span>
            {move || dale.get().is_some().then(|| view! {
                <span class="legend-item"><span class="swatch inhibitory" aria-hidden="true"></span>{crate::t!("layers-legend-inhibitory")}</span>
            })}
        </div>
        // The backward pass's steps are said as they come (the hint that follows them is not).
        <p class="step-result" aria-live="off">
            {move || backward_step(model).unwrap_or_else(|| crate::t!("layers-select-unit-hint"))}
        </p>
        <crate::widgets::Announcer outcome=Memo::new(move |before: Option<&String>| {
            backward_step(model).or_else(|| before.cloned()).unwrap_or_default()
        }) />
        <UnitPanel model=model />
    }
}

/// What the backward pass shows at its current layer, in words; `None` when it is not running.
fn backward_step(model: NetModel) -> Option<String> {
    model.backward_at.get().map(|l| {
        let (rule, last) = model.state.with(|s| (s.rule, s.network.layers.len() - 1));
        match rule {
            LearningRule::Backprop => crate::t!("layers-backward-backprop", layer = l + 1),
            _ if l == last => crate::t!("layers-backward-output"),
            LearningRule::FeedbackAlignment => {
                crate::t!("layers-backward-feedback-alignment", layer = l + 1)
            }
            LearningRule::DirectFeedbackAlignment => {
                crate::t!("layers-backward-direct", layer = l + 1)
            }
        }
    })
}

/// The selected unit: its output over the plane, its equation, its weights and bias.
#[component]
fn UnitPanel(model: NetModel) -> impl IntoView {
    let dark = prefers_dark();
    let off = offscreen();
    let draw = move |canvas: &web_sys::HtmlCanvasElement, scale: f64| {
        let Some((layer, unit)) = model.selected.get() else {
            return;
        };
        let palette = Palette::for_scheme(dark.get());
        let Some(area) = backend(canvas) else {
            return;
        };
        let grid = model
            .state
            .with(|s| s.network.unit_grid(layer, unit, UNIT_CELLS));
        let rgba = heatmap_rgba(&grid, &palette);
        if let Err(e) = draw_network_plane(&area, &[], None, &palette, scale, |r| {
            paint_heatmap(canvas, off, &rgba, UNIT_CELLS, r)
        }) {
            leptos::logging::warn!("unit plot not drawn: {e}");
        }
    };
    let title = move || {
        model.selected.get().map(|(l, u)| {
            let (shape, s_features) = model.state.with(|s| (s.network.shape(), s.features()));
            crate::t!(
                "layers-unit-title",
                name = unit_name(&shape, s_features, l + 1, u)
            )
        })
    };
    let equation = move || {
        let (l, u) = model.selected.get()?;
        model.state.with(|s| {
            let (shape, s_features) = (s.network.shape(), s.features());
            let layer = s.network.layers.get(l)?;
            let terms: Vec<String> = layer
                .weights
                .get(u)?
                .iter()
                .enumerate()
                .map(|(i, w)| format!("{}·{}", factor(*w, 2), unit_name(&shape, s_features, l, i)))
                .collect();
            Some(format!(
                "{} = {}({} + {})",
                unit_name(&shape, s_features, l + 1, u),
                layer.activation.symbol(),
                terms.join(" + "),
                factor(layer.biases[u], 2)
            ))
        })
    };
    let description = Signal::derive(move || {
        let range = model.selected.get().map(|(l, u)| {
            let grid = model.state.with(|s| s.network.unit_grid(l, u, 20));
            let lo = grid.iter().cloned().fold(f32::INFINITY, f32::min);
            let hi = grid.iter().cloned().fold(f32::NEG_INFINITY, f32::max);
            crate::t!(
                "layers-unit-description",
                low = fixed(f64::from(lo), 2),
                high = fixed(f64::from(hi), 2),
            )
        });
        range.unwrap_or_default()
    });
    let sliders = move || {
        let (l, u) = model.selected.get()?;
        let (shape, s_features) = model
            .state
            .with_untracked(|s| (s.network.shape(), s.features()));
        let inputs = shape.get(l).copied().unwrap_or(0);
        let weight_sliders = (0..inputs)
            .map(|i| {
                view! {
                    <ParamSlider
                        label=crate::t!("layers-weight-from-label", name = unit_name(&shape, s_features, l, i))
                        spec=WEIGHT
                        value=Signal::derive(move || {
                            model.state.with(|s| s.network.layers.get(l).and_then(|x| x.weights.get(u)).and_then(|r| r.get(i)).copied().unwrap_or(0.0))
                        })
                        on_change=move |v| model.state.update(|s| s.set_weight(l, u, i, v))
                    />
                }
            })
            .collect_view();
        Some(view! {
            <div class="param-stack stacked">
                {weight_sliders}
                <ParamSlider
                    label=crate::t!("layers-bias-label")
                    spec=WEIGHT
                    value=Signal::derive(move || {
                        model.state.with(|s| s.network.layers.get(l).and_then(|x| x.biases.get(u)).copied().unwrap_or(0.0))
                    })
                    on_change=move |v| model.state.update(|s| s.set_bias(l, u, v))
                />
            </div>
        })
    };

    view! {
        <Show when=move || model.selected.get().is_some()>
            <div class="unit-panel">
                <h5>{title}</h5>
                <p class="formula unit-equation">{equation}</p>
                <div class="unit-plot">
                    <PlotCanvas label=crate::t!("layers-unit-plot-label") description=description draw=draw />
                </div>
                {sliders}
            </div>
        </Show>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_feedback_path_is_drawn_only_for_feedback_rules_and_hidden_layers() {
        let shape = [2, 4, 3, 1];
        let count = |rule, at| feedback_markup(&shape, rule, at).matches("<path").count();
        // Backpropagation sends the error back along the forward links: no separate path.
        assert_eq!(count(LearningRule::Backprop, Some(0)), 0);
        // Feedback alignment: hidden layer 1 (index 0) hears from layer 2 through B (3 × 4).
        assert_eq!(count(LearningRule::FeedbackAlignment, Some(0)), 12);
        assert_eq!(count(LearningRule::FeedbackAlignment, Some(1)), 3);
        // Direct feedback alignment: every hidden layer hears from the one output.
        assert_eq!(count(LearningRule::DirectFeedbackAlignment, Some(0)), 4);
        assert_eq!(count(LearningRule::DirectFeedbackAlignment, Some(1)), 3);
        // The output layer's error is its own; and no pass, no path.
        assert_eq!(count(LearningRule::FeedbackAlignment, Some(2)), 0);
        assert_eq!(count(LearningRule::FeedbackAlignment, None), 0);
    }
}
