#!/usr/bin/env bash
# Benchmarks `ramverk i18n status|extract|merge` on the synthetic framework of 10,000 competences
# and 200 full role profiles with translations into three locales (da, en, de: about 80 %
# current, 5 % stale, 15 % missing each), and compares them in the same run with what a
# gettext-based workflow runs on a PO file of the same texts: `msgfmt --statistics` (counts) and
# `msgmerge` (bringing a translator's file up to date with a new template).
# Needs: cargo, hyperfine and gettext (apt-get install hyperfine gettext), python3. Prints Markdown.
set -euo pipefail
cd "$(dirname "$0")/.."

command -v hyperfine >/dev/null || { echo "hyperfine is missing: apt-get install hyperfine" >&2; exit 2; }
command -v msgmerge >/dev/null || { echo "gettext is missing: apt-get install gettext" >&2; exit 2; }

cargo build --release --quiet -p ramverk -p ramverk-testkit --examples --bins
release=${CARGO_TARGET_DIR:-target}/release
ramverk=$release/ramverk
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fw="$work/synthetic"

"$release"/examples/synthetic "$fw" 10000 200 42 2>/dev/null
"$release"/examples/synthetic_translations "$fw" da,en,de 7 2>/dev/null

# A translator's files: everything extracted, every text that needed work filled in.
"$ramverk" i18n extract "$fw" --lang da --format po -o "$work/da.po" 2>/dev/null
"$ramverk" i18n extract "$fw" --lang da --format xliff -o "$work/da.xlf" 2>/dev/null
python3 - "$work" <<'PY'
import re, sys
work = sys.argv[1]
po = open(f"{work}/da.po", encoding="utf-8").read()
head, body = po.split("\n\n", 1)
# Fill empty translations; clear fuzzy flags (the translator updated stale texts).
body = re.sub(r'msgid "(.*)"\nmsgstr ""\n', lambda m: f'msgid "{m.group(1)}"\nmsgstr "da: {m.group(1)}"\n', body)
body = body.replace("#, fuzzy\n", "")
open(f"{work}/da-done.po", "w", encoding="utf-8").write(head + "\n\n" + body)
xlf = open(f"{work}/da.xlf", encoding="utf-8").read()
xlf = re.sub(r'<segment state="initial"( subState="ramverk:stale")?>\n(\s*)<source>(.*?)</source>\n(\s*<target>.*?</target>\n)?',
             lambda m: f'<segment state="translated">\n{m.group(2)}<source>{m.group(3)}</source>\n{m.group(2)}<target>da: {m.group(3)}</target>\n', xlf, flags=re.S)
open(f"{work}/da-done.xlf", "w", encoding="utf-8").write(xlf)
PY
cp "$fw/translations/da.yaml" "$work/da.yaml.orig"
restore="cp $work/da.yaml.orig $fw/translations/da.yaml"

echo "## Machine"
echo
echo "$(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(uname -sr), $(rustc --version)"
echo "$(msgmerge --version | head -1), hyperfine $(hyperfine --version | awk '{print $2}')"
texts=$(grep -c '^msgctxt' "$work/da.po")
echo "synthetic: $(du -sh --exclude=translations "$fw" | cut -f1) of framework YAML, $texts texts; translations $(du -ch "$fw"/translations/*.yaml | tail -1 | cut -f1) in 3 files; da.po $(du -h "$work/da.po" | cut -f1), da.xlf $(du -h "$work/da.xlf" | cut -f1)"
echo

echo "## status, extract, merge (process start included)"
echo
hyperfine -N --warmup 2 --runs 10 --style none --prepare "$restore" --export-markdown "$work/i18n.md" \
  -n "ramverk i18n status (3 locales)" "$ramverk i18n status $fw" \
  -n "ramverk i18n status --format json (3 locales)" "$ramverk i18n status $fw --format json" \
  -n "ramverk i18n extract --format po (da)" "$ramverk i18n extract $fw --lang da --format po -o $work/out.po" \
  -n "ramverk i18n extract --format xliff (da)" "$ramverk i18n extract $fw --lang da --format xliff -o $work/out.xlf" \
  -n "ramverk i18n merge PO (da, 17 % of texts new or updated)" "$ramverk i18n merge $work/da-done.po --framework $fw" \
  -n "ramverk i18n merge XLIFF (da, 17 % of texts new or updated)" "$ramverk i18n merge $work/da-done.xlf --framework $fw" \
  -n "msgfmt --statistics (da.po)" "msgfmt --statistics -o /dev/null $work/da-done.po" \
  -n "msgmerge (da.po against the extracted template)" "msgmerge --quiet -o $work/merged.po $work/da-done.po $work/da.po" >/dev/null 2>&1
cat "$work/i18n.md"
