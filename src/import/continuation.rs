//! Import step, jump lines: `(上接第一版)` / `(下转第3版)` and `Continued
//! from Page A1` / `Continued on Page A6` → the page numbers an article
//! continues from or to, removed from the text.

use super::text::{numeral, static_re};
use regex::Regex;
use std::sync::OnceLock;

/// What the jump lines of one paragraph said, and the paragraph without them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Jumps {
    pub from: Option<u32>,
    pub to: Option<u32>,
    pub text: String,
    /// A jump line alone whose words say no way (`（续A5版）`, `（接A15版）`:
    /// Hong Kong, Macau and Taiwanese papers end a story so, and open its
    /// second part so too): read as `from`, the way it points is where it
    /// stands (after the story's text, it is `to`).
    pub either: bool,
    /// `BUDGET` of `BUDGET from Page A1`: the word the jumped part's story
    /// is known by on both pages, its title where it has no headline here.
    pub slug: Option<String>,
}

const NUM: &str = r"[A-Za-z]?\s*([0-9０-９]{1,3}|[一二三四五六七八九十百零〇两]{1,4})";

/// Removes jump markers at the start or end of a paragraph (or standing
/// alone); traditional characters (`下轉第3版`) are read as simplified.
pub fn strip_jumps(para: &str) -> Jumps {
    // `CONTINUED ON » PAGE 4`: an arrow set between the words of an English jump line.
    const ARROWS: [char; 5] = ['»', '›', '►', '▶', '→'];
    if para.contains(ARROWS) && !para.chars().any(super::text::is_han) {
        let plain: String = para.replace(ARROWS, " ").split_whitespace().collect::<Vec<_>>().join(" ");
        let jumps = strip_jumps_folded(&plain);
        if jumps.to.is_some() || jumps.from.is_some() {
            return jumps;
        }
    }
    let folded = super::text::fold_traditional(para);
    let mut jumps = strip_jumps_folded(&folded);
    jumps.text = super::text::restore(para.trim(), folded.trim(), &jumps.text);
    jumps
}

fn strip_jumps_folded(para: &str) -> Jumps {
    static FROM_ZH: OnceLock<Regex> = OnceLock::new();
    static TO_ZH: OnceLock<Regex> = OnceLock::new();
    static FROM_EN: OnceLock<Regex> = OnceLock::new();
    static TO_EN: OnceLock<Regex> = OnceLock::new();
    // In brackets `下转`/`上接` are a jump without `版` too (`（下轉A12）`, as
    // Taiwanese papers print it); a bare `转`/`接` needs its `版`, or a
    // lettered page code (`（转A6）`, Malaysian papers).
    // `承` (Taiwan) and `续` (Hong Kong, Macau: `（續A5版）`) as `接`;
    // `续见` (`（續見A6）`) as `转`; `紧转` (`（紧转第二版）`, the story goes
    // on at the top of that page) as `下转`, as `紧接` is `上接`.
    let from_zh = static_re(
        &FROM_ZH,
        &format!(
            r"^[(（\[【]\s*(?:(?:上接|紧接|承)\s*第?\s*{NUM}\s*(?:版|页)?|(?P<either>接|续)\s*(?:第?\s*{NUM}\s*(?:版|页)|[A-Za-z]\s*([0-9０-９]{{1,3}})\s*(?:版|页)?))\s*[)）\]】]\s*"
        ),
    );
    let to_zh = static_re(
        &TO_ZH,
        &format!(
            r"\s*[(（\[【]\s*(?:(?:下转|紧转|续见|转见)\s*第?\s*{NUM}\s*(?:版|页)?|(?:转|续)\s*第?\s*{NUM}\s*(?:版|页)|(?:转|续)\s*[A-Za-z]\s*([0-9０-９]{{1,3}})\s*(?:版|页)?)\s*[)）\]】]$"
        ),
    );
    // The page number: the first group that took part.
    let page = |c: &regex::Captures| c.iter().skip(1).flatten().find_map(|m| numeral(m.as_str()));
    let from_en = static_re(&FROM_EN, r"^\(?(?i:continued\s+from\s+page\s+)[A-Za-z]?(\d{1,3})[A-Z]?\)?\.?(?:\s+|$)");
    let to_en = static_re(
        &TO_EN,
        r"\s*\(?(?i:continued\s+on\s+(?:page\s+|pg?\.?\s*)|(?:please\s+)?(?:see|turn\s+to)\s+(?:[a-z\-]+\s*,\s*)?page\s+)[A-Za-z]?(\d{1,3})[A-Z]?(?i:\s+col(?:umn)?\.?\s*\d{1,2})?\)?\.?$",
    );
    // A jump line on its own may leave out `Page` (`Continued from A1`).
    static ALONE_EN: OnceLock<Regex> = OnceLock::new();
    // `BILL, from A1` / `BILL from Page A1`: the slug line of a jumped story;
    // some papers set a rule between slug and jump (`BUDGET | From Page A1`).
    // Australian papers leave out the `on`: `Continued Page 9`, and the
    // part jumped to is headed `From Page 1`.
    let alone = static_re(
        &ALONE_EN,
        r"^\(?(?:(?:(?i:continued\s+(from|on))|(?P<slug>[A-Z][A-Z\-]{1,20}(?:\s+[A-Z][A-Z\-]{1,20}){0,2})(?:,|\s*\|)?\s+((?i:from)))\s+(?i:page\s+|pg?\.?\s*)?|(?i:continued\s+page\s+)|(?i:(from)\s+page\s+))[A-Za-z]?(\d{1,3})[A-Z]?\)?\.?$",
    );
    // `➤ Continued on P 6`, `Continued on page 14 →`: arrows point the way;
    // `•Continued on Page 10`: Nigerian papers set a bullet before the jump,
    // which, left behind, stood as a paragraph of its own.
    let pointed = para
        .trim()
        .trim_start_matches(['➤', '►', '▶', '»', '→', '•', '●', '■', '▪', '◆'])
        .trim_end_matches(['→', '»', '▶', '►']);
    // `Full report, page 48`, `Match report: Page 45`, `More pictures on
    // page 9`: a short story set as a teaser points on to where it is told
    // in full, a jump in all but its words.
    static FULL_EN: OnceLock<Regex> = OnceLock::new();
    let full = static_re(
        &FULL_EN,
        r"^\(?(?i:(?:full|more|match|complete)\s+(?:reports?|story|coverage|details|results|reaction|pictures|photos))\s*[,:;–—-]?\s*(?i:(?:see\s+|on\s+)?(?:page|pg?\.?)\s*)[A-Za-z]?(\d{1,3})[A-Z]?\)?\.?$",
    );
    if let Some(n) = full.captures(pointed.trim()).and_then(|c| c.get(1)).and_then(|m| numeral(m.as_str())) {
        return Jumps { to: Some(n), ..Jumps::default() };
    }
    if is_promo(pointed.trim()) {
        return Jumps::default();
    }
    if let Some(c) = alone.captures(pointed.trim()) {
        let n = c.get(5).and_then(|m| numeral(m.as_str()));
        let from = c.get(1).or(c.get(3)).or(c.get(4)).is_some_and(|m| m.as_str().eq_ignore_ascii_case("from"));
        // (`CONTINUED from Page A1` names no story.)
        let slug = c.name("slug").map(|m| m.as_str().to_string()).filter(|s| !s.eq_ignore_ascii_case("continued"));
        return Jumps { from: if from { n } else { None }, to: if from { None } else { n }, slug, ..Jumps::default() };
    }
    if let Some(text) = without_relative_jump(pointed.trim()) {
        return Jumps { text, ..Jumps::default() };
    }
    let mut text = para.trim().to_string();
    let mut jumps = Jumps::default();
    // `文接A1`, `（文接A1）`: Malaysian papers' jump from, bracketed or not,
    // opening the part it heads.
    static FROM_TEXT_ZH: OnceLock<Regex> = OnceLock::new();
    let from_text_zh = static_re(
        &FROM_TEXT_ZH,
        r"^(?:[(（\[【]\s*文接\s*第?\s*[A-Za-z]?\s*([0-9０-９]{1,3})\s*(?:版|页)?\s*[)）\]】]|(?:◀|<{2,}|《+)?\s*文接\s*第?\s*[A-Za-z]?\s*([0-9０-９]{1,3})\s*(?:版|页)?(?:\s+|$))\s*",
    );
    for r in [from_zh, from_text_zh, from_en] {
        if let Some(c) = r.captures(&text) {
            jumps.from = page(&c);
            let end = c.get(0).map_or(0, |m| m.end());
            jumps.either = c.name("either").is_some() && text[end..].trim().is_empty();
            text = text[end..].to_string();
            break;
        }
    }
    // `FIRE: Crews had to pump water (Continued from A1)`: the jumped part's
    // headline says where it came from in brackets after it.
    static FROM_EN_AFTER: OnceLock<Regex> = OnceLock::new();
    let from_after =
        static_re(&FROM_EN_AFTER, r"\s*\((?i:continued\s+from\s+(?:page\s+|pg?\.?\s*)?)[A-Za-z]?(\d{1,3})[A-Z]?\)$");
    if jumps.from.is_none()
        && let Some(c) = from_after.captures(&text)
    {
        jumps.from = page(&c);
        let start = c.get(0).map_or(text.len(), |m| m.start());
        text.truncate(start);
    }
    // `See BUDGET on A4`, `Please see BIKES, A6`: the jump's slug names the
    // story, so `Page` may go; the slug in capitals keeps `see him on 4` text.
    // A slug may run to a few words (`See BUS ROUTES, Page 6A`).
    // Singapore papers name the section and page alone: `SEE WORLD A12`,
    // or the slug and the page: `SEE HDB PAGE A6`.
    static TO_SLUG: OnceLock<Regex> = OnceLock::new();
    let to_slug = static_re(
        &TO_SLUG,
        r"\s*\(?(?:(?i:(?:please\s+)?(?:see|turn\s+to))\s+[A-Z][A-Z\-]{1,20}(?:\s+[A-Z][A-Z\-]{1,20}){0,3}(?:\s*(?:,|\||\s(?i:on))\s*(?i:page\s+)?|\s+(?i:page)\s+)[A-Za-z]?(\d{1,3})[A-Z]?|(?:SEE|See)\s+[A-Z][A-Z\-]{1,20}(?:\s+[A-Z][A-Z\-]{1,20}){0,4}\s+[A-Z](\d{1,3})[A-Z]?)\)?\.?$",
    );
    for r in [to_zh, to_en, to_slug] {
        if let Some(c) = r.captures(&text) {
            jumps.to = page(&c);
            let start = c.get(0).map_or(text.len(), |m| m.start());
            text.truncate(start);
            break;
        }
    }
    if jumps.from.is_none()
        && let Some((n, end)) = bare_from_zh(&text)
    {
        jumps.from = Some(n);
        text = text[end..].to_string();
    }
    if jumps.to.is_none()
        && let Some((n, start)) = bare_to_zh(&text)
    {
        jumps.to = Some(n);
        text.truncate(start);
    }
    // (Its page is not kept: a jump from read off a paragraph's end would
    // open a new piece at the crosshead over it, as one opening the
    // paragraph does.)
    if jumps.from.is_none()
        && jumps.to.is_none()
        && let Some(start) = closing_from_zh(&text)
    {
        text.truncate(start);
    }
    // `> See Page 6`, `>> Continued on page 4`: the arrow typed as `>` (or
    // any pointer) set before the jump is no text once the jump is read.
    let pointer_only = |t: &str| t.chars().all(|c| c.is_whitespace() || POINTERS.contains(&c));
    jumps.text = if (jumps.to.is_some() || jumps.from.is_some()) && pointer_only(&text) {
        String::new()
    } else {
        text.trim().to_string()
    };
    jumps
}

/// `WEATHER WATCH: Rain returns by the weekend ... Page B8`, `SPORTS …
/// Page 14`, `INSIDE: Your TV guide, Page 22`: a teaser for a story on
/// another page, set between stories. It points no story of this page on,
/// so it is page furniture, neither a jump nor text: leaders or a label in
/// capitals before the page tell it from a sentence that names a page.
fn is_promo(line: &str) -> bool {
    static LEADERS: OnceLock<Regex> = OnceLock::new();
    static LABELLED: OnceLock<Regex> = OnceLock::new();
    const PAGE: &str = r"(?:(?:[Ss]ee|SEE)\s+)?(?:on\s+)?(?:Page|PAGE|Pg?\.?)\s*[A-Z]?\d{1,3}[A-Z]?\.?$";
    let leaders = static_re(&LEADERS, &format!(r"^(?P<lead>[A-Z][^.…]*?)\s*(?:(?:\.\s?){{2,}}|…)\s*{PAGE}"));
    let labelled = static_re(
        &LABELLED,
        &format!(r"^(?P<lead>[A-Z][A-Z]+(?:\s+[A-Z][A-Z]+){{0,2}}:\s+[^.…]*?)\s*[,–—|>»]\s*{PAGE}"),
    );
    let t = line.trim();
    let Some(c) = leaders.captures(t).or_else(|| labelled.captures(t)) else { return false };
    let lead = c.name("lead").map_or("", |m| m.as_str());
    (1..=12).contains(&lead.split_whitespace().count()) && !lead.trim_end().ends_with(['.', '!', '?', ','])
}

/// `接下页`, `（转下页）`, `（接上页）`, `Continued on next page`: a jump that
/// names no page, only the next or the one before (Singapore and Malaysian
/// dailies run a story on over the page so). Its page is unknown here, so
/// only the words go: the paragraph without them, or nothing when they stood
/// alone. Unbracketed, it must stand alone or close a finished sentence.
fn without_relative_jump(text: &str) -> Option<String> {
    static ALONE: OnceLock<Regex> = OnceLock::new();
    static AFTER: OnceLock<Regex> = OnceLock::new();
    let alone = static_re(
        &ALONE,
        r"^[(（\[【]?\s*(?:(?:下转|转|接|续|续见|转见|转至)\s*(?:下页|下一页|次页|后页)|(?:上接|接|承|续)\s*(?:上页|上一页|前页)|(?i:continued\s+(?:on|from)\s+(?:the\s+)?(?:next|previous|facing|opposite)\s+page))\s*[)）\]】]?\.?$",
    );
    if alone.is_match(text) {
        return Some(String::new());
    }
    let after = static_re(
        &AFTER,
        r"[ \u{3000}]*(?:[(（\[【]\s*(?:下转|转|接|续|续见|转见|转至)\s*(?:下页|下一页|次页|后页)\s*[)）\]】]|(?:下转|转|续见|转见|转至)\s*(?:下页|下一页|次页))$",
    );
    let c = after.find(text)?;
    let before = text[..c.start()].trim_end();
    (super::text::is_terminated(before) || c.as_str().trim_start().starts_with(['(', '（', '[', '【']))
        .then(|| before.to_string())
}

/// Marks a page sets before a jump line to point the reader on.
const POINTERS: &[char] = &['>', '›', '»', '➤', '►', '▶', '→', '•', '●', '■', '▪', '◆'];

/// `上接A1版 …`, `<<上接第1版`: an unbracketed jump from, only where the
/// paragraph opens and only with its `版`, as many metro papers print it.
fn bare_from_zh(text: &str) -> Option<(u32, usize)> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = static_re(&RE, &format!(r"^(?:(?:<{{2,}}|《+|←|◀)\s*)?(?:上接|紧接)\s*第?\s*{NUM}\s*(?:版|页)\s*"));
    let c = re.captures(text)?;
    Some((numeral(c.get(1)?.as_str())?, c.get(0)?.end()))
}

/// `…替代场地。（紧接第4版）`, `…。（上接第2版）`: a jump from, bracketed,
/// set after the last sentence of a paragraph rather than before its
/// first (some papers close the jumped part so): where it starts. Only
/// after a closed sentence, so a bracket in the text stays.
fn closing_from_zh(text: &str) -> Option<usize> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = static_re(&RE, &format!(r"\s*[(（\[【]\s*(?:上接|紧接)\s*第?\s*{NUM}\s*(?:版|页)\s*[)）\]】]\s*$"));
    let c = re.captures(text)?;
    let start = c.get(0)?.start();
    let before = text[..start].trim_end();
    (!before.is_empty() && super::text::is_terminated(before) && numeral(c.get(1)?.as_str()).is_some()).then_some(start)
}

/// `…设备。下转第5版`, `>>>下转A6`, `转第3版`, `文转A6` (Malaysian papers:
/// the text goes on): an unbracketed jump to at the end of a paragraph. Only after the sentence closed (or alone), and
/// with `第`/`版` or an arrow to mark it: `资金转3个村` is text.
fn bare_to_zh(text: &str) -> Option<(u32, usize)> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = static_re(
        &RE,
        &format!(
            r"\s*(?:(?:>{{2,}}|》+|→|▶|►)\s*(?:下转|转)\s*第?\s*{NUM}\s*(?:版|页)?|(?:下转|紧转|转)\s*第\s*{NUM}\s*(?:版|页)|(?:下转|紧转)\s*{NUM}\s*(?:版|页)|文转\s*第?\s*{NUM}\s*(?:版|页)?)\s*$"
        ),
    );
    let c = re.captures(text)?;
    let start = c.get(0)?.start();
    let before = text[..start].trim_end();
    if !before.is_empty() && !super::text::is_terminated(before) {
        return None;
    }
    let n = (1..=4).find_map(|g| c.get(g))?;
    Some((numeral(n.as_str())?, start))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn malaysian_text_jumps() {
        assert_eq!(strip_jumps("文转A6").to, Some(6));
        let j = strip_jumps("已造成多人受伤。文转A6");
        assert_eq!((j.to, j.text.as_str()), (Some(6), "已造成多人受伤。"));
        assert_eq!(strip_jumps("（文接A1）").from, Some(1));
        let j = strip_jumps("文接A1 当局相信，事件与天气有关。");
        assert_eq!((j.from, j.text.as_str()), (Some(1), "当局相信，事件与天气有关。"));
        assert_eq!(strip_jumps("他把文接下来").from, None);
    }

    #[test]
    fn hong_kong_macau_and_taiwanese_jumps() {
        let j = strip_jumps("署方會按需要調整發牌條件。（續見A6）");
        assert_eq!((j.to, j.text.as_str()), (Some(6), "署方會按需要調整發牌條件。"));
        assert_eq!(strip_jumps("（續見A6版）").to, Some(6));
        assert_eq!(strip_jumps("要求政府交代（續A5版）").to, Some(5));
        let j = strip_jumps("（承A14版）議員也要求市府提高補助。");
        assert_eq!((j.from, j.text.as_str()), (Some(14), "議員也要求市府提高補助。"));
        // Alone, `續` and `接` say no way: where the line stands does.
        let j = strip_jumps("（接A15版）");
        assert_eq!((j.from, j.to, j.either), (Some(15), None, true));
        assert!(strip_jumps("（續A5版）").either && !strip_jumps("（上接第一版）").either);
        assert!(!strip_jumps("（承A14版）").either && !strip_jumps("（接第一版）二是推动。").either);
    }

    #[test]
    fn chinese_markers() {
        let j = strip_jumps("(上接第一版)二是推动手续办理。");
        assert_eq!((j.from, j.to, j.text.as_str()), (Some(1), None, "二是推动手续办理。"));
        let j = strip_jumps("全力保障项目按节点推进。（下转第3版）");
        assert_eq!((j.from, j.to, j.text.as_str()), (None, Some(3), "全力保障项目按节点推进。"));
        assert_eq!(strip_jumps("（下转第十二版）").to, Some(12));
        assert_eq!(strip_jumps("(上接1版)").from, Some(1));
        assert_eq!(strip_jumps("(紧接第二版)").from, Some(2));
        // issue 3: `紧转` goes on as `下转` does, bracketed or bare.
        let j = strip_jumps("第二产业增加值增长7.1%。（紧转第二版）");
        assert_eq!((j.to, j.text.as_str()), (Some(2), "第二产业增加值增长7.1%。"));
        assert_eq!(strip_jumps("增长7.1%。紧转第2版").to, Some(2));
        let j = strip_jumps("港鐵工程進展順利。（下轉A3版）");
        assert_eq!((j.to, j.text.as_str()), (Some(3), "港鐵工程進展順利。"));
        // Taiwanese papers leave out `版` in brackets; a bare `转` needs it.
        let j = strip_jumps("要求重新檢討轉乘動線設計。（下轉A12）");
        assert_eq!((j.to, j.text.as_str()), (Some(12), "要求重新檢討轉乘動線設計。"));
        assert_eq!(strip_jumps("（上接A1）二是推动手续办理。").from, Some(1));
        assert_eq!(strip_jumps("全市共有3条线路（转3）").to, None);
        assert_eq!(strip_jumps("预计本月底开始招标。（转A6）").to, Some(6));
        assert_eq!(strip_jumps("（接A1）首相安华说").from, Some(1));
        let j = strip_jumps("这是(上接第一版)中间的文字");
        assert_eq!((j.from, j.to), (None, None));
    }

    #[test]
    fn relative_jumps_name_no_page() {
        for line in ["接下页", "（转下页）", "(接上页)", "Continued on next page"] {
            assert_eq!(strip_jumps(line), Jumps::default(), "{line}");
        }
        assert_eq!(strip_jumps("市场全线上扬。（转下页）").text, "市场全线上扬。");
        assert_eq!(strip_jumps("市场全线上扬。转下页").text, "市场全线上扬。");
        assert_eq!(strip_jumps("他把信件转下页").text, "他把信件转下页");
    }

    #[test]
    fn unbracketed_chinese_markers() {
        let j = strip_jumps("智能灌溉设备。下转第5版");
        assert_eq!((j.to, j.text.as_str()), (Some(5), "智能灌溉设备。"));
        assert_eq!(strip_jumps(">>>下转A6").to, Some(6));
        assert_eq!(strip_jumps("下转A6版").to, Some(6));
        assert_eq!(strip_jumps("转第3版").to, Some(3));
        let j = strip_jumps("上接A1版 二是推动手续办理。");
        assert_eq!((j.from, j.text.as_str()), (Some(1), "二是推动手续办理。"));
        // Text that only reads like a jump stays text.
        assert_eq!(strip_jumps("专项资金已下转3个村").to, None);
        assert_eq!(strip_jumps("车辆随后转第3版块区域").to, None);
        assert_eq!(strip_jumps("他说要上接第一版的内容").from, None);
    }

    #[test]
    fn english_jump_lines() {
        assert_eq!(strip_jumps("Continued on Page A6").to, Some(6));
        let j = strip_jumps("Please see BILL, Page A6");
        assert_eq!((j.to, j.text.as_str()), (Some(6), ""));
        let j = strip_jumps("BILL, from A1");
        assert_eq!((j.from, j.text.as_str()), (Some(1), ""));
        assert_eq!(strip_jumps("Turn to Page 4").to, Some(4));
        let j = strip_jumps("Continued from Page A1");
        assert_eq!((j.from, j.text.as_str()), (Some(1), ""));
        let j = strip_jumps("the vote was close. (Continued on page 12)");
        assert_eq!((j.to, j.text.as_str()), (Some(12), "the vote was close."));
        assert_eq!(strip_jumps("Continued from A1").from, Some(1));
        assert_eq!(strip_jumps("Parents objected. See BUDGET, Page A6").to, Some(6));
        assert_eq!(strip_jumps("The meeting continued on page two").to, None);
        assert_eq!(strip_jumps("Continued on A6").to, Some(6));
        for line in
            ["See BUDGET on A4", "Please see BIKES, A6", "See BUDGET on Page A4", "SEE BUDGET, A4", "SEE WORLD A4"]
        {
            let j = strip_jumps(line);
            assert_eq!((j.to.is_some(), j.text.as_str()), (true, ""), "{line}");
        }
        assert_eq!(strip_jumps("Fans can see Smith on 4").to, None);
        // Without the `on` or `from`, as Australian papers set them.
        assert_eq!(strip_jumps("Continued Page 9").to, Some(9));
        // American papers put the section's letter after the number.
        assert_eq!(strip_jumps("See TRAIL, Page 6A").to, Some(6));
        assert_eq!(strip_jumps("Continued from Page 1A").from, Some(1));
        assert_eq!(strip_jumps("Continued on page 14 →").to, Some(14));
        assert_eq!(strip_jumps("➤ Continued on P 6").to, Some(6));
        assert_eq!(strip_jumps("PLEASE SEE HOUSING | A8").to, Some(8));
        // Issue 3: a Singapore slug before `PAGE`; a Bangladeshi column.
        assert_eq!(strip_jumps("SEE HDB PAGE A6"), Jumps { to: Some(6), ..Jumps::default() });
        assert_eq!(strip_jumps("SEE TOP OF THE NEWS A3").to, Some(3));
        assert_eq!(strip_jumps("See Page 5 Col 3"), Jumps { to: Some(5), ..Jumps::default() });
        assert_eq!(strip_jumps("the flood worsened. See Page 5 Col. 3").text, "the flood worsened.");
        assert_eq!(strip_jumps("« C'est la vie »").text, "« C'est la vie »");
        // Issue 3: a teaser for another page's story is furniture, no jump.
        for line in ["WEATHER WATCH: Rain by Friday ... Page B8", "SPORTS … Page 14", "INSIDE: TV guide, Page 22"] {
            assert_eq!(strip_jumps(line), Jumps::default(), "{line}");
        }
        for line in ["The results are on page 4.", "Results are on Page 4.", "Council voted 5-2 ... page 3"] {
            assert_ne!(strip_jumps(line).text, "", "{line}");
        }
        assert_eq!(strip_jumps("CONTINUED PAGE 4").to, Some(4));
        let j = strip_jumps("From Page 1");
        assert_eq!((j.from, j.text.as_str()), (Some(1), ""));
        assert_eq!(strip_jumps("From page 1 to page 5, the report").from, None);
        let j = strip_jumps("BUDGET | From Page A1");
        assert_eq!((j.from, j.text.as_str(), j.slug.as_deref()), (Some(1), "", Some("BUDGET")));
        assert_eq!(strip_jumps("Continued from A1").slug, None);
        assert_eq!(strip_jumps("CITY BUDGET | From Page A1").from, Some(1));
        let j = strip_jumps("FIRE: Crews had to pump water from creek (Continued from A1)");
        assert_eq!((j.from, j.text.as_str()), (Some(1), "FIRE: Crews had to pump water from creek"));
        assert_eq!(strip_jumps("The story (continued from last week) ends here.").from, None);
        let j = strip_jumps("Continued from 1990 to 2000, the program grew.");
        assert_eq!((j.from, j.to), (None, None));
    }
}
