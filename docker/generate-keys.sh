#!/bin/sh
# Creates Samtale's secrets in DIR, each only if it is missing: the RSA key pair that signs and
# verifies JWTs, and the key that HMACs booking and receipt codes. Existing files are never
# replaced: a new JWT key signs everyone out, and a new HMAC key makes every stored code unfindable.
#
# Usage: generate-keys.sh DIR
#   KEYS_OWNER=uid:gid  also hands the files to that user (needs root), e.g. the app's 10001:10001.
set -eu

dir="${1:?usage: generate-keys.sh DIR}"
umask 077
mkdir -p "$dir"
cd "$dir"

# Each file is written under a temporary name and renamed, so an interrupted run never leaves a
# truncated key that a later run would take for a good one.
if [ ! -s jwt-signing-key.pem ]; then
  # genpkey writes PKCS#8 ("BEGIN PRIVATE KEY"), the form the app reads.
  openssl genpkey -quiet -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out jwt-signing-key.pem.tmp
  mv jwt-signing-key.pem.tmp jwt-signing-key.pem
  rm -f jwt-verify-key.pem
  echo "created jwt-signing-key.pem"
fi
if [ ! -s jwt-verify-key.pem ]; then
  openssl pkey -in jwt-signing-key.pem -pubout -out jwt-verify-key.pem.tmp
  mv jwt-verify-key.pem.tmp jwt-verify-key.pem
  echo "created jwt-verify-key.pem"
fi
if [ ! -s codes-hmac.key ]; then
  # 32 random bytes, base64, without a trailing newline (a strict base64 decoder rejects one).
  openssl rand -base64 32 | tr -d '\n' > codes-hmac.key.tmp
  mv codes-hmac.key.tmp codes-hmac.key
  echo "created codes-hmac.key"
fi

if [ -n "${KEYS_OWNER:-}" ]; then
  chown "$KEYS_OWNER" . jwt-signing-key.pem jwt-verify-key.pem codes-hmac.key
  chmod 0755 .
fi
chmod 0400 jwt-signing-key.pem codes-hmac.key
chmod 0444 jwt-verify-key.pem
