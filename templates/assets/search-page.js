/*
 * The search page: reads its state from the URL (q, organ, year, type, lang, subject, page),
 * searches with MastheadSearchCore, and renders results, filters with counts and page links.
 * Typing searches after a short pause and replaces the URL; a submitted query, a filter or a
 * page link adds a history entry, so Back returns to the previous results. The year filter takes
 * one year or a range ("2010-2014"). A query that is exactly one symbol held in the archive shows
 * its document first, marked as the exact match; submitting it (Enter here, or the search box of
 * any page, which adds go=1) goes straight to that document, and Back returns to where the reader was.
 */
(function () {
  'use strict';
  var A = window.MastheadAnalysis;
  var S = window.MastheadSearchCore;
  var KEYS = ['q', 'organ', 'year', 'type', 'lang', 'subject', 'page'];
  var PAUSE = 50;
  var exactDocShown = null;
  var form = document.getElementById('search-form');
  var input = document.getElementById('search-q');
  var status = document.getElementById('search-status');
  var list = document.getElementById('search-results');
  var filters = document.getElementById('search-filters');
  var pages = document.getElementById('search-pages');
  var run = 0;
  // The page's words, in the site's language, from the template's #search-words (messages files).
  var WORDS = {};
  Array.prototype.forEach.call(document.querySelectorAll('#search-words [data-k]'), function (e) {
    WORDS[e.getAttribute('data-k')] = e.textContent;
  });
  // The facet a filter is on, in the template's words: S.FACETS names 'lang' for the URL.
  var FACET_WORD = { organ: 'organ', year: 'year', type: 'type', lang: 'language', subject: 'subject' };

  /** A word of the page, its {0}, {1} filled with the arguments that follow the key. */
  function w(key) {
    var args = arguments;
    var text = WORDS.hasOwnProperty(key) ? WORDS[key] : key;
    return text.replace(/\{(\d)\}/g, function (_, i) { return String(args[+i + 1]); });
  }

  /**
   * A value of the index (an organ's English title, a type's key, a language's code) named in the
   * site's language, as the template lists them ('organ.Security Council', 'type.letter.one');
   * a value it does not list (an organ the front matter names in its own words) as it is.
   */
  function nameOf(kind, value, fallback) {
    var k = kind + '.' + value;
    return WORDS.hasOwnProperty(k) ? WORDS[k] : fallback;
  }

  function stateOf(search) {
    var p = new URLSearchParams(search);
    var s = {};
    KEYS.forEach(function (k) { s[k] = p.get(k) || ''; });
    s.page = Math.max(1, parseInt(s.page, 10) || 1);
    return s;
  }

  function urlOf(s) {
    var p = new URLSearchParams();
    KEYS.forEach(function (k) { if (s[k] && !(k === 'page' && s[k] === 1)) p.set(k, s[k]); });
    var q = p.toString();
    return 'index.html' + (q ? '?' + q : '');
  }

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  }

  function go(s, push, jump) {
    history[push ? 'pushState' : 'replaceState'](null, '', urlOf(s));
    show(s, jump);
  }

  /**
   * The document a query names, when the query is exactly one symbol and a document has it as its
   * own: the first such in rank order.
   */
  function exactDoc(r) {
    var q = r.query;
    if (q.slots.length !== 1 || !q.slots[0].symbol || q.phrases.length || !r.picked.count) return null;
    var first = r.ranked(1)[0];
    return r.all.pri[first] >> 8 ? r.all.ids[first] : null;
  }

  /** @param jump 'push' or 'replace' to go to the document a symbol names, if there is one */
  function show(s, jump) {
    var mine = ++run;
    var filtered = S.FACETS.some(function (f) { return s[f[0]]; });
    document.title = (s.q ? s.q + ' · ' : '') + document.title.replace(/^.* · (?=Search · )/, '');
    Promise.all([S.load('meta'), S.load('f')]).then(function (mf) {
      return s.subject ? S.loadSubject(mf[0], s.subject).then(function () { return mf; }) : mf;
    }).then(function (mf) {
      var meta = mf[0], facets = mf[1];
      var query = S.parse(s.q);
      if (!query.slots.length && !filtered) {
        return { meta: meta, facets: facets, query: query, hits: null };
      }
      return Promise.all(query.slots.map(function (slot) { return S.slotPostings(meta, slot); })).then(function (lists) {
        var all = lists.length ? S.intersect(meta, lists) : S.everything(meta);
        return { meta: meta, facets: facets, query: query, all: all };
      });
    }).then(function (r) {
      if (mine !== run) return null;
      if (!r.all) { render(s, r, [], 0, true); return null; }
      r.picked = S.select(r.meta, r.facets, s, r.all);
      r.ranked = ranking(r);
      var named = exactDoc(r);
      return pick(s, r).then(function (shown) {
        if (mine !== run) return;
        exactDocShown = named !== null && shown.docs.length && shown.docs[0].id === named && s.page === 1 ? shown.docs[0] : null;
        if (exactDocShown && jump) {
          location[jump === 'replace' ? 'replace' : 'assign']('../' + exactDocShown.u);
          return;
        }
        render(s, r, shown.docs, shown.total, shown.exact);
      });
    }).catch(function (e) {
      if (mine === run) status.textContent = w('failed', e.message);
    });
  }

  /**
   * The first k hits in rank order, as indexes into r.all: only as many as a page needs are put in
   * order (a word in every document has 100,000 hits); asking for more orders twice as many again.
   */
  function ranking(r) {
    var done = [];
    return function (k) {
      if (k > done.length && done.length < r.picked.count) {
        done = S.top(r.all, r.picked.kept, r.picked.count, Math.max(k, 2 * done.length));
      }
      return done.slice(0, k);
    };
  }
  /** The page's documents; with a phrase, checked on their stored text in rank order until the page is full. */
  function pick(s, r) {
    var from = (s.page - 1) * S.PER_PAGE;
    var total = r.picked.count;
    if (!r.query.phrases.length) {
      var slice = r.ranked(from + S.PER_PAGE).slice(from);
      return Promise.all(slice.map(function (i) { return docOf(r.all.ids[i]); }))
        .then(function (docs) { return { docs: docs, total: total, exact: true }; });
    }
    var kept = [];
    var i = 0;
    function step() {
      if (kept.length > from + S.PER_PAGE || i >= total) {
        return { docs: kept.slice(from, from + S.PER_PAGE), total: i >= total ? kept.length : total,
          exact: i >= total };
      }
      var batch = r.ranked(i + S.PER_PAGE).slice(i);
      i += batch.length;
      return Promise.all(batch.map(function (k) { return docOf(r.all.ids[k]); })).then(function (docs) {
        docs.forEach(function (d) {
          if (r.query.phrases.every(function (p) { return d.cut || S.phraseIn(d, p); })) kept.push(d);
        });
        return step();
      });
    }
    return Promise.resolve().then(step);
  }

  function docOf(id) {
    return S.load('d/' + (id >> 10) + '/' + id).then(function (d) { d.id = id; return d; });
  }

  function render(s, r, docs, total, exact) {
    list.textContent = '';
    pages.textContent = '';
    if (!r.all) {
      status.textContent = w('intro', r.meta.docs);
    } else if (!total) {
      status.textContent = s.q ? w('none.query', s.q) : w('none');
    } else {
      var first = (s.page - 1) * S.PER_PAGE + 1;
      status.textContent = (!exact ? w('upto', total) : total === 1 ? w('one') : w('many', total))
        + (docs.length ? w('shown', first, first + docs.length - 1) : '') + w('end');
    }
    list.start = (s.page - 1) * S.PER_PAGE + 1;
    docs.forEach(function (d) { list.appendChild(item(d, r.query, d === exactDocShown)); });
    renderFilters(s, r);
    if (total) renderPages(s, total);
  }

  function item(d, query, named) {
    var li = el('li', named ? 'result exact' : 'result');
    if (named) li.appendChild(el('p', 'exact-label', w('exact')));
    var h = el('h2', 'result-title');
    var a = el('a');
    a.href = '../' + d.u;
    a.appendChild(el('span', 'symbol', d.s));
    a.appendChild(document.createTextNode(' '));
    a.appendChild(el('span', 'title', d.t));
    h.appendChild(a);
    li.appendChild(h);
    li.appendChild(el('p', 'result-meta', [d.d, nameOf('organ', d.o, d.o), nameOf('type', d.y + '.one', d.y.replace(/-/g, ' ')),
      nameOf('language', d.l, d.l)].filter(Boolean).join(' · ')));
    var snippet = el('p', 'snippet');
    snippet.lang = d.l;
    window.MastheadSnippet.fill(snippet, d.x, query);
    li.appendChild(snippet);
    return li;
  }

  var lastShown = null;
  var allSubjects = false;

  /** The subjects' counts need every subject's file: loaded when the reader asks, then the filters drawn again. */
  function subjectsButton(s, r) {
    var b = el('button', 'show-subjects', w('subjects'));
    b.type = 'button';
    b.addEventListener('click', function () {
      b.disabled = true;
      Promise.all(r.meta.facets.subject.map(function (v) { return S.loadSubject(r.meta, v); })).then(function () {
        allSubjects = true;
        if (lastShown && lastShown[0] === s) renderFilters(s, r);
        var first = filters.querySelector('section[aria-labelledby=facet-subject] a');
        if (first) first.focus();
      });
    });
    return b;
  }

  function renderFilters(s, r) {
    lastShown = [s, r];
    filters.textContent = '';
    var picked = r.all ? r.picked : S.select(r.meta, r.facets, s, S.everything(r.meta));
    S.FACETS.forEach(function (f) {
      var name = f[0];
      var deferred = name === 'subject' && !allSubjects;
      var counts = deferred ? [] : countFacet(r.meta, picked, name);
      if (!counts.length && !s[name] && !(deferred && r.meta.facets.subject.length)) return;
      var section = el('section', 'facet');
      var heading = el('h2', null, w('facet.' + FACET_WORD[name]));
      heading.id = 'facet-' + name;
      section.setAttribute('aria-labelledby', heading.id);
      section.appendChild(heading);
      var ul = el('ul');
      if (s[name]) {
        var li = el('li', 'selected');
        li.appendChild(link(Object.assign({}, s, { [name]: '', page: 1 }), w('any', w('facet.' + FACET_WORD[name] + '.lower'))));
        ul.appendChild(li);
      }
      var span = name === 'year' ? S.years(s.year) : null;
      counts.slice(0, name === 'subject' ? 15 : 30).forEach(function (c) {
        var li = el('li');
        // Organs and types in the site's language; a language by its own name, marked as such, as on the browse pages.
        var label = name === 'lang' ? (S.LANGS[c[0]] || c[0]) : name === 'organ' || name === 'type' ? nameOf(name, c[0], c[0]) : c[0];
        var a = link(Object.assign({}, s, { [name]: c[0], page: 1 }), label);
        if (name === 'lang') a.lang = c[0];
        if (s[name] === c[0] || (span && +c[0] >= span[0] && +c[0] <= span[1])) a.setAttribute('aria-current', 'true');
        a.appendChild(el('span', 'count', ' ' + c[1]));
        li.appendChild(a);
        ul.appendChild(li);
      });
      section.appendChild(ul);
      if (name === 'year') section.appendChild(yearForm(s, span));
      if (deferred) section.appendChild(subjectsButton(s, r));
      filters.appendChild(section);
    });
  }

  /** [value, count] of a facet among the results, with every other filter applied (S.select), most first. */
  function countFacet(meta, picked, name) {
    var out = [];
    if (name === 'subject') {
      var near = new Uint8Array(meta.docs);
      picked.nearSubject.forEach(function (id) { near[id] = 1; });
      meta.facets.subject.forEach(function (v) {
        var c = 0;
        S.subjectSet(v).forEach(function (id) { c += near[id]; });
        if (c) out.push([v, c]);
      });
    } else {
      var values = name === 'year' ? picked.years : meta.facets[name];
      picked.counts[name].forEach(function (c, i) { if (c) out.push([values[i], c]); });
    }
    out.sort(name === 'year' ? function (a, b) { return b[0] < a[0] ? -1 : 1; }
      : function (a, b) { return b[1] - a[1] || (a[0] < b[0] ? -1 : 1); });
    return out;
  }
  /** Two fields for a range of years, kept in the URL as year=FROM-TO. */
  function yearForm(s, span) {
    var form = el('form', 'year-range');
    var fields = [['from', w('from'), span && span[0] > 0 ? span[0] : ''], ['to', w('to'), span && span[1] < 9999 ? span[1] : '']];
    fields.forEach(function (f) {
      var label = el('label', null, f[1] + ' ');
      var input = el('input');
      input.type = 'number';
      input.name = f[0];
      input.min = '1900';
      input.max = '2100';
      input.inputMode = 'numeric';
      input.value = f[2];
      label.appendChild(input);
      form.appendChild(label);
      form.appendChild(document.createTextNode(' '));
    });
    form.appendChild(el('button', null, w('apply')));
    form.addEventListener('submit', function (e) {
      e.preventDefault();
      var from = form.elements.from.value.trim(), to = form.elements.to.value.trim();
      var value = from && to ? from + '-' + to : from ? from + '-' : to ? '-' + to : '';
      go(Object.assign({}, s, { year: S.years(value) ? value : '', page: 1 }), true);
    });
    return form;
  }

  function link(s, text) {
    var a = el('a', null, text);
    a.href = urlOf(s);
    a.addEventListener('click', function (e) {
      if (e.ctrlKey || e.metaKey || e.shiftKey || e.button) return;
      e.preventDefault();
      input.value = s.q;
      go(s, true);
    });
    return a;
  }

  function renderPages(s, total) {
    var last = Math.ceil(total / S.PER_PAGE);
    if (last < 2) return;
    if (s.page > 1) pages.appendChild(link(Object.assign({}, s, { page: s.page - 1 }), w('previous')));
    pages.appendChild(el('span', 'page-of', ' ' + w('page', s.page, last) + ' '));
    if (s.page < last) pages.appendChild(link(Object.assign({}, s, { page: s.page + 1 }), w('next')));
  }

  var timer = 0;
  input.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(function () {
      var s = stateOf(location.search);
      s.q = input.value;
      s.page = 1;
      go(s, false);
    }, PAUSE);
  });
  form.addEventListener('submit', function (e) {
    e.preventDefault();
    clearTimeout(timer);
    var s = stateOf(location.search);
    s.q = input.value;
    s.page = 1;
    // The query's own entry first, so that Back from the document comes back to these results.
    go(s, true, 'push');
  });
  window.addEventListener('popstate', function () {
    var s = stateOf(location.search);
    input.value = s.q;
    show(s);
  });
  var initial = stateOf(location.search);
  input.value = initial.q;
  document.documentElement.classList.add('search-ready');
  var submitted = new URLSearchParams(location.search).get('go') === '1';
  if (submitted) history.replaceState(null, '', urlOf(initial));
  // From another page's search box: this page is replaced by the document, so Back skips it.
  show(initial, submitted ? 'replace' : null);
})();
