//! Incremental builds (issue 5): after random edits, additions and deletions,
//! an incremental build is byte-identical to a full build of the same content.

mod sitetest;

use sitetest::{SiteTest, snapshot};

/// splitmix64: deterministic test randomness without a dependency.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

const TAGS: [&str; 5] = ["城市", "乡村", "教育", "医疗", "交通"];
const REPORTERS: [&str; 4] = ["朱迪", "李楠", "汪丽娜", "马飞"];

fn write_article(s: &SiteTest, rng: &mut Rng, i: u64, version: u64) {
    let day = 1 + rng.below(6);
    let tag = TAGS[rng.below(5) as usize];
    let rep = REPORTERS[rng.below(4) as usize];
    let page = 1 + rng.below(3);
    s.file(
        &format!("a/{i:03}.md"),
        &format!(
            "---\ntitle: 文章{i}版本{version}\ndate: 2026-01-{day:02}\npage: {page}\nsection: 版{page}\nreporters: [{rep}]\ntags: [{tag}]\n---\n\n第{version}版正文，第{i}篇。内容。\n"
        ),
    );
}

fn full_build_elsewhere(s: &SiteTest) -> std::collections::BTreeMap<String, Vec<u8>> {
    let dir = tempfile::tempdir().unwrap();
    let mut o = gazette::site::BuildOptions::new(s.root());
    o.out = dir.path().join("full");
    o.full = true;
    gazette::site::build(&o).unwrap();
    snapshot(&o.out)
}

#[test]
fn incremental_builds_equal_full_builds_after_random_changes() {
    let s = SiteTest::new("title: 测试\nper_page: 4\n");
    let mut rng = Rng(42);
    let mut live: Vec<u64> = (0..30).collect();
    for &i in &live {
        write_article(&s, &mut rng, i, 0);
    }
    let first = s.build().unwrap();
    assert!(first.rendered > 30, "first build renders every page");
    assert_eq!(s.build().unwrap().rendered, 0, "an unchanged site renders nothing");
    let mut next_id = 30;
    for round in 1..=6u64 {
        // Edit some, add some, delete some.
        for _ in 0..3 {
            let i = live[rng.below(live.len() as u64) as usize];
            write_article(&s, &mut rng, i, round);
        }
        for _ in 0..2 {
            write_article(&s, &mut rng, next_id, round);
            live.push(next_id);
            next_id += 1;
        }
        let gone = live.remove(rng.below(live.len() as u64) as usize);
        std::fs::remove_file(s.root().join(format!("content/a/{gone:03}.md"))).unwrap();
        let report = s.build().unwrap();
        assert!(
            report.rendered < report.files,
            "round {round}: some pages reused ({} of {})",
            report.rendered,
            report.files
        );
        let incremental = snapshot(&s.out());
        let full = full_build_elsewhere(&s);
        let inc_keys: Vec<&String> = incremental.keys().collect();
        let full_keys: Vec<&String> = full.keys().collect();
        assert_eq!(inc_keys, full_keys, "round {round}: same files");
        for (k, v) in &full {
            assert!(incremental[k] == *v, "round {round}: {k} differs from a full build");
        }
    }
}

#[test]
fn a_deleted_article_disappears_and_lists_shift() {
    let s = SiteTest::new("title: 测试\nper_page: 2\n");
    for i in 0..3 {
        s.article(&format!("{i}.md"), &format!("题{i}"), &format!("2026-01-0{}", i + 1), "tags: [甲]\n");
    }
    s.build().unwrap();
    assert!(s.exists("tags/jia/page/2/index.html"));
    std::fs::remove_file(s.root().join("content/2.md")).unwrap();
    let r = s.build().unwrap();
    assert!(!s.exists("2026/01/03/00-01/index.html"), "its page is gone");
    assert!(!s.exists("2026/01/03/index.html"), "its issue is gone");
    assert!(!s.exists("tags/jia/page/2/index.html"), "the list shrank to one page");
    assert!(s.read("tags/jia/index.html").contains("题1"));
    assert!(r.rendered < r.files);
}

#[test]
fn a_template_change_rerenders_what_uses_it() {
    let s = SiteTest::new("title: 测试\n");
    s.article("a.md", "题", "2026-01-01", "");
    gazette::theme::write_default_theme(&s.root().join("themes/default")).unwrap();
    s.build().unwrap();
    let p = s.root().join("themes/default/templates/404.html");
    let t = std::fs::read_to_string(&p).unwrap().replace("{% block content %}", "{% block content %}<p>改过的模板</p>");
    std::fs::write(&p, t).unwrap();
    let r = s.build().unwrap();
    assert!(s.read("404.html").contains("改过的模板"));
    assert!(r.rendered > 0);
    // --full renders everything again.
    let mut o = gazette::site::BuildOptions::new(s.root());
    o.full = true;
    let full = gazette::site::build(&o).unwrap();
    let unchanged = s.build().unwrap();
    assert!(full.rendered > unchanged.rendered);
    assert_eq!(unchanged.rendered, 0, "nothing changed: nothing rendered");
}

#[test]
fn in_place_updates_equal_full_builds() {
    // The preview server updates its output in place; the result must still
    // be what a full build makes, with files of deleted articles gone.
    let s = SiteTest::new("title: 测试\nper_page: 2\n");
    let mut rng = Rng(7);
    for i in 0..12 {
        write_article(&s, &mut rng, i, 0);
    }
    let mut o = gazette::site::BuildOptions::new(s.root());
    o.in_place = true;
    gazette::site::build(&o).unwrap();
    for round in 1..=3u64 {
        write_article(&s, &mut rng, round, round);
        write_article(&s, &mut rng, 20 + round, round);
        std::fs::remove_file(s.root().join(format!("content/a/{:03}.md", 5 + round))).unwrap();
        let r = gazette::site::build(&o).unwrap();
        assert!(r.rendered < r.files);
        let full = full_build_elsewhere(&s);
        let inc = snapshot(&s.out());
        assert_eq!(inc.keys().collect::<Vec<_>>(), full.keys().collect::<Vec<_>>(), "round {round}");
        assert!(inc == full, "round {round}: in-place output differs from a full build");
    }
}
