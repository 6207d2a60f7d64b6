//! Disclosure control: which groups a report hides — the small ones, and enough others that no
//! hidden group can be worked out by adding and subtracting the figures that are shown.
//!
//! Every figure of a group is a sum over its persons or ratings (persons, persons with a need,
//! ratings, rating sum, needs, motivation answers, …), so the figures of a total are the sums of
//! the figures of its parts: everyone is the sum of the units, of the roles and of the areas; an
//! area is the sum of its competences. A hidden group is safe when no sum and difference of shown
//! relations pins it down alone: when it is not in the span of those relations restricted to the
//! hidden groups. [`suppress`] hides the small groups, then, while some hidden group can be
//! worked out, hides the smallest further group that breaks the relation giving it away.

use serde::Serialize;

/// Why a group is hidden.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Hidden {
    /// Fewer persons than the threshold, in some round.
    Small,
    /// Large enough, but hidden so that a small group cannot be worked out by subtraction.
    Complementary,
}

/// One group to decide about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cell {
    /// Its persons (the larger count when comparing rounds): the smallest groups are hidden
    /// first, to hide as few persons as possible.
    pub persons: u32,
    /// Under the threshold: always hidden.
    pub small: bool,
    /// Hidden to protect a small group in a way the relations do not capture (complementary).
    pub also: bool,
    /// May be hidden. A figure that is shown whatever is decided (a round's number of persons)
    /// is a cell that may not.
    pub hideable: bool,
}

/// The figures of `total` are the sums of those of `parts` (indices into the cells).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Relation {
    pub total: usize,
    pub parts: Vec<usize>,
}

impl Relation {
    fn cells(&self) -> impl Iterator<Item = usize> + '_ {
        std::iter::once(self.total).chain(self.parts.iter().copied())
    }
}

/// For each cell, whether and why it is hidden: the small cells, then complementary cells until
/// no hidden cell can be worked out from the shown ones (or nothing more may be hidden).
pub fn suppress(cells: &[Cell], relations: &[Relation]) -> Vec<Option<Hidden>> {
    let relations: Vec<&Relation> = relations
        .iter()
        .filter(|r| !r.parts.is_empty() && r.cells().all(|c| c < cells.len()))
        .collect();
    let mut hidden: Vec<Option<Hidden>> = cells
        .iter()
        .map(|c| {
            if c.small {
                Some(Hidden::Small)
            } else {
                c.also.then_some(Hidden::Complementary)
            }
        })
        .collect();
    // Every round adds one hidden cell, so this ends after at most `cells.len()` rounds.
    loop {
        let mask: Vec<bool> = hidden.iter().map(Option::is_some).collect();
        let exposed = exposed_in(cells.len(), &relations, &mask);
        let shown = |c: &usize| !mask[*c] && cells[*c].hideable;
        let pick = TIERS
            .iter()
            .find_map(|&tier| {
                exposed
                    .iter()
                    .filter_map(|&cell| complement(cell, tier, cells, &relations, &mask))
                    .min_by_key(|&c| (cells[c].persons, c))
            })
            // Worked out only through a chain of relations that hold no shown part: hide the
            // smallest shown cell of any relation with a hidden cell.
            .or_else(|| {
                (!exposed.is_empty())
                    .then(|| {
                        relations
                            .iter()
                            .filter(|r| r.cells().any(|c| mask[c]))
                            .flat_map(|r| r.cells())
                            .filter(shown)
                            .min_by_key(|&c| (cells[c].persons, c))
                    })
                    .flatten()
            });
        match pick {
            Some(cell) => hidden[cell] = Some(Hidden::Complementary),
            None => return hidden,
        }
    }
}

/// Where a complementary cell is looked for, in order of preference: a part beside an exposed
/// cell in a relation where it is the only hidden cell, a part in any of its relations, then the
/// total of such a relation.
const TIERS: [(bool, bool); 4] = [(true, true), (false, true), (true, false), (false, false)];

/// The cell to hide so that `exposed` is no longer the only unknown, looked for in one tier of
/// [`TIERS`]: `(alone, parts)`.
fn complement(
    exposed: usize,
    (alone, parts): (bool, bool),
    cells: &[Cell],
    relations: &[&Relation],
    hidden: &[bool],
) -> Option<usize> {
    let shown = |c: &usize| !hidden[*c] && cells[*c].hideable;
    let holding = relations.iter().filter(|r| {
        r.cells().any(|c| c == exposed) && (!alone || r.cells().filter(|&c| hidden[c]).count() == 1)
    });
    let candidates: Vec<usize> = if parts {
        holding
            .flat_map(|r| r.parts.iter().copied())
            .filter(shown)
            .collect()
    } else {
        holding.map(|r| r.total).filter(shown).collect()
    };
    candidates
        .into_iter()
        .min_by_key(|&c| (cells[c].persons, c))
}

/// The hidden cells that the shown ones determine: those whose unit vector lies in the span of
/// the relations restricted to the hidden cells.
pub fn exposed(cells: usize, relations: &[Relation], hidden: &[bool]) -> Vec<usize> {
    let relations: Vec<&Relation> = relations
        .iter()
        .filter(|r| !r.parts.is_empty() && r.cells().all(|c| c < cells))
        .collect();
    exposed_in(cells, &relations, hidden)
}

fn exposed_in(cells: usize, relations: &[&Relation], hidden: &[bool]) -> Vec<usize> {
    let columns: Vec<usize> = (0..cells).filter(|&c| hidden[c]).collect();
    let column_of = |cell: usize| columns.binary_search(&cell).ok();
    let mut rows: Vec<Vec<i128>> = relations
        .iter()
        .map(|r| {
            let mut row = vec![0i128; columns.len()];
            if let Some(c) = column_of(r.total) {
                row[c] += 1;
            }
            for &part in &r.parts {
                if let Some(c) = column_of(part) {
                    row[c] -= 1;
                }
            }
            row
        })
        .collect();
    match reduce(&mut rows) {
        // A row with one unknown left gives that unknown away.
        Some(()) => rows
            .iter()
            .filter_map(|row| {
                let mut nonzero = row.iter().enumerate().filter(|(_, v)| **v != 0);
                match (nonzero.next(), nonzero.next()) {
                    (Some((c, _)), None) => Some(columns[c]),
                    _ => None,
                }
            })
            .collect(),
        // Numbers too large to reduce exactly: take every hidden cell as exposed (hide more).
        None => columns,
    }
}

/// Reduced row echelon form in integers (fraction-free, each row divided by the gcd of its
/// entries); `None` on overflow.
fn reduce(rows: &mut [Vec<i128>]) -> Option<()> {
    let width = rows.first().map_or(0, Vec::len);
    let mut rank = 0;
    for column in 0..width {
        let Some(pivot) = (rank..rows.len()).find(|&r| rows[r][column] != 0) else {
            continue;
        };
        rows.swap(rank, pivot);
        let pivot_row = rows[rank].clone();
        let p = pivot_row[column];
        for (r, row) in rows.iter_mut().enumerate() {
            let factor = row[column];
            if r == rank || factor == 0 {
                continue;
            }
            for (value, &by) in row.iter_mut().zip(&pivot_row) {
                *value = value.checked_mul(p)?.checked_sub(by.checked_mul(factor)?)?;
            }
            normalize(row);
        }
        rank += 1;
    }
    Some(())
}

fn normalize(row: &mut [i128]) {
    let divisor = row
        .iter()
        .fold(0i128, |g, &v| gcd(g, v.unsigned_abs() as i128));
    if divisor > 1 {
        for value in row.iter_mut() {
            *value /= divisor;
        }
    }
}

fn gcd(mut a: i128, mut b: i128) -> i128 {
    while b != 0 {
        (a, b) = (b, a % b);
    }
    a
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn cell(persons: u32, threshold: u32) -> Cell {
        Cell {
            persons,
            small: persons > 0 && persons < threshold,
            also: false,
            hideable: true,
        }
    }

    #[test]
    fn one_small_unit_beside_a_large_one_hides_both() {
        // Everyone (6) = unit A (5) + unit B (1).
        let cells = [cell(6, 5), cell(5, 5), cell(1, 5)];
        let relations = [Relation {
            total: 0,
            parts: vec![1, 2],
        }];
        assert_eq!(
            suppress(&cells, &relations),
            [None, Some(Hidden::Complementary), Some(Hidden::Small)]
        );
    }

    #[test]
    fn the_next_smallest_sibling_is_hidden_and_two_small_ones_protect_each_other() {
        let cells = [cell(40, 5), cell(20, 5), cell(9, 5), cell(8, 5), cell(3, 5)];
        let relations = [Relation {
            total: 0,
            parts: vec![1, 2, 3, 4],
        }];
        assert_eq!(
            suppress(&cells, &relations)[1..],
            [None, None, Some(Hidden::Complementary), Some(Hidden::Small)]
        );
        let cells = [cell(40, 5), cell(33, 5), cell(4, 5), cell(3, 5)];
        let relations = [Relation {
            total: 0,
            parts: vec![1, 2, 3],
        }];
        assert_eq!(
            suppress(&cells, &relations),
            [None, None, Some(Hidden::Small), Some(Hidden::Small)]
        );
    }

    #[test]
    fn a_hidden_subtotal_is_not_given_away_by_its_shown_parts() {
        // Everyone = areas a + b; a = competences c1 + c2, b = c3 + c4. Area a is small, so are
        // its competences; hiding area b to protect a exposes b through c3 + c4.
        let cells = [
            cell(20, 5), // 0 everyone
            cell(4, 5),  // 1 area a
            cell(18, 5), // 2 area b
            cell(4, 5),  // 3 c1
            cell(2, 5),  // 4 c2
            cell(18, 5), // 5 c3
            cell(7, 5),  // 6 c4
        ];
        let relations = [
            Relation {
                total: 0,
                parts: vec![1, 2],
            },
            Relation {
                total: 1,
                parts: vec![3, 4],
            },
            Relation {
                total: 2,
                parts: vec![5, 6],
            },
        ];
        let hidden = suppress(&cells, &relations);
        let mask: Vec<bool> = hidden.iter().map(Option::is_some).collect();
        assert!(exposed(cells.len(), &relations, &mask).is_empty());
        assert_eq!(hidden[0], None, "everyone stays shown");
        assert_eq!(hidden[2], Some(Hidden::Complementary));
        assert_eq!(
            hidden[6],
            Some(Hidden::Complementary),
            "the smaller part of b"
        );
        assert_eq!(hidden[5], None);
    }

    #[test]
    fn a_cell_that_may_not_be_hidden_is_never_picked() {
        let cells = [
            Cell {
                persons: 6,
                small: false,
                also: false,
                hideable: false,
            },
            cell(5, 5),
            cell(1, 5),
        ];
        let relations = [Relation {
            total: 0,
            parts: vec![1, 2],
        }];
        assert_eq!(
            suppress(&cells, &relations),
            [None, Some(Hidden::Complementary), Some(Hidden::Small)]
        );
    }

    /// A random breakdown structure: a total (cell 0), up to three breakdowns of it, and under
    /// the first breakdown's parts, sub-breakdowns (areas and their competences).
    fn structure() -> impl Strategy<Value = (Vec<Cell>, Vec<Relation>)> {
        (
            proptest::collection::vec(proptest::collection::vec(0u32..12, 1..5), 1..4),
            proptest::collection::vec(proptest::collection::vec(0u32..12, 0..4), 0..4),
            2u32..7,
        )
            .prop_map(|(breakdowns, subs, threshold)| {
                let mut cells = vec![cell(60, threshold)];
                let mut relations = Vec::new();
                let mut first = Vec::new();
                for (b, sizes) in breakdowns.iter().enumerate() {
                    let parts: Vec<usize> = sizes
                        .iter()
                        .map(|&size| {
                            cells.push(cell(size, threshold));
                            cells.len() - 1
                        })
                        .collect();
                    if b == 0 {
                        first = parts.clone();
                    }
                    relations.push(Relation { total: 0, parts });
                }
                for (total, sizes) in first.iter().zip(&subs) {
                    if sizes.is_empty() {
                        continue;
                    }
                    let parts: Vec<usize> = sizes
                        .iter()
                        .map(|&size| {
                            cells.push(cell(size, threshold));
                            cells.len() - 1
                        })
                        .collect();
                    relations.push(Relation {
                        total: *total,
                        parts,
                    });
                }
                (cells, relations)
            })
    }

    proptest! {
        /// Brute force, independent of the elimination: no sum of the relations with small
        /// whole coefficients leaves exactly one hidden cell with a nonzero coefficient, i.e. no
        /// hidden cell equals a combination of shown figures.
        #[test]
        fn no_hidden_cell_follows_from_shown_figures((cells, relations) in structure()) {
            let hidden = suppress(&cells, &relations);
            for (c, h) in hidden.iter().enumerate() {
                if cells[c].small {
                    prop_assert_eq!(*h, Some(Hidden::Small));
                }
            }
            let count = relations.len();
            let combinations = 5usize.pow(count as u32);
            for code in 1..combinations {
                let mut coefficients = vec![0i64; cells.len()];
                let mut rest = code;
                for relation in &relations {
                    let k = (rest % 5) as i64 - 2;
                    rest /= 5;
                    coefficients[relation.total] += k;
                    for &part in &relation.parts {
                        coefficients[part] -= k;
                    }
                }
                let unknown: Vec<usize> = (0..cells.len())
                    .filter(|&c| hidden[c].is_some() && coefficients[c] != 0)
                    .collect();
                prop_assert!(
                    unknown.len() != 1,
                    "cell {} follows from shown figures; hidden {:?}, relations {:?}",
                    unknown[0], hidden, relations
                );
            }
        }
    }
}
