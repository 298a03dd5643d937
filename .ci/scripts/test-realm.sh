#!/usr/bin/env bash
# shellcheck disable=SC2016  # single-quoted bash -c bodies expand in the child, on purpose
# Smoke test of the realm file against the running local Keycloak (keycloak.sh start first):
# import, client secrets (placeholder defaults), claims `tenant`/`groups` in user and service-account tokens,
# and the admin rights of the backend's service account. Creates one random user and deletes it again.
# Prints one line per check and a closing "realm: N passed, N failed" line; exit 1 on any failure.
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "$0")/lib.sh"
# shellcheck source=kc-lib.sh
source "$(dirname "$0")/kc-lib.sh"
need jq

passed=0 failed=0 cases=""
check() { # check NAME COMMAND...
  local name="$1" xname; shift
  xname="$(sed 's/&/\&amp;/g; s/</\&lt;/g; s/>/\&gt;/g; s/"/\&quot;/g' <<<"$name")"
  if "$@" >/dev/null 2>&1; then
    passed=$((passed + 1)); echo "  ok   $name"
    cases+="  <testcase classname=\"realm\" name=\"$xname\"/>"$'\n'
  else
    failed=$((failed + 1)); echo "  FAIL $name"
    cases+="  <testcase classname=\"realm\" name=\"$xname\"><failure message=\"failed\"/></testcase>"$'\n'
  fi
}
has() { jq -e "$2" <<<"$1"; }

wk="$(curl -fsS --max-time 10 "$KEYCLOAK_URL/realms/$KEYCLOAK_REALM/.well-known/openid-configuration")" \
  || die "realm $KEYCLOAK_REALM not served at $KEYCLOAK_URL (start it with .ci/scripts/keycloak.sh start)"
check "issuer is $KEYCLOAK_URL/realms/$KEYCLOAK_REALM" has "$wk" ".issuer == \"$KEYCLOAK_URL/realms/$KEYCLOAK_REALM\""

master="$(kc_master_token)"
realm="$(curl -fsS -H "Authorization: Bearer $master" "$KC_ADMIN_API")"
check "registration off, brute-force protection on" has "$realm" '.registrationAllowed == false and .bruteForceProtected == true'
check "locales zh-CN and en" has "$realm" '.internationalizationEnabled and (.supportedLocales | sort) == ["en","zh-CN"]'
roles="$(curl -fsS -H "Authorization: Bearer $master" "$KC_ADMIN_API/roles" | jq -c '[.[].name]')"
check "realm roles" has "$roles" 'contains(["platform-admin","manager","dispatcher","installer","partner","customer","integration"])'
clients="$(curl -fsS -H "Authorization: Bearer $master" "$KC_ADMIN_API/clients")"
check "no unresolved \${...} placeholder in clients" bash -c '! grep -q "\${[A-Z_]*:" <<<"$1"' _ "$clients"
check "aftercare-spa public + PKCE S256 + redirect" has "$clients" \
  '.[] | select(.clientId=="aftercare-spa") | .publicClient and .standardFlowEnabled and (.directAccessGrantsEnabled|not)
   and .attributes["pkce.code.challenge.method"]=="S256" and (.redirectUris|index("http://localhost:5173/*"))'

# service account of aftercare-platform: groups claim carries platform-admin
if ptok="$(kc_client_token aftercare-platform "$PLATFORM_CLIENT_SECRET")"; then
  pc="$(jwt_claims "$ptok")"
  check "aftercare-platform token: groups has platform-admin" has "$pc" '.groups | index("platform-admin")'
  check "aftercare-platform token: issuer" has "$pc" ".iss == \"$KEYCLOAK_URL/realms/$KEYCLOAK_REALM\""
else
  check "aftercare-platform client_credentials (secret $PLATFORM_CLIENT_SECRET)" false
fi

# a tenant user created via the admin API: tenant + groups in its password-grant token
tenant="$(cat /proc/sys/kernel/random/uuid)"
uname="realmtest-$(date +%s)-$RANDOM"
code="$(curl -sS -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $master" -H 'Content-Type: application/json' \
  "$KC_ADMIN_API/users" -d "$(jq -n --arg u "$uname" --arg t "$tenant" '{username:$u, enabled:true,
    email:($u+"@example.test"), emailVerified:true, firstName:"Realm", lastName:"Test",
    attributes:{tenant:[$t]}, credentials:[{type:"password", value:"Test-pass-1", temporary:false}]}')")"
check "create user with attribute tenant (HTTP $code)" test "$code" = 201
uid="$(kc_user_id "$master" "$uname")"
cleanup() {
  if [[ -n "${uid:-}" ]]; then curl -fsS -X DELETE -H "Authorization: Bearer $master" "$KC_ADMIN_API/users/$uid" >/dev/null 2>&1 || true; fi
}
trap cleanup EXIT
mrole="$(curl -fsS -H "Authorization: Bearer $master" "$KC_ADMIN_API/roles/manager")"
curl -fsS -H "Authorization: Bearer $master" -H 'Content-Type: application/json' \
  "$KC_ADMIN_API/users/$uid/role-mappings/realm" -d "[$mrole]" >/dev/null
user="$(curl -fsS -H "Authorization: Bearer $master" "$KC_ADMIN_API/users/$uid")"
check "attribute tenant kept by the user profile" has "$user" ".attributes.tenant == [\"$tenant\"]"
if utok="$(kc_password_token "$uname" Test-pass-1 aftercare-cli)"; then
  uc="$(jwt_claims "$utok")"
  check "user token: tenant claim" has "$uc" ".tenant == \"$tenant\""
  check "user token: groups has manager" has "$uc" '.groups | index("manager")'
  check "user token: preferred_username, email, name, sub" has "$uc" \
    ".preferred_username == \"$uname\" and .email == \"$uname@example.test\" and .name == \"Realm Test\" and (.sub|length) > 0"
else
  check "password grant via aftercare-cli" false
fi

# backend service account: the admin calls the backend makes
if btok="$(kc_client_token aftercare-backend "$BACKEND_CLIENT_SECRET")"; then
  auth=(-H "Authorization: Bearer $btok")
  check "backend: list users" curl -fsS "${auth[@]}" "$KC_ADMIN_API/users?max=5"
  check "backend: search user by username" bash -c '[[ "$(curl -fsS "$@" | jq length)" == 1 ]]' _ "${auth[@]}" \
    "$KC_ADMIN_API/users?exact=true&username=$uname"
  check "backend: read realm role" curl -fsS "${auth[@]}" "$KC_ADMIN_API/roles/dispatcher"
  drole="$(curl -fsS "${auth[@]}" "$KC_ADMIN_API/roles/dispatcher" || echo '{}')"
  check "backend: map realm role to user" curl -fsS "${auth[@]}" -H 'Content-Type: application/json' \
    "$KC_ADMIN_API/users/$uid/role-mappings/realm" -d "[$drole]"
  check "backend: update user attributes" curl -fsS -X PUT "${auth[@]}" -H 'Content-Type: application/json' \
    "$KC_ADMIN_API/users/$uid" -d "$(jq -c '.firstName="Changed"' <<<"$user")"
  check "backend: list users holding a role" curl -fsS "${auth[@]}" "$KC_ADMIN_API/roles/manager/users?max=5"
  ncode="$(curl -sS -o /dev/null -w '%{http_code}' "${auth[@]}" -H 'Content-Type: application/json' "$KC_ADMIN_API/users" \
    -d "$(jq -n --arg u "$uname-b" '{username:$u, enabled:true}')")"
  check "backend: create user (HTTP $ncode)" test "$ncode" = 201
  bid="$(kc_user_id "$btok" "$uname-b")"
  check "backend: delete user" curl -fsS -X DELETE "${auth[@]}" "$KC_ADMIN_API/users/$bid"
else
  check "aftercare-backend client_credentials (secret $BACKEND_CLIENT_SECRET)" false
fi

mkdir -p "$LOCAL_DIR/reports"
printf '<?xml version="1.0" encoding="UTF-8"?>\n<testsuite name="realm" tests="%d" failures="%d" errors="0" skipped="0">\n%s</testsuite>\n' \
  $((passed + failed)) "$failed" "$cases" >"$LOCAL_DIR/reports/TEST-realm.xml"
echo "realm: $passed passed, $failed failed"
[[ $failed == 0 ]]
