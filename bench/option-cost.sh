#!/usr/bin/env bash
# The build-time cost of what a build option leaves out: clean builds of the same content by the same
# jar, with the option (without the feature) and without it (with the feature), alternating, so that
# both meet the same load; prints every run, the medians and the median of the rounds' ratios.
#
#   bench/option-cost.sh OPTION CONTENT_DIR [ROUNDS] [OUT_PARENT]
#   bench/option-cost.sh --no-exports /tmp/s2/c10k/content 6     # what bench/export-cost.sh runs
#
#   ROUNDS      rounds of one build each way (default 5); the first round is a warm-up, not counted
#               (it also writes the class-data archive bin/masthead keeps beside the jar)
#   OUT_PARENT  where the sites go (default /dev/shm, memory, so the disk's mood does not blur the figures)
#
# Runs bin/masthead (its JVM flags; MASTHEAD_JAVA_OPTS applies) on a copy of the jar (MASTHEAD_JAR, default
# target/masthead.jar) taken at the start, so that a rebuild of target/ meanwhile changes nothing; each
# build a whole process under /usr/bin/time; the site and what Masthead keeps beside it are deleted before
# each run, outside the timing. Odd rounds build with the feature first, even rounds without it first.
# CPU = user + sys, the steadier figure on a shared machine; the load averages (1, 5, 15 minutes) are
# printed at the start of each run: compare the ratios of one run of this script, not absolute times.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
usage="usage: bench/option-cost.sh OPTION CONTENT_DIR [ROUNDS] [OUT_PARENT]"
option="${1:?$usage}"
content="${2:?$usage}"
rounds="${3:-5}"
parent="${4:-/dev/shm}"
[[ -d "$content" ]] || { echo "no content folder: $content" >&2; exit 2; }
jar="${MASTHEAD_JAR:-$here/target/masthead.jar}"
[[ -f "$jar" ]] || { echo "no jar at $jar: mvn -q package -DskipTests" >&2; exit 2; }
work="$(mktemp -d "$parent/masthead-cost.XXXXXX")"
trap 'rm -rf "$work"' EXIT
cp "$jar" "$work/masthead.jar"
echo "jar: $jar ($(sha256sum "$jar" | cut -c1-12)), content: $content, option: $option"
printf 'round\tbuild\twall s\tCPU s\tuser s\tsys s\tpeak RSS MiB\tload 1/5/15 min\n'
for i in $(seq 1 "$rounds"); do
  modes=(with without)
  (( i % 2 == 0 )) && modes=(without with)
  for mode in "${modes[@]}"; do
    out="$work/site-$mode"
    rm -rf "$out" "$work"/.site-"$mode".*
    flag=(); [[ $mode == without ]] && flag=("$option")
    load=$(cut -d' ' -f1-3 /proc/loadavg)
    MASTHEAD_JAR="$work/masthead.jar" /usr/bin/time -f "%e %U %S %M" -o "$work/time" \
      "$here/bin/masthead" build "${flag[@]}" --content "$content" --out "$out" > /dev/null 2> "$work/err" \
      || { cat "$work/err" >&2; exit 1; }
    read -r wall user sys rss < "$work/time"
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$i" "$mode" "$wall" "$(echo "$user + $sys" | bc)" "$user" "$sys" \
      "$((rss / 1024))" "$load" \
      | tee -a "$work/runs"
  done
  rm -rf "$work"/site-* "$work"/.site-*
done
python3 - "$work/runs" "$option" <<'PY'
import statistics, sys
runs = [l.split('\t') for l in open(sys.argv[1]).read().split('\n') if l]
counted = [r for r in runs if r[0] != '1']
def med(mode, col):
    return statistics.median(float(r[col]) for r in counted if r[1] == mode)
def ratios(col):
    by = {(r[0], r[1]): float(r[col]) for r in counted}
    return [by[(i, 'with')] / by[(i, 'without')] for i in sorted({r[0] for r in counted}, key=int)]
print(f"'with' is a plain build, 'without' is build {sys.argv[2]}; medians of rounds 2 to {runs[-1][0]}:")
for mode in ('without', 'with'):
    print(f"  {mode}: wall {med(mode, 2):.2f} s, CPU {med(mode, 3):.2f} s (user {med(mode, 4):.2f}, sys {med(mode, 5):.2f}), "
          f"peak RSS {med(mode, 6):.0f} MiB")
for name, col in (('CPU', 3), ('wall', 2), ('user', 4), ('sys', 5)):
    rs = ratios(col)
    print(f"{name} ratio with/without, each round: {', '.join(f'{r:.3f}' for r in rs)}; median {statistics.median(rs):.3f}x")
PY
