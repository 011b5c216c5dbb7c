//! Import helpers shared by every step: what kind of characters a line is
//! made of, whether it ends a sentence, Chinese numerals. Pure functions on
//! `&str`; half-width and full-width punctuation are treated alike.

/// The labels an English photo credit opens on (`Picture: X`), in lower case.
pub(super) const PHOTO_LABELS: &[&str] = &["picture:", "pictures:", "photo:", "photos:", "photograph:", "image:"];

/// The months' names in English, and their short forms, in lower case.
pub(super) const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
];

/// A constant pattern, compiled on first use and kept: the importer's
/// rules run on every line of every page.
pub(super) fn static_re(cell: &'static std::sync::OnceLock<regex::Regex>, pattern: &str) -> &'static regex::Regex {
    cell.get_or_init(|| regex::Regex::new(pattern).expect("constant pattern compiles"))
}

/// The text inside the brackets that open and close `t` (`（…）` or `(…)`).
pub fn in_brackets(t: &str) -> Option<&str> {
    t.strip_prefix(['(', '（']).and_then(|s| s.strip_suffix([')', '）']))
}

/// A Han (CJK ideograph) character.
pub fn is_han(c: char) -> bool {
    matches!(c, '\u{4e00}'..='\u{9fff}' | '\u{3400}'..='\u{4dbf}' | '\u{f900}'..='\u{faff}' | '\u{20000}'..='\u{2ffff}')
}

/// Number of characters (what a reader counts, not bytes).
pub fn len(s: &str) -> usize {
    s.chars().count()
}

/// How far a line is set in: its leading whitespace in columns, a
/// full-width space or a tab counting two (as wide as a Han character).
pub fn indent_width(raw: &str) -> usize {
    raw.chars().take_while(|c| c.is_whitespace()).map(|c| if c == '\u{3000}' || c == '\t' { 2 } else { 1 }).sum()
}

/// Whether the text is mostly Chinese (decides tags, titles, joins).
pub fn is_cjk_text(s: &str) -> bool {
    let mut han = 0usize;
    let mut latin = 0usize;
    for c in s.chars() {
        if is_han(c) {
            han += 1;
        } else if c.is_ascii_alphabetic() {
            latin += 1;
        }
    }
    han * 3 >= latin && han > 0
}

const CLOSERS: &[char] = &['”', '’', '"', '\'', '」', '』', ')', '）', '》', '】', ']', '〉'];
const FINAL: &[char] = &['。', '！', '？', '!', '?', '…', '．', '；', ';', ':', '：'];

/// Whether a paragraph ends where a sentence may end. Closing quotes and
/// brackets count only after a final mark (`。”`), so `“全球` + `买”` is open.
pub fn is_terminated(s: &str) -> bool {
    let s = s.trim_end();
    let Some(last) = s.chars().next_back() else {
        return true;
    };
    if FINAL.contains(&last) {
        return true;
    }
    if last == '.' {
        return true;
    }
    // `…项目。（相关新闻刊A6）`: a bracketed note after the sentence closed.
    if matches!(last, ')' | '）')
        && let Some(open) = s.rfind(['(', '（'])
        && s[..open].trim_end().chars().next_back().is_some_and(|c| matches!(c, '。' | '！' | '？' | '.' | '!' | '?'))
    {
        return true;
    }
    if CLOSERS.contains(&last) {
        let inner = s.trim_end_matches(CLOSERS);
        return match inner.chars().next_back() {
            Some(c) => FINAL.contains(&c) || c == '.' || c == ',' || c == '，',
            // Nothing but brackets: treat as closed.
            None => true,
        };
    }
    false
}

/// The paragraph without a wire story's closing mark (`…飞行。（完）`,
/// `…said. (END)`) or desk note (`…震荡。（编辑：林孟汝）`): they end the
/// story, they are not its text.
pub fn strip_end_mark(s: &str) -> &str {
    let mut t = s.trim_end();
    for m in ["(完)", "（完）", "(END)", "（END）", "(end)", "（end）", "-30-", "【完】", "[完]"] {
        if let Some(rest) = t.strip_suffix(m) {
            t = rest.trim_end();
            break;
        }
    }
    if let Some(text) = strip_desk_note(t) {
        return text;
    }
    // The Central News Agency closes with its desk note and the day's code,
    // `（編輯：李明宗）1150618` (year 115 of the Minguo calendar).
    let code = t.len() - t.trim_end_matches(|c: char| c.is_ascii_digit()).len();
    if (6..=8).contains(&code)
        && let Some(text) = strip_desk_note(&t[..t.len() - code])
    {
        return text;
    }
    t
}

/// The text before a desk note closing it (`…震荡。（编辑：林孟汝）`), if one does.
fn strip_desk_note(t: &str) -> Option<&str> {
    let folded = fold_traditional(t);
    if folded.ends_with([')', '）'])
        && let Some(open) = folded.rfind(['(', '（'])
    {
        let inner = folded[open..].trim_start_matches(['(', '（']).trim_end_matches([')', '）']);
        let note = ["责任编辑", "编辑", "责编", "校对"].iter().find_map(|w| inner.strip_prefix(w));
        if let Some(who) = note.and_then(|n| n.strip_prefix([':', '：']))
            && (1..=12).contains(&len(who.trim()))
            && is_terminated(&folded[..open])
        {
            return Some(t[..open].trim_end());
        }
    }
    None
}

/// `…点不着。（未完待续）`, `（待续）`, `(To be continued)`: an instalment of a
/// serial ends here and goes on in a later issue. Unlike a wire end mark the
/// words are the reader's (they say more is coming), so they stay in the
/// text; they only end the piece.
pub fn ends_instalment(s: &str) -> bool {
    let folded = fold_traditional(s.trim_end());
    let t = folded.trim_end_matches(['。', '.']);
    let Some(open) = t.rfind(['(', '（']) else { return false };
    let inner = t[open..].trim_start_matches(['(', '（']);
    let Some(inner) = inner.strip_suffix([')', '）']) else { return false };
    let inner = inner.trim().trim_end_matches(['。', '.', '…']);
    ["未完待续", "待续", "未完", "续完"].contains(&inner) || inner.eq_ignore_ascii_case("to be continued")
}

/// Traditional characters of the words the importer looks for (報訊, 記者,
/// 電, 責任編輯, 下轉…) and of common surnames (陳, 黃, 張…), and their
/// simplified forms, sorted for binary search.
/// Both forms are three bytes in UTF-8, so a folded text keeps every byte
/// offset of the original.
const TRADITIONAL: &[(char, char)] = &[
    ('並', '并'),
    ('來', '来'),
    ('係', '系'),
    ('個', '个'),
    ('們', '们'),
    ('傳', '传'),
    ('傷', '伤'),
    ('僑', '侨'),
    ('價', '价'),
    ('億', '亿'),
    ('優', '优'),
    ('兒', '儿'),
    ('內', '内'),
    ('別', '别'),
    ('劃', '划'),
    ('劉', '刘'),
    ('動', '动'),
    ('務', '务'),
    ('勞', '劳'),
    ('區', '区'),
    ('協', '协'),
    ('吳', '吴'),
    ('呂', '吕'),
    ('員', '员'),
    ('啓', '启'),
    ('啟', '启'),
    ('喬', '乔'),
    ('嚴', '严'),
    ('國', '国'),
    ('園', '园'),
    ('圖', '图'),
    ('團', '团'),
    ('執', '执'),
    ('報', '报'),
    ('場', '场'),
    ('婦', '妇'),
    ('媽', '妈'),
    ('孫', '孙'),
    ('學', '学'),
    ('實', '实'),
    ('寧', '宁'),
    ('審', '审'),
    ('寫', '写'),
    ('寶', '宝'),
    ('將', '将'),
    ('專', '专'),
    ('對', '对'),
    ('導', '导'),
    ('屆', '届'),
    ('層', '层'),
    ('屬', '属'),
    ('幣', '币'),
    ('幾', '几'),
    ('廣', '广'),
    ('張', '张'),
    ('後', '后'),
    ('從', '从'),
    ('愛', '爱'),
    ('慶', '庆'),
    ('應', '应'),
    ('戰', '战'),
    ('戶', '户'),
    ('採', '采'),
    ('擊', '击'),
    ('據', '据'),
    ('攝', '摄'),
    ('於', '于'),
    ('時', '时'),
    ('曆', '历'),
    ('書', '书'),
    ('會', '会'),
    ('東', '东'),
    ('條', '条'),
    ('楊', '杨'),
    ('業', '业'),
    ('樂', '乐'),
    ('標', '标'),
    ('檢', '检'),
    ('欄', '栏'),
    ('權', '权'),
    ('歐', '欧'),
    ('歲', '岁'),
    ('歷', '历'),
    ('殺', '杀'),
    ('氣', '气'),
    ('湯', '汤'),
    ('溫', '温'),
    ('濟', '济'),
    ('濱', '滨'),
    ('灣', '湾'),
    ('災', '灾'),
    ('為', '为'),
    ('熱', '热'),
    ('營', '营'),
    ('爺', '爷'),
    ('獲', '获'),
    ('環', '环'),
    ('產', '产'),
    ('畫', '画'),
    ('當', '当'),
    ('療', '疗'),
    ('發', '发'),
    ('監', '监'),
    ('盧', '卢'),
    ('眾', '众'),
    ('禮', '礼'),
    ('稅', '税'),
    ('稱', '称'),
    ('筆', '笔'),
    ('節', '节'),
    ('範', '范'),
    ('簡', '简'),
    ('紀', '纪'),
    ('約', '约'),
    ('級', '级'),
    ('終', '终'),
    ('組', '组'),
    ('絡', '络'),
    ('統', '统'),
    ('經', '经'),
    ('綜', '综'),
    ('綫', '线'),
    ('網', '网'),
    ('緊', '紧'),
    ('線', '线'),
    ('編', '编'),
    ('縣', '县'),
    ('總', '总'),
    ('續', '续'),
    ('罰', '罚'),
    ('羅', '罗'),
    ('習', '习'),
    ('聞', '闻'),
    ('聯', '联'),
    ('聲', '声'),
    ('聶', '聂'),
    ('聽', '听'),
    ('臺', '台'),
    ('與', '与'),
    ('興', '兴'),
    ('舉', '举'),
    ('莊', '庄'),
    ('華', '华'),
    ('萬', '万'),
    ('葉', '叶'),
    ('蔣', '蒋'),
    ('蕭', '萧'),
    ('藝', '艺'),
    ('蘇', '苏'),
    ('處', '处'),
    ('號', '号'),
    ('衆', '众'),
    ('術', '术'),
    ('衛', '卫'),
    ('製', '制'),
    ('見', '见'),
    ('規', '规'),
    ('視', '视'),
    ('親', '亲'),
    ('訂', '订'),
    ('訃', '讣'),
    ('計', '计'),
    ('訊', '讯'),
    ('訓', '训'),
    ('記', '记'),
    ('訟', '讼'),
    ('訪', '访'),
    ('設', '设'),
    ('許', '许'),
    ('訴', '诉'),
    ('評', '评'),
    ('詞', '词'),
    ('話', '话'),
    ('詳', '详'),
    ('語', '语'),
    ('說', '说'),
    ('課', '课'),
    ('調', '调'),
    ('談', '谈'),
    ('請', '请'),
    ('論', '论'),
    ('謝', '谢'),
    ('證', '证'),
    ('識', '识'),
    ('譚', '谭'),
    ('譯', '译'),
    ('議', '议'),
    ('讀', '读'),
    ('變', '变'),
    ('讓', '让'),
    ('財', '财'),
    ('貨', '货'),
    ('責', '责'),
    ('買', '买'),
    ('費', '费'),
    ('貿', '贸'),
    ('賀', '贺'),
    ('資', '资'),
    ('賈', '贾'),
    ('賣', '卖'),
    ('賴', '赖'),
    ('趙', '赵'),
    ('車', '车'),
    ('軍', '军'),
    ('輯', '辑'),
    ('轉', '转'),
    ('農', '农'),
    ('這', '这'),
    ('連', '连'),
    ('週', '周'),
    ('運', '运'),
    ('過', '过'),
    ('遞', '递'),
    ('選', '选'),
    ('還', '还'),
    ('郵', '邮'),
    ('鄉', '乡'),
    ('鄒', '邹'),
    ('鄔', '邬'),
    ('鄧', '邓'),
    ('鄭', '郑'),
    ('鄺', '邝'),
    ('醫', '医'),
    ('銀', '银'),
    ('錄', '录'),
    ('錢', '钱'),
    ('鍾', '钟'),
    ('鏈', '链'),
    ('鐘', '钟'),
    ('鐵', '铁'),
    ('長', '长'),
    ('門', '门'),
    ('開', '开'),
    ('間', '间'),
    ('閱', '阅'),
    ('閻', '阎'),
    ('關', '关'),
    ('陰', '阴'),
    ('陳', '陈'),
    ('陸', '陆'),
    ('陽', '阳'),
    ('隊', '队'),
    ('際', '际'),
    ('險', '险'),
    ('雙', '双'),
    ('雲', '云'),
    ('電', '电'),
    ('韋', '韦'),
    ('韓', '韩'),
    ('頁', '页'),
    ('項', '项'),
    ('預', '预'),
    ('領', '领'),
    ('頻', '频'),
    ('題', '题'),
    ('顏', '颜'),
    ('風', '风'),
    ('馬', '马'),
    ('馮', '冯'),
    ('駱', '骆'),
    ('驗', '验'),
    ('體', '体'),
    ('魯', '鲁'),
    ('鮑', '鲍'),
    ('麥', '麦'),
    ('黃', '黄'),
    ('點', '点'),
    ('黨', '党'),
    ('齊', '齐'),
    ('齡', '龄'),
    ('龍', '龙'),
    ('龐', '庞'),
    ('龔', '龚'),
];

/// A character of [`TRADITIONAL`] simplified, any other as it is.
pub fn fold_char(c: char) -> char {
    TRADITIONAL.binary_search_by_key(&c, |&(t, _)| t).map_or(c, |i| TRADITIONAL[i].1)
}

/// Whether `s` has a traditional character of [`TRADITIONAL`] (a Hong Kong,
/// Macau or Taiwan page's text).
pub fn is_traditional(s: &str) -> bool {
    s.chars().any(|c| fold_char(c) != c)
}

/// The text with the traditional characters of [`TRADITIONAL`] simplified,
/// for matching only: what a page prints (names, places, titles) is taken
/// from the original at the same byte offsets.
pub fn fold_traditional(s: &str) -> std::borrow::Cow<'_, str> {
    if !is_traditional(s) {
        return std::borrow::Cow::Borrowed(s);
    }
    std::borrow::Cow::Owned(s.chars().map(fold_char).collect())
}

/// What `part`, found in `folded` (the [`fold_traditional`] form of
/// `original`), reads in the original: its characters as the page prints them.
pub fn restore(original: &str, folded: &str, part: &str) -> String {
    if original.len() != folded.len() || original == folded {
        return part.to_string();
    }
    if let Some(o) = folded.find(part).and_then(|i| original.get(i..i + part.len())) {
        return o.to_string();
    }
    // A name put together from tokens (`王 斌` → `王斌`) is not one slice.
    part.chars().map(|c| folded.chars().zip(original.chars()).find(|(f, _)| *f == c).map_or(c, |(_, o)| o)).collect()
}

/// Sentence punctuation inside a line marks it as running text, not a heading.
pub fn has_inner_sentence_mark(s: &str) -> bool {
    let s = s.trim_end();
    let body: &str = match s.char_indices().next_back() {
        Some((i, _)) => &s[..i],
        None => s,
    };
    body.contains(['。', '；', '！', '!']) || body.contains("; ") || has_full_stop_inside(body)
}

/// A `. ` that ends a sentence: not an initial's (`Linda K. Sutter`) nor an
/// abbreviation's (`Mr. Smith`, `St. Mary's`, `Sept. 30`).
fn has_full_stop_inside(s: &str) -> bool {
    full_stops_inside(s) > 0
}

/// How many sentences an English paragraph holds, by its full stops, question
/// and exclamation marks inside (the same abbreviations and initials aside).
pub fn sentence_count(s: &str) -> usize {
    let s = s.trim_end();
    let inner = s.match_indices("? ").count() + s.match_indices("! ").count();
    1 + full_stops_inside(s) + inner
}

fn full_stops_inside(s: &str) -> usize {
    const SHORT: &[&str] = &[
        "Mr", "Mrs", "Ms", "Dr", "St", "Mt", "Ft", "Jr", "Sr", "No", "Gov", "Sen", "Rep", "Gen", "Lt", "Col", "Sgt",
        "Capt", "Prof", "Rev", "Hon", "Inc", "Co", "Corp", "Ltd", "vs", "Jan", "Feb", "Mar", "Apr", "Aug", "Sep",
        "Sept", "Oct", "Nov", "Dec", "Ave", "Blvd", "Rd",
    ];
    s.match_indices(". ")
        .filter(|(at, _)| {
            let word = s[..*at].rsplit(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
            let initial = word.chars().count() == 1 && word.chars().all(|c| c.is_uppercase());
            !(initial || SHORT.contains(&word))
        })
        .count()
}

/// A telephone number in the line: a Chinese mobile (`13803921234`), a
/// landline or hotline with its area code (`0392-2219999`, `400-820-1234`)
/// or a North American one (`555-0142`, `(724) 555-0187`). Bare runs of
/// digits (`12315`, a year, an amount) and date ranges (`2025-2026`) are not.
pub fn has_phone_number(s: &str) -> bool {
    static RE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    static_re(
        &RE,
        r"(?:^|[^0-9\-])(?:1[3-9][0-9]{9}|0[0-9]{2,3}-[0-9]{7,8}|400-?[0-9]{3}-?[0-9]{4}|(?:\([0-9]{3}\)\s?|[0-9]{3}-)?[0-9]{3}-[0-9]{4})(?:[^0-9\-]|$)",
    )
    .is_match(s)
        || {
            // `Call 01484 555 219`, `Tel: 020 7946 0018`: a British number in
            // groups of digits, after the word that says it is one.
            static SPACED: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
            static_re(&SPACED, r"(?i)\b(?:call|tel\.?|phone|ring|telephone)\s*:?\s*\+?[0-9](?:[0-9] ?){8,13}[0-9]\b").is_match(s)
        }
}

pub fn comma_count(s: &str) -> usize {
    s.chars().filter(|c| matches!(c, '，' | ',')).count()
}

pub fn word_count(s: &str) -> usize {
    s.split_whitespace().count()
}

/// Value of a Chinese or Arabic numeral up to 999 (`三`, `十二`, `二十一`, `12`, `１２`).
pub fn numeral(s: &str) -> Option<u32> {
    let s = s.trim();
    if s.is_empty() {
        return None;
    }
    let folded: String = s
        .chars()
        .map(|c| match c {
            '０'..='９' => char::from_u32(c as u32 - '０' as u32 + '0' as u32).unwrap_or(c),
            c => c,
        })
        .collect();
    if folded.bytes().all(|b| b.is_ascii_digit()) {
        return folded.parse().ok().filter(|n| *n < 100_000);
    }
    let digit = |c: char| -> Option<u32> {
        Some(match c {
            '零' | '〇' => 0,
            '一' | '壹' => 1,
            '二' | '两' | '贰' => 2,
            '三' | '叁' => 3,
            '四' | '肆' => 4,
            '五' | '伍' => 5,
            '六' | '陆' => 6,
            '七' | '柒' => 7,
            '八' | '捌' => 8,
            '九' | '玖' => 9,
            _ => return None,
        })
    };
    let mut total = 0u32;
    let mut current = 0u32;
    let mut seen = false;
    for c in folded.chars() {
        match c {
            '十' | '拾' => {
                total += if current == 0 { 10 } else { current * 10 };
                current = 0;
            }
            '百' | '佰' => {
                total += if current == 0 { 100 } else { current * 100 };
                current = 0;
            }
            c => current = current * 10 + digit(c)?,
        }
        seen = true;
    }
    seen.then_some(total + current)
}

/// `Sarah O’Connor` → `Sarah O'Connor`: a typeset apostrophe between two
/// letters read as the plain one, for a credit line whose names are kept
/// as read (one reporter, however a page set the name). A closing quote
/// (`the ‘Valley’ project`) touches a letter on one side only.
pub fn straight_apostrophes(s: &str) -> std::borrow::Cow<'_, str> {
    if !s.contains('’') {
        return std::borrow::Cow::Borrowed(s);
    }
    let letter = |c: Option<&char>| c.is_some_and(|c| c.is_alphabetic() && !is_han(*c));
    let chars: Vec<char> = s.chars().collect();
    let straight = |(i, &c): (usize, &char)| {
        if c == '’' && letter(i.checked_sub(1).and_then(|p| chars.get(p))) && letter(chars.get(i + 1)) {
            '\''
        } else {
            c
        }
    };
    std::borrow::Cow::Owned(chars.iter().enumerate().map(straight).collect())
}

/// `LACHLAN McKENZIE` → `LACHLAN MCKENZIE`: a name set in capitals keeps
/// the small `c` of a Scottish or Irish `Mc`/`Mac`; read as capitals (and
/// title-cased back to `McKenzie`). Anything else is returned as it is.
pub fn caps_with_mc(s: &str) -> std::borrow::Cow<'_, str> {
    let mc = |w: &str| {
        let rest = w.strip_prefix("Mac").or_else(|| w.strip_prefix("Mc"));
        rest.is_some_and(|r| r.chars().count() >= 2 && !r.chars().any(char::is_lowercase))
    };
    // (Asked of every paragraph: the words are walked twice, not collected.)
    let words = || s.split(' ');
    if !words().any(mc) || words().any(|w| !mc(w) && w.chars().any(char::is_lowercase)) {
        return std::borrow::Cow::Borrowed(s);
    }
    std::borrow::Cow::Owned(s.to_uppercase())
}

/// `ALL CAPS` → `All Caps` (bylines and datelines of English papers).
pub fn title_case_caps(s: &str) -> String {
    let s = caps_with_mc(s);
    let s = s.as_ref();
    if s.chars().any(|c| c.is_lowercase()) {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut start = true;
    // `SWNS`, `NTB`, `CNN`: a word of three or more letters and no vowel is
    // an agency's or a network's initials, no name, and stays as printed.
    let initials = |w: &str| {
        w.len() >= 3 && w.chars().all(|c| c.is_ascii_uppercase()) && !w.contains(['A', 'E', 'I', 'O', 'U', 'Y'])
    };
    // Whether the word being read is such initials.
    let mut as_printed = false;
    let mut prev = ' ';
    for (at, c) in s.char_indices() {
        if c.is_alphabetic() {
            let word = s[at..].split(|c: char| !c.is_alphabetic()).next().unwrap_or("");
            // `ST JOHN'S` is `St John's`: a possessive's `S` is no word of its
            // own, while `O'BRIEN` still gives `O'Brien`.
            if start && matches!(prev, '\'' | '\u{2019}') && word == "S" {
                out.extend(c.to_lowercase());
            } else if start {
                as_printed = initials(word);
                out.push(c);
            } else if as_printed {
                out.push(c);
            } else {
                out.extend(c.to_lowercase());
            }
            start = false;
        } else {
            out.push(c);
            start = true;
        }
        prev = c;
    }
    name_words(&out)
}

/// Words of a name or place just title-cased from capitals, mended:
/// - small words inside it lower case (`Rio De Janeiro` → `Rio de Janeiro`,
///   `Nation And World` → `Nation and World`, `Report on Business`), only between two other words,
///   and not `Van` or `Le`, which are Vietnamese names as often;
/// - a place's joining words inside it lower case (`Port-au-Prince`);
/// - a Scottish or Irish `Mc` keeps the capital after it (`Mcdonald` →
///   `McDonald`), only in words of five letters or more, as `MCA` or `MCAT`
///   are abbreviations.
fn name_words(s: &str) -> String {
    const SMALL: &[&str] =
        &["De", "Da", "Dos", "Das", "Del", "Della", "Di", "Du", "Von", "Der", "Of", "And", "The", "On", "For"];
    let words: Vec<&str> = s.split(' ').collect();
    let last = words.len() - 1;
    words
        .iter()
        .enumerate()
        .map(|(i, w)| {
            let mut cs = w.chars();
            match (cs.next(), cs.next(), cs.next()) {
                _ if i > 0 && i < last && SMALL.contains(w) => w.to_lowercase(),
                (Some('M'), Some('c'), Some(c)) if c.is_lowercase() && w.chars().count() >= 5 => {
                    format!("Mc{}{}", c.to_uppercase(), cs.as_str())
                }
                // `Port-Au-Prince` → `Port-au-Prince`, `Stratford-Upon-Avon`:
                // a place's small joining words inside it.
                _ if w.matches('-').count() >= 2 => {
                    const JOINING: &[&str] = &[
                        "Au", "Aux", "En", "Sur", "Upon", "Under", "Le", "La", "Les", "De", "Du", "Des", "On", "In",
                        "Sous",
                    ];
                    let parts: Vec<&str> = w.split('-').collect();
                    let end = parts.len() - 1;
                    parts
                        .iter()
                        .enumerate()
                        .map(
                            |(k, p)| {
                                if k > 0 && k < end && JOINING.contains(p) {
                                    p.to_lowercase()
                                } else {
                                    (*p).to_string()
                                }
                            },
                        )
                        .collect::<Vec<_>>()
                        .join("-")
                }
                _ => (*w).to_string(),
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn instalment_end_marks() {
        assert!(ends_instalment("周德顺站在河边，却怎么也点不着。（未完待续）"));
        assert!(ends_instalment("（待續）"));
        assert!(ends_instalment("He never came back. (To be continued)"));
        assert!(!ends_instalment("会议持续了三天（未完成部分另行安排）"));
        assert!(!ends_instalment("未完待续的故事"));
    }

    #[test]
    fn phone_numbers_but_not_years_or_amounts() {
        for s in [
            "王先生 13800138000",
            "咨询电话：0917-3398888",
            "热线400-820-1234",
            "Call 555-0142.",
            "724-555-0123",
            "(724) 555-0187",
        ] {
            assert!(has_phone_number(s), "{s}");
        }
        for s in [
            "12315热线",
            "2025-2026赛季",
            "1941 - 2026",
            "Ordinance 2026-3",
            "成交额4862亿元",
            "2026-03-21",
            "ISBN 978-7-5600-1234-5",
        ] {
            assert!(!has_phone_number(s), "{s}");
        }
    }

    #[test]
    fn capitals_become_title_case_with_small_words_inside() {
        assert_eq!(title_case_caps("RIO DE JANEIRO"), "Rio de Janeiro");
        assert_eq!(title_case_caps("NATION AND WORLD"), "Nation and World");
        assert_eq!(title_case_caps("NGUYEN VAN AN"), "Nguyen Van An");
        assert_eq!(title_case_caps("DE MOINES"), "De Moines");
        assert_eq!(title_case_caps("Rio De Janeiro"), "Rio De Janeiro");
        assert_eq!(title_case_caps("SEAN MCDONALD"), "Sean McDonald");
        assert_eq!(title_case_caps("MCKAY"), "McKay");
        // Initials stay as printed; a name of two letters is still a name.
        assert_eq!(title_case_caps("SWNS"), "SWNS");
        assert_eq!(title_case_caps("JOHN SMITH/SWNS"), "John Smith/SWNS");
        assert_eq!(title_case_caps("NG KAR WAI"), "Ng Kar Wai");
        assert_eq!(title_case_caps("MCAT PREP"), "Mcat Prep");
        assert_eq!(title_case_caps("Sean Mcdonald"), "Sean Mcdonald");
    }

    #[test]
    fn termination() {
        assert!(is_terminated("水平提升提供人才支撑。"));
        assert!(is_terminated("他说：“好。”"));
        assert!(is_terminated("主要措施如下："));
        // Issue 3: a bracketed note or credit after the sentence closed.
        assert!(is_terminated("雙方首批將支持三十個跨境科研項目。（相關新聞刊A6）"));
        assert!(is_terminated("120余名官兵同台竞技。（郑 磊）"));
        assert!(!is_terminated("资金用于（一）"));
        assert!(!is_terminated("推动医疗设备与器械“全球"));
        assert!(!is_terminated("器械“全球买、全球卖”"));
        assert!(!is_terminated("为推动我市社区养老服务"));
        assert!(is_terminated("The council met."));
        assert!(is_terminated("\"It works,\" she said."));
        assert!(!is_terminated("The council voted to"));
    }

    #[test]
    fn end_marks() {
        assert_eq!(strip_end_mark("这是第590次飞行。（完）"), "这是第590次飞行。");
        assert_eq!(
            strip_end_mark("並通知各縣市政府加強側溝清淤。（編輯：李明宗）1150618"),
            "並通知各縣市政府加強側溝清淤。"
        );
        assert_eq!(strip_end_mark("全年共接待游客1150618"), "全年共接待游客1150618");
        assert_eq!(strip_end_mark("The vote was 7-2. (END)"), "The vote was 7-2.");
        assert_eq!(strip_end_mark("（完）"), "");
        assert_eq!(strip_end_mark("尚未完成（未完）"), "尚未完成（未完）");
        assert_eq!(strip_end_mark("預期短線震盪。（編輯：林孟汝）"), "預期短線震盪。");
        assert_eq!(strip_end_mark("他是本刊（编辑：张三）"), "他是本刊（编辑：张三）");
    }

    #[test]
    fn traditional_folds_in_place() {
        let t = "本報訊（記者 黃家俊）港鐵工程";
        let f = fold_traditional(t);
        assert_eq!(f, "本报讯（记者 黄家俊）港铁工程");
        assert_eq!(f.len(), t.len());
        assert_eq!(restore(t, &f, "本报"), "本報");
        assert_eq!(restore(t, &f, "黄家俊"), "黃家俊");
        assert!(matches!(fold_traditional("本报讯"), std::borrow::Cow::Borrowed(_)));
        assert!(TRADITIONAL.windows(2).all(|w| w[0].0 < w[1].0));
        assert!(TRADITIONAL.iter().all(|(t, s)| t.len_utf8() == 3 && s.len_utf8() == 3));
    }

    #[test]
    fn numerals() {
        assert_eq!(numeral("一"), Some(1));
        assert_eq!(numeral("十"), Some(10));
        assert_eq!(numeral("十二"), Some(12));
        assert_eq!(numeral("二十一"), Some(21));
        assert_eq!(numeral("3"), Some(3));
        assert_eq!(numeral("０３"), Some(3));
        assert_eq!(numeral("一百零五"), Some(105));
        assert_eq!(numeral("甲"), None);
        assert_eq!(numeral(""), None);
    }

    #[test]
    fn caps() {
        assert_eq!(title_case_caps("SPRINGFIELD"), "Springfield");
        assert_eq!(title_case_caps("JANE O'NEIL"), "Jane O'Neil");
        assert_eq!(title_case_caps("Jane Doe"), "Jane Doe");
    }
}
