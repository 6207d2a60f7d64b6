#!/usr/bin/env bash
# Builds every example plugin for wasm32-wasip2 and puts each .wasm beside its plugin.yaml, so
# that `ramverk plugin list` run from the repository root finds them built. The .wasm files are
# not committed (see .gitignore). The export plugins are also built into ramverk; their committed
# bytes come from plugins/build-builtin.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
rustup target add wasm32-wasip2 >/dev/null
for dir in plugins/*/; do
    [ -f "$dir/Cargo.toml" ] || continue
    package=$(basename "$dir")
    # One build per plugin: the SDK's features differ per plugin kind.
    cargo build --locked --quiet -p "$package" --target wasm32-wasip2 --profile plugin --target-dir target/plugins
    wasm="${package//-/_}.wasm"
    cp "target/plugins/wasm32-wasip2/plugin/$wasm" "$dir$wasm"
    echo "built $dir$wasm"
done
