//! Load step, part 1: the article front matter contract (DESIGN.md) and the
//! split of a Markdown file into its YAML front matter and body.

use super::date::Date;
use serde::{Deserialize, Serialize};

/// An article's metadata. Key names and meanings are a contract shared with the
/// importer, other tools and hand-edited files: extend, never rename.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FrontMatter {
    pub title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subtitle: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kicker: Option<String>,
    /// Accepts a date or an RFC 3339 date-time ([`DateField`]).
    #[serde(with = "date_or_datetime")]
    pub date: DateField,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub section: Option<String>,
    #[serde(default, deserialize_with = "page_number", skip_serializing_if = "Option::is_none")]
    pub page: Option<u32>,
    #[serde(default, deserialize_with = "names", skip_serializing_if = "Vec::is_empty")]
    pub reporters: Vec<String>,
    #[serde(default, deserialize_with = "names", skip_serializing_if = "Vec::is_empty")]
    pub contributors: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agency: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dateline: Option<Dateline>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub topic: Option<String>,
    #[serde(default, deserialize_with = "names", skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<String>,
    #[serde(default, deserialize_with = "page_number", skip_serializing_if = "Option::is_none")]
    pub continued_from: Option<u32>,
    #[serde(default, deserialize_with = "page_number", skip_serializing_if = "Option::is_none")]
    pub continued_to: Option<u32>,
    #[serde(default, deserialize_with = "null_as_default", skip_serializing_if = "is_false")]
    pub truncated: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub slug: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
}

/// What each key holds, for a YAML type error: serde-saphyr says
/// `invalid u32` or `expected sequence start`, which names neither the
/// key nor what to write instead.
fn expected_value(key: &str) -> Option<&'static str> {
    Some(match key {
        "title" | "subtitle" | "kicker" | "section" | "agency" | "topic" | "slug" | "source" => "one line of text",
        "page" | "continued_from" | "continued_to" => "a page number, a whole number such as 3",
        "reporters" | "contributors" | "tags" => "a list, such as [张三, 李四] or one `- name` line each",
        "truncated" => "true or false",
        "dateline" => "a place and a date, such as {place: 北京, date: 2026-02-10}",
        _ => return None,
    })
}

/// A staff-readable message for a YAML error in front matter at `line`
/// (1-based within `yaml`; see [`crate::error::explain_yaml`]).
pub fn explain_yaml_error(yaml: &str, line: usize, message: &str) -> String {
    crate::error::explain_yaml(yaml, line, message, expected_value)
}

/// A key written with no value (`tags:`, as an article template leaves it)
/// is the key left out: `section:` already was, being optional, and a list
/// or flag now is too rather than an error.
fn null_as_default<'de, D, T>(d: D) -> Result<T, D::Error>
where
    D: serde::Deserializer<'de>,
    T: Deserialize<'de> + Default,
{
    Ok(Option::<T>::deserialize(d)?.unwrap_or_default())
}

/// A list of names as staff write it by hand: a list, or one line of text
/// (`reporters: 张三`, `tags: 村晚, 移风易俗`, `reporters: 张三、李四`), which
/// is split at `、`, commas and semicolons (full- or half-width); blank is none.
fn names<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Vec<String>, D::Error> {
    struct Names;
    impl<'de> serde::de::Visitor<'de> for Names {
        type Value = Vec<String>;
        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("a list of names")
        }
        fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Self::Value, E> {
            Ok(split_names(v))
        }
        fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
            let mut v = Vec::new();
            while let Some(name) = seq.next_element::<String>()? {
                v.push(name);
            }
            Ok(v)
        }
        // `tags: 2026`: a year or a number is a name too.
        fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<Self::Value, E> {
            Ok(vec![v.to_string()])
        }
        fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<Self::Value, E> {
            Ok(vec![v.to_string()])
        }
        fn visit_none<E: serde::de::Error>(self) -> Result<Self::Value, E> {
            Ok(Vec::new())
        }
        fn visit_unit<E: serde::de::Error>(self) -> Result<Self::Value, E> {
            Ok(Vec::new())
        }
        fn visit_some<D: serde::Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
            d.deserialize_any(Names)
        }
    }
    d.deserialize_any(Names)
}

/// Names written on one line: `张三、李四`, `a, b`, `a；b`.
fn split_names(line: &str) -> Vec<String> {
    split_at(line, &['、', ',', '，', ';', '；'])
}

/// The non-blank parts of `s` between any of `separators`, trimmed.
fn split_at(s: &str, separators: &[char]) -> Vec<String> {
    s.split(separators).map(str::trim).filter(|n| !n.is_empty()).map(String::from).collect()
}

/// A page number as staff write it: `page: 02` (the `NN` of the file name), `page: ２`
/// failed as "not a whole number" while `page: 2` and `page: "02"` passed.
fn page_number<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<u32>, D::Error> {
    let Some(s) = Option::<String>::deserialize(d)? else { return Ok(None) };
    let s = super::date::half_width(&s);
    let digits = s.trim();
    match digits.parse::<u32>() {
        Ok(n) if digits.bytes().all(|b| b.is_ascii_digit()) => Ok(Some(n)),
        // The words serde gives a number that is none, which
        // `explain_yaml_error` turns into what the key takes.
        _ => Err(serde::de::Error::custom("invalid u32")),
    }
}

fn is_false(b: &bool) -> bool {
    !*b
}

/// The `date` key: the issue date, and the full date-time when one was given
/// (kept for the feed and for ordering articles within a day).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DateField {
    pub date: Date,
    /// The value as written when it was a date-time, else `None`.
    pub datetime: Option<String>,
}

impl DateField {
    /// ISO 8601 as machines read it (page metadata, feeds): the date, or the
    /// date-time the RFC 3339 way where the front matter may have written a
    /// space, lower case, no seconds or `+0800`; a zone only where one was given.
    pub fn iso(&self) -> String {
        match self.datetime.as_deref().and_then(super::date::rfc3339) {
            Some((dt, _)) => dt,
            None => self.date.to_string(),
        }
    }
}

impl Default for Date {
    fn default() -> Self {
        Date { year: 1970, month: 1, day: 1 }
    }
}

mod date_or_datetime {
    use super::{Date, DateField};
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(v: &DateField, s: S) -> Result<S::Ok, S::Error> {
        match &v.datetime {
            Some(dt) => s.serialize_str(dt),
            None => s.collect_str(&v.date),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<DateField, D::Error> {
        let s = String::deserialize(d)?;
        if let Some(date) = Date::parse(&s) {
            let datetime = (s.trim().len() > 10).then(|| s.trim().to_string());
            return Ok(DateField { date, datetime });
        }
        match Date::parse_written(&s) {
            Some(date) => Ok(DateField { date, datetime: None }),
            None => Err(serde::de::Error::custom(format!(
                "`{s}` is not a date (expected YYYY-MM-DD, such as 2026-02-11, or an RFC 3339 date-time)"
            ))),
        }
    }
}

/// Where a dateline (电头) says the story was filed.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Dateline {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<Date>,
}

impl FrontMatter {
    /// Drops the spaces around every name and line of text, and a name given
    /// twice in one list. A quoted YAML value keeps them (`"  Jane Doe "`),
    /// which the term pages already ignored but the headline, byline, feed
    /// and page metadata showed, and `slug: "x "` made a folder ending in a
    /// space; a name repeated after trimming was one reporter listed twice.
    pub fn normalize(&mut self) {
        fn trim(s: &mut String) {
            if s.trim().len() != s.len() {
                *s = s.trim().to_string();
            }
        }
        fn trim_list(v: &mut Vec<String>) {
            v.iter_mut().for_each(trim);
            let mut seen = std::collections::HashSet::new();
            v.retain(|n| seen.insert(n.clone()));
        }
        trim(&mut self.title);
        for s in [
            &mut self.subtitle,
            &mut self.kicker,
            &mut self.section,
            &mut self.agency,
            &mut self.topic,
            &mut self.slug,
            &mut self.source,
        ]
        .into_iter()
        .flatten()
        {
            trim(s);
        }
        if let Some(place) = self.dateline.as_mut().and_then(|d| d.place.as_mut()) {
            trim(place);
        }
        // `[张三、李四]`, `[村晚，移风易俗]`: two people, two tags. No name
        // holds Chinese list punctuation; an English one may hold a comma
        // (`Smith, Jr.`), which is kept.
        const CJK_SEPARATORS: [char; 3] = ['、', '，', '；'];
        for list in [&mut self.reporters, &mut self.contributors, &mut self.tags] {
            if list.iter().any(|n| n.contains(CJK_SEPARATORS)) {
                *list = list.iter().flat_map(|n| split_at(n, &CJK_SEPARATORS)).collect();
            }
        }
        trim_list(&mut self.reporters);
        trim_list(&mut self.contributors);
        trim_list(&mut self.tags);
    }

    /// Serializes to the YAML that goes between the `---` lines, keys in the
    /// contract's order, so re-emitting the same article is byte-identical.
    pub fn to_yaml(&self) -> String {
        serde_saphyr::to_string(self).expect("front matter always serializes")
    }
}

/// A Markdown file cut into front matter and body.
#[derive(Debug, PartialEq, Eq)]
pub struct Split<'a> {
    pub yaml: &'a str,
    /// 1-based line of the first YAML line in the file, to map YAML error lines back.
    pub yaml_line: usize,
    pub body: &'a str,
}

/// Whether `line` is a fence of the front matter: `---`, or the dashes a
/// Chinese input method types for it (`———`, `——`, `－－－`), which look
/// the same in an editor and were "missing front matter".
fn is_fence(line: &str) -> bool {
    let t = line.trim_end_matches([' ', '\t', '\n', '\r']);
    t == "---" || (t.chars().count() >= 2 && t.chars().all(|c| matches!(c, '—' | '－' | '―' | '-')) && !t.is_ascii())
}

/// `title：欢迎` → `title: 欢迎`: a key's full-width colon, as a Chinese
/// input method types it, made the YAML colon it stands for (every line
/// stays where it was, for error lines).
pub fn ascii_colons(yaml: &str) -> std::borrow::Cow<'_, str> {
    let fixable = |l: &str| {
        let key = l.trim_start();
        key.find('：').is_some_and(|i| {
            let k = key[..i].trim_end();
            !k.is_empty() && k.bytes().all(|b| b.is_ascii_lowercase() || b == b'_') && !key[..i].contains(':')
        })
    };
    if !yaml.lines().any(fixable) {
        return yaml.into();
    }
    let mut out = String::with_capacity(yaml.len() + 8);
    for line in yaml.split_inclusive('\n') {
        if fixable(line) {
            out.push_str(&line.replacen('：', ": ", 1));
        } else {
            out.push_str(line);
        }
    }
    out.into()
}

/// Cuts `---\n<yaml>\n---\n<body>`. `None` when the file has no front matter.
/// A fence line may end in spaces or tabs, which an editor does not show:
/// `--- ` opened the front matter as far as the error message said, but
/// was not taken as its opening or closing line.
pub fn split(text: &str) -> Option<Split<'_>> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let first = text.split_inclusive('\n').next()?;
    if !first.ends_with('\n') || !is_fence(first) {
        return None;
    }
    let rest = &text[first.len()..];
    let yaml_start = text.len() - rest.len();
    let mut pos = 0;
    for line in rest.split_inclusive('\n') {
        let trimmed = line.trim_end_matches([' ', '\t', '\n', '\r']);
        if is_fence(line) || trimmed == "..." {
            let yaml = &text[yaml_start..yaml_start + pos];
            let body = &rest[pos + line.len()..];
            return Some(Split { yaml, yaml_line: 2, body });
        }
        pos += line.len();
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso_dates_have_an_upper_case_t_and_no_invented_zone() {
        let d = super::Date::new(2026, 2, 11).unwrap();
        let f = |dt: Option<&str>| super::DateField { date: d, datetime: dt.map(String::from) }.iso();
        // The forms are date.rs's to test; here: the date alone, or the date-time rewritten.
        assert_eq!(f(None), "2026-02-11");
        assert_eq!(f(Some("2026-02-11 08:00+0800")), "2026-02-11T08:00:00+08:00");
    }

    #[test]
    fn type_errors_name_the_key_and_what_it_takes() {
        let yaml = "title: t\npage: abc\nreporters: 张三\ntags:\n  - [a]\ntruncated: maybe\n";
        assert_eq!(
            super::explain_yaml_error(yaml, 2, "invalid u32"),
            "`page` takes a page number, a whole number such as 3, not `abc`"
        );
        assert!(super::explain_yaml_error(yaml, 3, "expected sequence start").starts_with("`reporters` takes a list"));
        assert_eq!(
            super::explain_yaml_error(yaml, 5, "expected string scalar"),
            "`tags` takes a list, such as [张三, 李四] or one `- name` line each; `[a]` is not that (expected string scalar)"
        );
        assert!(super::explain_yaml_error(yaml, 6, "invalid boolean").contains("true or false, not `maybe`"));
        // Other messages, and lines with no known key, stay as they are.
        assert_eq!(super::explain_yaml_error(yaml, 2, "unknown field `x`"), "unknown field `x`");
        // A slip for a known key is named.
        let unknown =
            |k: &str| format!("unknown field `{k}`, expected one of title, subtitle, reporters, tags, dateline");
        for (slip, key) in [("reporter", "reporters"), ("Title", "title"), ("subtitel", "subtitle"), ("tag", "tags")] {
            assert_eq!(
                super::explain_yaml_error(yaml, 2, &unknown(slip)),
                format!("{}; did you mean `{key}`?", unknown(slip))
            );
        }
        assert_eq!(super::explain_yaml_error(yaml, 2, &unknown("author")), unknown("author"));
        assert_eq!(super::explain_yaml_error(yaml, 2, &unknown("ti")), unknown("ti"));
        assert_eq!(super::explain_yaml_error("x: 1\n", 1, "invalid u32"), "invalid u32");
        assert_eq!(super::explain_yaml_error("", 4, "invalid u32"), "invalid u32");
    }

    #[test]
    fn splits_front_matter() {
        let s = split("---\ntitle: a\n---\nbody\n").unwrap();
        assert_eq!(s.yaml, "title: a\n");
        assert_eq!(s.body, "body\n");
        let s = split("\u{feff}---\r\ntitle: a\r\n---\r\n\r\nbody").unwrap();
        assert_eq!(s.yaml, "title: a\r\n");
        assert_eq!(s.body, "\r\nbody");
        assert!(split("no front matter").is_none());
        let s = split("--- \t\r\ntitle: a\n---  \nbody\n").unwrap();
        assert_eq!((s.yaml, s.body), ("title: a\n", "body\n"));
        assert!(split("---x\ntitle: a\n---\n").is_none() && split("---").is_none());
        assert!(split("---\ntitle: unterminated\n").is_none());
    }

    #[test]
    fn yaml_round_trip_keeps_order_and_values() {
        let fm = FrontMatter {
            title: "聚焦民意关切".into(),
            subtitle: Some("2025年".into()),
            date: DateField { date: Date::new(2025, 12, 30).unwrap(), datetime: None },
            page: Some(1),
            reporters: vec!["马飞".into()],
            dateline: Some(Dateline { place: Some("天津".into()), date: Date::new(2026, 2, 10) }),
            truncated: true,
            ..Default::default()
        };
        let y = fm.to_yaml();
        assert!(y.starts_with("title: 聚焦民意关切\nsubtitle:"), "{y}");
        let back: FrontMatter = serde_saphyr::from_str(&y).unwrap();
        assert_eq!(back, fm);
    }
}
