#!/usr/bin/env bash
# Benchmarks `ramverk validate` on the Stockholm framework and on a synthetic framework of
# 10,000 competences and 200 full role profiles, and compares it in the same run with
# check-jsonschema (PyPI), the tool a user would otherwise pick to validate YAML against a schema.
# Needs: cargo, hyperfine (apt-get install hyperfine), python3 with pip. Prints Markdown tables.
set -euo pipefail
cd "$(dirname "$0")/.."

command -v hyperfine >/dev/null || { echo "hyperfine is missing: apt-get install hyperfine" >&2; exit 2; }
command -v check-jsonschema >/dev/null || python3 -m pip install --quiet check-jsonschema pyyaml
command -v check-jsonschema >/dev/null || { echo "check-jsonschema is missing: pip install check-jsonschema" >&2; exit 2; }

cargo build --release --quiet -p ramverk -p ramverk-testkit --examples --bins
release=${CARGO_TARGET_DIR:-target}/release
ramverk=$release/ramverk
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$release"/examples/synthetic "$work/synthetic" 10000 200 42
# The same frameworks as one YAML file each, so that both tools read the same bytes.
for name in synthetic stockholm; do
  src=$([ "$name" = synthetic ] && echo "$work/synthetic" || echo frameworks/stockholm-kultur)
  "$ramverk" show "$src" --format json > "$work/$name.json"
  python3 -c 'import json,sys,yaml; yaml.safe_dump(json.load(open(sys.argv[1])), open(sys.argv[2],"w"), allow_unicode=True, sort_keys=False)' \
    "$work/$name.json" "$work/$name.yaml"
done

echo "## Machine"
echo
echo "$(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(uname -sr), $(rustc --version)"
echo "check-jsonschema $(check-jsonschema --version | awk '{print $NF}'), hyperfine $(hyperfine --version | awk '{print $2}')"
echo "synthetic: $(du -sh "$work/synthetic" | cut -f1) in $(find "$work/synthetic" -name '*.yaml' | wc -l) files; single file $(du -h "$work/synthetic.yaml" | cut -f1)"
echo

echo "## Stockholm (process start included)"
echo
hyperfine -N --warmup 5 --runs 50 --style none --export-markdown "$work/stockholm.md" \
  -n "ramverk validate (directory)" "$ramverk validate frameworks/stockholm-kultur" \
  -n "ramverk validate (one file)" "$ramverk validate $work/stockholm.yaml" \
  -n "check-jsonschema (one file)" "check-jsonschema --schemafile docs/framework.schema.json $work/stockholm.yaml" >/dev/null
cat "$work/stockholm.md"
echo

echo "## Synthetic: 10,000 competences, 200 roles, full profiles"
echo
hyperfine -N --warmup 1 --runs 5 --style none --export-markdown "$work/synthetic.md" \
  -n "ramverk validate (directory)" "$ramverk validate $work/synthetic" \
  -n "ramverk validate (one file)" "$ramverk validate $work/synthetic.yaml" >/dev/null
cat "$work/synthetic.md"
echo
# check-jsonschema needs minutes on this file: one timed run, bounded.
limit=${CHECK_JSONSCHEMA_LIMIT:-1200}
start=$(date +%s.%N)
if timeout "$limit" check-jsonschema --schemafile docs/framework.schema.json "$work/synthetic.yaml" >/dev/null 2>&1; then
  echo "check-jsonschema (one file), one run: $(echo "$(date +%s.%N) - $start" | bc) s"
else
  echo "check-jsonschema (one file), one run: did not finish within $limit s"
fi
echo

echo "## What each reports on a broken copy (a misspelt role in one profile)"
echo
sed -i 's/^role: role-007$/role: role-07/' "$work/synthetic/profiles/role-007.yaml"
echo '```'
"$ramverk" validate --color never "$work/synthetic" | sed "s#$work#\$WORK#g" || true
echo '```'
