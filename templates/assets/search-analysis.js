/*
 * The search analysis: text to terms, exactly as org.masthead.search.Analyzer does it at build
 * time. Both sides are tested against src/test/resources/search/analysis.tsv; change them together.
 * Only steps both languages have built in (NFKC, NFD, lower case, Unicode classes), so they agree.
 */
(function (root) {
  'use strict';
  var SYMBOL = /(?<![a-z0-9\/.\-])([a-z]{1,6}(?:\/[a-z0-9][a-z0-9.\-]*)+)(?:[ \t\n\r]?(\((?:\d{4}|[ivxlc]+)\)))?/g;
  var RESOLUTION = /(?<![a-z0-9\/.\-])(\d{1,4})[ \t\n\r]?\((19[4-9]\d|20\d\d)\)/g;
  var WORD = /[\p{L}\p{N}]+/gu;
  var MARKS = /\p{M}+/gu;
  var HAN = /\p{Script=Han}/u;

  function normalize(text) {
    var s = text.normalize('NFKC').toLowerCase().normalize('NFD').replace(MARKS, '').normalize('NFC');
    var out = '';
    for (var i = 0; i < s.length; i++) {
      var c = s.charCodeAt(i);
      if (c === 0x0671) out += '\u0627';
      else if (c === 0x0629) out += '\u0647';
      else if (c === 0x0649) out += '\u064A';
      else if (c === 0x0640) continue;
      else if (c >= 0x0660 && c <= 0x0669) out += String.fromCharCode(48 + c - 0x0660);
      else if (c >= 0x06F0 && c <= 0x06F9) out += String.fromCharCode(48 + c - 0x06F0);
      else out += s[i];
    }
    return out;
  }

  function isHan(ch) {
    return HAN.test(ch);
  }

  /** Words of normalised text, a Han run as its overlapping bigrams (one character stays itself). */
  function words(s) {
    var out = [];
    var m;
    WORD.lastIndex = 0;
    while ((m = WORD.exec(s)) !== null) {
      var cps = Array.from(m[0]);
      var start = 0;
      while (start < cps.length) {
        var han = isHan(cps[start]);
        var end = start;
        while (end < cps.length && isHan(cps[end]) === han) end++;
        if (!han) out.push(cps.slice(start, end).join(''));
        else if (end - start === 1) out.push(cps[start]);
        else for (var i = start; i + 1 < end; i++) out.push(cps[i] + cps[i + 1]);
        start = end;
      }
    }
    return out;
  }

  /** Symbol terms of normalised text, by where they start. */
  function symbols(s) {
    var found = [];
    var m;
    SYMBOL.lastIndex = 0;
    while ((m = SYMBOL.exec(s)) !== null) {
      var body = m[1].replace(/[.\-]+$/, '');
      if (/[0-9]/.test(body)) found.push([m.index, body + (m[2] || '')]);
    }
    RESOLUTION.lastIndex = 0;
    while ((m = RESOLUTION.exec(s)) !== null) {
      found.push([m.index, 's/res/' + m[1] + '(' + m[2] + ')']);
    }
    // A stable sort, as Java's List.sort is: symbols first among equal starts.
    return found.map(function (f, i) { return [f[0], i, f[1]]; })
      .sort(function (a, b) { return a[0] - b[0] || a[1] - b[1]; })
      .map(function (f) { return f[2]; });
  }

  function terms(text) {
    var s = normalize(text);
    return words(s).concat(symbols(s));
  }

  root.MastheadAnalysis = { normalize: normalize, words: words, symbols: symbols, terms: terms, isHan: isHan };
})(window);
