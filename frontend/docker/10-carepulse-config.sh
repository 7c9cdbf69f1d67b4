#!/bin/sh
# Runs from the nginx image's /docker-entrypoint.d before nginx starts: writes the SPA's
# runtime configuration, so one image serves any environment.
set -eu

: "${OIDC_ISSUER_URI:=http://localhost:9000}"
: "${OIDC_CLIENT_ID:=carepulse-spa}"

json_escape() {
  printf '%s' "$1" | sed -e 's/\\/\\\\/g' -e 's/"/\\"/g'
}

printf '{"oidcIssuer":"%s","oidcClientId":"%s"}\n' \
  "$(json_escape "$OIDC_ISSUER_URI")" "$(json_escape "$OIDC_CLIENT_ID")" \
  > /usr/share/nginx/html/config.json
