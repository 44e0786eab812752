//! The class view, in "For teachers": the class's progress codes, pasted or opened from a
//! gradebook's CSV export, read in this browser (nothing is sent) into a row per learner, the
//! concept check before and after with the normalised gain, each question's share right and the
//! wrong answer picked most, each challenge's count, and a CSV of the table. The reading and the
//! numbers are `neuron_core::class_report`'s; this file gives them words and a layout.

use leptos::prelude::*;
use neuron_core::challenge::Challenge;
use neuron_core::class_report::{
    self, ClassReport, Learner, Problem, ProblemKind, Roster, csv_row, learner_cells,
};
use neuron_core::concept_check::IDS;

use super::class_chart::{ChartWords, chart_markup, view_box};
use super::quiz_items::QUESTIONS;
use super::teachers::code_error;
use crate::activity::words;
use crate::i18n::fixed;

/// The largest file read (a gradebook export of a few thousand learners is far smaller).
const MAX_FILE_BYTES: f64 = 2_000_000.0;
/// The most characters the box takes (about 20,000 codes with names).
const MAX_CHARS: usize = 1_000_000;

/// A percentage in the page's words.
fn percent(p: f64) -> String {
    crate::t!("class-percent", value = fixed(p, 0))
}

/// A mean score in percent, or a dash when nobody took the check.
fn mean(p: Option<f64>) -> String {
    p.map_or_else(|| crate::t!("class-none"), percent)
}

/// Why a line was not read.
fn reason(p: &Problem) -> String {
    match p.kind {
        ProblemKind::Code(e) => code_error(e),
        ProblemKind::Duplicate { first_line } => {
            crate::t!("class-problem-duplicate", first = first_line)
        }
        ProblemKind::NoCode => crate::t!("class-problem-no-code"),
    }
}

/// The option letter `A`…`D` of option `i`.
fn letter(i: u8) -> String {
    char::from(b'A' + i).to_string()
}

/// The whole table as CSV, with a header row (the challenge and question columns are named by
/// their stable ids, the same in every language).
fn csv(learners: &[Learner]) -> String {
    let mut header = vec![crate::t!("class-csv-name"), crate::t!("class-csv-solved")];
    header.extend(Challenge::ALL.iter().map(|c| c.id().to_string()));
    header.push(crate::t!("class-csv-before"));
    header.push(crate::t!("class-csv-after"));
    header.extend(IDS.iter().map(|id| format!("pre-{id}")));
    header.extend(IDS.iter().map(|id| format!("post-{id}")));
    let mut lines = vec![csv_row(&header)];
    lines.extend(learners.iter().map(|l| csv_row(&learner_cells(l))));
    lines.join("\r\n") + "\r\n"
}

/// `text` made safe as HTML text or a double-quoted attribute (names come from the teacher's
/// file: anything in them is shown, nothing runs).
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// A table: its caption, its header cells (those marked `true` hold numbers) and its rows (a
/// row's first cell is its header), as markup.
fn table(caption: &str, header: &[(String, bool)], rows: &[Vec<String>]) -> String {
    let mut html = format!(
        "<div class=\"table-scroll\"><table class=\"class-table\"><caption>{}</caption><thead><tr>",
        escape(caption)
    );
    for (h, number) in header {
        html.push_str(&format!(
            "<th scope=\"col\"{}>{}</th>",
            if *number { " class=\"number\"" } else { "" },
            escape(h)
        ));
    }
    html.push_str("</tr></thead><tbody>");
    for row in rows {
        html.push_str("<tr>");
        for (k, cell) in row.iter().enumerate() {
            let number = header.get(k).is_some_and(|h| h.1);
            html.push_str(&match (k, number) {
                (0, _) => format!("<th scope=\"row\">{}</th>", escape(cell)),
                (_, true) => format!("<td class=\"number\">{}</td>", escape(cell)),
                _ => format!("<td>{}</td>", escape(cell)),
            });
        }
        html.push_str("</tr>");
    }
    html.push_str("</tbody></table></div>");
    html
}

/// The report's part of the view, as markup: text and tables only, with no control inside
/// (markup from a function is far smaller in wasm than as many reactive elements).
fn report_markup(roster: &Roster, report: &ClassReport) -> String {
    let learners = report.learners;
    let gain = match (
        report.gain,
        report.matched_before_percent,
        report.matched_after_percent,
    ) {
        (Some(g), Some(pre), Some(post)) => crate::t!(
            "class-gain",
            gain = fixed(g, 2),
            both = report.both,
            pre = percent(pre),
            post = percent(post),
        ),
        _ => crate::t!("class-gain-none", both = report.both),
    };
    let check = crate::t!(
        "class-check-summary",
        before = mean(report.mean_before_percent),
        before_n = report.before_taken,
        after = mean(report.mean_after_percent),
        after_n = report.after_taken,
    );
    let share = |s: class_report::Share| {
        s.percent().map_or_else(
            || crate::t!("class-none"),
            |p| {
                crate::t!(
                    "class-share",
                    percent = percent(p),
                    right = s.right,
                    of = s.of
                )
            },
        )
    };
    let wrong = |w: Option<(u8, usize)>| {
        w.map_or_else(
            || crate::t!("class-none"),
            |(option, n)| crate::t!("class-wrong-answer", option = letter(option), n = n),
        )
    };
    let before = crate::t!("class-before-header");
    let after = crate::t!("class-after-header");
    let solved = crate::t!("class-solved-header");
    let questions: Vec<Vec<String>> = report
        .questions
        .iter()
        .zip(QUESTIONS.iter())
        .enumerate()
        .map(|(i, (q, item))| {
            vec![
                crate::t!("class-question", n = i + 1, prompt = (item.prompt)()),
                share(q.right_before),
                share(q.right_after),
                wrong(q.top_wrong_after),
            ]
        })
        .collect();
    let challenges: Vec<Vec<String>> = report
        .challenges
        .iter()
        .map(|(c, n)| {
            vec![
                words(*c).title.to_string(),
                crate::t!("class-of", n = *n, total = learners),
            ]
        })
        .collect();
    let score = |s: Option<u8>| {
        s.map_or_else(
            || crate::t!("class-none"),
            |s| crate::t!("class-score", score = s),
        )
    };
    let rows: Vec<Vec<String>> = roster
        .learners
        .iter()
        .map(|l| {
            vec![
                l.name
                    .clone()
                    .unwrap_or_else(|| crate::t!("class-line", line = l.line)),
                crate::t!(
                    "class-of",
                    n = l.record.solved_challenges().len(),
                    total = Challenge::ALL.len()
                ),
                score(l.record.before),
                score(l.record.after),
            ]
        })
        .collect();
    let chart = chart_markup(
        &report.questions,
        &ChartWords {
            before: crate::t!("class-chart-before"),
            after: crate::t!("class-chart-after"),
            percent,
        },
    );
    let caption = format!(
        "{} {}",
        crate::t!("class-questions-caption"),
        crate::t!(
            "class-questions-note",
            known = report.answers_known_after.max(report.answers_known_before),
            learners = learners,
        )
    );
    let download = format!(
        "data:text/csv;charset=utf-8,{}",
        String::from(js_sys::encode_uri_component(&csv(&roster.learners)))
    );
    [
        format!("<h4>{}</h4>", escape(&crate::t!("class-check-title"))),
        format!("<p>{}</p><p>{}</p>", escape(&check), escape(&gain)),
        format!(
            "<svg class=\"class-chart\" role=\"img\" aria-label=\"{}\" viewBox=\"{}\">{chart}</svg>",
            escape(&crate::t!("class-chart-label")),
            view_box()
        ),
        table(
            &caption,
            &[
                (crate::t!("class-question-header"), false),
                (before.clone(), true),
                (after.clone(), true),
                (crate::t!("class-wrong-header"), false),
            ],
            &questions,
        ),
        table(
            &crate::t!("class-challenges-caption"),
            &[(crate::t!("class-challenge-header"), false), (solved.clone(), true)],
            &challenges,
        ),
        table(
            &crate::t!("class-learners-caption"),
            &[
                (crate::t!("class-learner-header"), false),
                (solved, true),
                (before, true),
                (after, true),
            ],
            &rows,
        ),
        format!(
            "<a class=\"button secondary small\" href=\"{}\" download=\"neuron-lab-class.csv\">{}</a>",
            escape(&download),
            escape(&crate::t!("class-download"))
        ),
    ]
    .concat()
}

/// The class view.
#[component]
pub fn ClassView() -> impl IntoView {
    let text = RwSignal::new(String::new());
    // The roster and report of the last reading (not of every keystroke).
    let read = RwSignal::new(None::<(Roster, ClassReport)>);
    let status = RwSignal::new(String::new());
    let run = move |source: &str| {
        let roster = class_report::read_roster(source);
        let report = class_report::report(&roster.learners);
        status.set(crate::t!(
            "class-summary",
            learners = roster.learners.len(),
            problems = roster.problems.len(),
        ));
        read.set(Some((roster, report)));
    };
    let on_file = move |ev: leptos::ev::Event| {
        let read = crate::runtime::files::read_chosen(&ev, MAX_FILE_BYTES, move |content| {
            text.set(content.clone());
            run(&content);
        });
        if read.is_err() {
            status.set(crate::t!("class-file-too-large"));
        }
    };
    let problems = move || {
        read.with(|r| {
            r.as_ref().filter(|(roster, _)| !roster.problems.is_empty()).map(|(roster, _)| {
                let items = roster
                    .problems
                    .iter()
                    .map(|p| {
                        view! {
                            <li>{crate::t!("class-problem", line = p.line, text = p.text.clone(), reason = reason(p))}</li>
                        }
                    })
                    .collect_view();
                view! {
                    <h4>{crate::t!("class-problems-title")}</h4>
                    <ul class="class-problems">{items}</ul>
                }
            })
        })
    };
    let report = move || {
        read.with(|r| {
            r.as_ref()
                .filter(|(roster, _)| !roster.learners.is_empty())
                .map_or_else(String::new, |(roster, report)| {
                    report_markup(roster, report)
                })
        })
    };
    view! {
        <div class="class-view">
            <p>{crate::t!("class-intro")}</p>
            <form class="class-form" on:submit=move |ev| { ev.prevent_default(); run(&text.get_untracked()); }>
                <label for="class-codes">{crate::t!("class-codes-label")}</label>
                <textarea
                    id="class-codes"
                    class="share-field"
                    rows="6"
                    spellcheck="false"
                    autocomplete="off"
                    maxlength=MAX_CHARS
                    prop:value=move || text.get()
                    on:input=move |ev| text.set(event_target_value(&ev))
                ></textarea>
                <div class="class-actions">
                    <button type="submit" class="button small">{crate::t!("class-read-button")}</button>
                    <label class="button secondary small file-label">
                        {crate::t!("class-open-file")}
                        <input type="file" accept=".csv,.txt,.tsv,text/csv,text/plain" class="sr-only" on:change=on_file />
                    </label>
                </div>
            </form>
            <p class="class-status" role="status" aria-live="polite">{move || status.get()}</p>
            {problems}
            <div class="class-report" inner_html=report></div>
        </div>
    }
}
