//! Golden snapshots: `tests/golden/NAME.txt` (a self-written article) and
//! `NAME.json` (its expected `Report`, pretty JSON).
//!
//! `BLESS=1 cargo test golden` writes every `.json` from the current output.
//! Without `BLESS`, a missing `.json` is reported and skipped (it has not been
//! blessed yet); an existing `.json` that differs from the output fails the test
//! with the layers that differ and the first lines of the difference. Review a
//! blessed change with `git diff tests/golden` like any code change.

use serde_json::Value;
use std::path::{Path, PathBuf};

fn dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden")
}

fn articles() -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(dir())
        .expect("tests/golden exists")
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    v.sort();
    v
}

/// The snapshot of one text: pretty JSON of its report, with a final newline.
fn snapshot(text: &str) -> String {
    let mut s = serde_json::to_string_pretty(&reportage::analyze(text).report()).unwrap();
    s.push('\n');
    s
}

/// A readable account of how `got` differs from `want`.
fn describe(want: &str, got: &str) -> String {
    let mut out = String::new();
    if let (Ok(w), Ok(g)) = (
        serde_json::from_str::<Value>(want),
        serde_json::from_str::<Value>(got),
    ) {
        for key in [
            "date",
            "paragraphs",
            "sentences",
            "entities",
            "people",
            "quotes",
        ] {
            if w.get(key) != g.get(key) {
                let n = |v: &Value| v.get(key).and_then(Value::as_array).map_or(0, Vec::len);
                out.push_str(&format!(
                    "  {key}: differ (expected {} items, got {})\n",
                    n(&w),
                    n(&g)
                ));
            }
        }
    }
    let (wl, gl): (Vec<&str>, Vec<&str>) = (want.lines().collect(), got.lines().collect());
    let first = wl
        .iter()
        .zip(&gl)
        .position(|(a, b)| a != b)
        .unwrap_or(wl.len().min(gl.len()));
    out.push_str(&format!("  first difference at line {}:\n", first + 1));
    for i in first..(first + 8).min(wl.len().max(gl.len())) {
        match (wl.get(i), gl.get(i)) {
            (Some(a), Some(b)) if a == b => out.push_str(&format!("      {a}\n")),
            (a, b) => {
                if let Some(a) = a {
                    out.push_str(&format!("    - {a}\n"));
                }
                if let Some(b) = b {
                    out.push_str(&format!("    + {b}\n"));
                }
            }
        }
    }
    out
}

#[test]
fn golden_snapshots() {
    let bless = std::env::var_os("BLESS").is_some_and(|v| v != "0");
    let articles = articles();
    assert!(articles.len() >= 3, "tests/golden holds the articles");
    let mut failures = Vec::new();
    let mut unblessed = Vec::new();
    for txt in &articles {
        let name = txt.file_stem().unwrap().to_string_lossy().to_string();
        let text = std::fs::read_to_string(txt).unwrap();
        crate::invariants::assert_ok(&name, &text);
        let got = snapshot(&text);
        let json = txt.with_extension("json");
        if bless {
            std::fs::write(&json, &got).unwrap();
            eprintln!("golden: blessed {}", json.display());
            continue;
        }
        match std::fs::read_to_string(&json) {
            Err(_) => unblessed.push(name),
            Ok(want) if want == got => {}
            Ok(want) => failures.push(format!("{name}:\n{}", describe(&want, &got))),
        }
    }
    if !unblessed.is_empty() {
        eprintln!(
            "golden: no snapshot yet for {} (run `BLESS=1 cargo test golden` to create)",
            unblessed.join(", ")
        );
    }
    assert!(
        failures.is_empty(),
        "golden snapshots differ from the output:\n{}\n\
         If the new output is right, run `BLESS=1 cargo test golden` and review `git diff tests/golden`.",
        failures.join("\n")
    );
}

#[test]
fn describe_names_the_layers_that_differ() {
    let want = snapshot("date 2025-01-02 One. Two.");
    let got = snapshot("date 2025-01-02 One. Three.");
    let d = describe(&want, &got);
    assert!(d.contains("sentences: differ"), "{d}");
    assert!(!d.contains("date: differ"), "{d}");
    assert!(d.contains("- ") && d.contains("+ "), "{d}");
}
