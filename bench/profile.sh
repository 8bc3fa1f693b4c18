#!/usr/bin/env bash
# Profiles one whole build with async-profiler (from Maven Central) and prints where the CPU
# time goes, by stage. See BENCHMARKS.md, "Where the time goes".
#
#   bench/profile.sh                  # the 10,000-letter corpus of bench/run.sh, C1 only as bin/masthead runs it
#   bench/profile.sh -n 100000 -- -Xmx1g          # another corpus size; JVM flags after --
#
# The output goes to a fresh folder under /dev/shm when it exists (memory, so that the disk's
# mood does not blur the CPU profile), else under target/. The collapsed stacks are kept in
# target/profile/build.collapsed (flame graphs: any collapsed-stack viewer).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
n=10000
while [[ $# -gt 0 ]]; do
  case "$1" in
    -n) n="$2"; shift 2 ;;
    --) shift; break ;;
    *) echo "usage: bench/profile.sh [-n N] [-- JVM flags]" >&2; exit 2 ;;
  esac
done
jvm=("$@")
[[ ${#jvm[@]} -gt 0 ]] || jvm=(-XX:TieredStopAtLevel=1 -XX:+UseParallelGC -Xmx384m)
content="target/bench/c$n/masthead/content"
[[ -d "$content" ]] || { echo "no corpus at $content: run bench/run.sh -n $n first" >&2; exit 2; }
[[ -f target/masthead.jar ]] || mvn -q -B package -DskipTests
prof=target/profile
version=4.1
lib="$prof/linux-x64/libasyncProfiler.so"
if [[ ! -f "$lib" ]]; then
  mkdir -p "$prof"
  mvn -q -B dependency:copy -Dartifact=tools.profiler:async-profiler:$version -DoutputDirectory="$prof"
  unzip -oq "$prof/async-profiler-$version.jar" 'linux-x64/*' -d "$prof"
fi
scratch="$( [[ -d /dev/shm ]] && echo /dev/shm || echo target )/masthead-profile"
rm -rf "$scratch"
# itimer: CPU time of every thread, Java and native, without perf events (not offered on every VM).
java -agentpath:"$here/$lib"=start,event=itimer,interval=10ms,file="$prof/build.collapsed",collapsed \
  "${jvm[@]}" -jar target/masthead.jar build --content "$content" --out "$scratch/site" > /dev/null
rm -rf "$scratch"
python3 - "$prof/build.collapsed" <<'EOF'
import collections, sys
# First match wins: a sample in the template engine under the writer counts as templates.
stages = [
    ("search: stripping Markdown for the stored text", "search/SiteSearch.plainText"),
    ("search: cutting words (analysis)", "search/Analyzer."),
    ("search: postings (held, spilled, merged, encoded)", "search/PostingsSpill"),
    ("search: postings (held, spilled, merged, encoded)", "search/MergedPostings"),
    ("search: postings (held, spilled, merged, encoded)", "search/TermPostings"),
    ("search: the rest (bodies read again, index files as JSON)", "org/masthead/search/"),
    ("templates (Thymeleaf)", "TemplateEngine.process"),
    ("Markdown parse (flexmark + references)", "flexmark/parser/Parser.parse"),
    ("Markdown to HTML (flexmark)", "HtmlRenderer.render"),
    ("page variables", "PageModels"),
    ("body read again", "DocumentReader.body"),
    ("rest of a document page", "SiteRenderer$Contents.document"),
    ("JSON (per document, catalogue)", "MachineFiles"),
    ("writing files (system calls)", "SiteWriter.write"),
    ("reading and checking files", "ContentReader"),
    ("planning: keys, listing pages", "OutputKeys"),
    ("planning: keys, listing pages", "SitePlan"),
    ("scanning the content folder", "ContentScanner"),
    ("link graph", "LinkGraph"),
    ("build cache", "DocumentCache"),
    ("JIT compiler", "CompileBroker"),
    ("garbage collector", "PSPromotion"),
    ("garbage collector", "PSScavenge"),
    ("garbage collector", "PSParallelCompact"),
]
count = collections.Counter()
total = 0
for line in open(sys.argv[1]):
    stack, n = line.rsplit(" ", 1)
    n = int(n)
    total += n
    count[next((name for name, frame in stages if frame in stack), "other (start-up, class loading, GC threads, ...)")] += n
print(f"{total} samples of 10 ms CPU ({total * 0.01:.1f} s)")
for name, n in count.most_common():
    print(f"{100 * n / total:5.1f} %  {name}")
EOF
