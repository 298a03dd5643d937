{{/*
Chart name, truncated to 63 characters (DNS label limit).
*/}}
{{- define "aftercare.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/*
Fully qualified app name. Truncated to 52 characters so that suffixes such as "-keycloak-realm"
still fit into 63.
*/}}
{{- define "aftercare.fullname" -}}
{{- if .Values.fullnameOverride }}
{{- .Values.fullnameOverride | trunc 52 | trimSuffix "-" }}
{{- else }}
{{- $name := default .Chart.Name .Values.nameOverride }}
{{- if contains $name .Release.Name }}
{{- .Release.Name | trunc 52 | trimSuffix "-" }}
{{- else }}
{{- printf "%s-%s" .Release.Name $name | trunc 52 | trimSuffix "-" }}
{{- end }}
{{- end }}
{{- end }}

{{/*
Chart label value: name-version.
*/}}
{{- define "aftercare.chart" -}}
{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/*
Standard labels shared by every object.
*/}}
{{- define "aftercare.labels" -}}
helm.sh/chart: {{ include "aftercare.chart" . }}
app.kubernetes.io/name: {{ include "aftercare.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
app.kubernetes.io/part-of: aftercare
{{- with .Values.commonLabels }}
{{ toYaml . }}
{{- end }}
{{- end }}

{{/*
Selector labels of the whole release (no component).
*/}}
{{- define "aftercare.selectorLabels" -}}
app.kubernetes.io/name: {{ include "aftercare.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end }}

{{/*
Labels of a component. Call with (dict "ctx" $ "component" "backend").
*/}}
{{- define "aftercare.componentLabels" -}}
{{ include "aftercare.labels" .ctx }}
app.kubernetes.io/component: {{ .component }}
{{- end }}

{{/*
Selector labels of a component. Call with (dict "ctx" $ "component" "backend").
These are immutable on a Deployment: never add chart version or user labels here.
*/}}
{{- define "aftercare.componentSelectorLabels" -}}
{{ include "aftercare.selectorLabels" .ctx }}
app.kubernetes.io/component: {{ .component }}
{{- end }}

{{- define "aftercare.backend.fullname" -}}
{{- printf "%s-backend" (include "aftercare.fullname" .) }}
{{- end }}

{{- define "aftercare.frontend.fullname" -}}
{{- printf "%s-frontend" (include "aftercare.fullname" .) }}
{{- end }}

{{/*
ServiceAccount name.
*/}}
{{- define "aftercare.serviceAccountName" -}}
{{- if .Values.serviceAccount.create }}
{{- default (include "aftercare.fullname" .) .Values.serviceAccount.name }}
{{- else }}
{{- default "default" .Values.serviceAccount.name }}
{{- end }}
{{- end }}

{{/*
Container image reference. Call with (dict "image" .Values.backend.image "ctx" $).
A digest wins over a tag; the tag defaults to the chart appVersion.
*/}}
{{- define "aftercare.image" -}}
{{- if .image.digest }}
{{- printf "%s@%s" .image.repository .image.digest }}
{{- else }}
{{- printf "%s:%s" .image.repository (default .ctx.Chart.AppVersion .image.tag | toString) }}
{{- end }}
{{- end }}

{{/*
Secret names and whether the chart creates them.
*/}}
{{- define "aftercare.database.secretName" -}}
{{- default (printf "%s-database" (include "aftercare.fullname" .)) .Values.database.existingSecret }}
{{- end }}

{{- define "aftercare.keycloak.secretName" -}}
{{- default (printf "%s-keycloak" (include "aftercare.fullname" .)) .Values.keycloak.existingSecret }}
{{- end }}

{{- define "aftercare.smsGateway.secretName" -}}
{{- default (printf "%s-sms-gateway" (include "aftercare.fullname" .)) .Values.backend.notifications.smsGateway.existingSecret }}
{{- end }}

{{- define "aftercare.mailer.secretName" -}}
{{- default (printf "%s-mailer" (include "aftercare.fullname" .)) .Values.backend.notifications.mailer.existingSecret }}
{{- end }}

{{/*
Notification settings that cannot work: fail the release instead of a backend that cannot send.
*/}}
{{- define "aftercare.notifications.validate" -}}
{{- $notifications := .Values.backend.notifications }}
{{- if and (eq $notifications.sms "http") (not $notifications.smsGateway.url) }}
{{- fail "backend.notifications.sms is \"http\" but backend.notifications.smsGateway.url is empty: set the gateway's send endpoint, or sms to \"log\"" }}
{{- end }}
{{- if and (eq $notifications.email "mailer") (not $notifications.mailer.host) }}
{{- fail "backend.notifications.email is \"mailer\" but backend.notifications.mailer.host is empty: set the SMTP server, or email to \"log\"" }}
{{- end }}
{{- end }}

{{/*
The backend's config/application.properties (Quarkus reads it from its working directory, /deployments): settings whose
keys cannot be told apart as environment variables, such as the SMS template ids keyed by message kind. Empty when there
are none; the ConfigMap and its mount exist only when it is not.
*/}}
{{- define "aftercare.backend.applicationProperties" -}}
{{- $lines := list }}
{{- range $kind, $id := .Values.backend.notifications.smsGateway.templateIds }}
{{- $lines = append $lines (printf "aftercare.notifications.sms-gateway.template-ids.%s=%s" $kind (toString $id)) }}
{{- end }}
{{- join "\n" $lines }}
{{- end }}

{{/*
Database JDBC URLs.
*/}}
{{- define "aftercare.database.jdbcUrl" -}}
{{- if .Values.database.jdbcUrl }}
{{- .Values.database.jdbcUrl }}
{{- else }}
{{- $url := printf "jdbc:postgresql://%s:%d/%s" .Values.database.host (int .Values.database.port) .Values.database.name }}
{{- if .Values.database.jdbcParameters }}
{{- printf "%s?%s" $url .Values.database.jdbcParameters }}
{{- else }}
{{- $url }}
{{- end }}
{{- end }}
{{- end }}

{{- define "aftercare.database.flywayJdbcUrl" -}}
{{- default (include "aftercare.database.jdbcUrl" .) .Values.database.flywayJdbcUrl }}
{{- end }}

{{/*
Keycloak URLs. Internal = what the backend reaches; public = what browsers reach and what Keycloak
writes into the token "iss" claim.
*/}}
{{- define "aftercare.keycloak.internalUrl" -}}
{{- .Values.keycloak.url | trimSuffix "/" }}
{{- end }}

{{- define "aftercare.keycloak.publicUrl" -}}
{{- default .Values.keycloak.url .Values.keycloak.publicUrl | trimSuffix "/" }}
{{- end }}

{{- define "aftercare.keycloak.issuer" -}}
{{- default (printf "%s/realms/%s" (include "aftercare.keycloak.publicUrl" .) .Values.keycloak.realm) .Values.keycloak.issuer }}
{{- end }}

{{- define "aftercare.keycloak.jwksUrl" -}}
{{- default (printf "%s/realms/%s/protocol/openid-connect/certs" (include "aftercare.keycloak.internalUrl" .) .Values.keycloak.realm) .Values.keycloak.jwksUrl }}
{{- end }}

{{/*
Address nginx proxies /api to: the backend Service's cluster DNS name.
*/}}
{{- define "aftercare.backend.serviceUrl" -}}
{{- printf "http://%s.%s.svc.%s:%d" (include "aftercare.backend.fullname" .) .Release.Namespace .Values.clusterDomain (int .Values.backend.service.port) }}
{{- end }}

{{/*
Realm file shipped with the chart (may be absent while the chart is developed).
*/}}
{{- define "aftercare.keycloak.realmJson" -}}
{{- .Files.Get "files/realm-aftercare.json" }}
{{- end }}

{{/*
HTTP probe. Call with (dict "probe" .Values.backend.probes.liveness).
*/}}
{{- define "aftercare.httpProbe" -}}
httpGet:
  path: {{ .probe.path }}
  port: {{ .port | default "http" }}
initialDelaySeconds: {{ .probe.initialDelaySeconds }}
periodSeconds: {{ .probe.periodSeconds }}
timeoutSeconds: {{ .probe.timeoutSeconds }}
failureThreshold: {{ .probe.failureThreshold }}
{{- end }}

{{/*
PodDisruptionBudget spec body. Call with (dict "pdb" .Values.backend.podDisruptionBudget).
maxUnavailable wins when set; otherwise minAvailable.
*/}}
{{- define "aftercare.pdbBudget" -}}
{{- if not (eq (toString .pdb.maxUnavailable) "") }}
maxUnavailable: {{ .pdb.maxUnavailable }}
{{- else }}
minAvailable: {{ .pdb.minAvailable }}
{{- end }}
{{- end }}

{{/*
Content-Security-Policy of the SPA: its own origin, plus Keycloak's public URL for the token and userinfo calls, and the
map tile server's origin for images when frontend.config.mapTileUrl is set.
AntD writes its styles at runtime (CSS-in-JS), hence 'unsafe-inline' for styles only; scripts are 'self' only.
frontend.nginx.contentSecurityPolicy replaces the whole policy when set.
*/}}
{{- define "aftercare.frontend.csp" -}}
{{- if .Values.frontend.nginx.contentSecurityPolicy -}}
{{- .Values.frontend.nginx.contentSecurityPolicy -}}
{{- else -}}
{{- $connect := list "'self'" (include "aftercare.keycloak.publicUrl" .) -}}
{{- with .Values.frontend.config.apiBaseUrl }}{{- $connect = append $connect (trimSuffix "/" .) -}}{{- end -}}
{{- $img := list "'self'" "data:" "blob:" -}}
{{- with .Values.frontend.config.mapTileUrl -}}
{{- $tiles := urlParse (replace "{s}." "s." .) -}}
{{- $host := ternary (printf "*.%s" (trimPrefix "s." $tiles.host)) $tiles.host (contains "{s}." .) -}}
{{- $img = append $img (printf "%s://%s" $tiles.scheme $host) -}}
{{- end -}}
default-src 'self'; connect-src {{ join " " (uniq $connect) }}; img-src {{ join " " $img }}; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'
{{- end -}}
{{- end }}

{{/*
Security headers nginx adds to the SPA's own answers (not to /api, whose answers the backend already marks).
Repeated in each location because an add_header in a location drops the server's. Call with the root context.
*/}}
{{- define "aftercare.frontend.securityHeaders" -}}
add_header Content-Security-Policy "{{ include "aftercare.frontend.csp" . }}" always;
add_header X-Content-Type-Options "nosniff" always;
add_header X-Frame-Options "DENY" always;
add_header Referrer-Policy "{{ .Values.frontend.nginx.referrerPolicy }}" always;
{{- end }}
