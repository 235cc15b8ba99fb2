//! Throughput benchmarks (MB/s): sentences alone, the full pipeline, and
//! unicode-segmentation's `unicode_sentences` on the same text as the yardstick.

use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};
use unicode_segmentation::UnicodeSegmentation;

fn sample() -> String {
    let one = include_str!("../data/sample/article.txt");
    let mut s = String::with_capacity(1 << 20);
    while s.len() < 1 << 20 {
        s.push_str(one);
        s.push_str("\n\n");
    }
    s
}

fn bench(c: &mut Criterion) {
    let text = sample();
    let ex = reportage::Extractor::new();
    let _ = ex.analyze(&text);
    let mut g = c.benchmark_group("sentences");
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.sample_size(10);
    g.bench_function("reportage", |b| {
        b.iter(|| reportage::sentences(black_box(&text)).count())
    });
    g.bench_function("unicode_sentences", |b| {
        b.iter(|| black_box(&text).unicode_sentences().count())
    });
    g.finish();
    let mut g = c.benchmark_group("analyze");
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.sample_size(10);
    g.bench_function("reportage", |b| {
        b.iter(|| ex.analyze(black_box(&text)).sentences.len())
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
