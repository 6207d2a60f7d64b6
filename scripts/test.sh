#!/usr/bin/env bash
# The test command: installs the tools the tests need (scripts/install-test-tools.sh), then runs
# every test. Extra arguments go to cargo test (`scripts/test.sh -- --skip with_tools`).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-test-tools.sh
exec cargo test --workspace --locked "$@"
