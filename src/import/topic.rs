//! Import step, classification: an article's `topic` (one of the site's
//! topics, by keyword hits) and `tags` (its key terms: jieba TF-IDF against
//! jieba's corpus IDF for Chinese; for English, the names its text gives
//! (runs of capitals inside sentences) and the words it repeats).
//! Both are deterministic: ties break by list order or by the word itself.

use super::rules::ImportRules;
use super::text::is_cjk_text;
use crate::config::TopicDef;
use jieba_rs::{Jieba, KeywordExtract, TfIdf};
use std::collections::BTreeMap;
use std::sync::OnceLock;

/// How many tags an article gets at most.
pub const MAX_TAGS: usize = 5;
/// A keyword in the title counts this many times a hit in the body.
const TITLE_WEIGHT: usize = 3;

/// The topic whose keywords the article mentions most (title hits weigh
/// more); ties go to the topic listed first; no hit, no topic. For an
/// article printed in `section`, a section named
/// by a topic's keyword (`体育新闻`, `Sports`, `健康`) counts for that topic
/// as a title hit does twice where the text names it at least once: a
/// result on the sports page that mentions a clinic is sport; the text can
/// still outweigh it, and a notice that names none of the topic's words
/// gets no topic from its page alone.
pub fn choose_topic(title: &str, body: &str, section: Option<&str>, topics: &[TopicDef]) -> Option<String> {
    let title_l = title.to_lowercase();
    let body = BodyText::new(body);
    let section_l = section.map(str::to_lowercase).unwrap_or_default();
    let mut best: Option<(usize, &TopicDef)> = None;
    for t in topics {
        let mut score = 0;
        let mut names_section = false;
        for k in &t.keywords {
            let k = k.trim().to_lowercase();
            if k.is_empty() {
                continue;
            }
            score += TITLE_WEIGHT * count(&title_l, &k) + count_in_body(&body, &k);
            names_section |= count(&section_l, &k) > 0;
        }
        if names_section && score > 0 {
            score += 2 * TITLE_WEIGHT;
        }
        if score > 0 && best.is_none_or(|(s, _)| score > s) {
            best = Some((score, t));
        }
    }
    best.map(|(_, t)| t.name.clone()).filter(|n| !n.trim().is_empty())
}

/// Occurrences of a keyword: substring for Chinese, whole words for Latin,
/// a plural in `-s` or `-es` counting for the word (`school` in `schools`,
/// `tax` in `taxes`), so one list serves both.
fn count(text: &str, keyword: &str) -> usize {
    if keyword.chars().any(super::text::is_han) {
        return text.matches(keyword).count();
    }
    text.match_indices(keyword)
        .filter(|(i, m)| {
            let before = text[..*i].chars().next_back();
            let rest = &text[i + m.len()..];
            let rest = rest
                .strip_prefix("es")
                .or_else(|| rest.strip_prefix('s'))
                .filter(|r| !r.chars().next().is_some_and(char::is_alphanumeric))
                .unwrap_or(rest);
            !before.is_some_and(|c| c.is_alphanumeric()) && !rest.chars().next().is_some_and(char::is_alphanumeric)
        })
        .count()
}

/// A story's text as [`count_in_body`] reads it, lower-cased once per
/// article rather than once per keyword.
struct BodyText<'a> {
    text: &'a str,
    lower: String,
    /// Lower case at the same byte offsets as `text`: a letter whose lower
    /// case is longer or shorter (`İ`) stays as it is.
    aligned: String,
}

impl<'a> BodyText<'a> {
    fn new(text: &'a str) -> Self {
        let aligned = text
            .chars()
            .map(|c| {
                let mut l = c.to_lowercase();
                match (l.next(), l.next()) {
                    (Some(x), None) if x.len_utf8() == c.len_utf8() => x,
                    _ => c,
                }
            })
            .collect();
        BodyText { text, lower: text.to_lowercase(), aligned }
    }
}

/// [`count`] in a story's text, leaving out a Latin keyword that opens a
/// name of capitalised words: `Council Bluffs`, `Market Street` name a
/// place, not a council or a market (every story of an Iowa paper said
/// `Council Bluffs` and was politics). One that ends a name still counts
/// (`City Council`, `Stockport Council`), and so does a post before a name
/// (`Mayor Jane Doe`). Not for titles, whose words are capitalised by
/// house style.
fn count_in_body(body: &BodyText, keyword: &str) -> usize {
    let all = count(&body.lower, keyword);
    // A post opens a name and keeps its sense (`Mayor Jane Doe`).
    let post = EN_TITLES.contains(&keyword);
    if all == 0 || post || keyword.chars().any(super::text::is_han) {
        return all;
    }
    let text = body.text;
    let capital = |w: Option<&str>| w.and_then(|w| w.chars().next()).is_some_and(char::is_uppercase);
    let opening = body
        .aligned
        .match_indices(keyword)
        .map(|(i, _)| i)
        .filter(|&i| {
            let end = i + keyword.len();
            let after = &text[end..];
            let before = &text[..i];
            capital(Some(&text[i..]))
                && !after.chars().next().is_some_and(char::is_alphanumeric)
                && !before.chars().next_back().is_some_and(char::is_alphanumeric)
                && after.strip_prefix(' ').is_some_and(|a| capital(Some(a)))
                // (`Kroll, Council Bluffs`: a comma ends the name before.)
                && !before
                    .strip_suffix(' ')
                    .and_then(|b| b.split(' ').next_back())
                    .is_some_and(|w| capital(Some(w)) && w.ends_with(char::is_alphanumeric))
        })
        .count();
    all - opening.min(all)
}

/// Starts loading jieba's dictionary and its IDF table, each on a thread of
/// its own, once per process. Together they are most of importing a page
/// (0.2–0.3 s on one core, every `gazette build` that imports a changed
/// page); side by side, and while the page is segmented, they take about
/// half that. `tags` waits for them.
pub fn warm_up() {
    static STARTED: std::sync::Once = std::sync::Once::new();
    STARTED.call_once(|| {
        let loads: [fn(); 2] = [|| _ = jieba(), || _ = tfidf()];
        for load in loads {
            // Should no thread start, the first page to need it loads it, as before.
            let _ = std::thread::Builder::new().name("jieba".into()).spawn(load);
        }
    });
}

/// A word jieba's dictionary holds as a common word, not a person's name
/// (`文化`, `高考`; but `张立新`, unknown, or a name tagged `nr`): a short
/// line that is one is a label, never a signature.
pub(super) fn is_dictionary_word(w: &str) -> bool {
    matches!(&jieba().tag(w, false)[..], [t] if t.word == w && !t.tag.starts_with("nr"))
}

/// A common word of jieba's dictionary, one word whole (`文化`, `提醒`,
/// `教育`): a label's, never a place's name (places are tagged `ns`, `nz`
/// or not held whole, and some, `花莲`, as names).
pub(super) fn is_common_word(w: &str) -> bool {
    matches!(&jieba().tag(w, false)[..], [t] if t.word == w
        && matches!(t.tag, "n" | "v" | "vn" | "vd" | "a" | "ad" | "an" | "d" | "l" | "i" | "b" | "t"))
}

fn jieba() -> &'static Jieba {
    static JIEBA: OnceLock<Jieba> = OnceLock::new();
    JIEBA.get_or_init(Jieba::new)
}

fn tfidf() -> &'static TfIdf {
    static TFIDF: OnceLock<TfIdf> = OnceLock::new();
    TFIDF.get_or_init(TfIdf::default)
}

/// Parts of speech that make useful tags: nouns, place and organisation
/// names, other proper nouns, verbal nouns.
const TAG_POS: &[&str] = &["n", "ns", "nt", "nz", "vn", "nr"];

/// The article's key terms, best first, at most [`MAX_TAGS`].
pub fn tags(title: &str, body: &str, rules: &ImportRules, exclude: &[String]) -> Vec<String> {
    let text = format!("{title}\n{title}\n{body}");
    let candidates: Vec<String> = if is_cjk_text(&text) {
        let pos = TAG_POS.iter().map(|p| (*p).to_string()).collect();
        tfidf().extract_keywords(jieba(), &text, MAX_TAGS * 4, pos).into_iter().map(|k| k.keyword).collect()
    } else {
        // (`Lakemont’s council`: a typeset apostrophe read as the plain one,
        // so a possessive is dropped and a name is one tag however pages
        // set it.)
        use super::text::straight_apostrophes;
        english_terms(&straight_apostrophes(title), &straight_apostrophes(body))
    };
    let mut out: Vec<String> = Vec::new();
    for c in candidates {
        let c = c.trim().to_string();
        let usable = super::text::len(&c) >= 2
            && !c
                .chars()
                .any(|ch| ch.is_ascii_digit() || matches!(ch, '/' | '\\' | '.'))
            && !rules.stop_words.contains(&c)
            && !exclude.contains(&c)
            && !out.contains(&c)
            // `本报记者`, `通讯员`, `新华社`: who wrote it, not what it is about.
            && !rules.reporter_roles.iter().chain(&rules.contributor_roles).any(|r| *r == c)
            && !["记者", "通讯员", "实习生", "编辑"].iter().any(|r| c.contains(r))
            && !rules.agencies.contains(&c)
            // `一场场`, `两项`: counted things, not topics.
            && !c.starts_with(['一', '二', '两', '三', '四', '五', '六', '七', '八', '九', '十', '几', '每']);
        if usable {
            out.push(c);
        }
        if out.len() == MAX_TAGS {
            break;
        }
    }
    out
}

const EN_STOP: &[&str] = &[
    "about",
    "after",
    "again",
    "against",
    "also",
    "although",
    "among",
    "another",
    "because",
    "been",
    "before",
    "being",
    "between",
    "both",
    "could",
    "does",
    "doing",
    "down",
    "during",
    "each",
    "even",
    "every",
    "from",
    "further",
    "have",
    "having",
    "here",
    "into",
    "itself",
    "just",
    "last",
    "like",
    "made",
    "make",
    "many",
    "more",
    "most",
    "much",
    "must",
    "next",
    "only",
    "other",
    "over",
    "said",
    "same",
    "says",
    "should",
    "since",
    "some",
    "still",
    "such",
    "than",
    "that",
    "their",
    "them",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "through",
    "under",
    "until",
    "very",
    "want",
    "were",
    "what",
    "when",
    "where",
    "which",
    "while",
    "will",
    "with",
    "would",
    "year",
    "years",
    "your",
    "told",
    "week",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "percent",
    "people",
    "according",
    "first",
    "three",
    "there's",
    "it's",
    "don't",
    "including",
    "around",
    "without",
    "within",
    "across",
    "among",
    "city",
    "million",
    "billion",
    "thousand",
    "thousands",
    "officials",
    "official",
];

/// Words that open a sentence with a capital without naming anything
/// (`The Senate`, `But Council`): never the start of a name.
const EN_STARTERS: &[&str] = &[
    "a", "an", "and", "as", "at", "but", "by", "for", "he", "her", "his", "if", "in", "it", "its", "of", "on", "or",
    "our", "she", "so", "the", "their", "they", "to", "we", "with", "yet", "you", "after", "before", "when", "while",
    "this", "that", "these", "those", "there", "here", "some", "many", "most", "all", "both", "each", "no", "not",
    "one", "two", "three", "mr", "mrs", "ms", "dr", "sir", "about", "over", "under", "from", "into", "under", "like",
];

/// Words that are no topic however often they come: pronouns and time words
/// EN_STOP does not hold (nor the months, [`super::text::MONTHS`], which
/// tag every story of a month).
const EN_NO_TOPIC: &[&str] = &[
    "nobody",
    "everyone",
    "everybody",
    "everything",
    "something",
    "anything",
    "someone",
    "anyone",
    "nothing",
    "today",
    "yesterday",
    "tomorrow",
    "tonight",
    "weeks",
    "month",
    "months",
    "cent",
    "cents",
    "crore",
    "lakh",
    "lakhs",
    "rs",
];

/// Frequent words that say what happened or how, not what a story is about:
/// verbs in their common forms, adverbs, adjectives and counting words
/// (`held`, `open`, `along`, `extra`, `double`). EN_STOP holds the words
/// too common to count at all; these are words a story may repeat and
/// still not be about. Past forms ending `-ed` need no entry
/// ([`is_plain_word`]).
const EN_PLAIN: &[&str] = &[
    // Irregular past tenses and participles.
    "held",
    "found",
    "paid",
    "stole",
    "stolen",
    "took",
    "taken",
    "gave",
    "given",
    "went",
    "gone",
    "came",
    "left",
    "kept",
    "sent",
    "spent",
    "built",
    "bought",
    "brought",
    "caught",
    "taught",
    "thought",
    "fought",
    "sought",
    "lost",
    "sold",
    "began",
    "begun",
    "became",
    "grew",
    "grown",
    "knew",
    "known",
    "threw",
    "thrown",
    "drew",
    "drawn",
    "flew",
    "flown",
    "wrote",
    "written",
    "drove",
    "driven",
    "rose",
    "risen",
    "fell",
    "fallen",
    "broke",
    "broken",
    "chose",
    "chosen",
    "spoke",
    "spoken",
    "stood",
    "struck",
    "hung",
    "sang",
    "slept",
    "swept",
    "felt",
    "dealt",
    "meant",
    "heard",
    "laid",
    "fled",
    "shot",
    "done",
    "seen",
    "shown",
    "worn",
    "torn",
    "sworn",
    "hidden",
    "bitten",
    "forgotten",
    "understood",
    "woken",
    "withdrew",
    "withdrawn",
    // Verbs in other forms.
    "get",
    "gets",
    "getting",
    "give",
    "gives",
    "giving",
    "take",
    "takes",
    "taking",
    "come",
    "comes",
    "coming",
    "going",
    "goes",
    "know",
    "knows",
    "think",
    "thinks",
    "seem",
    "seems",
    "look",
    "looks",
    "looking",
    "find",
    "finds",
    "keep",
    "keeps",
    "help",
    "helps",
    "helping",
    "show",
    "shows",
    "open",
    "opens",
    "close",
    "closes",
    "rise",
    "rises",
    "fall",
    "falls",
    "expect",
    "expects",
    "call",
    "calls",
    "believe",
    "believes",
    "tell",
    "tells",
    "ask",
    "asks",
    "add",
    "adds",
    "note",
    "notes",
    "hope",
    "hopes",
    "plan",
    "plans",
    "continue",
    "continues",
    "remain",
    "remains",
    "become",
    "becomes",
    "allow",
    "allows",
    "bring",
    "brings",
    "hold",
    "holds",
    "turn",
    "turns",
    "move",
    "moves",
    "start",
    "starts",
    "runs",
    "sets",
    "puts",
    "meet",
    "meets",
    "include",
    "includes",
    "involve",
    "involves",
    "provide",
    "provides",
    "receive",
    "receives",
    "agree",
    "agrees",
    "happen",
    "happens",
    "makes",
    "making",
    "used",
    "using",
    "uses",
    "need",
    "needs",
    "seeks",
    "wants",
    "saying",
    "urge",
    "urges",
    "warn",
    "warns",
    // Adverbs and joining words.
    "well",
    "back",
    "away",
    "already",
    "always",
    "never",
    "often",
    "really",
    "however",
    "therefore",
    "later",
    "early",
    "earlier",
    "recent",
    "recently",
    "currently",
    "nearly",
    "almost",
    "along",
    "least",
    "less",
    "several",
    "various",
    "whether",
    "either",
    "neither",
    "though",
    "thus",
    "soon",
    "once",
    "twice",
    "else",
    "ever",
    "enough",
    "quite",
    "rather",
    "perhaps",
    "maybe",
    "instead",
    "despite",
    "towards",
    "toward",
    "upon",
    "onto",
    "near",
    "behind",
    "beyond",
    "above",
    "below",
    "outside",
    "inside",
    "amid",
    "amidst",
    "whose",
    "whom",
    "ahead",
    "abroad",
    "together",
    "yesterday's",
    "today's",
    "isn't",
    "wasn't",
    "aren't",
    "didn't",
    "doesn't",
    "can't",
    "won't",
    "couldn't",
    "wouldn't",
    "shouldn't",
    "he's",
    "she's",
    "that's",
    "what's",
    "let's",
    "we're",
    "they're",
    "you're",
    "we've",
    "they've",
    "you've",
    "i've",
    "i'm",
    // Adjectives and counting words.
    "good",
    "great",
    "best",
    "better",
    "high",
    "higher",
    "highest",
    "large",
    "larger",
    "largest",
    "small",
    "smaller",
    "long",
    "longer",
    "short",
    "full",
    "whole",
    "able",
    "bigger",
    "biggest",
    "major",
    "main",
    "important",
    "possible",
    "likely",
    "different",
    "certain",
    "clear",
    "sure",
    "real",
    "true",
    "free",
    "extra",
    "double",
    "single",
    "total",
    "overall",
    "current",
    "latest",
    "late",
    "past",
    "local",
    "special",
    "particular",
    "available",
    "similar",
    "serious",
    "strong",
    "hard",
    "easy",
    "second",
    "third",
    "fourth",
    "fifth",
    "final",
    "four",
    "five",
    "seven",
    "eight",
    "nine",
    "twenty",
    "thirty",
    "hundred",
    "hundreds",
    "dozen",
    "dozens",
    "half",
    "part",
    "kind",
    "lots",
    "number",
    "numbers",
    "thing",
    "things",
    "time",
    "times",
    "days",
    "ways",
    "side",
    "fact",
    "point",
    "young",
    "new",
    "top",
    "lower",
    "lowest",
    "own",
    "others",
    "cannot",
];

/// A word that says what happened or how, never the subject: one of
/// [`EN_PLAIN`] (`held`, `along`), or a past form ending `-ed` (`banned`,
/// `reported`) unless it is a noun (`speed`, `seed`, `hundred`).
fn is_plain_word(w: &str) -> bool {
    const ED_NOUNS: &[&str] = &[
        "speed",
        "seed",
        "need",
        "breed",
        "greed",
        "weed",
        "feed",
        "creed",
        "deed",
        "steed",
        "reed",
        "shed",
        "shred",
        "sled",
        "bloodshed",
        "watershed",
        "hundred",
        "kindred",
    ];
    // A compound by its last word (`high-speed`, `long-awaited`).
    let last = w.rsplit('-').next().unwrap_or(w);
    last.ends_with("ed") && !ED_NOUNS.contains(&last) || EN_PLAIN.contains(&w)
}

/// Posts and titles set before a name (`Mayor Phil Mauger`, `Superintendent
/// Karen Liu`): the name is the tag, the post is not part of it.
const EN_TITLES: &[&str] = &[
    "mayor",
    "superintendent",
    "owner",
    "president",
    "minister",
    "prime",
    "chief",
    "senator",
    "sen",
    "rep",
    "gov",
    "governor",
    "judge",
    "justice",
    "councillor",
    "councilor",
    "coach",
    "professor",
    "prof",
    "dr",
    "detective",
    "sergeant",
    "sgt",
    "officer",
    "inspector",
    "chairman",
    "chairwoman",
    "chair",
    "director",
    "manager",
    "principal",
    "premier",
    "secretary",
    "commissioner",
    "captain",
    "capt",
    "lt",
    "general",
    "gen",
    "pastor",
    "father",
    "rev",
    "reverend",
    "sheriff",
    "deputy",
    "vice",
    "acting",
    "former",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "founder",
    "mr",
    "mrs",
    "ms",
    "miss",
    "sir",
    "dame",
    "lord",
    "lady",
    "constable",
    "trustee",
    "chancellor",
    "treasurer",
    "alderman",
    "councilman",
    "councilwoman",
];

/// One word of English text and what stands before it.
struct EnWord<'a> {
    word: &'a str,
    /// After the start, a sentence end, a colon, a quote or a line break:
    /// a capital here says nothing about the word.
    sentence_start: bool,
    /// Only spaces since the previous word: the two can be one name.
    joined: bool,
}

fn english_words(text: &str) -> Vec<EnWord<'_>> {
    let mut out = Vec::new();
    let mut gap_start = 0;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if !c.is_alphanumeric() {
            continue;
        }
        let mut end = i + c.len_utf8();
        // Apostrophes and hyphens inside a word (`O'Brien`, `short-term`).
        while let Some(&(j, d)) = chars.peek() {
            let inner = matches!(d, '\'' | '’' | '-')
                && text[j + d.len_utf8()..].chars().next().is_some_and(char::is_alphanumeric);
            if d.is_alphanumeric() || inner {
                end = j + d.len_utf8();
                chars.next();
            } else {
                break;
            }
        }
        let gap = &text[gap_start..i];
        out.push(EnWord {
            word: &text[i..end],
            sentence_start: out.is_empty() || gap.contains(['.', '!', '?', ':', ';', '\n', '"', '“', '”', '—']),
            joined: !out.is_empty() && !gap.is_empty() && gap.chars().all(|c| c == ' '),
        });
        gap_start = end;
    }
    out
}

/// `Senate`, `McDonald`, `O'Brien`, and short acronyms (`FBI`, `NATO`); not
/// a word set in capitals for emphasis (`PARKING fees`).
fn is_capitalised(w: &str) -> bool {
    let mut cs = w.chars();
    let Some(first) = cs.next() else { return false };
    if !first.is_uppercase() {
        return false;
    }
    let letters = w.chars().filter(|c| c.is_alphabetic()).count();
    w.chars().any(char::is_lowercase) || (2..=5).contains(&letters) && !w.chars().any(|c| c.is_ascii_digit())
}

fn without_possessive(w: &str) -> &str {
    w.strip_suffix("'s").or_else(|| w.strip_suffix("’s")).unwrap_or(w)
}

/// English key terms, best first: names (runs of capitalised words in the
/// body, `Senate`, `White House`, `Jarren Duran`, a surname alone counting
/// for the full name) and other words of four letters or more without
/// stopwords, by how often the body has them, the title adding 2 to a term
/// the body has too. A title's words are no evidence alone: headlines are
/// often set in title case, and their verbs (`clears`, `ignores`) are no
/// topic. Ties: names first, then alphabetically.
fn english_terms(title: &str, body: &str) -> Vec<String> {
    let words = english_words(body);
    let lower: std::collections::HashSet<&str> =
        words.iter().filter(|w| w.word.chars().all(char::is_lowercase)).map(|w| w.word).collect();
    // Capitals inside a sentence: a word written so there is a name.
    // (`A MAN who…`: after a sentence's opening `A` or `The` is no inside.)
    let opens = |i: usize| {
        words[i].sentence_start
            || i > 0
                && words[i].joined
                && words[i - 1].sentence_start
                && EN_STARTERS.contains(&words[i - 1].word.to_lowercase().as_str())
    };
    let mid_caps: std::collections::HashSet<&str> = (0..words.len())
        .filter(|&i| !opens(i) && is_capitalised(words[i].word))
        .map(|i| without_possessive(words[i].word))
        .collect();
    // Names: (as written) -> count; other words: lower case -> count.
    let mut names: BTreeMap<String, usize> = BTreeMap::new();
    let mut common: BTreeMap<String, usize> = BTreeMap::new();
    let add_common = |w: &str, common: &mut BTreeMap<String, usize>| {
        let w = without_possessive(w).to_lowercase();
        if w.chars().count() >= 4
            && w.chars().all(|c| c.is_alphabetic() || c == '-')
            && !EN_STOP.contains(&w.as_str())
            && !EN_NO_TOPIC.contains(&w.as_str())
            && !is_plain_word(&w)
            && !super::text::MONTHS.contains(&w.as_str())
        {
            *common.entry(w).or_default() += 1;
        }
    };
    let mut i = 0;
    while i < words.len() {
        if !is_capitalised(words[i].word) {
            add_common(words[i].word, &mut common);
            i += 1;
            continue;
        }
        // A run of capitalised words, `of`/`and`/`the` between two of them.
        let mut j = i + 1;
        while j < words.len() && words[j].joined && !words[j - 1].word.ends_with("'s") {
            if is_capitalised(words[j].word) {
                j += 1;
            } else if matches!(words[j].word, "of" | "for" | "the" | "de")
                && words.get(j + 1).is_some_and(|n| n.joined && is_capitalised(n.word))
            {
                j += 2;
            } else {
                break;
            }
        }
        let mut run: Vec<&str> = words[i..j].iter().map(|w| w.word).collect();
        // `A MAN whose dogs…`, `GOR Mahia moved…`: British, Australian and
        // African papers set a story's first word in capitals; it is that
        // word (or the name written as the text writes it elsewhere), not an
        // acronym or a name of its own.
        let caps_opening = opens(i)
            && run[0].chars().filter(|c| c.is_alphabetic()).count() >= 3
            && !run[0].chars().any(char::is_lowercase);
        let recased = caps_opening.then(|| {
            let mut r = run.clone();
            let first = super::text::title_case_caps(r[0]);
            r[0] = &first;
            let again = r.join(" ");
            body.contains(&again).then_some(again)
        });
        if let Some(Some(again)) = &recased {
            *names.entry(again.clone()).or_default() += 1;
            i = j;
            continue;
        }
        if caps_opening && run.len() == 1 && !mid_caps.contains(run[0]) {
            add_common(run[0], &mut common);
            i = j;
            continue;
        }
        if words[i].sentence_start {
            // `The Senate`: the sentence's capital, not the name's.
            while run.first().is_some_and(|w| EN_STARTERS.contains(&w.to_lowercase().as_str())) {
                run.remove(0);
            }
            if let [only] = run[..] {
                // `Farmers across…` opens a sentence; `Senate` is written so
                // inside one too.
                let l = only.to_lowercase();
                if lower.contains(l.as_str()) || !mid_caps.contains(without_possessive(only)) {
                    add_common(only, &mut common);
                    run.clear();
                }
            }
        }
        // `Fire Chief Dana Brooks`, `Federal Health Minister Priya Sandhu`: the
        // name after the last post, unless the post is the name (`Minister of Works`).
        let post = |w: &str| EN_TITLES.contains(&w.to_lowercase().trim_end_matches('.'));
        if let Some(k) = (0..run.len().saturating_sub(1)).rev().find(|&k| post(run[k]) && run[k + 1] != "of") {
            run.drain(..=k);
        }
        // `ASUU President`, the name cut off by a comma: the body, not its post.
        while run.len() >= 2 && !post(run[0]) && run.last().is_some_and(|w| post(w)) {
            run.pop();
        }
        if let Some(last) = run.last_mut() {
            *last = without_possessive(last);
        }
        // `March`, `Monday`, `They`: one word that is no name to tag.
        let no_name = match &run[..] {
            [only] => {
                let l = only.to_lowercase();
                [EN_NO_TOPIC, EN_STOP, EN_STARTERS, EN_PLAIN, super::text::MONTHS]
                    .iter()
                    .any(|list| list.contains(&l.as_str()))
            }
            _ => false,
        };
        if !run.is_empty() && !no_name && run.join(" ").chars().count() >= 2 {
            *names.entry(run.join(" ")).or_default() += 1;
        }
        i = j;
    }
    // A surname alone (`Duran`) counts for the full name said once (`Jarren
    // Duran`), a short form for the long one it ends (`Red Sox`, `Boston Red Sox`).
    let shorts: Vec<(String, usize)> = names.iter().map(|(n, c)| (n.clone(), *c)).collect();
    for (single, count) in shorts {
        let full = names
            .iter()
            .filter(|(n, _)| n.len() > single.len() && n.ends_with(&format!(" {single}")))
            .max_by_key(|(_, c)| **c)
            .map(|(n, _)| n.clone());
        if let Some(full) = full {
            *names.get_mut(&full).expect("listed") += count;
            names.remove(&single);
        }
    }
    let title_lower = format!(
        " {} ",
        english_words(title).iter().map(|w| without_possessive(w.word).to_lowercase()).collect::<Vec<_>>().join(" ")
    );
    let in_title = |t: &str| title_lower.contains(&format!(" {} ", t.to_lowercase()));
    // A name the title gives in part (`Galway` for `Galway City Ring Road`).
    let name_in_title = |n: &str| {
        n.split(' ').any(|w| w.chars().count() >= 3 && !EN_STOP.contains(&w.to_lowercase().as_str()) && in_title(w))
    };
    // A one-word name is tagged in lower case (`senate`, `ottawa`), as the
    // word is when a sentence opens with it, so that one story's `Senate`
    // and another's `senate` are one tag; an acronym keeps its capitals.
    let one_word: Vec<String> =
        names.keys().filter(|n| !n.contains(' ') && n.chars().any(char::is_lowercase)).cloned().collect();
    for n in one_word {
        let c = names.remove(&n).unwrap_or(0);
        *common.entry(n.to_lowercase()).or_default() += c;
    }
    let mut scored: Vec<(usize, bool, String)> = names
        .into_iter()
        .map(|(n, c)| (c + 2 * usize::from(name_in_title(&n)), true, n))
        .chain(common.into_iter().map(|(w, c)| (c + 2 * usize::from(in_title(&w)), false, w)))
        .filter(|(score, _, _)| *score >= 2)
        .collect();
    // Best first; a name before a word of the same score; then by the term.
    scored.sort_by(|a, b| b.0.cmp(&a.0).then(b.1.cmp(&a.1)).then_with(|| a.2.to_lowercase().cmp(&b.2.to_lowercase())));
    // A word already inside a chosen name (`house` beside `White House`) adds nothing.
    let mut out: Vec<String> = Vec::new();
    for (_, _, t) in scored {
        let l = t.to_lowercase();
        if !out.iter().any(|o| o.to_lowercase().split(' ').any(|p| p == l)) {
            out.push(t);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::rules::default_topics;

    #[test]
    fn a_season_is_not_sport() {
        let t = default_topics();
        let body = "The first instalment of relief for the last monsoon season was released.";
        assert_ne!(choose_topic("Relief released", body, None, &t).as_deref(), Some("体育"));
    }

    #[test]
    fn a_doctors_advice_on_exercise_is_health() {
        let t = default_topics();
        let body = "问：糖尿病患者春季运动要注意什么？答：运动宜选在餐后1小时左右，避免空腹运动。患者要坚持测量血压，不要自行加减药量。";
        assert_eq!(choose_topic("“三高”患者春季用药要注意啥", body, None, &t).as_deref(), Some("健康"));
    }

    #[test]
    fn a_results_table_and_a_marathon_are_sport() {
        let t = default_topics();
        let table = "滨江FC 2：1 南通支云\n广州队 1：1 大连英博\n\n中甲积分榜（前六名）";
        assert_eq!(choose_topic("中甲第5轮赛果", table, None, &t).as_deref(), Some("体育"));
        let brief = "2026滨江马拉松将于5月18日鸣枪开跑，报名通道4月15日开启，总规模2.5万人。";
        assert_eq!(choose_topic("滨江马拉松报名启动", brief, None, &t).as_deref(), Some("体育"));
    }

    #[test]
    fn saving_water_and_caring_for_rivers_is_environment() {
        let t = default_topics();
        let body = "全市用水总量控制在4.1亿立方米以内,万元GDP用水量下降18.5%。全市高效节水灌溉面积达到36万亩,\
                    重点用水企业水效达标率达到85%以上。各级河湖长累计巡河1.2万余次,主要河流水质稳步提升。";
        assert_eq!(choose_topic("我市全面推进节水型社会建设", body, None, &t).as_deref(), Some("环境"));
    }

    #[test]
    fn topic_by_keywords() {
        let t = default_topics();
        assert_eq!(
            choose_topic("淇县西岗镇“村晚”舞台演绎文明新风尚", "戏曲、歌舞、非遗节目。", None, &t).as_deref(),
            Some("文化")
        );
        assert_eq!(
            choose_topic("Budget gap widens", "The budget shortfall hits business and tax revenue.", None, &t)
                .as_deref(),
            Some("经济")
        );
        assert_eq!(choose_topic("无关", "无关内容", None, &t), None);
    }

    #[test]
    fn a_section_named_by_a_topic_counts_for_it() {
        let t = default_topics();
        // A results item on the sports page that mentions a hospital once.
        let (title, body) = ("市运会乒乓球赛落幕", "比赛在市医院旁的体育馆举行，医院为比赛提供医疗保障。");
        assert_eq!(choose_topic(title, body, None, &t).as_deref(), Some("健康"));
        assert_eq!(choose_topic(title, body, Some("体育新闻"), &t).as_deref(), Some("体育"));
        // A section names no topic for a text that names none of its words.
        assert_eq!(choose_topic("无关", "无关内容", Some("体育"), &t), None);
        // Whole words only: "art" is not in "party".
        assert_eq!(count("the party started", "art"), 0);
        // A plural counts for its word.
        assert_eq!(count("two schools and a school; new taxes", "school"), 2);
        assert_eq!(count("new taxes", "tax"), 1);
        assert_eq!(count("the schoolyard", "school"), 0);
    }

    #[test]
    fn english_tags_are_names_and_repeated_words() {
        let body = "Jarren Duran doubled home two runs as the Boston Red Sox beat the New York Yankees. \
                    Duran said the Red Sox never gave up. Fire Chief Dana Brooks watched. \
                    A MAN who saw it said the Yankees looked tired. Farmers across the state cheered. \
                    The Yankees play again on Monday.";
        let t = english_terms("Red Sox Rally Late To Stun Yankees", body);
        // Names as written, a surname or a short form counted for the full
        // name, a post before a name left out.
        assert_eq!(t[..3], ["New York Yankees", "Boston Red Sox", "Jarren Duran"], "{t:?}");
        assert!(
            !t.iter().any(|x| x.contains("Chief") || ["Red Sox", "Duran", "yankees"].contains(&x.as_str())),
            "{t:?}"
        );
        // A title in title case is no name, a capital opening a sentence
        // (`Farmers`, `A MAN`) no name, a weekday no topic.
        for not in ["Rally", "Stun", "Farmers", "farmers", "MAN", "monday", "Monday"] {
            assert!(!t.iter().any(|x| x == not), "{not} in {t:?}");
        }
        // A headline's verb found nowhere in the text is no topic.
        let t =
            english_terms("Senate clears stopgap bill", "The Senate approved the bill. The bill goes to the House.");
        assert_eq!(t, ["bill", "senate"]);
        // An acronym keeps its capitals; `of` joins a name.
        let t = english_terms(
            "FEC approves highway",
            "The FEC met. The Minister of Works said the FEC approved what the Minister of Works asked.",
        );
        assert_eq!(t, ["FEC", "Minister of Works"]);
    }

    #[test]
    fn issue3_english_tags_read_a_typeset_apostrophe_as_a_plain_one() {
        let rules = ImportRules::default();
        let body = |a: &str| {
            format!(
                "Lakemont{a}s City Council voted on Tuesday. The City Council will meet again. \
                 Mayor Ana O{a}Brien said the City Council acted. O{a}Brien spoke for an hour."
            )
        };
        let (typeset, plain) =
            (tags("Council votes", &body("’"), &rules, &[]), tags("Council votes", &body("'"), &rules, &[]));
        assert_eq!(typeset, plain);
        assert!(
            typeset.iter().any(|t| t == "City Council") && typeset.iter().any(|t| t == "Ana O'Brien"),
            "{typeset:?}"
        );
    }

    #[test]
    fn issue3_english_tags_leave_out_what_happened() {
        let body = "Police said the man was jailed on Friday. He was held overnight and jailed again, \
                    police said. The high-speed chase was the third high-speed chase this year, \
                    and the road will open again soon; it was closed, then open, then closed.";
        let t = english_terms("Man jailed after chase", body);
        for not in ["jailed", "held", "open", "closed", "third"] {
            assert!(!t.iter().any(|x| x == not), "{not} in {t:?}");
        }
        // A compound is judged by its last word: `speed` is a noun.
        assert!(t.iter().any(|x| x == "high-speed") && t.iter().any(|x| x == "police"), "{t:?}");
        assert!(is_plain_word("long-awaited") && is_plain_word("stole") && !is_plain_word("seed"));
    }

    #[test]
    fn issue3_a_place_named_with_a_keyword_is_not_that_topic() {
        let t = crate::import::rules::default_topics_for("en");
        // Every story of a Council Bluffs paper names the town.
        let obituary = "COUNCIL BLUFFS - Margaret Hollis, 87, of Council Bluffs, died Monday. \
                        Visitation is at Cutler Funeral Home, Council Bluffs.";
        assert_eq!(choose_topic("Margaret Hollis", obituary, None, &t), None);
        let letter = "The signs are too close to the merge.\n\nDennis Kroll, Council Bluffs";
        assert_eq!(choose_topic("Bridge work needs better signs", letter, None, &t), None);
        // A council that ends a name, or a post before one, still counts.
        let city = "The City Council met on Tuesday in Council Bluffs.";
        assert_eq!(choose_topic("Meeting held", city, None, &t).as_deref(), Some("Politics"));
        let mayor = "Mayor Jane Doe cut the ribbon.";
        assert_eq!(choose_topic("Ribbon cut", mayor, None, &t).as_deref(), Some("Politics"));
        // Letters whose lower case changes length (`İ`, `ẞ`) before a name.
        let odd = "İstanbul 𖄫 ẞ, in Council Bluffs and the council.";
        assert_eq!(count_in_body(&BodyText::new(odd), "council"), 1);
        // Titles are set in capitals by house style: every hit counts there.
        assert_eq!(choose_topic("Council Passes Plan", "It passed.", None, &t).as_deref(), Some("Politics"));
    }

    #[test]
    fn imp22_dictionary_words_are_not_names() {
        assert!(is_dictionary_word("文化") && is_dictionary_word("高考") && is_dictionary_word("方言"));
        assert!(!is_dictionary_word("张立新") && !is_dictionary_word("刘建国") && !is_dictionary_word("王小兵"));
    }

    #[test]
    fn tags_are_stable_and_clean() {
        let r = ImportRules::default();
        let body = "淇县西岗镇文化广场锣鼓喧天，一场以“咱老百姓自己的舞台”为主题的“村晚”火热开演。村晚节目丰富，移风易俗新风尚。";
        let a = tags("淇县西岗镇“村晚”舞台演绎文明新风尚", body, &r, &[]);
        let b = tags("淇县西岗镇“村晚”舞台演绎文明新风尚", body, &r, &[]);
        assert_eq!(a, b);
        assert!(!a.is_empty() && a.len() <= MAX_TAGS, "{a:?}");
        let e =
            tags("Council Passes Budget", "The budget passed. The council met and the budget vote was close.", &r, &[]);
        assert_eq!(e.first().map(String::as_str), Some("budget"), "{e:?}");
        let credits = tags(
            "夏粮收购",
            "本报记者 钱多 摄。本报记者走访了收购点。新华社记者也来了。通讯员王五说，收购顺利。",
            &r,
            &[],
        );
        assert!(!credits.iter().any(|t| t.contains("记者") || t == "新华社" || t == "通讯员"), "{credits:?}");
    }

    /// Tags asked for from several threads while [`warm_up`]'s threads are
    /// still loading (each waits for them; unless another test of this
    /// binary loaded them first) are the tags asked for after.
    #[test]
    fn tags_wait_for_a_warm_up_under_way() {
        let r = ImportRules::default();
        let title = "淇县西岗镇“村晚”舞台演绎文明新风尚";
        let body = "一场以“咱老百姓自己的舞台”为主题的“村晚”火热开演。村晚节目丰富，移风易俗新风尚。";
        warm_up();
        warm_up();
        let during: Vec<Vec<String>> = std::thread::scope(|s| {
            let handles: Vec<_> = (0..4).map(|_| s.spawn(|| tags(title, body, &r, &[]))).collect();
            handles.into_iter().map(|h| h.join().expect("no panic")).collect()
        });
        let after = tags(title, body, &r, &[]);
        assert!(!after.is_empty());
        assert!(during.iter().all(|t| *t == after), "{during:?} / {after:?}");
    }
}
