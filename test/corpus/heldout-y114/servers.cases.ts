// Server, proxy, agent and daemon configs sent whole: nginx, Apache, HAProxy, Envoy, Caddy,
// Traefik, Prometheus/Alertmanager/Promtail, OTel collector, Fluent Bit, Vector, Telegraf,
// grafana.ini, redis.conf, pgbouncer, WireGuard, OpenVPN, ipsec, Postfix, msmtp, keepalived,
// Consul, Vault, GitLab Runner, Buildkite, Datadog/New Relic agents, Kafka, Kibana, fstab, wpa.
import type { CorpusCase } from "../types.ts";
import { type Gen, type Spec, b64e, fromSpecs, j } from "./_gen.ts";

const oai = (g: Gen) => j("sk-", "proj-") + g.b64u(74) + j("T3Blbk", "FJ") + g.b64u(74);
const glc = (g: Gen) => j("gl", "c_") + b64e(JSON.stringify({ o: g.dig(6), n: "stack-" + g.dig(6) + "-integration-alloy", k: g.an(24), m: { r: "prod-eu-west-2" } }));

const specs: Spec[] = [
  { group: "ai", provider: "OpenAI project key", slot: "proxy_set_header Authorization Bearer", build: (g) => ({ path: "/etc/nginx/conf.d/llm-proxy.conf", lang: "nginx", kind: "nginx server block", content:
`upstream llm_upstream {
    server api.llm.example.com:443;
    keepalive 16;
}
server {
    listen 8443 ssl;
    server_name llm-gw.internal.example.com;
    ssl_certificate     /etc/ssl/certs/llm-gw.pem;
    ssl_certificate_key /etc/ssl/private/llm-gw.key;
    location /v1/ {
        proxy_pass https://llm_upstream;
        proxy_set_header Host api.llm.example.com;
        proxy_set_header Authorization "Bearer ${oai(g)}";
        proxy_ssl_server_name on;
    }
}
` }) },
  { group: "auth", provider: "upstream basic auth (base64 user:password)", slot: "proxy_set_header Authorization Basic", build: (g) => ({ path: "/etc/nginx/sites-available/registry-mirror", lang: "nginx", kind: "nginx site config", content:
`server {
    listen 80;
    server_name mirror.example.net;
    client_max_body_size 0;
    location / {
        proxy_pass https://artifacts.example.com/artifactory/docker-remote/;
        proxy_set_header Authorization "Basic ${b64e("mirror-pull:" + g.pw(20))}";
        proxy_buffering off;
    }
}
` }) },
  { group: "auth", provider: "static API key compared in nginx", slot: "if ($http_x_api_key != ...)", build: (g) => ({ path: "nginx/internal-api.conf", lang: "nginx", kind: "nginx location config", content:
`location /internal/ {
    if ($http_x_api_key != "${g.an(40)}") {
        return 401;
    }
    proxy_pass http://127.0.0.1:9000;
    add_header X-Request-ID $request_id;
}
` }) },
  { group: "saas", provider: "Zendesk API token", slot: "RequestHeader set Authorization Basic (email/token)", build: (g) => ({ path: "/etc/apache2/sites-available/support-proxy.conf", lang: "apache", kind: "Apache vhost", content:
`<VirtualHost *:443>
    ServerName support-proxy.example.com
    SSLEngine on
    SSLCertificateFile /etc/letsencrypt/live/support-proxy.example.com/fullchain.pem
    SSLCertificateKeyFile /etc/letsencrypt/live/support-proxy.example.com/privkey.pem
    SSLProxyEngine on
    ProxyPass        /api/ https://acme.zendesk.example.com/api/v2/
    ProxyPassReverse /api/ https://acme.zendesk.example.com/api/v2/
    RequestHeader set Authorization "Basic ${b64e("support-bot@example.com/token:" + g.an(40))}"
</VirtualHost>
` }) },
  { group: "data", provider: "database password via Apache SetEnv", slot: "SetEnv DB_PASSWORD", build: (g) => ({ path: ".htaccess", lang: "apache", kind: "Apache .htaccess", content:
`RewriteEngine On
RewriteCond %{REQUEST_FILENAME} !-f
RewriteRule ^ index.php [QSA,L]
SetEnv DB_HOST mysql.example.net
SetEnv DB_USER shop
SetEnv DB_PASSWORD ${g.pw(18)}
` }) },
  { group: "auth", provider: "HAProxy userlist insecure-password", slot: "user admin insecure-password", build: (g) => ({ path: "/etc/haproxy/haproxy.cfg", lang: "haproxy", kind: "haproxy.cfg", content:
`global
    log /dev/log local0
    maxconn 4096
defaults
    mode http
    timeout connect 5s
    timeout client 30s
    timeout server 30s
userlist ops_users
    user admin insecure-password ${g.pw(18)}
frontend stats
    bind *:8404
    http-request auth unless { http_auth(ops_users) }
    stats enable
    stats uri /stats
backend app
    server app1 10.0.1.11:8080 check
` }) },
  { group: "saas", provider: "Algolia admin key injected by HAProxy", slot: "http-request set-header X-Algolia-API-Key", build: (g) => ({ path: "haproxy.cfg", lang: "haproxy", kind: "haproxy.cfg", content:
`frontend search_in
    bind :8080
    default_backend algolia
backend algolia
    http-request set-header X-Algolia-Application-Id ${g.uan(10)}
    http-request set-header X-Algolia-API-Key ${g.hex(32)}
    server dsn ${g.uan(10).toLowerCase()}-dsn.algolia.example.net:443 ssl verify none
` }) },
  { group: "keys", provider: "TLS private key inline in Envoy", slot: "tls_certificates.private_key.inline_string", build: (g) => ({ path: "envoy.yaml", lang: "yaml", kind: "Envoy bootstrap config", content:
`static_resources:
  listeners:
  - name: https
    address:
      socket_address: { address: 0.0.0.0, port_value: 8443 }
    filter_chains:
    - transport_socket:
        name: envoy.transport_sockets.tls
        typed_config:
          "@type": type.googleapis.com/envoy.extensions.transport_sockets.tls.v3.DownstreamTlsContext
          common_tls_context:
            tls_certificates:
            - certificate_chain:
                inline_string: |
${g.cert().split("\n").map((l) => "                  " + l).join("\n")}
              private_key:
                inline_string: |
${g.rsaKey().split("\n").map((l) => "                  " + l).join("\n")}
` }) },
  { group: "observability", provider: "Honeycomb API key in Envoy", slot: "request_headers_to_add x-honeycomb-team", build: (g) => ({ path: "envoy/otel-route.yaml", lang: "yaml", kind: "Envoy route config", content:
`route_config:
  name: otel_egress
  virtual_hosts:
  - name: honeycomb
    domains: ["*"]
    routes:
    - match: { prefix: "/v1/traces" }
      route: { cluster: honeycomb }
    request_headers_to_add:
    - header:
        key: x-honeycomb-team
        value: ${g.an(22)}
      append_action: OVERWRITE_IF_EXISTS_OR_ADD
` }) },
  { group: "cloud", provider: "Cloudflare API token for Caddy DNS challenge", slot: "tls { dns cloudflare TOKEN }", build: (g) => ({ path: "/etc/caddy/Caddyfile", lang: "caddy", kind: "Caddyfile", content:
`{
    email ops@example.com
}
*.example.com {
    tls {
        dns cloudflare ${g.b64u(40)}
    }
    @app host app.example.com
    handle @app {
        reverse_proxy 127.0.0.1:3000
    }
}
` }) },
  { group: "cloud", provider: "DigitalOcean token for Traefik ACME", slot: "DO_AUTH_TOKEN in traefik env", build: (g) => ({ path: "traefik/traefik.env", lang: "dotenv", kind: "Traefik environment file", content:
`# used by certificatesResolvers.le.acme.dnsChallenge.provider=digitalocean
DO_AUTH_TOKEN=${j("do", "p_v1_")}${g.hex(64)}
TRAEFIK_LOG_LEVEL=INFO
TRAEFIK_CERTIFICATESRESOLVERS_LE_ACME_EMAIL=ops@example.com
` }) },
  { group: "observability", provider: "Grafana Cloud token in Prometheus remote_write", slot: "remote_write.basic_auth.password", build: (g) => ({ path: "/etc/prometheus/prometheus.yml", lang: "yaml", kind: "prometheus.yml", content:
`global:
  scrape_interval: 30s
  external_labels:
    cluster: prod-eu
scrape_configs:
  - job_name: node
    static_configs:
      - targets: ["10.0.1.11:9100", "10.0.1.12:9100"]
remote_write:
  - url: https://prometheus-prod-24-prod-eu-west-2.grafana.example.net/api/prom/push
    basic_auth:
      username: "${g.dig(7)}"
      password: ${glc(g)}
` }) },
  { group: "cloud", provider: "scrape bearer token (Kubernetes SA JWT)", slot: "scrape_configs.authorization.credentials", build: (g) => ({ path: "prometheus/prometheus.yml", lang: "yaml", kind: "prometheus.yml", content:
`scrape_configs:
  - job_name: kube-state
    scheme: https
    tls_config:
      insecure_skip_verify: true
    authorization:
      type: Bearer
      credentials: ${g.jwt({ iss: "kubernetes/serviceaccount", sub: "system:serviceaccount:monitoring:prometheus", "kubernetes.io/serviceaccount/namespace": "monitoring" }, "RS256", 342)}
    static_configs:
      - targets: ["k8s.example.net:6443"]
` }) },
  { group: "comms", provider: "Slack webhook in Alertmanager", slot: "global.slack_api_url", build: (g) => ({ path: "/etc/alertmanager/alertmanager.yml", lang: "yaml", kind: "alertmanager.yml", content:
`global:
  resolve_timeout: 5m
  slack_api_url: ${j("https://hooks.", "slack.com/services/")}T${g.uan(10)}/B${g.uan(10)}/${g.an(24)}
route:
  receiver: slack-oncall
  group_by: [alertname, cluster]
receivers:
  - name: slack-oncall
    slack_configs:
      - channel: "#oncall"
        send_resolved: true
` }) },
  { group: "observability", provider: "PagerDuty routing key in Alertmanager", slot: "pagerduty_configs.routing_key", build: (g) => ({ path: "alertmanager.yml", lang: "yaml", kind: "alertmanager.yml", content:
`route:
  receiver: pd-critical
  routes:
    - matchers: [severity="warning"]
      receiver: email
receivers:
  - name: pd-critical
    pagerduty_configs:
      - routing_key: ${g.hex(32)}
        severity: critical
  - name: email
    email_configs:
      - to: oncall@example.com
` }) },
  { group: "comms", provider: "SMTP auth password in Alertmanager", slot: "global.smtp_auth_password", build: (g) => ({ path: "alertmanager/config.yml", lang: "yaml", kind: "alertmanager.yml", content:
`global:
  smtp_smarthost: smtp.example.com:587
  smtp_from: alerts@example.com
  smtp_auth_username: alerts@example.com
  smtp_auth_password: "${g.pw(18)}"
route:
  receiver: team
receivers:
  - name: team
    email_configs:
      - to: team@example.com
` }) },
  { group: "observability", provider: "Opsgenie API key in Alertmanager", slot: "opsgenie_configs.api_key", build: (g) => ({ path: "alertmanager.yml", lang: "yaml", kind: "alertmanager.yml", content:
`receivers:
  - name: opsgenie
    opsgenie_configs:
      - api_key: ${g.uuid()}
        api_url: https://api.eu.opsgenie.example.com/
        priority: P2
route:
  receiver: opsgenie
` }) },
  { group: "observability", provider: "Loki basic auth in Promtail", slot: "clients.basic_auth.password", build: (g) => ({ path: "/etc/promtail/config.yml", lang: "yaml", kind: "promtail config", content:
`server:
  http_listen_port: 9080
positions:
  filename: /tmp/positions.yaml
clients:
  - url: https://logs-prod-012.grafana.example.net/loki/api/v1/push
    basic_auth:
      username: ${g.dig(6)}
      password: ${glc(g)}
scrape_configs:
  - job_name: system
    static_configs:
      - targets: [localhost]
        labels:
          job: varlogs
          __path__: /var/log/*log
` }) },
  { group: "observability", provider: "New Relic license key in OTel collector", slot: "exporters.otlphttp.headers.api-key", build: (g) => ({ path: "otel-collector-config.yaml", lang: "yaml", kind: "OpenTelemetry Collector config", content:
`receivers:
  otlp:
    protocols:
      grpc: { endpoint: 0.0.0.0:4317 }
processors:
  batch: {}
exporters:
  otlphttp/newrelic:
    endpoint: https://otlp.eu01.nr-data.example.net
    headers:
      api-key: ${g.hex(36)}${j("NR", "AL")}
service:
  pipelines:
    traces:
      receivers: [otlp]
      processors: [batch]
      exporters: [otlphttp/newrelic]
` }) },
  { group: "observability", provider: "Datadog API key in OTel collector", slot: "exporters.datadog.api.key", build: (g) => ({ path: "otelcol/config.yaml", lang: "yaml", kind: "OpenTelemetry Collector config", content:
`exporters:
  datadog:
    api:
      site: datadoghq.example.net
      key: ${g.hex(32)}
    traces:
      span_name_as_resource_name: true
service:
  pipelines:
    metrics:
      receivers: [otlp]
      exporters: [datadog]
` }) },
  { group: "data", provider: "Elasticsearch password in Fluent Bit", slot: "[OUTPUT] HTTP_Passwd", build: (g) => ({ path: "/etc/fluent-bit/fluent-bit.conf", lang: "ini", kind: "fluent-bit.conf", content:
`[SERVICE]
    Flush        5
    Log_Level    info

[INPUT]
    Name         tail
    Path         /var/log/containers/*.log
    Tag          kube.*

[OUTPUT]
    Name         es
    Match        kube.*
    Host         es-prod.example.com
    Port         9243
    tls          On
    HTTP_User    fluentbit
    HTTP_Passwd  ${g.pw(22)}
    Index        k8s-logs
` }) },
  { group: "observability", provider: "Splunk HEC token in Fluent Bit", slot: "[OUTPUT] splunk_token", build: (g) => ({ path: "fluent-bit/outputs.conf", lang: "ini", kind: "fluent-bit output config", content:
`[OUTPUT]
    Name          splunk
    Match         *
    Host          splunk-hec.example.com
    Port          8088
    splunk_token  ${g.uuid()}
    tls           On
    tls.verify    On
` }) },
  { group: "observability", provider: "Datadog API key in Vector", slot: "sinks.datadog.default_api_key", build: (g) => ({ path: "/etc/vector/vector.toml", lang: "toml", kind: "vector.toml", content:
`[sources.journald]
type = "journald"

[transforms.parse]
type = "remap"
inputs = ["journald"]
source = '. = parse_json!(.message)'

[sinks.datadog]
type = "datadog_logs"
inputs = ["parse"]
default_api_key = "${g.hex(32)}"
compression = "gzip"
` }) },
  { group: "data", provider: "InfluxDB token in Telegraf", slot: "[[outputs.influxdb_v2]] token", build: (g) => ({ path: "/etc/telegraf/telegraf.conf", lang: "toml", kind: "telegraf.conf", content:
`[agent]
  interval = "10s"

[[outputs.influxdb_v2]]
  urls = ["https://influx.example.com"]
  token = "${g.b64u(86)}=="
  organization = "acme"
  bucket = "hosts"

[[inputs.cpu]]
  percpu = true
` }) },
  { group: "data", provider: "MySQL DSN with password in Telegraf", slot: "[[inputs.mysql]] servers", build: (g) => ({ path: "telegraf.d/mysql.conf", lang: "toml", kind: "telegraf input config", content:
`[[inputs.mysql]]
  servers = ["telegraf:${g.upw(18)}@tcp(mysql-primary.example.net:3306)/?tls=true"]
  gather_process_list = true
  interval_slow = "30m"
` }) },
  { group: "auth", provider: "Grafana admin password + secret_key", slot: "[security] admin_password / secret_key", build: (g) => ({ path: "/etc/grafana/grafana.ini", lang: "ini", kind: "grafana.ini", content:
`[server]
root_url = https://grafana.example.com/

[security]
admin_user = admin
admin_password = ${g.pw(20)}
secret_key = ${g.an(32)}
cookie_secure = true

[auth.anonymous]
enabled = false
` }) },
  { group: "auth", provider: "Grafana generic OAuth client secret", slot: "[auth.generic_oauth] client_secret", build: (g) => ({ path: "grafana/grafana.ini", lang: "ini", kind: "grafana.ini", content:
`[auth.generic_oauth]
enabled = true
name = Keycloak
client_id = grafana
client_secret = ${g.an(32)}
scopes = openid email profile
auth_url = https://sso.example.com/realms/acme/protocol/openid-connect/auth
token_url = https://sso.example.com/realms/acme/protocol/openid-connect/token
` }) },
  { group: "data", provider: "Redis requirepass", slot: "requirepass", build: (g) => ({ path: "/etc/redis/redis.conf", lang: "conf", kind: "redis.conf", content:
`bind 0.0.0.0
protected-mode yes
port 6379
maxmemory 2gb
maxmemory-policy allkeys-lru
requirepass ${g.an(48)}
masterauth ${g.an(48)}
appendonly yes
` }) },
  { group: "data", provider: "PgBouncer plain-text userlist", slot: "userlist.txt password column", build: (g) => ({ path: "/etc/pgbouncer/userlist.txt", lang: "text", kind: "pgbouncer userlist.txt", content:
`"app_rw" "${g.upw(24)}"
"reporting" "${g.upw(24)}"
` }) },
  { group: "keys", provider: "WireGuard private key", slot: "[Interface] PrivateKey", build: (g) => ({ path: "/etc/wireguard/wg0.conf", lang: "ini", kind: "WireGuard wg0.conf", content:
`[Interface]
Address = 10.8.0.1/24
ListenPort = 51820
PrivateKey = ${g.b64(42)}${g.pick(["A", "E", "I", "M", "Q", "U", "Y", "c", "g", "k", "o", "s", "w", "0", "4", "8"])}=

[Peer]
# laptop
PublicKey = ${g.b64(42)}E=
AllowedIPs = 10.8.0.2/32
` }) },
  { group: "keys", provider: "OpenVPN inline client key + tls-auth static key", slot: "<key> / <tls-auth>", build: (g) => ({ path: "client.ovpn", lang: "text", kind: "OpenVPN client profile", content:
`client
dev tun
proto udp
remote vpn.example.net 1194
resolv-retry infinite
nobind
remote-cert-tls server
cipher AES-256-GCM
key-direction 1
<ca>
${g.cert()}
</ca>
<cert>
${g.cert()}
</cert>
<key>
${g.pkcs8Key()}
</key>
<tls-auth>
-----BEGIN OpenVPN Static key V1-----
${Array.from({ length: 16 }, () => g.hex(32)).join("\n")}
-----END OpenVPN Static key V1-----
</tls-auth>
` }) },
  { group: "auth", provider: "IPsec pre-shared key", slot: "ipsec.secrets PSK", build: (g) => ({ path: "/etc/ipsec.secrets", lang: "text", kind: "strongSwan ipsec.secrets", content:
`# ipsec.secrets - strongSwan IPsec secrets file
203.0.113.10 198.51.100.20 : PSK "${g.an(40)}"
` }) },
  { group: "comms", provider: "SendGrid key as Postfix SASL password", slot: "sasl_passwd apikey:KEY", build: (g) => ({ path: "/etc/postfix/sasl_passwd", lang: "text", kind: "Postfix sasl_passwd", content:
`[smtp.example.com]:587 apikey:${j("S", "G.")}${g.b64u(22)}.${g.b64u(43)}
` }) },
  { group: "comms", provider: "msmtp account password", slot: "password", build: (g) => ({ path: "~/.msmtprc", lang: "conf", kind: ".msmtprc", content:
`defaults
auth on
tls on
tls_trust_file /etc/ssl/certs/ca-certificates.crt
logfile ~/.msmtp.log

account alerts
host smtp.example.com
port 587
from alerts@example.com
user alerts@example.com
password ${g.pw(16)}

account default : alerts
` }) },
  { group: "devtools", provider: "Consul ACL tokens + gossip key", slot: "acl.tokens.initial_management / encrypt", build: (g) => ({ path: "/etc/consul.d/consul.hcl", lang: "hcl", kind: "Consul agent config", content:
`datacenter = "eu1"
data_dir   = "/opt/consul"
encrypt    = "${g.b64bytes(32)}"
server     = true
bootstrap_expect = 3
acl {
  enabled        = true
  default_policy = "deny"
  tokens {
    initial_management = "${g.uuid()}"
    agent              = "${g.uuid()}"
  }
}
` }) },
  { group: "auth", provider: "Vault transit seal token", slot: "seal \"transit\" token", build: (g) => ({ path: "/etc/vault.d/vault.hcl", lang: "hcl", kind: "Vault server config", content:
`storage "raft" {
  path    = "/opt/vault/data"
  node_id = "vault-2"
}
listener "tcp" {
  address       = "0.0.0.0:8200"
  tls_cert_file = "/opt/vault/tls/tls.crt"
  tls_key_file  = "/opt/vault/tls/tls.key"
}
seal "transit" {
  address    = "https://vault-seal.example.com:8200"
  token      = "${j("hv", "s.")}CAESI${g.b64u(85)}"
  key_name   = "autounseal"
  mount_path = "transit/"
}
api_addr = "https://vault.example.com:8200"
` }) },
  { group: "devtools", provider: "GitLab runner authentication token", slot: "[[runners]] token", build: (g) => ({ path: "/etc/gitlab-runner/config.toml", lang: "toml", kind: "GitLab Runner config.toml", content:
`concurrent = 4
check_interval = 0

[[runners]]
  name = "docker-runner-01"
  url = "https://gitlab.example.com"
  id = ${g.range(100, 999)}
  token = "${j("gl", "rt-")}${g.b64u(20)}"
  token_obtained_at = 2024-06-11T08:00:00Z
  executor = "docker"
  [runners.docker]
    image = "alpine:3.20"
    privileged = false
` }) },
  { group: "devtools", provider: "Buildkite agent token", slot: "token=", build: (g) => ({ path: "/etc/buildkite-agent/buildkite-agent.cfg", lang: "ini", kind: "buildkite-agent.cfg", content:
`token="${g.hex(50)}"
name="%hostname-%spawn"
tags="queue=deploy,os=linux"
build-path="/var/lib/buildkite-agent/builds"
hooks-path="/etc/buildkite-agent/hooks"
` }) },
  { group: "observability", provider: "Datadog agent API key", slot: "datadog.yaml api_key", build: (g) => ({ path: "/etc/datadog-agent/datadog.yaml", lang: "yaml", kind: "datadog.yaml", content:
`api_key: ${g.hex(32)}
site: datadoghq.example.net
hostname: web-03
tags:
  - env:prod
  - team:platform
logs_enabled: true
apm_config:
  enabled: true
` }) },
  { group: "observability", provider: "New Relic agent license key", slot: "common.license_key", build: (g) => ({ path: "newrelic.yml", lang: "yaml", kind: "newrelic.yml", content:
`common: &default_settings
  license_key: '${g.hex(36)}${j("NR", "AL")}'
  app_name: Orders API
  distributed_tracing:
    enabled: true
production:
  <<: *default_settings
` }) },
  { group: "data", provider: "Confluent Cloud SASL password in Kafka client.properties", slot: "sasl.jaas.config password", build: (g) => ({ path: "client.properties", lang: "properties", kind: "Kafka client.properties", content:
`bootstrap.servers=pkc-${g.lan(5)}.eu-west-1.aws.example.net:9092
security.protocol=SASL_SSL
sasl.mechanism=PLAIN
sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username='${g.uan(16)}' password='${g.str(64, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")}';
client.dns.lookup=use_all_dns_ips
` }) },
  { group: "data", provider: "Elasticsearch password in kibana.yml", slot: "elasticsearch.password", build: (g) => ({ path: "/etc/kibana/kibana.yml", lang: "yaml", kind: "kibana.yml", content:
`server.host: "0.0.0.0"
server.publicBaseUrl: "https://kibana.example.com"
elasticsearch.hosts: ["https://es-prod.example.com:9200"]
elasticsearch.username: "kibana_system"
elasticsearch.password: "${g.an(20)}"
xpack.encryptedSavedObjects.encryptionKey: "${g.hex(32)}"
` }) },
  { group: "auth", provider: "CIFS mount password in fstab", slot: "fstab options password=", build: (g) => ({ path: "/etc/fstab", lang: "text", kind: "fstab", content:
`UUID=${g.uuid()} /               ext4    errors=remount-ro 0       1
UUID=${g.hex(4).toUpperCase()}-${g.hex(4).toUpperCase()}  /boot/efi       vfat    umask=0077      0       1
//nas.example.net/backups /mnt/backups cifs username=backup,password=${g.upw(16)},vers=3.0,uid=1000 0 0
` }) },
  { group: "auth", provider: "Wi-Fi PSK in wpa_supplicant", slot: "network.psk", build: (g) => ({ path: "/etc/wpa_supplicant/wpa_supplicant.conf", lang: "conf", kind: "wpa_supplicant.conf", content:
`ctrl_interface=DIR=/var/run/wpa_supplicant GROUP=netdev
update_config=1
country=GB

network={
    ssid="ACME-Office"
    psk="${g.pw(18)}"
    key_mgmt=WPA-PSK
}
` }) },
  { group: "cloud", provider: "k3s cluster join token", slot: "config.yaml token", build: (g) => ({ path: "/etc/rancher/k3s/config.yaml", lang: "yaml", kind: "k3s config.yaml", content:
`server: https://k3s-01.example.net:6443
token: K10${g.hex(64)}::server:${g.hex(32)}
node-label:
  - "role=worker"
kubelet-arg:
  - "max-pods=150"
` }) },
  { group: "auth", provider: "keepalived VRRP auth_pass", slot: "authentication.auth_pass", build: (g) => ({ path: "/etc/keepalived/keepalived.conf", lang: "conf", kind: "keepalived.conf", content:
`vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    priority 150
    advert_int 1
    authentication {
        auth_type PASS
        auth_pass ${g.an(8)}
    }
    virtual_ipaddress {
        10.0.0.100/24
    }
}
` }) },
];

export const cases: CorpusCase[] = fromSpecs(0x114f05, "y114-s", specs, 9, 3);
