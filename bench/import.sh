#!/usr/bin/env bash
# Benchmarks `ramverk import` and compares it in the same run with what a user would otherwise
# write: a Python script with openpyxl and PyYAML (bench/import_openpyxl.py).
#   1. DigComp 3.0 from the Commission's workbook through frameworks/digcomp-3/mapping.yaml
#      (--new: read, build, write, validate), against the openpyxl script converting the same
#      sheets to one YAML file;
#   2. the Stockholm framework's own XLSX export imported back into it (--into: export made again,
#      cells compared, diff computed), unedited and with an edit.
# Needs: cargo, hyperfine, python3 with openpyxl and PyYAML (pip). Prints Markdown.
set -euo pipefail
cd "$(dirname "$0")/.."

command -v hyperfine >/dev/null || { echo "hyperfine is missing: apt-get install hyperfine" >&2; exit 2; }
python3 -c 'import openpyxl, yaml' 2>/dev/null || python3 -m pip install --quiet openpyxl pyyaml

[ -n "${NO_BUILD:-}" ] || cargo build --release --quiet -p ramverk --bins
ramverk=${CARGO_TARGET_DIR:-target}/release/ramverk
workbook=${DIGCOMP:-../shared/data/digcomp-3.0/DigComp_3_0_Data_Supplement_24_Nov_2025.xlsx}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp frameworks/digcomp-3/mapping.yaml "$work/mapping.yaml"
cp -r frameworks/stockholm-kultur "$work/stockholm"
"$ramverk" export "$work/stockholm" --format xlsx -o "$work/stockholm.xlsx" 2>/dev/null

echo "## Machine"
echo
echo "$(nproc) cores, $(uname -sr), $(rustc --version), Python $(python3 -c 'import sys, openpyxl, yaml; print(sys.version.split()[0], "openpyxl", openpyxl.__version__, "PyYAML", yaml.__version__)')"
echo
echo "## DigComp 3.0 from the workbook"
echo
hyperfine -N --warmup 1 --runs 10 --style none --export-markdown "$work/digcomp.md" \
  --prepare "rm -rf $work/new" \
  -n "ramverk import --mapping --new (read, build, write, validate)" "$ramverk import $workbook --mapping $work/mapping.yaml --new $work/new" \
  -n "openpyxl + PyYAML script (read, write one file)" "python3 bench/import_openpyxl.py $workbook $work/openpyxl.yaml" >/dev/null
cat "$work/digcomp.md"
echo
echo "## Stockholm's own export read back"
echo
hyperfine -N --warmup 1 --runs 10 --style none --export-markdown "$work/own.md" \
  -n "ramverk import --into (unedited, diff)" "$ramverk import $work/stockholm.xlsx --into $work/stockholm --color never" >/dev/null
cat "$work/own.md"
