#!/usr/bin/env bash
# Builds the export plugins that ship inside ramverk, reproducibly, and writes what
# crates/ramverk-plugin compiles in: OUT/<plugin>/plugin.yaml and OUT/<plugin>/<plugin>.wasm, plus
# OUT/rustc-version.txt (the compiler the bytes come from).
#
#   plugins/build-builtin.sh [OUT]      OUT defaults to crates/ramverk-plugin/builtin
#
# Every plugin in plugins/ whose plugin.yaml says `kind: export` is built in. The same sources and
# the same Rust toolchain give the same bytes on any machine and from any checkout path: the
# checkout, $CARGO_HOME (the registry's sources), the toolchain's sysroot and the target folder are
# remapped to fixed names, the `plugin` profile has no debug information, one codegen unit and
# strips the rest, and Cargo.lock is used as it is (--locked). The test
# crates/ramverk-plugin/tests/builtin.rs runs this script into a temporary folder and fails when a
# byte differs from the committed files.
#
# RAMVERK_BUILTIN_TARGET_DIR sets cargo's target folder (default target/builtin-plugins).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd -P)
out=${1:-crates/ramverk-plugin/builtin}
target_dir=${RAMVERK_BUILTIN_TARGET_DIR:-$root/target/builtin-plugins}
mkdir -p "$target_dir"
target_dir=$(cd "$target_dir" && pwd -P)
cargo_home=${CARGO_HOME:-$HOME/.cargo}
cargo=${CARGO:-cargo}
rustc=${RUSTC:-rustc}
sysroot=$("$rustc" --print sysroot)

# Later prefixes win when several match (rustc tries them last to first): the target folder may
# lie inside the checkout. A path reached through a symbolic link is remapped in both spellings.
remaps=()
remap() {
    remaps+=("--remap-path-prefix=$1=$2")
    if [ -d "$1" ]; then
        local physical
        physical=$(cd "$1" && pwd -P)
        [ "$physical" = "$1" ] || remaps+=("--remap-path-prefix=$physical=$2")
    fi
}
remap "$cargo_home" /cargo
remap "$sysroot" /rustup/toolchain
remap "$root" /ramverk
remap "$target_dir" /target

# Nothing from the environment changes the build: no other flags, targets or profile overrides.
unset RUSTFLAGS CARGO_BUILD_RUSTFLAGS CARGO_TARGET_DIR CARGO_BUILD_TARGET CARGO_BUILD_TARGET_DIR
while read -r name; do unset "$name"; done < <(compgen -e | grep -E '^CARGO_(PROFILE_|TARGET_WASM32)' || true)
# The encoded form keeps paths with spaces whole (fields separated by 0x1f).
CARGO_ENCODED_RUSTFLAGS=$(IFS=$'\x1f'; echo "${remaps[*]}")
export CARGO_ENCODED_RUSTFLAGS

rustup target add wasm32-wasip2 >/dev/null 2>&1 || true
rm -rf "$out.new"
mkdir -p "$out.new"
for dir in plugins/*/; do
    dir=${dir%/}
    grep -qx 'kind: export' "$dir/plugin.yaml" 2>/dev/null || continue
    package=$(basename "$dir")
    wasm="${package//-/_}.wasm"
    # One build per plugin, as for the example plugins: the SDK's features differ per plugin.
    "$cargo" build --locked --quiet -p "$package" --target wasm32-wasip2 --profile plugin \
        --target-dir "$target_dir"
    mkdir -p "$out.new/$package"
    cp "$target_dir/wasm32-wasip2/plugin/$wasm" "$out.new/$package/$wasm"
    cp "$dir/plugin.yaml" "$out.new/$package/plugin.yaml"
done
"$rustc" --version > "$out.new/rustc-version.txt"
rm -rf "$out"
mv "$out.new" "$out"
echo "built-in plugins written to $out:"
(cd "$out" && find . -type f | sort | sed 's|^\./|  |')
