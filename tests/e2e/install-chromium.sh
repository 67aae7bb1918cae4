#!/usr/bin/env bash
# The web map's browser tests drive Debian's Chromium through playwright-core (no browser download from the
# internet). Idempotent: installs it only when /usr/bin/chromium is missing.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then exit 0; fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq chromium
