#!/usr/bin/env bash
# Assembles the installer folder and tarball from the provisioned server, the EAR and src/dist.
# Usage: assemble.sh <provisioned-server> <ear> <docs-dir> <out-dir> <name> <keycloak-home>
set -euo pipefail
server=$1 ear=$2 docs=$3 out=$4 name=$5 keycloak=$6
here=$(cd "$(dirname "$0")/.." && pwd)
target="$out/$name"
rm -rf "$target" "$out/$name.tar.gz"
mkdir -p "$target"
cp -a "$server" "$target/server"
rm -rf "$target/server/standalone/data" "$target/server/standalone/log" "$target/server/standalone/tmp"
mkdir -p "$target/server/standalone/deployments"
cp "$ear" "$target/server/standalone/deployments/linchpin.ear"
cp -a "$here/dist/." "$target/"
# Extension jars IT adds go to extensions/; the example ships there ('bin/linchpin' loads them all).
mkdir -p "$target/extensions"
cp "$server"/modules/io/linchpin/extensions/main/*.jar "$target/extensions/"
# The Keycloak that 'bin/linchpin demo' starts (production uses the company's own Keycloak).
mkdir -p "$target/keycloak"
( cd "$keycloak" && tar --exclude=./data -cf - . ) | tar -C "$target/keycloak" -xf -
mkdir -p "$target/lib/tools"
cp "$(dirname "$ear")"/tools-lib/*.jar "$target/lib/tools/"
mkdir -p "$target/data" "$target/logs" "$target/docs"
cp -a "$docs/." "$target/docs/"
chmod 755 "$target/bin/"*
tar -C "$out" -czf "$out/$name.tar.gz" "$name"
echo "Installer: $out/$name.tar.gz"
