//! Plain-text tables for the terminal: sanitised cells, aligned by display width.

use crate::text::{fit, sanitize, width};

pub struct Table {
    headers: Vec<&'static str>,
    right: Vec<bool>,
    rows: Vec<Vec<String>>,
}

impl Table {
    /// Columns whose header starts with `>` are right-aligned (numbers).
    pub fn new(headers: &[&'static str]) -> Self {
        Table {
            right: headers.iter().map(|h| h.starts_with('>')).collect(),
            headers: headers.iter().map(|h| h.trim_start_matches('>')).collect(),
            rows: Vec::new(),
        }
    }

    pub fn row(&mut self, cells: Vec<String>) {
        self.rows.push(
            cells
                .into_iter()
                .map(|c| sanitize(&c).into_owned())
                .collect(),
        );
    }

    /// Columns at most `max_col` cells wide (a longer cell is cut with `…`),
    /// but for a last left-aligned column, which is written whole.
    pub fn render(&self, max_col: usize) -> String {
        let mut widths: Vec<usize> = self.headers.iter().map(|h| width(h)).collect();
        for row in &self.rows {
            for (i, c) in row.iter().enumerate() {
                widths[i] = widths[i].max(width(c)).min(max_col);
            }
        }
        let mut out = String::new();
        let line = |cells: &[String], out: &mut String| {
            let parts: Vec<String> = cells
                .iter()
                .enumerate()
                .map(|(i, c)| {
                    let w = widths[i];
                    // The last column ends the line: nothing after it to keep
                    // aligned, so it is never cut.
                    if i + 1 == cells.len() && !self.right[i] {
                        c.clone()
                    } else if self.right[i] {
                        let cell = fit(c, w);
                        let trimmed = cell.trim_end();
                        format!("{}{trimmed}", " ".repeat(w - width(trimmed)))
                    } else {
                        fit(c, w)
                    }
                })
                .collect();
            out.push_str(parts.join("  ").trim_end());
            out.push('\n');
        };
        let header: Vec<String> = self.headers.iter().map(|h| h.to_string()).collect();
        line(&header, &mut out);
        for row in &self.rows {
            line(row, &mut out);
        }
        out
    }
}

impl Table {
    /// A GitHub-flavoured Markdown table (pipes in cells escaped).
    pub fn markdown(&self) -> String {
        let cell = |c: &str| crate::text::markdown_text(c).replace('|', "\\|");
        let mut out = format!(
            "| {} |\n",
            self.headers
                .iter()
                .map(|h| cell(h))
                .collect::<Vec<_>>()
                .join(" | ")
        );
        let rule: Vec<&str> = self
            .right
            .iter()
            .map(|r| if *r { "---:" } else { "---" })
            .collect();
        out.push_str(&format!("| {} |\n", rule.join(" | ")));
        for row in &self.rows {
            let cells: Vec<String> = row.iter().map(|c| cell(c)).collect();
            out.push_str(&format!("| {} |\n", cells.join(" | ")));
        }
        out
    }

    /// CSV with a header row. A text cell a spreadsheet would run as a formula
    /// (`=`, `+`, `-`, `@`, tab, CR first) gets a leading `'`; numbers stay numbers.
    pub fn csv(&self) -> Result<String, csv::Error> {
        let bytes = crate::io::export::write_csv(&self.headers, &self.rows)?;
        Ok(String::from_utf8_lossy(&bytes).into_owned())
    }
}

#[cfg(test)]
mod tests {
    use super::Table;

    #[test]
    fn a_long_cell_is_cut_but_in_the_last_column() {
        let mut t = Table::new(&["check", ">deals", "detail"]);
        t.row(vec![
            "middle silt and more".into(),
            "21".into(),
            "Qualification 6, Renewal Due 2, New business · Negotiation 4".into(),
        ]);
        assert_eq!(
            t.render(12),
            "check         deals  detail\n\
             middle silt…     21  Qualification 6, Renewal Due 2, New business · Negotiation 4\n"
        );
    }
}
