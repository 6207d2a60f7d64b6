#!/bin/sh
# Runs fuzz targets under libFuzzer, two at a time, each for SECONDS (default 600), logging to
# LOGS (default /tmp/fuzz-logs). Usage, from fuzz/: ./run.sh [SECONDS] [TARGET...]
# New inputs go to work-corpus/<target>/ (not committed); crashes to artifacts/<target>/.
set -eu
seconds=${1:-600}
[ $# -gt 0 ] && shift
targets=${*:-"ratings_xlsx ratings_ods yaml_loader po xliff ratings_csv diff"}
logs=${LOGS:-/tmp/fuzz-logs}
mkdir -p "$logs"
cargo +nightly fuzz build
dict() {
    case $1 in
        yaml_loader | diff) echo "-dict=dict/yaml.dict" ;;
        xliff | ratings_xlsx | ratings_ods) echo "-dict=dict/xml.dict" ;;
        po) echo "-dict=dict/po.dict" ;;
        *) echo "" ;;
    esac
}
run() {
    mkdir -p "work-corpus/$1"
    # shellcheck disable=SC2046
    cargo +nightly fuzz run "$1" "work-corpus/$1" "corpus/$1" -- \
        -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 -print_final_stats=1 \
        $(dict "$1") > "$logs/$1.log" 2>&1 || echo "$1: libFuzzer stopped with a finding, see $logs/$1.log"
}
# Two workers, each taking every other target in turn: a run that stops early (a finding)
# frees its worker for the next target.
worker() {
    skip=$1; shift
    for target in "$@"; do
        if [ "$skip" = 0 ]; then run "$target"; skip=1; else skip=0; fi
    done
}
# shellcheck disable=SC2086
worker 0 $targets &
# shellcheck disable=SC2086
worker 1 $targets &
wait
