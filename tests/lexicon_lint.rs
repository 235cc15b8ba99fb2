//! The embedded word lists (`data/lexicon/*.tsv`) are well-formed, openly
//! licensed, sorted, unique, recorded in `data/lexicon/SOURCES.md`, and small.
//!
//! The linter itself is tested on made-up files below, so this test means
//! something even while the folder holds few lists.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// Total size budget of the embedded lists.
const BUDGET_BYTES: u64 = 3 << 20;

/// Licences we may embed (the start of the `# licence:` value, case-insensitive).
const ALLOWED: &[&str] = &["public domain", "cc0-1.0", "cc-by-4.0"];
/// Licences we must not embed, whatever else the line says.
const FORBIDDEN: &[&str] = &[
    "mit", "bsd", "apache", "unicode", "gpl", "cc-by-sa", "cc-by-nc",
];

fn lexicon_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("data/lexicon")
}

/// Check one list; `Ok(entries)` or every problem found.
fn lint_file(name: &str, src: &str) -> Result<usize, Vec<String>> {
    let mut errs = Vec::new();
    let mut headers: BTreeMap<String, String> = BTreeMap::new();
    let mut entries: Vec<&str> = Vec::new();
    if src.contains('\r') {
        errs.push(format!("{name}: CR characters (use LF line ends)"));
    }
    if src.starts_with('\u{feff}') {
        errs.push(format!("{name}: starts with a byte-order mark"));
    }
    if !src.is_empty() && !src.ends_with('\n') {
        errs.push(format!("{name}: no newline at the end"));
    }
    for (i, line) in src.lines().enumerate() {
        let n = i + 1;
        if let Some(h) = line.strip_prefix('#') {
            if !entries.is_empty() {
                errs.push(format!("{name}:{n}: header line after the entries"));
            }
            if let Some((k, v)) = h.trim().split_once(':') {
                headers.insert(k.trim().to_ascii_lowercase(), v.trim().to_string());
            }
            continue;
        }
        if line.is_empty() {
            errs.push(format!("{name}:{n}: blank line"));
            continue;
        }
        entries.push(line);
        if line.trim() != line {
            errs.push(format!("{name}:{n}: whitespace around {line:?}"));
        }
        for (c, col) in line.split('\t').enumerate() {
            if col.is_empty() {
                errs.push(format!("{name}:{n}: column {} is empty", c + 1));
            } else if col.trim() != col {
                errs.push(format!(
                    "{name}:{n}: whitespace around column {} {col:?}",
                    c + 1
                ));
            }
        }
    }
    match headers.get("source") {
        Some(s) if !s.is_empty() => {}
        _ => errs.push(format!("{name}: no '# source: …' header")),
    }
    match headers.get("licence") {
        Some(l) => {
            let low = l.to_ascii_lowercase();
            let words: Vec<&str> = low
                .split(|c: char| !c.is_ascii_alphanumeric() && c != '-')
                .collect();
            if FORBIDDEN
                .iter()
                .any(|f| words.contains(f) || low.starts_with(f))
            {
                errs.push(format!("{name}: licence {l:?} is not allowed (public domain, CC0-1.0 or CC-BY-4.0 only)"));
            } else if !ALLOWED.iter().any(|a| low.starts_with(a)) {
                errs.push(format!(
                    "{name}: licence {l:?} is not one of public domain, CC0-1.0, CC-BY-4.0"
                ));
            } else if low.starts_with("cc-by-4.0") && !low.contains("credit") && !low.contains('(')
            {
                errs.push(format!(
                    "{name}: CC-BY-4.0 needs its credit line, e.g. 'CC-BY-4.0 (credit: …)'"
                ));
            }
        }
        None => errs.push(format!("{name}: no '# licence: …' header")),
    }
    match headers.get("columns") {
        Some(c) if !c.is_empty() => {
            // Column names are separated by a TAB, or by the text `<TAB>`. Trailing
            // columns that only some entries have say so in their name ("optional",
            // or "(for …)", as in `country (for countries)`); entries may leave them out.
            let names: Vec<String> = c
                .replace("<TAB>", "\t")
                .split('\t')
                .map(str::to_ascii_lowercase)
                .collect();
            let want = names.len();
            let optional = names
                .iter()
                .rev()
                .take_while(|n| n.contains("optional") || n.contains("(for "))
                .count();
            let least = (want - optional).max(1);
            for (i, e) in entries.iter().enumerate() {
                let got = e.split('\t').count();
                if got < least || got > want {
                    errs.push(format!(
                        "{name}: entry {} {e:?} has {got} columns, the header names {want}{}",
                        i + 1,
                        if optional > 0 {
                            format!(" ({optional} of them optional)")
                        } else {
                            String::new()
                        }
                    ));
                    break;
                }
            }
        }
        _ => errs.push(format!("{name}: no '# columns: …' header")),
    }
    for w in entries.windows(2) {
        match w[0].as_bytes().cmp(w[1].as_bytes()) {
            std::cmp::Ordering::Less => {}
            std::cmp::Ordering::Equal => errs.push(format!("{name}: duplicate entry {:?}", w[0])),
            std::cmp::Ordering::Greater => errs.push(format!(
                "{name}: {:?} before {:?} is not byte-sorted (LC_ALL=C sort)",
                w[0], w[1]
            )),
        }
    }
    if entries.is_empty() {
        errs.push(format!("{name}: no entries"));
    }
    if errs.is_empty() {
        Ok(entries.len())
    } else {
        Err(errs)
    }
}

/// Rows of the SOURCES.md table: file name → (licence cell, entries cell).
fn sources_rows(md: &str) -> BTreeMap<String, (String, String)> {
    md.lines()
        .filter(|l| l.trim_start().starts_with('|'))
        .filter_map(|l| {
            let cells: Vec<String> = l
                .trim()
                .trim_matches('|')
                .split('|')
                .map(|c| c.trim().trim_matches('`').to_string())
                .collect();
            let file = cells.first()?.clone();
            if !file.ends_with(".tsv") {
                return None; // header or separator row
            }
            Some((
                file,
                (
                    cells.get(2).cloned().unwrap_or_default(),
                    cells.get(3).cloned().unwrap_or_default(),
                ),
            ))
        })
        .collect()
}

#[test]
fn every_list_is_well_formed_licensed_and_recorded() {
    let dir = lexicon_dir();
    let md = std::fs::read_to_string(dir.join("SOURCES.md"))
        .expect("data/lexicon/SOURCES.md exists (one table row per list)");
    assert!(
        md.contains("| file | source | licence | entries |"),
        "SOURCES.md keeps its table header"
    );
    let rows = sources_rows(&md);
    let mut total = 0u64;
    let mut problems = Vec::new();
    let mut files = Vec::new();
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        if name == "SOURCES.md" {
            continue;
        }
        if !name.ends_with(".tsv") {
            problems.push(format!(
                "{name}: only .tsv lists and SOURCES.md belong here"
            ));
            continue;
        }
        let bytes = std::fs::read(&path).unwrap();
        total += bytes.len() as u64;
        let src = match String::from_utf8(bytes) {
            Ok(s) => s,
            Err(_) => {
                problems.push(format!("{name}: not UTF-8"));
                continue;
            }
        };
        match lint_file(&name, &src) {
            Ok(n) => match rows.get(&name) {
                None => problems.push(format!("{name}: no row in SOURCES.md")),
                Some((licence, count)) => {
                    if !ALLOWED
                        .iter()
                        .any(|a| licence.to_ascii_lowercase().starts_with(a))
                    {
                        problems.push(format!("{name}: SOURCES.md licence {licence:?}"));
                    }
                    let listed: Option<usize> = count.replace([',', '_'], "").parse().ok();
                    if listed != Some(n) {
                        problems.push(format!(
                            "{name}: SOURCES.md says {count:?} entries, the file has {n}"
                        ));
                    }
                }
            },
            Err(e) => problems.extend(e),
        }
        files.push(name);
    }
    for listed in rows.keys() {
        if !files.contains(listed) {
            problems.push(format!("SOURCES.md lists {listed}, which does not exist"));
        }
    }
    if total > BUDGET_BYTES {
        problems.push(format!(
            "the lists take {total} bytes, over the {BUDGET_BYTES}-byte budget"
        ));
    }
    assert!(
        problems.is_empty(),
        "lexicon problems:\n  {}",
        problems.join("\n  ")
    );
}

const GOOD: &str = "# source: written for reportage (general knowledge of English news usage)\n\
# licence: CC0-1.0\n# columns: word\tclass\nMr\ttitle\nSen\ttitle\nsaid\tverb\n";

#[test]
fn linter_accepts_a_good_list() {
    assert_eq!(lint_file("good.tsv", GOOD), Ok(3));
    let geo =
        "# source: GeoNames, geonames.org\n# licence: CC-BY-4.0 (credit: GeoNames, geonames.org)\n\
# columns: place name\nKyiv\nLviv\n";
    assert_eq!(lint_file("geo.tsv", geo), Ok(2));
    let pd = "# source: US Census surnames\n# licence: public domain\n# columns: surname\nSMITH\n";
    assert_eq!(lint_file("pd.tsv", pd), Ok(1));
}

#[test]
fn linter_rejects_each_fault() {
    let cases: &[(&str, String, &str)] = &[
        (
            "unsorted",
            GOOD.replace("Mr\ttitle\nSen", "Sen\ttitle\nMr"),
            "byte-sorted",
        ),
        (
            "lowercase sorts after uppercase",
            GOOD.to_string() + "Zed\tx\n",
            "byte-sorted",
        ),
        (
            "duplicate",
            GOOD.replace("Sen\ttitle", "Mr\ttitle"),
            "duplicate",
        ),
        (
            "trailing space",
            GOOD.replace("said\tverb", "said \tverb"),
            "whitespace",
        ),
        (
            "leading space",
            GOOD.replace("Sen\ttitle", " Sen\ttitle"),
            "whitespace",
        ),
        (
            "empty column",
            GOOD.replace("said\tverb", "said\t"),
            "empty",
        ),
        (
            "too many columns",
            GOOD.replace("said\tverb", "said\tverb\tx"),
            "columns",
        ),
        (
            "blank line",
            GOOD.replace("Sen\ttitle\n", "Sen\ttitle\n\n"),
            "blank line",
        ),
        ("crlf", GOOD.replace('\n', "\r\n"), "CR"),
        (
            "no source",
            GOOD.replace("# source: written", "# origin: written"),
            "source",
        ),
        (
            "no licence",
            GOOD.replace("# licence: CC0-1.0\n", ""),
            "licence",
        ),
        (
            "no columns",
            GOOD.replace("# columns: word\tclass\n", ""),
            "columns",
        ),
        ("MIT", GOOD.replace("CC0-1.0", "MIT"), "not allowed"),
        (
            "BSD",
            GOOD.replace("CC0-1.0", "BSD-3-Clause"),
            "not allowed",
        ),
        (
            "Apache",
            GOOD.replace("CC0-1.0", "Apache-2.0"),
            "not allowed",
        ),
        (
            "Unicode",
            GOOD.replace("CC0-1.0", "Unicode-DFS-2016"),
            "not allowed",
        ),
        (
            "CC BY-SA",
            GOOD.replace("CC0-1.0", "CC-BY-SA-4.0"),
            "not allowed",
        ),
        (
            "unknown licence",
            GOOD.replace("CC0-1.0", "free to use"),
            "not one of",
        ),
        (
            "CC BY without credit",
            GOOD.replace("CC0-1.0", "CC-BY-4.0"),
            "credit",
        ),
        (
            "header after entries",
            GOOD.to_string() + "# note: late\n",
            "header line after",
        ),
        ("no final newline", GOOD.trim_end().to_string(), "newline"),
        (
            "no entries",
            GOOD.lines().take(3).map(|l| format!("{l}\n")).collect(),
            "no entries",
        ),
    ];
    for (name, src, want) in cases {
        match lint_file("bad.tsv", src) {
            Ok(_) => panic!("{name}: accepted"),
            Err(errs) => assert!(
                errs.iter().any(|e| e.contains(want)),
                "{name}: expected a problem about {want:?}, got {errs:?}"
            ),
        }
    }
}

#[test]
fn sources_table_is_read_by_file_name() {
    let md = "| file | source | licence | entries |\n|---|---|---|---|\n\
| `titles.tsv` | written for reportage | CC0-1.0 | 1,204 |\n| places.tsv | GeoNames | CC-BY-4.0 | 9 |\n";
    let rows = sources_rows(md);
    assert_eq!(rows.len(), 2);
    assert_eq!(
        rows["titles.tsv"],
        ("CC0-1.0".to_string(), "1,204".to_string())
    );
    assert_eq!(rows["places.tsv"].1, "9");
}
