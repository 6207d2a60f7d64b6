#!/usr/bin/env bash
# Benchmarks `ramverk upstream status` and `ramverk upstream merge` on the worked example of
# docs/forks.md, and compares them in the same run with what a user would otherwise do: keep the
# fork as a git branch of upstream's repository and `git merge` the next tag.
#   - upstream: a git repository holding Stockholm's framework as the pilot (tag v0.9.0), then as
#     1.0.0 (tag v1.0.0), with its translations;
#   - the fork: forked from v0.9.0 by `ramverk fork`, adapted (a role renamed, levels changed,
#     competence 2.3 moved from area 2 to area 3);
#   - the git branch: the same adaptation committed on a branch from v0.9.0.
# ramverk reads the base at its commit and upstream at v1.0.0 from the repository (a fetch each),
# merges on the model, validates and plans the in-place edits (`--dry-run` writes nothing, so each
# run starts alike); git merges lines and is aborted after each run.
# Needs: cargo, git, hyperfine, python3. Prints Markdown.
set -euo pipefail
cd "$(dirname "$0")/.."

command -v hyperfine >/dev/null || { echo "hyperfine is missing: apt-get install hyperfine" >&2; exit 2; }
[ -n "${NO_BUILD:-}" ] || cargo build --release --quiet -p ramverk --bins
target=${CARGO_TARGET_DIR:-target}
case $target in /*) ;; *) target=$(pwd)/$target ;; esac
ramverk=$target/release/ramverk
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
g() { git -c user.name=bench -c user.email=bench@example.org -c init.defaultBranch=main "$@"; }

framework_files() { # FROM TO
    mkdir -p "$2"
    cp "$1/framework.yaml" "$2/"
    for dir in areas profiles translations; do
        [ -d "$1/$dir" ] && cp -r "$1/$dir" "$2/"
    done
    return 0
}
adapt() { # DIR: the same adaptation on both sides, 2.3 moved from area 2 to area 3 included
    sed -i 's/^    title: Chef$/    title: Leder/' "$1/framework.yaml"
    sed -i 's/^  "1.1": 4$/  "1.1": 3/; s/^  "5.4": 4$/  "5.4": 3/' "$1/profiles/chef.yaml"
    python3 - "$1/areas" <<'PY'
import sys
area2 = f"{sys.argv[1]}/2-kommunikation-och-samarbete.yaml"
area3 = f"{sys.argv[1]}/3-skapa-digitalt-innehall.yaml"
text = open(area2).read()
start = text.index('  # 2.3 (')
open(area2, "w").write(text[:start])
open(area3, "a").write(text[start:])
PY
}

g init -q "$work/up"
framework_files frameworks/stockholm-kultur/history/0.9.0 "$work/up/stockholm"
g -C "$work/up" add -A && g -C "$work/up" commit -qm pilot && g -C "$work/up" tag v0.9.0
rm -rf "$work/up/stockholm"
framework_files frameworks/stockholm-kultur "$work/up/stockholm"
g -C "$work/up" add -A && g -C "$work/up" commit -qm 1.0.0 && g -C "$work/up" tag v1.0.0

mkdir "$work/town"
(cd "$work/town" && "$ramverk" fork "file://$work/up#v0.9.0:stockholm" bibliotek --id bibliotek --title Bibliotek >/dev/null)
adapt "$work/town/bibliotek"

g clone -q "$work/up" "$work/branch"
g -C "$work/branch" checkout -q -b fork v0.9.0
adapt "$work/branch/stockholm"
g -C "$work/branch" commit -qam adapted

echo "## Machine"
echo
echo "$(nproc) cores, $(uname -sr), $(rustc --version), $(git --version)"
echo
echo "## Taking Stockholm's 1.0.0 into a fork of the pilot"
echo
hyperfine -N --warmup 1 --runs 10 --style none --export-markdown "$work/fork.md" \
  --prepare "git -C $work/branch reset -q --hard fork" \
  -n "ramverk upstream status --to 1.0.0 (both diffs and the collisions)" \
     "$ramverk upstream status $work/town/bibliotek --to 1.0.0 --color never --format json" \
  -n "ramverk upstream merge --to 1.0.0 --dry-run (merge, validate, plan the edits)" \
     "$ramverk upstream merge $work/town/bibliotek --to 1.0.0 --dry-run --color never --format json" \
  -n "git merge v1.0.0 on a fork branch (lines)" \
     "git -C $work/branch -c user.name=b -c user.email=b@x merge --no-commit --no-ff -q v1.0.0" \
  -i >/dev/null
cat "$work/fork.md"
echo
echo "## What each gives"
echo
g -C "$work/branch" reset -q --hard fork
if g -C "$work/branch" merge --no-commit --no-ff -q v1.0.0 >/dev/null 2>&1; then
    echo "- git merge: no conflict; the chef's level lowered for 5.4 stays under the key \"5.4\", which"
    echo "  1.0.0 no longer has: $(grep -c '"5.4"' "$work/branch/stockholm/profiles/chef.yaml") line(s) with \"5.4\" in profiles/chef.yaml after the merge."
else
    echo "- git merge: conflicts in $(g -C "$work/branch" diff --name-only --diff-filter=U | tr '\n' ' ')"
fi
"$ramverk" upstream merge "$work/town/bibliotek" --to 1.0.0 --color never >/dev/null 2>&1
echo "- ramverk upstream merge: no conflict; profiles/chef.yaml now says $(grep '"5.3"' "$work/town/bibliotek/profiles/chef.yaml" | tr -s ' ') (the lowered level followed 5.4 → 5.3)."
if grep -q "Kompetens att använda digitala verktyg och plattformar" "$work/town/bibliotek/areas/3-skapa-digitalt-innehall.yaml"; then
    echo "- ramverk upstream merge: 2.3 stays in area 3, with 1.0.0's new definition of it."
else
    echo "- ramverk upstream merge: 1.0.0's definition of 2.3 did NOT arrive in area 3."
fi
