//! Test and benchmark support (not a pipeline step): a synthetic archive
//! generator behind the hidden `gazette generate`. It writes a complete site
//! (`site.yaml` + `content/<section>/<yyyy>/<yyyymmdd>-<nnnn>.md`) of the same
//! shape as `../shared/bench/gen_corpus.py --flavor plain`, drawing sentences
//! from the two sample pages compiled into the binary, so tests and benchmarks
//! run on a user's clone without `../shared/`.
//!
//! Every article gets its own PRNG seeded from (seed, index): the output is
//! the same for a seed whatever the number of threads writing it.

use crate::error::{Error, Result};
use rayon::prelude::*;
use std::path::{Path, PathBuf};

/// The sample pages shipped in the repository: the only source of body text.
const SAMPLE_PAGES: [&str; 2] =
    [include_str!("../content/pages/2025-12-30/03.txt"), include_str!("../content/pages/2026-02-11/02.txt")];

/// (name, slug, weight): the popularity of sections in a city daily.
const SECTIONS: [(&str, &str, u32); 8] = [
    ("要闻", "yaowen", 14),
    ("本地新闻", "bendi", 24),
    ("经济", "jingji", 14),
    ("民生", "minsheng", 16),
    ("文化", "wenhua", 9),
    ("体育", "tiyu", 8),
    ("国内", "guonei", 8),
    ("评论", "pinglun", 7),
];

const TOPICS: [&str; 20] = [
    "城市建设",
    "交通出行",
    "教育",
    "医疗卫生",
    "住房保障",
    "就业创业",
    "养老服务",
    "生态环保",
    "文化旅游",
    "科技创新",
    "产业发展",
    "乡村振兴",
    "营商环境",
    "社会治理",
    "安全生产",
    "公共服务",
    "体育赛事",
    "法治建设",
    "民生实事",
    "人大政协",
];

const SURNAMES: &str = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段";
const GIVEN: &str =
    "伟芳娜敏静丽强磊军洋勇艳杰涛明超秀霞平刚桂英华玉萍红娟建国文辉力斌宇浩凯鹏飞晨欣怡琳雪梅兰婷颖佳慧俊峰波宁博志";

const TAG_PREFIX: [&str; 30] = [
    "城市", "乡村", "社区", "校园", "智慧", "绿色", "数字", "文明", "平安", "健康", "公共", "青年", "老年", "民营",
    "现代", "高新", "农村", "市级", "重点", "基层", "低碳", "特色", "全民", "便民", "新型", "区域", "优质", "夜间",
    "假日", "应急",
];
const TAG_NOUN: [&str; 30] = [
    "交通", "教育", "医疗", "住房", "就业", "养老", "治理", "服务", "产业", "经济", "文化", "旅游", "安全", "环境",
    "消费", "物流", "能源", "科技", "农业", "水利", "金融", "体育", "卫生", "人才", "项目", "工程", "改革", "建设",
    "创新", "发展",
];

const PLACE_CHARS: &str =
    "东西南北中新华兴安宁和平长春阳明光泰福康顺昌盛永丰景秀云山水河湖桥林园泉石金玉龙凤淇鹤壁卫滨城郊";
const PLACE_SUFFIX: [&str; 12] =
    ["路", "街道", "社区", "村", "镇", "小区", "公园", "学校", "医院", "公司", "产业园", "大道"];
const SUBHEADS: [&str; 10] = [
    "坚持问题导向",
    "聚焦群众关切",
    "强化要素保障",
    "推动提质增效",
    "织密服务网络",
    "激发市场活力",
    "守牢安全底线",
    "创新工作机制",
    "补齐短板弱项",
    "凝聚发展合力",
];

const REPORTERS: usize = 150;
const EXTRA_NAMES: usize = 400;
const TAGS: usize = 300;
/// The archive spans 2006-01-01 ..= 2026-02-28, as gen_corpus.py's does.
const START: (i32, u32, u32) = (2006, 1, 1);
const END: (i32, u32, u32) = (2026, 2, 28);

/// Writes a synthetic archive of `articles` articles into `out` (created if
/// missing; its `content/` must not hold files yet, so two runs never mix).
/// Returns the number of articles written.
pub fn generate(out: &Path, articles: usize, seed: u64) -> Result<usize> {
    generate_with(out, articles, seed, Text::Sample)
}

/// Where bodies come from.
#[derive(Debug, Clone, PartialEq)]
pub enum Text {
    /// Sentences of the sample pages: the shape of `gen_corpus.py`, with
    /// its small vocabulary (some 50,000 distinct runs of up to three
    /// characters in 10,000 articles).
    Sample,
    /// Words of one to four characters drawn (Zipf) from 40,000 made up of
    /// the 3,500 most used Han characters: millions of distinct runs, as a
    /// real archive has, which is what the search index's size and memory
    /// go with. Its most frequent character is 14% of the text (a real
    /// paper's, 的, about 4%): a stress test of common runs.
    Varied,
    /// Words drawn by the frequencies of a word list ([`Lexicon`]), such as
    /// a segmenter's dictionary of a real language's words.
    Lexicon(Lexicon),
}

/// Words and how often each is used, as a word list gives them: one word
/// per line, its count after it (`word count [anything else]`, the form of
/// jieba's `dict.txt`), blank lines and lines starting with `#` skipped.
#[derive(Debug, Clone, PartialEq)]
pub struct Lexicon {
    words: Vec<String>,
    counts: Vec<f64>,
}

impl Lexicon {
    /// Reads a word list; errors name `path` and the line.
    pub fn parse(path: &Path, text: &str) -> Result<Lexicon> {
        let mut lex = Lexicon { words: Vec::new(), counts: Vec::new() };
        for (i, line) in text.lines().enumerate() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let mut fields = line.split_whitespace();
            let word = fields.next().unwrap_or_default();
            let count = fields.next().and_then(|c| c.parse::<f64>().ok()).filter(|c| c.is_finite() && *c >= 0.0);
            let Some(count) = count else {
                return Err(Error::at(path, i + 1, 1, "expected a word and its count (`word 123`)"));
            };
            if count > 0.0 {
                lex.words.push(word.to_string());
                lex.counts.push(count);
            }
        }
        if lex.words.is_empty() {
            return Err(Error::at(path, 0, 0, "the word list has no word with a count above 0"));
        }
        Ok(lex)
    }

    pub fn from_file(path: &Path) -> Result<Lexicon> {
        let text = std::fs::read_to_string(path).map_err(|e| Error::io(path, e))?;
        Lexicon::parse(path, &text)
    }
}

/// [`generate`] with bodies of the given kind of text.
pub fn generate_with(out: &Path, articles: usize, seed: u64, text: Text) -> Result<usize> {
    let content = out.join("content");
    if content.is_dir() {
        let mut entries = std::fs::read_dir(&content).map_err(|e| Error::io(&content, e))?;
        if entries.next().is_some() {
            return Err(Error::other(format!(
                "{} already has content; generate into a new or empty folder",
                content.display()
            )));
        }
    }
    let mut corpus = Corpus::new(seed);
    // SplitMix streams seeded a multiple of its step apart are one stream
    // shifted: neighbouring articles drew the same words. (The sample text
    // keeps its seeding, so its archives stay as they were.)
    let reseed = text != Text::Sample;
    corpus.words = match text {
        Text::Sample => None,
        Text::Varied => Some(Words::new(seed)),
        Text::Lexicon(l) => Some(Words { weights: Weighted::new(&l.counts), words: l.words }),
    };
    let slots = plan(seed, articles);

    std::fs::create_dir_all(&content).map_err(|e| Error::io(&content, e))?;
    write_file(&out.join("site.yaml"), &site_yaml())?;
    // Folders first, one thread: parallel writers then never race to create them.
    let mut dirs: Vec<PathBuf> = slots.iter().map(|s| s.dir(&content)).collect();
    dirs.sort();
    dirs.dedup();
    for d in &dirs {
        std::fs::create_dir_all(d).map_err(|e| Error::io(d, e))?;
    }
    slots.par_iter().enumerate().try_for_each(|(i, slot)| {
        let mut rng = Rng::new(seed ^ (i as u64 + 1).wrapping_mul(0x9E37_79B9_7F4A_7C15));
        if reseed {
            rng = Rng::new(rng.next_u64());
        }
        let text = corpus.article(&mut rng, slot);
        write_file(&slot.dir(&content).join(slot.file_name()), &text)
    })?;
    Ok(slots.len())
}

fn write_file(path: &Path, text: &str) -> Result<()> {
    std::fs::write(path, text).map_err(|e| Error::io(path, e))
}

/// The site's configuration: sections in their printed order with ASCII
/// slugs, and the topics the articles use.
fn site_yaml() -> String {
    let mut s = String::from("title: 城市日报档案\nlanguage: zh-CN\nsections:\n");
    for (name, slug, _) in SECTIONS {
        s.push_str(&format!("  - name: {name}\n    slug: {slug}\n"));
    }
    s.push_str("topics:\n");
    for t in TOPICS {
        s.push_str(&format!("  - name: {t}\n"));
    }
    s
}

/// Where and when one article goes.
#[derive(Debug, Clone, PartialEq)]
struct Slot {
    date: (i32, u32, u32),
    /// Index of the article within its date (unique per date).
    k: usize,
    /// Seconds after midnight, ascending within a date.
    second_of_day: u32,
    /// Index into [`SECTIONS`]; drawn while planning so folders can be made first.
    section: usize,
}

impl Slot {
    fn dir(&self, content: &Path) -> PathBuf {
        content.join(SECTIONS[self.section].1).join(format!("{:04}", self.date.0))
    }

    fn file_name(&self) -> String {
        let (y, m, d) = self.date;
        format!("{y:04}{m:02}{d:02}-{:04}.md", self.k)
    }

    fn rfc3339(&self) -> String {
        let (y, m, d) = self.date;
        let t = self.second_of_day;
        format!("{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}+08:00", t / 3600, t / 60 % 60, t % 60)
    }
}

/// Days of 15–40 articles spread evenly over the span (wrapping onto the same
/// dates when there are more days than the span holds), times from 06:00 on.
fn plan(seed: u64, articles: usize) -> Vec<Slot> {
    let mut rng = Rng::new(seed.wrapping_mul(31).wrapping_add(7));
    let mut counts = Vec::new();
    let mut left = articles;
    while left > 0 {
        let c = left.min(rng.range(15, 40) as usize);
        counts.push(c);
        left -= c;
    }
    let start = days_from_civil(START);
    let span = days_from_civil(END) - start + 1;
    let ndays = counts.len() as i64;
    let section_weights: Vec<f64> = SECTIONS.iter().map(|s| s.2 as f64).collect();
    let sections = Weighted::new(&section_weights);
    let mut per_date: std::collections::HashMap<i64, usize> = std::collections::HashMap::new();
    let mut slots = Vec::with_capacity(articles);
    for (i, &count) in counts.iter().enumerate() {
        let i = i as i64;
        let offset = if ndays >= span {
            i * span / ndays
        } else if ndays > 1 {
            i * (span - 1) / (ndays - 1)
        } else {
            span - 1
        };
        let day = start + offset;
        let base = per_date.entry(day).or_insert(0);
        let first = *base;
        *base += count;
        let step = (17 * 60 / count as u32).max(1);
        for k in first..first + count {
            let minute = 6 * 60 + (k - first) as u32 * step;
            slots.push(Slot {
                date: civil_from_days(day),
                k,
                second_of_day: minute * 60 + (k % 60) as u32,
                section: sections.pick(&mut rng),
            });
        }
    }
    slots
}

/// Sentences and name pools shared by every article of a run.
struct Corpus {
    sentences: Vec<Sentence>,
    reporters: Vec<String>,
    extra_names: Vec<String>,
    tags: Vec<String>,
    reporter_weights: Weighted,
    tag_weights: Weighted,
    topic_weights: Weighted,
    /// Bodies of these words instead of the sentences ([`Text::Varied`]).
    words: Option<Words>,
}

/// The vocabulary of [`Text::Varied`] or [`Text::Lexicon`].
struct Words {
    words: Vec<String>,
    weights: Weighted,
}

impl Words {
    fn new(seed: u64) -> Words {
        let mut rng = Rng::new(seed.wrapping_mul(104_729).wrapping_add(3));
        // The unified ideographs in a shuffled order stand for the most used
        // characters, the first the most frequent.
        let mut chars: Vec<char> = (0x4E00..0x4E00 + 3500).filter_map(char::from_u32).collect();
        rng.shuffle(&mut chars);
        let char_weights = Weighted::new(&zipf(chars.len(), 1.0));
        let words = (0..40_000)
            .map(|_| {
                let len = [1, 2, 2, 2, 3, 3, 4][rng.below(7)];
                (0..len).map(|_| chars[char_weights.pick(&mut rng)]).collect()
            })
            .collect();
        Words { words, weights: Weighted::new(&zipf(40_000, 1.05)) }
    }

    /// 4–10 paragraphs of 8–30 clauses of 3–8 words, the first opening with the byline.
    fn body(&self, rng: &mut Rng, reporters: &[&str]) -> String {
        let mut out = format!("本报讯（记者 {}）", reporters.join("、"));
        let paras = rng.range(4, 10);
        for p in 0..paras {
            for _ in 0..rng.range(8, 30) {
                for _ in 0..rng.range(3, 8) {
                    out.push_str(&self.words[self.weights.pick(rng)]);
                }
                out.push(['，', '。', '、', '；', '：'][rng.below(5)]);
            }
            out.push_str(if p + 1 < paras { "\n\n" } else { "\n" });
        }
        out
    }
}

struct Sentence {
    text: String,
    chars: usize,
}

impl Corpus {
    fn new(seed: u64) -> Corpus {
        // Pools come from their own PRNG so they do not depend on the number of articles.
        let mut rng = Rng::new(seed.wrapping_mul(7919).wrapping_add(1));
        let mut names = unique_names(&mut rng, REPORTERS + EXTRA_NAMES);
        let extra_names = names.split_off(REPORTERS);
        let mut tags: Vec<String> =
            TAG_PREFIX.iter().flat_map(|p| TAG_NOUN.iter().map(move |n| format!("{p}{n}"))).collect();
        rng.shuffle(&mut tags);
        tags.truncate(TAGS);
        Corpus {
            sentences: sentences(&SAMPLE_PAGES),
            reporter_weights: Weighted::new(&zipf(names.len(), 0.5)),
            reporters: names,
            extra_names,
            tag_weights: Weighted::new(&zipf(tags.len(), 0.8)),
            tags,
            topic_weights: Weighted::new(&zipf(TOPICS.len(), 0.6)),
            words: None,
        }
    }

    /// One article file: the plain flavor's front matter and a Markdown body.
    fn article(&self, rng: &mut Rng, slot: &Slot) -> String {
        let nrep = [1, 1, 1, 2, 2, 3][rng.below(6)];
        let mut reporters: Vec<&str> = Vec::with_capacity(nrep);
        while reporters.len() < nrep {
            let r = &self.reporters[self.reporter_weights.pick(rng)];
            if !reporters.contains(&r.as_str()) {
                reporters.push(r);
            }
        }
        let topic = TOPICS[self.topic_weights.pick(rng)];
        let ntags = rng.range(1, 4) as usize;
        let mut tags: Vec<&str> = Vec::with_capacity(ntags);
        while tags.len() < ntags {
            let t = &self.tags[self.tag_weights.pick(rng)];
            if !tags.contains(&t.as_str()) {
                tags.push(t);
            }
        }
        let title = self.title(rng);
        let body = match &self.words {
            Some(words) => words.body(rng, &reporters),
            None => self.body(rng, &reporters),
        };
        let mut s = String::with_capacity(body.len() + 400);
        s.push_str("---\ntitle: ");
        s.push_str(&quote(&title));
        s.push_str("\ndate: ");
        s.push_str(&slot.rfc3339());
        s.push_str("\nsection: ");
        s.push_str(&quote(SECTIONS[slot.section].0));
        s.push_str("\nreporters: ");
        s.push_str(&quote_list(&reporters));
        s.push_str("\ntopic: ");
        s.push_str(&quote(topic));
        s.push_str("\ntags: ");
        s.push_str(&quote_list(&tags));
        s.push_str("\n---\n\n");
        s.push_str(&body);
        s
    }

    /// 8–25 characters cut from a sentence without its punctuation.
    fn title(&self, rng: &mut Rng) -> String {
        let s = &self.sentences[rng.below(self.sentences.len())].text;
        let mut chars: Vec<char> = Vec::with_capacity(s.len());
        let mut depth = 0usize;
        for c in s.chars() {
            match c {
                '（' | '(' => depth += 1,
                '）' | ')' => depth = depth.saturating_sub(1),
                _ if depth > 0 => {}
                _ if is_title_punctuation(c) => {}
                _ => chars.push(c),
            }
        }
        if chars.len() < 8 {
            chars.extend(SUBHEADS[rng.below(SUBHEADS.len())].chars());
            chars.extend(SUBHEADS[rng.below(SUBHEADS.len())].chars());
        }
        let n = rng.range(8, 25) as usize;
        if chars.len() <= n {
            return chars.into_iter().collect();
        }
        let start = rng.below(chars.len() - n + 1);
        chars[start..start + n].iter().collect()
    }

    /// 800–2,500 characters of shuffled sentences in 4–12 paragraphs, the
    /// first opening with the byline, some `##` subheads and one bold clause.
    fn body(&self, rng: &mut Rng, reporters: &[&str]) -> String {
        let target = rng.range(800, 2500) as usize;
        let npara = rng.range(4, 12) as usize;
        let places: Vec<String> = (0..rng.range(2, 4)).map(|_| place(rng)).collect();
        let mut chosen: Vec<String> = Vec::new();
        let mut total = 0;
        while total < target {
            let sentence = &self.sentences[rng.below(self.sentences.len())];
            let mut s = if rng.chance(0.5) { renumber(rng, &sentence.text) } else { sentence.text.clone() };
            let mut chars = sentence.chars;
            if rng.chance(0.15) {
                let p = &places[rng.below(places.len())];
                let n = &self.extra_names[rng.below(self.extra_names.len())];
                let lead = match rng.below(5) {
                    0 => format!("在{p}，"),
                    1 => format!("{n}表示，"),
                    2 => format!("据{p}有关负责人介绍，"),
                    3 => format!("记者在{p}看到，"),
                    _ => format!("{p}居民{n}说，"),
                };
                chars += lead.chars().count();
                s.insert_str(0, &lead);
            }
            chosen.push(s);
            total += chars;
        }
        let npara = npara.min(chosen.len());
        // npara - 1 distinct cut points in 1..len, by a partial Fisher–Yates shuffle.
        let mut points: Vec<usize> = (1..chosen.len()).collect();
        for i in 0..npara - 1 {
            let j = i + rng.below(points.len() - i);
            points.swap(i, j);
        }
        let mut cuts: Vec<usize> = points[..npara - 1].to_vec();
        cuts.sort_unstable();
        cuts.push(chosen.len());
        let mut paras = Vec::with_capacity(npara);
        let mut prev = 0;
        for c in cuts {
            paras.push(chosen[prev..c].concat());
            prev = c;
        }
        paras[0] = format!("本报讯（记者 {}）{}", reporters.join("、"), paras[0]);
        let mut out = String::with_capacity(total * 3 + 200);
        let count = paras.len();
        for (i, mut p) in paras.into_iter().enumerate() {
            if i > 0 && count >= 6 && i % 3 == 0 && rng.chance(0.6) {
                out.push_str("## ");
                out.push_str(SUBHEADS[rng.below(SUBHEADS.len())]);
                out.push_str("\n\n");
            }
            if i == 1
                && rng.chance(0.3)
                && let Some(k) = p.find('，')
                && (3..40).contains(&p[..k].chars().count())
            {
                p = format!("**{}**{}", &p[..k], &p[k..]);
            }
            out.push_str(&p);
            out.push_str(if i + 1 < count { "\n\n" } else { "\n" });
        }
        out
    }
}

fn is_title_punctuation(c: char) -> bool {
    c.is_whitespace() || "，。！？、；：“”‘’\"'《》()（）—…,;:".contains(c)
}

/// Sentences (split after 。！？) of at least 10 characters, line by line.
fn sentences(pages: &[&str]) -> Vec<Sentence> {
    let mut out = Vec::new();
    for page in pages {
        for line in page.lines().map(str::trim).filter(|l| !l.is_empty()) {
            let mut start = 0;
            for (i, c) in line.char_indices() {
                if matches!(c, '。' | '！' | '？') {
                    push_sentence(&mut out, &line[start..i + c.len_utf8()]);
                    start = i + c.len_utf8();
                }
            }
            push_sentence(&mut out, &line[start..]);
        }
    }
    out
}

fn push_sentence(out: &mut Vec<Sentence>, s: &str) {
    let s = s.trim();
    let chars = s.chars().count();
    if chars >= 10 {
        out.push(Sentence { text: s.to_string(), chars });
    }
}

/// Replaces each run of digits (not one followed by 年, 月 or 日, which would
/// make impossible dates) by a random number of as many digits.
fn renumber(rng: &mut Rng, s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    let mut digits = String::new();
    while let Some(c) = chars.next() {
        if c.is_ascii_digit() {
            digits.push(c);
            if chars.peek().is_some_and(|n| n.is_ascii_digit()) {
                continue;
            }
            if chars.peek().is_some_and(|n| matches!(n, '年' | '月' | '日')) {
                out.push_str(&digits);
            } else {
                let len = digits.len().min(18) as u32;
                let lo = if len > 1 { 10u64.pow(len - 1) } else { 0 };
                out.push_str(&rng.range(lo, 10u64.pow(len) - 1).to_string());
            }
            digits.clear();
        } else {
            out.push(c);
        }
    }
    out
}

fn place(rng: &mut Rng) -> String {
    let chars: Vec<char> = PLACE_CHARS.chars().collect();
    let mut s: String = (0..2).map(|_| chars[rng.below(chars.len())]).collect();
    s.push_str(PLACE_SUFFIX[rng.below(PLACE_SUFFIX.len())]);
    s
}

fn unique_names(rng: &mut Rng, count: usize) -> Vec<String> {
    let surnames: Vec<char> = SURNAMES.chars().collect();
    let given: Vec<char> = GIVEN.chars().collect();
    let mut seen = std::collections::HashSet::new();
    let mut names = Vec::with_capacity(count);
    while names.len() < count {
        let mut n = String::new();
        n.push(surnames[rng.below(surnames.len())]);
        for _ in 0..[1, 2, 2][rng.below(3)] {
            n.push(given[rng.below(given.len())]);
        }
        if seen.insert(n.clone()) {
            names.push(n);
        }
    }
    names
}

fn zipf(n: usize, s: f64) -> Vec<f64> {
    (0..n).map(|i| 1.0 / ((i + 1) as f64).powf(s)).collect()
}

/// A YAML double-quoted scalar (JSON string syntax is valid YAML).
fn quote(s: &str) -> String {
    serde_json::to_string(s).expect("strings always serialize")
}

fn quote_list(xs: &[&str]) -> String {
    format!("[{}]", xs.iter().map(|x| quote(x)).collect::<Vec<_>>().join(", "))
}

/// Howard Hinnant's days_from_civil: days since 1970-01-01.
fn days_from_civil((y, m, d): (i32, u32, u32)) -> i64 {
    let y = if m <= 2 { y - 1 } else { y } as i64;
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = m as i64;
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + d as i64 - 1;
    era * 146097 + yoe * 365 + yoe / 4 - yoe / 100 + doy - 719468
}

/// The inverse of [`days_from_civil`].
fn civil_from_days(z: i64) -> (i32, u32, u32) {
    let z = z + 719468;
    let era = z.div_euclid(146097);
    let doe = z - era * 146097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = (yoe + era * 400 + i64::from(m <= 2)) as i32;
    (y, m, d)
}

/// SplitMix64: tiny, fast and good enough for test data; no dependency.
/// Public so tests draw their random edits from the same generator.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in `0..n` (`n > 0`); the modulo bias is negligible for small n.
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }

    /// Uniform in `lo..=hi`.
    fn range(&mut self, lo: u64, hi: u64) -> u64 {
        lo + self.next_u64() % (hi - lo + 1)
    }

    fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }

    fn chance(&mut self, p: f64) -> bool {
        self.unit() < p
    }

    fn shuffle<T>(&mut self, xs: &mut [T]) {
        for i in (1..xs.len()).rev() {
            xs.swap(i, self.below(i + 1));
        }
    }
}

/// Weighted choice by binary search over cumulative weights.
struct Weighted(Vec<f64>);

impl Weighted {
    fn new(weights: &[f64]) -> Weighted {
        let mut acc = 0.0;
        Weighted(
            weights
                .iter()
                .map(|w| {
                    acc += w;
                    acc
                })
                .collect(),
        )
    }

    fn pick(&self, rng: &mut Rng) -> usize {
        let total = *self.0.last().expect("weights are not empty");
        let x = rng.unit() * total;
        self.0.partition_point(|&c| c <= x).min(self.0.len() - 1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::Article;

    fn files(dir: &Path) -> Vec<(PathBuf, String)> {
        let mut out: Vec<(PathBuf, String)> = walkdir::WalkDir::new(dir)
            .sort_by_file_name()
            .into_iter()
            .map(|e| e.unwrap())
            .filter(|e| e.file_type().is_file())
            .map(|e| {
                let rel = e.path().strip_prefix(dir).unwrap().to_path_buf();
                (rel, std::fs::read_to_string(e.path()).unwrap())
            })
            .collect();
        out.sort();
        out
    }

    #[test]
    fn varied_text_has_a_real_archives_many_distinct_runs() {
        let (a, b) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
        generate(a.path(), 200, 3).unwrap();
        assert_eq!(generate_with(b.path(), 200, 3, Text::Varied).unwrap(), 200);
        let triples = |dir: &Path| {
            let mut set = std::collections::HashSet::new();
            let mut chars = 0;
            for (_, text) in files(dir).iter().filter(|(p, _)| p.starts_with("content")) {
                let body = text.split("\n---\n").nth(1).unwrap();
                let han: Vec<char> = body.chars().filter(|c| ('\u{4E00}'..='\u{9FFF}').contains(c)).collect();
                chars += han.len();
                set.extend(han.windows(3).map(|w| w.iter().collect::<String>()));
            }
            (set.len(), chars)
        };
        let ((sample, sample_chars), (varied, varied_chars)) = (triples(a.path()), triples(b.path()));
        // About as much text, several times the distinct runs.
        assert!(varied_chars * 2 > sample_chars && varied_chars < sample_chars * 2, "{varied_chars} {sample_chars}");
        assert!(varied > sample * 3, "varied {varied}, sample {sample}");
    }

    #[test]
    fn a_word_list_gives_words_and_counts_or_an_error_at_its_line() {
        let path = Path::new("dict.txt");
        let lex = Lexicon::parse(path, "# comment\n的 3188 uj\n\n城市 20 n\n罕见 0\n").unwrap();
        assert_eq!(lex.words, ["的", "城市"]);
        assert_eq!(lex.counts, [3188.0, 20.0]);
        for (text, line) in [("的 3188\n城市\n", 2), ("的 x\n", 1), ("的 1\n城市 -2\n", 2)] {
            let e = Lexicon::parse(path, text).unwrap_err().diagnostics();
            assert_eq!((e[0].path.as_path(), e[0].line), (path, line), "{text:?}");
        }
        assert!(Lexicon::parse(path, "# nothing\n").is_err());
    }

    #[test]
    fn lexicon_text_draws_its_words_by_their_counts() {
        let dir = tempfile::tempdir().unwrap();
        let lex = Lexicon::parse(Path::new("w"), "甲 1000\n乙丙 100\n丁 1\n").unwrap();
        assert_eq!(generate_with(dir.path(), 40, 5, Text::Lexicon(lex)).unwrap(), 40);
        let mut counts = std::collections::HashMap::new();
        for (_, text) in files(dir.path()).iter().filter(|(p, _)| p.starts_with("content")) {
            let body = text.split("\n---\n").nth(1).unwrap();
            let body = &body[body.find('）').unwrap() + '）'.len_utf8()..];
            for c in body.chars().filter(|c| !"，。、；：\n".contains(*c)) {
                *counts.entry(c).or_insert(0usize) += 1;
            }
        }
        let n = |c: char| counts.get(&c).copied().unwrap_or(0);
        assert_eq!(counts.len(), 4, "{counts:?}");
        assert_eq!(n('乙'), n('丙'));
        assert!(n('甲') > 5 * n('乙') && n('乙') > 5 * n('丁'), "{counts:?}");
    }

    #[test]
    fn same_seed_same_archive_other_seed_other_archive() {
        let (a, b, c) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
        assert_eq!(generate(a.path(), 300, 7).unwrap(), 300);
        assert_eq!(generate(b.path(), 300, 7).unwrap(), 300);
        assert_eq!(generate(c.path(), 300, 8).unwrap(), 300);
        let fa = files(a.path());
        assert_eq!(fa, files(b.path()));
        assert_ne!(fa, files(c.path()));
    }

    #[test]
    fn writes_the_requested_number_of_parseable_articles() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(generate(dir.path(), 500, 1).unwrap(), 500);
        let all = files(dir.path());
        let site = all.iter().find(|(p, _)| p == Path::new("site.yaml")).unwrap();
        let config = crate::config::Config::parse(Path::new("site.yaml"), &site.1).unwrap();
        assert_eq!(config.sections.len(), 8);
        assert_eq!(config.sections[1].slug.as_deref(), Some("bendi"));
        assert_eq!(config.topics.len(), 20);
        let articles: Vec<_> = all.iter().filter(|(p, _)| p.extension().is_some_and(|e| e == "md")).collect();
        assert_eq!(articles.len(), 500);
        for (path, text) in &articles {
            let a = Article::parse(path, text).unwrap_or_else(|e| panic!("{}: {e:?}", path.display()));
            let f = &a.front;
            let section = f.section.as_deref().unwrap();
            let slug = SECTIONS.iter().find(|s| s.0 == section).unwrap().1;
            let year = format!("{:04}", f.date.date.year);
            let day = format!("{:04}{:02}{:02}-", f.date.date.year, f.date.date.month, f.date.date.day);
            let parts: Vec<_> = path.iter().map(|c| c.to_str().unwrap()).collect();
            assert_eq!(&parts[..3], ["content", slug, year.as_str()], "{}", path.display());
            assert!(parts[3].starts_with(&day), "{}", path.display());
            assert!(f.date.datetime.as_deref().unwrap().ends_with("+08:00"));
            assert!((1..=3).contains(&f.reporters.len()) && (1..=4).contains(&f.tags.len()));
            assert!(TOPICS.contains(&f.topic.as_deref().unwrap()));
            let title = f.title.chars().count();
            assert!((8..=25).contains(&title), "{}", f.title);
            let chars = a.body.chars().count();
            assert!((800..4000).contains(&chars), "{}: {chars} characters", path.display());
            let byline = format!("\n本报讯（记者 {}）", f.reporters.join("、"));
            assert!(a.body.starts_with(&byline), "{}", path.display());
            let paras = a.body.split("\n\n").filter(|p| !p.trim().is_empty() && !p.starts_with("## ")).count();
            assert!((4..=12).contains(&paras), "{paras} paragraphs");
        }
        let bodies: String = articles.iter().map(|(_, t)| t.as_str()).collect();
        assert!(bodies.contains("\n## "), "some subheads");
        assert!(bodies.contains("**"), "some bold");
    }

    #[test]
    fn days_hold_15_to_40_articles_over_the_whole_span() {
        let slots = plan(1, 10_000);
        assert_eq!(slots.len(), 10_000);
        assert_eq!(slots[0].date, START);
        assert_eq!(slots.last().unwrap().date, END);
        let mut per_day = std::collections::BTreeMap::new();
        for s in &slots {
            *per_day.entry(s.date).or_insert(0) += 1;
        }
        // The last day takes what is left over and may be short.
        let counts: Vec<i32> = per_day.values().copied().collect();
        assert!(counts[..counts.len() - 1].iter().all(|c| (15..=40).contains(c)), "{counts:?}");
        for w in slots.windows(2) {
            if w[0].date == w[1].date {
                assert!(w[0].second_of_day < w[1].second_of_day && w[0].k < w[1].k);
            }
        }
    }

    #[test]
    fn more_days_than_the_span_share_dates_without_clashing_names() {
        let slots = plan(3, 300_000);
        let mut names = std::collections::HashSet::new();
        for s in &slots {
            assert!(names.insert((s.date, s.k)), "{s:?}");
        }
    }

    #[test]
    fn pools_have_the_advertised_sizes() {
        let c = Corpus::new(1);
        assert_eq!(c.reporters.len(), REPORTERS);
        assert_eq!(c.tags.len(), TAGS);
        assert!(c.sentences.len() > 100, "{}", c.sentences.len());
        assert!(c.sentences.iter().all(|s| s.chars >= 10));
    }

    #[test]
    fn renumber_keeps_dates_and_digit_counts() {
        let mut rng = Rng::new(5);
        let s = renumber(&mut rng, "2026年2月共243项，完成60%");
        assert!(s.starts_with("2026年2月共"), "{s}");
        let digits: Vec<usize> =
            s.split(|c: char| !c.is_ascii_digit()).filter(|d| !d.is_empty()).map(str::len).collect();
        assert_eq!(digits, vec![4, 1, 3, 2], "{s}");
    }

    #[test]
    fn civil_dates_round_trip() {
        for d in [(1970, 1, 1), (2006, 1, 1), (2024, 2, 29), (2026, 2, 28), (2000, 12, 31)] {
            assert_eq!(civil_from_days(days_from_civil(d)), d);
        }
        let date = crate::content::Date::new(2026, 2, 28).unwrap();
        assert_eq!(days_from_civil(END), date.days_since_epoch());
    }

    #[test]
    fn refuses_to_mix_with_existing_content() {
        let dir = tempfile::tempdir().unwrap();
        generate(dir.path(), 20, 1).unwrap();
        assert!(generate(dir.path(), 20, 1).is_err());
    }
}
