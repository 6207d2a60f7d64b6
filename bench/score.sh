#!/usr/bin/env bash
# Benchmarks `ramverk score` on 1,000,000 ratings (81,400 persons, the Stockholm framework):
# read and validate the CSV, score with the built-in rule, aggregate by area, competence, role and
# unit — and, in the same run, the scoring plugin and the same computation as a pandas group-by
# (PyPI), what an analyst would otherwise write. Needs: cargo, hyperfine, python3 with pip.
set -euo pipefail
cd "$(dirname "$0")/.."

command -v hyperfine >/dev/null || { echo "hyperfine is missing: apt-get install hyperfine" >&2; exit 2; }
python3 -c 'import pandas' 2>/dev/null || python3 -m pip install --quiet pandas
cargo build --release --quiet -p ramverk
bash plugins/build.sh >/dev/null
release=${CARGO_TARGET_DIR:-target}/release
ramverk=$release/ramverk
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

framework=frameworks/stockholm-kultur
"$ramverk" ratings generate "$framework" --persons 81400 -o "$work/ratings.csv"
"$ramverk" show "$framework" --format json > "$work/framework.json"

echo "## Machine"
echo
echo "$(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(uname -sr), $(rustc --version)"
echo "pandas $(python3 -c 'import pandas; print(pandas.__version__)'), hyperfine $(hyperfine --version | awk '{print $2}')"
echo "ratings: $("$ramverk" ratings check "$framework" "$work/ratings.csv" | tail -1)"
echo "file: $(du -h "$work/ratings.csv" | cut -f1)"
echo

hyperfine -N --warmup 1 --runs 5 --style none --export-markdown "$work/score.md" \
  -n "ramverk score (built-in rule)" "$ramverk score $framework --ratings $work/ratings.csv --format json" \
  -n "ramverk score --rule stockholm-scoring (plugin)" "$ramverk score $framework --ratings $work/ratings.csv --format json --rule stockholm-scoring" \
  -n "pandas group-by" "python3 bench/score_pandas.py $work/framework.json $work/ratings.csv" >/dev/null
cat "$work/score.md"
