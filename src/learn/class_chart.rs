//! The class view's chart: for each concept-check question, the share of the class answering
//! it right before the lesson and after it, as two bars side by side. Markup from a pure
//! function (a drawing with no controls inside), set as the SVG's content.

use neuron_core::class_report::QuestionStats;

/// The chart's size in its own units (it scales to the column).
const WIDTH: f64 = 640.0;
const HEIGHT: f64 = 220.0;
/// The plotting area inside it.
const LEFT: f64 = 44.0;
const RIGHT: f64 = 8.0;
const TOP: f64 = 12.0;
const BOTTOM: f64 = 44.0;

/// What the chart's text says, in the page's language.
pub struct ChartWords {
    /// "Before" and "After", for the legend.
    pub before: String,
    pub after: String,
    /// A percentage as the page writes it (`40%`, `40 %`).
    pub percent: fn(f64) -> String,
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// The chart's SVG content (without the `<svg>` element) for `questions`. A question nobody
/// answered has no bar, and its label says so with a dash.
pub fn chart_markup(questions: &[QuestionStats], words: &ChartWords) -> String {
    let inner_w = WIDTH - LEFT - RIGHT;
    let inner_h = HEIGHT - TOP - BOTTOM;
    let slot = inner_w / questions.len().max(1) as f64;
    let bar = (slot * 0.34).min(22.0);
    let y = |share: f64| TOP + inner_h * (1.0 - share);
    let mut out = String::new();
    // Grid lines at 0, 50 and 100 %.
    for share in [0.0, 0.5, 1.0] {
        out.push_str(&format!(
            "<line class=\"class-grid\" x1=\"{LEFT}\" x2=\"{}\" y1=\"{y:.1}\" y2=\"{y:.1}\"/>\
             <text class=\"class-tick\" x=\"{}\" y=\"{:.1}\">{}</text>",
            WIDTH - RIGHT,
            LEFT - 6.0,
            y(share) + 4.0,
            escape(&(words.percent)(share * 100.0)),
            y = y(share),
        ));
    }
    for (i, q) in questions.iter().enumerate() {
        let center = LEFT + slot * (i as f64 + 0.5);
        for (k, (share, class, name)) in [
            (q.right_before.percent(), "before", &words.before),
            (q.right_after.percent(), "after", &words.after),
        ]
        .into_iter()
        .enumerate()
        {
            let Some(p) = share else { continue };
            let x = center + if k == 0 { -bar - 1.0 } else { 1.0 };
            let top = y(p / 100.0);
            out.push_str(&format!(
                "<rect class=\"class-bar {class}\" x=\"{x:.1}\" y=\"{top:.1}\" width=\"{bar:.1}\" \
                 height=\"{:.1}\"><title>{} {}: {}</title></rect>",
                (TOP + inner_h - top).max(0.0),
                i + 1,
                escape(name),
                escape(&(words.percent)(p)),
            ));
        }
        out.push_str(&format!(
            "<text class=\"class-label\" x=\"{center:.1}\" y=\"{:.1}\">{}</text>",
            HEIGHT - BOTTOM + 16.0,
            i + 1
        ));
    }
    // The legend, top right: a square of each kind and its word.
    let legend_x = WIDTH - RIGHT - 150.0;
    for (k, (class, name)) in [("before", &words.before), ("after", &words.after)]
        .into_iter()
        .enumerate()
    {
        let x = legend_x + 75.0 * k as f64;
        out.push_str(&format!(
            "<rect class=\"class-bar {class}\" x=\"{x:.1}\" y=\"{}\" width=\"12\" height=\"12\"/>\
             <text class=\"class-legend\" x=\"{:.1}\" y=\"{}\">{}</text>",
            HEIGHT - 13.0,
            x + 16.0,
            HEIGHT - 2.0,
            escape(name)
        ));
    }
    out
}

/// The chart's `viewBox`.
pub fn view_box() -> String {
    format!("0 0 {WIDTH} {HEIGHT}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use neuron_core::class_report::Share;

    fn stats(before: (usize, usize), after: (usize, usize)) -> QuestionStats {
        QuestionStats {
            right_before: Share {
                right: before.0,
                of: before.1,
            },
            right_after: Share {
                right: after.0,
                of: after.1,
            },
            top_wrong_before: None,
            top_wrong_after: None,
        }
    }

    fn words() -> ChartWords {
        ChartWords {
            before: "Before".into(),
            after: "After <now>".into(),
            percent: |p| format!("{p:.0}%"),
        }
    }

    #[test]
    fn bars_are_as_tall_as_the_shares() {
        let markup = chart_markup(&[stats((1, 4), (4, 4)), stats((0, 0), (2, 4))], &words());
        // 25 % of the 164-unit plotting height, and 100 %.
        assert!(markup.contains("height=\"41.0\"><title>1 Before: 25%</title>"));
        assert!(markup.contains("height=\"164.0\"><title>1 After &lt;now&gt;: 100%</title>"));
        // Nobody answered question 2 before: no bar.
        assert!(!markup.contains("<title>2 Before"));
        assert!(markup.contains("<title>2 After &lt;now&gt;: 50%</title>"));
        assert_eq!(markup.matches("class=\"class-label\"").count(), 2);
    }
}
