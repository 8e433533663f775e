#!/usr/bin/env bash
# Sets up, builds and runs every test twice: an optimised build with warnings as errors,
# then a build under AddressSanitizer + UndefinedBehaviorSanitizer.
# Tests that need ../shared skip with a message when it is absent.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh

echo "== release build (-Werror) =="
BUILD_DIR=build scripts/build.sh -DDYAD_WERROR=ON
ctest --test-dir build --output-on-failure -j "$(nproc)"

echo "== sanitizer build (ASan + UBSan) =="
BUILD_DIR=build-asan BUILD_TYPE=Debug scripts/build.sh -DDYAD_WERROR=ON -DDYAD_SANITIZE=ON \
  -DDYAD_BUILD_BENCHMARKS=OFF
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  ctest --test-dir build-asan --output-on-failure -j "$(nproc)"
