#!/usr/bin/env bash
# The test command: installs the tools the tests need (scripts/install-test-tools.sh), then runs
# every test. Extra arguments go to cargo test (`scripts/test.sh -- --skip with_tools`).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-test-tools.sh
# A one-shot run gains nothing from incremental compilation's caches (GBs on disk); set
# CARGO_INCREMENTAL=1 to keep them between runs of your own.
export CARGO_INCREMENTAL="${CARGO_INCREMENTAL:-0}"
exec cargo test --workspace --locked "$@"
