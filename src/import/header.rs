//! Import step, page furniture: the date, 星期, 第N版, 版名 and
//! 责任编辑/美编/校对 lines that head or foot a page export are page
//! metadata, not article text. The 版名 becomes the articles' `section`.

use super::rules::ImportRules;
use super::text::{fold_traditional, in_brackets, len, restore, static_re};
use regex::Regex;
use std::sync::OnceLock;

/// One non-empty line of the page with its 1-based line number (for messages).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Line {
    pub no: usize,
    pub text: String,
    /// A block whose printed lines must stay lines (`text` holds them joined by `\n`).
    pub form: Form,
}

/// How a line's text is set: as prose, or as a block whose line breaks mean something.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Form {
    #[default]
    Prose,
    /// A table set as text (standings, weather, listings): rows as printed.
    Rows,
    /// A stanza: short lines that are verse, not headlines.
    Verse,
}

/// How many lines at the top / bottom of a page may be furniture.
const HEAD_ZONE: usize = 8;
const FOOT_ZONE: usize = 6;

/// Removes header and footer lines; returns the rest and the section they name.
#[cfg(test)]
pub fn strip_furniture(lines: Vec<Line>, rules: &ImportRules) -> (Vec<Line>, Option<String>) {
    strip_page_furniture(lines, "", rules)
}

/// [`strip_furniture`], given the page's text the lines were read from: a
/// folio's cells are set apart by gaps the lines no longer have.
pub fn strip_page_furniture(lines: Vec<Line>, page: &str, rules: &ImportRules) -> (Vec<Line>, Option<String>) {
    let raw: Vec<&str> = page.lines().collect();
    // The line as printed, when it is one printed line (`no` counts from 1).
    let printed = |l: &Line| -> String {
        match raw.get(l.no.wrapping_sub(1)) {
            Some(r) if r.split_whitespace().eq(l.text.split_whitespace()) => r.to_string(),
            _ => l.text.clone(),
        }
    };
    let mut section = None;
    // Whether the section came from a `第N版 X` line.
    let mut section_named = false;
    let mut keep: Vec<bool> = vec![true; lines.len()];
    // Furniture runs inward from the top and from the bottom of the page and
    // stops at the first line of text; the two zones never overlap.
    let head = 0..lines.len().min(HEAD_ZONE);
    let foot = (lines.len().saturating_sub(FOOT_ZONE)..lines.len()).rev();
    // Only the two zones can hold furniture; the lines between are never asked.
    let in_zone = |i: usize| i < HEAD_ZONE || i + FOOT_ZONE >= lines.len();
    // Each zone line as the patterns know it, and as its cells read
    // ([`super::folio`]): a folio the patterns do not know, or one whose
    // "section" they took from a cell that is the paper's name, its site
    // or its editors, is read by its cells.
    let cells: Vec<Option<super::folio::Folio>> = lines
        .iter()
        .enumerate()
        .map(|(i, l)| if in_zone(i) { super::folio::read_folio(&printed(l), rules) } else { None })
        .collect();
    let found: Vec<Option<Option<String>>> = lines
        .iter()
        .enumerate()
        .map(|(i, l)| {
            let known = if in_zone(i) { furniture_any(&l.text, rules) } else { None };
            match (known, &cells[i]) {
                (None, Some(f)) if f.strong => Some(f.section.clone()),
                (Some(Some(s)), Some(f)) if f.strong && !super::folio::is_section_name(&s, rules) => {
                    Some(f.section.clone())
                }
                (Some(None), Some(f)) if f.strong && f.sure && f.section.is_some() => Some(f.section.clone()),
                // `COMMUNITY NEWS` alone under the folio: named as a paper
                // is, but news of a kind.
                (Some(None), None) => Some(super::folio::sure_section(&l.text, rules)),
                (known, _) => known,
            }
        })
        .collect();
    for (z, zone) in [head.collect::<Vec<_>>(), foot.collect()].into_iter().enumerate() {
        for (n, &i) in zone.iter().enumerate() {
            if !keep[i] {
                break;
            }
            // `INSIDE` over `Obituaries  B4`: an index box at the top of a
            // front page lists sections and pages as a folio does, but it is
            // the page's content; furniture ends above its label (unless a
            // site's own header patterns say the label is furniture there).
            if z == 0 && found[i].is_none() && super::segment::is_teaser_label(&lines[i].text) {
                break;
            }
            // `EDITORIAL` under a folio that named the section (`A12 | OPINION`)
            // labels the piece under it, the paper's unsigned view; it is
            // not a second name for the page.
            if z == 0
                && section.is_some()
                && matches!(found[i], Some(Some(_)))
                && super::segment::is_editorial_label(&lines[i].text)
            {
                break;
            }
            // `OBITUARIES` heading a page that runs `LETTERS TO THE EDITOR`
            // or a weekly's `POLICE BLOTTER` lower down: the label of its
            // column, which shares the page, not the page's section (a page
            // of obituaries alone is theirs).
            if z == 0
                && matches!(found[i], Some(Some(_)))
                && super::segment::is_collection_label(&lines[i].text)
                && lines[i + 1..].iter().any(|l| {
                    super::segment::is_department_label(&l.text)
                        && !l.text.trim().eq_ignore_ascii_case(lines[i].text.trim())
                        // (`DEATH NOTICES` under `Obituaries`: the page's
                        // own columns, of one kind.)
                        && !(super::segment::is_obituary_label(&l.text)
                            && super::segment::is_obituary_label(&lines[i].text))
                })
            {
                break;
            }
            // `WEATHER B12` closing an `INSIDE TODAY` box at the page's foot:
            // the box's last entry, not a folio naming the page.
            if z == 1
                && matches!(found[i], Some(Some(_)))
                && cells[i].as_ref().is_some_and(|f| !f.sure)
                && lines[i.saturating_sub(15)..i].iter().any(|l| super::segment::is_teaser_label(&l.text))
            {
                break;
            }
            let head_only = if z == 0 && found[i].is_none() {
                numbered_section(&lines[i].text).or_else(|| {
                    // `4  Ireland` under the masthead, over a headline: the
                    // page's number and its section in plain case, as Irish
                    // and British broadsheets set their folio.
                    (n > 0 && !keep[zone[n - 1]] && lines.get(i + 1).is_some_and(|l| is_headline_below(&l.text)))
                        .then(|| numbered_plain_section(&printed(&lines[i])).map(clean_section))
                        .flatten()
                })
            } else {
                None
            };
            // `临江日报 城市`, `4 COMPANIES & MARKETS`: cells only a folio
            // has, but none it alone has: the folio beside another folio line.
            let beside = (n > 0 && !keep[zone[n - 1]]) || zone.get(n + 1).is_some_and(|&j| found[j].is_some());
            let weak = match &cells[i] {
                Some(f) if found[i].is_none() && head_only.is_none() && !f.strong && beside => Some(f.section.clone()),
                // `THE STAR          NEWS` over the dated folio: a line the
                // patterns know as the paper's, its other cell the section.
                Some(f) if matches!(found[i], Some(None)) && f.sure && f.section.is_some() && beside => {
                    Some(f.section.clone())
                }
                _ => None,
            };
            let named = if matches!(weak, Some(Some(_))) { weak.as_ref() } else { None };
            match named.or(found[i].as_ref()).or(head_only.as_ref()).or(weak.as_ref()) {
                // `2025年6月13日` under a notice's signature dates the notice:
                // a page foot dates itself with a weekday or page number too.
                Some(_)
                    if z == 1
                        && is_bare_date(&lines[i].text)
                        && zone.get(n + 1).is_some_and(|&j| {
                            found[j].is_none() || super::segment::is_issuing_body(&lines[j].text)
                        }) =>
                {
                    break;
                }
                // `清河县医疗保障局` over its date at the page's foot signs the
                // notice above: its text, however like a folio's cell it reads.
                _ if z == 1 && super::segment::is_issuing_body(&lines[i].text) => break,
                // `TAIWAN NEWS` over `THURSDAY, JUNE 18, 2026 • TAIPEI TIMES
                // page 3`: named as a paper is, but over a folio naming the
                // paper, the section's head.
                Some(None)
                    if z == 0
                        && n == 0
                        && is_caps_head(&lines[i].text)
                        && zone.get(1).is_some_and(|&j| {
                            matches!(found[j], Some(None))
                                && names_its_paper(&lines[j].text, rules)
                                && !lines[j].text.contains(lines[i].text.trim())
                        }) =>
                {
                    keep[i] = false;
                    section = clean_section(&lines[i].text);
                }
                Some(s) => {
                    keep[i] = false;
                    // `第4版　综合新闻` under `安平新闻 … 2026年6月18日`: the page
                    // names its 版 outright, where a cell of the line above
                    // (a county paper's name) only read as a section.
                    // So does `党建·专版　责任编辑：王静` under `今日鹿邑 … 第4版`:
                    // the 版名 beside the page's editors.
                    let named = s.is_some()
                        && (names_its_ban(&lines[i].text)
                            || section_over_editors(&lines[i].text, rules).is_some_and(|s| s.is_some()));
                    // `教育周刊` alone over `第1126期 2026年3月4日 校长访谈 5`:
                    // a weekly supplement's name over a dated folio naming
                    // its page's 版名, which names the page (as the two do
                    // side by side on one line).
                    let weekly = |t: &str| ["周刊", "专刊", "特刊"].iter().any(|w| t.ends_with(w));
                    let page_over_supplement = n > 0
                        && section.as_deref().is_some_and(weekly)
                        && zone[..n].iter().any(|&k| section.as_deref() == Some(lines[k].text.trim()))
                        && has_year(&lines[i].text)
                        && s.as_deref().is_some_and(|x| !weekly(x));
                    if section.is_none() || (named && !section_named) || page_over_supplement {
                        section = s.clone();
                        section_named = named;
                    }
                }
                // `www.dalescourier.co.uk` alone on the page's last line: the
                // paper's site in its foot.
                None if z == 1 && n == 0 && is_web_address(&lines[i].text) => keep[i] = false,
                // `法律援助热线：12348` alone on the page's last line: the desk's
                // or a service's hotline set in the foot, no story's last
                // paragraph. (A box of hotlines has rows above it of the
                // same kind: its text.)
                None if z == 1
                    && n == 0
                    && is_foot_hotline(&lines[i].text)
                    && zone.get(1).is_none_or(|&j| !is_foot_hotline(&lines[j].text)) =>
                {
                    keep[i] = false
                }
                // `投稿邮箱：x@paper.cn` over `地址：新华路18号日报社副刊部`
                // (or under it) at the page's foot: where readers write to,
                // one contact block, its address line as much the page's
                // furniture as the mail line it goes with.
                None if z == 1
                    && is_address_line(&lines[i].text)
                    && [n.checked_sub(1).map(|k| zone[k]), zone.get(n + 1).copied()].into_iter().flatten().any(
                        |j| {
                            matches!(found[j], Some(None))
                                && ["邮箱", "信箱", "电邮", "@", "热线", "电话"]
                                    .iter()
                                    .any(|w| lines[j].text.contains(w))
                        },
                    ) =>
                {
                    keep[i] = false
                }
                // `Coffee Bay Specials – 3 nights from R2 999. Call 011 555
                // 0123`, `运动品牌夏季大促 全场五折起 详询020-88886666`: an
                // advertisement or the paper's promotion at the page's foot.
                // (`Boston  28 39 21 18 — 106`, a line score, reads as a
                // phone number set apart by a dash.)
                None if z == 1 && is_foot_promotion(&lines[i].text) && !is_figure_row(&lines[i].text) => {
                    keep[i] = false
                }
                // `www.nation.africa` under the folio: the paper's site in its head.
                None if z == 0 && n > 0 && !keep[zone[n - 1]] && is_web_address(&lines[i].text) => keep[i] = false,
                // `综合新闻` between the dated head and the page's editors
                // (`责任编辑 陈丹 电话：…`): the 版名 set on a line of its own;
                // also under the paper's name (`北京晚报` / `五色土` / `2026年…
                // 第4版`), which the masthead's rule below would take with it.
                // (Letter-spaced too: `星　河`.)
                None if z == 0
                    && n > 0
                    && !keep[zone[n - 1]]
                    && section.is_none()
                    && let joined = join_spaced_han(lines[i].text.trim())
                    // (`两会特刊·聚焦政府工作报告`: a special issue's 版名 and
                    // its page's theme, apart by a dot, run longer.)
                    && ((2..=8).contains(&len(&joined)) || (joined.contains(['·', '・']) && len(&joined) <= 14))
                    && is_han_section_name(&joined)
                    && !is_paper_name(&joined)
                    && zone.get(n + 1).is_some_and(|&j| {
                        found[j].is_some() || is_editor_line(&fold_traditional(&lines[j].text), rules)
                    }) =>
                {
                    keep[i] = false;
                    section = clean_section(&joined);
                }
                // `市 场` last under the dated head and the desk's lines, over
                // the first headline: the 版名 letter-spaced across the head
                // (a headline or a column's label is not set so under it).
                None if z == 0
                    && n > 0
                    && !keep[zone[n - 1]]
                    && section.is_none()
                    && lines[i].text.trim().contains([' ', '\u{3000}'])
                    && let joined = join_spaced_han(lines[i].text.trim())
                    && !joined.contains([' ', '\u{3000}'])
                    && (2..=4).contains(&len(&joined))
                    && joined.chars().all(super::text::is_han)
                    && !is_paper_name(&joined)
                    && !super::segment::is_editorial_label(&joined) =>
                {
                    keep[i] = false;
                    section = clean_section(&joined);
                }
                // `创新·前沿` alone under a dated head that named no section,
                // over the first headline: the 版名, two words joined by a
                // dot as pages name themselves (a kicker so set stands over
                // a story lower down, not under the page's date).
                None if z == 0
                    && n > 0
                    && !keep[zone[n - 1]]
                    && section.is_none()
                    && zone[..n].iter().any(|&k| has_year(&lines[k].text))
                    && let joined = join_spaced_han(lines[i].text.trim())
                    && joined.contains(['·', '・'])
                    && joined.split(['·', '・']).all(|w| (2..=4).contains(&len(w)))
                    && is_han_section_name(&joined)
                    && lines.get(i + 1).is_some_and(|l| {
                        let t = join_spaced_han(l.text.trim());
                        !t.contains(['·', '・']) && len(&t) > len(&joined)
                    }) =>
                {
                    keep[i] = false;
                    section = clean_section(&joined);
                }
                // `4` alone at the top, under the folio or over it: the page's number.
                None if z == 0 && (n == 0 || !keep[zone[n - 1]]) && is_bare_page_number(&lines[i].text) => {
                    keep[i] = false
                }
                // `UAE` over `GULF NEWS | THURSDAY, JUNE 18, 2026`: the
                // section head set above the folio.
                None if z == 0
                    && n == 0
                    && section.is_none()
                    && is_section_head(&lines[i].text)
                    && zone.get(1).is_some_and(|&j| matches!(found[j], Some(None))) =>
                {
                    keep[i] = false;
                    // `THE HINDU` over `CHENNAI, WEDNESDAY, JULY 16, 2025`
                    // over `CHENNAI CITY`: with a section head under the
                    // folio, the line over it is the paper's name.
                    let named_below =
                        zone.get(2).is_some_and(|&k| found[k].is_none() && is_section_head(&lines[k].text));
                    if !named_below {
                        section = clean_section(&lines[i].text);
                    }
                }
                // A masthead or slogan gazette does not know (`淇河晨报`), at
                // the top above furniture it does know — two lines of it, or
                // one naming the section: the page's head, not an article.
                // (`THE TIMES OF INDIA, NEW DELHI`: the paper and its
                // edition's city, as a folio's cell names them.)
                None if z == 0
                    && let head = without_edition(lines[i].text.trim(), rules)
                    && is_masthead_like(head)
                    && {
                        let below: Vec<&Option<String>> = zone[n + 1..]
                            .iter()
                            .take_while(|&&j| found[j].is_some() || is_masthead_like(&lines[j].text))
                            // (A site's chrome or a note, set anywhere on a
                            // page, is no sign of its head: a headline over
                            // `Posted Jun 18, 2026` and `Share this story` is
                            // the story's.)
                            .filter(|&&j| !is_note_anywhere(&fold_traditional(&lines[j].text)))
                            .filter_map(|&j| found[j].as_ref())
                            .collect();
                        // (`4 THE HINDU` over the date: the page's number leads a folio.)
                        let numbered = n == 0 && starts_with_page_number(&lines[i].text);
                        // (`江城晚报数字报` over the date: a paper's name needs no more;
                        // `THE TIMES OF INDIA`: a paper's word in a masthead's style.)
                        let paper = n == 0 && (is_paper_name(head) || (has_paper_word(head) && masthead_styled(head)));
                        below.len() >= 2
                            || below.iter().any(|s| s.is_some())
                            || ((numbered || paper) && !below.is_empty())
                    } =>
                {
                    keep[i] = false
                }
                // `CANADA` under the folio, over a headline: a section head
                // gazette does not know. (Over a byline or text it is a
                // headline in capitals, and under a folio that named the
                // section it is the story's kicker.)
                None if z == 0
                    && n > 0
                    && section.is_none()
                    && !keep[zone[n - 1]]
                    && (is_section_head(&lines[i].text) || english_section(&lines[i].text, rules).is_some())
                    // (`CHENNAI CITY` / `4` / the headline: the page's number between.)
                    && let numbered = lines.get(i + 1).is_some_and(|l| is_bare_page_number(&l.text))
                    && let next = i + 1 + usize::from(numbered)
                    && (lines.get(next).is_some_and(|l| is_headline_below(&l.text))
                        // (or over the paper's site: `NEWS` / `www.punchng.com`)
                        || (lines.get(next).is_some_and(|l| is_web_address(&l.text))
                            && lines.get(next + 1).is_some_and(|l| is_headline_below(&l.text)))
                        // (or over a label in plain case over it: `Banks`)
                        || (lines.get(next).is_some_and(|l| is_plain_label(&l.text))
                            && lines.get(next + 1).is_some_and(|l| is_headline_below(&l.text)))
                        // (or over the story's kicker in capitals, as Asian
                        // dailies stack them: `SINGAPORE` / `HOUSING` / the
                        // headline; the lower label is the story's own)
                        || (lines.get(next).is_some_and(|l| is_section_head(&l.text))
                            && lines.get(next + 1).is_some_and(|l| is_headline_below(&l.text)))
                        || is_short_head_over_byline(&lines, next, rules)) =>
                {
                    keep[i] = false;
                    if numbered {
                        keep[i + 1] = false;
                    }
                    if lines.get(next).is_some_and(|l| is_web_address(&l.text)) {
                        keep[next] = false;
                    }
                    section = clean_section(&lines[i].text);
                    // (Furniture right under it, `To place a notice call …`,
                    // is the page's still.)
                    if found.get(i + 1).is_none_or(Option::is_none) {
                        break;
                    }
                }
                // `港聞` alone under a folio that named no section: a Hong
                // Kong paper sets the page's name on a line of its own.
                None if z == 0
                    && n > 0
                    && section.is_none()
                    && !keep[zone[n - 1]]
                    && (2..=4).contains(&len(lines[i].text.trim()))
                    && lines[i].text.trim().chars().all(super::text::is_han)
                    && rules.sections.iter().any(|s| *s == super::text::fold_traditional(lines[i].text.trim())) =>
                {
                    keep[i] = false;
                    section = Some(lines[i].text.trim().to_string());
                }
                // `文匯報` alone under the folio, the page naming the paper
                // as its own (`香港文匯報訊`, `文匯報記者`): the masthead's
                // name set under the running head, no kicker.
                None if z == 0 && n > 0 && !keep[zone[n - 1]] && names_own_paper(&lines[i].text, page) => {
                    keep[i] = false
                }
                None => break,
            }
        }
    }
    // The page's head repeated further down (`第04版：要闻` over every
    // article of an e-paper's export, a running head where the typesetter
    // broke the page): the words of the head's furniture again, with its
    // page number or date, are furniture wherever they stand.
    let head: Vec<usize> = (0..lines.len().min(HEAD_ZONE)).take_while(|&i| !keep[i]).collect();
    let head_words: std::collections::HashSet<&str> =
        head.iter().flat_map(|&i| lines[i].text.split_whitespace()).collect();
    let repeats_head = |i: usize| {
        let words: Vec<&str> = lines[i].text.split_whitespace().collect();
        let whole = head.iter().any(|&h| lines[h].text.split_whitespace().eq(words.iter().copied()));
        keep[i]
            && words.iter().any(|w| w.contains(|c: char| c.is_ascii_digit()))
            && (whole || (words.len() >= 2 && words.iter().all(|w| head_words.contains(w))))
    };
    // `Page 6   THE HARLAN COUNTY LEDGER   June 18, 2026` between stories:
    // a second page's folio where an export ran two pages into one file,
    // and its page number alone on a line nearby.
    let mid_folio = |i: usize| {
        keep[i]
            && i >= head.len()
            && lines[i].text.split_whitespace().count() >= 3
            // (dated: `SEE TOP OF THE NEWS A3` reads as a page and a section too)
            && has_year(&lines[i].text)
            && super::folio::read_folio(&printed(&lines[i]), rules).is_some_and(|f| f.strong)
            && plain_furniture(&lines[i].text, rules).is_none_or(|s| s.is_none())
    };
    // A page's number: one to three figures.
    let number = |w: &str| (1..=3).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_digit());
    let lone_number = |i: usize| keep[i] && number(lines[i].text.trim());
    let mut repeated: Vec<usize> = (0..lines.len()).filter(|&i| repeats_head(i)).collect();
    for i in 0..lines.len() {
        if mid_folio(i) {
            repeated.push(i);
            for j in [i.wrapping_sub(1), i + 1] {
                if j < lines.len() && lone_number(j) {
                    repeated.push(j);
                }
            }
        }
    }
    // The page's number alone on its last line, or beside a name of the
    // page its head gave (`读书周刊　5`, `5 | Opinion`): the running foot.
    let named_number = |i: usize| {
        let words: Vec<&str> =
            lines[i].text.split(|c: char| c.is_whitespace() || c == '|').filter(|w| !w.is_empty()).collect();
        let named = |w: &str| head_words.contains(w) || section.as_deref() == Some(w);
        keep[i] && words.len() == 2 && ((number(words[0]) && named(words[1])) || (named(words[0]) && number(words[1])))
    };
    if let Some(last) = lines.len().checked_sub(1)
        && last >= head.len()
        && (lone_number(last) || named_number(last))
    {
        repeated.push(last);
    }
    for i in repeated {
        keep[i] = false;
    }
    for (i, l) in lines.iter().enumerate() {
        let folded = fold_traditional(&l.text);
        if is_editor_line(&folded, rules)
            || is_note_anywhere(&folded)
            || super::labels::is_reader_links(&l.text)
            || is_rule_line(&l.text)
            || is_desk_slug(&l.text)
        {
            keep[i] = false;
        }
    }
    // `新闻线索` over `本报读者热线：96111` over `微信公众号：城市晚报`: the
    // box asking for tips is the paper's whole, its label and the accounts
    // set tight around the hotline (alone, the label would head the story
    // below, and an account line read as its headline).
    for i in 0..lines.len() {
        if !is_tip_line(&fold_traditional(&lines[i].text)) {
            continue;
        }
        let mut j = i;
        while j > 0 && lines[j - 1].no + 1 == lines[j].no && is_tip_box_line(&lines[j - 1].text) {
            j -= 1;
            keep[j] = false;
        }
        let mut j = i;
        while j + 1 < lines.len() && lines[j].no + 1 == lines[j + 1].no && is_tip_box_line(&lines[j + 1].text) {
            j += 1;
            keep[j] = false;
        }
    }
    let lines = lines.into_iter().zip(keep).filter_map(|(l, k)| k.then_some(l)).collect();
    (lines, section)
}

/// `文匯報`, `星島日報` alone on a line: a paper's name that the page's own
/// text calls its own, its leads opening `香港文匯報訊` or a writer signing
/// as its `文匯報記者` (a kicker ending in 报, `喜报`, is no paper's).
fn names_own_paper(line: &str, page: &str) -> bool {
    let t = line.trim();
    let folded = fold_traditional(t);
    (3..=6).contains(&len(t))
        && t.chars().all(super::text::is_han)
        && folded.ends_with('报')
        && [format!("{t}訊"), format!("{t}讯"), format!("{t}記者"), format!("{t}记者")]
            .iter()
            .any(|w| page.contains(w.as_str()))
}

/// A line of the box around the paper's tip line: its label (`新闻线索`,
/// `报料有奖`), another tip line, or the paper's account to write to
/// (`微信公众号：城市晚报`, `抖音号：xxwb`).
fn is_tip_box_line(line: &str) -> bool {
    static LABEL: OnceLock<Regex> = OnceLock::new();
    static ACCOUNT: OnceLock<Regex> = OnceLock::new();
    let t = fold_traditional(line.trim());
    is_tip_line(&t)
        || (len(&t) <= 10
            && static_re(&LABEL, r"^[【\[〔■●◆□]?\s*(?:\p{Han}{0,4}(?:线索|报料|爆料|热线)\p{Han}{0,4})\s*[】\]〕]?$")
                .is_match(&t))
        || static_re(
            &ACCOUNT,
            r"^(?:官方)?(?:微信(?:公众号|号)?|微博|抖音(?:号)?|视频号|快手(?:号)?|小红书|客户端|(?i:app))\s*[:：]\s*\S{2,24}$",
        )
        .is_match(&t)
}

/// `—————————`, `━━━━━━`: a rule drawn across the column, as an export
/// gives it in characters (not `* * *`, a feature's break between scenes).
pub(super) fn is_rule_line(line: &str) -> bool {
    let t = line.trim();
    // (AP copy parts a story from its contributors' note, and one brief
    // from the next, by `___`; three dashes may be a scene break.)
    (t.chars().count() >= 3 && t.chars().all(|c| c == '_'))
        || t.chars().count() >= 4
            && t.chars().all(|c| {
                matches!(c, '—' | '–' | '-' | '_' | '=' | '━' | '─' | '═' | '＿' | '～' | '~')
                // (a box's border drawn in characters: `┏━━┓`, `╰──╯`)
                || ('\u{2500}'..='\u{257F}').contains(&c)
            })
}

/// `str/jh/bc`, `sst/mb`: the wire desk's initials closing an AFP story;
/// nothing a reader is told.
fn is_desk_slug(line: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    static_re(&RE, r"^[a-z]{2,4}(?:/[a-z]{2,4}){1,5}$").is_match(line.trim())
}

/// The paper's notes set wherever on the page there is room: the tip line,
/// a note on the page's pictures, a QR code's prompt. Furniture where they
/// stand, not text of the story beside them.
fn is_note_anywhere(line: &str) -> bool {
    is_tip_line(line)
        || is_page_note(line)
        || is_listings_disclaimer(line)
        || is_qr_prompt(line)
        || is_print_stamp(line)
        || is_desk_contacts(line)
        || is_site_chrome(line)
        || is_web_chrome(line)
        || is_related_link(line)
        || is_weather_box(line)
        || is_imprint(line)
        || is_letters_policy(line)
        || is_topic_tags(line)
        || is_views_disclaimer(line)
}

/// `The views expressed on this page do not necessarily reflect those of
/// The Campus Courier.`: an opinion page's standing disclaimer, the page's
/// and no column's or letter's words (nor a piece of its own).
fn is_views_disclaimer(line: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    let t = line.trim();
    len(t) <= 240
        && static_re(
            &RE,
            r"^(?i:(?:the\s+)?(?:views|opinions)\s+(?:expressed|published)\b[^.]{0,100}?\b(?:do\s+not|don't|are\s+not|may\s+not)\s+necessarily\s+(?:reflect|represent|those)\b[^.]{0,120})\.?$",
        )
        .is_match(t)
}

/// `#春季招聘# #江城就业#` under a story in a web or app export: the
/// platform's topic tags, no words of the story, nor the next one's kicker.
fn is_topic_tags(line: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    static_re(&RE, r"^(?:[#＃][^#＃\s]{0,20}\p{Han}[^#＃\s]{0,20}[#＃][ \u{3000}]*)+$").is_match(line.trim())
}

/// `Letters policy: Letters must be 250 words or fewer and include the
/// writer's name… Email letters@paper.com.`: the letters column's standing
/// terms, set under its letters or at the page's foot; no letter, nor a
/// piece of its own.
fn is_letters_policy(line: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    static EDITED: OnceLock<Regex> = OnceLock::new();
    let t = line.trim();
    // (`Letters may be edited for length. The views expressed are not
    // necessarily those of the newspaper.`: the same terms, no address.)
    let edited = len(t) <= 240
        && static_re(&EDITED, r"^(?i:letters\s+(?:may|will)\s+be\s+(?:edited|shortened|cut))\b[^\n]*[.!]$").is_match(t);
    edited
        || len(t) <= 400
            && static_re(
                &RE,
                r"^(?i:(?:our |the )?letters?(?: to the editor)? (?:policy|guidelines|rules)|submission guidelines|to submit a letter|how to submit a letter)\s*:\s*\S.*[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+\b.*$",
            )
            .is_match(t)
}

/// `南岭日报社出版`, `中共永丰县委机关报  永丰县融媒体中心主办`: who
/// publishes the paper, set in its head or foot; and where (`社址：…　电话：…`).
pub(super) fn is_imprint(line: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    static ADDRESS: OnceLock<Regex> = OnceLock::new();
    let t = line.trim();
    // `澳门日报社址：澳门新马路　电话：二八三七一六八八　广告热线：…`: the
    // paper's address and numbers in its foot. Another's address
    // (`服務地址：…；預約電話：…。`, a sentence) is a story's text.
    if len(t) <= 120
        && static_re(&ADDRESS, r"^(?:\p{Han}{0,8}(?:报|報|报社|報社))?(?:社址|地址)\s*[:：]").is_match(t)
        && ["电话", "热线", "传真", "邮编"].iter().any(|w| t.contains(w))
        && !t.ends_with('。')
    {
        return true;
    }
    // `Printed and published by R K Sharma on behalf of The Example Times
    // Ltd at …`: the imprint English-language papers print at the foot of a
    // page (Indian, Pakistani, African dailies), the law's line, no story's.
    static PRINTED: OnceLock<Regex> = OnceLock::new();
    if len(t) <= 300
        && static_re(&PRINTED, r"^(?i:printed\s+(?:and|&)\s+published\s+by|published\s+and\s+printed\s+by)\s+\S")
            .is_match(t)
    {
        return true;
    }
    len(t) <= 40
        && static_re(
            &RE,
            r"^(?:中共\p{Han}{1,12}机关报(?:\s+|$))?(?:\p{Han}{2,16}(?:报社|融媒体中心|传媒集团|报业集团|新闻中心)(?:主办|出版|主管|编辑出版|主办出版|主管主办))?$",
        )
        .is_match(t)
        && !t.is_empty()
}

/// An English news site's page around the article, copied with it:
/// `Posted Jun 18, 2026`, `Updated: June 18, 2026 at 5:30 p.m.`,
/// `Philippine Daily Inquirer / 11:42 PM June 18, 2026`, `Share this story:
/// Facebook Twitter Email Print`, `Home | News | Sports | Obituaries`,
/// `Terms of Use | Privacy Policy`, `Read more`, `Copyright 2026 The X. All
/// rights reserved.`, and `[email protected]`, which a site that hides
/// addresses from robots prints in their place.
fn is_web_chrome(line: &str) -> bool {
    static STAMP: OnceLock<Regex> = OnceLock::new();
    static SHARE: OnceLock<Regex> = OnceLock::new();
    static OTHER: OnceLock<Regex> = OnceLock::new();
    let t = line.trim();
    if len(t) > 120 {
        return false;
    }
    let time = r"\d{1,2}:\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{2,4})?";
    let date = r"(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+)?(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?,?\s+\d{4}|\d{1,2}/\d{1,2}/\d{2,4}|\d{4}-\d{2}-\d{2})";
    let stamp = static_re(
        &STAMP,
        &format!(
            r"^(?:(?i:posted|published|updated|last updated|first published)(?:\s+on)?\s*:?\s*|[A-Z][\w.&' ]{{2,40}}?\s*[/|]\s*)(?:{time},?\s+(?:(?i:on)\s+)?{date}|{date}(?:,?\s*(?:(?i:at)\s+)?{time})?)(?:\s*[|/]\s*(?i:updated)\s*:?.*)?$"
        ),
    );
    let share = static_re(
        &SHARE,
        r"^(?i:(?:share(?:\s+this(?:\s+(?:story|article|page))?)?\s*[:：]?\s*)?(?:(?:facebook|twitter|x|email|e-mail|print|whatsapp|linkedin|pinterest|reddit|telegram|copy link|comments?)\s*[|·•,]?\s*){2,})$",
    );
    let other = static_re(
        &OTHER,
        r"^(?:(?i:read more|continue reading|read the full story|read full article)\s*[»›→>.…]*|\[email(?:\xa0|\s)protected\]|(?i:(?:copyright|©|\(c\)).{0,80}all rights reserved\.?|all rights reserved\.?))$",
    );
    stamp.is_match(t) || share.is_match(t) || other.is_match(t) || is_nav_bar(t)
}

/// `Home | News | Sports | Obituaries | Opinion`, `Terms of Use | Privacy
/// Policy | Contact Us`: a site's menu, three cells or more of a few
/// words, two of them what every site's menu holds (no digits: a folio
/// with its date and page number is the page's, not the site's).
fn is_nav_bar(t: &str) -> bool {
    const NAV: &[&str] = &[
        "home",
        "news",
        "sports",
        "sport",
        "opinion",
        "obituaries",
        "classifieds",
        "e-edition",
        "business",
        "entertainment",
        "lifestyle",
        "contact us",
        "contact",
        "about us",
        "about",
        "privacy policy",
        "privacy",
        "terms of use",
        "terms of service",
        "terms",
        "subscribe",
        "advertise",
        "log in",
        "login",
        "sign in",
        "sign up",
        "newsletters",
        "jobs",
        "weather",
        "events",
        "videos",
        "photos",
        "local",
        "world",
        "politics",
    ];
    let cells: Vec<&str> = t.split(['|', '•']).map(str::trim).collect();
    cells.len() >= 3
        && !t.contains(|c: char| c.is_ascii_digit())
        && cells.iter().all(|c| !c.is_empty() && len(c) <= 25 && c.split_whitespace().count() <= 3)
        && cells.iter().filter(|c| NAV.contains(&c.to_lowercase().as_str())).count() >= 2
}

/// `WEATHER  Dubai 44°C / 33°C  Abu Dhabi 46°C / 32°C`, `Fajr 4:02  Dhuhr
/// 12:22  Asr 3:44  Maghrib 7:11  Isha 8:41`: a weather or prayer-times
/// box's row, readings and no sentence.
fn is_weather_box(line: &str) -> bool {
    static TEMP: OnceLock<Regex> = OnceLock::new();
    static PRAYER: OnceLock<Regex> = OnceLock::new();
    let t = line.trim();
    if len(t) > 160 || super::text::is_terminated(t) {
        return false;
    }
    let temps = static_re(&TEMP, r"-?\d{1,2}\s?°\s?[CF]?").find_iter(t).count();
    let prayers =
        static_re(&PRAYER, r"\b(?:Fajr|Sunrise|Dhuhr|Zuhr|Asr|Maghrib|Isha)\s+\d{1,2}[:.]\d{2}\b").find_iter(t).count();
    temps >= 4 || (temps >= 1 && t.starts_with("WEATHER")) || prayers >= 3
}

/// `READ: Fish traders count losses as imports flood market`, `ALSO READ:
/// …`: the paper pointing to another story of its own, a headline and no
/// sentence, wherever it is set in the story; or to its site (`Read more:
/// mirror.co.uk/news`).
fn is_related_link(line: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    let t = line.trim();
    static_re(&RE, r"^(?:READ|ALSO READ|READ ALSO|READ MORE|SEE ALSO|RELATED|Read|Also read|Read also|Read more|See also|Related)\s*:\s*(?:[A-Z0-9‘“]|(?:https?://)?(?:www\.)?[a-z0-9\-]+(?:\.[a-z]{2,})+(?:/\S*)?$)")
        .is_match(t)
        && len(t) <= 140
        && !super::text::is_terminated(t)
}

/// `【字号 大 中 小】 【打印】 【关闭】`, `分享到：微信 微博 QQ空间`, `发布时间：2026-06-18
/// 08:30:00`, an e-paper's `版面导航：A01要闻 | A02要闻` and `上一版  下一版  返回目录`:
/// a news site's page around the article, copied with it.
fn is_site_chrome(line: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    let t = line.trim();
    len(t) <= 60
        && static_re(
            &RE,
            r"^(?:【\s*字[号体].{0,12}】.*|(?:【(?:打印|关闭|收藏|返回|关闭窗口|打印本页)】\s*){2,}|分享到\s*[:：].{0,40}|版面导航\s*[:：].*|(?:(?:上一版|下一版|上一期|下一期|返回目录|本版目录|往期回顾|PDF版下载|PDF下载|版面概览|放大|缩小)\s*){2,}|(?:发布|发表|更新)时间\s*[:：]\s*\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?(?:\s+(?:来源|浏览|阅读)\S*)?)$",
        )
        .is_match(t)
}

/// `The Riverton Courier - 06/18/2026 Copy Reduced to 78% from original to
/// fit letter page`, `Powered by TECNAVIA`, `Copyright (c) 2026 The Riverton
/// Courier 6/18/2026`: what an e-paper site stamps on a page it prints,
/// wherever the export put it; `CLASSIFIEDS ON PAGE B4`: the paper pointing
/// to its other pages (a jump line, `CONTINUED ON PAGE 4`, is not one).
fn is_print_stamp(line: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    static_re(
        &RE,
        concat!(
            r"(?i:\bcopy reduced to \d{1,3}%|^powered by (?:tecnavia|pressreader|pagesuite|newsmemory)$",
            r"|^(?:copyright\s*)?(?:\(c\)|©)\s*(?:19|20)\d\d\b.{3,60}\b\d{1,2}/\d{1,2}/(?:19|20)?\d\d$)",
            r"|^(?:MORE\s+)?[A-Z][A-Z&'’ -]{2,30}? (?:ON|IN) PAGES? [A-Z]?\d{1,3}$"
        ),
    )
    .is_match(line.trim())
        && !["CONTINU", "STORY"].iter().any(|w| line.to_uppercase().contains(w))
}

/// `EDITOR: SIBUSISO NGALWA   NEWS DESK: 011 633 9111   newsdesk@inl.co.za`:
/// the page's desks and how to reach them, two labelled cells or more with
/// a number or address (one, `Phone: 555-0142`, may be a notice's own).
fn is_desk_contacts(line: &str) -> bool {
    static LABEL: OnceLock<Regex> = OnceLock::new();
    static REACH: OnceLock<Regex> = OnceLock::new();
    let t = line.trim();
    let labels = static_re(
        &LABEL,
        r"(?i)(?:^|\s)(?:(?:deputy |news |sports? |business |features? |night )?editor|news ?desk|newsroom|sports desk|advertising|adverts|classifieds|subscriptions|circulation|delivery|tel|phone|fax|e-?mail)\s*:",
    );
    let reach = static_re(&REACH, r"\d[\d\s()\-]{6,}\d|[\w.\-]+@[\w\-]+(?:\.[\w\-]+)+");
    // `Editor: Paolo Reyes   herald.ph/metro`: the page's editor by name
    // beside its section's web address or desk's mail, one label only; a
    // story's own contact line names no editor over an address.
    static EDITOR_AT: OnceLock<Regex> = OnceLock::new();
    let editor_at = static_re(
        &EDITOR_AT,
        r"^(?i:(?:deputy |news |sports? |business |features? |metro |section |page )?editor)\s*:\s*\p{Lu}[\p{L}.'\-]+(?:\s\p{Lu}[\p{L}.'\-]+){1,3}\s+(?:[\w.\-]+@[\w\-]+(?:\.[\w\-]+)+|(?:https?://)?(?:www\.)?[a-z0-9\-]+(?:\.[a-z]{2,})+(?:/[\w\-/]*)?)$",
    );
    len(t) <= 160
        && (labels.find_iter(t).count() >= 2 && reach.is_match(t) || editor_at.is_match(t))
        && !super::text::is_terminated(t)
}

/// `新闻热线：96068 线索一经采用，即付报酬`, `新闻热线：28331233  传真：28331998`:
/// the paper asks for tips, wherever on the page the line is set (a bare
/// `热线：…` may be a notice's own field, so the line names news or tips).
/// So does `欢迎读者提供新闻线索：电邮 x@paper.sg 或 WhatsApp 9118 8000`, the
/// call then the ways to reach the newsroom.
fn is_tip_line(line: &str) -> bool {
    static TIP_LINE: OnceLock<Regex> = OnceLock::new();
    static TIP_CALL: OnceLock<Regex> = OnceLock::new();
    static REACH: OnceLock<Regex> = OnceLock::new();
    let folded = super::text::fold_traditional(line.trim());
    // (`（读者爆料热线：96811）` after an evening paper's story: the call in brackets.)
    let line: &str = in_brackets(&folded).unwrap_or(&folded);
    // (`星洲日报大都会新闻组热线：03-7965 8888    电邮：…`: the paper and
    // its desk may be named first, and the number spaced.)
    let hotline = len(line) <= 70
        && static_re(
            &TIP_LINE,
            r"^(?:本报|晚报|\p{Han}{1,6}?报(?:社)?\p{Han}{0,4}?)?(?:读者|市民)?(?:新闻|报料|爆料|读者)(?:组|部)?(?:热线|专线)\s*[:：]?\s*\d[\d\- ]{3,}\d\s*(?:\p{Han}|$)",
        )
        .is_match(line);
    let call = len(line) <= 100
        && static_re(&TIP_CALL, r"^欢迎(?:广大)?(?:读者|市民|公众|网友)?(?:提供|报料|爆料)(?:新闻)?线索\s*[:：]")
            .is_match(line)
        && static_re(&REACH, r"[\w.\-]+@[\w\-]+(?:\.[\w\-]+)+|\d[\d \-]{6,}\d").is_match(line);
    // `欢迎提供新闻线索，一经采用即付报料费` on its own line under the
    // hotline: the promise of a fee for tips, the same box's.
    static FEE: OnceLock<Regex> = OnceLock::new();
    let fee = len(line) <= 40
        && static_re(
            &FEE,
            r"^(?:欢迎(?:广大)?(?:读者|市民|公众|网友)?(?:提供|报料|爆料)(?:新闻)?线索\s*[，,]?\s*)?(?:线索)?一经(?:采用|刊发|录用)\s*[，,]?\s*(?:即付|即奉|即有|将付|将奉上|付)(?:报料费|报料奖|报酬|稿酬|酬金|奖金|奖励)[。！!]?$",
        )
        .is_match(line);
    ((hotline || call) && !line.contains('。')) || fee
}

/// `本版图片除署名外均由新华社提供`, `本版图片 视觉中国 摄`: a note on the whole page's pictures,
/// wherever on the page it is set, not part of the story it happens to
/// follow, bracketed or not (`(本版图片除署名外均由受访者提供)`).
/// (`本版稿件由市水利局提供` credits the page's unsigned pieces.)
fn is_page_note(line: &str) -> bool {
    static PAGE_NOTE: OnceLock<Regex> = OnceLock::new();
    let line = line.trim();
    let line = in_brackets(line).unwrap_or(line).trim();
    len(line) <= 40
        && static_re(
            &PAGE_NOTE,
            r"^本版(?:图片|照片|图)(?:除署名外|除注明外|除署名者外)?\s*[，,]?\s*(?:(?:均|皆)?(?:由|为|来自|系)\s*\p{Han}{2,20}?(?:提供|供稿|供图|摄)?|[\p{Han}\s]{2,20}?\s*(?:提供|供图|摄))[。.]?$",
        )
        .is_match(line)
}

/// `本版信息由刊登者提供，请读者核实后再进行交易。`, `以上广告内容由广告主提供，本报不承担
/// 任何责任`: a notices or classifieds page's standing disclaimer, the
/// page's and no notice's (set under the last one, it closed it or stood as
/// a piece with no headline).
fn is_listings_disclaimer(line: &str) -> bool {
    static DISCLAIMER: OnceLock<Regex> = OnceLock::new();
    let folded = fold_traditional(line.trim());
    let line = in_brackets(&folded).unwrap_or(&folded).trim();
    len(line) <= 60
        && static_re(
            &DISCLAIMER,
            r"^(?:本版|本栏|以上)(?:所刊)?(?:信息|广告|内容|启事|分类信息|广告内容|公告)\p{Han}{0,4}?(?:均)?(?:由\p{Han}{2,8}?提供|仅供参考)\s*[，,；;]\s*\p{Han}[\p{Han}，,]{1,30}?(?:核实|甄别|负责|责任|风险)\p{Han}{0,12}[。.！!]?$",
        )
        .is_match(line)
}

/// `2026年6月18日`, `星期四`, `农历五月初三`: a running head's word of the date.
fn is_cjk_date_word(w: &str) -> bool {
    static DATE: OnceLock<Regex> = OnceLock::new();
    static_re(&DATE, r"^\d{4}年\d{1,2}月\d{1,2}日$").is_match(w) || is_cjk_weekday(w) || w.starts_with("农历")
}

/// `星期四`, `周四`, `礼拜四`.
pub(super) fn is_cjk_weekday(w: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    static_re(&RE, r"^(?:星期|周|礼拜)[一二三四五六日天]$").is_match(w)
}

/// `扫码看更多代表委员履职故事`, `扫描二维码观看视频`, `扫一扫 关注我们`: a
/// prompt printed beside a QR code, wherever on the page, not text.
fn is_qr_prompt(line: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    let line = line.trim();
    len(line) <= 40
        && !line.contains('。')
        && static_re(&RE, r"^[（(【]?\s*(?:扫码|扫描(?:上方|下方|左侧|右侧|左边|右边|本版|图中|文中)?二维码|扫一扫|长按(?:识别)?二维码|微信扫描)").is_match(line)
}

/// `二〇二六年六月十八日` as `2026年6月18日`: Macau and Taiwan papers, and
/// some mainland ones, date their running head in Chinese numerals.
pub(super) fn arabic_dates(line: &str) -> std::borrow::Cow<'_, str> {
    // `中華民國一一五年六月十八日`, `民國115年6月18日`: Taiwanese papers count
    // the years of the Republic (1912 is its first).
    static ROC: OnceLock<Regex> = OnceLock::new();
    let roc = static_re(&ROC, r"(?:中[华華])?民[国國]\s*([〇零○一二三四五六七八九十百]{1,5}|\d{2,3})\s*年");
    if roc.is_match(line) {
        let western = roc.replace_all(line, |c: &regex::Captures| {
            let year =
                c[1].parse::<i32>().ok().or_else(|| super::text::numeral(&c[1].replace('○', "〇")).map(|v| v as i32));
            year.map_or_else(|| c[0].to_string(), |y| format!("{}年", 1911 + y))
        });
        return std::borrow::Cow::Owned(arabic_dates(&western).into_owned());
    }
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = static_re(
        &RE,
        r"([〇零○一二三四五六七八九]{4}|\d{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日",
    );
    re.replace_all(line, |c: &regex::Captures| {
        // A year's digits read one by one (`二〇二六`, 2026), as `numeral` reads them.
        let numeral = |t: &str| match t.parse::<u32>() {
            Ok(v) => v.to_string(),
            Err(_) => super::text::numeral(&t.replace('○', "〇")).map_or_else(|| t.to_string(), |v| v.to_string()),
        };
        format!("{}年{}月{}日", numeral(&c[1]), numeral(&c[2]), numeral(&c[3]))
    })
}

/// `2025年6月13日`, `2025-06-13`: a date and nothing else.
pub(super) fn is_bare_date(line: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    static_re(&RE, r"^(\d{4}年\d{1,2}月\d{1,2}日|\d{4}-\d{1,2}-\d{1,2})$").is_match(line.trim())
}

/// Whether a line is page furniture (for `wrap`, which must not fold it into a block).
pub(super) fn is_furniture(line: &str, rules: &ImportRules) -> bool {
    furniture_any(line, rules).is_some()
}

/// `Boston   28 39 21 18 — 106`: a line score, a run of four or more
/// figures, which no folio has (its date and page number are at most three,
/// never side by side).
fn is_figure_row(line: &str) -> bool {
    let figure = |w: &str| {
        w.chars().all(|c| c.is_ascii_digit() || matches!(c, '.' | ',' | '-' | '/'))
            && w.chars().any(|c| c.is_ascii_digit())
    };
    let mut run = 0;
    line.split_whitespace().any(|w| {
        run = if figure(w) { run + 1 } else { 0 };
        run >= 4
    })
}

/// [`furniture`] of a line in traditional or simplified characters; the
/// section keeps the page's own characters (`港聞`).
fn furniture_any(line: &str, rules: &ImportRules) -> Option<Option<String>> {
    let joined = join_spaced_han(&weekday_unbracketed(line));
    let line = &arabic_dates(&joined);
    let folded = fold_traditional(line);
    furniture(&folded, rules).or_else(|| furniture_cells(&folded, rules)).map(|s| s.map(|s| restore(line, &folded, &s)))
}

/// `2026年6月18日（星期四）` → `2026年6月18日 星期四 `: the weekday in
/// brackets, as Malaysian and Taiwanese folios set it, read as the weekday.
fn weekday_unbracketed(line: &str) -> std::borrow::Cow<'_, str> {
    static RE: OnceLock<Regex> = OnceLock::new();
    static_re(&RE, r"[(（]\s*((?:星期|礼拜|禮拜|周|週)[一二三四五六日天])\s*[)）]").replace_all(line, " $1 ")
}

/// `时　评`, `要　闻`: a 版名 set letter-spaced, two to four characters each
/// standing alone, read as one word (`时评`), so that the running head and
/// the section are known. Other words are left as they are.
pub(super) fn join_spaced_han(line: &str) -> String {
    let chars: Vec<char> = line.chars().collect();
    let gap = |c: char| c == ' ' || c == '\u{3000}';
    let han = |k: usize| chars.get(k).is_some_and(|&c| super::text::is_han(c));
    // A character standing alone: a gap (or the line's end) on both sides.
    let alone = |k: usize| han(k) && (k == 0 || gap(chars[k - 1])) && chars.get(k + 1).is_none_or(|&c| gap(c));
    let mut out = String::with_capacity(line.len());
    let mut k = 0;
    while k < chars.len() {
        // A run of lone characters one gap apart (a wider gap parts columns).
        let mut end = k;
        let mut n = 0;
        while alone(end) && (n == 0 || gap(chars[end - 1])) {
            n += 1;
            if end + 2 < chars.len() && gap(chars[end + 1]) && alone(end + 2) {
                end += 2;
            } else {
                break;
            }
        }
        if (2..=4).contains(&n) {
            out.extend((0..n).map(|m| chars[k + 2 * m]));
            k = end + 1;
        } else {
            out.push(chars[k]);
            k += 1;
        }
    }
    out
}

/// `本版投稿邮箱：x@paper.cn 新闻热线：0392-3311234`, `本版言论仅代表作者个人观点
/// 欢迎来稿 投稿邮箱：…`: several pieces of the paper's furniture set on one
/// line at its foot; each piece must be furniture on its own.
fn furniture_cells(line: &str, rules: &ImportRules) -> Option<Option<String>> {
    let words: Vec<&str> = line.split_whitespace().collect();
    if !(2..=8).contains(&words.len()) || !line.chars().any(super::text::is_han) {
        return None;
    }
    // ok[k]: the first k words split into furniture pieces.
    let mut ok = vec![false; words.len() + 1];
    ok[0] = true;
    for end in 1..=words.len() {
        ok[end] = (0..end).any(|start| {
            ok[start] && (end - start < words.len()) && plain_furniture(&words[start..end].join(" "), rules).is_some()
        });
    }
    ok[words.len()].then_some(None)
}

/// A piece of a folio that is furniture naming no section (`国内统一刊号
/// CN41-0012`, `订报热线 …`), for [`super::folio`].
pub(super) fn is_furniture_piece(piece: &str, rules: &ImportRules) -> bool {
    matches!(plain_furniture(piece, rules), Some(None))
}

/// `Some(section)` when the line is page furniture (the inner option is the
/// section it names, if any).
fn furniture(line: &str, rules: &ImportRules) -> Option<Option<String>> {
    match plain_furniture(line, rules) {
        // `A4  LOCAL NEWS` ends as a paper's name may (`Evening News`), but
        // read as a folio it is a page and a section the paper runs.
        Some(None) => Some(folio_cells(line, rules).flatten()),
        found => found.or_else(|| folio_cells(line, rules)),
    }
}

/// [`furniture`] but an English folio's columns, which are made of these.
fn plain_furniture(line: &str, rules: &ImportRules) -> Option<Option<String>> {
    let line = line.trim();
    // `明报 2026年6月18日 星期四 A4 港闻`: the paper's name before a head
    // gazette reads without it.
    static PAPER_FIRST: OnceLock<Regex> = OnceLock::new();
    if let Some(m) = static_re(&PAPER_FIRST, r"^\p{Han}{1,8}?(?:报|报刊|周刊)\s+").find(line)
        && line[m.end()..].starts_with(|c: char| c.is_ascii_digit())
        && let Some(found) = plain_furniture(&line[m.end()..], rules)
    {
        return Some(found);
    }
    if let Some(rest) = line.strip_prefix("版名").map(|r| r.trim_start_matches([':', '：', ' '])) {
        return Some(clean_section(rest));
    }
    let page_line = rules.page_line.captures(line).or_else(|| {
        // Date, 星期 and 第N版 on one line (`2026年2月11日 星期三 第2版 要闻`).
        (len(line) <= 60).then(|| rules.combined_header.captures(line)).flatten()
    });
    if let Some(c) = page_line {
        let rest = c.get(1).map_or("", |m| m.as_str());
        // The rest may itself hold more furniture (`第2版 要闻 责任编辑：张三`).
        // `A6 | THE LAKEMONT COURIER | TUESDAY, MARCH 3, 2026`: the paper's
        // name and the date in the section's place name no section (but
        // `LOCAL NEWS` ends as a paper's name may, and is the section).
        let paper = |p: &str| (is_paper_name(p) || has_paper_word(p)) && !p.to_lowercase().ends_with("news");
        let rest = head_cells(rest).into_iter().map(str::trim).find(|p| !paper(p) && !is_english_date(p)).unwrap_or("");
        let rest = without_trailing_date(rest);
        // (`第 7 版 2026年6月18日 星期四 国防时空 …`: the date and weekday
        // may come before the 版名.)
        let rest = if rest.chars().any(super::text::is_han) {
            rest.split_whitespace().find(|w| !is_cjk_date_word(w)).unwrap_or("")
        } else {
            rest
        };
        if rules.editor_line.is_match(rest) {
            return Some(None);
        }
        return Some(clean_section(rest));
    }
    if let Some(section) = numbered_dated_header(line, rules).or_else(|| page_head_in_any_order(line, rules)) {
        return Some(section);
    }
    // `A2 港闻`, `B3 体育`: a page code and a short 版名, nothing else.
    static CODE_SECTION: OnceLock<Regex> = OnceLock::new();
    if let Some(c) = static_re(&CODE_SECTION, r"^[A-Z][0-9]{1,2}\s+(\p{Han}{2,6})$").captures(line) {
        return Some(clean_section(&c[1]));
    }
    if let Some(s) = rules.sections.iter().find(|s| s.eq_ignore_ascii_case(line)) {
        return Some(Some(s.clone()));
    }
    // `理论周刊`, `健康专刊`: a known 版名 as its weekly or special pages name it.
    if let Some(s) = ["周刊", "专刊", "特刊", "周末"].iter().find_map(|w| line.strip_suffix(w))
        && rules.sections.iter().any(|k| k == s)
    {
        return Some(Some(line.to_string()));
    }
    // `NATION & WORLD` heading the page: two sections the paper runs as one.
    if let Some(s) = english_section(line, rules) {
        return Some(Some(s));
    }
    if names_a_paper(line, rules) {
        return Some(None);
    }
    if let Some(section) = section_over_editors(line, rules) {
        return Some(section);
    }
    if rules.header_res.iter().any(|r| r.is_match(line)) || is_editor_line(line, rules) {
        return Some(None);
    }
    // `Copyright 2025 The Courier. All rights reserved.`, `本报版权所有 未经授权不得转载`,
    // `© The Financial Times Limited 2026  ft.com`: the paper's notice at the
    // page foot, not the last story's text.
    static COPYRIGHT: OnceLock<Regex> = OnceLock::new();
    let copyright = static_re(
        &COPYRIGHT,
        r"^(?:(?i:copyright)\s*(?:©|\((?i:c)\))?\s*\d{4}|©\s*(?:\d{4}|[A-Z][\w&.' ]{2,50}?\s\d{4}\b)|.{0,10}版权所有)|(?i:all\s+rights\s+reserved)\.?$",
    );
    if len(line) <= 90 && copyright.is_match(line) {
        return Some(None);
    }
    // `Letters and comments: countynews@paper.com`, `Story ideas? news@paper.ca`,
    // `For comments and suggestions, email metro@paper.com.ph`:
    // the desk's standing call for mail; `Published in Dawn, June 18th, 2026`:
    // a web export's line saying where the page ran.
    static DESK_MAIL: OnceLock<Regex> = OnceLock::new();
    let desk_mail = static_re(
        &DESK_MAIL,
        r"^(?i:(?:for\s+)?(?:letters|comments|story ideas|news tips|tips|feedback|write to us|e-?mail us|contact us|contact (?:the )?(?:news ?desk|newsroom|editors?)|send (?:us )?your [a-z ]+)(?: and [a-z ]+)?)\s*(?:[:?]|,\s*(?i:e-?mail|write to|contact)(?:\s+us)?(?:\s+at)?)\s*(?:to\s+)?[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+\.?$",
    );
    static PUBLISHED_IN: OnceLock<Regex> = OnceLock::new();
    let published_in = static_re(
        &PUBLISHED_IN,
        concat!(
            r"^Published in (?:The |the )?[A-Z][\w&' ]{1,40}, (?:[a-z]+ )?",
            r"[A-Z][a-z]+ \d{1,2}(?:st|nd|rd|th)?,? \d{4}\.?$"
        ),
    );
    if len(line) <= 120 && (desk_mail.is_match(line) || published_in.is_match(line)) {
        return Some(None);
    }
    // `Have a story? Contact the newsroom on 096 21000 or email news@paper.ie`,
    // `For news tips call 011 633 9111`: the paper's standing call for news at
    // the page foot, a phone number or address at its end.
    static NEWS_CALL: OnceLock<Regex> = OnceLock::new();
    let news_call = static_re(
        &NEWS_CALL,
        r"^(?i:(?:(?:have|got)\s+(?:a|an|any)\s+(?:news\s+)?(?:story|stories|tip|tips|story\s+idea|news)\b[^.!?]{0,30}[?!.]?|(?:for\s+)?(?:news|story)\s+(?:tips?|ideas?)\b[?:,]?)\s*(?:please\s+)?(?:contact|call|phone|ring|e-?mail|text|whatsapp|write\s+to)\b.{0,100}?(?:[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+|\d[\d \-]{4,}\d))\.?$",
    );
    if len(line) <= 160 && news_call.is_match(line) {
        return Some(None);
    }
    // `Business editor: Tom Reyes, 555-0142, treyes@paper.com`, `News
    // editor: Ann Cole | 01632 960123`, `Opinion page editor: …`: the desk's editor and how to reach
    // them at the page foot, no story's last line (a phone or an address
    // after the name tells it from a sentence's `editor: …`).
    static DESK_EDITOR: OnceLock<Regex> = OnceLock::new();
    let desk_editor = static_re(
        &DESK_EDITOR,
        r"^(?:(?:[A-Z][A-Za-z&]+|&)\s+){0,3}(?:page\s+|desk\s+)?(?i:editor)\s*:\s*\p{Lu}[\p{L}.'\-]+(?:\s+\p{Lu}[\p{L}.'\-]+){1,3}(?:\s*[,;|•/]?\s*(?:\+?\(?\d[\d ().\-]{5,16}\d|[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+))+\.?$",
    );
    if len(line) <= 120 && desk_editor.is_match(line) {
        return Some(None);
    }
    // `Edited by Eileen Crowley, news@paper.ie`: the page's editor and the
    // desk's address, the page foot's line (a story's sentence would not
    // end on an address after a name).
    static EDITED_BY: OnceLock<Regex> = OnceLock::new();
    let edited_by = static_re(
        &EDITED_BY,
        r"^(?i:(?:page\s+)?edited\s+by)\s+\p{Lu}[\p{L}.'\-]+(?:\s+\p{Lu}[\p{L}.'\-]+){1,3}\s*[,;|•/]?\s*(?:\+?\(?\d[\d ().\-]{5,16}\d|[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+)\.?$",
    );
    // `Editor-in-Chief: Nora Fitzgerald | Managing Editor: Luis Paredes`:
    // the staff box's editors, two or more, each a role and a name (the
    // publisher first, or the pairs only spaced apart on one line).
    static EDITORS: OnceLock<Regex> = OnceLock::new();
    let editors = static_re(
        &EDITORS,
        r"^(?:[A-Z][A-Za-z&\-]*\s+){0,2}(?:Editor(?:-in-Chief|\s+in\s+Chief)?|Publisher)\s*:\s*\p{Lu}[\p{L}.'\-]+(?:\s+\p{Lu}[\p{L}.'\-]+){1,3}(?:(?:\s*[|/•]\s*|\s+)(?:[A-Z][A-Za-z&\-]*\s+){0,2}(?:Editor(?:-in-Chief|\s+in\s+Chief)?|Publisher|Adviser|Advisor)\s*:\s*\p{Lu}[\p{L}.'\-]+(?:\s+\p{Lu}[\p{L}.'\-]+){1,3})+$",
    );
    // `Page design: Kim Sato`: who laid out the page, at its foot.
    static PAGE_DESIGN: OnceLock<Regex> = OnceLock::new();
    let page_design = static_re(
        &PAGE_DESIGN,
        r"^(?i:page\s+(?:design(?:er)?|layout))\s*:\s*[A-Z][A-Za-z.'\-]+(?:\s+[A-Z][A-Za-z.'\-]+){1,3}$",
    );
    // `EDITOR: LEE SU-LIN | DESIGN: FARHAN ISMAIL`, `Editor: Ann Cole • Layout:
    // Ben Roe`: the page's credits at its foot, an editor and who laid it
    // out or made its pictures, each a role and a name (in capitals too).
    static PAGE_CREDITS: OnceLock<Regex> = OnceLock::new();
    let page_credits = static_re(
        &PAGE_CREDITS,
        concat!(
            r"^(?i:(?:[a-z]+\s+)?editor)\s*:\s*\p{Lu}[\p{L}.'\-]+(?:\s+\p{Lu}[\p{L}.'\-]+){1,3}",
            r"(?:\s*[|/•·]\s*(?i:(?:page\s+|chief\s+|sub-?)?(?:editor|sub-?editor|design|designer|layout|graphics|photos?|pictures?|production|illustrations?|art))",
            r"\s*:\s*\p{Lu}[\p{L}.'\-]+(?:\s+\p{Lu}[\p{L}.'\-]+){1,3})+$"
        ),
    );
    if len(line) <= 160
        && (edited_by.is_match(line)
            || editors.is_match(line)
            || page_design.is_match(line)
            || page_credits.is_match(line))
    {
        return Some(None);
    }
    if is_note_anywhere(line) {
        return Some(None);
    }
    // The edition's ear and the printer's notes: `Metro Edition · Vol. 309,
    // No. 169 · $3.50`, `Printed on recycled paper. Please recycle…`, the
    // masthead's motto (`Serving Bremer County since 1895`, `Established 1872`),
    // `Compiled by Globe staff from wire reports` (or `Compiled from wire
    // reports`, no desk named) under a briefs column;
    // the weather in the front page's ear (`Today: Sunny. High 78. Low 61.`);
    // a weekly's imprint at the foot (`Published weekly by Ledger Media LLC,
    // 112 Main St. …`).
    static EDITION: OnceLock<Regex> = OnceLock::new();
    let edition = static_re(
        &EDITION,
        r"^(?i:.{0,40}\bvol\.?\s*[0-9ivxlc]+,?\s*(?:no\.?|number|issue)\s*\d+.{0,60}|(?:today|weather|forecast)\s*:.{0,80}\bhighs?(?:\s+of)?:?\s+-?\d+.{0,100}|printed on recycled paper\b.{0,60}|(?:proudly\s+)?serving\s+[a-z][a-z .,'&\-]{2,60}\s+since\s+\d{4}|(?:established|est\.|founded)\s+(?:in\s+)?\d{4}|please recycle (?:this|your) (?:news)?paper\.?|compiled (?:by [a-z ]{0,30}\b)?from (?:wire|news|staff) (?:reports|services|sources)\.?|published\s+(?:weekly|daily|monthly|twice\s+weekly|every\s+[a-z]+|each\s+[a-z]+)\s+by\s+[a-z].{2,110})$",
    );
    if len(line) <= 120 && edition.is_match(line) {
        return Some(None);
    }
    // `本报地址：…路88号 邮编：471200 电话：… 印刷：…`: the paper's colophon.
    static COLOPHON: OnceLock<Regex> = OnceLock::new();
    if len(line) <= 160
        && static_re(&COLOPHON, r"^(?:本报|本報)?(?:地址|社址)\s*[:：].{2,150}?(?:邮编|郵編|电话|電話|印刷|定价|定價)")
            .is_match(line)
    {
        return Some(None);
    }
    // `大公報  香港新聞  http://www.takungpao.com.hk`, `The Japan Times
    // www.japantimes.co.jp`: the paper's name and site at the page's foot, a
    // few short words beside the address.
    let words: Vec<&str> = line.split_whitespace().collect();
    let named = words.iter().filter(|w| !is_web_address(w)).copied().collect::<Vec<_>>();
    if (2..=5).contains(&words.len())
        && named.len() < words.len()
        && (named.iter().all(|w| (2..=8).contains(&len(w)) && w.chars().all(super::text::is_han))
            || names_a_paper(&named.join(" "), rules))
    {
        return Some(None);
    }
    // `The Herald, 125 Fullarton Drive, Glasgow G32 8FG. To advertise call
    // 0141 302 7000`: the paper's imprint and its advertising desk.
    static IMPRINT: OnceLock<Regex> = OnceLock::new();
    if len(line) <= 160
        && static_re(&IMPRINT, r"(?i)^(?:the\s+)?[a-z][\w&' ]{1,40},\s.{0,90}?\bto\s+advertise,?\s+(?:call|phone|ring|contact|e-?mail)\b.{0,40}$")
            .is_match(line)
        && names_a_paper(line.split(',').next().unwrap_or(""), rules)
    {
        return Some(None);
    }
    // `读者来信请寄：读书周刊编辑部  邮箱：…`, `读者来稿请发至：x@paper.cn`,
    // `本期荐书人：…`: where readers write
    // to, and who chose this issue's page, set at its foot.
    static PAGE_CALL: OnceLock<Regex> = OnceLock::new();
    if len(line) <= 80
        && !line.contains('。')
        && static_re(
            &PAGE_CALL,
            r"^(?:读者)?(?:来信|来稿|投稿|稿件)(?:请(?:寄|发|投)(?:至|到)?|寄至|发至|邮箱|地址)\s*[:：]|^本期(?:荐书人|主持人?|策划|统筹|撰稿|组稿)\s*[:：]",
        )
        .is_match(line)
    {
        return Some(None);
    }
    // `E-mail:scb@cnstock.com 电话:021-38967516` under `责任编辑：孙放`: the
    // desk's address and number, each cell labelled, set in the page's head
    // (a notice giving its own, `联系电话：…`, says more or names no mail).
    static DESK_CELL: OnceLock<Regex> = OnceLock::new();
    let desk_cell = static_re(&DESK_CELL, r"^(?i:e-?mail|电子邮箱|邮箱|电话|传真)\s*[:：]\s*[\w.@\-()]+$");
    let cells: Vec<&str> = line.split_whitespace().collect();
    if (2..=4).contains(&cells.len()) && cells.iter().all(|c| desk_cell.is_match(c)) && line.contains('@') {
        return Some(None);
    }
    // `今日12版`, `本期共24版`: how many pages the issue has, on its front page.
    static PAGE_COUNT: OnceLock<Regex> = OnceLock::new();
    if static_re(&PAGE_COUNT, r"^(?:今日|本期|今天)\s*共?\s*[0-9０-９一二三四五六七八九十]{1,3}\s*版$").is_match(line)
    {
        return Some(None);
    }
    None
}

/// `地址：市新华路18号日报社副刊部`, `通讯地址：…`: a postal address alone
/// on its line, labelled, no sentence.
fn is_address_line(text: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re =
        static_re(&RE, r"^(?:本报|本版|编辑部)?(?:通讯|通信|来信|联系|邮寄)?(?:地址|社址)\s*[:：]\s*[^。！？]{2,40}$");
    re.is_match(text.trim())
}

/// A running head's cells, cut at bars and bullets. A `·` between Chinese
/// characters (`经济·服务`) joins the two halves of one 版名 and cuts nothing.
fn head_cells(s: &str) -> Vec<&str> {
    let chars: Vec<(usize, char)> = s.char_indices().collect();
    let mut cells = Vec::new();
    let mut start = 0;
    for (k, &(at, c)) in chars.iter().enumerate() {
        let han = |j: Option<&(usize, char)>| j.is_some_and(|&(_, c)| super::text::is_han(c));
        let joins_han = c == '·' && k > 0 && han(chars.get(k - 1)) && han(chars.get(k + 1));
        if matches!(c, '|' | '•') || (c == '·' && !joins_han) {
            cells.push(&s[start..at]);
            start = at + c.len_utf8();
        }
    }
    cells.push(&s[start..]);
    cells
}

/// A 版名 as a line of its own may hold: Han characters, two parts joined
/// by a middle dot (`青年·校园`).
fn is_han_section_name(t: &str) -> bool {
    let mut parts = t.split(['·', '・']);
    let ok = |p: &str| !p.is_empty() && p.chars().all(super::text::is_han);
    parts.next().is_some_and(ok) && parts.next().is_none_or(ok) && parts.next().is_none()
}

/// `4`, `4 THE HINDU`, `A12 The Globe`: a line led by the page's number.
fn starts_with_page_number(line: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    static_re(&RE, r"^[A-Z]?[0-9]{1,3}(?:\s+[A-Z][A-Za-z'.&]*(?:\s+[A-Z][A-Za-z'.&]*){0,4})?$").is_match(line.trim())
}

/// A year of this century or the last in the line (`2026`, `2026年`).
fn has_year(line: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    static_re(&RE, r"(?:^|[^0-9])(?:19|20)[0-9]{2}(?:[^0-9]|$)").is_match(line)
}

/// `第4版　综合新闻`, `第04版：要闻`: the page's number and its 版名 alone
/// (or after the date: `2026年06月18日  第04版：乡村振兴`).
/// (`第6页 本地新闻`: a Singapore or Malaysian paper numbers its page so;
/// `第7版 / 体育·综合`: a rule may stand between number and 版名.)
fn names_its_ban(line: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    static_re(
        &RE,
        r"^(?:[0-9]{4}\s*年\s*[0-9]{1,2}\s*月\s*[0-9]{1,2}\s*日\s*(?:[(（]?星期[一二三四五六日天][)）]?\s*)?)?第\s*[0-9０-９一二三四五六七八九十]{1,3}\s*[版页]\s*(?:[:：/／|｜]\s*)?[\p{Han}·・]{2,8}$",
    )
        .is_match(fold_traditional(line.trim()).as_ref())
}

/// `6 新加坡`: a bare page number and a short 版名, or the 版名 first on a
/// right-hand page (`新加坡　7`). Only at the page's head: at its foot or in
/// a table the same shape is a ranked row (`1 上海海港`).
fn numbered_section(line: &str) -> Option<Option<String>> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = static_re(
        &RE,
        r"^(?:[0-9]{1,2}\s+(\p{Han}{2,6}|\p{Han}{1,5}[·・]\p{Han}{1,5})|(\p{Han}{2,6}|\p{Han}{1,5}[·・]\p{Han}{1,5})\s+[0-9]{1,2})$",
    );
    let folded = fold_traditional(line.trim());
    let c = re.captures(&folded)?;
    let name = c.get(1).or(c.get(2))?.as_str();
    Some(clean_section(name).map(|s| restore(line.trim(), &folded, &s)))
}

/// `要闻　　责任编辑：X　美术编辑：Y`: the 版名 and the page's editors on one
/// line, no date or page code beside them.
fn section_over_editors(line: &str, rules: &ImportRules) -> Option<Option<String>> {
    let (head, credits) = line.split_once(char::is_whitespace)?;
    let credits = credits.trim();
    // `要闻 第1版   责任编辑 …`: the page beside the 版名, no date.
    static PAGE: OnceLock<Regex> = OnceLock::new();
    let page = static_re(&PAGE, r"^(?:第\s*[0-9０-９一二三四五六七八九十]{1,3}\s*版|[A-Za-z]?[0-9]{1,2}版?)\s+");
    let credits = page.find(credits).map_or(credits, |m| credits[m.end()..].trim_start());
    // (`党建·专版`: a supplement's page, its names joined by a dot.)
    let han = (2..=7).contains(&len(head))
        && head.chars().all(|c| super::text::is_han(c) || matches!(c, '·' | '・'))
        && head.starts_with(super::text::is_han)
        && head.ends_with(super::text::is_han);
    (han && !credits.is_empty() && is_editor_line(credits, rules)).then(|| clean_section(head))
}

/// `责任编辑 X`, and `本版责任编辑 X 美编 Y` with the page named in front.
fn is_editor_line(line: &str, rules: &ImportRules) -> bool {
    // `（责编 王五 美编 赵六）` under a story: the same credits, bracketed.
    let unbracketed =
        line.trim().strip_prefix(['(', '（', '[', '【']).and_then(|l| l.strip_suffix([')', '）', ']', '】']));
    if unbracketed.is_some_and(|l| is_editor_line(l.trim(), rules)) {
        return true;
    }
    // `本版编辑 刘晓明`: with the page named, one editor is a credit too
    // (`编辑 X` alone may be a story's own line).
    static PAGE_EDITOR: OnceLock<Regex> = OnceLock::new();
    let page_editor =
        static_re(&PAGE_EDITOR, r"^本版(?:编辑|责编|主编)\s*[:：]?\s*[\p{Han}·]{1,4}(?:\s[\p{Han}·]{1,3})?$");
    // `EDITOR: RAFAEL T. OCAMPO / ASSOCIATE EDITOR: LIZA B. CRUZ`: the
    // page's editors in capitals, two or more, between bars or slashes.
    static ENGLISH_EDITORS: OnceLock<Regex> = OnceLock::new();
    let english_editors = static_re(
        &ENGLISH_EDITORS,
        r"^(?:[A-Z]+ )*EDITOR\s*:\s*[A-Z][A-Z.'\- ]{2,40}?(?:\s*[/|]\s*(?:[A-Z]+ )*EDITOR\s*:\s*[A-Z][A-Z.'\- ]{2,40}?)+$",
    );
    rules.editor_line.is_match(line)
        || line.strip_prefix("本版").is_some_and(|r| rules.editor_line.is_match(r.trim_start()))
        || page_editor.is_match(line.trim())
        || english_editors.is_match(line.trim())
}

/// `4 经济新闻 2024年3月5日 星期二 责任编辑：王小明`, `A3 要闻 2024年3月5日`: a
/// page number, then the section, then the date — the running head of many
/// e-paper exports. The page number or the weekday is required, so a body
/// line that only mentions a date is never taken.
fn numbered_dated_header(line: &str, rules: &ImportRules) -> Option<Option<String>> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = static_re(
        &RE,
        r"^(?:(?P<page>[A-Za-z]?[0-9０-９]{1,3}|第\s*[0-9０-９一二三四五六七八九十]{1,3}\s*版)\s*[|·•:：-]?\s*)?(?P<section>[\p{Han}A-Za-z·]{0,14})\s*[|·•]?\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*[,，]?\s*(?P<weekday>(?:星期|周|礼拜)[一二三四五六日天])?\s*(?P<rest>[^。，,；！？]{0,40})$",
    );
    let c = re.captures(line)?;
    if c.name("page").is_none() && c.name("weekday").is_none() {
        return None;
    }
    let rest = c.name("rest").map_or("", |m| m.as_str()).trim();
    // After the date only more furniture may follow (an editor line, 农历…).
    if !rest.is_empty() && !rest.starts_with("农历") && !rules.editor_line.is_match(rest) {
        return None;
    }
    // `渭川日报 2026年3月18日 星期三`: the paper's name in the 版名's place.
    Some(c.name("section").filter(|m| !is_paper_name(m.as_str())).and_then(|m| clean_section(m.as_str())))
}

/// `2026年3月2日 星期一 A4 都市新闻 责任编辑 李明`, `都市新闻 A4 2026.3.2 星期一
/// 编辑 李明 校对 赵强`: a running head whose parts (page code, 版名, date,
/// weekday, 农历…) come in the paper's own order, editor credits last. Every
/// word must be one of those parts, with a date and a page code or weekday,
/// so a line of text is never taken; a 版名 comes with its page code.
fn page_head_in_any_order(line: &str, rules: &ImportRules) -> Option<Option<String>> {
    static PAGE: OnceLock<Regex> = OnceLock::new();
    static DATE: OnceLock<Regex> = OnceLock::new();
    static EDITOR_AT: OnceLock<Regex> = OnceLock::new();
    let page = static_re(
        &PAGE,
        r"^(?:[A-Za-z]?[0-9０-９]{1,3}|第\s*[0-9０-９一二三四五六七八九十]{1,3}\s*版|[A-Za-z]?[0-9]{1,2}版)$",
    );
    let date = static_re(
        &DATE,
        r"^(?:\d{4}年\d{1,2}月\d{1,2}日|\d{4}[./-]\d{1,2}[./-]\d{1,2})(?:[·・•]?(?:星期|周|礼拜)[一二三四五六日天])?$",
    );
    let editor_at = static_re(
        &EDITOR_AT,
        r"\s(?:本版)?(?:责任编辑|责编|编辑|美编|美术编辑|校对|审读|组版|值班编辑|(?:版面|执行)?主编)",
    );
    let line = line.trim();
    if len(line) > 80 {
        return None;
    }
    let (head, credits) = match editor_at.find(line) {
        Some(m) => (&line[..m.start()], line[m.start()..].trim()),
        None => (line, ""),
    };
    if !credits.is_empty() && !is_editor_line(credits, rules) {
        return None;
    }
    let (mut has_date, mut has_page, mut has_day) = (false, false, false);
    let mut section: Option<&str> = None;
    for word in head.split([' ', '\u{3000}', '|', '｜']).filter(|w| !w.is_empty()) {
        if word.starts_with("农历") {
            // The lunar date runs to the end of the head, in words of its own.
            break;
        } else if date.is_match(word) {
            has_date = true;
            has_day |= word.contains(['星', '周', '礼']);
        } else if page.is_match(word) {
            has_page = true;
        } else if is_cjk_weekday(word) {
            has_day = true;
        } else if names_a_paper(word, rules) || is_paper_in_head(word) {
            // `星洲日报 2026年3月4日 星期三 国内 A5`: the paper names itself
            // in its head; its name is no 版名.
            continue;
        } else if section.is_none()
            && (2..=8).contains(&len(word))
            && word.chars().all(|c| super::text::is_han(c) || c == '·')
        {
            section = Some(word);
        } else {
            return None;
        }
    }
    // A name and a date (`张三 2026年3月2日 星期一`) signs a letter: a 版名
    // needs the page code beside it.
    // Editor credits on the line make it a running head whatever it names:
    // `2026年5月15日 星期五 乡村振兴 责任编辑：X` (its page code on the masthead line).
    let head = if section.is_some() { has_page || (has_day && !credits.is_empty()) } else { has_page || has_day };
    (has_date && head).then(|| section.and_then(clean_section))
}

/// `联合报`, `21世纪经济报道`, `经济观察报`: in a running head beside its page
/// code and date, a word ending in 报 (three characters at least) is the
/// paper's name, not the 版名 (sections are named for what they cover).
fn is_paper_in_head(word: &str) -> bool {
    (3..=10).contains(&len(word))
        && word.chars().all(|c| super::text::is_han(c) || c.is_ascii_digit())
        && (word.ends_with('报') || word.ends_with("报道"))
}

/// `THE RIVERTON HERALD      Monday, March 2, 2026      A3`: an English
/// folio, the paper's name, the date and the page number set in columns of
/// one line. The export's spacing is gone by now (`wrap` collapses it), so
/// the line is cut at bars and around its date, and page codes are taken
/// off the ends of the pieces. Every piece must then be furniture on its
/// own, save one in a masthead's style (capitals, or `The` and capitalised
/// words: a paper gazette does not know) beside a date; a page code alone
/// needs a piece known as furniture beside it, so a table row (`Rovers 3`)
/// or a headline mentioning a date is never taken. A piece that is none of
/// these may be two run together (`SPORTS The Daily Sentinel`). A section
/// piece (`NATION & WORLD`) names the page's section.
fn folio_cells(line: &str, rules: &ImportRules) -> Option<Option<String>> {
    static DATE: OnceLock<Regex> = OnceLock::new();
    static PAGE_START: OnceLock<Regex> = OnceLock::new();
    static PAGE_END: OnceLock<Regex> = OnceLock::new();
    if len(line) > 160 || line.chars().any(super::text::is_han) {
        return None;
    }
    let date = static_re(
        &DATE,
        concat!(
            r"(?i)\b",
            weekday_before!(),
            r"(?:",
            // (A weekly's folio gives the week it covers.)
            week_range!(),
            "|",
            month_day_year!(),
            r"|\d{1,2}/\d{1,2}/\d{2,4})\b"
        ),
    );
    let page_start = static_re(&PAGE_START, r"^(?i:page\s+)?[A-Z]?\d{1,3}(?:\s+|$)");
    let page_end = static_re(&PAGE_END, r"(?:^|\s+)(?i:page\s+)?[A-Z]?\d{1,3}$");
    let (mut dated, mut paged, mut known, mut unknown) = (false, false, false, 0);
    let mut pieces: Vec<&str> = Vec::new();
    // The piece set in the date's own cell before it (`DAILY GRAPHIC, THURSDAY, …`).
    let mut before_date = None;
    let cells: Vec<&str> = folio_cell_gaps().split(line).collect();
    let sited = line.split_whitespace().any(is_web_address);
    for &cell in &cells {
        match date.find(cell) {
            Some(m) => {
                dated = true;
                let before = &cell[..m.start()];
                // `NEW DELHI, TUESDAY, MARCH 24, 2026`: the edition's city
                // dates the issue with the day, as a dateline does a story
                // (in a folio of columns: alone, the place may be a headline's).
                // (`DAILY GRAPHIC, THURSDAY, …` names the paper there.)
                let edition = cells.len() > 1
                    && before.trim_end().strip_suffix(',').is_some_and(|b| is_edition_place(b) && !has_paper_word(b));
                let before = if edition { "" } else { before };
                if !before.trim().trim_matches(',').trim().is_empty() {
                    before_date = Some(pieces.len());
                }
                pieces.extend([before, DATE_SLOT, &cell[m.end()..]]);
            }
            None => pieces.push(cell),
        }
    }
    // `THE TIMES OF INDIA, NEW DELHI | …`, `Dawn, Karachi, Thursday, …`: the
    // paper and its edition's city, the city no piece of its own.
    for p in &mut pieces {
        if let Some((paper, _)) = p.trim().trim_end_matches(',').rsplit_once(", ").filter(|(a, b)| {
            is_edition_place(b) && (has_paper_word(a) || names_a_paper(a, rules) || is_capitalised_name(a))
        }) {
            *p = paper;
        }
    }
    // (Counted before the cells are read: a name is a cell of its own
    // when the date or a bar sets it apart, the export's gaps closed.)
    let parts_apart = pieces.iter().filter(|p| !p.trim().trim_matches(',').trim().is_empty()).count();
    let mut section = None;
    // `COUNTIES          Page 4`: the page named with its word, and a
    // section head in capitals that gazette does not know.
    // Section heads by where they stand: (piece, first part, last part), and
    // the page number's place (piece, where in it): a head gazette does not
    // know is the section only set beside the page number.
    let (mut page_word, mut heads) = (false, Vec::<(String, usize, bool, bool)>::new());
    let mut page_at: Vec<(usize, PageIn)> = Vec::new();
    // Pieces gazette does not know, and papers it does: (text, slot, set
    // before the date in its cell, a paper gazette knows).
    let mut pieces_named: Vec<Named> = Vec::new();
    let mut slot = 0;
    for (at, piece) in pieces.into_iter().enumerate() {
        let mut p = piece.trim().trim_matches(',').trim();
        if p.is_empty() {
            continue;
        }
        slot += 1;
        if p == DATE_SLOT {
            continue;
        }
        let names_page = |m: regex::Match| m.as_str().trim_start().to_lowercase().starts_with("page");
        if let Some(m) = page_start.find(p) {
            paged = true;
            page_word |= names_page(m);
            p = p[m.end()..].trim();
            page_at.push((slot, if p.is_empty() { PageIn::Alone } else { PageIn::Start }));
        }
        if let Some(m) = page_end.find(p) {
            paged = true;
            page_word |= names_page(m);
            p = p[..m.start()].trim();
            page_at.push((slot, if p.is_empty() { PageIn::Alone } else { PageIn::End }));
        }
        if p.is_empty() {
            continue;
        }
        // `… | THURSDAY | 18 JUNE 2026`: the day set in a cell of its own.
        // `ASHAR 4, 1433 BS`, `Dhul-Hijjah 2, 1447 AH`: the day in the
        // country's own calendar, set beside the Gregorian date.
        if is_weekday(p) || (dated && is_era_date(p)) {
            known = true;
            continue;
        }
        // `SPORTS The Daily Sentinel`: two columns whose spacing is gone.
        let split = || {
            // By words, however wide the gaps (`NEWS  The Border Mail`).
            let words: Vec<&str> = p.split_whitespace().collect();
            // A section head gazette does not know (`UAE`) is a piece too.
            let piece = |t: &str| folio_piece(t, rules).or_else(|| is_section_head(t).then_some(None));
            (1..words.len()).find_map(|k| {
                let (a, b) = (words[..k].join(" "), words[k..].join(" "));
                Some(((piece(&a)?, a), (piece(&b)?, b)))
            })
        };
        let parts = match folio_piece(p, rules) {
            // `B4 BUSINESS MARKETS` (its gaps closed): the section gazette knows
            // and the column's head beside it.
            None | Some(None)
                if !dated
                    && paged
                    && is_section_head(p)
                    && split().is_some_and(|(a, b)| matches!(a.0, Some(Some(_))) || matches!(b.0, Some(Some(_)))) =>
            {
                let (a, b) = split()?;
                vec![a, b]
            }
            Some(one) => vec![(one, p.to_string())],
            // Only a line dated or paged can be a folio: other lines are not cut.
            None if (dated || paged) && is_section_head(p) => vec![(None, p.to_string())],
            // `8 | Thursday, June 18, 2026 | NEWS | Daily Echo`: in a dated
            // folio of set-apart cells, capitalised words alone are the
            // paper's name, however it styles it.
            // (Set apart only by the date, the name may still hold the
            // section: `NATION The Daily Star, …` is cut as before.)
            None if dated
                && is_capitalised_name(p)
                && (cells.len() >= 3 || (parts_apart >= 3 && split().is_none())) =>
            {
                vec![(None, p.to_string())]
            }
            None if dated || paged => {
                let (a, b) = split()?;
                vec![a, b]
            }
            None => return None,
        };
        let count = parts.len();
        for (k, (part, text)) in parts.into_iter().enumerate() {
            match part {
                Some(found) => {
                    if found.is_none() && (names_a_paper(&text, rules) || has_paper_word(&text)) {
                        pieces_named.push((text.clone(), slot, before_date == Some(at), true));
                    }
                    section = section.or(found);
                    known = true;
                }
                None => {
                    unknown += 1;
                    pieces_named.push((text.clone(), slot, before_date == Some(at), false));
                    if is_section_head(&text) {
                        heads.push((text, slot, k == 0, k + 1 == count));
                    }
                }
            }
        }
    }
    if !dated && page_word && unknown == 1 && section.is_none() && heads.len() == 1 {
        return Some(heads.pop().map(|h| super::text::title_case_caps(&h.0)));
    }
    let beside_page = |&(_, at, first, last): &(String, usize, bool, bool)| {
        page_at.iter().any(|&(p, how)| match how {
            PageIn::Alone => (at == p + 1 && first) || (at + 1 == p && last),
            PageIn::Start => (at == p && first) || (at + 1 == p && last),
            PageIn::End => (at == p && last) || (at == p + 1 && first),
        })
    };
    // `4  NEWS  The Star  Thursday June 18 2026`, `KHALEEJ TIMES   THURSDAY,
    // JUNE 18, 2026   4   UAE`: dated and paged, the one word in capitals
    // beside the page number is the section, known to gazette or not.
    // One word only: two in capitals may be the paper's name (`NATIONAL
    // MIRROR`), with the section under the folio; and beside the page
    // number: `CHENNAI | THURSDAY, … | 5 | THE HINDU` names the edition
    // first. (Three letters in capitals are an abbreviation: `UAE`, `USA`.)
    if let Some(found) = (dated && section.is_none() && (1..=2).contains(&unknown))
        .then(|| section_beside_paper(&pieces_named, slot, cells.len(), rules))
        .flatten()
    {
        return Some(Some(found));
    }
    let column_head_cells = heads.len();
    heads.retain(|h| !h.0.contains(' ') && beside_page(h));
    if dated && paged && section.is_none() && (1..=2).contains(&unknown) && heads.len() == 1 {
        return Some(heads.pop().map(|(h, ..)| if h.len() <= 3 { h } else { super::text::title_case_caps(&h) }));
    }
    // The paper's site beside the page number is as sure a sign as the date:
    // `12   NEWS   www.paper.co.uk` (the word between may be a section gazette does not know).
    // Dated and paged, a folio may also name the paper and its edition
    // (`DECCAN CHRONICLE | HYDERABAD | THURSDAY | 18 JUNE 2026   5`).
    // `B4  BUSINESS        MARKETS`: the page, its section and the column's
    // own head in capitals under the dated masthead; the section gazette
    // knows stands beside the page number.
    let column_head = !dated && paged && unknown == 1 && column_head_cells == 1 && section.is_some();
    let furniture = if unknown == 0 {
        dated || (paged && known)
    } else if column_head {
        true
    } else {
        ((dated || (paged && sited)) && unknown == 1) || (dated && paged && unknown == 2)
    };
    furniture.then_some(section)
}

/// A piece of a folio: its text, its slot, whether it stood before the
/// date in the date's own cell, whether gazette knows it as a paper.
type Named = (String, usize, bool, bool);

/// The section of a dated folio that names the paper and one or two things
/// gazette does not know: the paper is the piece set before the date in the
/// date's own cell (`DAILY GRAPHIC, THURSDAY, JUNE 18, 2026   REGIONAL NEWS
/// 4`), or in a folio of three cells or more the one named as papers are
/// (`GULF NEWS | THURSDAY, JUNE 18, 2026 | UAE`), the section then at an
/// end of the line. The section is in capitals and short as a section head
/// is. (`REGIONAL NEWS` is named as a paper is: where it stands tells.)
fn section_beside_paper(pieces: &[Named], last_slot: usize, cells: usize, rules: &ImportRules) -> Option<String> {
    let head_shaped = |t: &str| {
        let words: Vec<&str> = t.split_whitespace().filter(|w| *w != "&").collect();
        (1..=3).contains(&words.len())
            && len(t) <= 24
            && words.iter().all(|w| w.chars().count() >= 2 && w.chars().all(|c| c.is_ascii_uppercase() || c == '-'))
    };
    let at_end = |s: &Named| s.1 == 1 || s.1 == last_slot;
    let paper = match pieces.iter().position(|p| p.2) {
        Some(k) => k,
        None if cells >= 3 => pieces.iter().position(|p| p.3 || names_a_paper(&p.0, rules) || has_paper_word(&p.0))?,
        None => return None,
    };
    let [section] = pieces.iter().enumerate().filter(|&(k, _)| k != paper).map(|(_, p)| p).collect::<Vec<_>>()[..]
    else {
        return None;
    };
    if !pieces[paper].2 && !at_end(section) {
        return None;
    }
    head_shaped(&section.0).then(|| clean_section(&section.0)).flatten()
}

/// `ASHAR 4, 1433 BS`, `Dhul-Hijjah 2, 1447 AH`, `2 Zul Hijjah 1447 AH`: a
/// date of the Bengali, Hijri or another era, which must be named (`BS`,
/// `AH`, …): without it `Rovers 4, 1433` may be a score.
fn is_era_date(p: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    static_re(
        &RE,
        r"^(?:[A-Za-z][A-Za-z'\-]{2,14}(?:\s[A-Za-z][A-Za-z'\-]{2,10})?\s+\d{1,2}|\d{1,2}\s+[A-Za-z][A-Za-z'\-]{2,14}(?:\s[A-Za-z][A-Za-z'\-]{2,10})?),?\s+\d{3,4}\s*(?i:BS|B\.S\.|AH|A\.H\.|Hijri|Bangabda|Saka|BE|B\.E\.)$",
    )
    .is_match(p.trim())
}

/// `Daily Echo`, `Evening Standard`: one to four capitalised words and
/// nothing else, as a paper names itself in its folio.
fn is_capitalised_name(p: &str) -> bool {
    let words: Vec<&str> = p.split_whitespace().collect();
    (1..=4).contains(&words.len())
        && words.iter().all(|w| {
            w.starts_with(|c: char| c.is_uppercase())
                && w.chars().all(|c| c.is_alphabetic() || matches!(c, '\'' | '’' | '-'))
        })
}

/// Where a folio's date stood among its pieces (a piece of its own).
const DATE_SLOT: &str = "\u{0}date";

/// Where the page number stood in its piece of a folio.
#[derive(Clone, Copy)]
enum PageIn {
    Alone,
    Start,
    End,
}

/// `Thursday`, `THURSDAY`: a day of the week and nothing else.
pub(super) fn is_weekday(p: &str) -> bool {
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
        .iter()
        .any(|d| p.eq_ignore_ascii_case(d))
}

/// `DAILY GRAPHIC`, `Evening Mail`: words a paper's name is made of, not a place's.
pub(super) fn has_paper_word(s: &str) -> bool {
    const MORE: &[&str] = &["daily", "weekly", "evening", "morning", "graphic", "mirror", "mail", "express"];
    s.split_whitespace().map(str::to_lowercase).any(|w| MORE.contains(&w.as_str()) || is_masthead_word(&w))
}

/// `NEW DELHI`, `London`: a place of one to three capitalised words, as a
/// folio names the edition in front of the date.
fn is_edition_place(p: &str) -> bool {
    let words: Vec<&str> = p.split_whitespace().collect();
    (1..=3).contains(&words.len())
        && words.iter().all(|w| w.starts_with(|c: char| c.is_ascii_uppercase()) && w.chars().all(char::is_alphabetic))
}

/// `THE TIMES OF INDIA, NEW DELHI` → `THE TIMES OF INDIA`: a masthead set
/// with its edition's city after a comma, read without the city; anything
/// else as it is.
fn without_edition<'a>(line: &'a str, rules: &ImportRules) -> &'a str {
    line.rsplit_once(", ")
        .filter(|(a, b)| is_edition_place(b) && (has_paper_word(a) || names_a_paper(a, rules)))
        .map_or(line, |(a, _)| a)
}

/// One piece of a folio: `Some(Some(section))` known as furniture,
/// `Some(None)` only masthead-styled (a paper gazette does not know), `None`
/// not furniture.
fn folio_piece(p: &str, rules: &ImportRules) -> Option<Option<Option<String>>> {
    if let Some(s) = english_section(p, rules) {
        return Some(Some(Some(s)));
    }
    // `www.northantsexpress.co.uk`: the paper's site, set in its folio.
    if is_web_address(p) {
        return Some(Some(None));
    }
    if let Some(found) = plain_furniture(p, rules) {
        return Some(Some(found));
    }
    (is_masthead_like(p) && !p.chars().any(|c| c.is_ascii_digit()) && masthead_styled(p)).then_some(None)
}

/// A line at a page's foot that sells or points somewhere rather than
/// reports: it gives a web address or a phone number, and in English sets
/// its parts apart by dashes or bullets, says `T&Cs` or asks to download an
/// app (a story may end `To donate, visit the page via paper.co.uk`); in
/// Chinese it asks to call (`详询`, `热线`) and ends no sentence. A story's
/// last sentence (`Residents can call 0800 123 456 for help.`) ends with
/// its full stop and has neither.
fn is_foot_promotion(line: &str) -> bool {
    static CONTACT: OnceLock<Regex> = OnceLock::new();
    static EN: OnceLock<Regex> = OnceLock::new();
    let t = line.trim();
    let contact = static_re(
        &CONTACT,
        r"(?i)(?:\b(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|net|org|co\.[a-z]{2}|com\.[a-z]{2}|[a-z]{2})\b|\d[\d\s()\-]{6,}\d)",
    );
    // `SOBEYS · Ontario strawberries 1 L $3.99 · Prices valid June 18 to 24`:
    // a shop's advertisement names a price and how long it holds.
    static PRICED: OnceLock<Regex> = OnceLock::new();
    let priced = static_re(&PRICED, r"[$€£]\s?\d[\d.,]*.{0,80}(?i:\b(?:valid|offer|sale|ends|until)\b)|(?i:\b(?:valid|offer|sale)\b).{0,80}[$€£]\s?\d")
        .is_match(t)
        && !t.chars().any(super::text::is_han);
    // `To advertise call 01738 626211 or email ads@paper.co.uk`, `FOR
    // DELIVERY: Call 922-3400`, `Got a score? Call the sports desk at …`: the
    // paper's own desks asking to be called.
    static DESKS: OnceLock<Regex> = OnceLock::new();
    let desks = static_re(
        &DESKS,
        r"(?i)^(?:to advertise\b|for (?:advertisement|advertising|delivery|home delivery|subscriptions?)\b|got a (?:score|story|news tip)\b|classifieds?\b)",
    )
    .is_match(t);
    if !(contact.is_match(t) || priced) || (t.contains('@') && !desks) {
        return false;
    }
    if desks && !t.chars().any(super::text::is_han) {
        return true;
    }
    if t.chars().any(super::text::is_han) {
        let folded = fold_traditional(t);
        // Something offered beside the number: an advertisement's own
        // `咨询电话：0392-2219999` under its copy is part of it. The labels
        // that ask to call are those before `电话`.
        static LABELS: OnceLock<Regex> = OnceLock::new();
        let labels = static_re(&LABELS, r"详询|咨询|垂询|洽询|热线|订购|预订|订阅|专线|电话|地址|广告部|发行部");
        let asks = labels.find_iter(&folded).any(|m| !matches!(m.as_str(), "电话" | "地址" | "广告部" | "发行部"));
        let offered = labels.replace_all(&folded, "").chars().filter(|&c| super::text::is_han(c)).count();
        return len(t) <= 50 && offered >= 6 && !folded.contains(['。', '！', '？']) && asks;
    }
    // `… readings at apims.doe.gov.my. — Bernama`: a story's last sentence
    // and the wire it came from, not a promotion set apart by a dash.
    let signed_off = t.rfind(['—', '–']).is_some_and(|k| {
        let (said, by) = (t[..k].trim_end(), t[k..].trim_start_matches(['—', '–']).trim());
        super::text::is_terminated(said) && (1..=4).contains(&by.split_whitespace().count())
    });
    let words = super::text::word_count(t);
    (3..=30).contains(&words)
        && !signed_off
        && t.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
        && !super::text::is_terminated(t)
        && static_re(
            &EN,
            r"\s[–—•·|]\s|\bT&Cs?\b|(?i:\bdownload\b.{0,60}\bapp\b|\bsubscri(?:be|bers?|ption)\b|\bhome delivery\b)",
        )
        .is_match(t)
}

/// `法律援助热线：12348`, `服务热线 96110`: a hotline's label and a public
/// service's short number, nothing else. (A full number with its area code,
/// `咨询热线：0312-5521368`, is how a notice or an advertisement ends.)
fn is_foot_hotline(line: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    static_re(&RE, r"^\p{Han}{0,10}热线(?:电话)?[ \u{3000}]*[:：]?[ \u{3000}]*[0-9０-９]{3,6}$")
        .is_match(fold_traditional(line.trim()).as_ref())
}

/// `www.paper.co.uk`, `paper.com.my`: a web address and nothing else.
pub(super) fn is_web_address(p: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    static_re(
        &RE,
        r"^(?i)(?:(?:https?://)?www\.[a-z0-9-]+(?:\.[a-z0-9-]+)+|[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|net|org|co\.uk|com\.[a-z]{2}|co\.[a-z]{2}|[a-z]{2}))(?:/[a-z0-9\-_./]*)?$",
    )
    .is_match(p.trim())
}

/// `4`, `A3`: a page's number alone on its line (no section after it).
fn is_bare_page_number(line: &str) -> bool {
    let t = line.trim();
    starts_with_page_number(t) && !t.contains(char::is_whitespace)
}

/// `RIVERTON DAILY`, `The Riverton Daily`: capitals, or `The` and capitalised
/// words, as a paper prints its own name (a headline has small words).
fn masthead_styled(s: &str) -> bool {
    !s.chars().any(char::is_lowercase)
        || (s.starts_with("The ") && s.split_whitespace().all(|w| w.starts_with(char::is_uppercase)))
}

/// `Tuesday, March 3, 2026`, `3/3/2026`: a date and nothing else.
fn is_english_date(s: &str) -> bool {
    static DATE: OnceLock<Regex> = OnceLock::new();
    static_re(
        &DATE,
        r"^(?i)(?:[a-z]{3,9}\.?,?\s+)?(?:[a-z]{3,9}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[a-z]{3,9}\.?,?\s+\d{4}|\d{1,2}/\d{1,2}/\d{2,4})$",
    )
        .is_match(s.trim())
}

/// A known section (`Sports`), or two joined (`NATION & WORLD`, `State and
/// Region`, `Nation/World`: the slash becomes `-` in the term).
pub(super) fn english_section(cell: &str, rules: &ImportRules) -> Option<String> {
    let known = |s: &str| rules.sections.iter().any(|k| k.eq_ignore_ascii_case(s.trim()));
    let joined = cell
        .split_once(" & ")
        .or_else(|| cell.split_once(" and "))
        .or_else(|| cell.split_once(" AND "))
        .or_else(|| cell.split_once('/'))
        .is_some_and(|(a, b)| known(a) && known(b));
    (known(cell) || joined).then(|| super::text::title_case_caps(cell.trim()))
}

/// `CANADA`, `WORLD NEWS`, `ARTS & LIFE`: one or two words in capitals, as a
/// section head is set; a headline in capitals runs longer.
fn is_section_head(line: &str) -> bool {
    is_caps_head(line) && !is_paper_name(line.trim())
}

/// One or two words in capitals, the paper's name or a section's.
fn is_caps_head(line: &str) -> bool {
    let t = line.trim();
    let words: Vec<&str> = t.split_whitespace().filter(|w| *w != "&").collect();
    (1..=2).contains(&words.len())
        && len(t) <= 24
        && words.iter().all(|w| w.chars().count() >= 3 && w.chars().all(|c| c.is_ascii_uppercase() || c == '-'))
}

/// A folio line with a cell that names a paper (`THURSDAY, JUNE 18, 2026 •
/// TAIPEI TIMES    page 3`).
fn names_its_paper(line: &str, rules: &ImportRules) -> bool {
    folio_cell_gaps().split(line).any(|cell| names_a_paper(cell.trim().trim_matches(',').trim(), rules))
}

/// What parts a folio's cells: a wide gap, a bar or bullet, or a dash set
/// apart (`Page 4 — The Millbrook Messenger — June 18, 2026`).
fn folio_cell_gaps() -> &'static Regex {
    static SPLIT: OnceLock<Regex> = OnceLock::new();
    static_re(&SPLIT, r"\s{3,}|\s*[|•]\s*|\s+[—–]\s+")
}

/// `Ottawa unveils housing fund`: a headline in plain case, as opens the
/// story under a section head (not a byline, a dateline or text, nor the
/// `Continued from Page A1` under a jumped story's head).
fn is_headline_below(line: &str) -> bool {
    is_head_of_words(line, 3)
}

/// `Police blotter` over `Compiled by Megan Hart`: a headline too short to
/// tell from a label alone, which the byline under it shows to head a story.
fn is_short_head_over_byline(lines: &[Line], i: usize, rules: &ImportRules) -> bool {
    lines.get(i).is_some_and(|l| is_head_of_words(&l.text, 1))
        && lines.get(i + 1).is_some_and(|l| super::byline::parse_byline_line(&l.text, rules).is_some())
}

fn is_head_of_words(line: &str, min_words: usize) -> bool {
    let t = line.trim();
    super::continuation::strip_jumps(t).text.trim() == t
        && t.starts_with(|c: char| c.is_uppercase())
        && t.chars().any(char::is_lowercase)
        && t.split_whitespace().count() >= min_words
        && len(t) <= 100
        && !t.ends_with(['.', ',', ':', ';', '!', '"', '”'])
        && !t.contains(['—', '–'])
        && !t.to_lowercase().starts_with("by ")
}

/// `4  Ireland`, `World  12`, `B2  Business & Money`: a page number and a
/// section of one to three capitalised words, set apart by a wide gap.
fn numbered_plain_section(line: &str) -> Option<&str> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = static_re(
        &RE,
        r"^\s*(?:[A-Z]?\d{1,3}\s{2,}(?P<a>[A-Z][a-z]+(?: (?:&|and|[A-Z][a-z]+)){0,2})|(?P<b>[A-Z][a-z]+(?: (?:&|and|[A-Z][a-z]+)){0,2})\s{2,}[A-Z]?\d{1,3})\s*$",
    );
    let c = re.captures(line)?;
    c.name("a").or_else(|| c.name("b")).map(|m| m.as_str())
}

/// `Banks`, `Lex`: one or two capitalised words, as broadsheets label a story.
pub(super) fn is_plain_label(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    (1..=2).contains(&words.len())
        && words.iter().all(|w| w.starts_with(char::is_uppercase) && w.chars().all(char::is_alphabetic))
        && line.chars().any(char::is_lowercase)
}

/// Short, without sentence punctuation: could be a masthead or slogan line.
fn is_masthead_like(line: &str) -> bool {
    let t = line.trim();
    let max = if t.chars().any(super::text::is_han) { 16 } else { 40 };
    !t.is_empty() && len(t) <= max && !t.contains(['。', '，', ',', '：', ':', '；', '？', '！', '.', '?', '!'])
}

/// A paper the site's settings name, or one named as papers are.
fn names_a_paper(s: &str, rules: &ImportRules) -> bool {
    // (`THE CANADIAN PRESS`, `ASSOCIATED PRESS`: named as a paper is, but a
    // wire; alone on a page's last line it signs the story above.)
    rules.paper_names.iter().any(|p| p == s) || (is_paper_name(s) && super::byline::agency_named(s, rules).is_none())
}

/// The word a masthead ends with (`The Daily Herald`, `PHILIPPINE DAILY
/// INQUIRER`, `CHINA DAILY`): one no one is called ([`MASTHEAD_ONLY`]) or
/// one that also names people or ends other lines ([`MASTHEAD_ALSO`]).
pub(super) fn is_masthead_word(w: &str) -> bool {
    MASTHEAD_ONLY.contains(&w) || MASTHEAD_ALSO.contains(&w)
}

/// Masthead words no one is called: `— Bay Herald` under a brief is the
/// paper signing it, where `— Tom Sun` is a writer.
#[rustfmt::skip]
pub(super) const MASTHEAD_ONLY: &[&str] = &[
    "gazette", "tribune", "herald", "chronicle", "journal", "examiner", "observer", "inquirer", "enquirer", "bulletin", "sentinel",
    "dispatch", "courant", "mercury", "advertiser", "telegraph", "ledger",
];

/// Masthead words that also name people (`Post`, `Sun`, `Star`) or end other
/// lines (`Daily`, `News`): a paper's name only with more around them.
#[rustfmt::skip]
const MASTHEAD_ALSO: &[&str] = &[
    "daily", "times", "courier", "post-dispatch", "news", "post", "star", "sun", "globe", "press", "register",
    "record", "citizen", "guardian", "standard", "democrat",
];

/// `Inquirer Southern Luzon`, `Star Metro Desk`: the paper's bureau or desk
/// a writer files for, set under or after the `By NAME` line; no writer.
pub(super) fn is_paper_bureau(s: &str) -> bool {
    let words: Vec<&str> = s.split_whitespace().collect();
    (2..=4).contains(&words.len())
        && words.iter().all(|w| w.starts_with(char::is_uppercase) && w.chars().all(|c| c.is_alphabetic() || c == '-'))
        && is_masthead_word(&words[0].to_lowercase())
}

pub(super) fn is_paper_name(line: &str) -> bool {
    if line.contains(['。', '，', ',', '：', ':']) {
        return false;
    }
    if line.chars().any(super::text::is_han) {
        // (`江城晚报数字报`: the paper's e-paper, named after it.)
        let line = ["数字报", "电子报", "电子版", "数字版"].iter().find_map(|s| line.strip_suffix(s)).unwrap_or(line);
        return len(line) <= 10
            && [
                "日报",
                "晚报",
                "晨报",
                "都市报",
                "时报",
                "商报",
                "早报",
                "周报",
                "快报",
                "导报",
                "青年报",
                "法治报",
                "农民报",
            ]
            .iter()
            .any(|s| line.ends_with(s));
    }
    // `THE SPRINGFIELD GAZETTE`, `The Daily Herald`: a masthead, not a headline.
    // A word alone (`NEWS`, `STAR`) names no paper: under a folio it heads a section.
    // (Two masthead words hyphenated are two: `HERALD-TRIBUNE`.)
    let words: Vec<&str> = line.split(|c: char| c.is_whitespace() || c == '-').filter(|w| !w.is_empty()).collect();
    let hyphened = words.len() == 2
        && !line.contains(char::is_whitespace)
        && words.iter().all(|w| MASTHEAD_ONLY.iter().chain(MASTHEAD_ALSO).any(|m| w.eq_ignore_ascii_case(m)));
    if line.split_whitespace().count() < 2 && !hyphened {
        return false;
    }
    let lower = line.to_lowercase();
    let masthead = MASTHEAD_ONLY.iter().chain(MASTHEAD_ALSO).any(|s| lower.ends_with(s));
    let styled = lower.starts_with("the ") || !line.chars().any(|c| c.is_lowercase());
    masthead && styled && len(line) <= 40
}

/// `LOCAL NEWS    Thursday, March 5, 2026` → `LOCAL NEWS`: an English
/// running head with the date in a column of its own (no `|` between).
fn without_trailing_date(s: &str) -> &str {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re =
        static_re(&RE, concat!(r"(?i)\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?", month_day_year!(), "$"));
    match re.find(s) {
        Some(m) if m.start() > 0 => s[..m.start()].trim_end(),
        _ => s,
    }
}

fn clean_section(s: &str) -> Option<String> {
    let s = s.trim().trim_matches(|c: char| matches!(c, ':' | '：' | '|' | '-' | '·'));
    let s = s.trim();
    // `星洲日报·全国`: the paper's name before its page's is no section.
    static PAPER_DOT: OnceLock<Regex> = OnceLock::new();
    let paper_dot = static_re(
        &PAPER_DOT,
        r"^\p{Han}{1,6}?(?:日报|日報|晚报|晚報|早报|早報|时报|時報|商报|商報|晨报|晨報)\s*[·•・]\s*(\p{Han}{2,8})$",
    );
    let s = paper_dot.captures(s).and_then(|c| c.get(1)).map_or(s, |m| m.as_str());
    // (`UAE`, `US`: a lone word of two or three capitals is an abbreviation.)
    let abbreviation = (2..=3).contains(&s.len()) && s.chars().all(|c| c.is_ascii_uppercase());
    // (`REPORT ON BUSINESS`: an English section's words run longer.)
    let most = if s.chars().any(super::text::is_han) { 16 } else { 24 };
    (!s.is_empty() && len(s) <= most && !s.contains(['/', '\\', '。', '，']))
        .then(|| if abbreviation { s.to_string() } else { super::text::title_case_caps(s) })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn editorial_label_under_the_folio_is_no_furniture() {
        let r = ImportRules::default();
        let text = "A12 | OPINION                                         Tuesday, April 28, 2026\nEDITORIAL\nKeep the library open on Sundays\n";
        let (rest, section) = strip_furniture(lines(text), &r);
        assert_eq!(section.as_deref(), Some("Opinion"));
        assert_eq!(rest[0].text, "EDITORIAL");
        // Alone at the top it names the page.
        let (rest, section) = strip_furniture(lines("EDITORIAL\nKeep the library open on Sundays\n"), &r);
        assert_eq!((section.as_deref(), rest.len()), (Some("Editorial"), 1));
    }

    #[test]
    fn index_box_at_the_top_is_no_furniture() {
        let r = ImportRules::default();
        let text = "THE RIVERTON HERALD\nSunday, April 26, 2026\nINSIDE\nCouncil approves new budget      A3\nObituaries                       B4\nCity hires new fire chief\n";
        let (rest, section) = strip_furniture(lines(text), &r);
        let kept: Vec<&str> = rest.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(kept[0], "INSIDE", "{kept:?}");
        assert_eq!(kept.len(), 4, "{kept:?}");
        assert_eq!(section, None);
    }

    fn lines(text: &str) -> Vec<Line> {
        text.lines()
            .enumerate()
            .filter(|(_, l)| !l.trim().is_empty())
            .map(|(i, l)| Line { no: i + 1, text: l.into(), ..Line::default() })
            .collect()
    }

    fn texts(l: &[Line]) -> Vec<&str> {
        l.iter().map(|l| l.text.as_str()).collect()
    }

    #[test]
    fn chinese_header_and_footer() {
        let r = ImportRules::default();
        let (rest, section) = strip_furniture(
            lines("鹤壁日报\n2026年2月11日 星期三\n第2版：要闻\n标题\n正文。\n责任编辑 张三 美编 李四 校对 王五\n"),
            &r,
        );
        assert_eq!(texts(&rest), vec!["标题", "正文。"]);
        assert_eq!(section.as_deref(), Some("要闻"));
        let (rest, section) = strip_furniture(lines("02版 综合\n星期三\n标题\n正文。\n"), &r);
        assert_eq!(texts(&rest), vec!["标题", "正文。"]);
        assert_eq!(section.as_deref(), Some("综合"));
        let (_, section) = strip_furniture(lines("2026年2月11日\n版名：城事\n标题\n"), &r);
        assert_eq!(section.as_deref(), Some("城事"));
        let (rest, _) = strip_furniture(lines("标题\n正文。\n訂報專線：0800-000-123\n"), &r);
        assert_eq!(texts(&rest), vec!["标题", "正文。"]);
        assert!(!is_furniture("订报专线开通后，读者可拨打0800-000-123。", &r));
        // The page's own lines, the area code in brackets, two on one line.
        let foot = "本版廣告專線：(04)2358-0000　　讀者服務專線：0800-000-666";
        let (rest, _) = strip_furniture(lines(&format!("标题\n正文。\n{foot}\n")), &r);
        assert_eq!(texts(&rest), vec!["标题", "正文。"]);
        // The page's mailbox at its foot.
        let (rest, _) = strip_furniture(lines("标题\n正文。\n本版投稿邮箱：jiankang@csrb.com.cn\n"), &r);
        assert_eq!(texts(&rest), vec!["标题", "正文。"]);
        assert!(is_furniture("投稿邮箱：llzk@zyrb.com.cn", &r));
        assert!(is_furniture("夜光杯投稿邮箱：ygb@xmwb.com.cn", &r));
        assert!(!is_furniture("市民可发送邮件至jiankang@csrb.com.cn反映问题。", &r));
    }

    #[test]
    fn combined_header_line() {
        let r = ImportRules::default();
        let (rest, section) =
            strip_furniture(lines("2026年2月11日 星期三 第2版 要闻 责任编辑：张三\n标题\n正文。\n"), &r);
        assert_eq!(texts(&rest), vec!["标题", "正文。"]);
        assert_eq!(section.as_deref(), Some("要闻"));
        let (_, section) = strip_furniture(lines("鹤壁日报 2026年2月11日 第3版：责任编辑 张三\n标题\n"), &r);
        assert_eq!(section, None);
        let (_, section) = strip_furniture(lines("A2 | LOCAL NEWS | Wednesday, February 11, 2026\nTitle\nText.\n"), &r);
        assert_eq!(section.as_deref(), Some("Local News"));
        // A page code and the section, two spaces apart, under a dated masthead.
        let head = "THE CITY HERALD                Monday, November 30, 2026\nA4  LOCAL NEWS\nTitle\nText.\n";
        let (rest, section) = strip_furniture(lines(head), &r);
        assert_eq!((texts(&rest), section.as_deref()), (vec!["Title", "Text."], Some("Local News")));
        // The date in a column of its own, no bar before it.
        for head in ["A2 | LOCAL NEWS                Thursday, March 5, 2026", "A2 | LOCAL NEWS  Mar. 5, 2026"] {
            let (rest, section) = strip_furniture(lines(&format!("{head}\nTitle\nText.\n")), &r);
            assert_eq!((texts(&rest), section.as_deref()), (vec!["Title", "Text."], Some("Local News")), "{head}");
        }
    }

    #[test]
    fn page_number_section_date_header() {
        let r = ImportRules::default();
        let (rest, section) =
            strip_furniture(lines("4 经济新闻 2024年3月5日 星期二 责任编辑：王小明\n标题\n正文。\n"), &r);
        assert_eq!(texts(&rest), vec!["标题", "正文。"]);
        assert_eq!(section.as_deref(), Some("经济新闻"));
        let (rest, section) = strip_furniture(lines("A3 要闻 2024年3月5日\n标题\n"), &r);
        assert_eq!((texts(&rest), section.as_deref()), (vec!["标题"], Some("要闻")));
        // A headline that mentions a date is not furniture.
        let (rest, _) = strip_furniture(lines("会议2024年3月5日召开\n正文。\n"), &r);
        assert_eq!(rest.len(), 2);
    }

    #[test]
    fn a_paper_name_before_the_date_is_no_section() {
        let r = ImportRules::default();
        let page = "渭川日报 2026年3月18日 星期三\n第6版 经济·服务 责任编辑：赵敏 美编：刘畅\n标题\n正文。\n";
        let (rest, section) = strip_furniture(lines(page), &r);
        assert_eq!(texts(&rest), vec!["标题", "正文。"]);
        assert_eq!(section.as_deref(), Some("经济·服务"));
        let (_, section) = strip_furniture(lines("渭川日报 2026年3月18日 星期三\n标题\n正文。\n"), &r);
        assert_eq!(section, None);
    }

    #[test]
    fn a_desks_call_for_mail_and_a_published_in_line() {
        let r = ImportRules::default();
        assert!(is_furniture("Letters and comments: countynews@ke.nationmedia.com", &r));
        assert!(is_furniture("Story ideas: news@millbrookgazette.ca", &r));
        assert!(is_furniture("For comments and suggestions, email metro@inquirer.com.ph", &r));
        assert!(is_furniture("Published in Dawn, June 18th, 2026", &r));
        assert!(is_furniture("Have a story? Contact the newsroom on 096 21000 or email news@westernpeople.ie", &r));
        assert!(is_furniture("For news tips call 011 633 9111 or email newsdesk@inl.co.za", &r));
        assert!(is_furniture("Got a news tip? Call 555-0123.", &r));
        assert_eq!(furniture_any("B4 BUSINESS MARKETS", &r), Some(Some("Business".into())));
        assert!(!is_furniture("Have a story? The council wants to hear it before Friday.", &r));
        assert!(!is_furniture("Contact the council on 01 222 3344 to comment.", &r));
        assert!(!is_furniture("Contact the council at info@council.gov.uk to comment.", &r));
        assert!(!is_furniture("Published in 1998, the report changed the law.", &r));
    }

    #[test]
    fn a_section_head_beside_the_page_named_with_its_word() {
        let r = ImportRules::default();
        assert_eq!(furniture_any("COUNTIES                     Page 4", &r), Some(Some("Counties".into())));
        assert_eq!(furniture_any("Page 4          SPORT", &r), Some(Some("Sport".into())));
        // A table's row or a headline with a number is no folio.
        assert_eq!(furniture_any("ROVERS          3", &r), None);
        assert_eq!(furniture_any("Council approves budget     Page 4", &r), None);
    }

    #[test]
    fn dates_in_chinese_numerals_and_a_section_over_its_editors() {
        assert_eq!(arabic_dates("澳門日報 二〇二六年六月十八日 星期四"), "澳門日報 2026年6月18日 星期四");
        assert_eq!(arabic_dates("二〇二五年十二月三十一日"), "2025年12月31日");
        assert_eq!(arabic_dates("二○○五年一月九日"), "2005年1月9日");
        assert_eq!(arabic_dates("二十多年来"), "二十多年来");
        let r = ImportRules::default();
        assert_eq!(furniture_any("澳聞　　責任編輯：何嘉敏　美術編輯：陳永康", &r), Some(Some("澳聞".into())));
        assert_eq!(furniture_any("要闻 责任编辑：张三", &r), Some(Some("要闻".into())));
        assert_eq!(section_over_editors("他说 今天很好", &r), None);
    }

    #[test]
    fn a_date_and_its_weekday_joined_by_a_dot() {
        let r = ImportRules::default();
        assert_eq!(furniture("星洲日报　全国新闻　2026年6月18日·星期四　A4", &r), Some(Some("全国新闻".to_string())));
    }

    #[test]
    fn a_middle_dot_between_chinese_joins_one_section() {
        assert_eq!(head_cells("经济·服务 责任编辑"), ["经济·服务 责任编辑"]);
        assert_eq!(head_cells("BUSINESS · The Ledger|x"), ["BUSINESS ", " The Ledger", "x"]);
    }

    #[test]
    fn page_heads_in_any_order() {
        let r = ImportRules::default();
        for head in [
            "A4 都市新闻                2026年3月2日 星期一 责编 李明 美编 王芳 校对 赵强",
            "2026年3月2日 星期一 A4 都市新闻 责任编辑 李明",
            "A4 2026年3月2日 星期一 都市新闻 责编/李明 美编/王芳",
            "都市新闻 A04 2026.3.2 星期一 编辑 李明 校对 赵强",
            "A4 都市新闻 2026年3月2日星期一 农历丙午年 正月十四",
        ] {
            let (rest, section) = strip_furniture(lines(&format!("{head}\n标题\n正文。\n")), &r);
            assert_eq!(texts(&rest), vec!["标题", "正文。"], "{head}");
            assert_eq!(section.as_deref(), Some("都市新闻"), "{head}");
        }
        let (rest, section) = strip_furniture(lines("星洲日报 2026年3月4日 星期三 国内 A5\n标题\n正文。\n"), &r);
        assert_eq!(texts(&rest), vec!["标题", "正文。"]);
        assert_eq!(section.as_deref(), Some("国内"));
        // A sentence with a date, or a date among other words, is text.
        for text in ["记者 2026年3月2日 星期一 走访了小区", "市民 张三 2026年3月2日 星期一"] {
            let (rest, _) = strip_furniture(lines(&format!("标题\n{text}\n正文。\n")), &r);
            assert_eq!(rest.len(), 3, "{text}");
        }
    }

    #[test]
    fn editor_pairs_without_colons() {
        let r = ImportRules::default();
        let (rest, _) = strip_furniture(lines("标题\n正文。\n编辑 李华 校对 王芳\n"), &r);
        assert_eq!(texts(&rest), vec!["标题", "正文。"]);
        let (rest, _) = strip_furniture(lines("标题\n编辑部主任审核通过\n正文。\n"), &r);
        assert_eq!(rest.len(), 3);
        // Bracketed under a story, the same credits are the same furniture.
        let (rest, _) =
            strip_furniture(lines("标题\n正文。\n（责编 王五 美编 赵六 校对 钱七）\n【责任编辑：吴用】\n"), &r);
        assert_eq!(texts(&rest), vec!["标题", "正文。"]);
        let (rest, _) = strip_furniture(lines("标题\n（编辑部供稿）\n正文。\n"), &r);
        assert_eq!(rest.len(), 3);
    }

    #[test]
    fn unknown_masthead_above_known_furniture() {
        let r = ImportRules::default();
        let (rest, section) =
            strip_furniture(lines("淇水之滨 百姓之声\n2024年6月1日 星期六\n第1版 要闻\n标题\n正文。\n"), &r);
        assert_eq!(texts(&rest), vec!["标题", "正文。"]);
        assert_eq!(section.as_deref(), Some("要闻"));
        // A short headline with no furniture below it stays.
        let (rest, _) = strip_furniture(lines("我市召开会议\n正文。\n"), &r);
        assert_eq!(rest.len(), 2);
    }

    #[test]
    fn imp22_letter_spaced_section_and_credits_on_a_dated_head() {
        let r = ImportRules::default();
        let (rest, section) = strip_furniture(
            lines(
                "4　　　　时　评　　　　2026年5月12日　星期二\n责任编辑：孙晓燕　　美编：李　婷\n今日论点\n标题\n正文。\n",
            ),
            &r,
        );
        assert_eq!((texts(&rest), section.as_deref()), (vec!["今日论点", "标题", "正文。"], Some("时评")));
        let (rest, section) = strip_furniture(
            lines(
                "鹤城日报　　　　第5版\n2026年5月15日　星期五　　乡村振兴　　责任编辑：朱文杰　校对：韩　雪\n标题\n正文。\n",
            ),
            &r,
        );
        assert_eq!((texts(&rest), section.as_deref()), (vec!["标题", "正文。"], Some("乡村振兴")));
        // Credits need a date with them: a 版名 and an editor alone are no running head.
        assert_eq!(page_head_in_any_order("乡村振兴 责任编辑：朱文杰", &r), None);
        assert_eq!(join_spaced_han("美编：李　婷　　要　闻　　第2版"), "美编：李　婷　　要闻　　第2版");
        assert_eq!(join_spaced_han("来 论"), "来论");
    }

    #[test]
    fn imp22_furniture_pieces_on_one_foot_line_and_the_papers_site() {
        let r = ImportRules::default();
        assert!(is_furniture("本版投稿邮箱：xczx@hcrb.cn　　　新闻热线：0392-3311234", &r));
        assert!(is_furniture("本版言论仅代表作者个人观点　欢迎来稿　投稿邮箱：shiping@hbrb.cn", &r));
        assert!(is_furniture("本版专栏文章仅代表作者个人观点", &r));
        assert!(is_furniture("编辑部邮箱：pinglun@hcrb.cn", &r));
        assert!(!is_furniture("本版投稿邮箱：xczx@hcrb.cn　欢迎读者踊跃参与讨论", &r));
        assert!(is_furniture("For more news, log on to www.dailystar.com.my", &r));
        assert!(!is_furniture("For more information, visit www.council.gov.uk.", &r));
        let (rest, _) = strip_furniture(
            lines(
                "12                NEWS              www.northantsexpress.co.uk\nTHE NORTHANTS EXPRESS            Wednesday, May 13, 2026\nMan jailed after chase\nText.\n",
            ),
            &r,
        );
        assert_eq!(texts(&rest), vec!["Man jailed after chase", "Text."]);
    }

    #[test]
    fn english_header() {
        let r = ImportRules::default();
        let (rest, section) = strip_furniture(
            lines(
                "THE SPRINGFIELD GAZETTE\nWednesday, February 11, 2026\nA2 | LOCAL NEWS\nCouncil Passes Budget\nText.\n",
            ),
            &r,
        );
        assert_eq!(texts(&rest), vec!["Council Passes Budget", "Text."]);
        assert_eq!(section.as_deref(), Some("Local News"));
        let (rest, section) = strip_furniture(
            lines(
                "THE MAPLETON DAILY\nWednesday, May 14, 2025\nA1 | FRONT PAGE\nVol. 142, No. 134 | $1.50\nSchools brace for cuts\nText.\n",
            ),
            &r,
        );
        assert_eq!((texts(&rest), section.as_deref()), (vec!["Schools brace for cuts", "Text."], Some("Front Page")));
        let (rest, _) = strip_furniture(lines("江城晚报\n今日16版 第12345期\n第1版 要闻\n标题\n正文。\n"), &r);
        assert_eq!(texts(&rest), vec!["标题", "正文。"]);
    }

    #[test]
    fn english_folio_in_columns_and_joined_sections() {
        let r = ImportRules::default();
        for head in [
            "THE RIVERTON HERALD                   Monday, March 2, 2026                   A3",
            "A3\tThe Riverton Herald\tMon., March 2, 2026",
            "Page 6     RIVERTON DAILY     March 2, 2026",
        ] {
            let (rest, section) = strip_furniture(lines(&format!("{head}\nNATION & WORLD\nTitle\nText.\n")), &r);
            assert_eq!((texts(&rest), section.as_deref()), (vec!["Title", "Text."], Some("Nation & World")), "{head}");
        }
        let (_, section) =
            strip_furniture(lines("SPORTS      The Daily Star      Sunday, May 3, 2026      C1\nTitle\n"), &r);
        assert_eq!(section.as_deref(), Some("Sports"));
        // Wide spacing in a headline, or a table row, is no folio.
        assert!(!is_furniture("Rovers      3      Harbor      1", &r));
        assert!(!is_furniture("Voters say no      Council says yes", &r));
        assert!(!is_furniture("Fire and Ice", &r));
        assert!(is_furniture("THE RIVERTON HERALD Monday, March 2, 2026 A3", &r));
        assert!(is_furniture("A3 The Riverton Herald Mon., March 2, 2026", &r));
        assert!(is_furniture("NATION/WORLD 3/2/2026 A3", &r));
        let (_, section) =
            strip_furniture(lines("SPORTS The Daily Sentinel Sunday, May 3, 2026 C1\nTitle\nText.\n"), &r);
        assert_eq!(section.as_deref(), Some("Sports"));
        let (rest, section) =
            strip_furniture(lines("A6 | THE LAKEMONT COURIER | TUESDAY, MARCH 3, 2026\nSPORTS\nTitle\nText.\n"), &r);
        assert_eq!((texts(&rest), section.as_deref()), (vec!["Title", "Text."], Some("Sports")));
        assert!(!is_furniture("Vote set for Monday, March 2, 2026", &r));
        assert!(!is_furniture("Rovers 3", &r));
        // Two spaces apart, the paper's name and the date in one column.
        let (rest, _) =
            strip_furniture(lines("8  NEWS  The Border Mail, Thursday, June 18, 2026\n\nTitle\nText.\n"), &r);
        assert_eq!(texts(&rest), vec!["Title", "Text."]);
        // The paper, its edition and the day each in a cell, the page at the end.
        let head = "DECCAN CHRONICLE | HYDERABAD | THURSDAY | 18 JUNE 2026                                    5";
        let (rest, _) = strip_furniture(lines(&format!("{head}\nTitle\nText.\n")), &r);
        assert_eq!(texts(&rest), vec!["Title", "Text."]);
        assert!(!is_furniture("Police | Courts | Rovers 3, June 18, 2026", &r));
        // Issue 3: the gaps closed, the paper's name is still a cell of its own.
        let head = "Daily Nation Thursday, June 18, 2026 NATIONAL | 4";
        assert_eq!(furniture_any(head, &r), Some(Some("National".into())));
        // A second calendar's date beside the Gregorian one.
        assert!(is_furniture("4 The Daily Star DHAKA THURSDAY JUNE 18, 2026 ASHAR 4, 1433 BS", &r));
        assert!(is_era_date("Dhul-Hijjah 2, 1447 AH") && is_era_date("2 Zul Hijjah 1447 AH"));
        assert!(!is_era_date("June 4, 2026") && !is_era_date("Rovers 4, 1433"));
    }

    #[test]
    fn edition_city_before_the_folio_date() {
        let r = ImportRules::default();
        assert!(is_furniture("4 | THE DAILY STAR | NEW DELHI, TUESDAY, MARCH 24, 2026", &r));
        assert!(is_furniture("LONDON, MONDAY, MAY 4, 2026    THE EVENING POST    12", &r));
        // Only a place set before the date with its comma is the edition's.
        assert!(!is_furniture("4 | THE DAILY STAR | Police seize cash in raids, March 24, 2026", &r));
        assert!(!is_furniture("Kolkata Derby, Saturday, March 28, 2026", &r));
    }

    #[test]
    fn traditional_header() {
        let r = ImportRules::default();
        let (rest, section) =
            strip_furniture(lines("星島日報\n2025年12月2日 星期二\nA2 港聞\n責任編輯：陳嘉欣\n標題\n正文。\n"), &r);
        assert_eq!(texts(&rest), vec!["標題", "正文。"]);
        assert_eq!(section.as_deref(), Some("港聞"));
        let (rest, _) = strip_furniture(lines("標題\n正文。\n編輯 李華 校對 王芳\n"), &r);
        assert_eq!(texts(&rest), vec!["標題", "正文。"]);
    }

    #[test]
    fn page_count_numbered_section_and_page_editor_lines() {
        let r = ImportRules::default();
        let (rest, _) = strip_furniture(
            lines(
                "河南日报\n2026年3月10日 星期二\n第1版 要闻\n今日12版\n标题\n正文。\n本版责任编辑 刘海涛 美编 王 静\n",
            ),
            &r,
        );
        assert_eq!(texts(&rest), vec!["标题", "正文。"]);
        let (rest, section) =
            strip_furniture(lines("联合早报\n2025年9月16日 星期二\n6 新加坡\n编辑:林美玲\n标题\n正文。\n"), &r);
        assert_eq!((texts(&rest), section.as_deref()), (vec!["标题", "正文。"], Some("新加坡")));
        let (rest, _) = strip_furniture(
            lines("标题\n正文。\nCopyright 2025 The Harlan County Courier. All rights reserved.\n"),
            &r,
        );
        assert_eq!(texts(&rest), vec!["标题", "正文。"]);
        let (rest, _) = strip_furniture(lines("标题\n正文。\n本报版权所有 未经授权不得转载\n"), &r);
        assert_eq!(texts(&rest), vec!["标题", "正文。"]);
        let (rest, _) = strip_furniture(lines("Title\nThe copyright 2025 case ended.\n"), &r);
        assert_eq!(rest.len(), 2);
        // At the foot, a number and a name is a ranked row.
        let (rest, _) = strip_furniture(lines("标题\n正文：\n1 上海海港\n"), &r);
        assert_eq!(rest.len(), 3);
        // Text that only mentions pages is not furniture.
        let (rest, _) = strip_furniture(lines("今日12版全部改版\n正文。\n"), &r);
        assert_eq!(rest.len(), 2);
    }

    #[test]
    fn body_dates_are_kept() {
        let r = ImportRules::default();
        let (rest, _) = strip_furniture(lines("标题\n2026年2月11日\n正文。\n"), &r);
        assert_eq!(rest.len(), 3);
    }

    #[test]
    fn a_notice_dated_under_its_signature_keeps_its_date() {
        let r = ImportRules::default();
        let (rest, _) = strip_furniture(lines("第4版 读者之声\n讣告\n特此讣告。\n治丧委员会\n2025年6月13日\n"), &r);
        assert_eq!(texts(&rest), vec!["讣告", "特此讣告。", "治丧委员会", "2025年6月13日"]);
        let (rest, _) = strip_furniture(lines("标题\n正文。\n2025年6月13日 星期五\n第4版\n"), &r);
        assert_eq!(texts(&rest), vec!["标题", "正文。"]);
    }

    #[test]
    fn capitals_section_head_under_the_folio() {
        let r = ImportRules::default();
        let folio = "B2  THE HARBOUR GAZETTE  FRIDAY, MARCH 6, 2026";
        let page = |below: &str| lines(&format!("{folio}\n{below}"));
        let (rest, section) = strip_furniture(page("PROVINCE\nMill to close after 90 years\nBy Jo Roe\nText.\n"), &r);
        assert_eq!((texts(&rest)[0], section.as_deref()), ("Mill to close after 90 years", Some("Province")));
        let (_, section) = strip_furniture(page("ARTS & LIFE\nA festival returns to the waterfront\nText.\n"), &r);
        assert_eq!(section.as_deref(), Some("Arts & Life"));
        // A headline in capitals over its byline or its text stays the story's.
        for below in [
            "BLACKOUT\nBy Jo Roe\nThe power failed.\n",
            "BLACKOUT\nThe power failed across the city on Tuesday.\n",
            "FIRE DESTROYS OLD MILL\nCrews battle the blaze for hours\nText.\n",
            "BUDGET\nContinued from Page A1\nThe board met.\n",
        ] {
            let (rest, section) = strip_furniture(page(below), &r);
            assert_eq!((rest.len(), section), (below.lines().count(), None), "{below}");
        }
        // Not under a folio: a kicker.
        let (rest, section) = strip_furniture(lines("PROVINCE\nMill to close after 90 years\nText.\n"), &r);
        assert_eq!((rest.len(), section), (3, None));
    }

    #[test]
    fn a_word_alone_under_the_folio_is_no_paper_but_the_section() {
        let r = ImportRules::default();
        for folio in ["PAGE 7\nTHE RIVERINA LEADER, Wednesday, April 1, 2026", "A4 THE PRESS Thursday, April 2, 2026"] {
            let (rest, section) =
                strip_furniture(lines(&format!("{folio}\nNEWS\nParking fees set to double\nBy Jo Roe\nText.\n")), &r);
            assert_eq!((texts(&rest)[0], section.as_deref()), ("Parking fees set to double", Some("News")), "{folio}");
        }
        assert!(is_paper_name("THE NEWS") && is_paper_name("DAILY STAR") && !is_paper_name("NEWS"));
    }

    #[test]
    fn folios_naming_the_paper_beside_their_section() {
        let r = ImportRules::default();
        for (head, want) in [
            ("GULF NEWS | THURSDAY, JUNE 18, 2026 | UAE", "UAE"),
            ("DAILY GRAPHIC, THURSDAY, JUNE 18, 2026      REGIONAL NEWS 4", "Regional News"),
            ("TAIWAN NEWS\nTHURSDAY, JUNE 18, 2026 • TAIPEI TIMES    page 3", "Taiwan News"),
        ] {
            let (rest, section) =
                strip_furniture(lines(&format!("{head}\nSchools get green light\nBy Jo Roe\nText.\n")), &r);
            assert_eq!((texts(&rest)[0], section.as_deref()), ("Schools get green light", Some(want)), "{head}");
        }
    }

    #[test]
    fn day_first_dates_in_the_folio() {
        let r = ImportRules::default();
        let (rest, section) = strip_furniture(
            lines("9\nIRISH DAILY COURIER\nFriday 3 April 2026\n\nNEWS\nKey workers to get homes\nText.\n"),
            &r,
        );
        assert_eq!((texts(&rest), section.as_deref()), (vec!["Key workers to get homes", "Text."], Some("News")));
        assert!(is_furniture("THE IRISH COURIER Friday, 3 April 2026 9", &r));
        assert!(is_furniture("12 | WORLD | Saturday 4 April 2026", &r));
        assert!(!is_furniture("Vote set for 3 April 2026", &r));
    }
}
