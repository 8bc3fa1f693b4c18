#!/usr/bin/env python3
"""Time from saving a document to the open page showing the edit, under `masthead serve`.

    bench/serve-latency.py [CONTENT_DIR] [--edits K]

Starts `java -jar target/masthead.jar serve` (with bin/masthead's JVM flags) on a free port over
CONTENT_DIR (default: the 10,000-letter corpus of bench/run.sh, target/bench/c10000/masthead/content),
listens to the server-sent reload events as an open page does, then K times (default 7) edits one
letter, waits for the reload event and fetches the page, checking that it shows the edit. Prints
each edit's times and the median from save to page. The letter is restored afterwards.
"""
import os, socket, subprocess, sys, threading, time, urllib.request

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
args = [a for a in sys.argv[1:] if not a.startswith('--')]
edits = int(sys.argv[sys.argv.index('--edits') + 1]) if '--edits' in sys.argv else 7
if '--edits' in sys.argv:
    args.remove(str(edits))
content = os.path.abspath(args[0] if args else os.path.join(root, 'target/bench/c10000/masthead/content'))
jar = os.environ.get('MASTHEAD_JAR', os.path.join(root, 'target/masthead.jar'))
with socket.socket() as s:
    s.bind(('127.0.0.1', 0)); port = s.getsockname()[1]
flags = ['-XX:TieredStopAtLevel=1', '-XX:+UseParallelGC', '-Xmx384m']
p = subprocess.Popen(['java', *flags, '-jar', jar, 'serve', '--content', content, '--port', str(port)],
                     stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, cwd=os.path.dirname(content))
for line in p.stdout:
    print('serve:', line.strip(), flush=True)
    if 'Serving' in line:
        break
else:
    sys.exit('serve did not start')
threading.Thread(target=lambda: [None for _ in p.stdout], daemon=True).start()

def page(path):
    return urllib.request.urlopen(f'http://127.0.0.1:{port}/{path}').read().decode()

docs = sorted(os.path.relpath(os.path.join(d, f), content)[:-3]
              for d, _, fs in os.walk(content) for f in fs if f.endswith('.md'))
target = docs[len(docs) // 2]
page(target + '/index.html')
events = []
def listen():
    for raw in urllib.request.urlopen(f'http://127.0.0.1:{port}/_masthead/events'):
        if raw.startswith(b'event: reload'):
            events.append(time.perf_counter())
threading.Thread(target=listen, daemon=True).start()
time.sleep(0.5)
path = os.path.join(content, target + '.md')
original = open(path, encoding='utf-8').read()
head, sep, body = original.partition('\n---\n')
results = []
try:
    for i in range(edits):
        marker = f'EDIT-{i}-{time.time_ns()}'
        n = len(events)
        t0 = time.perf_counter()
        with open(path, 'w', encoding='utf-8') as f:
            f.write(head + sep + marker + ' ' + body)
        while len(events) == n:
            if time.perf_counter() - t0 > 10:
                sys.exit('no reload event within 10 s')
            time.sleep(0.001)
        html = page(target + '/index.html')
        t2 = time.perf_counter()
        assert marker in html, 'the page does not show the edit'
        results.append(((events[-1] - t0) * 1000, (t2 - t0) * 1000))
        time.sleep(0.4)
finally:
    with open(path, 'w', encoding='utf-8') as f:
        f.write(original)
    p.terminate()
print(f'{len(docs)} documents; edited {target}')
for r in results:
    print('reload event %4.0f ms, page with the edit %4.0f ms' % r)
ordered = sorted(r[1] for r in results)
print('median save-to-page: %.0f ms' % ordered[len(ordered) // 2])
