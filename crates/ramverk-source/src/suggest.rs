//! "Did you mean …" suggestions for misspelt ids and field names: the candidate most like the
//! misspelt word by Jaro-Winkler similarity (case ignored), when it reaches 0.8. [`Suggestions`]
//! indexes the candidates once, so that thousands of unknown ids against thousands of ids take
//! well under a second instead of minutes, with the very same answers as comparing every pair.

use std::collections::HashMap;

/// The least similarity at which a candidate is suggested.
const THRESHOLD: f64 = 0.8;
/// Candidates up to this many characters are indexed; longer ones are compared one by one.
const INDEXED_CHARS: usize = 64;

/// The candidate closest to `wrong`, when one is close enough to be a likely typo. Of equally
/// close candidates, the last is chosen.
pub fn did_you_mean<'a>(
    wrong: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<&'a str> {
    let wrong = lower(wrong);
    let mut best: Option<(f64, &'a str)> = None;
    for candidate in candidates {
        let score = jaro_winkler(&wrong, &lower(candidate));
        if score >= THRESHOLD && best.is_none_or(|(top, _)| score >= top) {
            best = Some((score, candidate));
        }
    }
    best.map(|(_, candidate)| candidate)
}

/// Candidates indexed for many look-ups: [`Suggestions::best`] answers as [`did_you_mean`] does.
pub struct Suggestions<'a> {
    candidates: Vec<&'a str>,
    lowered: Vec<Vec<char>>,
    /// Candidates of one length (1 to [`INDEXED_CHARS`] characters), indexed by character and
    /// position.
    groups: Vec<Group>,
    /// Candidates not indexed (empty or long), compared one by one.
    others: Vec<usize>,
}

/// Candidates of one length: for every (character, position), the set of candidates with that
/// character there, as a bitset over the group's members.
struct Group {
    length: usize,
    members: Vec<usize>,
    words: usize,
    chars: HashMap<char, usize>,
    /// `bits[(position * chars.len() + char) * words ..][.. words]`.
    bits: Vec<u64>,
}

impl<'a> Suggestions<'a> {
    /// Indexes the candidates (in the order given; order breaks ties).
    pub fn new(candidates: impl IntoIterator<Item = &'a str>) -> Self {
        let candidates: Vec<&'a str> = candidates.into_iter().collect();
        let lowered: Vec<Vec<char>> = candidates.iter().map(|c| lower(c)).collect();
        let mut by_length: Vec<Vec<usize>> = vec![Vec::new(); INDEXED_CHARS + 1];
        let mut others = Vec::new();
        for (index, chars) in lowered.iter().enumerate() {
            match chars.len() {
                0 => others.push(index),
                n if n <= INDEXED_CHARS => by_length[n].push(index),
                _ => others.push(index),
            }
        }
        let groups = by_length
            .into_iter()
            .enumerate()
            .filter(|(_, members)| !members.is_empty())
            .map(|(length, members)| Group::new(length, members, &lowered))
            .collect();
        Suggestions {
            candidates,
            lowered,
            groups,
            others,
        }
    }

    /// The candidates, in the order given.
    pub fn candidates(&self) -> &[&'a str] {
        &self.candidates
    }

    /// The candidate closest to `wrong`, as [`did_you_mean`] would choose it.
    pub fn best(&self, wrong: &str) -> Option<&'a str> {
        let wrong = lower(wrong);
        let mut best: Option<(f64, usize)> = None;
        let consider = |index: usize, best: &mut Option<(f64, usize)>| {
            let score = jaro_winkler(&wrong, &self.lowered[index]);
            let better = match *best {
                None => score >= THRESHOLD,
                Some((top, at)) => score > top || (score == top && index > at),
            };
            if better {
                *best = Some((score, index));
            }
        };
        if wrong.is_empty() || wrong.len() > INDEXED_CHARS {
            for index in 0..self.candidates.len() {
                consider(index, &mut best);
            }
            return best.map(|(_, index)| self.candidates[index]);
        }
        for &index in &self.others {
            consider(index, &mut best);
        }
        // Lengths nearest the word's first: the best candidate is likely there, and a good
        // score found early rules out more of the rest.
        let mut order: Vec<&Group> = self.groups.iter().collect();
        order.sort_by_key(|group| group.length.abs_diff(wrong.len()));
        for group in order {
            // The fewest matches that could still reach the best so far, with the largest
            // prefix bonus; lengths that cannot are skipped whole.
            let needed = |best: Option<(f64, usize)>| {
                let floor = best.map_or(THRESHOLD, |(top, _)| top) - 1e-9;
                (1..=group.length.min(wrong.len()))
                    .find(|&m| bound(wrong.len(), group.length, m, 4) >= floor)
            };
            if needed(best).is_none() {
                continue;
            }
            let counts = group.match_counts(&wrong);
            // Members by falling count of possible matches: a close candidate found early
            // raises the bar, and the levels below it are never looked at.
            let mut done = vec![0u64; group.words];
            let mut level = group.length.min(wrong.len());
            while needed(best).is_some_and(|needed| level >= needed) {
                let reach = counts.at_least(level);
                for (word, (&reach, done)) in reach.iter().zip(&done).enumerate() {
                    let mut bits = reach & !done;
                    while bits != 0 {
                        let slot = word * 64 + bits.trailing_zeros() as usize;
                        bits &= bits - 1;
                        let Some(&index) = group.members.get(slot) else {
                            break;
                        };
                        let floor = best.map_or(THRESHOLD, |(top, _)| top) - 1e-9;
                        let prefix = common_prefix(&wrong, &self.lowered[index]);
                        if bound(wrong.len(), group.length, level, prefix) >= floor {
                            consider(index, &mut best);
                        }
                    }
                }
                done = reach;
                level -= 1;
            }
        }
        best.map(|(_, index)| self.candidates[index])
    }
}

impl Group {
    fn new(length: usize, members: Vec<usize>, lowered: &[Vec<char>]) -> Group {
        let mut chars = HashMap::new();
        for &index in &members {
            for &c in &lowered[index] {
                let next = chars.len();
                chars.entry(c).or_insert(next);
            }
        }
        let words = members.len().div_ceil(64);
        let mut bits = vec![0u64; length * chars.len() * words];
        for (slot, &index) in members.iter().enumerate() {
            for (position, c) in lowered[index].iter().enumerate() {
                let at = (position * chars.len() + chars[c]) * words + slot / 64;
                bits[at] |= 1 << (slot % 64);
            }
        }
        Group {
            length,
            members,
            words,
            chars,
            bits,
        }
    }

    /// For every member, how many characters of `word` have an equal character within Jaro's
    /// matching window: at least the number of matches Jaro finds.
    fn match_counts(&self, word: &[char]) -> Counts {
        let window = (self.length.max(word.len()) / 2).saturating_sub(1);
        let mut counts = Counts::new(self.words, word.len());
        let mut near = vec![0u64; self.words];
        for (i, c) in word.iter().enumerate() {
            let Some(&char_index) = self.chars.get(c) else {
                continue;
            };
            near.iter_mut().for_each(|word| *word = 0);
            let from = i.saturating_sub(window);
            let to = (i + window + 1).min(self.length);
            for position in from..to {
                let at = (position * self.chars.len() + char_index) * self.words;
                for (near, bits) in near.iter_mut().zip(&self.bits[at..at + self.words]) {
                    *near |= bits;
                }
            }
            counts.add(&near);
        }
        counts
    }
}

/// Per-member counts, bit-sliced: plane `p` holds bit `p` of every member's count.
struct Counts {
    planes: Vec<Vec<u64>>,
}

impl Counts {
    fn new(words: usize, most: usize) -> Counts {
        let planes = (usize::BITS - most.leading_zeros()) as usize;
        Counts {
            planes: vec![vec![0; words]; planes.max(1)],
        }
    }

    /// Adds one to the count of every member set in `set`.
    fn add(&mut self, set: &[u64]) {
        for (word, &bits) in set.iter().enumerate() {
            let mut carry = bits;
            for plane in &mut self.planes {
                if carry == 0 {
                    break;
                }
                let sum = plane[word] ^ carry;
                carry &= plane[word];
                plane[word] = sum;
            }
        }
    }

    /// The members whose count is at least `least`.
    fn at_least(&self, least: usize) -> Vec<u64> {
        let words = self.planes[0].len();
        if least >= 1 << self.planes.len() {
            return vec![0; words];
        }
        // Compared from the highest bit down: `above` once a higher bit decides, `equal` while
        // the bits so far are those of `least`.
        let mut above = vec![0u64; words];
        let mut equal = vec![u64::MAX; words];
        for (bit, plane) in self.planes.iter().enumerate().rev() {
            let wanted = (least >> bit) & 1 == 1;
            for word in 0..words {
                if wanted {
                    equal[word] &= plane[word];
                } else {
                    above[word] |= equal[word] & plane[word];
                    equal[word] &= !plane[word];
                }
            }
        }
        above.iter().zip(&equal).map(|(a, e)| a | e).collect()
    }
}

/// The highest Jaro-Winkler similarity two words of these lengths can have with at most
/// `matches` matching characters and a common prefix of `prefix` characters: Jaro's formula
/// without transpositions, computed as [`jaro_winkler`] computes it.
fn bound(a: usize, b: usize, matches: usize, prefix: usize) -> f64 {
    if matches == 0 {
        return 0.0;
    }
    let m = matches as f64;
    let sim = ((m / a as f64) + (m / b as f64) + 1.0) / 3.0;
    if sim > 0.7 {
        sim + 0.1 * prefix.min(4) as f64 * (1.0 - sim)
    } else {
        sim
    }
}

fn common_prefix(a: &[char], b: &[char]) -> usize {
    a.iter().take(4).zip(b).take_while(|(a, b)| a == b).count()
}

fn lower(text: &str) -> Vec<char> {
    text.to_lowercase().chars().collect()
}

/// Jaro-Winkler similarity of two character sequences, exactly as `strsim::jaro_winkler`
/// computes it for the strings (the tests compare the two).
fn jaro_winkler(a: &[char], b: &[char]) -> f64 {
    strsim::generic_jaro_winkler(&Chars(a), &Chars(b))
}

/// Characters as strsim's generic functions take them.
struct Chars<'a>(&'a [char]);

impl<'a> IntoIterator for &Chars<'a> {
    type Item = char;
    type IntoIter = std::iter::Copied<std::slice::Iter<'a, char>>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.iter().copied()
    }
}

#[cfg(test)]
mod tests {
    use super::{Suggestions, did_you_mean};

    #[test]
    fn suggests_close_match() {
        let roles = ["medarbetare", "chef", "biblioteksvard"];
        assert_eq!(did_you_mean("biblioteksvrd", roles), Some("biblioteksvard"));
        assert_eq!(did_you_mean("Medarbetare", roles), Some("medarbetare"));
    }

    #[test]
    fn no_suggestion_when_far() {
        assert_eq!(did_you_mean("xyz", ["medarbetare", "chef"]), None);
    }

    /// The choice of comparing every pair with strsim, as ramverk did before the index.
    fn by_every_pair<'a>(wrong: &str, candidates: &[&'a str]) -> Option<&'a str> {
        let wrong = wrong.to_lowercase();
        candidates
            .iter()
            .map(|c| (*c, strsim::jaro_winkler(&wrong, &c.to_lowercase())))
            .filter(|(_, score)| *score >= 0.8)
            .max_by(|a, b| a.1.total_cmp(&b.1))
            .map(|(c, _)| c)
    }

    /// A small deterministic generator, so the comparison needs no extra crate.
    struct Lcg(u64);
    impl Lcg {
        fn next(&mut self, below: usize) -> usize {
            self.0 = self
                .0
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            ((self.0 >> 33) % below as u64) as usize
        }
        fn word(&mut self, alphabet: &[char], most: usize) -> String {
            let length = self.next(most + 1);
            (0..length)
                .map(|_| alphabet[self.next(alphabet.len())])
                .collect()
        }
    }

    #[test]
    fn the_index_suggests_what_comparing_every_pair_suggests() {
        let alphabets: [&[char]; 3] = [
            &['1', '2', '3', '.', '0'],
            &['a', 'b', 'c', 'A', 'é', 'É', '-', 'ß'],
            &[
                'm', 'e', 'd', 'a', 'r', 'b', 't', 'c', 'h', 'f', '.', '1', '2',
            ],
        ];
        let mut random = Lcg(7);
        for round in 0..60 {
            let alphabet = alphabets[round % alphabets.len()];
            let count = 1 + random.next(300);
            let most = if round % 10 == 9 { 80 } else { 12 };
            let owned: Vec<String> = (0..count).map(|_| random.word(alphabet, most)).collect();
            let candidates: Vec<&str> = owned.iter().map(String::as_str).collect();
            let index = Suggestions::new(candidates.iter().copied());
            for _ in 0..40 {
                let wrong = if random.next(2) == 0 && !owned.is_empty() {
                    // A typo of a candidate: a character changed, added or dropped.
                    let mut chars: Vec<char> = owned[random.next(owned.len())].chars().collect();
                    let at = random.next(chars.len() + 1);
                    match random.next(3) {
                        0 if at < chars.len() => chars[at] = alphabet[random.next(alphabet.len())],
                        1 => chars.insert(at, alphabet[random.next(alphabet.len())]),
                        _ if at < chars.len() => {
                            chars.remove(at);
                        }
                        _ => {}
                    }
                    chars.into_iter().collect()
                } else {
                    random.word(alphabet, most)
                };
                let expected = by_every_pair(&wrong, &candidates);
                assert_eq!(index.best(&wrong), expected, "{wrong:?} in {candidates:?}");
                assert_eq!(did_you_mean(&wrong, candidates.iter().copied()), expected);
            }
        }
    }

    /// 20,000 competence ids as the synthetic frameworks number them (`7.12`, `7.12.3`) and
    /// unknown ids near them: the look-ups finish and find the id meant (20,000 of them take
    /// well under a second in a release build: `cargo bench -p ramverk-check --bench validate`).
    #[test]
    fn many_unknown_ids_against_many_ids_finish() {
        let ids: Vec<String> = (0..4_000)
            .flat_map(|n| {
                let top = format!("{}.{}", n % 20 + 1, n / 20 + 1);
                let kids: Vec<String> = (1..=4).map(|kid| format!("{top}.{kid}")).collect();
                std::iter::once(top).chain(kids)
            })
            .collect();
        assert_eq!(ids.len(), 20_000);
        let index = Suggestions::new(ids.iter().map(String::as_str));
        for n in (0..20_000).step_by(10) {
            let meant = &ids[n];
            let wrong = format!("{meant}x");
            assert_eq!(index.best(&wrong), Some(meant.as_str()), "{wrong}");
        }
    }
}
