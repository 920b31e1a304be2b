//! Reading a CSV file as people export it: UTF-8 with or without a byte-order mark,
//! CRLF or LF, comma, semicolon or tab separated (sniffed from the header line),
//! quoted fields that span lines. Every problem names the file and the row.

use super::ImportError;
use std::borrow::Cow;

/// A header row and the data rows under it. The rows are read from the text
/// as they are wanted (each once to check the file when it is read): a
/// million-row file is held as its text, not as a million rows of cells.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sheet {
    pub file: String,
    pub headers: Vec<String>,
    /// The file's text, CRLF folded to LF.
    text: String,
    delimiter: u8,
    /// Where each line ends in `text`: the line of a row from its offset.
    newlines: Vec<usize>,
    rows: usize,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SheetRow {
    /// Line of the file where the record starts (the header is line 1).
    pub line: u64,
    pub cells: Cells,
}

/// One row's cells in one piece of text: a million-row file held as a
/// string per cell took three times its own size.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cells {
    text: Box<str>,
    /// Where each cell ends in `text` (a row is far below 4 GiB: the file is
    /// read whole).
    ends: Box<[u32]>,
}

impl Cells {
    pub fn get(&self, i: usize) -> Option<&str> {
        let end = *self.ends.get(i)? as usize;
        let start = if i == 0 { 0 } else { self.ends[i - 1] as usize };
        self.text.get(start..end)
    }

    pub fn len(&self) -> usize {
        self.ends.len()
    }

    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }

    pub fn iter(&self) -> impl Iterator<Item = &str> {
        (0..self.len()).filter_map(|i| self.get(i))
    }

    pub fn to_vec(&self) -> Vec<String> {
        self.iter().map(str::to_string).collect()
    }
}

impl<S: AsRef<str>> FromIterator<S> for Cells {
    fn from_iter<I: IntoIterator<Item = S>>(cells: I) -> Self {
        let (mut text, mut ends) = (String::new(), Vec::new());
        for cell in cells {
            text.push_str(cell.as_ref());
            // Rows over 4 GiB are refused when the file is read.
            ends.push(u32::try_from(text.len()).unwrap_or(u32::MAX));
        }
        Cells {
            text: text.into_boxed_str(),
            ends: ends.into_boxed_slice(),
        }
    }
}

/// Which byte separates cells: the given one, else whichever of `,` `;` tab occurs
/// most in the header line (outside quotes), else a comma.
pub fn sniff_delimiter(text: &str) -> u8 {
    let mut counts = [0usize; 3];
    let mut quoted = false;
    for c in text.chars() {
        match c {
            '"' => quoted = !quoted,
            '\n' if !quoted => break,
            ',' if !quoted => counts[0] += 1,
            ';' if !quoted => counts[1] += 1,
            '\t' if !quoted => counts[2] += 1,
            _ => {}
        }
    }
    let best = (0..3).max_by_key(|&i| (counts[i], 3 - i)).unwrap_or(0);
    if counts[best] == 0 {
        b','
    } else {
        [b',', b';', b'\t'][best]
    }
}

/// The length of a UTF-8 byte-order mark at the start of `bytes` (0 without).
fn bom_len(bytes: &[u8]) -> usize {
    const BOM: &[u8] = &[0xEF, 0xBB, 0xBF];
    if bytes.starts_with(BOM) { BOM.len() } else { 0 }
}

/// How the file's bytes are text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    /// UTF-8, or GBK when the bytes are not UTF-8 but are GBK (Excel and Chinese CRMs).
    Detect,
    Utf8,
    Gbk,
}

/// The file as text: a UTF-8 byte-order mark dropped; GBK decoded when asked or
/// detected. Bytes that fit neither are reported with their line.
pub fn decode<'b>(
    bytes: &'b [u8],
    file: &str,
    encoding: Encoding,
) -> Result<Cow<'b, str>, ImportError> {
    let bytes = &bytes[bom_len(bytes)..];
    let line_of = |at: usize| 1 + bytes[..at].iter().filter(|b| **b == b'\n').count() as u64;
    let gbk = |bytes: &[u8]| {
        let (text, had_errors) = encoding_rs::GBK.decode_without_bom_handling(bytes);
        (!had_errors).then(|| Cow::Owned(text.into_owned()))
    };
    match (encoding, std::str::from_utf8(bytes)) {
        (Encoding::Gbk, _) => gbk(bytes).ok_or_else(|| ImportError::Encoding {
            file: file.to_string(),
            line: 1,
            expected: Encoding::Gbk,
        }),
        // Already text: read in place (a large file is not copied).
        (_, Ok(text)) => Ok(Cow::Borrowed(text)),
        (Encoding::Detect, Err(e)) => gbk(bytes).ok_or_else(|| ImportError::Encoding {
            file: file.to_string(),
            line: line_of(e.valid_up_to()),
            expected: Encoding::Detect,
        }),
        (Encoding::Utf8, Err(e)) => Err(ImportError::Encoding {
            file: file.to_string(),
            line: line_of(e.valid_up_to()),
            expected: Encoding::Utf8,
        }),
    }
}

pub fn read_sheet(bytes: &[u8], file: &str, delimiter: Option<u8>) -> Result<Sheet, ImportError> {
    read_sheet_as(bytes, file, delimiter, Encoding::Detect)
}

pub fn read_sheet_as(
    bytes: &[u8],
    file: &str,
    delimiter: Option<u8>,
    encoding: Encoding,
) -> Result<Sheet, ImportError> {
    let text = decode(bytes, file, encoding)?.into_owned();
    sheet_of(text, file, delimiter)
}

/// As [`read_sheet_as`], taking the file's bytes: text in UTF-8 becomes the
/// sheet's text in place (a large file is not copied).
pub fn read_sheet_from(
    mut bytes: Vec<u8>,
    file: &str,
    delimiter: Option<u8>,
    encoding: Encoding,
) -> Result<Sheet, ImportError> {
    let decoded = match decode(&bytes, file, encoding)? {
        Cow::Owned(text) => Some(text),
        Cow::Borrowed(_) => None,
    };
    let text = match decoded {
        Some(text) => text,
        None => {
            bytes.drain(..bom_len(&bytes));
            String::from_utf8(bytes).map_err(|_| ImportError::Encoding {
                file: file.to_string(),
                line: 1,
                expected: Encoding::Utf8,
            })?
        }
    };
    sheet_of(text, file, delimiter)
}

/// Reads the header and checks every row once (a malformed file is refused
/// here, before anything reads its rows).
fn sheet_of(text: String, file: &str, delimiter: Option<u8>) -> Result<Sheet, ImportError> {
    // Line numbers in messages count LF only when CRLF is folded first (a quoted
    // cell's own CRLF becomes LF too, which is what a spreadsheet shows anyway).
    let text = if text.contains("\r\n") {
        text.replace("\r\n", "\n")
    } else {
        text
    };
    let delimiter = delimiter.unwrap_or_else(|| sniff_delimiter(&text));
    let mut sheet = Sheet {
        file: file.to_string(),
        headers: Vec::new(),
        // Lines are counted from byte offsets: the reader's own count skips blank lines.
        newlines: memchr_newlines(&text),
        text,
        delimiter,
        rows: 0,
    };
    let headers: Vec<String> = sheet
        .reader()
        .headers()
        .map_err(|e| sheet.error(e))?
        .iter()
        .map(|h| h.trim().to_string())
        .collect();
    if headers.iter().all(|h| h.is_empty()) {
        return Err(ImportError::Empty {
            file: file.to_string(),
        });
    }
    sheet.headers = headers;
    let mut rows = 0;
    let (mut reader, mut record) = (sheet.reader(), csv::StringRecord::new());
    while let Some(line) = sheet.next_row(&mut reader, &mut record)? {
        // A row's cells are told apart by 32-bit offsets.
        if record.as_byte_record().as_slice().len() > u32::MAX as usize {
            return Err(ImportError::Malformed {
                file: file.to_string(),
                line,
                detail: t!("io-row-too-long"),
            });
        }
        rows += 1;
    }
    drop(reader);
    sheet.rows = rows;
    Ok(sheet)
}

fn memchr_newlines(text: &str) -> Vec<usize> {
    text.bytes()
        .enumerate()
        .filter(|(_, b)| *b == b'\n')
        .map(|(i, _)| i)
        .collect()
}

impl Sheet {
    /// How many rows the file holds (blank lines are no rows).
    pub fn len(&self) -> usize {
        self.rows
    }

    pub fn is_empty(&self) -> bool {
        self.rows == 0
    }

    /// The sheet without its text, once its rows have been read: what is
    /// left names the file and its columns.
    pub fn forget_rows(self) -> Sheet {
        Sheet {
            text: String::new(),
            newlines: Vec::new(),
            rows: 0,
            ..self
        }
    }

    /// Every row, in file order.
    pub fn rows(&self) -> impl Iterator<Item = Result<SheetRow, ImportError>> + '_ {
        let mut reader = self.reader();
        let mut record = csv::StringRecord::new();
        let header = reader.headers().map(|_| ()).map_err(|e| self.error(e));
        let mut failed = header.err();
        std::iter::from_fn(move || {
            if let Some(e) = failed.take() {
                return Some(Err(e));
            }
            match self.next_row(&mut reader, &mut record) {
                Ok(Some(line)) => Some(Ok(SheetRow {
                    line,
                    cells: record.iter().collect(),
                })),
                Ok(None) => None,
                Err(e) => Some(Err(e)),
            }
        })
    }

    /// The cells of the row that starts on `line` (as a row's `line` says).
    pub fn row_at(&self, line: u64) -> Option<Cells> {
        let start = match line {
            0 | 1 => return None,
            2.. => self.newlines.get(line as usize - 2)? + 1,
        };
        let mut reader = csv::ReaderBuilder::new()
            .delimiter(self.delimiter)
            .has_headers(false)
            .flexible(true)
            .from_reader(self.text.get(start..)?.as_bytes());
        let mut record = csv::StringRecord::new();
        match reader.read_record(&mut record) {
            Ok(true) => Some(record.iter().collect()),
            _ => None,
        }
    }

    fn reader(&self) -> csv::Reader<&[u8]> {
        csv::ReaderBuilder::new()
            .delimiter(self.delimiter)
            .has_headers(true)
            .flexible(false)
            .from_reader(self.text.as_bytes())
    }

    /// Reads the next row that is not blank into `record`; its line.
    fn next_row(
        &self,
        reader: &mut csv::Reader<&[u8]>,
        record: &mut csv::StringRecord,
    ) -> Result<Option<u64>, ImportError> {
        loop {
            match reader.read_record(record) {
                Ok(true) => {}
                Ok(false) => return Ok(None),
                Err(e) => return Err(self.error(e)),
            }
            // A blank line at the end (or anywhere) is no row.
            if !record.iter().all(|c| c.trim().is_empty()) {
                return Ok(Some(
                    record.position().map_or(0, |p| self.line_at(p.byte())),
                ));
            }
        }
    }

    /// The line of a record's first character (its offset can point at blank
    /// lines skipped before it).
    fn line_at(&self, byte: u64) -> u64 {
        let bytes = self.text.as_bytes();
        let mut at = byte as usize;
        while bytes.get(at) == Some(&b'\n') {
            at += 1;
        }
        1 + self.newlines.partition_point(|&n| n < at) as u64
    }

    fn error(&self, e: csv::Error) -> ImportError {
        csv_error(&self.file, e, |byte| self.line_at(byte))
    }
}

fn csv_error(file: &str, e: csv::Error, line_at: impl Fn(u64) -> u64) -> ImportError {
    let line = e.position().map_or(0, |p| line_at(p.byte()));
    let detail = match e.kind() {
        csv::ErrorKind::UnequalLengths {
            expected_len, len, ..
        } => t!(
            "io-columns-unequal",
            found = len.to_string(),
            header = expected_len.to_string()
        ),
        other => format!("{other:?}"),
    };
    ImportError::Malformed {
        file: file.to_string(),
        line,
        detail,
    }
}

impl Sheet {
    /// The column holding `header` (trimmed, case-insensitive).
    pub fn column(&self, header: &str) -> Option<usize> {
        self.headers
            .iter()
            .position(|h| h.eq_ignore_ascii_case(header.trim()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn delimiters_are_sniffed_from_the_header_line() {
        assert_eq!(sniff_delimiter("a;b;c\n1,5;2;3"), b';');
        assert_eq!(sniff_delimiter("a\tb\tc"), b'\t');
        assert_eq!(sniff_delimiter("\"x,y\";b;c"), b';');
        assert_eq!(sniff_delimiter("single"), b',');
    }

    #[test]
    fn bom_crlf_and_multi_line_quotes() {
        let file = "\u{feff}Name;Note\r\nA;\"two\r\nlines\"\r\n\r\nB;x\r\n";
        let sheet = read_sheet(file.as_bytes(), "f.csv", None).unwrap();
        assert_eq!(sheet.headers, ["Name", "Note"]);
        let rows: Vec<SheetRow> = sheet.rows().map(Result::unwrap).collect();
        assert_eq!((sheet.len(), rows.len()), (2, 2));
        assert_eq!(rows[0].cells.get(1), Some("two\nlines"));
        assert_eq!((rows[0].line, rows[1].line), (2, 5));
        assert_eq!(sheet.row_at(2), Some(rows[0].cells.clone()));
        assert_eq!(sheet.row_at(5), Some(rows[1].cells.clone()));
    }

    #[test]
    fn a_short_row_and_bad_bytes_are_named() {
        let e = read_sheet(b"a,b\n1,2\n3\n", "f.csv", None).unwrap_err();
        assert_eq!(
            e.to_string(),
            "f.csv: line 3: 1 columns where the header has 2"
        );
        let e = read_sheet(b"a,b\n1,\xff\xff\n", "f.csv", None).unwrap_err();
        assert!(
            e.to_string()
                .starts_with("f.csv: line 2: not UTF-8 (or GBK) text"),
            "{e}"
        );
    }

    #[test]
    fn gbk_is_detected_or_asked_for() {
        // "名称,公司\n测试,华东" in GBK.
        let (bytes, _, _) = encoding_rs::GBK.encode("名称,公司\n测试,华东\n");
        let sheet = read_sheet(&bytes, "f.csv", None).unwrap();
        assert_eq!(sheet.headers, ["名称", "公司"]);
        let first = sheet.rows().next().unwrap().unwrap();
        assert_eq!(first.cells.to_vec(), ["测试", "华东"]);
        let asked = read_sheet_as(&bytes, "f.csv", None, Encoding::Gbk).unwrap();
        assert_eq!(asked, sheet);
        let e = read_sheet_as(&bytes, "f.csv", None, Encoding::Utf8).unwrap_err();
        assert!(e.to_string().contains("not UTF-8 text"), "{e}");
    }
}
