//! The `extract` example, run as users run it: JSON lines in, JSON lines out in
//! the same order whatever `--jobs`, and clear errors (file or line named,
//! non-zero exit) for bad input.
//!
//! The binary is built with `cargo build --example extract` (a no-op when
//! `cargo test` has built it already) next to this test binary's profile folder.

use serde_json::Value;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::OnceLock;

fn extract_bin() -> &'static Path {
    static BIN: OnceLock<PathBuf> = OnceLock::new();
    BIN.get_or_init(|| {
        // This test binary is target/<profile>/deps/lib-<hash>.
        let exe = std::env::current_exe().unwrap();
        let profile_dir = exe.parent().unwrap().parent().unwrap().to_path_buf();
        let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
        let mut cmd = Command::new(cargo);
        cmd.current_dir(env!("CARGO_MANIFEST_DIR")).args([
            "build",
            "--quiet",
            "--example",
            "extract",
        ]);
        if profile_dir.file_name().is_some_and(|n| n == "release") {
            cmd.arg("--release");
        }
        let status = cmd.status().expect("cargo runs");
        assert!(status.success(), "cargo build --example extract failed");
        let bin = profile_dir
            .join("examples")
            .join(format!("extract{}", std::env::consts::EXE_SUFFIX));
        assert!(bin.exists(), "no example binary at {}", bin.display());
        bin
    })
}

fn run(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(extract_bin())
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("extract starts");
    let mut input = child.stdin.take().unwrap();
    let data = stdin.to_vec();
    let feeder = std::thread::spawn(move || {
        let _ = input.write_all(&data);
    });
    let out = child.wait_with_output().unwrap();
    feeder.join().unwrap();
    out
}

/// A file in the system temp folder, removed when dropped.
struct TempFile(PathBuf);

impl TempFile {
    fn new(name: &str, bytes: &[u8]) -> TempFile {
        let path =
            std::env::temp_dir().join(format!("reportage-cli-{}-{name}", std::process::id()));
        std::fs::write(&path, bytes).unwrap();
        TempFile(path)
    }
    fn arg(&self) -> &str {
        self.0.to_str().unwrap()
    }
}

impl Drop for TempFile {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}

fn jsonl(docs: &[(Value, &str)]) -> Vec<u8> {
    let mut s = Vec::new();
    for (id, text) in docs {
        serde_json::to_writer(
            &mut s,
            &serde_json::json!({"id": id, "text": text, "extra": 1}),
        )
        .unwrap();
        s.push(b'\n');
    }
    s
}

/// Documents of very different sizes, so workers finish out of order.
fn varied_docs() -> Vec<(Value, String)> {
    use crate::properties::{mutate, Rng, ARTICLE, SHORT};
    let mut rng = Rng::new(11);
    (0..80)
        .map(|i| {
            let text = match i % 5 {
                0 => ARTICLE.repeat(1 + rng.below(4)),
                1 => mutate(&mut rng, SHORT, 10),
                2 => String::new(),
                3 => mutate(&mut rng, ARTICLE, 20),
                _ => "date 2024-02-29 “Yes,” she said. Ünïcödé 😀.".to_string(),
            };
            (Value::from(format!("doc-{i}")), text)
        })
        .collect()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

#[test]
fn jsonl_answers_each_line_in_order_with_the_library_report() {
    let docs = varied_docs();
    let borrowed: Vec<(Value, &str)> = docs.iter().map(|(i, t)| (i.clone(), t.as_str())).collect();
    let input = jsonl(&borrowed);
    let out = run(&["--jsonl", "--jobs", "1"], &input);
    assert!(out.status.success(), "{}", stderr(&out));
    let lines: Vec<&str> = std::str::from_utf8(&out.stdout).unwrap().lines().collect();
    assert_eq!(lines.len(), docs.len());
    for ((id, text), line) in docs.iter().zip(&lines) {
        let mut got: Value = serde_json::from_str(line).unwrap();
        assert_eq!(&got["id"], id);
        got.as_object_mut().unwrap().remove("id");
        let want = serde_json::to_value(reportage::analyze(text).report()).unwrap();
        assert!(got == want, "{id}: the CLI and the library disagree");
        crate::api::check_contract(text, &got);
    }
}

#[test]
fn no_quotes_drops_the_quotes_and_nothing_else() {
    let docs = varied_docs();
    let borrowed: Vec<(Value, &str)> = docs.iter().map(|(i, t)| (i.clone(), t.as_str())).collect();
    let input = jsonl(&borrowed);
    let full = run(&["--jsonl", "--jobs", "2"], &input);
    let bare = run(&["--jsonl", "--jobs", "2", "--no-quotes"], &input);
    assert!(
        full.status.success() && bare.status.success(),
        "{}",
        stderr(&bare)
    );
    let lines = |o: &Output| -> Vec<Value> {
        std::str::from_utf8(&o.stdout)
            .unwrap()
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect()
    };
    let (full, bare) = (lines(&full), lines(&bare));
    assert_eq!(full.len(), bare.len());
    assert!(full
        .iter()
        .any(|v| !v["quotes"].as_array().unwrap().is_empty()));
    for (mut f, b) in full.into_iter().zip(bare) {
        assert!(b["quotes"].as_array().unwrap().is_empty());
        f["quotes"] = Value::Array(Vec::new());
        assert!(
            f == b,
            "{}: --no-quotes changed more than the quotes",
            f["id"]
        );
    }
}

#[test]
fn jsonl_output_is_identical_for_any_number_of_jobs() {
    let docs = varied_docs();
    let borrowed: Vec<(Value, &str)> = docs.iter().map(|(i, t)| (i.clone(), t.as_str())).collect();
    let input = jsonl(&borrowed);
    let one = run(&["--jsonl", "--jobs", "1"], &input);
    assert!(one.status.success(), "{}", stderr(&one));
    for jobs in ["2", "3", "8"] {
        let many = run(&["--jsonl", "--jobs", jobs], &input);
        assert!(many.status.success(), "--jobs {jobs}: {}", stderr(&many));
        assert!(
            many.stdout == one.stdout,
            "--jobs {jobs} output differs from --jobs 1"
        );
    }
    // The same from a file argument.
    let f = TempFile::new("docs.jsonl", &input);
    let from_file = run(&["--jsonl", "--jobs=2", f.arg()], b"");
    assert!(from_file.status.success(), "{}", stderr(&from_file));
    assert!(
        from_file.stdout == one.stdout,
        "file input differs from stdin input"
    );
}

#[test]
fn jsonl_keeps_ids_of_any_type_and_skips_blank_lines() {
    let input = b"{\"id\": 7, \"text\": \"One.\"}\r\n\n   \n{\"id\": null, \"text\": \"Two.\"}\n{\"text\": \"Three.\"}";
    for jobs in ["1", "2"] {
        let out = run(&["--jsonl", "--jobs", jobs], input);
        assert!(out.status.success(), "{}", stderr(&out));
        let lines: Vec<Value> = std::str::from_utf8(&out.stdout)
            .unwrap()
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        let ids: Vec<&Value> = lines.iter().map(|v| &v["id"]).collect();
        assert_eq!(ids, [&Value::from(7), &Value::Null, &Value::Null]);
        assert_eq!(lines[2]["sentences"][0]["text"], "Three.");
    }
}

/// Each bad input: the message must hold every `want` fragment, and the exit fail.
#[test]
fn bad_input_is_named_and_fails() {
    let good = "{\"id\": 1, \"text\": \"Fine.\"}\n";
    let cases: Vec<(&str, Vec<u8>, Vec<&str>)> = vec![
        (
            "invalid UTF-8 on line 3",
            [good, good, "{\"id\": 3, \"text\": \"caf"]
                .concat()
                .into_bytes()
                .into_iter()
                .chain(b"\xff\xfe\"}\n".iter().copied())
                .collect(),
            vec![":3:", "UTF-8"],
        ),
        (
            "malformed JSON on line 2",
            format!("{good}{{\"id\": 2, \"text\": \"unclosed}}\n{good}").into_bytes(),
            vec![":2:", "JSON"],
        ),
        (
            "a JSON array instead of an object",
            format!("{good}[1, 2]\n").into_bytes(),
            vec![":2:", "object"],
        ),
        (
            "no text field on line 4",
            format!("{good}{good}{good}{{\"id\": 4, \"body\": \"x\"}}\n").into_bytes(),
            vec![":4:", "\"text\""],
        ),
        (
            "text is not a string",
            format!("{{\"id\": 1, \"text\": 42}}\n{good}").into_bytes(),
            vec![":1:", "\"text\""],
        ),
    ];
    for (name, input, want) in &cases {
        for jobs in ["1", "2"] {
            // From standard input…
            let out = run(&["--jsonl", "--jobs", jobs], input);
            let msg = stderr(&out);
            assert!(
                !out.status.success(),
                "{name} (--jobs {jobs}): exit status 0"
            );
            assert!(
                msg.contains("<stdin>"),
                "{name} (--jobs {jobs}): {msg:?} names no source"
            );
            for w in want {
                assert!(
                    msg.contains(w),
                    "{name} (--jobs {jobs}): {msg:?} lacks {w:?}"
                );
            }
            // …and from a file, named in the message.
            let f = TempFile::new(&format!("bad-{jobs}.jsonl"), input);
            let out = run(&["--jsonl", "--jobs", jobs, f.arg()], b"");
            let msg = stderr(&out);
            assert!(
                !out.status.success(),
                "{name} (file, --jobs {jobs}): exit status 0"
            );
            assert!(
                msg.contains(f.arg()),
                "{name} (file): {msg:?} names no file"
            );
            for w in want {
                assert!(
                    msg.contains(w),
                    "{name} (file, --jobs {jobs}): {msg:?} lacks {w:?}"
                );
            }
        }
    }
}

#[test]
fn lines_before_a_bad_line_are_written_and_none_after() {
    let mut input = String::new();
    for i in 0..40 {
        input.push_str(&format!("{{\"id\": {i}, \"text\": \"Doc {i}.\"}}\n"));
    }
    input.push_str("not json\n");
    input.push_str("{\"id\": 99, \"text\": \"After.\"}\n");
    for jobs in ["1", "2", "4"] {
        let out = run(&["--jsonl", "--jobs", jobs], input.as_bytes());
        assert!(!out.status.success());
        assert!(stderr(&out).contains(":41:"), "{}", stderr(&out));
        let lines = String::from_utf8(out.stdout).unwrap();
        assert_eq!(lines.lines().count(), 40, "--jobs {jobs}");
        assert!(!lines.contains("After."), "--jobs {jobs}");
    }
}

#[test]
fn unreadable_and_invalid_files_are_named() {
    let missing = std::env::temp_dir().join("reportage-cli-no-such-file.txt");
    let missing = missing.to_str().unwrap();
    for args in [
        vec![missing],
        vec!["--json", missing],
        vec!["--jsonl", missing],
    ] {
        let out = run(&args, b"");
        assert!(!out.status.success(), "{args:?}");
        assert!(stderr(&out).contains(missing), "{args:?}: {}", stderr(&out));
    }
    let dir = std::env::temp_dir();
    let out = run(&["--jsonl", dir.to_str().unwrap()], b"");
    assert!(!out.status.success(), "a folder is not a JSONL file");
    let bad = TempFile::new("latin1.txt", b"Caf\xe9 society.\n");
    for args in [vec![bad.arg()], vec!["--json", bad.arg()]] {
        let out = run(&args, b"");
        assert!(!out.status.success(), "{args:?}");
        let msg = stderr(&out);
        assert!(
            msg.contains(bad.arg()) && msg.contains("UTF-8"),
            "{args:?}: {msg}"
        );
    }
    let out = run(&["-"], b"\xc3\x28 broken");
    assert!(!out.status.success());
    assert!(stderr(&out).contains("<stdin>"), "{}", stderr(&out));
}

#[test]
fn bad_options_fail_with_usage() {
    for args in [
        vec!["--jobs", "0", "--jsonl"],
        vec!["--jobs", "many"],
        vec!["--jobs"],
        vec!["--frobnicate"],
    ] {
        let out = run(&args, b"");
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(!stderr(&out).is_empty(), "{args:?}");
    }
}

#[test]
fn documents_mode_prints_summary_and_json() {
    let f = TempFile::new("story.txt", crate::properties::SHORT.as_bytes());
    let out = run(&[f.arg()], b"");
    assert!(out.status.success(), "{}", stderr(&out));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.starts_with(&format!("== {}", f.arg())), "{text}");
    assert!(text.contains("date: 2023-10-02"), "{text}");
    let out = run(&["--json", f.arg()], b"");
    assert!(out.status.success(), "{}", stderr(&out));
    let mut v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["id"], f.arg());
    v.as_object_mut().unwrap().remove("id");
    let want = serde_json::to_value(reportage::analyze(crate::properties::SHORT).report()).unwrap();
    assert!(v == want, "--json differs from the library report");
    // With no argument: the bundled sample.
    let out = run(&[], b"");
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(String::from_utf8_lossy(&out.stdout).contains("bundled sample"));
}
