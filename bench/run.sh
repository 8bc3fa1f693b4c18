#!/usr/bin/env bash
# Masthead against Hugo on the same generated corpus, whole processes, side by side.
#
#   bench/run.sh [-n N] [-r RUNS] [--only masthead] [--rebuild] [--xmx SIZE]
#
#   -n N             documents in the corpus (default 10000)
#   -r RUNS          timed runs of each tool (default 5), after one warm-up run of each
#   --only masthead  skip Hugo (no Hugo install, no YAML corpus, no ratios)
#   --rebuild        also time RUNS no-change rebuilds of Masthead (output and cache kept)
#   --xmx SIZE       run Masthead's JVM with -XmxSIZE (for example 1g)
#
# Environment:
#   MASTHEAD_JAVA_OPTS  extra JVM flags for Masthead; on the java -jar command line, and
#                       exported for bin/masthead, which is expected to honour it
#   MASTHEAD_JAR        the jar to run when bin/masthead is absent (default target/masthead.jar;
#                       built with 'mvn -q -B package -DskipTests' when missing)
#
# The corpus comes from bench/gen-corpus.py (seed 42) into target/bench/c<N>/{masthead,yaml}/content
# and is kept between runs (regenerated when the generator or N changes). Hugo is installed from
# Debian's packages when absent. Runs alternate (Hugo, Masthead, Hugo, Masthead, ...); each is
# one whole process under /usr/bin/time. Before every cold run, outside the timing, the tool's
# whole folder target/bench/out-<tool>/ is moved into target/bench/trash/: the site and every
# sibling Masthead keeps beside it (.site.cache, staging folders), so every cold run is a full
# build from nothing. The trash is deleted once the table is printed (the last sites are kept),
# and a run started less than 65 s after a deletion waits: ext4 without a journal (as here)
# skips inodes deleted in the last 60 s when it makes new files, and making files right after
# deleting a big site costs several times the kernel time; deleting before each run measured
# that, not the tools.
# Prints medians (wall, CPU = user + sys, peak RSS) and the ratios Masthead/Hugo, and appends
# every run to target/bench/results.tsv.
set -euo pipefail

usage() { sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'; }
die() { echo "bench/run.sh: $*" >&2; exit 1; }

N=10000
RUNS=5
ONLY=""
REBUILD=0
XMX=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    -n) [[ $# -ge 2 ]] || die "-n needs a number"; N="$2"; shift 2 ;;
    -r) [[ $# -ge 2 ]] || die "-r needs a number"; RUNS="$2"; shift 2 ;;
    --only) [[ $# -ge 2 ]] || die "--only needs a tool"; ONLY="$2"; shift 2 ;;
    --only=*) ONLY="${1#--only=}"; shift ;;
    --rebuild) REBUILD=1; shift ;;
    --xmx) [[ $# -ge 2 ]] || die "--xmx needs a size"; XMX="$2"; shift 2 ;;
    --xmx=*) XMX="${1#--xmx=}"; shift ;;
    -h|--help) usage; exit 0 ;;
    *) usage >&2; die "unknown argument: $1" ;;
  esac
done
[[ "$N" =~ ^[1-9][0-9]*$ ]] || die "-n must be a positive whole number, not '$N'"
[[ "$RUNS" =~ ^[1-9][0-9]*$ ]] || die "-r must be a positive whole number, not '$RUNS'"
[[ -z "$ONLY" || "$ONLY" == masthead ]] || die "--only takes 'masthead', not '$ONLY'"
[[ -z "$XMX" || "$XMX" =~ ^[0-9]+[kKmMgG]?$ ]] || die "--xmx takes a size such as 1g or 512m, not '$XMX'"
WITH_HUGO=1
[[ "$ONLY" == masthead ]] && WITH_HUGO=0

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
BENCH="$ROOT/target/bench"
CORPUS="$BENCH/c$N"
RESULTS="$BENCH/results.tsv"
mkdir -p "$BENCH"

as_root() { if [[ "$(id -u)" -eq 0 ]]; then "$@"; else sudo "$@"; fi; }

# --- tools -------------------------------------------------------------------------------
if [[ ! -x /usr/bin/time ]]; then
  echo "installing GNU time (apt-get install -y time)" >&2
  as_root apt-get install -y time >/dev/null || { as_root apt-get update >/dev/null && as_root apt-get install -y time >/dev/null; }
fi
[[ -x /usr/bin/time ]] || die "/usr/bin/time is missing and could not be installed"

if [[ $WITH_HUGO -eq 1 ]] && ! command -v hugo >/dev/null; then
  echo "installing Hugo from Debian's packages (apt-get install -y hugo)" >&2
  as_root apt-get install -y hugo >/dev/null || { as_root apt-get update >/dev/null && as_root apt-get install -y hugo >/dev/null; }
  command -v hugo >/dev/null || die "Hugo is missing and could not be installed"
fi

JAR="${MASTHEAD_JAR:-$ROOT/target/masthead.jar}"
JAVA_OPTS_LINE="${MASTHEAD_JAVA_OPTS:-}"
[[ -n "$XMX" ]] && JAVA_OPTS_LINE="${JAVA_OPTS_LINE:+$JAVA_OPTS_LINE }-Xmx$XMX"
export MASTHEAD_JAVA_OPTS="$JAVA_OPTS_LINE"
if [[ -x "$ROOT/bin/masthead" ]]; then
  MASTHEAD=("$ROOT/bin/masthead")
  MASTHEAD_LABEL="bin/masthead"
else
  if [[ ! -f "$JAR" ]]; then
    echo "building $JAR (mvn -q -B package -DskipTests)" >&2
    mvn -q -B package -DskipTests >&2 || die "the Maven build failed"
    [[ -f "$JAR" ]] || die "Maven finished but $JAR is missing"
  fi
  # shellcheck disable=SC2206 # the options are a list of flags, split on spaces on purpose
  MASTHEAD=(java $JAVA_OPTS_LINE -jar "$JAR")
  MASTHEAD_LABEL="java ${JAVA_OPTS_LINE:+$JAVA_OPTS_LINE }-jar ${JAR#"$ROOT"/}"
fi

# --- corpus ------------------------------------------------------------------------------
GEN="$ROOT/bench/gen-corpus.py"
[[ -f "$GEN" ]] || die "$GEN is missing"
GEN_HASH="$(sha256sum "$GEN" | cut -c1-16)"
corpus() { # format: generates $CORPUS/<format>/content unless it is there from the same generator
  local format="$1" dir="$CORPUS/$1" stamp="$CORPUS/$1.stamp"
  if [[ -f "$stamp" && "$(cat "$stamp")" == "$GEN_HASH $N 42" && -d "$dir/content" ]]; then
    return
  fi
  rm -rf "$dir" "$stamp"
  echo "generating $N documents (--format $format) into ${dir#"$ROOT"/}" >&2
  python3 "$GEN" -n "$N" --seed 42 --format "$format" -o "$dir" 2>&1 | sed 's/^/  /' >&2
  echo "$GEN_HASH $N 42" > "$stamp"
}
corpus masthead
[[ $WITH_HUGO -eq 1 ]] && corpus yaml
DOCS="$(find "$CORPUS/masthead/content" -name '*.md' | wc -l)"
[[ "$DOCS" -eq "$N" ]] || die "the corpus holds $DOCS documents, not $N"

# Hugo writes a lock file (and caches) into its source folder: give it a copy outside the repo.
HUGO_SITE="$BENCH/hugo-site"
if [[ $WITH_HUGO -eq 1 ]]; then
  rm -rf "$HUGO_SITE"
  cp -r "$ROOT/bench/hugo-site" "$HUGO_SITE"
  HUGO_VERSION="$(hugo version | awk '{print $2}' | sed 's/+.*//')"
fi

# --- runs --------------------------------------------------------------------------------
HUGO_DIR="$BENCH/out-hugo"
MH_DIR="$BENCH/out-masthead"
STAMP="$(date -u +%Y-%m-%dT%H:%M:%SZ)"
LOGS="$BENCH/logs"
mkdir -p "$LOGS"
if [[ ! -f "$RESULTS" ]]; then
  printf 'started\tn\ttool\tkind\trun\twall_s\tuser_s\tsys_s\tcpu_s\tmaxrss_kib\tcommand\n' > "$RESULTS"
fi

# run TOOL KIND RUN: one whole process under /usr/bin/time; RUN 0 is the warm-up (not recorded).
run() {
  local tool="$1" kind="$2" i="$3" out log timing cmd
  if [[ "$tool" == hugo ]]; then
    out="$HUGO_DIR/site"
    cmd=(hugo --source "$HUGO_SITE" --contentDir "$CORPUS/yaml/content" --destination "$out" --quiet)
    [[ "$kind" == cold ]] && retire "$HUGO_DIR"
    mkdir -p "$HUGO_DIR"
  else
    out="$MH_DIR/site"
    cmd=("${MASTHEAD[@]}" build --content "$CORPUS/masthead/content" --out "$out")
    [[ "$kind" == cold ]] && retire "$MH_DIR"
    mkdir -p "$MH_DIR"
  fi
  log="$LOGS/$tool-$kind-$i.log"
  timing="$LOGS/$tool-$kind-$i.time"
  sync
  if ! /usr/bin/time -f '%e %U %S %M' -o "$timing" "${cmd[@]}" > "$log" 2>&1; then
    echo "bench/run.sh: $tool ($kind, run $i) failed: ${cmd[*]}" >&2
    tail -n 30 "$log" >&2
    exit 1
  fi
  [[ -f "$out/index.html" ]] || { tail -n 30 "$log" >&2; die "$tool ($kind, run $i) wrote no $out/index.html"; }
  local pages
  pages="$(find "$out/S" -mindepth 3 -maxdepth 3 -name index.html 2>/dev/null | wc -l)"
  [[ "$pages" -eq "$N" ]] || die "$tool ($kind, run $i) wrote $pages document pages under $out/S, not $N"
  local wall user sys rss
  read -r wall user sys rss < <(tail -n 1 "$timing")
  [[ -n "$rss" ]] || die "cannot read /usr/bin/time's line for $tool run $i: $(cat "$timing")"
  local cpu
  cpu="$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')"
  printf '  %-8s %-7s %s  wall %6.2f s  cpu %6.2f s  rss %6d MiB\n' "$tool" "$kind" \
    "$([[ $i -eq 0 ]] && echo warm-up || echo "run $i  ")" "$wall" "$cpu" "$((rss / 1024))" >&2
  if [[ $i -gt 0 ]]; then
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$STAMP" "$N" "$tool" "$kind" "$i" \
      "$wall" "$user" "$sys" "$cpu" "$rss" "${cmd[*]}" >> "$RESULTS"
    echo "$wall $cpu $rss" >> "$BENCH/.current-$tool-$kind"
  fi
}

# retire DIR: out of the way by a rename, which frees no inode (see the header).
TRASH="$BENCH/trash"
retire() {
  [[ -e "$1" ]] || return 0
  mkdir -p "$TRASH"
  mv "$1" "$(mktemp -d "$TRASH/$(basename "$1").XXXXXX")/"
}
retire "$HUGO_DIR"
retire "$MH_DIR"
DELETED="$BENCH/.trash-deleted"
empty_trash() {
  [[ -d "$TRASH" ]] || return 0
  echo "deleting the sites of earlier runs (${TRASH#"$ROOT"/}; on a slow disk this takes minutes)" >&2
  rm -rf "$TRASH"
  sync
  date +%s > "$DELETED"
}
empty_trash
if [[ -f "$DELETED" ]]; then
  wait_s=$(( $(cat "$DELETED") + 65 - $(date +%s) ))
  if [[ $wait_s -gt 0 ]]; then
    echo "waiting ${wait_s} s for the deleted files to age (see bench/run.sh's header)" >&2
    sleep "$wait_s"
  fi
fi

rm -f "$BENCH"/.current-*
echo "N=$N, $RUNS runs each after 1 warm-up; Masthead: $MASTHEAD_LABEL${MASTHEAD_JAVA_OPTS:+ (MASTHEAD_JAVA_OPTS=$MASTHEAD_JAVA_OPTS)}" >&2
for ((i = 0; i <= RUNS; i++)); do
  [[ $WITH_HUGO -eq 1 ]] && run hugo cold "$i"
  run masthead cold "$i"
done
if [[ $REBUILD -eq 1 ]]; then
  # The last cold run left a complete site and cache: rebuild on top of it, changing nothing.
  for ((i = 0; i <= RUNS; i++)); do
    run masthead rebuild "$i"
  done
fi

# --- table -------------------------------------------------------------------------------
median() { # column of $BENCH/.current-<tool>-<kind>: 1 wall, 2 cpu, 3 rss KiB
  sort -g -k"$2","$2" "$BENCH/.current-$1" | awk -v c="$2" '{ v[NR] = $c }
    END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}
row() { # label file
  printf '| %-28s | %8.2f | %7.2f | %12.0f |\n' "$1" "$(median "$2" 1)" "$(median "$2" 2)" \
    "$(awk -v k="$(median "$2" 3)" 'BEGIN { print k / 1024 }')"
}
{
  echo
  echo "$STAMP  $(hostname)  nproc $(nproc)  N=$N  median of $RUNS runs after 1 warm-up"
  echo "Masthead: $MASTHEAD_LABEL${MASTHEAD_JAVA_OPTS:+ (MASTHEAD_JAVA_OPTS=$MASTHEAD_JAVA_OPTS)}"
  echo
  printf '| %-28s | %8s | %7s | %12s |\n' "tool" "wall s" "CPU s" "peak RSS MiB"
  printf '|%s|%s|%s|%s|\n' "------------------------------" "---------:" "--------:" "-------------:"
  [[ $WITH_HUGO -eq 1 ]] && row "Hugo $HUGO_VERSION" hugo-cold
  row "Masthead, full build" masthead-cold
  [[ $REBUILD -eq 1 ]] && row "Masthead, no-change rebuild" masthead-rebuild
  if [[ $WITH_HUGO -eq 1 ]]; then
    printf '| %-28s | %7.2fx | %6.2fx | %11.2fx |\n' "Masthead / Hugo (full)" \
      "$(awk -v a="$(median masthead-cold 1)" -v b="$(median hugo-cold 1)" 'BEGIN { print a / b }')" \
      "$(awk -v a="$(median masthead-cold 2)" -v b="$(median hugo-cold 2)" 'BEGIN { print a / b }')" \
      "$(awk -v a="$(median masthead-cold 3)" -v b="$(median hugo-cold 3)" 'BEGIN { print a / b }')"
  fi
  echo
  echo "raw runs appended to ${RESULTS#"$ROOT"/}; logs in ${LOGS#"$ROOT"/}/"
}
rm -f "$BENCH"/.current-*
empty_trash
