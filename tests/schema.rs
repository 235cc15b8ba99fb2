//! `schema/report.schema.json` describes the real output: every report of the
//! test texts validates against it, with no property the schema leaves out.
//!
//! The checker is written here (no JSON Schema crate): it knows the keywords
//! the schema uses (`$ref`, `allOf`, `anyOf`, `type`, `const`, `enum`,
//! `minimum`, `pattern`, `required`, `properties`, `items`,
//! `unevaluatedProperties`), with the meaning of JSON Schema 2020-12, and
//! refuses any other keyword, so the schema cannot grow past what is checked.

use crate::api::UNICODE;
use crate::properties::{ARTICLE, SHORT};
use serde_json::{json, Map, Value};
use std::collections::BTreeSet;

const SCHEMA: &str = include_str!("../schema/report.schema.json");

/// Keywords that only annotate.
const ANNOTATIONS: &[&str] = &["$schema", "$defs", "title", "description"];

struct Checker {
    root: Value,
}

impl Checker {
    fn new() -> Checker {
        Checker {
            root: serde_json::from_str(SCHEMA).expect("the schema is JSON"),
        }
    }

    fn resolve(&self, r: &str) -> &Value {
        let name = r
            .strip_prefix("#/$defs/")
            .unwrap_or_else(|| panic!("only local $refs: {r}"));
        &self.root["$defs"][name]
    }

    /// Validate `v` at `path` against `schema`; the object properties it
    /// evaluated (for `unevaluatedProperties`).
    fn check(&self, schema: &Value, v: &Value, path: &str) -> Result<BTreeSet<String>, String> {
        let s = schema
            .as_object()
            .ok_or_else(|| format!("schema at {path} is not an object"))?;
        let mut seen = BTreeSet::new();
        for (key, rule) in s {
            match key.as_str() {
                k if ANNOTATIONS.contains(&k) => {}
                "$ref" => seen.extend(self.check(self.resolve(rule.as_str().unwrap()), v, path)?),
                "allOf" => {
                    for sub in rule.as_array().unwrap() {
                        seen.extend(self.check(sub, v, path)?);
                    }
                }
                "anyOf" => {
                    let mut errors = Vec::new();
                    let mut any = false;
                    for sub in rule.as_array().unwrap() {
                        match self.check(sub, v, path) {
                            Ok(e) => {
                                any = true;
                                seen.extend(e);
                            }
                            Err(e) => errors.push(e),
                        }
                    }
                    if !any {
                        return Err(format!("{path}: no branch of anyOf: {errors:?}"));
                    }
                }
                "type" => {
                    let types: Vec<&str> = match rule {
                        Value::String(t) => vec![t.as_str()],
                        Value::Array(ts) => ts.iter().map(|t| t.as_str().unwrap()).collect(),
                        _ => panic!("type at {path}"),
                    };
                    let is = |t: &str| match t {
                        "object" => v.is_object(),
                        "array" => v.is_array(),
                        "string" => v.is_string(),
                        "integer" => v.is_u64() || v.is_i64(),
                        "null" => v.is_null(),
                        "boolean" => v.is_boolean(),
                        other => panic!("type {other} at {path}"),
                    };
                    if !types.iter().any(|t| is(t)) {
                        return Err(format!("{path}: {v} is not of type {types:?}"));
                    }
                }
                "const" if v != rule => return Err(format!("{path}: {v} is not {rule}")),
                "const" => {}
                "enum" => {
                    if !rule.as_array().unwrap().contains(v) {
                        return Err(format!("{path}: {v} is not one of {rule}"));
                    }
                }
                "minimum" => {
                    if let Some(n) = v.as_f64() {
                        if n < rule.as_f64().unwrap() {
                            return Err(format!("{path}: {v} < {rule}"));
                        }
                    }
                }
                "pattern" => {
                    if let Some(t) = v.as_str() {
                        let re = regex::Regex::new(rule.as_str().unwrap()).unwrap();
                        if !re.is_match(t) {
                            return Err(format!("{path}: {t:?} does not match {rule}"));
                        }
                    }
                }
                "required" => {
                    if let Some(o) = v.as_object() {
                        for k in rule.as_array().unwrap() {
                            if !o.contains_key(k.as_str().unwrap()) {
                                return Err(format!("{path}: no {k}"));
                            }
                        }
                    }
                }
                "properties" => {
                    if let Some(o) = v.as_object() {
                        for (k, sub) in rule.as_object().unwrap() {
                            if let Some(x) = o.get(k) {
                                self.check(sub, x, &format!("{path}.{k}"))?;
                                seen.insert(k.clone());
                            }
                        }
                    }
                }
                "items" => {
                    if let Some(a) = v.as_array() {
                        for (i, x) in a.iter().enumerate() {
                            self.check(rule, x, &format!("{path}[{i}]"))?;
                        }
                    }
                }
                "unevaluatedProperties" => {} // after every other keyword, below
                other => panic!("the checker does not know {other:?} (at {path})"),
            }
        }
        if s.get("unevaluatedProperties") == Some(&Value::Bool(false)) {
            if let Some(o) = v.as_object() {
                if let Some(k) = o.keys().find(|k| !seen.contains(*k)) {
                    return Err(format!("{path}: property {k:?} is not in the schema"));
                }
            }
        }
        Ok(seen)
    }

    fn validate(&self, v: &Value) -> Result<(), String> {
        self.check(&self.root, v, "$").map(|_| ())
    }
}

fn texts() -> Vec<(&'static str, &'static str)> {
    vec![
        ("short", SHORT),
        ("article", ARTICLE),
        ("unicode", UNICODE),
        ("court-ruling", include_str!("golden/court-ruling.txt")),
        ("stadium-vote", include_str!("golden/stadium-vote.txt")),
        ("storm-live", include_str!("golden/storm-live.txt")),
        ("empty", ""),
    ]
}

#[test]
fn every_report_validates_against_the_schema() {
    let checker = Checker::new();
    let mut seen_gender = false;
    for (name, text) in texts() {
        let v = serde_json::to_value(reportage::analyze(text).report()).unwrap();
        checker
            .validate(&v)
            .unwrap_or_else(|e| panic!("{name}: {e}"));
        // A --jsonl line: the id first, then the report.
        let mut line = Map::new();
        line.insert("id".into(), json!(name));
        line.extend(v.as_object().unwrap().clone());
        checker
            .validate(&Value::Object(line))
            .unwrap_or_else(|e| panic!("{name} as a line: {e}"));
        seen_gender |= v["people"]
            .as_array()
            .unwrap()
            .iter()
            .any(|p| p.get("gender").is_some());
    }
    assert!(seen_gender, "the texts exercise the optional gender");
}

#[test]
fn the_checker_rejects_what_the_schema_leaves_out() {
    let checker = Checker::new();
    let good = serde_json::to_value(reportage::analyze(ARTICLE).report()).unwrap();
    assert!(!good["quotes"].as_array().unwrap().is_empty());
    type Break = fn(&mut Value);
    let breaks: [(&str, Break); 9] = [
        ("unknown top-level field", |v| {
            v["extra"] = json!(1);
        }),
        ("wrong schema version", |v| v["schema"] = json!(1)),
        ("bad date", |v| v["date"] = json!("20 Nov 2025")),
        ("unknown label", |v| {
            v["entities"][0]["label"] = json!("PRODUCT")
        }),
        ("missing utf16 offset", |v| {
            v["sentences"][0]
                .as_object_mut()
                .unwrap()
                .remove("utf16_end");
        }),
        ("unknown span field", |v| {
            v["paragraphs"][0]["char_start"] = json!(0)
        }),
        ("negative offset", |v| {
            v["sentences"][0]["start"] = json!(-1)
        }),
        ("bad quote kind", |v| {
            v["quotes"][0]["kind"] = json!("reported")
        }),
        ("bad rule id", |v| {
            v["quotes"][0]["rule"] = json!("Quote Rule")
        }),
    ];
    for (what, f) in breaks {
        let mut v = good.clone();
        f(&mut v);
        assert!(checker.validate(&v).is_err(), "{what}: accepted");
    }
}
