#!/usr/bin/env bash
# Installs the outside tools the test suite needs, and nothing that is already there:
#   - the wasm32-wasip2 Rust target (rustup), for the example and test plugins;
#   - GNU gettext (msgfmt, msgmerge) and Chromium, with apt-get (as root, else through `sudo -n`;
#     `apt-get update` first when a package is not found);
#   - LibreOffice (soffice, Debian package libreoffice-calc-nogui) with apt-get, to re-save an
#     edited workbook headless as a user's office suite does;
#   - translate-toolkit 3.20.4 from PyPI, for Python 3 (pip; then --user; then also
#     --break-system-packages for a system Python that refuses, PEP 668);
#   - axe-core and playwright-core from npm, at the versions pinned in tests/browser/package-lock.json,
#     into tests/browser/node_modules (`npm ci --ignore-scripts`; Node.js 20 or later, with npm, is
#     installed with apt-get when missing). The browser checks drive the Chromium above; no browser
#     is downloaded.
# Running it again changes nothing. It exits non-zero, naming what is missing, when something
# cannot be installed. The tests never install anything; they fail and name this script.
set -uo pipefail
cd "$(dirname "$0")/.."

TRANSLATE_TOOLKIT="translate-toolkit==3.20.4"
BROWSERS=(chromium chromium-browser google-chrome)
failed=()

say() { printf 'install-test-tools: %s\n' "$*" >&2; }
have() { command -v "$1" >/dev/null 2>&1; }

# Runs a command as root: directly when we are root, else through sudo without a password prompt.
as_root() {
    if [ "$(id -u)" = 0 ]; then
        "$@"
    elif have sudo; then
        sudo -n "$@"
    else
        return 1
    fi
}

apt_updated=false
apt_install() {
    if ! have apt-get; then
        say "apt-get is not available; install $* with your system's package manager"
        return 1
    fi
    if [ "$(id -u)" != 0 ] && ! { have sudo && sudo -n true 2>/dev/null; }; then
        say "installing $* needs root: run this script as root or with password-less sudo"
        return 1
    fi
    say "apt-get install -y $*"
    if as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$@"; then
        return 0
    fi
    if [ "$apt_updated" = false ]; then
        say "apt-get update (a package was not found)"
        as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q || return 1
        apt_updated=true
        as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$@"
    else
        return 1
    fi
}

# 1. The plugins' Rust target.
if ! have rustup; then
    failed+=("rustup (install Rust with rustup, https://rustup.rs; the plugins need the wasm32-wasip2 target)")
elif ! rustup target list --installed 2>/dev/null | grep -qx 'wasm32-wasip2'; then
    say "rustup target add wasm32-wasip2"
    rustup target add wasm32-wasip2 || failed+=("the Rust target wasm32-wasip2 (rustup target add wasm32-wasip2)")
fi

# 2. GNU gettext.
if ! { have msgfmt && have msgmerge; }; then
    apt_install gettext || true
    { have msgfmt && have msgmerge; } || failed+=("GNU gettext: msgfmt and msgmerge (Debian package gettext)")
fi

# 3. Chromium.
browser() { for b in "${BROWSERS[@]}"; do have "$b" && return 0; done; return 1; }
if ! browser; then
    apt_install chromium || true
    browser || failed+=("Chromium: one of ${BROWSERS[*]} on PATH (Debian package chromium)")
fi

# 4. LibreOffice (headless), to re-save an edited workbook as a user's office suite does.
if ! have soffice; then
    apt_install libreoffice-calc-nogui || apt_install libreoffice-calc || true
    have soffice || failed+=("LibreOffice: soffice on PATH (Debian package libreoffice-calc-nogui)")
fi

# 5. translate-toolkit, for the Python the tests run (python3, else python).
python=python3
have python3 || python=python
toolkit() { "$python" -c 'import translate.storage.xliff2' >/dev/null 2>&1; }
if ! toolkit; then
    if ! have "$python"; then
        apt_install python3 python3-pip || true
        python=python3
    elif ! "$python" -m pip --version >/dev/null 2>&1; then
        apt_install python3-pip || true
    fi
    if have "$python" && "$python" -m pip --version >/dev/null 2>&1; then
        for extra in "" "--user" "--user --break-system-packages"; do
            say "$python -m pip install $TRANSLATE_TOOLKIT $extra"
            # shellcheck disable=SC2086 # $extra is zero or more options
            "$python" -m pip install --quiet "$TRANSLATE_TOOLKIT" $extra && toolkit && break
        done
    fi
    toolkit || failed+=("translate-toolkit 3.20.4 for $python ($python -m pip install $TRANSLATE_TOOLKIT; needs Python 3 with pip)")
fi

# 6. The browser checks' npm packages, exactly as locked.
browser_checks=tests/browser
node_major() { node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }
# Whether every package in the lock file is installed at its locked version.
npm_installed() {
    (cd "$browser_checks" && node -e '
        const fs = require("fs");
        const lock = JSON.parse(fs.readFileSync("package-lock.json", "utf8"));
        for (const [path, entry] of Object.entries(lock.packages)) {
            if (!path) continue;
            let installed;
            try { installed = JSON.parse(fs.readFileSync(path + "/package.json", "utf8")).version; } catch { process.exit(1); }
            if (installed !== entry.version) process.exit(1);
        }' 2>/dev/null)
}
if ! { have node && have npm; }; then
    apt_install nodejs npm || true
fi
if ! { have node && have npm; }; then
    failed+=("Node.js 20 or later with npm (Debian packages nodejs and npm, or https://nodejs.org)")
elif [ "$(node_major)" -lt 20 ]; then
    failed+=("Node.js 20 or later (found $(node --version)); playwright-core needs it")
elif ! npm_installed; then
    say "npm ci in $browser_checks (axe-core, playwright-core)"
    (cd "$browser_checks" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error) && npm_installed \
        || failed+=("the npm packages of $browser_checks (cd $browser_checks && npm ci)")
fi

if [ ${#failed[@]} -gt 0 ]; then
    say "could not install what the tests need:"
    for what in "${failed[@]}"; do say "  - $what"; done
    say "install these and rerun, or run the tests without them: cargo test --workspace -- --skip with_tools"
    exit 1
fi
say "every tool the tests need is installed"
