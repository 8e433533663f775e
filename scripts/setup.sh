#!/usr/bin/env bash
# Installs everything dyad needs to build, test and run, from Debian 12 packages.
# Idempotent: when every package is already installed it does nothing (and needs no network).
# Works as root or through sudo.
set -euo pipefail

PACKAGES=(
  build-essential cmake pkg-config git
  zlib1g-dev            # gzip input
  libsimdjson-dev       # JSON Lines parsing
  libgumbo-dev          # HTML parsing
  libutf8proc-dev       # Unicode categories and NFC
  libcli11-dev          # command line
  libsqlite3-dev        # the event store
  iso-codes             # country names for the actor dictionaries
  libgtest-dev libgmock-dev libbenchmark-dev  # tests and benchmarks
  python3               # test helpers and the development-set scorer
)

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "setup: all ${#PACKAGES[@]} packages present"
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null; then SUDO="sudo"; else
    echo "setup: need root or sudo to install: ${missing[*]}" >&2
    exit 1
  fi
fi
echo "setup: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
