#!/usr/bin/env bash
# The interop tests (GeoPackage, OGC API – Features, vector tiles) read our answers with GDAL's own drivers:
# Debian's gdal-bin provides ogrinfo. Idempotent: installs it only when ogrinfo is missing.
set -euo pipefail
if command -v ogrinfo >/dev/null; then exit 0; fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq gdal-bin
