#!/usr/bin/env bash
# Seeds demo data into a running backend + Keycloak (idempotent: safe to run again).
#   - Keycloak person user `platform`/`platform` with realm role platform-admin (master admin REST API)
#   - tenants north-star (zh-CN) and blue-river (en) with their managers (platform client_credentials token)
#   - per tenant a dispatcher and two installers (manager password-grant token, POST /api/v1/users) with
#     installer profiles (POST /api/v1/installers), so online booking offers slots
#   - one changed setting for blue-river (GET then PUT /api/v1/settings)
#   - north-star: an outsourcing partner with an agreement and its partner login; connection applications switched on;
#     a customer with a login (ns.13800002001), signed up through the public sign-up with the code from the outbox
# Prints the demo logins table. Environment: API_URL (default http://127.0.0.1:8080), MANAGEMENT_URL (the backend's
# management port for /q/health, default http://127.0.0.1:9000), AFTERCARE_KEYCLOAK_URL.
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "$0")/lib.sh"
# shellcheck source=kc-lib.sh
source "$(dirname "$0")/kc-lib.sh"
need jq

API_URL="${API_URL:-http://127.0.0.1:8080}"
MANAGEMENT_URL="${MANAGEMENT_URL:-http://127.0.0.1:9000}"
DEMO_PASSWORD="${DEMO_PASSWORD:-demo-pass}"
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT

# api METHOD PATH TOKEN [JSON] [EXTRA CURL ARGS...]: sets STATUS and BODY (an empty TOKEN calls without one).
api() {
  local method="$1" path="$2" token="$3" data="${4:-}"
  shift 4 2>/dev/null || shift $#
  local args=(-sS --max-time 30 -o "$TMP/body" -w '%{http_code}' -X "$method" -H 'Accept: application/json')
  [[ -n "$token" ]] && args+=(-H "Authorization: Bearer $token")
  [[ -n "$data" ]] && args+=(-H 'Content-Type: application/json' --data-binary "$data")
  STATUS="$(curl "${args[@]}" "$@" "$API_URL$path")" || STATUS=000
  BODY="$(cat "$TMP/body" 2>/dev/null || true)"
}
fail_api() { die "$1: HTTP $STATUS $BODY"; }

# list_all PATH TOKEN: all items of a paged list endpoint, one JSON document per line.
list_all() {
  local path="$1" token="$2" cursor="" sep
  while :; do
    [[ "$path" == *\?* ]] && sep='&' || sep='?'
    api GET "$path${sep}limit=100${cursor:+&cursor=$(jq -rn --arg c "$cursor" '$c|@uri')}" "$token"
    [[ "$STATUS" == 200 ]] || fail_api "GET $path"
    jq -c '.items[]' <<<"$BODY"
    cursor="$(jq -r '.nextCursor // empty' <<<"$BODY")"
    [[ -n "$cursor" ]] || break
  done
}

DEMO_CUSTOMER_PHONE="138-0000-2001"

# seed_demo_customer SLUG MANAGER_TOKEN: the customer 王芳 on record with a home address and, unless the login exists,
# the customer's account through the public sign-up (code read from the tenant's SMS outbox). Returns non-zero when a
# step fails.
seed_demo_customer() {
  local slug="$1" mtok="$2" digits="${DEMO_CUSTOMER_PHONE//-/}" code
  if [[ "$(list_all /api/v1/customer-accounts "$mtok" | jq -s --arg d "$digits" 'map(select((.login // "") | endswith($d))) | length')" != 0 ]]; then
    return 0
  fi
  api GET "/api/v1/search?q=$digits" "$mtok"
  [[ "$STATUS" == 200 ]] || return 1
  if [[ "$(jq '.customers | length' <<<"$BODY")" == 0 ]]; then
    api POST /api/v1/customers "$mtok" "{\"kind\":\"PERSON\",\"name\":\"王芳\",\"phone\":\"$DEMO_CUSTOMER_PHONE\",
      \"sites\":[{\"label\":\"家\",\"address\":\"河南省郑州市金水区花园路 18 号 3 单元 502\"}]}" -H "Idempotency-Key: seed-demo-customer-$slug"
    [[ "$STATUS" == 201 || "$STATUS" == 200 ]] || return 1
  fi
  api POST "/api/v1/public/$slug/customer-sign-up/codes" "" "{\"phone\":\"$DEMO_CUSTOMER_PHONE\"}"
  [[ "$STATUS" == 202 || "$STATUS" == 200 || "$STATUS" == 204 ]] || return 1
  for _ in 1 2 3 4 5 6 7 8 9 10; do
    api GET "/api/v1/notifications?channel=SMS&audience=CUSTOMER&limit=100" "$mtok"
    code="$(jq -r --arg d "$digits" '[.items[] | select(.template == "SIGN_UP_CODE" and ((.recipient | gsub("[^0-9]"; "")) | endswith($d)))][0].body // ""' <<<"$BODY" \
      | grep -oE '[0-9]{6}' | head -1 || true)"
    [[ -n "$code" ]] && break
    sleep 1
  done
  [[ -n "$code" ]] || return 1
  api POST "/api/v1/public/$slug/customer-sign-up" "" "{\"phone\":\"$DEMO_CUSTOMER_PHONE\",\"code\":\"$code\",\"password\":\"$DEMO_PASSWORD\"}"
  [[ "$STATUS" == 201 || "$STATUS" == 200 ]]
}

http_ok "$MANAGEMENT_URL/q/health/ready" || die "backend not ready at $MANAGEMENT_URL/q/health/ready (make run starts it)"
http_ok "$KEYCLOAK_URL/realms/$KEYCLOAK_REALM/.well-known/openid-configuration" || die "Keycloak realm not served at $KEYCLOAK_URL"

# 1. platform person user
ensure_platform_admin_person || die "could not create the platform-admin person user"

# 2. tenants
platform="$(kc_client_token aftercare-platform "$PLATFORM_CLIENT_SECRET")" || die "no client_credentials token for aftercare-platform"
existing="$(list_all /api/v1/platform/tenants "$platform" | jq -r '.slug')"

# Logins are <tenant's login prefix>.<name>: north-star's prefix is ns, blue-river's blue, so the demo logins are
# ns.manager, blue.manager, ... (usernames below already carry the prefix; the API does not double it).
# slug|login prefix|name|locale|timeZone|currency|manager username|manager first|manager last
TENANTS=(
  "north-star|ns|北极星安装服务|zh-CN|Asia/Shanghai|CNY|ns.manager|Ming|Li"
  "blue-river|blue|Blue River Installations|en|Europe/London|GBP|blue.manager|Emma|Brown"
)
for t in "${TENANTS[@]}"; do
  IFS='|' read -r slug prefix name locale tz currency muser mfirst mlast <<<"$t"
  grep -qx "$slug" <<<"$existing" && continue
  body="$(jq -n --arg slug "$slug" --arg prefix "$prefix" --arg name "$name" --arg locale "$locale" --arg tz "$tz" --arg cur "$currency" \
    --arg u "$muser" --arg f "$mfirst" --arg l "$mlast" --arg p "$DEMO_PASSWORD" \
    '{slug:$slug, loginPrefix:$prefix, name:$name, locale:$locale, timeZone:$tz, currency:$cur,
      manager:{username:$u, email:($u+"@"+$slug+".example.com"), firstName:$f, lastName:$l, password:$p, temporaryPassword:false}}')"
  api POST /api/v1/platform/tenants "$platform" "$body" -H "Idempotency-Key: seed-demo-tenant-$slug"
  [[ "$STATUS" == 201 || "$STATUS" == 409 ]] || fail_api "POST /api/v1/platform/tenants ($slug)"
done

# 3. staff per tenant, 4. one changed setting
# slug|manager|staff (username:role:first:last, comma separated)
STAFF=(
  "north-star|ns.manager|ns.dispatcher:dispatcher:Fang:Wang,ns.installer1:installer:Qiang:Zhang,ns.installer2:installer:Lei:Chen,ns.partner:partner:Jun:Zhao"
  "blue-river|blue.manager|blue.dispatcher:dispatcher:Oliver:Smith,blue.installer1:installer:Jack:Taylor,blue.installer2:installer:Harry:Jones"
)
for s in "${STAFF[@]}"; do
  IFS='|' read -r slug muser staff <<<"$s"
  mtok="$(kc_password_token "$muser" "$DEMO_PASSWORD")" || die "manager $muser cannot log in (password grant, client aftercare-cli)"
  have="$(list_all /api/v1/users "$mtok" | jq -r '.username')"
  IFS=',' read -ra members <<<"$staff"
  for m in "${members[@]}"; do
    IFS=':' read -r u r f l <<<"$m"
    grep -qx "$u" <<<"$have" && continue
    body="$(jq -n --arg u "$u" --arg r "$r" --arg f "$f" --arg l "$l" --arg p "$DEMO_PASSWORD" --arg slug "$slug" \
      '{username:$u, email:($u+"@"+$slug+".example.com"), firstName:$f, lastName:$l, roles:[$r], password:$p, temporaryPassword:false}')"
    api POST /api/v1/users "$mtok" "$body" -H "Idempotency-Key: seed-demo-user-$u"
    [[ "$STATUS" == 201 || "$STATUS" == 409 ]] || fail_api "POST /api/v1/users ($u)"
  done
  # Installer profiles (working hours 08:30–17:30): online booking offers slots from them.
  n=0
  for id in $(list_all /api/v1/users "$mtok" | jq -r 'select(.roles | index("installer")) | .id'); do
    n=$((n + 1))
    body="$(jq -n --arg id "$id" --arg phone "+86 138 0000 00$((10 + n))" \
      '{staffUserId:$id, phone:$phone, skills:["air conditioning"], workingHours:{start:"08:30", end:"17:30"}, baseSalary:"4500"}')"
    api POST /api/v1/installers "$mtok" "$body" -H "Idempotency-Key: seed-demo-installer-$id"
    [[ "$STATUS" == 200 || "$STATUS" == 201 || "$STATUS" == 409 ]] || fail_api "POST /api/v1/installers ($id)"
  done
  # An outsourcing partner with its agreement (fee per unit, quota and deductions from the settings), and its login.
  if [[ "$slug" == north-star ]] \
     && [[ "$(list_all /api/v1/partners "$mtok" | jq -s 'map(select(.name == "郑州安达车载安装有限公司")) | length')" == 0 ]]; then
    body='{"name":"郑州安达车载安装有限公司","contacts":[{"name":"赵军","phone":"13900001111","role":"项目经理"}],
           "bankAccount":{"accountName":"郑州安达车载安装有限公司","bank":"中国工商银行郑州分行","accountNumber":"6222021234567890123"}}'
    api POST /api/v1/partners "$mtok" "$body" -H "Idempotency-Key: seed-demo-partner-$slug"
    [[ "$STATUS" == 200 || "$STATUS" == 201 ]] || fail_api "POST /api/v1/partners ($slug)"
    partner="$(jq -r '.id' <<<"$BODY")"
    year="$(date +%Y)"
    api POST "/api/v1/partners/$partner/agreements" "$mtok" \
      "{\"feePerUnit\":\"50.00\",\"firstDay\":\"$year-01-01\",\"lastDay\":\"$year-12-31\",\"technicalStandard\":\"GPS 车载终端安装规范\"}"
    [[ "$STATUS" == 201 || "$STATUS" == 200 ]] || fail_api "POST agreement ($slug)"
    pid="$(list_all /api/v1/users "$mtok" | jq -r 'select(.username == "ns.partner") | .id')"
    api POST "/api/v1/partners/$partner/staff" "$mtok" "{\"staffUserId\":\"$pid\"}"
    [[ "$STATUS" == 200 || "$STATUS" == 201 || "$STATUS" == 409 ]] || fail_api "POST partner staff ($slug)"
  fi
  # north-star also does power-connection work (报装接电): the module on, with its published fees.
  if [[ "$slug" == north-star ]]; then
    api GET /api/v1/settings "$mtok"
    [[ "$STATUS" == 200 ]] || fail_api "GET /api/v1/settings ($slug)"
    if [[ "$(jq -r '.connection.enabled' <<<"$BODY")" != true ]]; then
      body="$(jq -c '.connection.enabled = true
        | .connection.fees = [{item:"低压居民接电费", amount:"300.00", per:"户"}, {item:"高压供电工程贴费", amount:"180.00", per:"kVA"}]
        | .connection.procedureNote = "营业厅：郑州市金水区花园路 18 号，工作日 9:00–17:00。请携带身份证或营业执照、房产证明。"' <<<"$BODY")"
      api PUT /api/v1/settings "$mtok" "$body"
      [[ "$STATUS" == 200 ]] || fail_api "PUT /api/v1/settings ($slug)"
    fi
  fi
  # north-star's demo customer with a login (signed up as a customer would: the code from the SMS outbox), so the
  # customer's pages (products, requests, connection applications) can be tried.
  if [[ "$slug" == north-star ]]; then
    seed_demo_customer "$slug" "$mtok" || say "warning: the demo customer ns.13800002001 could not be made (HTTP $STATUS); the rest of the demo is unaffected"
  fi
  if [[ "$slug" == blue-river ]]; then
    api GET /api/v1/settings "$mtok"
    [[ "$STATUS" == 200 ]] || fail_api "GET /api/v1/settings ($slug)"
    if [[ "$(jq -r '.dispatch.lateGraceMinutes' <<<"$BODY")" != 10 ]]; then
      body="$(jq -c '.dispatch.lateGraceMinutes = 10 | .phoneDuty.start = "07:30" | .phoneDuty.end = "20:00"' <<<"$BODY")"
      api PUT /api/v1/settings "$mtok" "$body"
      [[ "$STATUS" == 200 ]] || fail_api "PUT /api/v1/settings ($slug)"
    fi
  fi
done

cat <<EOF
Demo logins (realm $KEYCLOAK_REALM; SPA http://localhost:5173):
  tenant       username          password     role
  -            platform          platform     platform-admin
  north-star   ns.manager        $DEMO_PASSWORD    manager      (北极星安装服务, zh-CN; takes connection applications)
  north-star   ns.dispatcher     $DEMO_PASSWORD    dispatcher
  north-star   ns.installer1/2   $DEMO_PASSWORD    installer
  north-star   ns.partner        $DEMO_PASSWORD    partner      (郑州安达车载安装有限公司: partner portal)
  north-star   ns.13800002001    $DEMO_PASSWORD    customer     (王芳: My products, requests, connection applications)
  blue-river   blue.manager      $DEMO_PASSWORD    manager      (Blue River Installations, en; late grace 10 min)
  blue-river   blue.dispatcher   $DEMO_PASSWORD    dispatcher
  blue-river   blue.installer1/2 $DEMO_PASSWORD    installer
EOF
