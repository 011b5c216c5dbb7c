//! Import step 0, column layout: a page exported with its columns side by
//! side (`pdftotext -layout`, some e-paper "text" views) → the same text in
//! reading order, column after column, before `artifacts` and `wrap` read it.
//!
//! Such an export sets the page's columns on shared lines, separated by runs
//! of spaces (gutters); a banner headline or a box crosses some gutters; a
//! table sets short cells on rows that belong together. Read as it stands,
//! every article is scrambled.
//!
//! The page is cut as a recursive X-Y cut of its character grid. A block of
//! lines whose text leaves the same stretch of at least two cells blank on
//! every line is cut there into columns, read one after another; a block with
//! no such stretch is cut into bands at the lines that cross the gutter most
//! lines leave blank (banners, boxes, a table across the page, with a title
//! line or two set close to them), read top to bottom; what cannot be cut
//! stays as it is. A page is read as columns only when one gutter has text
//! on both sides on [`MIN_STRADDLE`] lines, or on more than that many lines on
//! each side (columns whose paragraphs break at other heights); inside such a
//! page two lines will do.
//!
//! Columns must look like text: a cell of figures or one narrower than a
//! newspaper column is merged with the cell on its left, and rows led by a
//! figure or a time are a table, so a table keeps its rows. A line at the
//! page's head or foot whose text right of a gutter starts far from the
//! column's edge (a folio's date, an editor's credit) stands apart. Where a
//! column ends early or on the end of a sentence, a blank line marks the
//! paragraph's end before the next column.
//!
//! Positions are counted twice, in characters (pdftotext pads on its own
//! grid, one character a cell) and in display cells (a Han character is two);
//! the count in which more column lines begin right on their column's edge
//! is used.
//!
//! Limits: a table whose own gaps line up with the page's gutter is cut with
//! the columns; a paragraph break that falls at a column's foot beside the
//! blank foot of a shorter column, or at a column's head, is not seen; a
//! page too small to show a gutter on three lines is left as it is.
//!
//! A page with no such layout comes back unchanged (borrowed), byte for byte.

use std::borrow::Cow;

/// Lines that must have text on both sides of some gutter of the page for
/// it to be read as columns: fewer is a coincidence of word gaps, a two-line
/// masthead, a dateline.
pub const MIN_STRADDLE: usize = 3;
/// Lines with text on both sides of each gutter once the page has columns
/// (a short column beside a long one).
const MIN_STRADDLE_INSIDE: usize = 2;
/// Narrowest column (its widest line), in display cells: eight Han
/// characters (a column of verse); a table's cells are narrower.
const MIN_COLUMN_WIDTH: usize = 16;
/// Shortest mean line of a column, in display cells.
const MIN_MEAN_LINE: usize = 10;
/// Most columns a page sets side by side (a broadsheet has eight or nine).
const MAX_COLUMNS: usize = 12;
/// Nesting of cuts: real pages need three or four levels.
const MAX_DEPTH: usize = 12;

/// The page's text in reading order: unchanged when its lines do not set
/// columns side by side. Form feeds (pdftotext's page breaks) stay where they
/// are; each page between them is laid out on its own grid.
pub fn reading_order(text: &str) -> Cow<'_, str> {
    if !text.contains("  ") {
        return Cow::Borrowed(text);
    }
    let mut changed = false;
    let parts: Vec<Cow<'_, str>> = text
        .split('\u{c}')
        .map(|part| {
            let ordered = order_part(part);
            changed |= matches!(ordered, Cow::Owned(_));
            ordered
        })
        .collect();
    if changed { Cow::Owned(parts.join("\u{c}")) } else { Cow::Borrowed(text) }
}

/// How positions on a line are counted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Metric {
    Chars,
    Cells,
}

/// A stretch of text on one line: words apart by single spaces; two spaces
/// or more end it. Start and end in both counts, and its bytes.
#[derive(Debug, Clone, Copy)]
struct Span {
    chars: (usize, usize),
    cells: (usize, usize),
    bytes: (usize, usize),
}

impl Span {
    fn at(&self, m: Metric) -> (usize, usize) {
        match m {
            Metric::Chars => self.chars,
            Metric::Cells => self.cells,
        }
    }
}

/// Whether a character takes two cells where text is set on a grid: East
/// Asian wide and full-width characters (ambiguous ones, `“` `—`, take one),
/// as the `unicode-width` crate reads Unicode's East Asian Width.
pub fn is_wide(c: char) -> bool {
    unicode_width::UnicodeWidthChar::width(c) == Some(2)
}

/// Display width of a string, as [`is_wide`] counts (every other character one cell).
pub fn width(s: &str) -> usize {
    s.chars().map(|c| if is_wide(c) { 2 } else { 1 }).sum()
}

fn spans_of(line: &str) -> Vec<Span> {
    let mut spans = Vec::new();
    let (mut ci, mut wi) = (0usize, 0usize);
    // The span being built, and the run of spaces after its last character.
    let mut open: Option<Span> = None;
    let mut spaces = 0usize;
    for (b, c) in line.char_indices() {
        let w = if is_wide(c) { 2 } else { 1 };
        if c == ' ' {
            spaces += 1;
        } else {
            match open.as_mut() {
                Some(s) if spaces < 2 => {
                    s.chars.1 = ci + 1;
                    s.cells.1 = wi + w;
                    s.bytes.1 = b + c.len_utf8();
                }
                _ => {
                    spans.extend(open.take());
                    open = Some(Span { chars: (ci, ci + 1), cells: (wi, wi + w), bytes: (b, b + c.len_utf8()) });
                }
            }
            spaces = 0;
        }
        ci += 1;
        wi += w;
    }
    spans.extend(open);
    spans
}

/// One line of a block: the spans `lo..hi` of line `row` (empty: blank here).
#[derive(Debug, Clone, Copy)]
struct Item {
    row: usize,
    lo: usize,
    hi: usize,
}

impl Item {
    fn is_blank(&self) -> bool {
        self.lo == self.hi
    }
}

/// What the reordered page is made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Out {
    /// A line of the page as it was.
    Line(usize),
    /// The spans `lo..hi` of a line, indented from `x0`.
    Cell {
        row: usize,
        lo: usize,
        hi: usize,
        x0: usize,
    },
    Blank,
}

struct Page<'a> {
    lines: Vec<&'a str>,
    spans: Vec<Vec<Span>>,
    metric: Metric,
}

/// Lines of a page's head (foot) that may stand apart from its columns.
const HEAD_LINES: usize = 6;

/// Where a block's lines that keep to no column end (head) or begin (foot).
#[derive(Debug, Clone, Copy)]
enum Edge {
    Head(usize),
    Foot(usize),
}

/// How much of a page its columns explain: lines with text in two columns
/// or more, and whether one gutter had [`MIN_STRADDLE`] of them.
#[derive(Debug, Default)]
struct Score {
    rows: usize,
    strong: bool,
}

/// A column of a block: its left and right edge.
#[derive(Debug, Clone, Copy)]
struct Column {
    x0: usize,
    x1: usize,
}

fn order_part(part: &str) -> Cow<'_, str> {
    let lines: Vec<&str> = part.split('\n').collect();
    let spans: Vec<Vec<Span>> = lines.iter().map(|l| spans_of(l.trim_end_matches('\r'))).collect();
    // Columns show as lines of several spans, or of one set off by a gutter:
    // a page with fewer than three such lines is no layout of columns.
    let set_apart =
        lines.iter().zip(&spans).filter(|(l, s)| s.len() >= 2 || (s.len() == 1 && l.starts_with("  "))).count();
    if set_apart < MIN_STRADDLE {
        return Cow::Borrowed(part);
    }
    let mut best: Option<(usize, Page<'_>, Vec<Out>)> = None;
    for metric in [Metric::Chars, Metric::Cells] {
        let page = Page { lines: lines.clone(), spans: spans.clone(), metric };
        let items: Vec<Item> = (0..lines.len()).map(|row| Item { row, lo: 0, hi: page.spans[row].len() }).collect();
        let mut out = Vec::new();
        let mut score = Score::default();
        page.order(&items, 0, (true, true), 0, &mut out, &mut score);
        if !score.strong {
            continue;
        }
        // In the count the export padded by, a column's lines begin at its
        // edge; in the other, lines after wide characters drift right of it.
        let score = out
            .iter()
            .map(|o| match *o {
                Out::Cell { row, lo, x0, .. } if page.pos(row, lo).0 == x0 => 1,
                Out::Cell { .. } => -1,
                _ => 0,
            })
            .sum::<isize>()
            .max(1) as usize;
        if best.as_ref().is_none_or(|b| score > b.0) {
            best = Some((score, page, out));
        }
    }
    match best {
        Some((_, page, out)) => Cow::Owned(page.render(&out)),
        None => Cow::Borrowed(part),
    }
}

impl Page<'_> {
    fn pos(&self, row: usize, i: usize) -> (usize, usize) {
        self.spans[row][i].at(self.metric)
    }

    fn item_spans(&self, it: &Item) -> impl Iterator<Item = (usize, usize)> + '_ {
        let row = it.row;
        (it.lo..it.hi).map(move |i| self.pos(row, i))
    }

    /// The text of spans `lo..hi` of a line, as the line has it between them.
    fn text(&self, row: usize, lo: usize, hi: usize) -> &str {
        let s = &self.spans[row];
        &self.lines[row][s[lo].bytes.0..s[hi - 1].bytes.1]
    }

    fn render(&self, out: &[Out]) -> String {
        let mut s = String::new();
        for (i, o) in out.iter().enumerate() {
            if i > 0 {
                s.push('\n');
            }
            match *o {
                Out::Line(row) => s.push_str(self.lines[row]),
                Out::Cell { row, lo, hi, x0 } => {
                    let indent = self.pos(row, lo).0.saturating_sub(x0);
                    s.extend(std::iter::repeat_n(' ', indent));
                    s.push_str(self.text(row, lo, hi));
                }
                Out::Blank => {}
            }
        }
        s
    }

    /// Appends the items of a block in reading order. `edge` says whether the
    /// block begins and ends the page: only there does a line that does not
    /// keep to the columns (a masthead, a folio) stand apart.
    fn order(
        &self,
        items: &[Item],
        x0: usize,
        edge: (bool, bool),
        depth: usize,
        out: &mut Vec<Out>,
        score: &mut Score,
    ) {
        let filled = items.iter().filter(|i| !i.is_blank()).count();
        if filled < MIN_STRADDLE_INSIDE || depth > MAX_DEPTH {
            self.leaf(items, x0, out);
            return;
        }
        // Blank lines above and below the block are no column's: a column's
        // own blank foot or head is read as the end of its paragraph.
        let (Some(top), Some(bottom)) =
            (items.iter().position(|i| !i.is_blank()), items.iter().rposition(|i| !i.is_blank()))
        else {
            self.leaf(items, x0, out);
            return;
        };
        if top > 0 || bottom + 1 < items.len() {
            if top > 0 {
                out.push(Out::Blank);
            }
            self.order(&items[top..=bottom], x0, edge, depth, out, score);
            if bottom + 1 < items.len() {
                out.push(Out::Blank);
            }
            return;
        }
        if let Some(cols) = self.columns(items) {
            match self.stray_edge_lines(items, &cols, edge) {
                // Set them apart and cut the rest again.
                Some(Edge::Head(k)) => {
                    self.leaf(&items[..=k], x0, out);
                    self.order(&items[k + 1..], x0, (true, edge.1), depth + 1, out, score);
                    return;
                }
                Some(Edge::Foot(k)) => {
                    self.order(&items[..k], x0, (edge.0, true), depth + 1, out, score);
                    self.leaf(&items[k..], x0, out);
                    return;
                }
                None => {}
            }
            score.rows += items.iter().filter(|it| self.columns_filled(it, &cols) >= 2).count();
            score.strong |= (1..cols.len()).any(|g| self.strong(items, cols[g - 1], cols[g]));
            let mut trailing_blank = false;
            for (j, col) in cols.iter().enumerate() {
                let sub: Vec<Item> = items.iter().map(|it| self.restrict(it, *col)).collect();
                let first = sub.iter().position(|i| !i.is_blank());
                let last = sub.iter().rposition(|i| !i.is_blank());
                let (Some(first), Some(last)) = (first, last) else {
                    continue;
                };
                // A column that ends above the block's foot, or on the end
                // of a sentence, most likely ends its paragraph there: a
                // blank line says so (a paragraph that goes on is only split
                // in two; a headline glued to the text before it is lost).
                // One that begins below the block's head may sit under a
                // headline or the page's furniture: its first paragraph may
                // go on from the column before.
                let ended = |out: &[Out]| match out.last() {
                    Some(&Out::Cell { row, lo, hi, .. }) => super::text::is_terminated(self.text(row, lo, hi)),
                    Some(&Out::Line(row)) => super::text::is_terminated(self.lines[row].trim_end()),
                    _ => false,
                };
                let break_before = if j == 0 { first > 0 } else { trailing_blank || ended(out) };
                if break_before && !out.is_empty() && out.last() != Some(&Out::Blank) {
                    out.push(Out::Blank);
                }
                self.order(&sub[first..=last], col.x0, (false, false), depth + 1, out, score);
                trailing_blank = last + 1 < sub.len();
            }
            if trailing_blank && out.last() != Some(&Out::Blank) {
                out.push(Out::Blank);
            }
            return;
        }
        if let Some(crossing) = self.bands(items) {
            // Runs of lines alike; blank lines between runs are kept as blank
            // lines and belong to neither.
            let mut i = 0;
            let n = items.len();
            let first_filled = items.iter().position(|i| !i.is_blank()).unwrap_or(0);
            let last_filled = items.iter().rposition(|i| !i.is_blank()).unwrap_or(0);
            while i < n {
                if items[i].is_blank() {
                    out.push(Out::Blank);
                    i += 1;
                    continue;
                }
                let mut j = i + 1;
                let mut end = i + 1;
                while j < n && (items[j].is_blank() || crossing[j] == crossing[i]) {
                    if !items[j].is_blank() {
                        end = j + 1;
                    }
                    j += 1;
                }
                let run = &items[i..end];
                let run_edge = (edge.0 && i <= first_filled, edge.1 && end > last_filled);
                if run.len() == items.len() {
                    self.leaf(run, x0, out);
                } else {
                    self.order(run, x0, run_edge, depth + 1, out, score);
                }
                i = end;
            }
            return;
        }
        self.leaf(items, x0, out);
    }

    fn leaf(&self, items: &[Item], x0: usize, out: &mut Vec<Out>) {
        for it in items {
            out.push(if it.is_blank() {
                Out::Blank
            } else if it.lo == 0 && it.hi == self.spans[it.row].len() && x0 == 0 {
                Out::Line(it.row)
            } else {
                Out::Cell { row: it.row, lo: it.lo, hi: it.hi, x0 }
            });
        }
    }

    /// The spans of an item that lie in a column.
    fn restrict(&self, it: &Item, col: Column) -> Item {
        let inside = |i: &usize| {
            let (s, _) = self.pos(it.row, *i);
            s >= col.x0 && s < col.x1
        };
        let lo = (it.lo..it.hi).find(inside).unwrap_or(it.hi);
        let hi = (lo..it.hi).take_while(inside).last().map_or(lo, |i| i + 1);
        Item { row: it.row, lo, hi }
    }

    fn columns_filled(&self, it: &Item, cols: &[Column]) -> usize {
        cols.iter().filter(|c| !self.restrict(it, **c).is_blank()).count()
    }

    /// The columns of a block: stretches of text between gutters that are
    /// blank on every line; `None` when there are not two that look like
    /// columns of text.
    fn columns(&self, items: &[Item]) -> Option<Vec<Column>> {
        let mut iv: Vec<(usize, usize)> = items.iter().flat_map(|it| self.item_spans(it)).collect();
        iv.sort_unstable();
        let mut cols: Vec<Column> = Vec::new();
        for (s, e) in iv {
            match cols.last_mut() {
                // A gap narrower than two cells is a word space.
                Some(c) if s < c.x1 + 2 => c.x1 = c.x1.max(e),
                _ => cols.push(Column { x0: s, x1: e }),
            }
        }
        // Rows led by a figure or a time (a rank, a price, a programme's
        // hour) are a table's records, not a column of text; so are more
        // cells to a line than a page has columns.
        if cols.len() < 2 || cols.len() > MAX_COLUMNS || mostly_figures(&self.cells(items, cols[0])) {
            return None;
        }
        loop {
            // A cell of numbers or a narrow one belongs to the table cell on
            // its left (the row's label); a first one to the cell on its right.
            let bad = cols.iter().position(|c| !self.is_text_column(items, *c));
            let weak = (1..cols.len()).find(|&g| self.weak(items, cols[g - 1], cols[g]));
            match (bad, weak) {
                (Some(0), _) => merge(&mut cols, 0),
                (Some(j), _) => merge(&mut cols, j - 1),
                (None, Some(g)) => merge(&mut cols, g - 1),
                (None, None) => break,
            }
            if cols.len() < 2 {
                return None;
            }
        }
        Some(cols)
    }

    /// How well a gutter between columns `a` and `b` is borne out: lines
    /// with text on both sides, and lines with text on the left and on the
    /// right only. Columns whose paragraphs break at other heights share few
    /// lines, but each has lines of its own.
    fn support(&self, items: &[Item], a: Column, b: Column) -> (usize, usize, usize) {
        let (mut both, mut left, mut right) = (0, 0, 0);
        for it in items {
            let l = self.item_spans(it).any(|(s, _)| s < a.x1);
            let r = self.item_spans(it).any(|(s, _)| s >= b.x0);
            match (l, r) {
                (true, true) => both += 1,
                (true, false) => left += 1,
                (false, true) => right += 1,
                _ => {}
            }
        }
        (both, left, right)
    }

    /// A gutter the page can be read as columns by: [`MIN_STRADDLE`] lines
    /// across it, or one more than that on each side.
    fn strong(&self, items: &[Item], a: Column, b: Column) -> bool {
        let (both, left, right) = self.support(items, a, b);
        both >= MIN_STRADDLE || (both + left > MIN_STRADDLE && both + right > MIN_STRADDLE)
    }

    /// A gutter that may stand on a page read as columns.
    fn weak(&self, items: &[Item], a: Column, b: Column) -> bool {
        let (both, left, right) = self.support(items, a, b);
        both < MIN_STRADDLE_INSIDE
            && (both + left < MIN_STRADDLE_INSIDE
                || both + right < MIN_STRADDLE_INSIDE
                || both + left + right < 2 * MIN_STRADDLE)
    }

    fn cells(&self, items: &[Item], col: Column) -> Vec<&str> {
        items
            .iter()
            .map(|it| self.restrict(it, col))
            .filter(|it| !it.is_blank())
            .map(|it| self.text(it.row, it.lo, it.hi))
            .collect()
    }

    fn is_text_column(&self, items: &[Item], col: Column) -> bool {
        let cells = self.cells(items, col);
        let widths: Vec<usize> = cells.iter().map(|c| width(c)).collect();
        widths.iter().max().is_some_and(|&w| w >= MIN_COLUMN_WIDTH)
            && widths.iter().sum::<usize>() >= MIN_MEAN_LINE * cells.len()
            && !mostly_figures(&cells)
    }

    /// The lines at the head (foot) of the page that share the block's
    /// gutters but do not keep to its columns: text right of a gutter set far
    /// from the column's edge, as a masthead's date or a folio's editor is.
    /// `Head(k)`: items `..=k` are such lines and what stands above them;
    /// `Foot(k)`: items `k..`.
    fn stray_edge_lines(&self, items: &[Item], cols: &[Column], edge: (bool, bool)) -> Option<Edge> {
        let stray = |k: usize| {
            let it = &items[k];
            cols.iter().skip(1).any(|col| {
                let cell = self.restrict(it, *col);
                if cell.is_blank() {
                    return false;
                }
                let start = self.pos(cell.row, cell.lo).0;
                let edge = self.usual_start(items, *col);
                // A paragraph's indent is two or three cells.
                start > edge + 3
            }) && self.columns_filled(it, cols) >= 2
        };
        // A few lines at most: a page's head, not its first story.
        let filled: Vec<usize> = (0..items.len()).filter(|&k| !items[k].is_blank()).collect();
        if edge.0 {
            let head = filled.iter().take(HEAD_LINES).rposition(|&k| stray(k));
            if let Some(h) = head {
                return Some(Edge::Head(filled[h]));
            }
        }
        if edge.1 {
            let foot = filled.iter().rev().take(HEAD_LINES).rposition(|&k| stray(k));
            if let Some(f) = foot.filter(|&f| filled[filled.len() - 1 - f] > filled[0]) {
                return Some(Edge::Foot(filled[filled.len() - 1 - f]));
            }
        }
        None
    }

    /// Where most lines of a column begin.
    fn usual_start(&self, items: &[Item], col: Column) -> usize {
        let mut starts: Vec<usize> = items
            .iter()
            .map(|it| self.restrict(it, col))
            .filter(|it| !it.is_blank())
            .map(|it| self.pos(it.row, it.lo).0)
            .collect();
        starts.sort_unstable();
        let mut best = (0, col.x0);
        let mut i = 0;
        while i < starts.len() {
            let j = starts[i..].iter().take_while(|&&s| s == starts[i]).count();
            if j > best.0 {
                best = (j, starts[i]);
            }
            i += j;
        }
        best.1
    }

    /// For a block no gutter runs through: the position most lines leave
    /// blank with text on both sides, and for each item whether it crosses
    /// it. `None` when no gutter is common enough or nothing crosses it.
    fn bands(&self, items: &[Item]) -> Option<Vec<bool>> {
        let right = items.iter().flat_map(|it| self.item_spans(it)).map(|(_, e)| e).max()?;
        let mut straddle = vec![0usize; right + 1];
        for it in items {
            let sp: Vec<(usize, usize)> = self.item_spans(it).collect();
            for w in sp.windows(2) {
                // Both cells of a two-cell gutter blank.
                let (from, to) = (w[0].1, w[1].0.saturating_sub(1).max(w[0].1));
                for s in &mut straddle[from..to] {
                    *s += 1;
                }
            }
        }
        let (x, &count) = straddle.iter().enumerate().max_by_key(|&(x, c)| (*c, std::cmp::Reverse(x)))?;
        if count < MIN_STRADDLE_INSIDE {
            return None;
        }
        // The gutter is as wide as the positions that many lines leave
        // blank: a line crosses it when it leaves no two cells of it blank.
        let a = (0..=x).rev().take_while(|&p| straddle[p] == count).last().unwrap_or(x);
        let b = (x..straddle.len()).take_while(|&p| straddle[p] == count).last().unwrap_or(x);
        let crossing: Vec<bool> = items
            .iter()
            .map(|it| {
                // The blank stretches of the line, before, between and after
                // its spans: one must hold two cells of the gutter.
                let sp: Vec<(usize, usize)> = self.item_spans(it).collect();
                let starts = std::iter::once(0).chain(sp.iter().map(|&(_, e)| e));
                let ends = sp.iter().map(|&(s, _)| s).chain(std::iter::once(usize::MAX));
                let fits = starts.zip(ends).any(|(g0, g1)| g1.min(b + 2).saturating_sub(g0.max(a)) >= 2);
                !sp.is_empty() && !fits
            })
            .collect();
        let mut crossing = crossing;
        // A line or two set close above or below crossing lines, with a
        // blank line on its other side, belongs to them: the title of a
        // table, a box's caption.
        let mut i = 0;
        while i < items.len() {
            let end = (i..items.len()).find(|&j| items[j].is_blank()).unwrap_or(items.len());
            let para = i..end;
            if let (Some(a), Some(b)) = (para.clone().find(|&j| crossing[j]), para.clone().rev().find(|&j| crossing[j]))
            {
                for run in [i..a, b + 1..end] {
                    if run.len() <= 2 {
                        run.for_each(|j| crossing[j] = true);
                    }
                }
            }
            i = end + 1;
        }
        crossing.iter().any(|&c| c).then_some(crossing)
    }
}

/// Whether most cells are figures, times or scores: no letters, or half
/// their characters digits. What markup an export left after a cell
/// (`+0.03<br>`) is no part of it.
fn mostly_figures(cells: &[&str]) -> bool {
    let figures = cells
        .iter()
        .filter(|c| {
            let c = c.split('<').next().unwrap_or(c);
            let digits = c.chars().filter(|c| c.is_numeric()).count();
            !c.chars().any(char::is_alphabetic) || digits * 2 >= c.chars().filter(|c| *c != ' ').count()
        })
        .count();
    !cells.is_empty() && figures * 2 > cells.len()
}

/// Joins column `j` and the next.
fn merge(cols: &mut Vec<Column>, j: usize) {
    let next = cols.remove(j + 1);
    cols[j].x1 = cols[j].x1.max(next.x1);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn side_by_side(cols: &[&[&str]], gutter: usize) -> String {
        let widths: Vec<usize> = cols.iter().map(|c| c.iter().map(|l| width(l)).max().unwrap_or(0)).collect();
        let rows = cols.iter().map(|c| c.len()).max().unwrap_or(0);
        let mut out = Vec::new();
        for r in 0..rows {
            let mut line = String::new();
            for (j, c) in cols.iter().enumerate() {
                let cell = c.get(r).copied().unwrap_or("");
                line.push_str(cell);
                if j + 1 < cols.len() {
                    line.extend(std::iter::repeat_n(' ', widths[j] - width(cell) + gutter));
                }
            }
            out.push(line.trim_end().to_string());
        }
        out.join("\n")
    }

    #[test]
    fn single_column_text_is_borrowed_unchanged() {
        let text = "第2版 要闻\n\n标题\n　　本报讯（记者 张三）今年以来，我市……\nA  B\n";
        assert!(matches!(reading_order(text), Cow::Borrowed(_)));
        let english =
            "A3          THE COURIER          Monday, March 2, 2026\n\nHeadline\nBody text here.  Two spaces.\n";
        assert!(matches!(reading_order(english), Cow::Borrowed(_)));
    }

    #[test]
    fn two_columns_read_one_after_the_other() {
        let a: &[&str] = &["The council voted on", "Tuesday to approve", "the budget for the", "coming year."];
        let b: &[&str] = &["Storms cut power to", "thousands of homes", "across the county on", "Sunday night."];
        let page = side_by_side(&[a, b], 3);
        let got = reading_order(&page);
        // The first column ends a sentence: most likely its paragraph too.
        let want: Vec<&str> = a.iter().chain(&[""]).chain(b).copied().collect();
        assert_eq!(got, want.join("\n"));
        // A column that ends inside a sentence goes on into the next one.
        let a: &[&str] = &["The council voted on", "Tuesday to approve", "the budget for the", "coming year and"];
        let page = side_by_side(&[a, b], 3);
        let want: Vec<&str> = a.iter().chain(b).copied().collect();
        assert_eq!(reading_order(&page), want.join("\n"));
    }

    #[test]
    fn chinese_columns_in_chars_and_in_cells() {
        let a: &[&str] = &["城市更新提速", "本报讯（记者 李四）今年", "以来，我市加快推进城市", "更新，改造老旧小区。"];
        let b: &[&str] = &["本报讯（记者 张三）全市", "春季植树活动昨日启动，", "市民踊跃参加。", "（张三）"];
        // Padded by display width.
        let page = side_by_side(&[a, b], 4);
        let want: Vec<&str> = a.iter().chain(&[""]).chain(b).copied().collect();
        assert_eq!(reading_order(&page), want.join("\n"));
        // Padded by characters (pdftotext's grid).
        let wa = a.iter().map(|l| l.chars().count()).max().unwrap();
        let page: Vec<String> =
            a.iter().zip(b).map(|(x, y)| format!("{x}{}{y}", " ".repeat(wa - x.chars().count() + 3))).collect();
        assert_eq!(reading_order(&page.join("\n")), want.join("\n"));
    }

    #[test]
    fn banner_stands_alone_above_its_columns() {
        let a: &[&str] = &["The council voted on", "Tuesday to approve", "the budget for the", "coming year."];
        let b: &[&str] = &["Storms cut power to", "thousands of homes", "across the county on", "Sunday night."];
        let page = format!("        COUNCIL APPROVES BUDGET FOR 2026\n{}", side_by_side(&[a, b], 2));
        let got = reading_order(&page);
        let mut want = vec!["        COUNCIL APPROVES BUDGET FOR 2026"];
        want.extend(a.iter().chain(&[""]).chain(b));
        assert_eq!(got, want.join("\n"));
    }

    #[test]
    fn a_table_keeps_its_rows() {
        let page = "COUNTY LEAGUE STANDINGS\nTeam              P   W   D   L   Pts\nHarbor United    12   9   2   1    29\nRiverton Rovers  12   8   2   2    26\nMapleton City    12   7   1   4    22\n";
        assert_eq!(reading_order(page), page);
        let prices = "指数          收盘        涨跌      成交额(亿元)\n上证指数      3358.42     +12.37    4862\n深证成指     10876.15     -25.61    6127\n创业板指      2213.08      -8.94    2935\n";
        assert_eq!(reading_order(prices), prices);
    }

    #[test]
    fn a_table_inside_a_column_stays_a_table() {
        let a: &[&str] = &[
            "Rovers host Harbor United",
            "next Saturday at home.",
            "Team             P   Pts",
            "Harbor United   12    29",
            "Riverton Rovers 12    26",
            "Mapleton City   12    22",
        ];
        let b: &[&str] = &[
            "Storms cut power to",
            "thousands of homes",
            "across the county on",
            "Sunday night.",
            "",
            "More on Page 4.",
        ];
        let page = side_by_side(&[a, b], 3);
        let want: Vec<&str> = a.iter().chain(b).copied().collect();
        assert_eq!(reading_order(&page), want.join("\n"));
    }

    #[test]
    fn form_feeds_split_pages() {
        let a: &[&str] = &["The council voted on", "Tuesday to approve", "the budget for the"];
        let b: &[&str] = &["Storms cut power to", "thousands of homes", "across the county on"];
        let one = side_by_side(&[a, b], 3);
        let page = format!("{one}\n\u{c}{one}\n");
        let flat: Vec<&str> = a.iter().chain(b).copied().collect();
        let flat = flat.join("\n");
        assert_eq!(reading_order(&page), format!("{flat}\n\u{c}{flat}\n"));
    }
}
