//! Import rules: the words and patterns that are data rather than logic —
//! byline roles, agencies, page-header patterns, section names, column-label
//! hints, surnames and topics. Built-in defaults live here, in one place; a
//! paper extends them from site.yaml's `import:` key ([`RulesConfig`]).

use crate::config::TopicDef;
use regex::Regex;
use serde::Deserialize;
use std::collections::BTreeSet;

/// What a paper adds to the built-in import rules from site.yaml's `import:` key.
/// Every list extends the built-in one; nothing here replaces a default.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RulesConfig {
    /// Extra words that introduce reporters (`融媒记者`).
    #[serde(default)]
    pub reporter_roles: Vec<String>,
    /// Extra words that introduce contributors (`特约撰稿`).
    #[serde(default)]
    pub contributor_roles: Vec<String>,
    /// Extra news agencies and papers that appear in datelines and credits.
    #[serde(default)]
    pub agencies: Vec<String>,
    /// Regular expressions for page header/footer lines to drop (whole line).
    #[serde(default)]
    pub header_patterns: Vec<String>,
    /// Section (版名) names recognised on a page header line.
    #[serde(default)]
    pub sections: Vec<String>,
    /// The paper's own names (`鹤壁日报`), dropped when they head a page.
    #[serde(default)]
    pub paper_names: Vec<String>,
    /// Words that mark a short line as a column label (栏目), e.g. `进行时`.
    #[serde(default)]
    pub column_markers: Vec<String>,
    /// Extra surnames for splitting run-together names (`周圆王舒一`).
    #[serde(default)]
    pub surnames: Vec<String>,
    /// Words never used as tags.
    #[serde(default)]
    pub stop_words: Vec<String>,
}

const REPORTER_ROLES: &[&str] = &[
    "本报首席记者",
    "本报见习记者",
    "本报实习记者",
    "本报特约记者",
    "本报特派记者",
    "本报融媒体记者",
    "本报全媒体记者",
    "本报记者",
    // A county's media centre or a broadcaster that prints a paper signs its
    // staff as the station's, and a campus paper its students as its own.
    "本台记者",
    "本网记者",
    "学生记者",
    "首席记者",
    "见习记者",
    "实习记者",
    "特约记者",
    "特派记者",
    "融媒体记者",
    "全媒体记者",
    "融媒记者",
    "新华社记者",
    "中新社记者",
    "人民日报记者",
    "记者",
];

const CONTRIBUTOR_ROLES: &[&str] = &[
    "本报特约通讯员",
    "本报通讯员",
    "本台通讯员",
    "特约通讯员",
    "通讯员",
    "本报实习生",
    "实习生",
    "摄影记者",
    "摄影",
    "摄像",
    "视频",
    "制图",
    "插图",
];

const AGENCIES: &[&str] = &[
    "新华社",
    "马新社",
    "共同社",
    "韩联社",
    "塔斯社",
    "安塔拉社",
    "中央社",
    "中通社",
    "美联社",
    "路透社",
    "法新社",
    "中新社",
    "中新网",
    "人民日报",
    "人民网",
    "新华网",
    "央视新闻",
    "央视网",
    "央广网",
    "光明日报",
    "经济日报",
    "工人日报",
    "法治日报",
    "科技日报",
    "中国日报",
    "中国青年报",
    "河南日报",
    "大河报",
    "澎湃新闻",
];

/// English agencies: the name as bylines write it → the name kept in `agency`.
const EN_AGENCIES: &[(&str, &str)] = &[
    ("The Associated Press", "Associated Press"),
    ("Associated Press", "Associated Press"),
    ("AP", "Associated Press"),
    ("Reuters", "Reuters"),
    ("Bloomberg News", "Bloomberg"),
    // The business wire American papers run under their markets roundups.
    ("Dow Jones Newswires", "Dow Jones Newswires"),
    ("Dow Jones News Service", "Dow Jones Newswires"),
    ("Bloomberg", "Bloomberg"),
    ("Agence France-Presse", "AFP"),
    ("AFP", "AFP"),
    ("UPI", "UPI"),
    ("Xinhua", "Xinhua"),
    ("Press Trust of India", "PTI"),
    ("PTI", "PTI"),
    ("IANS", "IANS"),
    // The Times of India's own news service.
    ("Times News Network", "TNN"),
    ("TNN", "TNN"),
    ("ANI", "ANI"),
    ("UNI", "UNI"),
    ("PA Media", "PA Media"),
    ("Press Association", "PA Media"),
    ("PA", "PA Media"),
    ("PA Sport", "PA Media"),
    ("Kyodo News", "Kyodo"),
    ("Kyodo", "Kyodo"),
    ("Jiji Press", "Jiji Press"),
    ("Jiji", "Jiji Press"),
    ("Yonhap", "Yonhap"),
    ("Bernama", "Bernama"),
    ("The Canadian Press", "The Canadian Press"),
    ("Canadian Press", "The Canadian Press"),
    // Its French service, whose copy bilingual and Quebec pages sign with it.
    ("La Presse Canadienne", "La Presse Canadienne"),
    ("Presse Canadienne", "La Presse Canadienne"),
    // `HALIFAX, N.S. (CP) —`: the wire's own credit in a dateline.
    ("CP", "The Canadian Press"),
    ("Australian Associated Press", "AAP"),
    ("AAP", "AAP"),
    // The national broadcaster's farm desk, whose copy Australian rural papers run.
    ("ABC Rural", "ABC Rural"),
    // New Zealand's public broadcaster, whose copy the country's dailies run.
    ("Radio New Zealand", "RNZ"),
    ("RNZ", "RNZ"),
    // Its Pacific service and the islands' regional wire, which Fiji's,
    // Samoa's and Tonga's dailies sign regional copy with.
    ("RNZ Pacific", "RNZ Pacific"),
    ("PACNEWS", "PACNEWS"),
    ("NZME", "NZME"),
    // The country's largest news site, whose reporters' copy other papers
    // run under `By Jane Doe, Stuff`.
    ("Stuff", "Stuff"),
    // Postmedia's chain-wide desk, whose copy its Canadian dailies sign with it.
    ("Postmedia News", "Postmedia News"),
    ("News Agency of Nigeria", "NAN"),
    ("NAN", "NAN"),
    ("Philippine News Agency", "PNA"),
    ("PNA", "PNA"),
    ("Deutsche Presse-Agentur", "dpa"),
    ("dpa", "dpa"),
    ("Tribune News Service", "Tribune News Service"),
    // American papers' syndicates, credited under the writer's name.
    ("New York Times News Service", "New York Times News Service"),
    ("The New York Times News Service", "New York Times News Service"),
    // (`NYTIMES` closing a wire story, as The Straits Times signs its copy.)
    ("NYTimes", "New York Times News Service"),
    ("Washington Post News Service", "Washington Post News Service"),
    ("The Washington Post", "The Washington Post"),
    ("Los Angeles Times", "Los Angeles Times"),
    ("McClatchy News Service", "McClatchy News Service"),
    // The columnists' syndicates, set under the writer's name or at the
    // foot of an op-ed column as its wire would be.
    ("Tribune Content Agency", "Tribune Content Agency"),
    ("Washington Post Writers Group", "Washington Post Writers Group"),
    ("Creators Syndicate", "Creators Syndicate"),
    ("King Features Syndicate", "King Features Syndicate"),
    ("Andrews McMeel Syndication", "Andrews McMeel Syndication"),
    // Pakistan's, Kenya's, Ghana's and South Africa's wires, the Gulf's and
    // Turkey's, and the `— Agencies` a desk signs copy it put together from several.
    ("Associated Press of Pakistan", "APP"),
    ("APP", "APP"),
    ("Pakistan Press International", "PPI"),
    ("PPI", "PPI"),
    ("NNI", "NNI"),
    ("INP", "INP"),
    ("Kenya News Agency", "KNA"),
    ("KNA", "KNA"),
    ("Ghana News Agency", "GNA"),
    ("GNA", "GNA"),
    ("African News Agency (ANA)", "ANA"),
    ("African News Agency", "ANA"),
    ("ANA", "ANA"),
    // (The South African Press Association, ANA's forerunner until 2015,
    // signed `– Sapa`.)
    ("South African Press Association", "Sapa"),
    ("Sapa", "Sapa"),
    ("Anadolu Agency", "Anadolu"),
    ("Anadolu", "Anadolu"),
    ("WAM", "WAM"),
    ("KUNA", "KUNA"),
    ("IRNA", "IRNA"),
    // Europe's, Russia's, South-East Asia's and the Gulf's other wires.
    ("EFE", "EFE"),
    ("ANSA", "ANSA"),
    ("TASS", "TASS"),
    ("Interfax", "Interfax"),
    ("Antara", "Antara"),
    ("Vietnam News Agency", "VNA"),
    ("VNA", "VNA"),
    ("Saudi Press Agency", "SPA"),
    ("SPA", "SPA"),
    ("Qatar News Agency", "QNA"),
    ("QNA", "QNA"),
    ("BSS", "BSS"),
    ("UNB", "UNB"),
    // The Caribbean Media Corporation's wire.
    ("CMC", "CMC"),
    ("Caribbean Media Corporation", "CMC"),
    ("Agencies", "Agencies"),
    // The Philippine Daily Inquirer's own desk, as it signs briefs.
    ("INQ", "INQ"),
    // Taiwan's wire, whose copy the English dailies there run.
    ("Central News Agency", "CNA"),
    ("CNA", "CNA"),
];

const SECTIONS: &[&str] = &[
    "要闻",
    "综合",
    "时政",
    "经济",
    "财经",
    "社会",
    "民生",
    "文化",
    "文体",
    "体育",
    "国内",
    "国际",
    "国内国际",
    "评论",
    "理论",
    "副刊",
    "专版",
    "专题",
    "城事",
    "视点",
    "教育",
    "科技",
    "健康",
    "法治",
    "县区",
    "地方",
    "新闻",
    "广告",
    "特别报道",
    // Hong Kong's and Macau's own news, and cross-strait pages.
    "港闻",
    "澳闻",
    "两岸",
    "Front Page",
    "Local",
    "Local News",
    "Metro",
    "City",
    "Nation",
    "World",
    "Business",
    "Sports",
    "Opinion",
    "Editorial",
    "Lifestyle",
    "Arts",
    "Obituaries",
    "Features",
    // Section fronts of American and British dailies; two may run joined
    // (`NATION & WORLD`, `State and Region`: see `header::english_section`).
    "National",
    "International",
    "State",
    "Region",
    "Politics",
    "Entertainment",
    "Education",
    "Technology",
    "Commentary",
    "Living",
    "Community",
    "Money",
    // British and Australian papers' folios (`Thursday, June 18, 2026` / `News`).
    "News",
    "Sport",
    "Health",
    // Op-ed and review pages' folios (`THE CHRONICLE  Thursday 18 June 2026  23` / `Comment`).
    "Comment",
    "Culture",
    "Reviews",
    "Travel",
    // Business pages' folios, alone or joined (`BUSINESS & FINANCE`).
    "Finance",
    "Markets",
    "Economy",
    "Companies",
];

/// Lines that are page furniture wherever they stand in the header/footer zone.
const HEADER_PATTERNS: &[&str] = &[
    // 2026年2月11日 星期三 (农历…)
    r"^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日(\s*[,，]?\s*(星期|周|礼拜)[一二三四五六日天])?[^。，,；！？]{0,20}$",
    r"^(星期|周|礼拜)[一二三四五六日天]([^。，,；]{0,20})?$",
    r"^\d{4}[-./]\d{1,2}[-./]\d{1,2}(\s.{0,20})?$",
    r"^(农历)?[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥]年[^。，,]{0,16}$",
    r"^(?i)(monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+(january|february|march|april|may|june|july|august|september|october|november|december)\s+\d{1,2},?\s+\d{4}$",
    // `Friday 3 April 2026`: British, Irish, Australian and New Zealand papers put the day first.
    r"^(?i)(monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+\d{1,2}\s+(january|february|march|april|may|june|july|august|september|october|november|december),?\s+\d{4}$",
    r"^(?i)page\s+[a-z]?\d{1,3}$",
    r"^[A-Z]\d{1,2}$",
    r"^(?i)section\s+[a-z]$",
    // (`中共江城市委机关报  国内统一连续出版物号 …`: the paper's owner first.)
    r"^(?:\p{Han}{2,14}机关报\s+)?(国内统一连续出版物号|国内统一刊号|邮发代号|CN\s*\d).{0,40}$",
    // `Vol. 142, No. 134 | $1.50`, `今日16版 第12345期`: the issue's number and price.
    r"^(?i)vol(?:ume)?\.?\s*[0-9ivxlc]+\s*[,;|]?\s*(?:no\.?|number|issue)\s*\d+\b.{0,40}$",
    r"^(今日\s*\d{1,3}\s*版\s*)?第\s*\d{2,6}\s*期(\s*.{0,20})?$",
    // `訂報專線：0800-000-123`, `广告热线 0392-3312345`: the paper's own phone lines.
    // Also `本版廣告專線：(04)2358-0000`, the area code in brackets.
    // Several on one line: `訂報專線：1-800-555-6688 廣告部：(415)555-1234`;
    // an e-mail after them: `订阅热线：6388 3838  电邮：subs@sph.com.sg`.
    // `本报发布广告电话：0532-88880000　地址：…`: a classified page's foot, with
    // the desk's address after its number.
    r"^(?:本版|本报|本報)?(?:\s*(?:发布|發佈|刊登|刊发|刊發)?(?:订报|訂報|订阅|訂閱|广告|廣告|新闻|新聞|发行|發行|客服|服务|服務|读者服务|讀者服務)\s*(?:专线|專線|热线|熱線|电话|電話|部)\s*[:：]?\s*[0-9０-９(（+][0-9０-９\-–\s()（）#*]{4,30}?)+(?:\s+(?:电邮|電郵|邮箱|郵箱|传真|傳真|(?i:e-?mail))\s*[:：]\s*[A-Za-z0-9._%+\-@]+)*(?:\s+(?:地址|社址)\s*[:：]\s*\S{2,40})?$",
    // `民生热线：0571-86001234 微信公众号：南溪民生帮 每天9:00—21:00`: a desk's
    // hotline strip, with its other channels and hours after the number
    // (a fax number spaced as a phone's, `傳真：(212) 226-4040`)
    // (not `咨询热线：…` closing a notice: the story's own text).
    // (`本版热线：96118　邮箱：…`: the page's own desk, so named.)
    r"^\p{Han}{0,4}?(?:民生|新闻|新聞|报料|報料|爆料|读者|讀者|维权|維權|帮办|幫辦|编辑部|編輯部|本报|本報|本版|健康|教育|法治|法律|求医|問政|问政|消费|消費)(?:热线|熱線|专线|專線)\s*[:：]?\s*[0-9０-９(（+][0-9０-９\-–\s()（）]{4,24}?(?:[(（][^()（）]{2,30}[)）])?(?:\s+(?:微信(?:公众号|公眾號)?|微博|邮箱|郵箱|电邮|電郵|(?i:e-?mail)|QQ|网址|網址|传真|傳真)\s*[:：]\s*(?:[0-9０-９(（+][0-9０-９\-–\s()（）]{4,24}?|\S{2,40}))*(?:\s*(?:每天|每日|周一至周[五六日]|週一至週[五六日]|工作日)\s*\d{1,2}[:：]\d{2}\s*[—\-–~至]+\s*\d{1,2}[:：]\d{2})?$",
    // `To place a notice call 555-0142 or email notices@paper.example`, `To
    // advertise call …`: the paper's desks' standing lines.
    r"^(?i)to\s+(?:(?:place|book|submit)\s+(?:a|an|your)\s+(?:[a-z]+\s+){0,2}(?:notice|ad|advert|advertisement|announcement|tribute)s?|advertise|subscribe),?\s+(?:please\s+)?(?:call|phone|ring|e-?mail|contact|visit)\b.{0,90}$",
    // `本版投稿邮箱：jiankang@paper.com.cn`: where the page takes its copy.
    // (`读者来函请电邮：…`: a Singapore paper asks for letters so.)
    r"^(?:本版|本刊|本报|本栏|编辑部|评论部|新闻部)?\s*(?:投稿|来稿|爆料|读者)?(?:来函|来信|来稿)?(?:请)?\s*(?:电子)?(?:邮箱|信箱|电邮|(?i:e-?mail))\s*[:：]?\s*[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}$",
    // `夜光杯投稿邮箱：ygb@paper.com.cn`: a column's or supplement's own inbox.
    r"^\p{Han}{2,8}(?:投稿|来稿)(?:电子)?(?:邮箱|信箱)?\s*[:：]\s*[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}$",
    // `本版言论仅代表作者个人观点`, `欢迎来稿`: an opinion page's standing notice.
    r"^(?:本版|本栏|本刊|本报)?(?:专栏|署名)?(?:言论|文章|稿件|所刊文章|评论)?仅代表作者(?:个人)?(?:观点|看法)[，,。]?$",
    // (`欢迎读者来稿，来稿请注明真实姓名和联系方式。`: the call and its terms
    // in one line, set under a readers' column.)
    r"^欢迎(?:广大)?(?:读者|市民|网友|各界人士)?(?:朋友们?)?(?:踊跃|积极)?(?:来稿|投稿|赐稿|来信|供稿)(?:[，,；;。！!]\s*(?:来稿|投稿|稿件|来信)请.{2,40})?[。！!]?$",
    // `来稿请注明真实姓名、地址及联系电话`: the page's terms for its copy.
    r"^(?:来稿|投稿|稿件)请(?:注明|附上|写明|附|留下).{2,30}$",
    // `风险提示：本版内容仅供参考，不构成投资建议。股市有风险，投资需谨慎。`:
    // a market page's standing disclaimer.
    // (`本版文章仅代表作者观点，不构成投资建议。`: the opinion notice first.)
    r"^(?:(?:风险提示|免责声明|特别提示|郑重声明)\s*[:：]\s*)?本版(?:内容|文章|信息|数据|所载内容)(?:仅代表作者(?:个人)?(?:观点|看法)[，,]?)?(?:仅供参考|不构成).{0,50}$",
    // (`投资有风险　入市需谨慎`: the same warning in other words.)
    r"^(?:股市|投资|理财|市场)有风险[，,]?[\s\u{3000}]*(?:投资|入市|理财|投资者)需谨慎[。！!]?$",
    // `For more news from Tamil Nadu, turn to Page 7`: the paper pointing to its other pages.
    r"^(?i)for\s+more\b[^.]{0,50}?,?\s+(?:turn\s+to|see|go\s+to)\s+page\s+[a-z]?\d{1,3}\.?$",
    // `FOR SUBSCRIBERS`: a paywall's label over a story.
    r"^(?i)(?:for\s+subscribers|subscribers\s+only|subscriber\s+exclusive)$",
    // `新城晚报社出品`, `XX日报全媒体中心制作`: the paper signing its page
    // at the foot, beside its hotline.
    r"^\p{Han}{2,12}?(?:报社|晚报|日报|早报|晨报|融媒体中心|新闻中心|全媒体中心|全媒体)(?:荣誉)?(?:出品|制作|监制)$",
    // `主办：华东能源集团党委宣传部`: who publishes a company's or a
    // university's own paper, under its masthead.
    r"^(?:主办|主管|主管主办|编印|编辑出版)(?:单位)?\s*[:：]\s*\p{Han}{2,24}?(?:宣传部|党委|党委宣传部|工会|报社|编辑部|新闻中心|融媒体中心|大学|学院|集团|公司)(?:\s+(?:主办|主管|编印|承印|编辑出版)(?:单位)?\s*[:：]\s*\p{Han}{2,24})*$",
    // `本版数据截至3月3日收盘`: a market page's note on when its figures
    // were taken, the whole page's, set at its foot.
    r"^本版(?:数据|行情|报价|价格|图表|统计数据)(?:均)?(?:截至|截止|截止到|统计至)\s*\d.{0,16}$",
    // `本版稿件除署名外均由本报记者采写`: the page's note on who wrote it.
    r"^本版(?:稿件|文字|图片|图文)?(?:除署名外)?(?:均)?由本报(?:记者)?(?:采写|提供|摄)[。]?$",
    // `For more news, log on to www.paper.com.my`: the paper's site, promoted at the page foot.
    r"^(?i)for\s+(?:more|the latest|breaking|all the latest|latest)\b[^.]{0,30}\b(?:news|stories|updates|coverage)\b,?\s+(?:visit|log on to|go to|see|head to)\s+(?:https?://)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+/?$",
];

/// A page-number line; the text after it, if any, is the section (`第2版 要闻`).
///
/// Singapore and Malaysian papers number the page `第6页`, not `第6版`.
pub(crate) const PAGE_LINE: &str = r"^(?:第\s*[0-9０-９一二三四五六七八九十]{1,3}\s*版|第\s*[0-9０-９]{1,3}\s*页|[A-Za-z]?[0-9０-９]{1,2}\s*版|[A-Z][0-9]{1,2}\s*[|·•]|(?i:page)\s+[A-Z]?[0-9]{1,3}\s*[|·•:-])\s*[:：|·•-]?\s*(.{0,60})$";

/// A combined header line: date, 星期 and 第N版 on one line, the section after 版.
pub(crate) const COMBINED_HEADER: &str = r"^(?:[^。，,；()（）]{0,30}?(?:日|报|星期[一二三四五六日天]|周[一二三四五六日天])\s*)?第\s*[A-Za-z]?[0-9０-９一二三四五六七八九十]{1,3}\s*版\s*[:：]?\s*([^。，,；()（）]{0,30})$";

/// Editor/proofreader credits: furniture anywhere on the page.
pub(crate) const EDITOR_LINE: &str = r"^(?:(?:责任编辑|首席编辑|主任编辑|执行编辑|视觉编辑|版式编辑|责编|美编|美术编辑|校对|组版|版式设计|版式|审读|值班编辑|值班主任|终审|版面主编|版面编辑|版面设计|图片编辑|执行主编|(?:编辑|审核|监制|主编)\s*[:：])\s*[:：]?.{0,50}|(?:(?:责任编辑|美术编辑|摄影编辑|图片编辑|文字编辑|责编|编辑|审核|监制|主编|美编|校对|审读|组版|制图)(?:\s*[:：/／]\s*|\s+)\p{Han}(?:[ \u{3000}]{0,2}[\p{Han}·]){1,3}(?:\s+|$)){2,4}(?:(?:电话|热线)\s*[:：]?\s*[0-9()（）\-\s]{7,24})?)$";

const COLUMN_MARKERS: &[&str] = &[
    "·",
    "进行时",
    "专栏",
    "系列报道",
    "一线",
    "走基层",
    "观察",
    "关注",
    "聚焦",
    "在行动",
    "面对面",
    "新时代",
    "看变化",
    // Legal pages' columns of cases (`以案说法`, `以案释法`, `法官说案`).
    "以案",
    "说案",
];

/// Common surnames, most frequent first (the rank settles ambiguous splits).
const SURNAMES: &str = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍洪赖萧庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由丘锺习荀钮贝";

const COMPOUND_SURNAMES: &[&str] = &[
    "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒", "夏侯", "令狐",
    "端木", "申屠", "轩辕", "独孤", "南宫", "西门", "呼延", "万俟", "澹台", "公冶", "太史", "钟离", "闻人", "赫连",
    "百里", "东郭",
];

/// Words too common in news to be useful tags.
const STOP_WORDS: &[&str] = &[
    "记者",
    "本报",
    "工作",
    "活动",
    "发展",
    "进行",
    "开展",
    "推进",
    "推动",
    "加强",
    "实现",
    "全市",
    "我市",
    "目前",
    "今年",
    "去年",
    "近年来",
    "相关",
    "表示",
    "提升",
    "持续",
    "全面",
    "重点",
    "建设",
    "通过",
    "提供",
    "方面",
    "问题",
    "情况",
    "成为",
    "一批",
    "一系列",
    "有关",
    "负责人",
    "获悉",
    "日电",
    "新华社",
    "通讯员",
    "整理",
    "服务",
    "办理",
    "单位",
    "部门",
    "措施",
    "机制",
    "能力",
    "水平",
    "质量",
    "领域",
    "供稿",
];

/// Default topics when site.yaml names none: zh and en keywords together, so
/// the same set serves a Chinese or an English paper.
const DEFAULT_TOPICS: &[(&str, &str, &[&str])] = &[
    (
        "时政",
        "politics",
        &[
            "人大",
            "政协",
            "代表",
            "常委会",
            "党委",
            "政府",
            "书记",
            "市长",
            "县长",
            "建议",
            "委员",
            "选举",
            "立法",
            "理论",
            "宣讲",
            "党组",
            "会议",
            "督办",
            "election",
            "council",
            "mayor",
            "governor",
            "senate",
            "congress",
            "legislature",
            "lawmakers",
            "vote",
            "policy",
            "parliament",
            "minister",
            "ministry",
            "councillor",
            "councilor",
            "legislation",
            "referendum",
            "candidate",
            "senator",
            "lawmaker",
            "assembly",
            "ballot",
            "cabinet",
            "opposition",
            "premier",
        ],
    ),
    (
        "经济",
        "economy",
        &[
            "经济",
            "产业",
            "企业",
            "投资",
            "招商",
            "项目",
            "消费",
            "财政",
            "市场",
            "制造",
            "营商",
            "金融",
            "贷款",
            "税",
            "收入",
            "交易",
            "economy",
            "business",
            "market",
            "jobs",
            "investment",
            "tax",
            "budget",
            "trade",
            "company",
            "industry",
            "prices",
            "economic",
            "retail",
            "sales",
            "inflation",
            "export",
            "investor",
            "earnings",
            "profit",
            "revenue",
            "firm",
            "factory",
            "manufacturing",
            "tariff",
            "gdp",
            "economist",
            "trader",
            "consumer",
            "stock",
        ],
    ),
    (
        "科技",
        "technology",
        &[
            "科技",
            "技术",
            "创新",
            "研发",
            "数字",
            "人工智能",
            "卫星",
            "航天",
            "芯片",
            "智能",
            "标准",
            "平台",
            "technology",
            "science",
            "research",
            "software",
            "internet",
            "satellite",
            "digital",
            "tech",
            "startup",
            "app",
            "computer",
            "chip",
            "chipmaker",
            "semiconductor",
            "cyber",
            "cybersecurity",
            "robot",
            "innovation",
            "telecom",
            "broadband",
            "smartphone",
            "ai",
        ],
    ),
    (
        "民生",
        "community",
        &[
            "民生",
            "养老",
            "社区",
            "就业",
            "社保",
            "住房",
            "物业",
            "群众",
            "居民",
            "充电",
            "小区",
            "青年",
            "联谊",
            "婚恋",
            "housing",
            "community",
            "residents",
            "neighborhood",
            "welfare",
            "families",
            "volunteer",
            "charity",
            "neighbour",
            "neighbor",
            "library",
            "homeless",
            "rent",
            "tenant",
            "pensioner",
            "elderly",
            "donation",
        ],
    ),
    (
        "文化",
        "culture",
        &[
            "文化",
            "文艺",
            "村晚",
            "演出",
            "非遗",
            "戏曲",
            "文旅",
            "旅游",
            "春节",
            "节目",
            "艺术",
            "民俗",
            "舞台",
            "传统文化",
            "culture",
            "arts",
            "music",
            "festival",
            "museum",
            "theater",
            "film",
            "concert",
            "art",
            "artist",
            "exhibition",
            "author",
            "poetry",
            "poet",
            "heritage",
            "theatre",
            "gallery",
            "dance",
            "orchestra",
            "literary",
            "book",
            "musician",
            "choir",
        ],
    ),
    (
        "教育",
        "education",
        &[
            "教育",
            "学校",
            "学生",
            "教师",
            "职业教育",
            "高校",
            "校园",
            "education",
            "school",
            "students",
            "teachers",
            "university",
            "college",
            "pupil",
            "teacher",
            "student",
            "exam",
            "curriculum",
            "campus",
            "graduate",
            "scholarship",
            "tuition",
            "kindergarten",
            "classroom",
            "lecturer",
            "academic",
        ],
    ),
    (
        "健康",
        "health",
        &[
            "医疗",
            "医院",
            "卫生",
            "健康",
            "中医",
            "中医药",
            "疾病",
            "医保",
            "药品",
            "医疗器械",
            // A health page's own words: who is treated, by whom, where.
            "患者",
            "医生",
            "医师",
            "门诊",
            "就诊",
            "就医",
            "用药",
            "症状",
            "视力",
            "health",
            "hospital",
            "medical",
            "doctor",
            "disease",
            "patients",
            "healthcare",
            "nurse",
            "clinic",
            "vaccine",
            "vaccination",
            "surgery",
            "illness",
            "cancer",
            "patient",
            "dengue",
            "malaria",
            "ambulance",
        ],
    ),
    (
        "安全",
        "safety",
        &[
            "安全",
            "应急",
            "消防",
            "危险化学品",
            "事故",
            "工伤",
            "公安",
            "警方",
            "犯罪",
            "法院",
            "检察",
            "防范",
            "police",
            "court",
            "crime",
            "safety",
            "fire",
            "accident",
            "emergency",
            "arrest",
            "arrested",
            "jailed",
            "sentenced",
            "theft",
            "burglary",
            "robbery",
            "murder",
            "assault",
            "crash",
            "collision",
            "rescue",
            "rescued",
            "blaze",
            "firefighter",
            "fraud",
            "scam",
            "suspect",
            "magistrate",
            "prison",
            "kidnapping",
            "kidnapper",
            "shooting",
            "stabbing",
            "sheriff",
            "coastguard",
        ],
    ),
    (
        "环境",
        "environment",
        &[
            "生态",
            "环境",
            "环保",
            "绿化",
            "污染",
            "节能",
            "低碳",
            "水利",
            // Water saving and river care: a water bureau's own words.
            "节水",
            "水资源",
            "水质",
            "河湖",
            "公园",
            "绿地",
            "environment",
            "climate",
            "pollution",
            "park",
            "water",
            "energy",
            "environmental",
            "recycling",
            "plastic",
            "wildlife",
            "conservation",
            "emission",
            "flood",
            "flooding",
            "waste",
            "forest",
            "tree",
        ],
    ),
    (
        "体育",
        "sports",
        &[
            "体育",
            "比赛",
            "运动",
            "赛事",
            "健身",
            "足球",
            "篮球",
            "冠军",
            "村超",
            "匹克球",
            // A results page names the competition and its table, seldom the sport.
            "联赛",
            "赛季",
            "赛果",
            "积分榜",
            "马拉松",
            "sports",
            "game",
            "team",
            "coach",
            "championship",
            "league",
            "sport",
            "match",
            "tournament",
            "player",
            "stadium",
            "athlete",
            "football",
            "soccer",
            "rugby",
            "cricket",
            "basketball",
            "baseball",
            "hockey",
            "tennis",
            "golf",
            "marathon",
            "olympic",
            "innings",
            "wicket",
            "quarterback",
            "gaa",
            "hurling",
            "playoff",
            "medal",
            "referee",
        ],
    ),
    (
        "三农",
        "rural",
        &[
            "农业",
            "乡村振兴",
            "农村",
            "种业",
            "粮食",
            "农民",
            "乡村",
            "村民",
            "农技",
            "farm",
            "farmers",
            "agriculture",
            "crops",
            "rural",
            "farming",
            "crop",
            "harvest",
            "livestock",
            "cattle",
            "dairy",
            "drought",
            "irrigation",
            "grower",
            "village",
            "villager",
            "fertiliser",
            "fertilizer",
        ],
    ),
];

/// The built-in topics (name, ASCII slug, keywords), used when site.yaml has none.
pub fn default_topics() -> Vec<TopicDef> {
    default_topics_for("zh")
}

/// The default topics named in the site's language: Chinese names for a
/// Chinese site, English ones (`Politics`) for any other.
pub fn default_topics_for(language: &str) -> Vec<TopicDef> {
    let zh = language.to_ascii_lowercase().starts_with("zh");
    DEFAULT_TOPICS
        .iter()
        .map(|(name, slug, kw)| TopicDef {
            name: if zh { (*name).to_string() } else { super::text::title_case_caps(&slug.to_uppercase()) },
            slug: Some((*slug).to_string()),
            keywords: kw.iter().map(|k| (*k).to_string()).collect(),
        })
        .collect()
}

/// The import rules: byline words, agencies, header patterns, topics.
#[derive(Debug, Clone)]
pub struct ImportRules {
    /// Longest first, so `本报记者` wins over `记者`.
    pub(crate) reporter_roles: Vec<String>,
    pub(crate) contributor_roles: Vec<String>,
    /// Longest first.
    pub(crate) agencies: Vec<String>,
    pub(crate) en_agencies: Vec<(String, String)>,
    pub(crate) sections: Vec<String>,
    pub(crate) paper_names: Vec<String>,
    pub(crate) column_markers: Vec<String>,
    pub(crate) header_res: Vec<Regex>,
    pub(crate) page_line: Regex,
    pub(crate) combined_header: Regex,
    pub(crate) editor_line: Regex,
    /// `新华社北京2月10日电(记者 A B)`, `本报鹤壁2月10日讯`.
    pub(crate) agency_lead: Regex,
    /// Single-character surnames in frequency order.
    pub(crate) surnames: Vec<char>,
    pub(crate) compound_surnames: Vec<String>,
    pub(crate) stop_words: BTreeSet<String>,
    pub(crate) topics: Vec<TopicDef>,
    /// With no topics of the site's own (`gazette import` without a
    /// site.yaml, or one naming none), the built-in topics' English names,
    /// in the order of `topics`: an English page then gets `Politics`, not
    /// `时政`. A site's own topics are its vocabulary for every page.
    pub(crate) english_topic_names: Option<Vec<String>>,
    /// Problems with the configuration (bad regexes), reported once by the caller.
    pub warnings: Vec<String>,
}

impl Default for ImportRules {
    fn default() -> Self {
        ImportRules::new(&RulesConfig::default(), &[])
    }
}

fn merged(builtin: &[&str], extra: &[String]) -> Vec<String> {
    let mut v: Vec<String> = builtin.iter().map(|s| (*s).to_string()).collect();
    for e in extra {
        let e = e.trim();
        if !e.is_empty() && !v.iter().any(|x| x == e) {
            v.push(e.to_string());
        }
    }
    v
}

fn longest_first(mut v: Vec<String>) -> Vec<String> {
    // Stable: equal lengths keep their listed order.
    v.sort_by_key(|s| std::cmp::Reverse(s.chars().count()));
    v
}

impl ImportRules {
    pub fn new(config: &RulesConfig, topics: &[TopicDef]) -> ImportRules {
        let mut warnings = Vec::new();
        let mut header_res = Vec::new();
        for p in HEADER_PATTERNS {
            match Regex::new(p) {
                Ok(r) => header_res.push(r),
                Err(e) => warnings.push(format!("built-in header pattern `{p}`: {e}")),
            }
        }
        for p in &config.header_patterns {
            match Regex::new(p) {
                Ok(r) => header_res.push(r),
                Err(e) => {
                    warnings.push(format!("import.header_patterns: `{p}` is not a valid regular expression: {e}"))
                }
            }
        }
        let agencies = longest_first(merged(AGENCIES, &config.agencies));
        let alternation = agencies.iter().map(|a| regex::escape(a)).collect::<Vec<_>>().join("|");
        let num = r"\d{1,2}|[一二三四五六七八九十]{1,3}";
        // `中央社记者韩婷 台北1日电`: the reporters between agency and place;
        // `新华社北京1日电`: the day alone, in the issue's month;
        // `央视新闻客户端4月19日消息`: an outlet's app, and `消息` for `电`.
        let agency_lead = format!(
            r"^(?:据)?\s*(?P<agency>{alternation}|本报)(?:客户端|微信公众号|微博)?\s*(?:记者\s*(?P<names2>[\p{{Han}}·]{{1,4}}(?:\s[\p{{Han}}·]{{1,4}}){{0,3}})\s+)?(?:(?P<place>[\p{{Han}}·]{{0,12}}?)\s*(?:(?P<month>{num})\s*月\s*)?(?P<day>{num})\s*日\s*(?:专电|电|讯|报道|消息)|(?P<place2>[\p{{Han}}·]{{0,6}}?)专?电)\s*(?:[(（](?P<names>[^)）]{{0,60}})[)）])?\s*"
        );
        let (agency_lead, page_line, editor_line, combined_header) = match (
            Regex::new(&agency_lead),
            Regex::new(PAGE_LINE),
            Regex::new(EDITOR_LINE),
            Regex::new(COMBINED_HEADER),
        ) {
            (Ok(a), Ok(p), Ok(e), Ok(c)) => (a, p, e, c),
            // Only a bad `agencies` entry can get here (the rest is constant):
            // fall back to the built-in list.
            _ => {
                warnings.push(
                    "import.agencies: an entry made the dateline pattern invalid; using the built-in list".into(),
                );
                return ImportRules::new(&RulesConfig { agencies: Vec::new(), ..config.clone() }, topics);
            }
        };
        let mut surnames: Vec<char> = SURNAMES.chars().collect();
        let mut compound_surnames = merged(COMPOUND_SURNAMES, &[]);
        for s in &config.surnames {
            let s = s.trim();
            let mut cs = s.chars();
            match (cs.next(), cs.next()) {
                (Some(c), None) if !surnames.contains(&c) => surnames.push(c),
                (Some(_), Some(_)) if !compound_surnames.iter().any(|x| x == s) => {
                    compound_surnames.push(s.to_string())
                }
                _ => {}
            }
        }
        let mut stop_words: BTreeSet<String> = STOP_WORDS.iter().map(|s| (*s).to_string()).collect();
        stop_words.extend(config.stop_words.iter().map(|s| s.trim().to_string()).filter(|s| !s.is_empty()));
        let english_topic_names =
            topics.is_empty().then(|| default_topics_for("en").into_iter().map(|t| t.name).collect());
        let topics = if topics.is_empty() { default_topics() } else { topics.to_vec() };
        ImportRules {
            reporter_roles: longest_first(merged(REPORTER_ROLES, &config.reporter_roles)),
            contributor_roles: longest_first(merged(CONTRIBUTOR_ROLES, &config.contributor_roles)),
            agencies,
            en_agencies: EN_AGENCIES.iter().map(|(a, b)| ((*a).to_string(), (*b).to_string())).collect(),
            sections: merged(SECTIONS, &config.sections),
            paper_names: merged(&[], &config.paper_names),
            column_markers: merged(COLUMN_MARKERS, &config.column_markers),
            header_res,
            page_line,
            combined_header,
            editor_line,
            agency_lead,
            surnames,
            compound_surnames,
            stop_words,
            topics,
            english_topic_names,
            warnings,
        }
    }

    /// The topic of an article printed in `section` (see
    /// [`super::topic::choose_topic`]), by its English name when the topics
    /// are the built-in ones and the article is not Chinese.
    pub(crate) fn topic_in(&self, title: &str, plain: &str, section: Option<&str>) -> Option<String> {
        let name = super::topic::choose_topic(title, plain, section, &self.topics)?;
        match &self.english_topic_names {
            Some(en) if !super::text::is_cjk_text(title) && !super::text::is_cjk_text(plain) => {
                self.topics.iter().position(|t| t.name == name).and_then(|i| en.get(i).cloned()).or(Some(name))
            }
            _ => Some(name),
        }
    }

    /// Rank of a single-character surname (lower is more common).
    pub(crate) fn surname_rank(&self, c: char) -> Option<usize> {
        // Hong Kong, Macau and Taiwan print the surnames in traditional characters (陳, 黃).
        let c = super::text::fold_char(c);
        self.surnames.iter().position(|s| *s == c)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn config_extends_defaults() {
        let cfg: RulesConfig = serde_saphyr::from_str(
            "agencies: [鹤壁新闻网]\nreporter_roles: [融媒记者]\nheader_patterns: ['^鹤壁日报$', '(']\nsurnames: [禤]\n",
        )
        .unwrap();
        let r = ImportRules::new(&cfg, &[]);
        assert!(r.agencies.iter().any(|a| a == "鹤壁新闻网"));
        assert!(r.agencies.iter().any(|a| a == "新华社"));
        assert_eq!(r.reporter_roles.iter().filter(|x| *x == "融媒记者").count(), 1);
        assert_eq!(r.warnings.len(), 1, "{:?}", r.warnings);
        assert!(r.surname_rank('禤').is_some());
        assert_eq!(r.topics.len(), DEFAULT_TOPICS.len());
    }

    #[test]
    fn unknown_config_key_is_an_error() {
        assert!(serde_saphyr::from_str::<RulesConfig>("reporter_role: [x]\n").is_err());
    }

    #[test]
    fn built_in_topics_are_named_in_the_articles_language_without_a_site() {
        let r = ImportRules::default();
        let en = ("Council passes budget", "The city council and the mayor passed the budget after a vote.");
        let zh = ("市人大常委会召开会议", "市人大常委会召开会议，审议代表建议办理情况。");
        assert_eq!(r.topic_in(en.0, en.1, None).as_deref(), Some("Politics"));
        assert_eq!(r.topic_in(zh.0, zh.1, None).as_deref(), Some("时政"));
        // A site's topics (or the built-in ones named in its language) are
        // its vocabulary for every page.
        let site = ImportRules::new(&RulesConfig::default(), &default_topics_for("zh-CN"));
        assert_eq!(site.topic_in(en.0, en.1, None).as_deref(), Some("时政"));
        let site = ImportRules::new(&RulesConfig::default(), &default_topics_for("en"));
        assert_eq!(site.topic_in(zh.0, zh.1, None).as_deref(), Some("Politics"));
    }

    #[test]
    fn default_topics_have_ascii_slugs() {
        for t in default_topics() {
            let slug = t.slug.unwrap();
            assert!(slug.bytes().all(|b| b.is_ascii_lowercase()), "{slug}");
            assert!(!t.keywords.is_empty());
        }
    }
}
