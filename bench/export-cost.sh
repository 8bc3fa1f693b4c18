#!/usr/bin/env bash
# The build-time cost of the exports (issue 15: citation files and Akoma Ntoso XML beside every version):
# clean builds by the same jar with them and with `build --no-exports`, alternating (bench/option-cost.sh).
#
#   bench/export-cost.sh [CONTENT_DIR] [ROUNDS] [OUT_PARENT]
#
# CONTENT_DIR defaults to /tmp/s2/c10k/content, the 10,000 letters of
#   python3 bench/gen-corpus.py -n 10000 -o /tmp/s2/c10k --format masthead --seed 42
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
content="${1:-/tmp/s2/c10k/content}"
[[ -d "$content" ]] || { echo "no corpus at $content: python3 bench/gen-corpus.py -n 10000 -o ${content%/content} --format masthead --seed 42" >&2; exit 2; }
exec "$here/bench/option-cost.sh" --no-exports "$content" "${@:2}"
