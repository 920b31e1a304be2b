//! The columns of a list screen. One list of columns lays out both the header and
//! every row, so a header cannot drift from the cells under it.

use crate::text::{fit, pad_end, pad_start};

/// How a column holds its text, in terminal cells.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fill {
    /// Left-aligned; a longer cell is cut with `…` (a header never is).
    Cut(usize),
    /// Left-aligned and never cut: ids and short labels.
    Left(usize),
    /// Right-aligned and never cut: figures.
    Right(usize),
    /// The rest of the line, as it is (the last column).
    Rest,
}

impl Fill {
    /// The cells the column takes (none counted for the rest of the line).
    pub fn cells(self) -> usize {
        match self {
            Fill::Cut(w) | Fill::Left(w) | Fill::Right(w) => w,
            Fill::Rest => 0,
        }
    }
}

/// One column: what it shows, its header's message and how it fills.
#[derive(Debug, Clone, Copy)]
pub struct Column<K> {
    pub what: K,
    pub header: &'static str,
    pub fill: Fill,
    /// What stands before the column: one space, or two before a column set apart.
    pub gap: &'static str,
}

impl<K> Column<K> {
    pub fn new(what: K, header: &'static str, fill: Fill) -> Column<K> {
        Column {
            what,
            header,
            fill,
            gap: " ",
        }
    }

    /// The same column after a wider or narrower gap.
    pub fn after(self, gap: &'static str) -> Column<K> {
        Column { gap, ..self }
    }
}

/// Gives the first `Fill::Cut(0)` column what the line leaves it: `width` less
/// the other columns, less `rest` cells kept for a last `Fill::Rest` column,
/// within `min..=max`.
pub fn stretch<K>(columns: &mut [Column<K>], width: u16, rest: usize, min: usize, max: usize) {
    let taken: usize = columns.iter().map(|c| c.gap.len() + c.fill.cells()).sum();
    let room = usize::from(width)
        .saturating_sub(taken + rest)
        .clamp(min, max);
    if let Some(c) = columns.iter_mut().find(|c| c.fill == Fill::Cut(0)) {
        c.fill = Fill::Cut(room);
    }
}

/// The header line: each column's message, padded to its width but never cut.
pub fn header_line<K: Copy>(columns: &[Column<K>]) -> String {
    line(columns, |c| crate::i18n::message(c.header, None), false)
}

/// One row: `cell` gives each column's text.
pub fn row_line<K: Copy>(columns: &[Column<K>], mut cell: impl FnMut(K) -> String) -> String {
    line(columns, |c| cell(c.what), true)
}

fn line<K: Copy>(
    columns: &[Column<K>],
    mut text: impl FnMut(&Column<K>) -> String,
    cut: bool,
) -> String {
    let mut out = String::new();
    for c in columns {
        out.push_str(c.gap);
        let t = text(c);
        match c.fill {
            Fill::Cut(w) if cut => out.push_str(&fit(&t, w)),
            Fill::Cut(w) | Fill::Left(w) => out.push_str(&pad_end(&t, w)),
            Fill::Right(w) => out.push_str(&pad_start(&t, w)),
            Fill::Rest => out.push_str(&t),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_header_and_its_rows_line_up_and_only_cells_are_cut() {
        let columns = [
            Column::new(0, "list-accounts-col-account", Fill::Cut(6)),
            Column::new(1, "list-accounts-col-open", Fill::Right(5)),
            Column::new(2, "list-accounts-col-owner", Fill::Rest).after("  "),
        ];
        let row = |k: usize| ["Globex Corporation", "12", "Dana"][k].to_string();
        assert_eq!(row_line(&columns, row), " Globe…    12  Dana");
        let mut stretched = columns;
        stretched[0].fill = Fill::Cut(0);
        stretch(&mut stretched, 30, 6, 4, 20);
        // 30 cells less " " (its own gap), " " + 5, "  " + 6 kept for the owner: 15.
        assert_eq!(stretched[0].fill, Fill::Cut(15));
        let ids = [Column::new(0, "list-leads-col-id", Fill::Left(4))];
        assert_eq!(row_line(&ids, |_| "L-100000".into()), " L-100000");
        assert_eq!(row_line(&ids, |_| "L-7".into()), " L-7 ");
    }
}
