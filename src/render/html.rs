//! The who-said-what page: one self-contained HTML file (inline CSS, no
//! script, no external asset).
//!
//! - The article, paragraph by paragraph (numbered as in the summary), with
//!   every quote highlighted in its speaker's colour and the speaker's name
//!   after it; the speaker's mention is underlined in the same colour and the
//!   speech cue is in italics.
//! - Entities are underlined, with their label after them; hovering shows the
//!   label, the normalised value and the rule that made it (a `title`
//!   attribute). Hovering a quote shows its speaker, kind, cue and rule.
//! - A side list: the people with their titles, how many times each is
//!   quoted and mentioned; then anonymous sources, organisations and
//!   unresolved speakers apart.
//!
//! All article text, and the title, is escaped: the page holds no markup
//! that did not come from here.
//!
//! ```
//! let a = reportage::analyze("\"We are ready,\" Mayor Ana Ruiz said. <script>alert(1)</script>");
//! let page = reportage::render::html::page(&a, "story.txt");
//! assert!(page.starts_with("<!DOCTYPE html>"));
//! assert!(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
//! assert!(!page.contains("<script"));
//! ```

use crate::{Analysis, Quote, SpeakerKind};
use std::collections::HashMap;
use std::fmt::Write as _;
use std::io::{self, Write};

/// Speaker colours (background, border); a speaker keeps one for the page.
const PALETTE: [(&str, &str); 10] = [
    ("#fde68a", "#b45309"),
    ("#bfdbfe", "#1d4ed8"),
    ("#bbf7d0", "#15803d"),
    ("#fbcfe8", "#be185d"),
    ("#ddd6fe", "#6d28d9"),
    ("#fed7aa", "#c2410c"),
    ("#a5f3fc", "#0e7490"),
    ("#d9f99d", "#4d7c0f"),
    ("#fecaca", "#b91c1c"),
    ("#c7d2fe", "#4338ca"),
];

const STYLE: &str = "
*{box-sizing:border-box}
body{margin:0;font:17px/1.6 Georgia,'Times New Roman',serif;color:#1f2937;background:#fafaf9}
header{padding:18px 32px 12px;border-bottom:1px solid #e5e7eb;background:#fff;font-family:system-ui,sans-serif}
header h1{margin:0;font-size:22px}
header .meta{color:#6b7280;font-size:14px;margin-top:4px}
.wrap{display:grid;grid-template-columns:minmax(0,1fr) 330px;gap:32px;max-width:1240px;margin:0 auto;padding:24px 32px}
article{background:#fff;border:1px solid #e5e7eb;border-radius:6px;padding:8px 40px 24px;counter-reset:para}
article p{position:relative;margin:16px 0}
article p::before{counter-increment:para;content:'¶' counter(para);position:absolute;left:-34px;top:3px;font:12px system-ui,sans-serif;color:#9ca3af}
.date{font:14px system-ui,sans-serif;color:#6b7280;margin-top:16px}
.q{border-radius:3px;padding:1px 0;box-decoration-break:clone;-webkit-box-decoration-break:clone}
.q.end::after{content:attr(data-who);display:inline-block;white-space:nowrap;line-height:1.35;font:bold 11px system-ui,sans-serif;vertical-align:super;margin-left:2px;padding:0 4px;border-radius:3px;color:#fff}
.spk{border-bottom:3px solid;font-weight:bold}
.cue{font-style:italic;text-decoration:underline dotted #6b7280}
.ent{border-bottom:1px dashed #64748b}
.ent::after{content:attr(data-label);font:10px system-ui,sans-serif;color:#475569;background:#f1f5f9;border-radius:2px;padding:0 2px;margin-left:2px;vertical-align:1px}
.q0{background:#fde68a}.q0.end::after{background:#b45309}
.none{background:#f3f4f6;outline:1px dashed #9ca3af}.none.end::after{background:#6b7280}
aside{font:14px/1.45 system-ui,sans-serif}
aside section{background:#fff;border:1px solid #e5e7eb;border-radius:6px;padding:10px 14px;margin-bottom:16px}
aside h2{font-size:13px;text-transform:uppercase;letter-spacing:.05em;color:#6b7280;margin:4px 0 8px}
aside ul{list-style:none;margin:0;padding:0}
aside li{margin:7px 0;padding-left:18px;position:relative}
aside li .sw{position:absolute;left:0;top:4px;width:12px;height:12px;border-radius:3px;border:2px solid #d1d5db;background:#fff}
aside .name{font-weight:600}
aside .titles{color:#4b5563}
aside .n{color:#6b7280;font-size:13px}
aside p{margin:6px 0;color:#6b7280;font-size:13px}
";

/// Who a quote is attributed to, for colours and the side list.
#[derive(Clone, PartialEq, Eq, Hash)]
enum Source {
    /// A person of the article (index into `people`).
    Person(usize),
    /// An unnamed source, an organisation or another speaker, by name.
    Named(SourceKind, String),
    /// No speaker found.
    Nobody,
}

#[derive(Clone, Copy, PartialEq, Eq, Hash)]
enum SourceKind {
    Anonymous,
    Organization,
    Other,
}

fn source_of(q: &Quote) -> Source {
    match &q.speaker {
        None => Source::Nobody,
        Some(s) => match (s.person, s.kind) {
            (Some(p), _) => Source::Person(p),
            (None, SpeakerKind::Anonymous) => Source::Named(SourceKind::Anonymous, s.name.clone()),
            (None, SpeakerKind::Organization) => {
                Source::Named(SourceKind::Organization, s.name.clone())
            }
            (None, _) => Source::Named(SourceKind::Other, s.name.clone()),
        },
    }
}

/// The sources of the quotes, in order of first quote, with their quote counts,
/// and each quote's source index.
struct Sources {
    list: Vec<(Source, usize)>,
    of_quote: Vec<usize>,
}

impl Sources {
    fn new(a: &Analysis<'_>) -> Sources {
        let mut list: Vec<(Source, usize)> = Vec::new();
        let mut index: HashMap<Source, usize> = HashMap::new();
        let mut of_quote = Vec::with_capacity(a.quotes.len());
        for q in &a.quotes {
            let s = source_of(q);
            let i = *index.entry(s.clone()).or_insert_with(|| {
                list.push((s, 0));
                list.len() - 1
            });
            list[i].1 += 1;
            of_quote.push(i);
        }
        Sources { list, of_quote }
    }

    /// The colour class of each source: `q0`…`q9` in order of first quote
    /// (round again after ten), or `none` for no speaker.
    fn classes(&self) -> Vec<String> {
        let mut k = 0;
        self.list
            .iter()
            .map(|(s, _)| match s {
                Source::Nobody => "none".to_string(),
                _ => {
                    k += 1;
                    format!("q{}", (k - 1) % PALETTE.len())
                }
            })
            .collect()
    }
}

/// One marked stretch of the article.
struct Mark {
    start: usize,
    end: usize,
    /// Nesting: quotes (0) hold speakers and cues (1), which hold entities (2).
    layer: u8,
    /// The opening tag.
    open: String,
    /// The last piece of a quote: the speaker's name follows it.
    last: bool,
}

/// Write the page for `a` to `out`; `title` names the document (a file name).
pub fn write(out: &mut impl Write, a: &Analysis<'_>, title: &str) -> io::Result<()> {
    out.write_all(page(a, title).as_bytes())
}

/// The page for `a`, as a string; `title` names the document (a file name).
pub fn page(a: &Analysis<'_>, title: &str) -> String {
    let text = a.text();
    let mut h = String::with_capacity(text.len() * 3 + 8192);
    let sources = Sources::new(a);
    let class_of = sources.classes();
    h.push_str("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    h.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    h.push_str("<title>Who said what: ");
    esc(title, &mut h);
    h.push_str("</title>\n<style>");
    h.push_str(STYLE);
    for (i, (bg, border)) in PALETTE.iter().enumerate() {
        let _ = writeln!(
            h,
            ".q{i}{{background:{bg}}}.q{i}.end::after{{background:{border}}}.s{i}{{border-color:{border}}}.sw.q{i}{{background:{bg};border-color:{border}}}"
        );
    }
    h.push_str("</style>\n</head>\n<body>\n<header><h1>Who said what</h1><div class=\"meta\">");
    esc(title, &mut h);
    let _ = write!(
        h,
        " · {} paragraphs, {} people, {} quotes, {} entities",
        a.paragraphs.len(),
        a.people.len(),
        a.quotes.len(),
        a.entities.len()
    );
    h.push_str("</div></header>\n<div class=\"wrap\">\n<article>\n");
    if let Some(d) = a.date {
        let _ = writeln!(h, "<div class=\"date\">Published {d}</div>");
    }
    article(a, &sources, &class_of, &mut h);
    h.push_str("</article>\n<aside>\n");
    side_list(a, &sources, &class_of, &mut h);
    h.push_str("</aside>\n</div>\n</body>\n</html>\n");
    h
}

/// The marks of the article: quotes, speakers, cues, entities.
fn marks(a: &Analysis<'_>, sources: &Sources, class_of: &[String]) -> Vec<Mark> {
    let text = a.text();
    let mut marks = Vec::with_capacity(a.entities.len() + a.quotes.len() * 3);
    for (qi, q) in a.quotes.iter().enumerate() {
        let src = sources.of_quote[qi];
        let class = &class_of[src];
        let who = q
            .speaker
            .as_ref()
            .map_or("no speaker found", |s| s.name.as_str());
        let mut tip = String::new();
        esc(who, &mut tip);
        let _ = write!(tip, " · {} quote", q.kind.as_str());
        if let Some(c) = q.cue {
            tip.push_str(" · cue “");
            esc(a.slice(c), &mut tip);
            tip.push('”');
        }
        let _ = write!(tip, " · {}", q.rule.id());
        let mut data_who = String::new();
        esc(&short_name(who), &mut data_who);
        // The reported words, each piece with the quotation marks around it.
        for (i, &c) in q.content.iter().enumerate() {
            let (start, end) = with_marks(text, c.start, c.end);
            marks.push(Mark {
                start,
                end,
                layer: 0,
                open: format!("<span class=\"q {class}\" data-who=\"{data_who}\" title=\"{tip}\">"),
                last: i + 1 == q.content.len(),
            });
        }
        if let Some(s) = &q.speaker {
            let border = class.replacen('q', "s", 1);
            let mut tip = String::from("speaker: ");
            esc(&s.name, &mut tip);
            let _ = write!(tip, " ({})", s.kind.as_str());
            marks.push(Mark {
                start: s.span.start,
                end: s.span.end,
                layer: 1,
                open: format!("<span class=\"spk {border}\" title=\"{tip}\">"),
                last: false,
            });
        }
        if let Some(c) = q.cue {
            marks.push(Mark {
                start: c.start,
                end: c.end,
                layer: 1,
                open: "<span class=\"cue\" title=\"speech cue\">".to_string(),
                last: false,
            });
        }
    }
    for e in &a.entities {
        let label = e.label.as_str();
        let mut tip = String::from(label);
        if let Some(v) = &e.value {
            tip.push_str(" = ");
            esc(v, &mut tip);
        }
        let _ = write!(tip, " · rule {}", e.rule.id());
        marks.push(Mark {
            start: e.span.start,
            end: e.span.end,
            layer: 2,
            open: format!("<span class=\"ent\" data-label=\"{label}\" title=\"{tip}\">"),
            last: false,
        });
    }
    marks.retain(|m| m.start < m.end);
    marks.sort_by_key(|m| (m.start, m.layer, std::cmp::Reverse(m.end)));
    // One speaker mention may speak several quotes: mark it once.
    marks.dedup_by(|b, a| (a.start, a.end, a.layer) == (b.start, b.end, b.layer) && a.layer > 0);
    marks
}

/// Quotation marks, to highlight with the words they hold.
fn is_quote_mark(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '“' | '”' | '‘' | '’' | '«' | '»' | '„' | '‚' | '‹' | '›' | '「' | '」'
    )
}

/// `start..end` widened over one quotation mark on each side, if there is one.
fn with_marks(text: &str, start: usize, end: usize) -> (usize, usize) {
    let before = text[..start]
        .chars()
        .next_back()
        .filter(|&c| is_quote_mark(c));
    let after = text[end..].chars().next().filter(|&c| is_quote_mark(c));
    (
        start - before.map_or(0, char::len_utf8),
        end + after.map_or(0, char::len_utf8),
    )
}

/// The name shown after a quote: whole words, up to about 40 characters.
fn short_name(name: &str) -> String {
    if name.chars().count() <= 40 {
        return name.to_string();
    }
    let mut cut = String::new();
    for w in name.split_whitespace() {
        if cut.chars().count() + w.chars().count() > 38 {
            break;
        }
        if !cut.is_empty() {
            cut.push(' ');
        }
        cut.push_str(w);
    }
    if cut.is_empty() {
        cut = name.chars().take(38).collect();
    }
    cut.push('…');
    cut
}

/// The paragraphs, with the marks as properly nested spans: where marks
/// cross (an entity cut by a quote boundary), the inner one is closed and
/// opened again; a mark running over a paragraph end goes on in the next.
fn article(a: &Analysis<'_>, sources: &Sources, class_of: &[String], h: &mut String) {
    let text = a.text();
    let marks = marks(a, sources, class_of);
    let order = |m: &usize| {
        let k = &marks[*m];
        (k.layer, k.start, std::cmp::Reverse(k.end), *m)
    };
    let mut next = 0; // the first mark not yet started
    let mut active: Vec<usize> = Vec::new(); // marks covering the current position
    for p in &a.paragraphs {
        let (ps, pe) = (p.span.start, p.span.end);
        h.push_str("<p>");
        let mut open: Vec<usize> = Vec::new(); // the spans open now, outermost first
        let mut pos = ps;
        while pos < pe {
            while next < marks.len() && marks[next].start <= pos {
                active.push(next);
                next += 1;
            }
            active.retain(|&m| marks[m].end > pos);
            active.sort_by_key(order);
            // Close what is open but no longer wanted, or wanted in another
            // nesting; open what is wanted.
            let keep = open.iter().zip(&active).take_while(|(o, a)| o == a).count();
            for _ in keep..open.len() {
                h.push_str("</span>");
            }
            open.truncate(keep);
            for &m in &active[keep..] {
                let tag = &marks[m].open;
                // The quote piece that holds the quote's end gets the speaker badge.
                if marks[m].last && marks[m].end <= pe {
                    h.push_str(&tag.replacen("class=\"q ", "class=\"q end ", 1));
                } else {
                    h.push_str(tag);
                }
                open.push(m);
            }
            // Text up to the next place where a mark starts or ends.
            let mut stop = pe;
            if let Some(m) = marks.get(next) {
                stop = stop.min(m.start);
            }
            for &m in &active {
                stop = stop.min(marks[m].end);
            }
            // Marks lie on char boundaries; stay on them whatever comes.
            let stop = (stop.max(pos + 1)..=pe)
                .find(|&i| text.is_char_boundary(i))
                .unwrap_or(pe);
            esc(&text[pos..stop], h);
            pos = stop;
        }
        for _ in 0..open.len() {
            h.push_str("</span>");
        }
        h.push_str("</p>\n");
    }
}

/// The side list: people, then anonymous sources, organisations, others.
fn side_list(a: &Analysis<'_>, sources: &Sources, class_of: &[String], h: &mut String) {
    let mut quoted: Vec<Option<(usize, usize)>> = vec![None; a.people.len()];
    for (i, (s, n)) in sources.list.iter().enumerate() {
        if let Source::Person(p) = s {
            if let Some(slot) = quoted.get_mut(*p) {
                *slot = Some((i, *n));
            }
        }
    }
    h.push_str("<section><h2>People</h2>\n");
    if a.people.is_empty() {
        h.push_str("<p>No person found.</p>\n");
    } else {
        let mut order: Vec<usize> = (0..a.people.len()).collect();
        // The most quoted first, then in order of first mention.
        order.sort_by_key(|&p| (std::cmp::Reverse(quoted[p].map_or(0, |q| q.1)), p));
        h.push_str("<ul>\n");
        for p in order {
            let person = &a.people[p];
            let sw = quoted[p].map_or("", |(i, _)| class_of[i].as_str());
            let _ = write!(
                h,
                "<li><span class=\"sw {sw}\"></span><span class=\"name\">"
            );
            esc(&person.name, h);
            h.push_str("</span>");
            if !person.titles.is_empty() {
                h.push_str(" <span class=\"titles\">");
                esc(&person.titles.join("; "), h);
                h.push_str("</span>");
            }
            let q = quoted[p].map_or(0, |q| q.1);
            let m = person.mentions.len();
            let _ = writeln!(
                h,
                "<br><span class=\"n\">quoted {q} time{}, {m} mention{}</span></li>",
                plural(q),
                plural(m)
            );
        }
        h.push_str("</ul>\n");
    }
    h.push_str("</section>\n");
    let groups = [
        (SourceKind::Anonymous, "Anonymous sources"),
        (SourceKind::Organization, "Organisations quoted"),
        (SourceKind::Other, "Other speakers (not resolved)"),
    ];
    for (kind, heading) in groups {
        let items: Vec<(usize, &String, usize)> = sources
            .list
            .iter()
            .enumerate()
            .filter_map(|(i, (s, n))| match s {
                Source::Named(k, name) if *k == kind => Some((i, name, *n)),
                _ => None,
            })
            .collect();
        if items.is_empty() {
            continue;
        }
        let _ = writeln!(h, "<section><h2>{heading}</h2>\n<ul>");
        for (i, name, n) in items {
            let _ = write!(
                h,
                "<li><span class=\"sw {}\"></span><span class=\"name\">",
                class_of[i]
            );
            esc(name, h);
            let _ = writeln!(
                h,
                "</span><br><span class=\"n\">quoted {n} time{}</span></li>",
                plural(n)
            );
        }
        h.push_str("</ul></section>\n");
    }
    if let Some((i, (_, n))) = sources
        .list
        .iter()
        .enumerate()
        .find(|(_, (s, _))| *s == Source::Nobody)
    {
        let _ = writeln!(
            h,
            "<section><h2>No speaker found</h2><ul><li><span class=\"sw {}\"></span>{n} quote{}</li></ul></section>",
            class_of[i],
            plural(*n)
        );
    }
    h.push_str(
        "<section><h2>Reading the page</h2><p>Quotes are coloured by speaker, whose name follows \
         each quote; the speaker's mention is underlined in that colour and the speech cue is in \
         italics. Entities are underlined with their label. Hover over a quote or an entity for \
         its rule.</p></section>\n",
    );
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// Append `s` to `h`, escaped for HTML text and attribute values; control
/// characters other than tab and line ends become U+FFFD.
pub(crate) fn esc(s: &str, h: &mut String) {
    let mut last = 0;
    for (i, c) in s.char_indices() {
        let rep = match c {
            '&' => "&amp;",
            '<' => "&lt;",
            '>' => "&gt;",
            '"' => "&quot;",
            '\'' => "&#39;",
            '\t' | '\n' | '\r' => continue,
            c if c.is_control() => "\u{FFFD}",
            _ => continue,
        };
        h.push_str(&s[last..i]);
        h.push_str(rep);
        last = i + c.len_utf8();
    }
    h.push_str(&s[last..]);
}

#[cfg(test)]
mod tests {
    use super::esc;

    #[test]
    fn esc_escapes_markup_and_controls() {
        let mut h = String::new();
        esc("a<b>&\"c'\u{0}\u{1b}é\n", &mut h);
        assert_eq!(h, "a&lt;b&gt;&amp;&quot;c&#39;\u{FFFD}\u{FFFD}é\n");
    }
}
