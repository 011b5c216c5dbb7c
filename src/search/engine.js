/* gazette search engine: one plain file, no dependencies. Index shards are
   classic scripts that call $gz(payload), so it works on file://.
   Formats and term rules mirror src/search (codec.rs, tokenize.rs). */
(function (global) {
  "use strict";
  var script = global.document && global.document.currentScript;
  var base = script && script.src ? script.src.replace(/[^\/]*$/, "") : "search/";
  var manifest = null;
  var waiting = {};
  var promises = {};
  // Maps, not objects: terms such as "constructor" must not hit prototypes.
  var terms = new Map();
  var buckets = new Map();
  var WORD = /[\p{Alphabetic}\p{N}]/u;
  var SPACE = /\p{White_Space}/u;
  var CONTROL = /\p{Cc}/u;
  var PAGE = 10;

  function isHan(cp) {
    return (cp >= 0x3040 && cp <= 0x30ff) || (cp >= 0x3400 && cp <= 0x4dbf) ||
      (cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0xac00 && cp <= 0xd7af) ||
      (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0x20000 && cp <= 0x3ffff);
  }
  // Emoji and bullet symbols: units wherever they stand (tokenize.rs is_pictograph).
  function isPictograph(cp) {
    return (cp >= 0x2190 && cp <= 0x21ff) || (cp >= 0x2300 && cp <= 0x23ff) ||
      (cp >= 0x25a0 && cp <= 0x27bf) || (cp >= 0x2b00 && cp <= 0x2bff) ||
      (cp >= 0x3012 && cp <= 0x3013) || (cp >= 0x1f000 && cp <= 0x1faff);
  }
  // Default_Ignorable_Code_Point as tokenize.rs is_ignorable lists it (not
  // \p{...}: the browser's Unicode version must not decide what is removed).
  var IGNORABLE = /[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0\ufff0-\ufff8\u{1bca0}-\u{1bca3}\u{1d173}-\u{1d17a}\u{e0000}-\u{e0fff}]/gu;
  // tokenize.rs normalize: ignorables out, NFKC, İ as i, lower case, ς as σ
  // (toLowerCase makes a final Σ ς, Rust σ), ‘ ’ as ', hyphens, en dash and minus as -.
  function normalize(s) {
    return s.replace(IGNORABLE, "").normalize("NFKC").replace(/\u0130/g, "i").toLowerCase()
      .replace(/\u03c2/g, "\u03c3").replace(/[\u2018\u2019]/g, "'").replace(/[\u2010-\u2013\u2212]/g, "-");
  }
  var HAN = 0, WORDC = 1, SPACEC = 2, MARK = 3, OTHER = 4;
  // What a character is to the tokenizer (tokenize.rs class): a Han
  // character or pictograph, a letter or digit, whitespace, a control
  // character or ", or a mark (any other).
  function cls(c) {
    var cp = c.codePointAt(0);
    if (isHan(cp)) return HAN;
    if (WORD.test(c)) return WORDC;
    if (SPACE.test(c)) return SPACEC;
    if (CONTROL.test(c) || c === '"') return OTHER;
    return isPictograph(cp) ? HAN : MARK;
  }

  // FNV-1a over UTF-8: the same as codec.rs term_hash.
  function hash(s) {
    var b = new TextEncoder().encode(s), h = 0x811c9dc5;
    for (var i = 0; i < b.length; i++) { h ^= b[i]; h = Math.imul(h, 0x01000193); }
    return h >>> 0;
  }

  // Units of normalised text, one character each: {s} or null for a break
  // (tokenize.rs push_units). A mark touching a letter or digit is a unit:
  // 3.5%, 10:30. joinWords: whitespace between two words is one space unit
  // (documents, quoted phrases); otherwise whitespace breaks (unquoted
  // query words). Next to anything else whitespace breaks.
  function tokenize(norm, joinWords) {
    var out = [], chars = Array.from(norm), kinds = chars.map(cls), space = false, lastWord = false;
    function brk() { if (out.length && out[out.length - 1] !== null) out.push(null); }
    for (var i = 0; i < chars.length; i++) {
      var c = chars[i], k = kinds[i];
      if (k === HAN || (k === MARK && ((lastWord && !space) || kinds[i + 1] === WORDC))) {
        if (space) brk();
        space = false; lastWord = false; out.push({ s: c });
      } else if (k === WORDC) {
        if (space) { if (joinWords && lastWord) out.push({ s: " " }); else brk(); }
        space = false; lastWord = true; out.push({ s: c });
      } else if (k === SPACEC) space = true;
      else { space = false; lastWord = false; brk(); }
    }
    if (space) brk();
    return out;
  }
  // Term of n neighbouring units from i (tokenize.rs gram_term): their characters.
  function gram(run, i, n) {
    var s = "";
    for (var k = i; k < i + n; k++) s += run[k].s;
    return s;
  }

  // basE91 (codec.rs base91) -> bytes.
  var B91 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!#$%&()*+,./:;<=>?@[]^_`{|}~\"", D91 = new Int8Array(128);
  for (var c91 = 0; c91 < 91; c91++) D91[B91.charCodeAt(c91)] = c91;
  function b91(s) {
    var out = new Uint8Array(Math.ceil(s.length * 14 / 16) + 1), o = 0, b = 0, n = 0, v = -1;
    for (var i = 0; i < s.length; i++) {
      var d = D91[s.charCodeAt(i)];
      if (v < 0) { v = d; continue; }
      v += d * 91; b |= v << n; n += (v & 8191) > 88 ? 13 : 14;
      do { out[o++] = b & 255; b >>>= 8; n -= 8; } while (n > 7);
      v = -1;
    }
    if (v >= 0) out[o++] = (b | v << n) & 255;
    return out.subarray(0, o);
  }
  function Reader(bytes) { this.b = bytes; this.i = 0; }
  Reader.prototype.more = function () { return this.i < this.b.length; };
  Reader.prototype.v = function () {
    var v = 0, mul = 1, x;
    do { x = this.b[this.i++]; if (x === undefined) throw new Error("gazette search: bad shard"); v += (x & 127) * mul; mul *= 128; } while (x & 128);
    return v;
  };
  Reader.prototype.take = function (n) { var s = this.b.subarray(this.i, this.i + n); this.i += n; return s; };
  // A term's unit (layout.rs put_unit): one byte below U+0080, two for
  // U+3400 to U+B2FF, else FF and three bytes.
  Reader.prototype.unit = function () {
    var a = this.b[this.i++], x = this.b;
    if (a === undefined) throw new Error("gazette search: bad shard");
    if (a < 128) return a;
    if (a < 255) return 0x3400 + (a - 128) * 256 + x[this.i++];
    this.i += 3;
    return x[this.i - 3] * 65536 + x[this.i - 2] * 256 + x[this.i - 1];
  };
  // Bit codes of codec.rs: most significant bit first.
  function Bits(bytes) { this.b = bytes; this.i = 0; }
  Bits.prototype.bit = function () {
    var x = this.b[this.i >> 3];
    if (x === undefined) throw new Error("gazette search: bad shard");
    return (x >> (7 - (this.i++ & 7))) & 1;
  };
  Bits.prototype.get = function (n) { var v = 0; while (n--) v = v * 2 + this.bit(); return v; };
  Bits.prototype.rice = function (k) { var q = 0; while (this.bit()) q++; return q * Math.pow(2, k) + this.get(k); };
  Bits.prototype.gamma = function () { var z = 0; while (!this.bit()) z++; return Math.pow(2, z) + this.get(z); };
  // Doc list (codec.rs encode_doc_list) of count documents in [lo, hi), appended to out.
  function docList(bytes, count, lo, hi, out) {
    var r = new Bits(bytes), n = 0;
    if (r.bit()) { for (var d = lo; d < hi && n < count; d++) if (r.bit()) { out.push(d); n++; } return out; }
    var k = r.get(5), prev = lo - 1;
    for (; n < count; n++) { prev += r.rice(k) + 1; out.push(prev); }
    return out;
  }
  // A triple's occurrence in a document as the ranks of its prefix and
  // suffix pair among their own occurrences there: [p0, s0, p1, s1, ...].
  // ONCE is a single occurrence at ranks (0, 0), as where no pair repeats.
  var ONCE = [0, 0];
  // Rank lists (codec.rs encode_ranks) of `count` documents.
  function rankLists(bytes, count) {
    var r = new Bits(bytes), k1 = r.get(3), k2 = r.get(3), out = [];
    for (var i = 0; i < count; i++) {
      if (!r.bit()) { out.push(ONCE); continue; }
      var n = r.gamma(), rs = new Array(2 * n), p = -1, s = -1;
      for (var j = 0; j < n; j++) { p += r.rice(k1) + 1; s += r.rice(k2) + 1; rs[2 * j] = p; rs[2 * j + 1] = s; }
      out.push(rs);
    }
    return out;
  }

  function load(key) {
    if (promises[key]) return promises[key];
    return (promises[key] = new Promise(function (resolve, reject) {
      waiting[key] = resolve;
      var el = global.document.createElement("script");
      // Files do not name themselves (a few hundred thousand of them would
      // spend megabytes on it): register finds the key on the running script.
      el.gzKey = key;
      el.src = base + key + ".js";
      // A classic script runs before its load event: still waiting means
      // the file did not register what its name promised.
      el.onload = function () {
        el.remove();
        if (waiting[key]) { delete waiting[key]; delete promises[key]; reject(new Error("gazette search: bad shard " + el.src)); }
      };
      el.onerror = function () { el.remove(); delete promises[key]; reject(new Error("gazette search: cannot load " + el.src)); };
      global.document.head.appendChild(el);
    }));
  }
  function register(data) {
    var el = global.document.currentScript, key = el && el.gzKey, r = key && waiting[key];
    if (!r) return;
    delete waiting[key];
    r(data);
  }

  // Folders are named by a hash of their content, listed in the manifest.
  function inFolder(kind, g, name) { return kind + "/" + g + "-" + manifest.h[kind][g] + "/" + name; }
  // [group, number in group] of document d's card among n documents: groups
  // of 1024, then one per binary digit of the rest, largest first (as
  // layout.rs card_groups).
  function cardOf(d, n) {
    var full = Math.floor(n / 1024);
    if (d < full * 1024) return [Math.floor(d / 1024), d % 1024];
    var lo = full * 1024, g = full;
    for (var b = 9; b >= 0; b--) {
      if ((n >> b) & 1) {
        if (d < lo + (1 << b)) return [g, d - lo];
        lo += 1 << b;
        g++;
      }
    }
    return [g, d - lo];
  }
  // Lists in a shard: inline bytes, or blocks [{b: block, key}] of 2^bits documents.
  function readLists(r) {
    var len = r.v();
    if (len % 2 === 0) return { bytes: r.take(len / 2) };
    var n = (len - 1) / 2, bits = r.v(), blocks = [], b = -1;
    for (var i = 0; i < n; i++) {
      b += r.v() + 1;
      var count = r.v(), id = r.take(8), hex = "";
      for (var j = 0; j < 8; j++) hex += (id[j] < 16 ? "0" : "") + id[j].toString(16);
      blocks.push({ b: b, count: count, key: "x/" + hex.slice(0, 2) + "/" + hex });
    }
    return { bits: bits, blocks: blocks };
  }
  // Term files come in segments of documents (layout.rs segments), each
  // [lo, hi, buckets, t folder hashes, p folder hashes]: a term's entries,
  // one per segment (null where it does not occur), in document order.
  function shard(kind, term) {
    var h = hash(term);
    return Promise.all(manifest.segs.map(function (seg) {
      return bucket(kind, seg, h & (seg[2] - 1)).then(function (m) { return m.get(term) || null; });
    }));
  }
  // Bucket b's shard of a segment as a Map; m.names: the terms of a t shard
  // in order, which p entries refer to by number instead of repeating them.
  function bucket(kind, seg, b) {
    var key = kind + "/" + (b >> 12) + "-" + seg[kind === "t" ? 3 : 4][b >> 12] + "/" + (b & 4095);
    if (!buckets.has(key)) {
      var names = kind === "p" ? bucket("t", seg, b) : null;
      buckets.set(key, Promise.all([load(key), names]).then(function (all) {
        var r = new Reader(b91(all[0])), m = new Map(), at = -1, first = 0;
        m.names = [];
        while (r.more()) {
          var t, e = {};
          if (kind === "t") {
            // df and units, the first unit as a gap from the previous
            // entry's; a term of one document has its number in the
            // segment and the head bit instead of lists.
            var x = r.v(), n = x % 4;
            e.df = (x - n) / 4;
            first += r.v();
            t = String.fromCodePoint(first);
            while (--n > 0) t += String.fromCodePoint(r.unit());
            m.names.push(t);
            if (e.df === 1) {
              var y = r.v();
              e.lists = { one: (y - y % 2) / 2 };
              e.hdf = y % 2;
              if (e.hdf) e.head = e.lists;
            } else {
              e.hdf = r.v();
              if (e.hdf) e.head = readLists(r);
              e.lists = readLists(r);
            }
          } else {
            at += r.v() + 1;
            t = all[1].names[at];
            e.lists = readLists(r);
          }
          m.set(t, e);
        }
        return m;
      }));
    }
    return buckets.get(key);
  }
  // [lo, hi) of block x of a segment's lists: the block's documents in the segment.
  function blockRange(lists, x, seg) {
    var size = Math.pow(2, lists.bits);
    return [Math.max(seg[0], x.b * size), Math.min(seg[1], (x.b + 1) * size)];
  }
  // The documents of a segment's doc lists (readLists) holding `count` documents.
  function docsOf(lists, count, seg) {
    if (lists.one !== undefined) return Promise.resolve([seg[0] + lists.one]);
    if (lists.bytes) return Promise.resolve(docList(lists.bytes, count, seg[0], seg[1], []));
    return Promise.all(lists.blocks.map(function (x) { return load(x.key); })).then(function (datas) {
      var docs = [];
      datas.forEach(function (d, i) {
        var x = lists.blocks[i], r = blockRange(lists, x, seg);
        docList(b91(d), x.count, r[0], r[1], docs);
      });
      return docs;
    });
  }
  // Doc list of a term: {df, docs: sorted array, head: Set of docs with a head hit}.
  function postings(term) {
    if (terms.has(term)) return terms.get(term);
    var p = shard("t", term).then(function (es) {
      var jobs = [];
      es.forEach(function (e, s) {
        var seg = manifest.segs[s];
        if (e) jobs.push(Promise.all([docsOf(e.lists, e.df, seg), e.hdf ? docsOf(e.head, e.hdf, seg) : [], e.df]));
      });
      return Promise.all(jobs).then(function (parts) {
        var out = { df: 0, docs: [], head: new Set() };
        parts.forEach(function (x) {
          out.df += x[2];
          for (var i = 0; i < x[0].length; i++) out.docs.push(x[0][i]);
          x[1].forEach(function (d) { out.head.add(d); });
        });
        return out;
      });
    });
    terms.set(term, p);
    return p;
  }
  // Occurrence ranks of a triple in the wanted documents (sorted array):
  // Map doc -> ranks, without the documents where it has none stored (ONCE).
  // Only blocks that hold a wanted document are loaded.
  function ranks(term, list, wanted) {
    return shard("p", term).then(function (es) {
      var out = new Map(), jobs = [];
      function take(bytes, from, to) {
        var lists = rankLists(bytes, to - from);
        for (var i = from; i < to; i++) out.set(list.docs[i], lists[i - from]);
      }
      function wants(lo, hi) { var w = lowerBound(wanted, lo); return w < wanted.length && wanted[w] < hi; }
      es.forEach(function (e, s) {
        var seg = manifest.segs[s];
        if (!e || !wants(seg[0], seg[1])) return;
        if (e.lists.bytes) { take(e.lists.bytes, lowerBound(list.docs, seg[0]), lowerBound(list.docs, seg[1])); return; }
        e.lists.blocks.forEach(function (x) {
          var r = blockRange(e.lists, x, seg);
          if (!wants(r[0], r[1])) return;
          var from = lowerBound(list.docs, r[0]), to = lowerBound(list.docs, r[1]);
          jobs.push(load(x.key).then(function (d) { take(b91(d), from, to); }));
        });
      });
      return Promise.all(jobs).then(function () { return out; });
    });
  }
  function lowerBound(a, x) {
    var lo = 0, hi = a.length;
    while (lo < hi) { var m = (lo + hi) >> 1; if (a[m] < x) lo = m + 1; else hi = m; }
    return lo;
  }

  function intersect(a, b) {
    var out = [], i = 0, j = 0;
    while (i < a.length && j < b.length) {
      if (a[i] === b[j]) { out.push(a[i]); i++; j++; } else if (a[i] < b[j]) i++; else j++;
    }
    return out;
  }
  function idf(df) { var n = manifest.n; return Math.log(1 + (n - df + 0.5) / (df + 0.5)); }

  // Brackets, quotes and sentence punctuation around a query's words are
  // not part of what is sought: "G20," "(G20)" "G20." look for g20. A full
  // stop only at the end (.NET, .5 keep theirs); marks inside a run stay
  // (3.5%, 10:30). scan.rs QUERY_EDGE holds the same set.
  var EDGE = /[,;:!?\u00a1\u00bf\u3001\u3002\u30fb()[\]{}\u00ab\u00bb\u2039\u203a\u2018-\u201f'\u300c-\u300f\u3008-\u300b\u3010\u3011\u3014-\u301b]/u;
  function trimEdges(run) {
    var a = 0, b = run.length;
    while (a < b && EDGE.test(run[a].s)) a++;
    while (b > a && (EDGE.test(run[b - 1].s) || run[b - 1].s === ".")) b--;
    return run.slice(a, b);
  }
  // Query text -> runs of units; quoted parts keep words together as
  // phrases. Curly double quotes quote as " does (a phone's keyboard types them).
  function parse(text) {
    var parts = normalize(text).replace(/[\u201c\u201d\u201e\u201f]/g, '"').split('"'), runs = [];
    for (var p = 0; p < parts.length; p++) {
      var run = [];
      tokenize(parts[p], p % 2 === 1).concat([null]).forEach(function (u) {
        if (u) { run.push(u); return; }
        run = trimEdges(run);
        if (run.length) runs.push(run);
        run = [];
      });
    }
    return runs;
  }
  function needle(run) { return gram(run, 0, run.length); }

  // One run -> {docs: sorted array, score: Map doc -> score}, exact. Up to
  // three units are one term; a longer run is the AND of its triples, each
  // next to the following one: the suffix pair of one occurrence is the
  // prefix pair of an occurrence of the next, the same occurrence of that
  // pair (same rank).
  function evalRun(run) {
    var n = Math.min(3, run.length), names = [];
    for (var i = 0; i + n <= run.length; i++) names.push(gram(run, i, n));
    return Promise.all(names.map(postings)).then(function (lists) {
      var order = lists.slice().sort(function (a, b) { return a.df - b.df; });
      var docs = Array.from(order[0].docs);
      for (var k = 1; k < order.length && docs.length; k++) docs = intersect(docs, order[k].docs);
      var done = Promise.resolve(docs);
      if (names.length > 1 && docs.length) {
        done = Promise.all(names.map(function (name, i) { return ranks(name, lists[i], docs); })).then(function (maps) {
          return docs.filter(function (d) {
            // Ranks of the last pair reachable through a chain of
            // occurrences. Both rank lists ascend (occurrences are in text
            // order): one merge, not a search per occurrence, which took
            // minutes where a triple repeats a hundred thousand times.
            var reach = null;
            for (var i = 0; i < maps.length; i++) {
              var occ = maps[i].get(d) || ONCE, next = [], r = 0;
              for (var j = 0; j < occ.length; j += 2) {
                if (reach) {
                  while (r < reach.length && reach[r] < occ[j]) r++;
                  if (r === reach.length) break;
                  if (reach[r] !== occ[j]) continue;
                }
                next.push(occ[j + 1]);
              }
              if (!next.length) return false;
              reach = next;
            }
            return true;
          });
        });
      }
      return done.then(function (exact) {
        var score = new Map();
        // idf, three times as much for a hit in the title or another head field.
        lists.forEach(function (l) {
          var w = idf(l.df);
          exact.forEach(function (d) { score.set(d, (score.get(d) || 0) + w * (l.head.has(d) ? 3 : 1)); });
        });
        return { docs: exact, score: score };
      });
    });
  }

  function facetDocs(kind, list, value) {
    var i = -1;
    for (var k = 0; k < list.length; k++) if (list[k][0] === value) i = k;
    if (i < 0) return Promise.resolve([]);
    return load("f/" + kind + "-" + manifest.h.f[kind] + "/" + (i >> 12) + "/" + (i & 4095)).then(function (d) {
      var r = new Reader(b91(d)), out = [], prev = -1;
      while (r.more()) { prev += r.v(); out.push(prev); }
      return out;
    });
  }
  // Day number of a date as a reader or a script writes it: 2026-03-01,
  // 2026-3-1, 2026/03/01, or a month (2026-03) or year (2026), which `from`
  // starts at its first day and `to` ends at its last. null if it is no
  // date (Date.parse took 2026-3-1 for none, and the filter was dropped).
  function dayNumber(s, last) {
    var m = /^\s*(\d{4})(?:[-\/.](\d{1,2})(?:[-\/.](\d{1,2}))?)?(?:[T ][\d:.]*Z?)?\s*$/.exec(String(s));
    if (!m) return null;
    var y = +m[1], mo = m[2] ? +m[2] : last ? 12 : 1;
    if (mo < 1 || mo > 12) return null;
    if (!m[3]) return Math.floor((last ? Date.UTC(y, mo, 1) - 864e5 : Date.UTC(y, mo - 1, 1)) / 864e5);
    var d = +m[3], t = Date.UTC(y, mo - 1, d);
    return new Date(t).getUTCDate() === d ? Math.floor(t / 864e5) : null;
  }
  // [first, end) of documents in the year / date range.
  function range(opts) {
    var lo = 0, hi = manifest.n;
    if (opts.year) {
      var y = manifest.years.filter(function (x) { return String(x[0]) === String(opts.year); })[0];
      if (!y) return Promise.resolve([0, 0]);
      lo = y[1]; hi = y[2];
    }
    if (!opts.from && !opts.to) return Promise.resolve([lo, hi]);
    var f = opts.from ? dayNumber(opts.from, false) : null, t = opts.to ? dayNumber(opts.to, true) : null;
    if ((opts.from && f === null) || (opts.to && t === null)) {
      return Promise.reject(new Error("gazette search: not a date: " + (opts.from && f === null ? opts.from : opts.to)));
    }
    return load(manifest.h.dates).then(function (dt) {
      function firstAt(day) { // first document dated on or after day
        var a = 0, b = dt.d.length;
        while (a < b) { var m = (a + b) >> 1; if (dt.d[m] < day) a = m + 1; else b = m; }
        return a < dt.f.length ? dt.f[a] : manifest.n;
      }
      if (f !== null) lo = Math.max(lo, firstAt(f));
      if (t !== null) hi = Math.min(hi, firstAt(t + 1));
      return [lo, Math.max(lo, hi)];
    });
  }

  function esc(s) { return s.replace(/[&<>"']/g, function (c) { return "&#" + c.charCodeAt(0) + ";"; }); }
  // What normalises together with the character before it: combining
  // marks, ignorables and the vowel and final jamo of hangul.
  var JOINS = /[\p{M}\u1160-\u11ff\ud7b0-\ud7ff]/u, IGNORED = new RegExp(IGNORABLE.source, "u");
  // Snippet of the body around the first hit, hits in <mark>, text escaped.
  // The text is normalised a cluster at a time (a character and what joins
  // it; a run of whitespace is one space, as the index has it between
  // words), each character of the normalised text knowing its cluster's
  // [start, end) in the text: a mark covers whole clusters (all of ㎡ for
  // "m", never half a surrogate pair) and the snippet is cut between them.
  function snippet(text, needles, title) {
    // No body: the hits are in the head (reporters, tags), which the card shows.
    if (!text) return "";
    var chars = Array.from(text), norm = "", from = [], to = [], bounds = [], at = 0;
    for (var i = 0; i < chars.length;) {
      var j = i + 1, end = at + chars[i].length, space = SPACE.test(chars[i]);
      while (j < chars.length && (space ? SPACE.test(chars[j]) : JOINS.test(chars[j]) || IGNORED.test(chars[j]))) end += chars[j++].length;
      var n = space ? " " : normalize(text.slice(at, end));
      for (var k = 0; k < n.length; k++) { norm += n[k]; from.push(at); to.push(end); }
      bounds.push(at);
      at = end; i = j;
    }
    bounds.push(text.length);
    // The last cluster boundary at or before x.
    function snap(x) { var b = lowerBound(bounds, x + 1) - 1; return b < 0 ? 0 : bounds[b]; }
    var hits = [];
    needles.forEach(function (nd) {
      if (!nd) return;
      for (var p = norm.indexOf(nd); p >= 0; p = norm.indexOf(nd, p + 1)) hits.push([from[p], to[p + nd.length - 1]]);
    });
    hits.sort(function (a, b) { return a[0] - b[0] || b[1] - a[1]; });
    // Overlapping hits (a query's runs, or one run twice: 哈哈 in 哈哈哈) are one mark.
    var merged = [];
    hits.forEach(function (h) {
      var last = merged[merged.length - 1];
      if (last && h[0] <= last[1]) last[1] = Math.max(last[1], h[1]); else merged.push([h[0], h[1]]);
    });
    hits = merged;
    // The card keeps only the lead of the body: a hit further on is shown
    // after it, as the query matched it; one in the title only is not (the
    // title shows it).
    if (!hits.length && needles.length) {
      var cut = snap(Math.min(text.length, 80)), inTitle = normalize(title || "").replace(/\s+/gu, " ");
      var later = needles.filter(function (nd) { return nd && inTitle.indexOf(nd) < 0; });
      var lead = esc(text.slice(0, cut)) + (cut < text.length ? "…" : "");
      return later.length ? lead + " <mark>" + later.map(esc).join("</mark> <mark>") + "</mark>…" : lead;
    }
    var start = hits.length ? snap(Math.max(0, hits[0][0] - 30)) : 0, stop = snap(Math.min(text.length, start + 120));
    var out = start > 0 ? "…" : "", pos = start;
    hits.forEach(function (h) {
      if (h[0] < pos || h[0] >= stop) return;
      out += esc(text.slice(pos, h[0])) + "<mark>" + esc(text.slice(h[0], Math.min(h[1], stop))) + "</mark>";
      pos = Math.min(h[1], stop);
    });
    return out + esc(text.slice(pos, stop)) + (stop < text.length ? "…" : "");
  }

  function query(text, opts) {
    opts = opts || {};
    if (!manifest) return Promise.reject(new Error("gazette search: no manifest loaded"));
    var runs = parse(String(text || ""));
    var filters = [];
    if (opts.section) filters.push(facetDocs("s", manifest.sections, opts.section));
    if (opts.reporter) filters.push(facetDocs("r", manifest.reporters, opts.reporter));
    if (opts.topic) filters.push(facetDocs("c", manifest.topics, opts.topic));
    if (!runs.length && !filters.length && !opts.year && !opts.from && !opts.to) return Promise.resolve({ total: 0, results: [] });
    return Promise.all([Promise.all(runs.map(evalRun)), Promise.all(filters), range(opts)]).then(function (all) {
      var evals = all[0], sets = all[1], rg = all[2], docs = null;
      evals.forEach(function (e) { docs = docs === null ? e.docs : intersect(docs, e.docs); });
      sets.forEach(function (s) { docs = docs === null ? s : intersect(docs, s); });
      if (docs === null) { docs = []; for (var d = rg[0]; d < rg[1]; d++) docs.push(d); }
      docs = docs.filter(function (d) { return d >= rg[0] && d < rg[1]; });
      var score = function (d) { var s = 0; evals.forEach(function (e) { s += e.score.get(d) || 0; }); return s; };
      var ranked = docs.map(function (d) { return [score(d), d]; });
      ranked.sort(function (a, b) { return b[0] - a[0] || b[1] - a[1]; });
      // docNumbers: for tests and benchmarks that check whole result sets
      // without loading every card.
      if (opts.docNumbers) return { total: ranked.length, docs: ranked.map(function (r) { return r[1]; }) };
      var page = Math.max(1, parseInt(opts.page, 10) || 1);
      // perPage is for tests and tools that check whole result sets.
      var size = Math.max(1, parseInt(opts.perPage, 10) || PAGE);
      var shown = ranked.slice((page - 1) * size, page * size);
      var needles = runs.map(needle);
      return Promise.all(shown.map(function (r) { var c = cardOf(r[1], manifest.n); return load(inFolder("d", c[0], c[1])); })).then(function (cards) {
        return {
          total: ranked.length,
          results: cards.map(function (c) {
            return { url: c.u, title: c.t, date: c.d, section: c.s, reporters: c.r, snippet: snippet(c.x, needles, c.t) };
          })
        };
      });
    });
  }

  // Every index file is one call of this: the shortest wrapper.
  global.$gz = register;
  global.gazetteSearch = {
    query: query,
    manifest: function () { return manifest; },
    _manifest: function (m) { manifest = m; },
    _hash: hash,
    _cardOf: cardOf,
    _b91: b91,
    _tokenize: tokenize,
    _normalize: normalize,
    _parse: function (text) { return parse(text).map(needle); },
    _snippet: snippet
  };
})(typeof window !== "undefined" ? window : globalThis);
