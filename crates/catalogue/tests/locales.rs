//! The shipped catalogues (`locales/*.ftl`) against each other and against the code: every
//! message the page asks for exists in English, English has nothing the page never asks for,
//! and every other language has exactly English's messages with the same variables.

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

use catalogue::{Catalogue, english_plural};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// English's text (with the parts still being written under `locales/parts/`, if any).
fn english() -> String {
    let mut text = fs::read_to_string(root().join("locales/en.ftl")).expect("locales/en.ftl");
    if let Ok(dir) = fs::read_dir(root().join("locales/parts")) {
        let mut parts: Vec<_> = dir.flatten().map(|e| e.path()).collect();
        parts.sort();
        for p in parts {
            text.push('\n');
            text.push_str(&fs::read_to_string(p).unwrap());
        }
    }
    text
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// Every id the app's code names in `t!("…")` or `rich!("…")`, with where.
fn ids_in_code() -> Vec<(String, String)> {
    let mut files = Vec::new();
    rust_files(&root().join("src"), &mut files);
    let mut out = Vec::new();
    for file in files {
        // Comments (examples in doc comments) do not count.
        let text: String = fs::read_to_string(&file)
            .unwrap()
            .lines()
            .filter(|l| !l.trim_start().starts_with("//"))
            .collect::<Vec<_>>()
            .join("\n");
        for mac in ["t!(", "rich!("] {
            let mut rest = text.as_str();
            while let Some(at) = rest.find(mac) {
                // `format!(` is not `t!(`.
                let before = rest[..at].chars().next_back();
                rest = &rest[at + mac.len()..];
                if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                    continue;
                }
                let args = rest.trim_start();
                if let Some(quoted) = args.strip_prefix('"')
                    && let Some(end) = quoted.find('"')
                {
                    out.push((quoted[..end].to_string(), file.display().to_string()));
                }
            }
        }
    }
    out
}

/// Ids used outside the Rust code: by the page's inline script (`index.html`).
const USED_BY_THE_PAGE: [&str; 9] = [
    "page-loading",
    "crash-start-title",
    "crash-start-text",
    "crash-stopped-title",
    "crash-stopped-text",
    "crash-reload",
    "crash-sandbox-title",
    "crash-sandbox-text",
    "crash-open-alone",
];

#[test]
fn english_reads_without_errors() {
    let en = Catalogue::new(&english(), english_plural);
    assert_eq!(en.errors(), &[], "locales/en.ftl");
}

#[test]
fn every_message_the_code_asks_for_is_in_english() {
    let en = Catalogue::new(&english(), english_plural);
    let missing: Vec<_> = ids_in_code()
        .into_iter()
        .filter(|(id, _)| !en.has(id))
        .collect();
    assert!(missing.is_empty(), "not in locales/en.ftl: {missing:#?}");
}

#[test]
fn english_has_no_message_the_page_never_uses() {
    let en = Catalogue::new(&english(), english_plural);
    let used: BTreeSet<String> = ids_in_code().into_iter().map(|(id, _)| id).collect();
    let text = english();
    let unused: Vec<&str> = en
        .ids()
        .filter(|id| !used.contains(*id) && !USED_BY_THE_PAGE.contains(id))
        // Terms and messages put inside other messages count as used.
        .filter(|id| !text.contains(&format!("{{ {id} }}")))
        .collect();
    assert!(
        unused.is_empty(),
        "in locales/en.ftl but never used: {unused:#?}"
    );
}

#[test]
fn every_language_has_englishs_messages_with_the_same_variables() {
    let en = Catalogue::new(&english(), english_plural);
    let ids: BTreeSet<&str> = en.ids().collect();
    for entry in fs::read_dir(root().join("locales")).unwrap().flatten() {
        let path = entry.path();
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        if name == "en.ftl" || !name.ends_with(".ftl") {
            continue;
        }
        let other = Catalogue::new(&fs::read_to_string(&path).unwrap(), english_plural);
        assert_eq!(other.errors(), &[], "{name}");
        let theirs: BTreeSet<&str> = other.ids().collect();
        let missing: Vec<_> = ids.difference(&theirs).collect();
        let extra: Vec<_> = theirs.difference(&ids).collect();
        assert!(missing.is_empty(), "{name} lacks {missing:#?}");
        assert!(extra.is_empty(), "{name} has ids English lacks: {extra:#?}");
        for id in &ids {
            assert_eq!(
                other.variables(id),
                en.variables(id),
                "{name}: the variables of {id}"
            );
        }
    }
}

#[test]
fn every_language_is_listed_in_the_page() {
    let page = fs::read_to_string(root().join("index.html")).unwrap();
    for entry in fs::read_dir(root().join("locales")).unwrap().flatten() {
        let name = entry.file_name().to_string_lossy().to_string();
        if let Some(tag) = name.strip_suffix(".ftl") {
            assert!(
                page.contains(&format!("\"{tag}\": {{\"name\"")),
                "{tag} is not in index.html's list"
            );
        }
    }
    // And every listed language has its file (the service worker caches them all).
    let list = page
        .split("<script id=\"languages\" type=\"application/json\">")
        .nth(1)
        .unwrap();
    let list = &list[..list.find("</script>").unwrap()];
    let pieces: Vec<&str> = list.split("\": {\"name\"").collect();
    // Every piece but the last ends with `"tag`.
    for tag in pieces[..pieces.len() - 1]
        .iter()
        .filter_map(|s| s.rsplit('"').next())
    {
        assert!(
            root().join(format!("locales/{tag}.ftl")).exists(),
            "locales/{tag}.ftl is missing"
        );
    }
}
