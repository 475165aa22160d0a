#!/bin/sh
# Starts Samtale. The app reads the codes HMAC key from SAMTALE_CODES_HMAC_KEY, but Compose can only
# hand it over as a file on a volume, so read it from SAMTALE_CODES_HMAC_KEY_FILE when the variable
# itself is not set. On Kubernetes the variable comes from a Secret and the file is not used.
set -eu

hmac_key_file="${SAMTALE_CODES_HMAC_KEY_FILE:-/keys/codes-hmac.key}"
if [ -z "${SAMTALE_CODES_HMAC_KEY:-}" ] && [ -r "$hmac_key_file" ]; then
  SAMTALE_CODES_HMAC_KEY="$(cat "$hmac_key_file")"
  export SAMTALE_CODES_HMAC_KEY
fi

# The option variables hold several space-separated options, so they are split on purpose.
# shellcheck disable=SC2086
exec java ${JAVA_OPTS:-} ${JAVA_OPTS_APPEND:-} -jar /deployments/quarkus-run.jar "$@"
