//! The class view's model as a teacher uses it: a class's codes pasted with names, a header row,
//! CRLF line ends, a quoted "Doe, Jane", a tab-separated line and a version-1 code; read back
//! and summarised, every number worked out by hand below. Then the lines that go wrong, each
//! reported with its number, and a class of 500.

use neuron_core::challenge::Challenge;
use neuron_core::class_report::{
    Learner, Problem, ProblemKind, QuestionStats, Share, csv_row, learner_cells, read_roster,
    report,
};
use neuron_core::concept_check::{self, Answers, QUESTIONS};
use neuron_core::progress_code::{CodeError, Record, decode, encode};
use neuron_core::rng::{Rng, SplitMix64};

/// Answers written as letters, `.` for unanswered: "BDACBCDACB" is the key.
fn answers(letters: &str) -> Answers {
    let picked: Vec<Option<u8>> = letters
        .bytes()
        .map(|b| (b != b'.').then(|| b - b'A'))
        .collect();
    picked.try_into().unwrap()
}

/// A record with these challenges solved and these answers (None: not taken).
fn record(solved: &[Challenge], before: Option<&str>, after: Option<&str>) -> Record {
    let mut r = Record::default();
    for c in solved {
        r.mark_solved(*c);
    }
    if let Some(a) = before {
        r.set_answers(true, answers(a));
    }
    if let Some(a) = after {
        r.set_answers(false, answers(a));
    }
    r
}

/// The class: six learners, their records and the text a teacher pastes.
fn class() -> (Vec<Record>, String) {
    let ada = record(
        &[Challenge::Threshold, Challenge::Nand],
        Some("A.ACBCDACB"), // question 1 wrong, 2 unanswered: 8
        Some("BDACBCDACB"), // the key: 10
    );
    let jane = record(
        &[Challenge::Threshold],
        Some("AAAAAAAAAA"), // right on questions 3 and 8: 2
        Some("BDACBCDAAA"), // 9 and 10 wrong: 8
    );
    let ben = record(
        &Challenge::ALL,
        Some("CCCCCCCCCC"), // right on questions 4, 6 and 9: 3
        Some("BDACBCDACA"), // 10 wrong: 9
    );
    let cy = record(&[], None, Some("BD........")); // 2
    // Dee's code is from the first version: Fire50 solved, scores 5 and 7, no answers.
    let dee_v1 = "nl-800h-bxzw";
    let dee = decode(dee_v1).unwrap();
    assert_eq!(
        dee,
        Record {
            solved: 1 << 2,
            before: Some(5),
            after: Some(7),
            ..Record::default()
        }
    );
    let nameless = record(&[], Some(".........."), None); // taken, nothing answered: 0
    let text = [
        "Name,Progress code".to_string(),
        format!("Ada,{}", encode(&ada)),
        format!("\"Doe, Jane\",{}", encode(&jane)),
        String::new(),
        format!("Ben\t{}", encode(&ben).to_lowercase().replace('-', "")),
        format!("Cy;{}", encode(&cy)),
        format!("  Dee , {dee_v1} "),
        encode(&nameless),
    ]
    .join("\r\n");
    (vec![ada, jane, ben, cy, dee, nameless], text)
}

#[test]
fn a_pasted_class_reads_back() {
    let (records, text) = class();
    let roster = read_roster(&text);
    assert_eq!(roster.problems, []);
    let names: Vec<Option<&str>> = roster.learners.iter().map(|l| l.name.as_deref()).collect();
    assert_eq!(
        names,
        [
            Some("Ada"),
            Some("Doe, Jane"),
            Some("Ben"),
            Some("Cy"),
            Some("Dee"),
            None
        ]
    );
    let lines: Vec<usize> = roster.learners.iter().map(|l| l.line).collect();
    assert_eq!(lines, [2, 3, 5, 6, 7, 8]);
    let read: Vec<Record> = roster.learners.iter().map(|l| l.record).collect();
    assert_eq!(read, records);
}

#[test]
fn the_report_adds_up_by_hand() {
    let (_, text) = class();
    let r = report(&read_roster(&text).learners);
    assert_eq!(r.learners, 6);
    // Before: Ada, Jane, Ben, Dee and the nameless one; after: all but the nameless one.
    assert_eq!((r.before_taken, r.after_taken, r.both), (5, 5, 4));
    // Before: 8, 2, 3, 5, 0 → 18 / 5 = 3.6 → 36 %; after: 10, 8, 9, 2, 7 → 36 / 5 → 72 %.
    assert_eq!(r.mean_before_percent, Some(36.0));
    assert_eq!(r.mean_after_percent, Some(72.0));
    // Matched (Ada, Jane, Ben, Dee): before 8, 2, 3, 5 → 45 %; after 10, 8, 9, 7 → 85 %;
    // ⟨g⟩ = (85 − 45) / (100 − 45) = 40 / 55 = 8 / 11.
    assert_eq!(r.matched_before_percent, Some(45.0));
    assert_eq!(r.matched_after_percent, Some(85.0));
    assert!((r.gain.unwrap() - 8.0 / 11.0).abs() < 1e-12);
    // Dee's version-1 code counts for the scores, not for the questions.
    assert_eq!((r.answers_known_before, r.answers_known_after), (4, 4));

    // Before, over Ada (A.ACBCDACB), Jane (all A), Ben (all C); the nameless one answered
    // nothing. The key is B D A C B C D A C B.
    let share = |right, of| Share { right, of };
    let before = [
        (share(0, 3), Some((0, 2))), // A, A, C: A twice
        (share(0, 2), Some((0, 1))), // –, A, C: a tie, the first
        (share(2, 3), Some((2, 1))), // A, A, C
        (share(2, 3), Some((0, 1))), // C, A, C
        (share(1, 3), Some((0, 1))), // B, A, C
        (share(2, 3), Some((0, 1))), // C, A, C
        (share(1, 3), Some((0, 1))), // D, A, C
        (share(2, 3), Some((2, 1))), // A, A, C
        (share(2, 3), Some((0, 1))), // C, A, C
        (share(1, 3), Some((0, 1))), // B, A, C
    ];
    // After, over Ada (the key), Jane (…AAA at the end), Ben (…CA) and Cy (BD, then nothing).
    let mut after = [(share(3, 3), None); QUESTIONS];
    after[0] = (share(4, 4), None);
    after[1] = (share(4, 4), None);
    after[8] = (share(2, 3), Some((0, 1))); // C, A, C
    after[9] = (share(1, 3), Some((0, 2))); // B, A, A
    let expected: Vec<QuestionStats> = before
        .iter()
        .zip(after)
        .map(|(b, a)| QuestionStats {
            right_before: b.0,
            top_wrong_before: b.1,
            right_after: a.0,
            top_wrong_after: a.1,
        })
        .collect();
    assert_eq!(r.questions, expected);

    // Threshold: Ada, Jane, Ben; Fire50: Ben, Dee; Nand: Ada, Ben; the rest Ben alone.
    let solved: Vec<usize> = r.challenges.iter().map(|(_, n)| *n).collect();
    assert_eq!(solved, [3, 1, 2, 1, 2, 1, 1, 1, 1, 1, 1, 1, 1]);
    assert!(r.challenges.iter().map(|(c, _)| *c).eq(Challenge::ALL));
}

#[test]
fn bad_lines_are_reported_by_number() {
    let mut ada = Record::default();
    ada.mark_solved(Challenge::BlowUp);
    ada.set_answers(false, answers("BDACBCDAC."));
    let code = encode(&ada);
    // One character changed (another of the alphabet in the same place).
    let mut mistyped: Vec<char> = code.chars().collect();
    mistyped[9] = if mistyped[9] == 'X' { 'Y' } else { 'X' };
    let mistyped: String = mistyped.into_iter().collect();
    let long = "this line goes on and on without a code in it, far past sixty characters";
    let text = [
        code.clone(),                              // 1: a learner, without a name (not a header)
        format!("Ada, {mistyped}"),                // 2: checksum
        "Ben, NL-1234-5678-9ABC".to_string(),      // 3: length
        "hello".to_string(),                       // 4: no code
        code.clone(),                              // 5: the same as line 1
        format!("Ada, {code}"),                    // 6: a learner: named this time
        format!("Ada,{}", code.to_lowercase()),    // 7: the same as line 6
        "Zoë, x, y".to_string(),                   // 8: no code
        "Eve, NL-ABCD-EFGH-JKMN-PQRU".to_string(), // 9: U is not in the alphabet
        long.to_string(),                          // 10: no code, cut
        format!("Cy, {code}"),                     // 11: another name, the same progress
    ]
    .join("\n");
    let roster = read_roster(&text);
    let learners: Vec<(usize, Option<&str>)> = roster
        .learners
        .iter()
        .map(|l| (l.line, l.name.as_deref()))
        .collect();
    assert_eq!(learners, [(1, None), (6, Some("Ada")), (11, Some("Cy"))]);
    assert!(roster.learners.iter().all(|l| l.record == ada));
    let problems: Vec<(usize, ProblemKind)> =
        roster.problems.iter().map(|p| (p.line, p.kind)).collect();
    assert_eq!(
        problems,
        [
            (2, ProblemKind::Code(CodeError::Checksum)),
            (3, ProblemKind::Code(CodeError::Length)),
            (4, ProblemKind::NoCode),
            (5, ProblemKind::Duplicate { first_line: 1 }),
            (7, ProblemKind::Duplicate { first_line: 6 }),
            (8, ProblemKind::NoCode),
            (9, ProblemKind::Code(CodeError::Character)),
            (10, ProblemKind::NoCode),
        ]
    );
    assert_eq!(roster.problems[2].text, "hello");
    assert_eq!(
        roster.problems[7],
        Problem {
            line: 10,
            text: format!("{}…", &long[..59]),
            kind: ProblemKind::NoCode,
        }
    );
}

#[test]
fn only_a_first_line_without_codes_is_a_header() {
    let code = encode(&record(&[Challenge::Nand], None, None));
    for header in [
        "Name,Progress code",
        "Lastname;Code",
        "hello",
        "\u{feff}Name\tCode",
    ] {
        let roster = read_roster(&format!("{header}\n{code}"));
        assert_eq!(roster.problems, [], "{header}");
        assert_eq!(roster.learners.len(), 1);
        assert_eq!(roster.learners[0].line, 2);
    }
    // A mistyped code on the first line is not taken for a header.
    for first in ["NL-1234", "Ada, 1A2B3C4D"] {
        let roster = read_roster(&format!("\n{first}\n{code}"));
        assert_eq!(roster.problems.len(), 1, "{first}");
        assert_eq!(roster.problems[0].line, 2);
        assert!(matches!(roster.problems[0].kind, ProblemKind::Code(_)));
    }
    // Further down, a word of eight letters is a code attempt: it might be one, mistyped.
    let roster = read_roster(&format!("{code}\nAda, Lastname"));
    assert!(matches!(roster.problems[0].kind, ProblemKind::Code(_)));
    assert_eq!(read_roster(""), Default::default());
    assert_eq!(read_roster("\n \r\n\t\n"), Default::default());
}

#[test]
fn a_class_of_500_round_trips() {
    let mut rng = SplitMix64::new(500);
    let records: Vec<Record> = (0..500)
        .map(|_| {
            let mut r = Record {
                solved: rng.next_u64() as u16 & 0x1fff,
                ..Record::default()
            };
            for before in [true, false] {
                match rng.below(3) {
                    0 => {}
                    1 => {
                        let score = Some(rng.below(11) as u8);
                        if before {
                            r.before = score;
                        } else {
                            r.after = score;
                        }
                    }
                    _ => r.set_answers(
                        before,
                        std::array::from_fn(|_| {
                            let o = rng.below(5) as u8;
                            (o < 4).then_some(o)
                        }),
                    ),
                }
            }
            r
        })
        .collect();
    let mut text = String::from("Name,Code\n");
    for (i, r) in records.iter().enumerate() {
        text.push_str(&csv_row(&[format!("Doe, learner {i}"), encode(r)]));
        text.push_str("\r\n");
    }
    let roster = read_roster(&text);
    assert_eq!(roster.problems, []);
    assert_eq!(roster.learners.len(), 500);
    for (i, (l, r)) in roster.learners.iter().zip(&records).enumerate() {
        assert_eq!(l.record, *r);
        assert_eq!(l.line, i + 2);
        assert_eq!(
            l.name.as_deref(),
            Some(format!("Doe, learner {i}").as_str())
        );
    }

    let report = report(&roster.learners);
    let count = |f: &dyn Fn(&Record) -> bool| records.iter().filter(|r| f(r)).count();
    assert_eq!(report.learners, 500);
    assert_eq!(report.before_taken, count(&|r| r.before.is_some()));
    assert_eq!(report.after_taken, count(&|r| r.after.is_some()));
    assert_eq!(
        report.both,
        count(&|r| r.before.is_some() && r.after.is_some())
    );
    assert_eq!(
        report.answers_known_before,
        count(&|r| r.answers_before.is_some())
    );
    for (c, n) in &report.challenges {
        assert_eq!(*n, count(&|r| r.is_solved(*c)));
    }
    for (q, stats) in report.questions.iter().enumerate() {
        let right = concept_check::ANSWERS[q];
        let answered = |a: &Option<Answers>| a.is_some_and(|a| a[q].is_some());
        let got = |a: &Option<Answers>| a.is_some_and(|a| a[q] == Some(right));
        assert_eq!(
            stats.right_after,
            Share {
                right: count(&|r| got(&r.answers_after)),
                of: count(&|r| answered(&r.answers_after)),
            }
        );
        let (option, n) = stats.top_wrong_before.unwrap();
        assert_ne!(option, right);
        assert_eq!(
            n,
            count(&|r| r.answers_before.is_some_and(|a| a[q] == Some(option)))
        );
    }
    let mean = |f: &dyn Fn(&Record) -> Option<u8>| {
        let scores: Vec<f64> = records.iter().filter_map(f).map(f64::from).collect();
        10.0 * scores.iter().sum::<f64>() / scores.len() as f64
    };
    assert!((report.mean_before_percent.unwrap() - mean(&|r| r.before)).abs() < 1e-9);
    assert!((report.mean_after_percent.unwrap() - mean(&|r| r.after)).abs() < 1e-9);
}

#[test]
fn the_gain_needs_matched_learners_below_full_marks() {
    let learner = |before, after| Learner {
        line: 1,
        name: None,
        record: Record {
            before,
            after,
            ..Record::default()
        },
    };
    // No one took both: means, but no gain.
    let r = report(&[learner(Some(4), None), learner(None, Some(9))]);
    assert_eq!(
        (r.mean_before_percent, r.mean_after_percent),
        (Some(40.0), Some(90.0))
    );
    assert_eq!((r.both, r.matched_before_percent, r.gain), (0, None, None));
    // Full marks before: nothing left to gain.
    let r = report(&[learner(Some(10), Some(10)), learner(Some(10), Some(8))]);
    assert_eq!(r.matched_before_percent, Some(100.0));
    assert_eq!(r.gain, None);
    // Worse after: a negative gain, (40 − 60) / (100 − 60) = −0.5.
    let r = report(&[learner(Some(6), Some(4))]);
    assert_eq!(r.gain, Some(-0.5));
    // No one at all.
    let r = report(&[]);
    assert_eq!((r.learners, r.mean_before_percent, r.gain), (0, None, None));
    assert_eq!(r.questions.len(), QUESTIONS);
    assert!(r.questions.iter().all(|q| *q == QuestionStats::default()));
}

#[test]
fn a_learner_becomes_a_csv_row() {
    let (_, text) = class();
    let learners = read_roster(&text).learners;
    let cells = learner_cells(&learners[1]); // Jane
    assert_eq!(cells.len(), 37);
    assert_eq!(cells[0], "Doe, Jane");
    assert_eq!(cells[1], "1");
    assert_eq!(cells[2..15].join(""), "1000000000000");
    assert_eq!(cells[15..17], ["2", "8"]);
    assert_eq!(cells[17..27].join(""), "AAAAAAAAAA");
    assert_eq!(cells[27..37].join(""), "BDACBCDAAA");
    let row = csv_row(&cells);
    assert!(row.starts_with("\"Doe, Jane\",1,1,0,0,"), "{row}");
    assert!(
        row.ends_with(",2,8,A,A,A,A,A,A,A,A,A,A,B,D,A,C,B,C,D,A,A,A"),
        "{row}"
    );

    // Cy: nothing solved, not taken before, answers after with blanks.
    let cells = learner_cells(&learners[3]);
    assert_eq!(cells[1], "0");
    assert_eq!(cells[15..17], ["", "2"]);
    assert!(cells[17..27].iter().all(String::is_empty));
    assert_eq!(cells[27..29], ["B", "D"]);
    assert!(cells[29..37].iter().all(String::is_empty));
    // Dee (version 1): scores, no letters. The nameless one: an empty name.
    let cells = learner_cells(&learners[4]);
    assert_eq!(cells[2..15].join(""), "0010000000000");
    assert_eq!(cells[15..17], ["5", "7"]);
    assert!(cells[17..].iter().all(String::is_empty));
    assert_eq!(learner_cells(&learners[5])[0], "");
}
