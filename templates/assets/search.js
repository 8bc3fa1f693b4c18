/*
 * The search page's client. The index lies beside this page in search/ as script files that call
 * MastheadSearch.put(key, data) (see org.masthead.search.SearchIndex): a <script src> of a relative
 * file loads on file:// as over HTTP, where fetch would not. A query loads the shards of its terms,
 * the facet columns, and the files of the documents it shows. Text from the index is only ever put
 * into the page as text nodes: nothing in it can become markup.
 */
(function () {
  'use strict';
  var A = window.MastheadAnalysis;
  var PER_PAGE = 10;
  var COMPLETIONS = 8;
  var FACETS = [['organ', 'Organ'], ['year', 'Year'], ['type', 'Type'], ['lang', 'Language'], ['subject', 'Subject']];
  var LANGS = { ar: 'العربية', zh: '中文', en: 'English', fr: 'Français', ru: 'Русский', es: 'Español' };
  var DIGITS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_';
  var LAST = '0123456789abcdefghijklmnopqrstuv';
  var MORE = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ()*+,-';
  var VALUE = new Int8Array(128).fill(-1);
  var ENDS = new Uint8Array(128);
  for (var i = 0; i < 32; i++) {
    VALUE[LAST.charCodeAt(i)] = i; ENDS[LAST.charCodeAt(i)] = 1;
    VALUE[MORE.charCodeAt(i)] = i;
  }

  // ---- loading the index's script files ----
  var loaded = {};
  var pending = {};
  window.MastheadSearch = {
    put: function (key, data) {
      loaded[key] = data;
      (pending[key] || []).forEach(function (w) { w[0](data); });
      delete pending[key];
    }
  };
  function load(key) {
    if (Object.prototype.hasOwnProperty.call(loaded, key)) return Promise.resolve(loaded[key]);
    return new Promise(function (resolve, reject) {
      if (pending[key]) { pending[key].push([resolve, reject]); return; }
      pending[key] = [[resolve, reject]];
      var s = document.createElement('script');
      s.src = key + '.js';
      s.onerror = function () {
        (pending[key] || []).forEach(function (w) { w[1](new Error('the search index file ' + key + '.js is missing')); });
        delete pending[key];
      };
      s.onload = function () { s.remove(); };
      document.head.appendChild(s);
    });
  }

  function hash(s) {
    var h = 0x811c9dc5 | 0;
    for (var i = 0; i < s.length; i++) { h ^= s.charCodeAt(i); h = Math.imul(h, 0x01000193); }
    return h >>> 0;
  }

  /**
   * Postings text to {n, ids, vals}: ids ascending, vals = impact << 2 | flags (see Postings.java).
   * Typed arrays, counted first: a word in every document is 100,000 postings at that size.
   */
  function decode(p) {
    var ends = 0, i;
    for (i = 0; i < p.length; i++) ends += ENDS[p.charCodeAt(i) & 127];
    var n = ends >> 1, ids = new Int32Array(n), vals = new Int32Array(n);
    var doc = -1, half = 0, v = 0, k = 0;
    for (i = 0; i < p.length; i++) {
      var c = p.charCodeAt(i);
      v = v << 5 | VALUE[c];
      if (!ENDS[c]) continue;
      if (half === 0) { doc += v + 1; ids[k] = doc; } else vals[k++] = v;
      half ^= 1; v = 0;
    }
    return { n: n, ids: ids, vals: vals };
  }

  var decoded = {};
  function postings(meta, term) {
    if (decoded[term]) return Promise.resolve(decoded[term]);
    return load('i/' + hash(term) % meta.shards).then(function (shard) {
      var e = Object.prototype.hasOwnProperty.call(shard, term) ? shard[term] : '';
      return Array.isArray(e) ? load(e[0]) : e;
    }).then(function (p) { return (decoded[term] = decode(p)); });
  }

  /** Words being typed complete to the most frequent terms that start with them. */
  function completions(meta, word) {
    var key = Array.from(word).slice(0, 3).join('');
    return load('p/' + hash(key) % meta.prefixShards).then(function (shard) {
      var list = Object.prototype.hasOwnProperty.call(shard, key) ? shard[key] : [];
      var out = [word];
      for (var i = 0; i < list.length && out.length <= COMPLETIONS; i++) {
        if (list[i] !== word && list[i].indexOf(word) === 0) out.push(list[i]);
      }
      return out;
    });
  }

  // ---- the query ----

  /** The query as slots that must all match (each a list of terms, any of which will do) and phrases. */
  function parse(q) {
    var phrases = [];
    q.replace(/"([^"]*)("|$)/g, function (_, p) { if (A.words(A.normalize(p)).length > 1) phrases.push(p); return ''; });
    var norm = A.normalize(q.replace(/"/g, ' '));
    var symbols = A.symbols(norm);
    var parts = {};
    symbols.forEach(function (s) { s.split(/[\/().\-]+/).forEach(function (p) { parts[p] = true; }); });
    var words = A.words(norm);
    var highlight = words.slice();
    var quotes = (q.match(/"/g) || []).length;
    var typing = /[\p{L}\p{N}]$/u.test(q) && quotes % 2 === 0 && words.length > 0;
    var last = typing ? words[words.length - 1] : null;
    if (last && (Array.from(last).length < 3 || A.isHan(Array.from(last)[0]) || parts[last])) last = null;
    var seen = {};
    var slots = [];
    symbols.concat(words).forEach(function (t) {
      if (seen[t] || (parts[t] && symbols.indexOf(t) < 0)) return;
      seen[t] = true;
      slots.push({ term: t, symbol: t.indexOf('/') >= 0, prefix: t === last && !symbols.length });
    });
    return { slots: slots, phrases: phrases, highlight: highlight, prefix: last };
  }

  /** Two postings lists as one: every document of either, with the higher of its two values. */
  function union(a, b) {
    var ids = new Int32Array(a.n + b.n), vals = new Int32Array(a.n + b.n), i = 0, j = 0, k = 0;
    while (i < a.n && j < b.n) {
      var x = a.ids[i], y = b.ids[j];
      if (x < y) { ids[k] = x; vals[k++] = a.vals[i++]; }
      else if (y < x) { ids[k] = y; vals[k++] = b.vals[j++]; }
      else { ids[k] = x; vals[k++] = Math.max(a.vals[i++], b.vals[j++]); }
    }
    for (; i < a.n; i++) { ids[k] = a.ids[i]; vals[k++] = a.vals[i]; }
    for (; j < b.n; j++) { ids[k] = b.ids[j]; vals[k++] = b.vals[j]; }
    return { n: k, ids: ids, vals: vals };
  }

  function slotPostings(meta, slot) {
    if (!slot.prefix) return postings(meta, slot.term);
    return completions(meta, slot.term).then(function (terms) {
      slot.completions = terms;
      return Promise.all(terms.map(function (t) { return postings(meta, t); }));
    }).then(function (lists) {
      return lists.reduce(union);
    });
  }

  /**
   * Documents in every slot, each with its rank keys, as columns {n, ids, pri, score}: pri is
   * own symbol (2 or 0) << 8 | the number of slots matched in the head; score is BM25-like.
   */
  function intersect(meta, lists) {
    var order = lists.map(function (l, i) { return i; }).sort(function (a, b) { return lists[a].n - lists[b].n; });
    var first = lists[order[0]];
    var at = new Int32Array(lists.length);
    var idf = lists.map(function (l) { var df = l.n; return Math.log(1 + (meta.docs - df + 0.5) / (df + 0.5)); });
    var ids = new Int32Array(first.n), pri = new Int32Array(first.n), score = new Float64Array(first.n), n = 0;
    outer:
    for (var i = 0; i < first.n; i++) {
      var id = first.ids[i];
      var own = 0, head = 0, sc = 0;
      for (var k = 0; k < lists.length; k++) {
        var l = lists[k], j = at[k];
        while (j < l.n && l.ids[j] < id) j++;
        at[k] = j;
        if (j === l.n || l.ids[j] !== id) continue outer;
        var v = l.vals[j];
        own |= v & 2; head += v & 1; sc += idf[k] * ((v >> 2) + 0.5) / 8 * 2.2;
      }
      ids[n] = id; pri[n] = own << 8 | head; score[n] = sc; n++;
    }
    return { n: n, ids: ids, pri: pri, score: score };
  }

  /** Every document, unranked: the hits of a query of filters alone. */
  function everything(meta) {
    var ids = new Int32Array(meta.docs);
    for (var i = 0; i < ids.length; i++) ids[i] = i;
    return { n: ids.length, ids: ids, pri: new Int32Array(ids.length), score: new Float64Array(ids.length) };
  }

  /** Rank order of two hits (indexes into the columns): own symbol, matches in the head, score, newest. */
  function compare(h, a, b) {
    return h.pri[b] - h.pri[a] || h.score[b] - h.score[a] || h.ids[b] - h.ids[a];
  }

  /**
   * The first k of the kept hits in rank order, through a heap of k (the worst at its root): a
   * page of results needs ten, not the whole list sorted.
   */
  function top(h, kept, count, k) {
    k = Math.min(k, count);
    var heap = new Int32Array(k), size = 0;
    function worse(a, b) { return compare(h, a, b) > 0; }
    function up(i) {
      while (i > 0) {
        var p = (i - 1) >> 1;
        if (!worse(heap[i], heap[p])) return;
        var t = heap[i]; heap[i] = heap[p]; heap[p] = t; i = p;
      }
    }
    function down(i) {
      for (;;) {
        var l = 2 * i + 1, r = l + 1, w = i;
        if (l < size && worse(heap[l], heap[w])) w = l;
        if (r < size && worse(heap[r], heap[w])) w = r;
        if (w === i) return;
        var t = heap[i]; heap[i] = heap[w]; heap[w] = t; i = w;
      }
    }
    for (var i = 0; i < count && k > 0; i++) {
      var x = kept[i];
      if (size < k) { heap[size] = x; up(size++); }
      else if (worse(heap[0], x)) { heap[0] = x; down(0); }
    }
    return Array.from(heap).sort(function (a, b) { return compare(h, a, b); });
  }

  /** The facet columns of f.js as typed arrays, and each document's year, made once per page. */
  var columnsMade = null;
  function columns(meta, facets) {
    if (columnsMade) return columnsMade;
    var c = { year: new Int16Array(meta.docs).fill(-1), years: Object.keys(meta.facets.year) };
    var digit = new Int8Array(128).fill(-1);
    for (var d = 0; d < DIGITS.length; d++) digit[DIGITS.charCodeAt(d)] = d;
    ['organ', 'type', 'lang'].forEach(function (name) {
      var col = new Int8Array(meta.docs), text = facets[name];
      for (var i = 0; i < meta.docs; i++) col[i] = digit[text.charCodeAt(i) & 127];
      c[name] = col;
    });
    c.years.forEach(function (y, i) { c.year.fill(i, meta.facets.year[y][0], meta.facets.year[y][1]); });
    return (columnsMade = c);
  }

  var COLUMN_FACETS = ['organ', 'type', 'lang'];

  /**
   * The hits that pass every filter of the state, and the counts for the filters, in one pass: a
   * hit that fails no filter counts in every facet, a hit that fails one counts in that facet only
   * (a facet's counts are made with every other filter applied). Returns {kept, count, counts,
   * nearSubject}: kept holds indexes into the hits; counts[facet] value index -> count; nearSubject
   * the ids that pass every filter but the subject's, for the subjects' counts.
   */
  function select(meta, facets, state, h) {
    var c = columns(meta, facets);
    var want = COLUMN_FACETS.map(function (name) {
      return state[name] ? meta.facets[name].indexOf(state[name]) : -2;
    });
    var range = state.year ? (yearRange(meta, state.year) || [0, 0]) : null;
    var subject = state.subject ? subjectSet(state.subject) : null;
    var counts = { organ: new Int32Array(meta.facets.organ.length), type: new Int32Array(meta.facets.type.length),
      lang: new Int32Array(meta.facets.lang.length), year: new Int32Array(c.years.length) };
    var kept = new Int32Array(h.n), count = 0, near = new Int32Array(h.n), nearCount = 0;
    for (var i = 0; i < h.n; i++) {
      var id = h.ids[i], fail = 0;
      var o = c.organ[id], t = c.type[id], l = c.lang[id], y = c.year[id];
      if (want[0] !== -2 && o !== want[0]) fail |= 1;
      if (want[1] !== -2 && t !== want[1]) fail |= 2;
      if (want[2] !== -2 && l !== want[2]) fail |= 4;
      if (range && (id < range[0] || id >= range[1])) fail |= 8;
      if (subject && !subject.has(id)) fail |= 16;
      if ((fail & ~16) === 0) near[nearCount++] = id;
      if (fail === 0) kept[count++] = i;
      else if ((fail & (fail - 1)) !== 0) continue;
      if ((fail === 0 || fail === 1) && o >= 0) counts.organ[o]++;
      if ((fail === 0 || fail === 2) && t >= 0) counts.type[t]++;
      if ((fail === 0 || fail === 4) && l >= 0) counts.lang[l]++;
      if ((fail === 0 || fail === 8) && y >= 0) counts.year[y]++;
    }
    return { kept: kept, count: count, counts: counts, years: c.years, nearSubject: near.subarray(0, nearCount) };
  }

  /**
   * A year filter as [from, to]: "2014", "2010-2014" (either order), "2010-" or "-2014"; null when it is
   * not one of these.
   */
  function years(value) {
    var m = /^\s*(\d{4})?\s*(-?)\s*(\d{4})?\s*$/.exec(value || '');
    if (!m || (!m[1] && !m[3]) || (!m[2] && !(m[1] && !m[3]))) return null;
    var from = m[1] ? +m[1] : 0, to = m[3] ? +m[3] : (m[2] ? 9999 : from);
    return from <= to ? [from, to] : [to, from];
  }

  /** The ids of a year filter: ids follow the date, so the years in it are one range [start, end). */
  function yearRange(meta, value) {
    var span = years(value);
    if (!span) return null;
    var lo = Infinity, hi = -Infinity;
    Object.keys(meta.facets.year).forEach(function (y) {
      if (+y < span[0] || +y > span[1]) return;
      lo = Math.min(lo, meta.facets.year[y][0]);
      hi = Math.max(hi, meta.facets.year[y][1]);
    });
    return lo < hi ? [lo, hi] : [0, 0];
  }

  /** The documents of a subject, from its own file s/N.js, loaded once: a promise of a Set of ids. */
  var subjectSets = {};
  function loadSubject(meta, value) {
    if (subjectSets[value]) return Promise.resolve(subjectSets[value]);
    var i = meta.facets.subject.indexOf(value);
    if (i < 0) return Promise.resolve(subjectSets[value] = new Set());
    return load('s/' + i).then(function (p) {
      var set = new Set(), pos = 0, doc = -1, n = 0;
      while (pos < p.length) {
        var c = p.charCodeAt(pos++);
        n = n << 5 | VALUE[c];
        if (ENDS[c]) { doc += n + 1; set.add(doc); n = 0; }
      }
      return (subjectSets[value] = set);
    });
  }

  function subjectSet(value) {
    return subjectSets[value] || new Set();
  }

  function phraseIn(doc, phrase) {
    var want = A.words(A.normalize(phrase));
    var have = A.words(A.normalize(doc.t + '\n' + doc.x));
    outer:
    for (var i = 0; i + want.length <= have.length; i++) {
      for (var j = 0; j < want.length; j++) if (have[i + j] !== want[j]) continue outer;
      return true;
    }
    return false;
  }

  window.MastheadSearchCore = {
    load: load, decode: decode, hash: hash, parse: parse, slotPostings: slotPostings, intersect: intersect,
    everything: everything, top: top, select: select, phraseIn: phraseIn, subjectSet: subjectSet,
    loadSubject: loadSubject, years: years, FACETS: FACETS, LANGS: LANGS, PER_PAGE: PER_PAGE
  };
})();

/* Snippets: the stored text around the first matched word, matched words in <mark>, built as text nodes. */
(function () {
  'use strict';
  var A = window.MastheadAnalysis;
  var WORD = /[\p{L}\p{N}]+/gu;
  var BEFORE = 70;
  var LENGTH = 240;

  /** [start, end) of every word of the text that the query matches. */
  function hits(text, query) {
    var want = new Set(query.highlight);
    query.slots.forEach(function (s) { (s.completions || []).forEach(function (t) { want.add(t); }); });
    var out = [];
    var m;
    WORD.lastIndex = 0;
    while ((m = WORD.exec(text)) !== null) {
      var tok = m[0];
      var chars = Array.from(tok);
      if (chars.some(A.isHan)) {
        var offset = m.index;
        for (var i = 0; i < chars.length; i++) {
          var two = i + 1 < chars.length ? A.normalize(chars[i] + chars[i + 1]) : null;
          if (two && want.has(two)) out.push([offset, offset + chars[i].length + chars[i + 1].length]);
          else if (want.has(A.normalize(chars[i])) && !A.isHan(chars[i])) out.push([offset, offset + chars[i].length]);
          offset += chars[i].length;
        }
        continue;
      }
      var norm = A.normalize(tok);
      if (want.has(norm) || (query.prefix && norm.indexOf(query.prefix) === 0)) out.push([m.index, m.index + tok.length]);
    }
    return out;
  }

  function fill(node, text, query) {
    var found = hits(text, query);
    var start = 0;
    if (found.length) {
      start = Math.max(0, found[0][0] - BEFORE);
      if (start > 0) {
        var space = text.indexOf(' ', start);
        if (space >= 0 && space < found[0][0]) start = space + 1;
      }
    }
    var end = Math.min(text.length, start + LENGTH);
    if (end < text.length) {
      var back = text.lastIndexOf(' ', end);
      if (back > start + LENGTH / 2) end = back;
    }
    if (start > 0) node.appendChild(document.createTextNode('… '));
    var at = start;
    found.forEach(function (h) {
      if (h[0] < at || h[1] > end) return;
      node.appendChild(document.createTextNode(text.slice(at, h[0])));
      var mark = document.createElement('mark');
      mark.textContent = text.slice(h[0], h[1]);
      node.appendChild(mark);
      at = h[1];
    });
    node.appendChild(document.createTextNode(text.slice(at, end) + (end < text.length ? ' …' : '')));
  }

  window.MastheadSnippet = { fill: fill, hits: hits };
})();
