//! The app's top-level modules import one way: each only from its own layer or those below
//! it, and never in a circle. A new import against the layering fails here, with the import
//! named, instead of growing a cycle nobody sees (see `docs/implementation-notes.md`, "Layers").

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;

/// The layers, lowest first. A module may import from its own layer (if that makes no cycle)
/// and from any layer below; `neuron_core` is below them all.
const LAYERS: &[(&str, &[&str])] = &[
    ("foundations", &["theme", "nav", "runtime"]),
    ("languages", &["i18n", "settings_file"]),
    ("words", &["words", "embed", "panic_hook"]),
    ("shared parts", &["plot", "widgets"]),
    ("activities", &["activity"]),
    (
        "widgets",
        &[
            "explorer", "boundary", "network", "biolab", "dendrite", "scale",
        ],
    ),
    ("the one list", &["widget_list"]),
    ("lesson", &["learn", "lesson", "share", "course"]),
    ("page", &["app", "bench"]),
];

fn layer_of(module: &str) -> usize {
    LAYERS
        .iter()
        .position(|(_, modules)| modules.contains(&module))
        .unwrap_or_else(|| panic!("src/{module}: a new top-level module needs a layer here"))
}

/// The source without line comments and without its unit tests.
fn code(text: &str) -> String {
    let body = match text.find("#[cfg(test)]\nmod tests") {
        Some(i) => &text[..i],
        None => text,
    };
    body.lines()
        .map(|line| match line.find("//") {
            Some(i) => &line[..i],
            None => line,
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn identifier(text: &str) -> &str {
    let end = text
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .unwrap_or(text.len());
    &text[..end]
}

/// The top-level modules a file's code names: `crate::x…` and `use crate::{x, y::…}`.
fn imports(code: &str) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    for (i, _) in code.match_indices("crate::") {
        let rest = &code[i + "crate::".len()..];
        if let Some(group) = rest.strip_prefix('{') {
            // Names at the group's top level: after `{` and after each `,` at depth 0.
            let mut depth = 0;
            let mut start = true;
            for (j, c) in group.char_indices() {
                match c {
                    '{' => depth += 1,
                    '}' if depth == 0 => break,
                    '}' => depth -= 1,
                    ',' if depth == 0 => start = true,
                    c if c.is_whitespace() => {}
                    _ if start => {
                        found.insert(identifier(&group[j..]).to_string());
                        start = false;
                    }
                    _ => {}
                }
            }
        } else {
            found.insert(identifier(rest).to_string());
        }
    }
    found
}

/// Every top-level module of `src/` and the top-level modules its files import.
fn graph() -> BTreeMap<String, BTreeSet<String>> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut graph = BTreeMap::new();
    for entry in fs::read_dir(&src).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_stem().unwrap().to_string_lossy().to_string();
        if name == "lib" || name == "main" {
            continue;
        }
        let mut files = Vec::new();
        if path.is_dir() {
            let mut stack = vec![path.clone()];
            while let Some(dir) = stack.pop() {
                for e in fs::read_dir(dir).unwrap() {
                    let p = e.unwrap().path();
                    if p.is_dir() {
                        stack.push(p);
                    } else if p.extension().is_some_and(|x| x == "rs") {
                        files.push(p);
                    }
                }
            }
        } else if path.extension().is_some_and(|x| x == "rs") {
            files.push(path.clone());
        } else {
            continue;
        }
        let mut uses = BTreeSet::new();
        for file in files {
            uses.extend(imports(&code(&fs::read_to_string(file).unwrap())));
        }
        graph.insert(name, uses);
    }
    let modules: BTreeSet<String> = graph.keys().cloned().collect();
    for (name, uses) in graph.iter_mut() {
        uses.retain(|u| modules.contains(u) && u != name);
    }
    graph
}

#[test]
fn every_import_goes_down_the_layers() {
    let graph = graph();
    assert!(graph.len() > 10, "the source was found");
    let mut wrong = Vec::new();
    for (module, uses) in &graph {
        for used in uses {
            if layer_of(used) > layer_of(module) {
                wrong.push(format!(
                    "{module} ({}) imports {used} ({})",
                    LAYERS[layer_of(module)].0,
                    LAYERS[layer_of(used)].0
                ));
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "imports against the layers:\n{}",
        wrong.join("\n")
    );
}

#[test]
fn no_modules_import_each_other_in_a_circle() {
    let graph = graph();
    // Depth-first search for a back edge, with the path that closes the circle.
    fn visit(
        m: &str,
        graph: &BTreeMap<String, BTreeSet<String>>,
        path: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) -> Option<Vec<String>> {
        if let Some(i) = path.iter().position(|p| p == m) {
            let mut circle = path[i..].to_vec();
            circle.push(m.to_string());
            return Some(circle);
        }
        if done.contains(m) {
            return None;
        }
        path.push(m.to_string());
        for next in &graph[m] {
            if let Some(circle) = visit(next, graph, path, done) {
                return Some(circle);
            }
        }
        path.pop();
        done.insert(m.to_string());
        None
    }
    let mut done = BTreeSet::new();
    for m in graph.keys() {
        if let Some(circle) = visit(m, &graph, &mut Vec::new(), &mut done) {
            panic!(
                "modules import each other in a circle: {}",
                circle.join(" -> ")
            );
        }
    }
}

#[test]
fn the_reader_sees_grouped_and_nested_imports() {
    let found = imports("use crate::{widgets::{A, b}, plot};\nlet x = crate::words::name(1);");
    assert_eq!(
        found.into_iter().collect::<Vec<_>>(),
        ["plot", "widgets", "words"]
    );
    assert!(imports(&code("// crate::lesson\nfn f() {}")).is_empty());
}
