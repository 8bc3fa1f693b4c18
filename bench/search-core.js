// Times the search page's core by stage in node, over a built site's index files:
//   node bench/search-core.js SITE_DIR 'query'
// (the scripts are those of templates/assets; the index files are loaded as the page loads them).
const fs = require('fs'), vm = require('vm'), path = require('path');
const [site, q] = process.argv.slice(2);
const ctx = { console, performance };
ctx.window = ctx;
ctx.document = {
  createElement() { return { remove() {} }; },
  head: { appendChild(s) { setImmediate(() => { vm.runInContext(fs.readFileSync(path.join(site, 'search', s.src), 'utf8'), ctx); s.onload(); }); } }
};
vm.createContext(ctx);
for (const f of ['search-analysis.js', 'search.js']) vm.runInContext(fs.readFileSync(path.join(__dirname, '..', 'templates', 'assets', f), 'utf8'), ctx);
const S = ctx.MastheadSearchCore;
(async () => {
  let t = performance.now();
  const lap = (m) => { const n = performance.now(); console.log((n - t).toFixed(1).padStart(7) + ' ms  ' + m); t = n; };
  const meta = await S.load('meta'), f = await S.load('f'); lap('meta.js and f.js');
  const query = S.parse(q); lap('parse');
  const lists = await Promise.all(query.slots.map(s => S.slotPostings(meta, s))); lap('postings: ' + lists.map(l => l.n).join(', '));
  const hits = lists.length ? S.intersect(meta, lists) : S.everything(meta); lap('intersect: ' + hits.n);
  const picked = S.select(meta, f, {}, hits); lap('filters and counts: ' + picked.count);
  const first = S.top(hits, picked.kept, picked.count, S.PER_PAGE); lap('first page: ' + first.map(i => hits.ids[i]).join(' '));
})();
