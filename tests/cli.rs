//! The `reportage` command (`src/bin/reportage.rs`, the same code as the
//! `extract` example: `reportage::cli`), run as users run it: JSON lines in,
//! JSON lines out in the same order whatever `--jobs`, clear errors (one
//! place named, non-zero exit) for bad input, the readable summary, the HTML
//! page and the displaCy export.

use serde_json::Value;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

fn bin() -> &'static Path {
    Path::new(env!("CARGO_BIN_EXE_reportage"))
}

/// Run the `reportage` command with `args` on `stdin`.
pub(crate) fn run(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(bin())
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("reportage starts");
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
fn jsonl_keeps_ids_of_any_type_and_blank_lines_aligned() {
    let input = b"{\"id\": 7, \"text\": \"One.\"}\r\n\n   \n{\"id\": null, \"text\": \"Two.\"}\n{\"text\": \"Three.\"}";
    for jobs in ["1", "2"] {
        let out = run(&["--jsonl", "--jobs", jobs], input);
        assert!(out.status.success(), "{}", stderr(&out));
        let lines: Vec<Value> = std::str::from_utf8(&out.stdout)
            .unwrap()
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        // Output line N answers input line N: the two blank lines get the
        // empty analysis.
        assert_eq!(lines.len(), 5, "--jobs {jobs}");
        let ids: Vec<&Value> = lines.iter().map(|v| &v["id"]).collect();
        assert_eq!(
            ids,
            [
                &Value::from(7),
                &Value::Null,
                &Value::Null,
                &Value::Null,
                &Value::Null
            ]
        );
        for blank in &lines[1..3] {
            assert_eq!(blank["sentences"], Value::Array(Vec::new()));
            assert_eq!(blank["schema"], lines[0]["schema"]);
        }
        assert_eq!(lines[3]["sentences"][0]["text"], "Two.");
        assert_eq!(lines[4]["sentences"][0]["text"], "Three.");
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
    // --sample: the bundled sample (what no argument gives on a terminal).
    let out = run(&["--sample"], b"");
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(String::from_utf8_lossy(&out.stdout).contains("bundled sample"));
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).expect("the output is UTF-8")
}

fn json_lines(o: &Output) -> Vec<Value> {
    stdout(o)
        .lines()
        .map(|l| serde_json::from_str(l).expect("each line is JSON"))
        .collect()
}

#[test]
fn jobs_beyond_the_bound_fail_with_a_message_not_a_crash() {
    for n in [
        "20000",
        "18446744073709551615",
        "99999999999999999999999",
        "257",
    ] {
        let out = run(&["--jsonl", "--jobs", n], b"{\"text\": \"Hi.\"}\n");
        let msg = stderr(&out);
        assert_eq!(out.status.code(), Some(2), "--jobs {n}: {msg}");
        assert!(msg.contains("1 to 256"), "--jobs {n}: {msg}");
        assert!(!msg.contains("panicked"), "--jobs {n}: {msg}");
    }
    // The bound itself runs.
    let out = run(&["--jsonl", "--jobs", "256"], b"{\"text\": \"Hi.\"}\n");
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(json_lines(&out).len(), 1);
}

/// Many distinct entities and speakers: the summary lists each once. It was
/// quadratic in them (2.6 MB of these sentences took 42 s): at this size the
/// quadratic summary made billions of string comparisons, and this test
/// would not end.
#[test]
fn summary_of_many_distinct_entities_lists_each_once() {
    let n = 100_000;
    let mut text = String::new();
    for i in 0..n {
        text.push_str(&format!("It cost ${i}. "));
        if i % 50 == 0 {
            text.push_str(&format!("\"Fine {i},\" said Officer Person{i}.\n\n"));
        }
    }
    let out = run(&["-"], text.as_bytes());
    assert!(out.status.success(), "{}", stderr(&out));
    let summary = stdout(&out);
    let money = summary
        .lines()
        .find(|l| l.trim_start().starts_with("MONEY:"))
        .expect("a MONEY line");
    let listed: Vec<&str> = money.trim_start()["MONEY: ".len()..].split(", ").collect();
    assert_eq!(listed.len(), n, "each amount once");
    let unique: std::collections::HashSet<&str> = listed.iter().copied().collect();
    assert_eq!(unique.len(), n);
    assert!(listed.contains(&"$99999"));
}

#[test]
fn a_byte_order_mark_before_jsonl_line_one_is_skipped() {
    let mut input = b"\xEF\xBB\xBF".to_vec();
    input.extend_from_slice(
        b"{\"id\": \"a\", \"text\": \"One.\"}\n{\"id\": \"b\", \"text\": \"Two.\"}\n",
    );
    for jobs in ["1", "2"] {
        let out = run(&["--jsonl", "--jobs", jobs], &input);
        assert!(out.status.success(), "--jobs {jobs}: {}", stderr(&out));
        let lines = json_lines(&out);
        assert_eq!(lines.len(), 2);
        assert_eq!(lines[0]["id"], "a");
        assert_eq!(lines[0]["sentences"][0]["text"], "One.");
    }
    // Only before line 1: elsewhere it is not JSON.
    let out = run(
        &["--jsonl"],
        b"{\"text\": \"One.\"}\n\xEF\xBB\xBF{\"text\": \"Two.\"}\n",
    );
    assert!(!out.status.success());
    assert!(stderr(&out).contains("<stdin>:2:1:"), "{}", stderr(&out));
}

#[test]
fn terminal_control_characters_are_escaped_in_the_summary() {
    let text = "Mayor Ana Ruiz said the vote was \u{1b}[2J\u{1b}[Hover. \"We won\u{7}\u{9b}31m,\" Ruiz said.";
    let f = TempFile::new("controls\u{1b}[1m.txt", text.as_bytes());
    let out = run(&["--sentences", f.arg()], b"");
    assert!(out.status.success(), "{}", stderr(&out));
    let summary = stdout(&out);
    for c in summary.chars() {
        assert!(
            !c.is_control() || c == '\n',
            "raw control character {:?} in {summary}",
            c
        );
    }
    assert!(summary.contains("\\u{1b}[2J"), "{summary}");
    assert!(summary.contains("We won\\u{7}\\u{9b}31m,"), "{summary}");
    assert!(
        summary.contains("controls\\u{1b}[1m.txt"),
        "the file name too: {summary}"
    );
}

#[test]
fn standard_input_is_read_when_no_file_is_given() {
    let out = run(&[], b"\"We will build it,\" Mayor Ana Ruiz said on Monday.");
    assert!(out.status.success(), "{}", stderr(&out));
    let summary = stdout(&out);
    assert!(summary.starts_with("== <stdin>\n"), "{summary}");
    assert!(summary.contains("Ana Ruiz"), "{summary}");
    assert!(!summary.contains("bundled sample"), "{summary}");
    // And for --json.
    let out = run(&["--json"], b"It rained.");
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(json_lines(&out)[0]["id"], "<stdin>");
}

#[test]
fn json_with_several_files_prints_one_line_per_file() {
    let a = TempFile::new("one.txt", b"Mayor Ana Ruiz spoke.");
    let b = TempFile::new("two.txt", crate::properties::SHORT.as_bytes());
    let out = run(&["--json", a.arg(), b.arg(), a.arg()], b"");
    assert!(out.status.success(), "{}", stderr(&out));
    let lines = json_lines(&out);
    let ids: Vec<&Value> = lines.iter().map(|v| &v["id"]).collect();
    assert_eq!(ids, [a.arg(), b.arg(), a.arg()]);
    for (v, text) in lines
        .iter()
        .zip(["Mayor Ana Ruiz spoke.", crate::properties::SHORT])
    {
        let mut v = v.clone();
        v.as_object_mut().unwrap().remove("id");
        let want = serde_json::to_value(reportage::analyze(text).report()).unwrap();
        assert!(v == want, "--json differs from the library report");
    }
}

#[test]
fn jsonl_takes_doc_id_or_the_named_field() {
    let input = b"{\"doc_id\": \"d1\", \"text\": \"One.\"}\n{\"id\": 2, \"doc_id\": \"d2\", \"text\": \"Two.\"}\n{\"key\": \"k3\", \"text\": \"Three.\"}\n";
    let out = run(&["--jsonl"], input);
    assert!(out.status.success(), "{}", stderr(&out));
    let ids: Vec<Value> = json_lines(&out).iter().map(|v| v["id"].clone()).collect();
    assert_eq!(ids, [Value::from("d1"), Value::from(2), Value::Null]);
    let out = run(&["--jsonl", "--id-field", "key"], input);
    assert!(out.status.success(), "{}", stderr(&out));
    let ids: Vec<Value> = json_lines(&out).iter().map(|v| v["id"].clone()).collect();
    assert_eq!(ids, [Value::Null, Value::Null, Value::from("k3")]);
}

#[test]
fn a_malformed_line_is_named_by_one_location() {
    let mut input = String::new();
    for i in 0..2999 {
        input.push_str(&format!("{{\"id\": {i}, \"text\": \"Fine.\"}}\n"));
    }
    input.push_str("{\"id\": 3000, \"text\" \"no colon\"}\n");
    let f = TempFile::new("many.jsonl", input.as_bytes());
    for jobs in ["1", "2"] {
        let out = run(&["--jsonl", "--jobs", jobs, f.arg()], b"");
        let msg = stderr(&out);
        assert!(!out.status.success());
        assert!(
            msg.contains(&format!("{}:3000:21: not valid JSON", f.arg())),
            "{msg}"
        );
        assert!(!msg.contains("line 1"), "two line numbers: {msg}");
        assert_eq!(msg.lines().count(), 1, "{msg}");
        assert_eq!(json_lines(&out).len(), 2999);
    }
}

#[test]
fn summary_leads_with_who_said_what_and_places_each_quote() {
    let text = "Harbour news\n\nThe council met on Monday.\n\n\"We will build it,\" Mayor Ana Ruiz said.\n\nRuiz said costs would fall.";
    let out = run(&["-"], text.as_bytes());
    assert!(out.status.success(), "{}", stderr(&out));
    let s = stdout(&out);
    let who = s.find("-- who said what").expect("who said what");
    let people = s.find("-- people").expect("people");
    let entities = s.find("-- entities").expect("entities");
    assert!(who < people && people < entities, "{s}");
    assert!(
        !s.contains("-- sentences"),
        "sentences only on request: {s}"
    );
    assert!(s.contains("¶3 [direct / said] We will build it,"), "{s}");
    assert!(s.contains("¶4 [indirect / said] costs would fall"), "{s}");
    assert!(
        s.contains("Ana Ruiz (Mayor): 2 mentions, quoted 2 times"),
        "{s}"
    );
    let out = run(&["--sentences", "-"], text.as_bytes());
    let s = stdout(&out);
    let sentences = s.find("-- sentences").expect("sentences with --sentences");
    assert!(sentences > entities, "{s}");
    assert!(s.contains("  2. [¶2] The council met on Monday."), "{s}");
}

/// HTML without its tags (every `<` of the article is escaped, so each `<`
/// left opens a tag of the page).
fn without_tags(html: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => in_tag = false,
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out
}

#[test]
fn html_page_escapes_all_article_text() {
    let text =
        "Mayor Ana Ruiz said <script>alert('x')</script> was \"><img src=x onerror=alert(1)>, \
                and \"it is <b>fine</b> & safe,\" Ruiz said.";
    let f = TempFile::new("page<script>.txt", text.as_bytes());
    let out = run(&["--html", f.arg()], b"");
    assert!(out.status.success(), "{}", stderr(&out));
    let page = stdout(&out);
    assert!(page.starts_with("<!DOCTYPE html>"));
    assert!(page.trim_end().ends_with("</html>"));
    // Nothing of the article became markup…
    for bad in ["<script", "<img", "<b>", "onerror=alert(1)>"] {
        assert!(!page.contains(bad), "{bad} in the page: {page}");
    }
    // …and all of it is there as text, between the page's own tags.
    let article = &page[page.find("<article>").unwrap()..page.find("</article>").unwrap()];
    let shown = without_tags(article);
    assert!(
        shown.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"),
        "{shown}"
    );
    assert!(
        shown.contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"),
        "{shown}"
    );
    assert!(
        shown.contains("&lt;b&gt;fine&lt;/b&gt; &amp; safe"),
        "{shown}"
    );
    // Self-contained: no script, no external asset.
    for external in ["src=\"", "href=", "url(", "@import", "<link"] {
        assert!(!page.contains(external), "{external} in the page");
    }
}

#[test]
fn html_page_colours_quotes_by_speaker_and_lists_the_people() {
    let text = "date 2024-05-02 Mayor Ana Ruiz opened the bridge.\n\n\
                \"It is safe,\" Ruiz said. Councillor Tom Hale said it was late.\n\n\
                \"We waited ten years,\" Hale said. A city official said the cost had doubled.";
    let f = TempFile::new("bridge.txt", text.as_bytes());
    let out = run(&["--html", f.arg()], b"");
    assert!(out.status.success(), "{}", stderr(&out));
    let page = stdout(&out);
    let a = reportage::analyze(text);
    assert_eq!(a.quotes.len(), 4, "the test text has four quotes");
    // Each quote piece is a span of its speaker's colour, named after it.
    let colour_of = |who: &str| -> String {
        let at = page
            .find(&format!("data-who=\"{who}\""))
            .unwrap_or_else(|| panic!("no quote of {who}: {page}"));
        let open = page[..at].rfind("<span class=\"q ").unwrap();
        page[open..at]
            .split_whitespace()
            .find(|c| c.starts_with('q') && c.len() == 2 || c.starts_with("q") && c.ends_with('"'))
            .unwrap()
            .trim_end_matches('"')
            .to_string()
    };
    let (ruiz, hale, official) = (
        colour_of("Ana Ruiz"),
        colour_of("Tom Hale"),
        colour_of("A city official"),
    );
    assert!(
        ruiz != hale && hale != official && ruiz != official,
        "{ruiz} {hale} {official}"
    );
    assert_eq!(
        page.matches(&format!("class=\"q end {hale}\"")).count(),
        2,
        "{page}"
    );
    // The side list: people with titles and quote counts, anonymous sources apart.
    let aside = &page[page.find("<aside>").unwrap()..];
    assert!(
        aside.contains("Ana Ruiz</span> <span class=\"titles\">Mayor</span>"),
        "{aside}"
    );
    assert!(aside.contains("quoted 2 times"), "{aside}");
    let anon = aside
        .find("Anonymous sources")
        .expect("anonymous sources apart");
    assert!(aside[anon..].contains("A city official"), "{aside}");
    // Entities carry their label and rule on hover.
    for e in &a.entities {
        let want = format!("data-label=\"{}\" title=\"{}", e.label, e.label);
        assert!(page.contains(&want), "{want}");
        assert!(
            page.contains(&format!("rule {}", e.rule.id())),
            "{}",
            e.rule.id()
        );
    }
    assert!(page.contains("Published 2024-05-02"));
}

#[test]
fn displacy_export_has_code_point_offsets() {
    let text =
        "date 2024-05-02 Łukasz Żak, the mayor of Kraków, said 😀 on Monday that Poland would pay.";
    let f = TempFile::new("pl.txt", text.as_bytes());
    let g = TempFile::new("en.txt", b"Mayor Ana Ruiz visited Kyiv.");
    let out = run(&["--displacy", f.arg(), g.arg()], b"");
    assert!(out.status.success(), "{}", stderr(&out));
    let docs: Value = serde_json::from_slice(&out.stdout).expect("one JSON array");
    let docs = docs.as_array().unwrap();
    assert_eq!(docs.len(), 2);
    assert_eq!(docs[0]["title"], f.arg());
    assert_eq!(docs[0]["text"], text);
    let a = reportage::analyze(text);
    let ents = docs[0]["ents"].as_array().unwrap();
    assert_eq!(ents.len(), a.entities.len());
    let chars: Vec<char> = text.chars().collect();
    for (got, e) in ents.iter().zip(&a.entities) {
        let (s, t) = (
            got["start"].as_u64().unwrap() as usize,
            got["end"].as_u64().unwrap() as usize,
        );
        let covered: String = chars[s..t].iter().collect();
        assert_eq!(covered, a.slice(e.span));
        assert_eq!(got["label"], e.label.as_str());
    }
    assert!(ents.iter().any(|e| e["label"] == "PERSON"));
}

#[test]
fn html_takes_one_article() {
    let a = TempFile::new("h1.txt", b"One.");
    let out = run(&["--html", a.arg(), a.arg()], b"");
    assert!(!out.status.success());
    assert!(stderr(&out).contains("one"), "{}", stderr(&out));
}

#[test]
fn jsonl_date_field_gives_the_values_of_the_marker() {
    let body = "Mayor Ana Ruiz said on Thursday that the bridge would reopen next week, \
                and that it had closed in March.";
    let marked = format!("date 2024-05-03 {body}");
    let lines = [
        serde_json::json!({"id": "marker", "text": marked}),
        serde_json::json!({"id": "field", "text": body, "date": "2024-05-03"}),
        serde_json::json!({"id": "none", "text": body, "date": null}),
        serde_json::json!({"id": "absent", "text": body}),
    ];
    let input: String = lines.iter().map(|l| format!("{l}\n")).collect();
    let values = |v: &Value| -> Vec<(Value, Value, Value)> {
        v["entities"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| (e["text"].clone(), e["label"].clone(), e["value"].clone()))
            .collect()
    };
    for jobs in ["1", "2"] {
        let out = run(&["--jsonl", "--jobs", jobs], input.as_bytes());
        assert!(out.status.success(), "{}", stderr(&out));
        let got = json_lines(&out);
        assert_eq!(got[0]["date"], "2024-05-03");
        assert_eq!(got[1]["date"], "2024-05-03");
        assert_eq!(
            values(&got[0]),
            values(&got[1]),
            "the field and the marker agree"
        );
        let thursday = values(&got[1])
            .into_iter()
            .find(|(t, _, _)| t == "Thursday")
            .expect("Thursday is a DATE");
        assert_eq!(thursday.2, "2024-05-02");
        // Offsets stay relative to the text given.
        for e in got[1]["entities"].as_array().unwrap() {
            let (s, t) = (
                e["byte_start"].as_u64().unwrap() as usize,
                e["byte_end"].as_u64().unwrap() as usize,
            );
            assert_eq!(&body[s..t], e["text"]);
        }
        // Without a date, relative dates get no value…
        assert_eq!(got[2]["date"], Value::Null);
        assert!(values(&got[2])
            .iter()
            .any(|(t, _, v)| t == "Thursday" && v.is_null()));
        // …unless --date gives one, for the lines without their own.
        let out = run(
            &["--jsonl", "--jobs", jobs, "--date", "2024-05-03"],
            input.as_bytes(),
        );
        assert!(out.status.success(), "{}", stderr(&out));
        let with = json_lines(&out);
        for l in &with {
            assert_eq!(l["date"], "2024-05-03", "{}", l["id"]);
            assert_eq!(values(l), values(&got[1]), "{}", l["id"]);
        }
    }
    // A date that is not a day is named.
    for (bad, want) in [
        (
            r#"{"text": "x", "date": "2024-02-30"}"#,
            "<stdin>:1: \"date\"",
        ),
        (r#"{"text": "x", "date": 20240501}"#, "<stdin>:1: \"date\""),
    ] {
        let out = run(&["--jsonl"], bad.as_bytes());
        assert!(!out.status.success());
        assert!(stderr(&out).contains(want), "{}", stderr(&out));
    }
}

#[test]
fn date_option_dates_the_documents() {
    let f = TempFile::new("dated.txt", b"The mayor said on Thursday that it was done.");
    let out = run(&["--date", "2024-05-03", f.arg()], b"");
    assert!(out.status.success(), "{}", stderr(&out));
    let s = stdout(&out);
    assert!(s.contains("date: 2024-05-03"), "{s}");
    assert!(s.contains("Thursday = 2024-05-02"), "{s}");
    let out = run(&["--json", "--date=2024-05-03", f.arg()], b"");
    assert_eq!(json_lines(&out)[0]["date"], "2024-05-03");
    let out = run(&["--date", "2024-13-01", f.arg()], b"");
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("YYYY-MM-DD"), "{}", stderr(&out));
}

/// On a terminal (a pseudo-terminal from util-linux `script`): no argument
/// gives the bundled sample, and `--jsonl` says what it waits for.
#[test]
fn on_a_terminal_the_sample_and_a_word_about_jsonl() {
    let on_tty = |args: &str| -> Option<String> {
        let out = Command::new("script")
            .args(["-qec", &format!("{} {args}", bin().display()), "/dev/null"])
            .stdin(Stdio::null())
            .output()
            .ok()?;
        Some(String::from_utf8_lossy(&out.stdout).into_owned())
    };
    let Some(sample) = on_tty("") else {
        eprintln!("no `script` command: the terminal cases are not run");
        return;
    };
    assert!(sample.contains("bundled sample"), "{sample}");
    assert!(sample.contains("Sarah Okafor"), "{sample}");
    let hint = on_tty("--jsonl").unwrap();
    assert!(
        hint.contains("reading JSON lines from the terminal"),
        "{hint}"
    );
    assert!(hint.contains("\"text\""), "{hint}");
}

/// The paths the README names exist in the repository (a newcomer copies
/// its commands from a fresh clone).
#[test]
fn readme_paths_exist() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let readme = std::fs::read_to_string(root.join("README.md")).unwrap();
    let mut checked = 0;
    for word in readme.split(|c: char| c.is_whitespace() || "`()[]<>\"',;|".contains(c)) {
        let word = word.trim_end_matches(['.', ':']);
        let top = word.split('/').next().unwrap_or("");
        if word.contains('/')
            && ["data", "benches", "examples", "scripts", "src", "tests"].contains(&top)
            && !word.contains('*')
        {
            assert!(
                root.join(word).exists(),
                "README names {word}, which does not exist"
            );
            checked += 1;
        }
    }
    assert!(checked >= 5, "only {checked} paths found in the README");
    // Every text file a shell example reads exists.
    for block in readme.split("```sh").skip(1) {
        let block = block.split("```").next().unwrap();
        for word in block.split(|c: char| c.is_whitespace() || "\"'<>|".contains(c)) {
            if word.ends_with(".txt") {
                assert!(
                    root.join(word).exists(),
                    "a README command reads {word}, which does not exist"
                );
                checked += 1;
            }
        }
    }
    assert!(checked >= 8, "only {checked} paths found in the README");
}
