//! Link step, part 1: ASCII URL slugs for terms (pinyin for Chinese) with
//! collisions resolved the same way on every build.

use pinyin::ToPinyin;
use std::collections::{BTreeMap, HashMap, HashSet};

/// `朱迪` → `zhu-di`, `Associated Press` → `associated-press`.
pub fn slugify(name: &str) -> String {
    // Each Han character is its own segment; runs of ASCII letters/digits form one.
    let mut segments: Vec<String> = Vec::new();
    let mut word = String::new();
    for (c, py) in name.chars().zip(name.to_pinyin()) {
        if c.is_ascii_alphanumeric() {
            word.push(c.to_ascii_lowercase());
            continue;
        }
        if py.is_none() && latin_letters(c, &mut word) {
            continue;
        }
        if !word.is_empty() {
            segments.push(std::mem::take(&mut word));
        }
        if let Some(p) = py {
            segments.push(p.plain().to_string());
        }
    }
    if !word.is_empty() {
        segments.push(word);
    }
    segments.join("-")
}

/// Appends the ASCII letters `c` stands for (`é` → `e`, full-width `Ａ` →
/// `a`, `ß` → `ss`) to `word`, or keeps going over an accent written as a
/// mark of its own; false when `c` is none of these, a word break. Without
/// it `José Núñez` was `jos-n-ez` and the full-width `ＡＩ` had no slug.
fn latin_letters(c: char, word: &mut String) -> bool {
    use unicode_normalization::char::{decompose_compatible, is_combining_mark};
    let special = match c {
        'ß' => "ss",
        'æ' | 'Æ' => "ae",
        'œ' | 'Œ' => "oe",
        'ø' | 'Ø' => "o",
        'ł' | 'Ł' => "l",
        'đ' | 'Đ' | 'ð' | 'Ð' => "d",
        'þ' | 'Þ' => "th",
        'ı' => "i",
        _ => "",
    };
    if !special.is_empty() {
        word.push_str(special);
        return true;
    }
    if is_combining_mark(c) {
        return true;
    }
    let mut letters = String::new();
    let mut other = false;
    decompose_compatible(c, |d| {
        if d.is_ascii_alphanumeric() {
            letters.push(d.to_ascii_lowercase());
        } else if !is_combining_mark(d) {
            other = true;
        }
    });
    if letters.is_empty() || other {
        return false;
    }
    word.push_str(&letters);
    true
}

/// Longest generated slug, in bytes. A folder name has at most 255 on
/// common file systems; a tag that is a whole phrase, or 80 Chinese
/// characters of pinyin, failed the build with "File name too long".
const MAX_SLUG: usize = 64;

/// `base` cut at a word end within [`MAX_SLUG`] less room for a hash of the
/// whole name, which keeps two names with the same beginning apart.
fn shortened(base: &str, name: &str) -> String {
    let room = MAX_SLUG - 9;
    let cut = base[..room].rfind('-').filter(|&i| i > 0).unwrap_or(room);
    format!("{}-{}", &base[..cut], name_hash(name, 8))
}

/// Short stable hash of a name, for collision suffixes and names with no ASCII form.
fn name_hash(name: &str, len: usize) -> String {
    blake3::hash(name.as_bytes()).to_hex()[..len].to_string()
}

/// Assigns every name a unique slug. `fixed` are slugs site.yaml gives.
/// Among names that share a generated slug, the one first in code-point order
/// keeps it and the others get a suffix from a hash of their own name, so a
/// name's URL never depends on the order articles were read in.
pub fn assign_slugs<'a>(
    names: impl IntoIterator<Item = &'a str>,
    fixed: &HashMap<String, String>,
) -> HashMap<String, String> {
    let mut by_base: BTreeMap<String, Vec<&str>> = BTreeMap::new();
    let mut result = HashMap::new();
    let mut taken: HashSet<String> = fixed.values().cloned().collect();
    let mut unique: Vec<&str> = names.into_iter().collect();
    unique.sort_unstable();
    unique.dedup();
    for name in unique {
        if let Some(s) = fixed.get(name) {
            result.insert(name.to_string(), s.clone());
            continue;
        }
        let mut base = slugify(name);
        if base.is_empty() {
            base = format!("t-{}", name_hash(name, 8));
        } else if base.len() > MAX_SLUG {
            base = shortened(&base, name);
        } else if crate::content::article::is_reserved_on_windows(&base) {
            // A tag `Aux` or `NUL`: its folder could not be copied to Windows.
            base = format!("{base}-{}", name_hash(name, 4));
        }
        by_base.entry(base).or_default().push(name);
    }
    // Bare slugs first, so a suffixed slug can never take a bare one's place.
    let mut rest = Vec::new();
    for (base, names) in &by_base {
        let mut names = names.iter();
        if !taken.contains(base.as_str()) {
            let first = names.next().expect("non-empty group");
            taken.insert(base.clone());
            result.insert(first.to_string(), base.clone());
        }
        rest.extend(names.map(|n| (base, *n)));
    }
    for (base, name) in rest {
        let mut len = 4;
        let slug = loop {
            let candidate = format!("{base}-{}", name_hash(name, len));
            if !taken.contains(&candidate) {
                break candidate;
            }
            len += 2;
        };
        taken.insert(slug.clone());
        result.insert(name.to_string(), slug);
    }
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_ascii() {
        assert_eq!(slugify("朱迪"), "zhu-di");
        assert_eq!(slugify("Associated Press"), "associated-press");
        assert_eq!(slugify("G20峰会"), "g20-feng-hui");
        assert_eq!(slugify("工伤预防·参保"), "gong-shang-yu-fang-can-bao");
        assert_eq!(slugify("···"), "");
        assert_eq!(slugify("José Núñez"), "jose-nunez");
        assert_eq!(slugify("Jose\u{301} Straße"), "jose-strasse");
        assert_eq!(slugify("ＡＩ"), "ai");
        assert_eq!(slugify("Łódź ①"), "lodz-1");
        assert_eq!(slugify("C# & C++"), "c-c");
        // The example: two different words, one pinyin.
        assert_eq!(slugify("视唱"), slugify("市场"));
    }

    #[test]
    fn collisions_get_stable_distinct_slugs() {
        let none = HashMap::new();
        let a = assign_slugs(["视唱", "市场", "十常"], &none);
        let b = assign_slugs(["十常", "市场", "视唱"], &none);
        assert_eq!(a, b);
        let set: HashSet<_> = a.values().collect();
        assert_eq!(set.len(), 3, "{a:?}");
        assert!(a.values().all(|s| s.is_ascii()));
        // A name's slug does not change when an unrelated colliding name appears later in order.
        let c = assign_slugs(["视唱", "市场"], &none);
        assert_eq!(a["视唱"], c["视唱"]);
    }

    #[test]
    fn long_names_get_short_slugs_that_stay_apart() {
        let a = format!("{} one", "word ".repeat(40));
        let b = format!("{} two", "word ".repeat(40));
        let s = assign_slugs([a.as_str(), b.as_str(), &"张".repeat(80)], &HashMap::new());
        assert!(s.values().all(|v| v.len() <= MAX_SLUG), "{s:?}");
        assert_ne!(s[&a], s[&b]);
        assert!(s[&a].starts_with("word-word-") && !s[&a].contains("--"), "{s:?}");
        assert!(s[&"张".repeat(80)].starts_with("zhang-zhang-"), "{s:?}");
    }

    #[test]
    fn names_windows_keeps_for_devices_get_a_suffix() {
        let s = assign_slugs(["Aux", "NUL", "com1", "Con Edison", "console"], &HashMap::new());
        for name in ["Aux", "NUL", "com1"] {
            assert!(s[name].len() > 4 && s[name].starts_with(&name.to_ascii_lowercase()), "{s:?}");
        }
        assert_eq!((s["Con Edison"].as_str(), s["console"].as_str()), ("con-edison", "console"));
    }

    #[test]
    fn fixed_slugs_win() {
        let mut fixed = HashMap::new();
        fixed.insert("要闻".to_string(), "news".to_string());
        fixed.insert("其他".to_string(), "zhu-di".to_string());
        let s = assign_slugs(["要闻", "朱迪", "其他"], &fixed);
        assert_eq!(s["要闻"], "news");
        assert_ne!(s["朱迪"], "zhu-di");
        assert!(s["朱迪"].starts_with("zhu-di-"));
        let empty = assign_slugs(["···"], &HashMap::new());
        assert!(empty["···"].starts_with("t-"));
    }
}
