#!/bin/sh
# Installs the Debian packages the library jobs use (tests/libraries/debian-packages.txt) with
# apt-get; needs root. Packages already installed are left as they are.
set -eu
cd "$(dirname "$0")"
pkgs=$(grep -v '^#' debian-packages.txt | tr '\n' ' ')
missing=""
for p in $pkgs; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && { echo "library packages: all installed"; exit 0; }
echo "library packages: installing$missing"
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing
