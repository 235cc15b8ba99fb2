//! A byte trie for anchored look-ups: which entries of a list the text
//! begins with at a given byte, walked one byte at a time.
//!
//! The entity pass walks its multi-word entries from token starts only, so
//! it needs no failure links (an Aho-Corasick automaton builds them for
//! unanchored search, and that build cost several times the rest of the
//! word lists). Nodes are numbered in the order they are made; a node's
//! children are one sorted run of `labels` and `targets`, looked through in
//! turn, except for the few nodes with many children (the root, the first
//! letters), which get a table of 256 entries.

/// An anchored trie of byte strings, each with the index it was given in.
#[derive(Clone, Debug)]
pub(crate) struct Trie {
    nodes: Vec<Node>,
    labels: Vec<u8>,
    targets: Vec<u32>,
    /// The tables of the nodes with more than [`Trie::SPARSE`] children;
    /// 0 is no child (the root is nobody's child).
    dense: Vec<[u32; 256]>,
}

#[derive(Clone, Copy, Debug)]
struct Node {
    /// The first of its children in `labels` and `targets`.
    first: u32,
    /// How many children it has.
    len: u32,
    /// The index of the string that ends here, or [`NONE`].
    string: u32,
    /// Its table in `dense`, plus one; 0: none.
    dense: u32,
}

const NONE: u32 = u32::MAX;

impl Trie {
    /// The node every walk starts from.
    pub(crate) const ROOT: u32 = 0;
    /// Nodes with more children than this get a table.
    const SPARSE: usize = 6;

    /// The trie of `strings`, the `i`-th known by `i`; a string given twice
    /// keeps its first index, an empty string is left out.
    pub(crate) fn new<'a>(strings: impl IntoIterator<Item = &'a [u8]>) -> Trie {
        let strings: Vec<&[u8]> = strings.into_iter().collect();
        let most = strings.iter().map(|s| s.len()).sum::<usize>() + 1;
        // Built with each node's children as a list, newest first (word
        // lists come sorted, so the child a string needs is nearly always
        // the first one looked at), then laid out flat.
        let mut label: Vec<u8> = Vec::with_capacity(most);
        let mut child: Vec<u32> = Vec::with_capacity(most);
        let mut sibling: Vec<u32> = Vec::with_capacity(most);
        let mut ends: Vec<u32> = Vec::with_capacity(most);
        label.push(0);
        child.push(NONE);
        sibling.push(NONE);
        ends.push(NONE);
        for (i, s) in strings.iter().enumerate() {
            if s.is_empty() {
                continue;
            }
            let mut node = 0usize;
            for &b in *s {
                let mut c = child[node];
                while c != NONE && label[c as usize] != b {
                    c = sibling[c as usize];
                }
                if c == NONE {
                    c = index(label.len());
                    label.push(b);
                    child.push(NONE);
                    sibling.push(child[node]);
                    ends.push(NONE);
                    child[node] = c;
                }
                node = c as usize;
            }
            if ends[node] == NONE {
                ends[node] = index(i);
            }
        }
        let mut trie = Trie {
            nodes: Vec::with_capacity(label.len()),
            labels: Vec::with_capacity(label.len()),
            targets: Vec::with_capacity(label.len()),
            dense: Vec::new(),
        };
        for (node, &string) in ends.iter().enumerate() {
            let first = trie.labels.len();
            let mut c = child[node];
            while c != NONE {
                trie.labels.push(label[c as usize]);
                trie.targets.push(c);
                c = sibling[c as usize];
            }
            let len = trie.labels.len() - first;
            let mut dense = 0;
            if len > Self::SPARSE {
                let mut table = [0u32; 256];
                for (&l, &t) in trie.labels[first..].iter().zip(&trie.targets[first..]) {
                    table[usize::from(l)] = t;
                }
                trie.dense.push(table);
                dense = index(trie.dense.len());
            }
            trie.nodes.push(Node {
                first: index(first),
                len: index(len),
                string,
                dense,
            });
        }
        trie
    }

    /// The node after `node` on byte `b`, if there is one.
    #[inline]
    pub(crate) fn next(&self, node: u32, b: u8) -> Option<u32> {
        let n = &self.nodes[node as usize];
        if n.dense != 0 {
            let t = self.dense[n.dense as usize - 1][usize::from(b)];
            return (t != 0).then_some(t);
        }
        let (first, len) = (n.first as usize, n.len as usize);
        self.labels[first..first + len]
            .iter()
            .position(|&l| l == b)
            .map(|k| self.targets[first + k])
    }

    /// The index of the string that ends at `node`, if one does.
    #[inline]
    pub(crate) fn string(&self, node: u32) -> Option<u32> {
        let s = self.nodes[node as usize].string;
        (s != NONE).then_some(s)
    }
}

/// A count or an index as a `u32` (a trie of four billion nodes would not
/// fit in memory first).
fn index(i: usize) -> u32 {
    u32::try_from(i).expect("fewer than 2^32 trie nodes")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every string `text` begins with, as (length, index), shortest first.
    fn walk(t: &Trie, text: &[u8]) -> Vec<(usize, u32)> {
        let mut node = Trie::ROOT;
        let mut out = Vec::new();
        for (k, &b) in text.iter().enumerate() {
            let Some(n) = t.next(node, b) else { break };
            node = n;
            if let Some(s) = t.string(node) {
                out.push((k + 1, s));
            }
        }
        out
    }

    #[test]
    fn finds_every_prefix_that_is_a_string() {
        let strings: [&[u8]; 7] = [
            b"New",
            b"New York",
            b"New York City",
            b"Newark",
            b"N",
            b"",
            b"New",
        ];
        let t = Trie::new(strings);
        assert_eq!(
            walk(&t, b"New York City Hall"),
            [(1, 4), (3, 0), (8, 1), (13, 2)]
        );
        assert_eq!(walk(&t, b"Newark"), [(1, 4), (3, 0), (6, 3)]);
        assert_eq!(walk(&t, b"Ne"), [(1, 4)]);
        assert_eq!(walk(&t, b"new York"), []);
        assert_eq!(walk(&t, b""), []);
    }

    #[test]
    fn agrees_with_brute_force_on_many_strings() {
        // Enough strings that the root and the first letters get tables.
        let words: Vec<String> = (0..3000u32)
            .map(|i| {
                let a = char::from(b'A' + (i % 26) as u8);
                let b = char::from(b'a' + (i / 26 % 26) as u8);
                format!("{a}{b}{}", "xyz".repeat((i % 4) as usize))
            })
            .collect();
        let t = Trie::new(words.iter().map(|w| w.as_bytes()));
        for text in [
            "Abxyzxyz",
            "Zzxyz",
            "Qa",
            "Qaxyzxyzxyz!",
            "Qq",
            "aB",
            "A\u{e9}",
        ] {
            let mut want: Vec<(usize, u32)> = Vec::new();
            for (i, w) in words.iter().enumerate() {
                let first = words.iter().position(|v| v == w).unwrap();
                if text.as_bytes().starts_with(w.as_bytes()) && first == i {
                    want.push((w.len(), i as u32));
                }
            }
            want.sort();
            assert_eq!(walk(&t, text.as_bytes()), want, "{text}");
        }
    }
}
