#!/usr/bin/env bash
# Benchmarks `ramverk diff` on two synthetic frameworks of 10,000 competences (20 roles with full
# profiles) with about 5 % of the items changed, and compares it in the same run with the generic
# structural and textual diffs a user would otherwise pick: graphtage (PyPI) on the same content
# as one JSON file per side, and `git diff --no-index --word-diff` on the two directories.
# Needs: cargo, hyperfine, git, python3 with pip. Prints Markdown.
set -euo pipefail
cd "$(dirname "$0")/.."

command -v hyperfine >/dev/null || { echo "hyperfine is missing: apt-get install hyperfine" >&2; exit 2; }
command -v graphtage >/dev/null || python3 -m pip install --quiet graphtage
command -v graphtage >/dev/null || { echo "graphtage is missing: pip install graphtage" >&2; exit 2; }

cargo build --release --quiet -p ramverk -p ramverk-testkit --examples --bins
release=${CARGO_TARGET_DIR:-target}/release
ramverk=$release/ramverk
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
competences=${COMPETENCES:-10000}
roles=${ROLES:-20}

"$release"/examples/synthetic "$work/old" "$competences" "$roles" 42 2>/dev/null
"$release"/examples/synthetic "$work/new" "$competences" "$roles" 42 0.05 2>/dev/null
"$ramverk" show "$work/old" --format json > "$work/old.json"
"$ramverk" show "$work/new" --format json > "$work/new.json"

echo "## Machine"
echo
echo "$(nproc) cores, $(uname -sr), $(rustc --version), graphtage $(graphtage --version 2>&1 | awk '{print $NF}'), $(git --version)"
echo "each side: $competences competences, $roles roles with full profiles, $(du -sh "$work/old" | cut -f1) of YAML in $(find "$work/old" -name '*.yaml' | wc -l) files"
echo

echo "## Timings"
echo
hyperfine -N -i --warmup 1 --runs 5 --style none --export-markdown "$work/times.md" \
  -n "ramverk diff (human)" "$ramverk diff $work/old $work/new --color never" \
  -n "ramverk diff (json)" "$ramverk diff $work/old $work/new --format json" \
  -n "git diff --no-index --word-diff" "git diff --no-index --word-diff $work/old $work/new" >/dev/null
cat "$work/times.md"
echo
limit=${GRAPHTAGE_LIMIT:-900}
start=$(date +%s.%N)
if timeout "$limit" graphtage "$work/old.json" "$work/new.json" > "$work/graphtage.txt" 2>/dev/null; then
  echo "graphtage (one JSON file per side), one run: $(echo "$(date +%s.%N) - $start" | bc) s"
else
  echo "graphtage (one JSON file per side), one run: did not finish within $limit s"
fi
echo

echo "## What each reports"
echo
echo "ramverk diff, summary:"
echo '```'
"$ramverk" diff "$work/old" "$work/new" --color never | sed -n '3,12p'
echo '```'
echo
git diff --no-index --word-diff "$work/old" "$work/new" > "$work/git.txt" || true
echo "git diff --word-diff: $(wc -l < "$work/git.txt") lines over $(grep -c '^diff --git' "$work/git.txt") files; a renumbered competence is a removed and an added line in two files, a changed expected level is a changed number in a profile file:"
echo '```'
grep -m 6 -E '\[-|\{\+' "$work/git.txt" | cut -c1-120
echo '```'
if [ -s "$work/graphtage.txt" ]; then
  echo
  echo "graphtage: $(wc -l < "$work/graphtage.txt") lines (the whole document re-printed with inline edits)"
fi
