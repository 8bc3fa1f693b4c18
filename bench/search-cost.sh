#!/usr/bin/env bash
# The build-time cost of search: clean builds of the same content without search (build --no-search)
# and with it, alternating, so both meet the same load; prints every run, the medians and the ratios.
#
#   bench/search-cost.sh CONTENT_DIR [ROUNDS] [OUT_PARENT]
#
#   ROUNDS      rounds of one build each way (default 5); the first round is a warm-up, not counted
#               (it also writes the class-data archive bin/masthead keeps beside the jar)
#   OUT_PARENT  where the sites go (default /dev/shm, memory, so the disk's mood does not blur the figures)
#
# Runs bin/masthead (its JVM flags; MASTHEAD_JAR and MASTHEAD_JAVA_OPTS apply), each build a whole
# process under /usr/bin/time; the site and what Masthead keeps beside it are deleted before each run,
# outside the timing. CPU = user + sys. The load average (1 minute) is printed at the start of each run:
# the machine is shared, so compare the ratios of one run of this script, not absolute times.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
content="${1:?usage: bench/search-cost.sh CONTENT_DIR [ROUNDS] [OUT_PARENT]}"
rounds="${2:-5}"
parent="${3:-/dev/shm}"
[[ -d "$content" ]] || { echo "no content folder: $content" >&2; exit 2; }
tsv="$(mktemp)"
for i in $(seq 1 "$rounds"); do
  for mode in nosearch search; do
    out="$parent/masthead-cost-$mode"
    rm -rf "$out" "$parent"/.masthead-cost-"$mode".*
    flag=(); [[ $mode == nosearch ]] && flag=(--no-search)
    load=$(cut -d' ' -f1 /proc/loadavg)
    /usr/bin/time -f "%e %U %S %M" -o "$tsv.time" "$here/bin/masthead" build "${flag[@]}" --content "$content" --out "$out" \
      > /dev/null 2> "$tsv.err" || { cat "$tsv.err" >&2; exit 1; }
    read -r wall user sys rss < "$tsv.time"
    printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$i" "$mode" "$wall" "$(echo "$user + $sys" | bc)" "$((rss / 1024))" "$load" | tee -a "$tsv"
  done
  rm -rf "$parent"/masthead-cost-* "$parent"/.masthead-cost-*
done
python3 - "$tsv" <<'PY'
import statistics, sys
runs = [l.split('\t') for l in open(sys.argv[1]).read().split('\n') if l]
def med(mode, col):
    return statistics.median(float(r[col]) for r in runs if r[1] == mode and r[0] != '1')
print('round\tmode\twall s\tCPU s\tpeak RSS MiB\tload')
for mode in ('nosearch', 'search'):
    print(f"median of rounds 2+, {mode}: wall {med(mode, 2):.2f} s, CPU {med(mode, 3):.2f} s, peak RSS {med(mode, 4):.0f} MiB")
print(f"with/without search: wall {med('search', 2) / med('nosearch', 2):.2f}x, CPU {med('search', 3) / med('nosearch', 3):.2f}x")
ratios = [float(b[3]) / float(a[3]) for a, b in zip(runs[0::2], runs[1::2]) if a[0] != '1']
print('CPU ratio of each round: ' + ', '.join(f'{r:.2f}' for r in ratios))
print('load average at the runs: ' + ', '.join(r[5] for r in runs))
PY
rm -f "$tsv" "$tsv.time" "$tsv.err"
