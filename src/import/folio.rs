//! Import step, within `header`: a folio line read cell by cell. A folio
//! (the line heading or footing a page) is made of a few kinds of cell in
//! any order — the paper's name, the date, the weekday, the page number,
//! the section, the page's editors, the paper's site, its price — set apart
//! by wide gaps, bars or bullets. `header` knows many folios by their
//! patterns; this reads the ones it does not, of any paper, by asking what
//! each cell is: when every cell is one of these, the line is the folio,
//! and the one cell that is a section names the page's.

use super::rules::ImportRules;
use super::text::{fold_traditional, is_han, len, restore, static_re};
use regex::Regex;
use std::sync::OnceLock;

/// What a folio line says: the section it names, and whether it holds
/// something only a folio holds (a date, the page number with its mark,
/// the editors); a weak one (`临江日报 城市`, `4 COMPANIES & MARKETS`) is the
/// folio only beside another folio line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Folio {
    pub section: Option<String>,
    pub strong: bool,
    /// The section is surely one: see [`Cell::Section`]; or the line names
    /// its paper too, so the cell in capitals is not the paper's name.
    pub sure: bool,
}

/// One cell of a folio.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Cell {
    Date,
    Weekday,
    /// The page number, and whether it is marked as one (`A4`, `4A`,
    /// `第4版`, `—4—`, `Page 4`) or a bare number (`4`).
    Page {
        marked: bool,
    },
    Editors,
    /// The paper's name, and whether the patterns know it as furniture
    /// (a known masthead alone on its line is one).
    Paper {
        known: bool,
    },
    /// The paper's site or e-mail, its price, `SINCE 1899`, `Vol. 12`, the edition.
    Note,
    /// A section's name, and whether it is surely one (Chinese, known, or
    /// news of a kind: a cell in capitals may be a paper gazette does not know).
    Section(String, bool),
}

/// Reads `line` as a folio (see the module's note). `line` should be the
/// line as the export gave it: its wide gaps set the cells apart (single
/// spaces still do between Chinese words and around page numbers).
pub(super) fn read_folio(line: &str, rules: &ImportRules) -> Option<Folio> {
    // `中華民國115年5月22日`, `二〇二六年六月十八日`: a date in the years of
    // the Republic or in Chinese numerals is read as the Western one (else
    // its cell is no date, and the line no folio).
    let western = super::header::arabic_dates(line.trim());
    let printed = western.as_ref();
    let line = fold_traditional(printed);
    if line.is_empty() || len(&line) > 200 || line.contains(['。', '，', '；', '！', '？', '“', '"']) {
        return None;
    }
    // Dates and the editors' tail are taken out first (their own spaces
    // and commas would cut them into cells), each date left as a cell of
    // its own mark, in its place.
    const DATE: &str = "\u{2}";
    let mut rest = String::new();
    let mut last = 0;
    for m in dates().find_iter(&line) {
        rest.push_str(&line[last..m.start()]);
        rest.push_str("\u{1}\u{2}\u{1}");
        last = m.end();
    }
    rest.push_str(&line[last..]);
    let edited = editors_in(&rest);
    if let Some((from, to)) = edited {
        rest.replace_range(from..to, "\u{1}");
    }
    let mut cells: Vec<Cell> = Vec::new();
    // Where a cell in capitals may be a paper's name and a section's run
    // together (`DAWN NATIONAL`), and the two.
    let mut run_together: Option<(usize, [Cell; 2])> = None;
    let parts: Vec<&str> = gaps().split(&rest).map(str::trim).filter(|c| !c.is_empty()).collect();
    for (k, &cell) in parts.iter().enumerate() {
        if cell == DATE {
            cells.push(Cell::Date);
        } else if cell.ends_with(',') && parts.get(k + 1) == Some(&DATE) && !cell.chars().any(is_han) {
            // `NEW YORK, THURSDAY, JUNE 18, 2026`: where the paper is
            // published, dating it; no section.
            cells.push(Cell::Note);
        } else if let Some(read) = read_cell(cell, rules) {
            if matches!(read.as_slice(), [Cell::Section(_, false)]) {
                run_together = paper_then_section(cell, rules).map(|pair| (cells.len(), pair));
            }
            cells.extend(read);
        } else if is_translated_name(cell, cells.last()) {
            // `公司　Company`, `欧洲时报　Nouvelles d'Europe`: the name
            // before it, in the language of the paper's readers abroad.
        } else {
            return None;
        }
    }
    // `DAWN NATIONAL   ISLAMABAD, THURSDAY, JUNE 4, 2026   2`: on a dated
    // line naming no paper, the paper's name no list knows and the section
    // one does, run together in one cell of capitals.
    if let Some((at, pair)) = run_together
        && cells.iter().any(|c| matches!(c, Cell::Page { .. }))
        && cells.contains(&Cell::Date)
        && !cells.iter().any(|c| matches!(c, Cell::Paper { .. } | Cell::Editors))
        && cells.iter().filter(|c| matches!(c, Cell::Section(..))).count() == 1
    {
        cells.splice(at..=at, pair);
    }
    // `冰点周刊 · 冰点特稿   第7版`: a supplement's name and its page's, side
    // by side; the page's names it. (Both rules below need the page's
    // number: `记者 2026年3月2日 星期一 走访了小区` is a sentence.)
    let paged = cells.iter().any(|c| matches!(c, Cell::Page { .. }));
    if let Some(k) = (1..cells.len()).filter(|_| paged).find(|&k| {
        matches!((&cells[k - 1], &cells[k]), (Cell::Section(a, _), Cell::Section(b, _))
            if a.chars().all(is_han) && b.chars().all(is_han))
    }) {
        cells.remove(k - 1);
    }
    // `参考消息   2024年6月18日 星期二   国际新闻 3`: of two Chinese cells
    // read as sections on a dated line naming no paper, the first, at the
    // line's start, is the paper's name (named as no pattern knows).
    let sections = cells.iter().filter(|c| matches!(c, Cell::Section(..))).count();
    if sections == 2
        && paged
        && !cells.contains(&Cell::Paper { known: false })
        && cells.contains(&Cell::Date)
        && matches!(cells.first(), Some(Cell::Section(name, _)) if name.chars().all(is_han))
    {
        cells[0] = Cell::Paper { known: false };
    }
    // `02   要闻·乡镇   清溪融媒   2026年3月4日`: of two Chinese cells read
    // as sections on a dated line naming no paper, the page number before
    // them, the one that names no section gazette knows (nor does any of
    // its parts) beside one that does is the paper's name: a county's
    // media centre names its paper as no pattern knows.
    let chinese_sections: Vec<(usize, bool)> = cells
        .iter()
        .enumerate()
        .filter_map(|(k, c)| match c {
            Cell::Section(name, _) if name.chars().any(is_han) => {
                Some((k, name.split(['·', '・', '•']).any(|part| rules.sections.iter().any(|s| s == part.trim()))))
            }
            _ => None,
        })
        .collect();
    if let [(a, known_a), (b, known_b)] = chinese_sections.as_slice()
        && known_a != known_b
        && paged
        && cells.contains(&Cell::Date)
        && !cells.iter().any(|c| matches!(c, Cell::Paper { .. }))
        && cells.iter().filter(|c| matches!(c, Cell::Section(..))).count() == 2
    {
        cells[if *known_a { *b } else { *a }] = Cell::Paper { known: false };
    }
    // `DAWN   NATIONAL   ISLAMABAD, THURSDAY, JUNE 4, 2026   2`: so is a
    // cell in capitals no list knows at the line's start, beside a section
    // that surely is one.
    if sections == 2
        && paged
        && !cells.iter().any(|c| matches!(c, Cell::Paper { .. }))
        && cells.contains(&Cell::Date)
        && matches!(cells.first(), Some(Cell::Section(name, false)) if !name.chars().any(is_han))
        && cells.iter().skip(1).any(|c| matches!(c, Cell::Section(_, true)))
    {
        cells[0] = Cell::Paper { known: false };
    }
    if edited.is_some() {
        cells.push(Cell::Editors);
    }
    // The section as printed (`舊金山灣區`), not as read.
    decide(&cells).map(|f| Folio { section: f.section.map(|s| restore(printed, &line, &s)), ..f })
}

/// Whether `s` reads as a section's name (not the paper's, its site, its
/// editors or a date).
pub(super) fn is_section_name(s: &str, rules: &ImportRules) -> bool {
    matches!(cell_of(s, rules), Some(Cell::Section(..)))
}

/// `s`'s name as a section when it surely is one (`COMMUNITY NEWS`, a
/// section gazette knows): a line the patterns take for furniture
/// naming none, a paper's name perhaps.
pub(super) fn sure_section(s: &str, rules: &ImportRules) -> Option<String> {
    match cell_of(s, rules) {
        Some(Cell::Section(name, true)) => Some(restore(s.trim(), &fold_traditional(s.trim()), &name)),
        _ => None,
    }
}

/// What `s` is as one cell of a folio, in traditional or simplified characters.
fn cell_of(s: &str, rules: &ImportRules) -> Option<Cell> {
    one_cell(&fold_traditional(s.trim()), rules)
}

/// Whether a folio of these cells is one, and the section it names.
fn decide(cells: &[Cell]) -> Option<Folio> {
    let count = |f: &dyn Fn(&Cell) -> bool| cells.iter().filter(|c| f(c)).count();
    let sections: Vec<(&String, bool)> =
        cells.iter().filter_map(|c| if let Cell::Section(s, sure) = c { Some((s, *sure)) } else { None }).collect();
    if sections.len() > 1 {
        return None;
    }
    let dated = count(&|c| matches!(c, Cell::Date)) > 0;
    let edited = count(&|c| matches!(c, Cell::Editors)) > 0;
    let marked = count(&|c| matches!(c, Cell::Page { marked: true })) > 0;
    let paged = count(&|c| matches!(c, Cell::Page { .. })) > 0;
    let others = count(&|c| matches!(c, Cell::Paper { .. } | Cell::Note | Cell::Weekday));
    let named = count(&|c| matches!(c, Cell::Paper { .. } | Cell::Note));
    let section = sections.first().map(|s| s.0.to_string());
    // A cell in capitals beside the page number, the paper named apart
    // (`A1  FRONT PAGE  THE MERIDIAN TIMES`): not the edition's city
    // (`CHENNAI | THURSDAY, … | 5 | THE HINDU`).
    let at = cells.iter().position(|c| matches!(c, Cell::Section(..)));
    let beside_page = at.is_some_and(|k| {
        [k.checked_sub(1), Some(k + 1)].into_iter().flatten().any(|j| matches!(cells.get(j), Some(Cell::Page { .. })))
    });
    let sure =
        sections.first().is_some_and(|s| s.1) || (cells.iter().any(|c| matches!(c, Cell::Paper { .. })) && beside_page);
    // A dashed or named page number alone (`—4—`, `第4版`) is the folio.
    // (A bare number beside a weekday may be a calendar's `THURSDAY 18`.)
    let strong = dated || edited || (marked && (cells.len() >= 2 || others == 0)) || (paged && named > 0);
    // (`Late Edition` on a line of its own under the masthead.)
    let weak =
        (cells.len() >= 2 && (paged || others > 0)) || matches!(cells, [Cell::Note | Cell::Paper { known: true }]);
    (strong || weak).then_some(Folio { section, strong, sure })
}

/// What `cell` is, as one or more cells; `None` when it is none of a
/// folio's. A cell of words set apart by single spaces may be several run
/// together: a Chinese one is read word by word (`4 乡村振兴`), an English
/// one is cut at its page number (`NEWS 4 NEWCASTLE HERALD`), and what is
/// left in two (`NEWS newcastleherald.com.au`).
fn read_cell(cell: &str, rules: &ImportRules) -> Option<Vec<Cell>> {
    let words: Vec<&str> = cell.split_whitespace().collect();
    let english = !cell.chars().any(is_han);
    // (A page number among English words is cut out before the words are
    // read as a name: `NEWS 4 NEWCASTLE HERALD` ends as a masthead does.)
    let cut = english && words.len() > 1 && page_cell(cell).is_none() && words.iter().any(|w| page_cell(w).is_some());
    if !cut && let Some(c) = one_cell(cell, rules) {
        return Some(vec![c]);
    }
    if words.len() < 2 {
        return None;
    }
    if !english {
        // `大公報 TA KUNG PAO`: Latin words after a Chinese paper's or
        // section's name are that name as its readers abroad know it.
        let mut out: Vec<Cell> = Vec::new();
        let mut k = 0;
        while k < words.len() {
            let after_name = k > 0
                && words[k - 1].chars().any(is_han)
                && matches!(out.last(), Some(Cell::Paper { .. } | Cell::Note | Cell::Section(..)));
            if after_name && is_latin_name_word(words[k]) {
                while k < words.len() && is_latin_name_word(words[k]) {
                    k += 1;
                }
                continue;
            }
            out.push(one_cell(words[k], rules)?);
            k += 1;
        }
        return Some(out);
    }
    let mut out = Vec::new();
    let mut run: Vec<&str> = Vec::new();
    let flush = |run: &mut Vec<&str>, out: &mut Vec<Cell>| -> Option<()> {
        if !run.is_empty() {
            let text = run.join(" ");
            run.clear();
            out.extend(one_cell(&text, rules).map(|c| vec![c]).or_else(|| two_cells(&text, rules))?);
        }
        Some(())
    };
    for w in words {
        match page_cell(w) {
            Some(page) => {
                flush(&mut run, &mut out)?;
                out.push(page);
            }
            None => run.push(w),
        }
    }
    flush(&mut run, &mut out)?;
    Some(out)
}

/// `TA`, `KUNG`, `Daily`: a word of a name in Latin letters, capitalised.
fn is_latin_name_word(w: &str) -> bool {
    w.starts_with(|c: char| c.is_ascii_uppercase())
        && w.chars().all(|c| c.is_ascii_alphabetic() || matches!(c, '&' | '.' | '\''))
}

/// `DAWN NATIONAL`: one or two words in capitals (no `&`, no `AND`: `HEALTH
/// & SCIENCE` is one section), then one word that surely names a section:
/// the paper's name and the page's section.
fn paper_then_section(cell: &str, rules: &ImportRules) -> Option<[Cell; 2]> {
    const SMALL: &[&str] = &["AND", "OF", "ON", "THE", "IN", "FOR", "TO", "AT"];
    let words: Vec<&str> = cell.split_whitespace().collect();
    let (last, paper) = words.split_last()?;
    let caps = (1..=2).contains(&paper.len())
        && paper.iter().all(|w| w.chars().count() >= 2 && w.chars().all(|ch| ch.is_ascii_uppercase()))
        && !paper.iter().any(|w| SMALL.contains(w));
    match one_cell(last, rules) {
        Some(Cell::Section(s, true)) if caps => Some([Cell::Paper { known: false }, Cell::Section(s, true)]),
        _ => None,
    }
}

/// `NEWS NEWCASTLE HERALD`, `NEWS newcastleherald.com.au`: two cells run
/// together, the gap between them closed (never two sections).
fn two_cells(text: &str, rules: &ImportRules) -> Option<Vec<Cell>> {
    let words: Vec<&str> = text.split_whitespace().collect();
    (1..words.len()).find_map(|k| {
        let pair = (one_cell(&words[..k].join(" "), rules)?, one_cell(&words[k..].join(" "), rules)?);
        match pair {
            (Cell::Section(..), Cell::Section(..)) => None,
            (a, b) => Some(vec![a, b]),
        }
    })
}

fn one_cell(cell: &str, rules: &ImportRules) -> Option<Cell> {
    let c = cell.trim().trim_matches([',', '，']).trim();
    if c.is_empty() {
        return None;
    }
    if let Some(page) = page_cell(c) {
        return Some(page);
    }
    if is_weekday(c) {
        return Some(Cell::Weekday);
    }
    // `LOCAL NEWS`, `WORLD NEWS` end as `GULF NEWS` does, but are sections.
    if let Some(s) = news_section(c) {
        return Some(Cell::Section(s, true));
    }
    if is_note(c) {
        return Some(Cell::Note);
    }
    // (Before the patterns' furniture, which knows mastheads too: a
    // section beside the page number is sure when the paper is named apart,
    // `A6 | CANADA   THE OTTAWA LEDGER`.)
    let known = super::header::is_furniture_piece(c, rules);
    if is_paper(c, rules) {
        return Some(Cell::Paper { known });
    }
    if known {
        return Some(Cell::Note);
    }
    section_cell(c, rules)
}

fn page_cell(c: &str) -> Option<Cell> {
    static MARKED: OnceLock<Regex> = OnceLock::new();
    static BARE: OnceLock<Regex> = OnceLock::new();
    let marked = static_re(
        &MARKED,
        r"^(?:第\s*[0-9一二三四五六七八九十]{1,3}\s*版|[A-Z]{1,2}\s?\d{1,3}(?:\s*版)?|\d{1,3}[A-Z](?:\s*版)?|\d{1,3}\s*版|(?i:page|pg\.?|p\.)\s*[A-Z]?\d{1,3}[A-Z]?|[—\-－–]{1,2}\s*\d{1,3}\s*[—\-－–]{1,2})$",
    );
    let bare = static_re(&BARE, r"^\d{1,3}$");
    if marked.is_match(c) {
        Some(Cell::Page { marked: true })
    } else {
        bare.is_match(c).then_some(Cell::Page { marked: false })
    }
}

fn is_weekday(c: &str) -> bool {
    // (`（星期四）`, as Malaysian and Taiwanese folios set it.)
    let bare = c.strip_prefix(['(', '（']).unwrap_or(c);
    let bare = bare.strip_suffix([')', '）']).unwrap_or(bare);
    super::header::is_cjk_weekday(bare) || super::header::is_weekday(c)
}

/// The paper's site, e-mail or telephone, its price, its age, volume and
/// edition, the lunar date, the Hijri date (`Dhu Al Hijjah 2, 1447`), its
/// publisher (`永丰县融媒体中心主办`).
fn is_note(c: &str) -> bool {
    static NOTE: OnceLock<Regex> = OnceLock::new();
    static EMAIL: OnceLock<Regex> = OnceLock::new();
    let note = static_re(
        &NOTE,
        r"(?x)^(?:
            (?:US\$|S\$|HK\$|NZ\$|A\$|C\$|\$|₦|N|RM|R|£|€|₹|Rs\.?|KSh|Sh|GH₵|₱|P)\s?\d{1,4}(?:[.,]\d{1,2})?
            |\d{1,3}\s?(?:p|c|cents|元|角)
            |(?i:price|定价|零售价|每份)\s*[:：]?\s*\S{1,12}
            |(?i:since|est\.?|established|founded)\s+\d{4}
            |(?i:vol(?:ume)?\.?|no\.?|issue)\s*[0-9ivxlcIVXLC]+(?:[\s.]*,?\s*(?i:no\.?|issue)\s*\d{1,3}(?:,\d{3})*)?
            |(?i:[a-z]+\s+){0,2}(?i:edition)
            |(?i:tel|phone|电话|热线|新闻热线)\s*[:：.]?\s*[0-9()\-\x20]{7,20}
            |第\s*\d{2,6}\s*期|今日\s*\d{1,3}\s*版|农历\p{Han}{2,10}|[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥]年\p{Han}{0,8}
            |(?i:(?:\d{1,2}\s+)?(?:muharram|safar|rabi\S*(?:\s+\S+)?|jumad\S*(?:\s+\S+)?|rajab|sha'?a?ban|rama[dz]h?an|shawwal|(?:dhu|dhul|zul|thul)\S*(?:\s+\S+){0,2})\s+(?:\d{1,2},?\s+)?14\d\d(?:\s*(?:AH|A\.H\.|H))?)
        )$",
    );
    let email = static_re(&EMAIL, r"^[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}$");
    note.is_match(c) || email.is_match(c) || super::header::is_web_address(c) || super::header::is_imprint(c)
}

/// `河南日报农村版`, `新民晚报`, `THE MERIDIAN TIMES`, `BusinessDay`: the paper's own name.
/// (`南洋商报（大马版）`: Malaysian and overseas papers bracket the edition
/// after the name.)
fn is_paper(c: &str, rules: &ImportRules) -> bool {
    if rules.paper_names.iter().any(|p| p == c) || super::header::is_paper_name(c) {
        return true;
    }
    if c.chars().any(is_han) {
        static CN: OnceLock<Regex> = OnceLock::new();
        return static_re(
            &CN,
            r"^\p{Han}{1,10}(?:日报|晚报|晨报|时报|商报|早报|周报|导报|画报|报)(?:\p{Han}{1,4}版|[(（]\p{Han}{1,4}版[)）])?$",
        )
        .is_match(c)
            && !["报道", "预报", "报告", "简报", "快报", "情报", "海报", "喜报", "捷报", "汇报", "举报", "通报"]
                .iter()
                .any(|w| c.ends_with(w));
    }
    let words: Vec<&str> = c.split_whitespace().collect();
    // `BusinessDay`, `TheStar`: one word with a capital inside, as a brand is set.
    let brand = words.len() == 1
        && c.chars().next().is_some_and(|ch| ch.is_ascii_uppercase())
        && c.chars().skip(1).any(|ch| ch.is_ascii_uppercase())
        && c.chars().any(|ch| ch.is_ascii_lowercase())
        && c.chars().all(|ch| ch.is_ascii_alphabetic());
    let named = (2..=6).contains(&words.len())
        && words.iter().all(|w| w.starts_with(|ch: char| ch.is_uppercase() || ch == '&'))
        && (words.last().is_some_and(|w| super::header::is_masthead_word(&w.to_lowercase()))
            || super::header::has_paper_word(c)
            || words[0].eq_ignore_ascii_case("the"));
    brand || named
}

/// `LOCAL NEWS`, `Community News`: news of a kind or a place's, as a
/// section is named (a paper is named by its place: `GULF NEWS`).
fn news_section(c: &str) -> Option<String> {
    const KINDS: &[&str] = &[
        "local",
        "world",
        "community",
        "national",
        "regional",
        "city",
        "metro",
        "business",
        "sports",
        "sport",
        "county",
        "state",
        "international",
        "foreign",
        "home",
        "general",
        "campus",
        "rural",
        "country",
        "town",
        "provincial",
        "district",
        "area",
        "top",
        "breaking",
        "financial",
        "latest",
    ];
    let words: Vec<&str> = c.split_whitespace().collect();
    let ok = words.len() == 2
        && words[1].eq_ignore_ascii_case("news")
        && KINDS.contains(&words[0].to_lowercase().as_str())
        && words.iter().all(|w| w.starts_with(|ch: char| ch.is_ascii_uppercase()));
    ok.then(|| super::text::title_case_caps(c))
}

/// `体育`, `理论·评论`, `COMPANIES & MARKETS`, `FRONT PAGE`, `Community News`
/// (a section the site or gazette knows, in any case): a section's name.
fn section_cell(c: &str, rules: &ImportRules) -> Option<Cell> {
    if c.chars().any(is_han) {
        // `民生·3·15特刊`, `9·18纪念`: a day named by its month and day
        // joined by a dot (`3·15`, consumers' day) is a word of the name.
        static DAY: OnceLock<Regex> = OnceLock::new();
        let core = static_re(&DAY, r"\d{1,2}[·・]\d{1,2}").replace_all(c, "");
        // (The dots joining a supplement's name and its page's count for
        // nothing: `国防周刊·八一特刊`.)
        let ok = (2..=8).contains(&core.chars().filter(|ch| !matches!(ch, '·' | '・' | '•')).count())
            && core.chars().any(is_han)
            && core.chars().all(|ch| is_han(ch) || matches!(ch, '·' | '・' | '•'));
        return ok.then(|| Cell::Section(c.to_string(), true));
    }
    if let Some(s) = super::header::english_section(c, rules) {
        return Some(Cell::Section(s, true));
    }
    let words: Vec<&str> = c.split_whitespace().collect();
    // Words of a jump line (`CONTINUED FROM A1`, `SEE PAGE 4`) or a date
    // without its year (`JUNE 18` over a calendar's day) name no section.
    // (`on` alone does not: `REPORT ON BUSINESS`; `CONTINUED ON A4` is read
    // by its first word.)
    const NOT: &[&str] = &["continued", "from", "see", "turn", "to", "page", "jump", "inside"];
    if words
        .iter()
        .map(|w| w.to_lowercase())
        .any(|w| NOT.contains(&w.as_str()) || super::text::MONTHS.contains(&w.as_str()))
    {
        return None;
    }
    let caps = (1..=4).contains(&words.len())
        && len(c) <= 30
        && words.iter().all(|w| {
            *w == "&"
                || (w.chars().count() >= 2
                    && w.chars().all(|ch| ch.is_ascii_uppercase() || matches!(ch, '-' | '\'' | '’')))
        });
    // (Three letters are an abbreviation: `UAE`, `USA`.)
    let named = if c.len() <= 3 { c.to_string() } else { super::text::title_case_caps(c) };
    caps.then_some(Cell::Section(named, false))
}

/// Where the page's editors are (`本版编辑：严骏 视觉：陆叶`, `责任编辑
/// 杜宏伟 美术编辑 王楠`, `编辑／王　珊　美编／高　岩`, `EDITED BY JANE DOE |
/// jdoe@paper.com`): each role followed by one or two names (a desk's
/// chief, `文体新闻部主编`, by none: the next role's name is theirs), at
/// the line's end or before the cells that follow them
/// (`…/校对　刘　慧　A12　文体新闻`).
fn editors_in(s: &str) -> Option<(usize, usize)> {
    static ROLE: OnceLock<Regex> = OnceLock::new();
    static RUN: OnceLock<Regex> = OnceLock::new();
    static RUN_IN: OnceLock<Regex> = OnceLock::new();
    static EN: OnceLock<Regex> = OnceLock::new();
    const ROLES: &str = r"(?:本版)?(?:责任编辑|责编|美术编辑|美编|图片编辑|值班编辑|编辑|视觉|版式设计|版式|设计|校对|审读|组版|主编|制图|排版)|\p{Han}{1,6}部主编";
    let role = static_re(&ROLE, &format!(r"(?:^|[\s\u{{1}}|•/／])({ROLES})"));
    // To the line's end, a role's second name set apart by a space; before
    // other cells, only by `、` (a space may part the names from the section).
    let runs = [(&RUN, r"\s*[、\s]\s*", "$"), (&RUN_IN, "、", "")].map(|(cell, second, end)| {
        static_re(
            cell,
            &format!(
                r"^(?:(?:{ROLES})\s*[:：/／]?\s*(?:(?:\p{{Han}}\s\p{{Han}}|[\p{{Han}}·]{{2,4}})(?:{second}[\p{{Han}}·]{{2,4}})?)?[\s\u{{1}}|•/／]*)+{end}"
            ),
        )
    });
    let en = static_re(
        &EN,
        r"(?i)(?:^|[\s\u{1}|•])((?:edited by|editor:|page editor:?)\s+[A-Za-z .'\-]{3,40}(?:[\s|•]+[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,})?\s*)$",
    );
    // The first role starting a run of roles and names that names someone
    // and ends the line or a cell (`编辑部` in a section's name is no role).
    for (m, run) in runs.iter().flat_map(|run| role.captures_iter(s).filter_map(|c| c.get(1)).map(move |m| (m, run))) {
        let Some(found) = run.find(&s[m.start()..]) else { continue };
        let end = m.start() + found.end();
        let named = role.replace_all(found.as_str(), "").chars().any(is_han);
        let at_gap = end == s.len() || s[..end].ends_with(|c: char| c.is_whitespace() || "\u{1}|•/／".contains(c));
        if named && at_gap {
            // A chief named by the role after theirs (`文体新闻部主编/责任编辑　邓　琼`).
            let before = |at: usize| s[..at].trim_end_matches(|c: char| "/／|•\u{1}".contains(c) || c.is_whitespace());
            let mut from = m.start();
            while let Some(r) = role
                .captures_iter(before(from))
                .filter_map(|c| c.get(1))
                .last()
                .filter(|r| r.end() == before(from).len())
            {
                from = r.start();
            }
            return Some((from, end));
        }
    }
    en.captures(s).and_then(|c| c.get(1)).map(|m| (m.start(), s.len()))
}

/// `Company` after `公司`, `Nouvelles d'Europe` after `欧洲时报`: a cell of
/// Latin words in title case right after a Chinese section's or paper's
/// name is that name translated.
fn is_translated_name(cell: &str, before: Option<&Cell>) -> bool {
    let after_name = match before {
        Some(Cell::Section(name, _)) => name.chars().any(is_han),
        // (A paper gazette knows reads as furniture, a note.)
        Some(Cell::Paper { .. } | Cell::Note) => true,
        _ => false,
    };
    let words: Vec<&str> = cell.split_whitespace().collect();
    after_name
        && (1..=4).contains(&words.len())
        && words.iter().any(|w| w.starts_with(|c: char| c.is_ascii_uppercase()))
        && words.iter().all(|w| w.chars().all(|c| c.is_alphabetic() && !is_han(c) || "'’&-.".contains(c)))
}

/// Where a folio's cells part: wide gaps, bars, bullets, slashes.
fn gaps() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    static_re(&RE, r"\s{2,}|\u{3000}+|\u{1}|\s*[|│•●◆■]\s*|\s+/\s+|[/／]|\s+[·・]\s+")
}

/// The dates a folio gives: Chinese (with the weekday after it), numeric,
/// and English with the month in words (the weekday before it).
fn dates() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    static_re(
        &RE,
        concat!(
            r"(?i)\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日(?:\s*[/／]?\s*[(（]?(?:星期|礼拜|周)[一二三四五六日天][)）]?)?",
            r"|\b\d{4}[-./]\d{1,2}[-./]\d{1,2}\b|\b",
            weekday_before!(),
            // (A weekly's folio gives the week it covers.)
            r"(?:",
            week_range!(),
            "|",
            month_day_year!(),
            r")\b"
        ),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(line: &str) -> Option<(Option<String>, bool)> {
        read_folio(line, &ImportRules::default()).map(|f| (f.section, f.strong))
    }

    fn section(s: &str) -> Option<(Option<String>, bool)> {
        Some((Some(s.to_string()), true))
    }

    #[test]
    fn folios_of_any_paper_by_their_cells() {
        assert_eq!(read("新民晚报　体育　2026年6月18日/星期四　第4版　本版编辑：严骏　视觉：陆叶"), section("体育"));
        assert_eq!(read("4　乡村振兴　　　　责任编辑　杜宏伟　　美术编辑　王楠"), section("乡村振兴"));
        assert_eq!(read("河南日报农村版　　　　　2026年6月18日　星期四"), Some((None, true)));
        assert_eq!(read("理论周刊　　2026年4月7日　星期二"), section("理论周刊"));
        assert_eq!(read("A1 头版 责任编辑：周明远"), section("头版"));
        assert_eq!(read("—4—"), Some((None, true)));
        assert_eq!(read("临江日报　　　　城市"), Some((Some("城市".into()), false)));
        assert_eq!(read("THE MERIDIAN TIMES | THURSDAY, JUNE 18, 2026 | SINCE 1899 | $1.20"), Some((None, true)));
        assert_eq!(read("A1  FRONT PAGE  THE MERIDIAN TIMES  Thursday, June 18, 2026"), section("Front Page"));
        // A section in capitals no list knows, beside the page number, a paper named apart.
        assert_eq!(
            read("A6 | CANADA                  THE OTTAWA LEDGER  THURSDAY, MARCH 5, 2026").map(|f| f.0),
            Some(Some("Canada".into()))
        );
        assert_eq!(read("4A | THURSDAY, JUNE 18, 2026 | THE COLUMBUS DISPATCH"), Some((None, true)));
        assert_eq!(read("NEWS 4 NEWCASTLE HERALD Thursday, June 18, 2026"), section("News"));
        assert_eq!(read("Page 4 • THE EASTERN ONTARIO POST • eopost.ca"), Some((None, true)));
        assert_eq!(read("BusinessDay      Thursday 18 June 2026      www.businessday.ng"), Some((None, true)));
        assert_eq!(read("4 COMPANIES & MARKETS"), Some((Some("Companies & Markets".into()), false)));
        assert_eq!(
            read("COMMUNITY NEWS • THE EASTERN ONTARIO POST • Thursday, June 18, 2026 • Page 4"),
            section("Community News")
        );
        assert_eq!(read("GULF NEWS | THURSDAY, JUNE 18, 2026 | UAE"), section("UAE"));
        assert_eq!(read("GULF NEWS | Thursday, June 18, 2026 | Dhu Al Hijjah 2, 1447"), Some((None, true)));
        assert_eq!(read("大公報 TA KUNG PAO　　2024年6月18日　星期二"), Some((None, true)));
        assert_eq!(read("大公報 TA KUNG PAO　港聞　A6"), section("港聞"));
        assert_eq!(read("世界日報 WORLD JOURNAL"), Some((None, false)));
        // A paper no list knows, in capitals before a section one does.
        assert_eq!(read("DAWN NATIONAL      ISLAMABAD, THURSDAY, JUNE 4, 2026      2"), section("National"));
        assert_eq!(read("DAWN     NATIONAL      ISLAMABAD, THURSDAY, JUNE 4, 2026      2"), section("National"));
        assert_eq!(
            read(
                "VOL. CLXXV . . . No. 60,812   © 2026 The New York Times Company   NEW YORK, THURSDAY, JUNE 18, 2026   $4.00"
            ),
            Some((None, true))
        );
    }

    #[test]
    fn slashed_editors_mid_line_editors_and_translated_names() {
        assert_eq!(read("4　政法　2026年6月18日　星期四　编辑／王　珊　美编／高　岩　校对／李　淼"), section("政法"));
        assert_eq!(
            read("A6　公司　Company　2026年6月18日　星期四　编辑：林　立　美编：王　凯　Tel:(0755)83501645"),
            section("公司")
        );
        assert_eq!(
            read("2026年6月18日/星期四/文体新闻部主编/责任编辑　邓　琼/美术编辑　黄　帆/校对　刘　慧　A12　文体新闻"),
            section("文体新闻")
        );
        assert_eq!(read("4　法国新闻　　　　欧洲时报　Nouvelles d'Europe　2026年6月18日　星期四"), section("法国新闻"));
    }

    #[test]
    fn lines_of_text_are_no_folio() {
        for line in [
            "市政府召开第十二次常务会议",
            "6月17日，滨江步道全线贯通。",
            "Rovers 3 United 1",
            "ARSENAL 2 CHELSEA 1",
            "Heatwave warning as mercury hits 36.4 deg C",
            "THURSDAY, JUNE 18",
            "CONTINUED FROM A1",
            "By Priya Nair",
            "The council voted 5-0 on June 18, 2026 to hire her.",
            "夏粮入仓",
            "2026年6月18日，市政府召开常务会议。",
        ] {
            assert_eq!(read(line), None, "{line}");
        }
    }
}
