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

  /** Postings text to {ids, vals}: ids ascending, vals = impact << 2 | flags (see Postings.java). */
  function decode(p) {
    var ids = [], vals = [], pos = 0, doc = -1, half = 0, n = 0;
    while (pos < p.length) {
      var c = p.charCodeAt(pos++);
      n = n << 5 | VALUE[c];
      if (!ENDS[c]) continue;
      if (half === 0) { doc += n + 1; ids.push(doc); } else vals.push(n);
      half ^= 1; n = 0;
    }
    return { ids: ids, vals: vals };
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

  function slotPostings(meta, slot) {
    if (!slot.prefix) return postings(meta, slot.term);
    return completions(meta, slot.term).then(function (terms) {
      slot.completions = terms;
      return Promise.all(terms.map(function (t) { return postings(meta, t); }));
    }).then(function (lists) {
      var best = new Map();
      lists.forEach(function (l) {
        for (var i = 0; i < l.ids.length; i++) {
          var v = best.get(l.ids[i]);
          if (v === undefined || l.vals[i] > v) best.set(l.ids[i], l.vals[i]);
        }
      });
      var ids = Array.from(best.keys()).sort(function (a, b) { return a - b; });
      return { ids: ids, vals: ids.map(function (id) { return best.get(id); }) };
    });
  }

  /** Documents in every slot, each with its rank keys: own symbol, matches in the head, BM25. */
  function intersect(meta, lists) {
    var order = lists.map(function (l, i) { return i; }).sort(function (a, b) { return lists[a].ids.length - lists[b].ids.length; });
    var first = lists[order[0]];
    var at = lists.map(function () { return 0; });
    var idf = lists.map(function (l) { var df = l.ids.length; return Math.log(1 + (meta.docs - df + 0.5) / (df + 0.5)); });
    var out = [];
    outer:
    for (var i = 0; i < first.ids.length; i++) {
      var id = first.ids[i];
      var own = 0, head = 0, score = 0;
      for (var k = 0; k < lists.length; k++) {
        var l = lists[k], j = at[k];
        while (j < l.ids.length && l.ids[j] < id) j++;
        at[k] = j;
        if (j === l.ids.length || l.ids[j] !== id) continue outer;
        var v = l.vals[j];
        own |= v & 2; head += v & 1; score += idf[k] * ((v >> 2) + 0.5) / 8 * 2.2;
      }
      out.push({ id: id, own: own, head: head, score: score });
    }
    return out;
  }

  function rank(a, b) {
    return b.own - a.own || b.head - a.head || b.score - a.score || b.id - a.id;
  }

  /** Whether a document passes a filter: columns for organ, type and language, id ranges for years. */
  function passes(meta, facets, state, id, skip) {
    for (var f = 0; f < 3; f++) {
      var name = FACETS[[0, 2, 3][f]][0];
      if (name === skip || !state[name]) continue;
      if (meta.facets[name][DIGITS.indexOf(facets[name][id])] !== state[name]) return false;
    }
    if (state.year && skip !== 'year') {
      var r = yearRange(meta, state.year);
      if (!r || id < r[0] || id >= r[1]) return false;
    }
    if (state.subject && skip !== 'subject') {
      // Loaded before filtering (loadSubject); a subject not held has no documents.
      if (!(subjectSets[state.subject] || new Set()).has(id)) return false;
    }
    return true;
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
    rank: rank, passes: passes, phraseIn: phraseIn, subjectSet: subjectSet, loadSubject: loadSubject, years: years,
    FACETS: FACETS, LANGS: LANGS, DIGITS: DIGITS, PER_PAGE: PER_PAGE
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
