# shellcheck shell=bash
# shellcheck disable=SC2034  # variables are used by the scripts that source this file
# Keycloak REST helpers (source after lib.sh). Needs curl and jq.

KC_ADMIN_USER="${KC_BOOTSTRAP_ADMIN_USERNAME:-admin}"
KC_ADMIN_PASSWORD="${KC_BOOTSTRAP_ADMIN_PASSWORD:-admin}"
PLATFORM_CLIENT_SECRET="${AFTERCARE_PLATFORM_CLIENT_SECRET:-dev-platform-secret}"
BACKEND_CLIENT_SECRET="${AFTERCARE_BACKEND_CLIENT_SECRET:-dev-backend-secret}"
KC_TOKEN_URL="$KEYCLOAK_URL/realms/$KEYCLOAK_REALM/protocol/openid-connect/token"
KC_ADMIN_API="$KEYCLOAK_URL/admin/realms/$KEYCLOAK_REALM"

# token_from RESPONSE_JSON: prints access_token or fails with the error.
_token_from() {
  local body="$1" t
  t="$(jq -r '.access_token // empty' <<<"$body" 2>/dev/null || true)"
  [[ -n "$t" ]] || { say "token request failed: $body"; return 1; }
  echo "$t"
}

# kc_master_token: admin token of the master realm (bootstrap admin).
kc_master_token() {
  _token_from "$(curl -sS --max-time 20 "$KEYCLOAK_URL/realms/master/protocol/openid-connect/token" \
    -d grant_type=password -d client_id=admin-cli \
    --data-urlencode "username=$KC_ADMIN_USER" --data-urlencode "password=$KC_ADMIN_PASSWORD")"
}

# kc_client_token CLIENT_ID SECRET: client_credentials token in realm aftercare.
kc_client_token() {
  _token_from "$(curl -sS --max-time 20 "$KC_TOKEN_URL" -d grant_type=client_credentials \
    --data-urlencode "client_id=$1" --data-urlencode "client_secret=$2")"
}

# kc_password_token USERNAME PASSWORD [CLIENT_ID]: password-grant token (default client aftercare-cli).
kc_password_token() {
  _token_from "$(curl -sS --max-time 20 "$KC_TOKEN_URL" -d grant_type=password \
    --data-urlencode "client_id=${3:-aftercare-cli}" -d scope=openid \
    --data-urlencode "username=$1" --data-urlencode "password=$2")"
}

# jwt_claims TOKEN: the decoded payload of a JWT as JSON.
jwt_claims() {
  local p
  p="$(cut -d. -f2 <<<"$1" | tr '_-' '/+')"
  case $((${#p} % 4)) in 2) p="$p==" ;; 3) p="$p=" ;; esac
  base64 -d <<<"$p"
}

# kc_user_id TOKEN USERNAME: id of USERNAME in realm aftercare, or empty.
kc_user_id() {
  curl -fsS --max-time 20 -H "Authorization: Bearer $1" \
    "$KC_ADMIN_API/users?exact=true&username=$(jq -rn --arg u "$2" '$u|@uri')" | jq -r '.[0].id // empty'
}

# ensure_platform_admin_person: the person user platform/platform with realm role platform-admin (idempotent).
# The demo seed and the end-to-end tests log in as this person.
ensure_platform_admin_person() {
  local master id code role tmp
  master="$(kc_master_token)" || { say "cannot log in to Keycloak master realm as $KC_ADMIN_USER"; return 1; }
  id="$(kc_user_id "$master" platform)"
  if [[ -z "$id" ]]; then
    tmp="$(mktemp)"
    code="$(curl -sS -o "$tmp" -w '%{http_code}' -H "Authorization: Bearer $master" -H 'Content-Type: application/json' \
      "$KC_ADMIN_API/users" -d '{"username":"platform","enabled":true,"email":"platform@aftercare.example.com",
        "emailVerified":true,"firstName":"Platform","lastName":"Admin",
        "credentials":[{"type":"password","value":"platform","temporary":false}]}')"
    [[ "$code" == 201 || "$code" == 409 ]] || { say "creating Keycloak user platform: HTTP $code $(cat "$tmp")"; rm -f "$tmp"; return 1; }
    rm -f "$tmp"
    id="$(kc_user_id "$master" platform)"
  fi
  role="$(curl -fsS -H "Authorization: Bearer $master" "$KC_ADMIN_API/roles/platform-admin")" || return 1
  curl -fsS -H "Authorization: Bearer $master" -H 'Content-Type: application/json' \
    "$KC_ADMIN_API/users/$id/role-mappings/realm" -d "[$role]" >/dev/null
}
