//! The public API end to end on small self-written texts.

#[test]
fn analyze_reads_date_marker_outside_sentences() {
    let text = "date 2025-11-20 It rained.\n\nIt stopped.";
    let a = reportage::analyze(text);
    assert_eq!(a.date.map(|d| d.to_string()).as_deref(), Some("2025-11-20"));
    let got: Vec<&str> = a.sentences.iter().map(|s| a.slice(s.span)).collect();
    assert_eq!(got, ["It rained.", "It stopped."]);
}

#[test]
fn report_gives_char_and_byte_offsets() {
    let text = "Jean-Noël spoke. Then «nothing».";
    let r = reportage::analyze(text).report();
    let s = &r.sentences[1];
    assert_eq!(s.text, "Then «nothing».");
    assert_eq!(s.byte_start, text.find("Then").unwrap());
    assert_eq!(s.start, text[..s.byte_start].chars().count());
}
