// heldout-y113 / benign: hard look-alikes from the same logs and diagnostics — trace/span/request
// ids, build ids, digests, SHAs, integrity hashes, public keys and certificates, masked/redacted
// values, secret-store references, encrypted blobs. None of them is a credential as text, and none
// sits in a slot whose name says it holds one (masks and references excepted: their text is not a
// key).
import type { CorpusCase } from "../types.ts";
import { Gen, hand, b64, BECH } from "./_gen.ts";

const g = new Gen(0x113ab);
type B = { ctx: string; build: (g: Gen) => string };
const fp = (g: Gen) => Array.from({ length: 16 }, () => g.h(2)).join(":");
const acctId = (g: Gen) => g.d(12);

const BUILDERS: B[] = [
  {
    ctx: "GitHub Actions log with *** masked secrets, action SHAs, image digest",
    build(g) {
      const k = g.clock();
      const L = (s: string) => `${k.tick(g.range(1, 800)).iso(7)} ${s}`;
      const sha = g.sha();
      return [
        L(`##[group]Run actions/checkout@${g.sha()}`),
        L("with:"),
        L("  repository: acme/api"),
        L("  token: ***"),
        L("##[endgroup]"),
        L(`HEAD is now at ${sha.slice(0, 7)} fix(retry): back off on 429`),
        L(`##[group]Run docker/login-action@${g.sha()}`),
        L("  registry: registry.example.com"),
        L("  username: ci-bot"),
        L("  password: ***"),
        L("##[endgroup]"),
        L("+ export NPM_TOKEN=***"),
        L(`${g.pick(["main", "2.14.0", "latest"])}: digest: sha256:${g.sha256()} size: ${g.range(1200, 4000)}`),
        L(`Run ID ${g.d(10)}, attempt 1, job ${g.d(11)}`),
      ].join("\n");
    },
  },
  {
    ctx: "GitLab CI job log with [MASKED] variables, cache key hash, runner ids",
    build(g) {
      return [
        `Running with gitlab-runner 17.${g.range(0, 3)}.0 (${g.h(8)})`,
        `  on shared-runner-${g.range(1, 9)} ${g.a(8)}, system ID: r_${g.a(12)}`,
        `Using docker image sha256:${g.sha256()} for node:20-bookworm with digest node@sha256:${g.sha256()} ...`,
        `Checking out ${g.h(8)} as detached HEAD (ref is main)...`,
        `Restoring cache`,
        `Checking cache for node-modules-${g.h(40)}-protected...`,
        `$ echo "//registry.npmjs.org/:_authToken=\${NPM_TOKEN}" > .npmrc`,
        `$ curl --header "JOB-TOKEN: [MASKED]" --upload-file dist.tgz "\${CI_API_V4_URL}/projects/\${CI_PROJECT_ID}/packages/generic/app/2.14.0/dist.tgz"`,
        `{"message":"201 Created"}`,
        `Uploading artifacts for successful job`,
        `Uploading artifacts as "archive" to coordinator... 201 Created  id=${g.d(10)} responseStatus=201 Created token=[MASKED]`,
        `Job succeeded`,
      ].join("\n");
    },
  },
  {
    ctx: "Jenkins console with withCredentials masking (****) and revision SHAs",
    build(g) {
      const sha = g.sha();
      return [
        `Started by GitHub push by octo-dev`,
        `Checking out Revision ${sha} (refs/remotes/origin/main)`,
        ` > git checkout -f ${sha} # timeout=10`,
        `Commit message: "bump deps"`,
        ` > git rev-list --no-walk ${g.sha()} # timeout=10`,
        `[Pipeline] withCredentials`,
        `Masking supported pattern matches of $NEXUS_PASSWORD or $NEXUS_USER`,
        `[Pipeline] sh`,
        `+ docker login -u **** -p **** nexus.example.com:8443`,
        `WARNING! Using --password via the CLI is insecure. Use --password-stdin.`,
        `Login Succeeded`,
        `BUILD_TAG=jenkins-api-build-${g.range(100, 999)} BUILD_ID=${g.range(100, 999)}`,
        `Finished: SUCCESS`,
      ].join("\n");
    },
  },
  {
    ctx: "curl -v to a public endpoint: request ids, CloudFront id, cf-ray, ETag, trace header",
    build(g) {
      const host = g.host();
      return [
        `$ curl -v https://${host}/v1/status`,
        `* Connected to ${host} (${g.pubip()}) port 443`,
        `> GET /v1/status HTTP/2`,
        `> Host: ${host}`,
        `> User-Agent: curl/8.5.0`,
        `> Accept: */*`,
        `> traceparent: 00-${g.h(32)}-${g.h(16)}-01`,
        `>`,
        `< HTTP/2 200`,
        `< content-type: application/json`,
        `< etag: W/"${g.h(32)}"`,
        `< x-request-id: ${g.uuid()}`,
        `< x-amz-cf-id: ${g.u(54)}==`,
        `< x-amz-cf-pop: FRA56-P${g.range(1, 9)}`,
        `< x-amzn-trace-id: Root=1-${g.h(8)}-${g.h(24)}`,
        `< cf-ray: ${g.h(16)}-FRA`,
        `<`,
        `{"status":"ok","build":"${g.sha().slice(0, 12)}"}`,
      ].join("\n");
    },
  },
  {
    ctx: "Python http.client debug: idempotency key, request id, object ids; auth header redacted by app filter",
    build(g) {
      const host = g.host();
      return [
        `DEBUG:urllib3.connectionpool:Starting new HTTPS connection (1): ${host}:443`,
        `send: b'POST /v1/refunds HTTP/1.1\\r\\nHost: ${host}\\r\\nAuthorization: [REDACTED]\\r\\nIdempotency-Key: ${g.uuid()}\\r\\nContent-Type: application/x-www-form-urlencoded\\r\\n\\r\\n'`,
        `send: b'payment_intent=pi_${g.a(24)}&amount=1500'`,
        `reply: 'HTTP/1.1 200 OK\\r\\n'`,
        `header: Request-Id: req_${g.a(14)}`,
        `header: Idempotent-Replayed: false`,
        `DEBUG:payments:refund created id=re_${g.a(24)} charge=ch_${g.a(24)} customer=cus_${g.a(14)}`,
      ].join("\n");
    },
  },
  {
    ctx: "kubectl describe pod: secretKeyRef references, container ids, image digests",
    build(g) {
      const app = g.pick(["api", "worker", "billing"]);
      return [
        `Name:         ${g.pod(app)}`,
        `Namespace:    prod`,
        `Labels:       pod-template-hash=${g.lo(10)}`,
        `Containers:`,
        `  ${app}:`,
        `    Container ID:   containerd://${g.sha256()}`,
        `    Image:          registry.example.com/${app}:2.${g.range(0, 20)}.${g.range(0, 9)}`,
        `    Image ID:       registry.example.com/${app}@sha256:${g.sha256()}`,
        `    Environment:`,
        `      DATABASE_PASSWORD:  <set to the key 'password' in secret 'pg-app'>  Optional: false`,
        `      STRIPE_SECRET_KEY:  <set to the key 'secret-key' in secret 'stripe'>  Optional: false`,
        `      OTEL_EXPORTER_OTLP_ENDPOINT:  http://otel-collector.monitoring:4318`,
        `      POD_UID:             (v1:metadata.uid)`,
        `    Mounts:`,
        `      /var/run/secrets/kubernetes.io/serviceaccount from kube-api-access-${g.lo(5)} (ro)`,
        `Events:`,
        `  Normal  Pulled  ${g.range(2, 50)}m  kubelet  Successfully pulled image "registry.example.com/${app}@sha256:${g.sha256()}" in 1.2s`,
      ].join("\n");
    },
  },
  {
    ctx: "kubectl get configmap -o yaml with hashes and ids (no secrets)",
    build(g) {
      return [
        `apiVersion: v1`,
        `data:`,
        `  BUILD_SHA: ${g.sha()}`,
        `  ASSET_MANIFEST_HASH: ${g.h(64)}`,
        `  LOG_LEVEL: info`,
        `  TENANT_ID: ${g.uuid()}`,
        `kind: ConfigMap`,
        `metadata:`,
        `  annotations:`,
        `    kubectl.kubernetes.io/last-applied-configuration-hash: ${g.h(64)}`,
        `  name: app-config`,
        `  resourceVersion: "${g.range(100000, 9999999)}"`,
        `  uid: ${g.uuid()}`,
      ].join("\n");
    },
  },
  {
    ctx: "kubectl config view (non-raw): DATA+OMITTED / REDACTED",
    build(g) {
      return [
        `$ kubectl config view --minify`,
        `apiVersion: v1`,
        `clusters:`,
        `- cluster:`,
        `    certificate-authority-data: DATA+OMITTED`,
        `    server: https://${g.h(32).toUpperCase()}.gr7.eu-west-1.eks.example.com`,
        `  name: arn:aws:eks:eu-west-1:${acctId(g)}:cluster/prod`,
        `users:`,
        `- name: ci`,
        `  user:`,
        `    client-certificate-data: DATA+OMITTED`,
        `    client-key-data: DATA+OMITTED`,
        `    token: REDACTED`,
      ].join("\n");
    },
  },
  {
    ctx: "docker inspect: container/image ids, overlay2 layer paths, *_FILE secret references",
    build(g) {
      const layer = g.sha256();
      return JSON.stringify([{
        Id: g.sha256(),
        Image: "sha256:" + g.sha256(),
        Name: "/api-1",
        GraphDriver: { Data: { LowerDir: `/var/lib/docker/overlay2/${g.sha256()}-init/diff`, MergedDir: `/var/lib/docker/overlay2/${layer}/merged`, UpperDir: `/var/lib/docker/overlay2/${layer}/diff` }, Name: "overlay2" },
        Config: {
          Env: ["DB_PASSWORD_FILE=/run/secrets/db_password", "API_KEY_FILE=/run/secrets/api_key", "VAULT_ADDR=https://vault.example.internal:8200", `GIT_SHA=${g.sha()}`],
          Labels: { "org.opencontainers.image.revision": g.sha(), "com.docker.compose.config-hash": g.sha256() },
        },
      }], null, 2);
    },
  },
  {
    ctx: "docker compose config with file-based secrets and digests",
    build(g) {
      return [
        `name: shop`,
        `services:`,
        `  api:`,
        `    image: registry.example.com/api@sha256:${g.sha256()}`,
        `    environment:`,
        `      POSTGRES_PASSWORD_FILE: /run/secrets/pg_password`,
        `      BUILD_ID: "${g.d(8)}"`,
        `    secrets:`,
        `      - source: pg_password`,
        `        target: pg_password`,
        `secrets:`,
        `  pg_password:`,
        `    name: shop_pg_password`,
        `    file: /home/dev/shop/secrets/pg_password.txt`,
      ].join("\n");
    },
  },
  {
    ctx: "terraform plan: (sensitive value), (known after apply), ARNs, resource ids",
    build(g) {
      const acct = acctId(g);
      return [
        `  # aws_db_instance.main will be updated in-place`,
        `  ~ resource "aws_db_instance" "main" {`,
        `        arn      = "arn:aws:rds:eu-west-1:${acct}:db:prod-main"`,
        `        id       = "db-${g.up(26)}"`,
        `      ~ password = (sensitive value)`,
        `        resource_id = "db-${g.up(26)}"`,
        `    }`,
        `  # aws_secretsmanager_secret_version.api will be created`,
        `  + resource "aws_secretsmanager_secret_version" "api" {`,
        `      + arn           = (known after apply)`,
        `      + secret_id     = "arn:aws:secretsmanager:eu-west-1:${acct}:secret:prod/api-${g.a(6)}"`,
        `      + secret_string = (sensitive value)`,
        `      + version_id    = (known after apply)`,
        `    }`,
        `Plan: 1 to add, 1 to change, 0 to destroy.`,
      ].join("\n");
    },
  },
  {
    ctx: "terraform state show: certificate PEM, public keys, fingerprints",
    build(g) {
      return [
        `# tls_self_signed_cert.ca:`,
        `resource "tls_self_signed_cert" "ca" {`,
        `    cert_pem = <<-EOT`,
        ...g.cert().split("\n").map((l) => "        " + l),
        `    EOT`,
        `    id = "${g.d(38)}"`,
        `    private_key_pem = (sensitive value)`,
        `}`,
        `# aws_key_pair.deploy:`,
        `resource "aws_key_pair" "deploy" {`,
        `    fingerprint = "${fp(g)}"`,
        `    key_pair_id = "key-${g.h(17)}"`,
        `    public_key  = "${g.sshPub("deploy@ci")}"`,
        `}`,
      ].join("\n");
    },
  },
  {
    ctx: "ansible -vvv: no_log censoring, vault-encrypted var, checksums",
    build(g) {
      const hexLines = Array.from({ length: 5 }, () => g.h(80));
      return [
        `TASK [db : set password] ****************************************`,
        `ok: [db-01] => {`,
        `    "censored": "the output has been hidden due to the fact that 'no_log: true' was specified for this result",`,
        `    "changed": false`,
        `}`,
        `TASK [app : render config] **************************************`,
        `changed: [web-01] => {"changed": true, "checksum": "${g.h(40)}", "dest": "/etc/app/app.yml", "md5sum": "${g.h(32)}", "mode": "0640", "size": ${g.range(300, 4000)}}`,
        `# group_vars/prod/vault.yml`,
        `db_password: !vault |`,
        `          $ANSIBLE_VAULT;1.1;AES256`,
        ...hexLines.map((l) => "          " + l),
      ].join("\n");
    },
  },
  {
    ctx: "Sentry event JSON with [Filtered] values, event/trace ids, fingerprint",
    build(g) {
      return JSON.stringify({
        event_id: g.h(32),
        release: `api@${g.sha()}`,
        fingerprint: [g.h(32)],
        user: { id: g.uuid(), ip_address: "{{auto}}" },
        request: { url: "https://app.example.com/login", method: "POST", data: { email: "a.user@example.com", password: "[Filtered]" }, headers: { Authorization: "[Filtered]", "X-Request-Id": g.uuid() } },
        contexts: { trace: { trace_id: g.h(32), span_id: g.h(16), parent_span_id: g.h(16) } },
        extra: { api_key: "[Filtered]", job_id: g.uuid() },
      }, null, 2);
    },
  },
  {
    ctx: "structured JSON logs with trace_id/span_id/dd.trace_id",
    build(g) {
      const t = g.h(32);
      const k = g.clock();
      return Array.from({ length: 3 }, (_, i) => JSON.stringify({
        ts: k.tick(g.range(3, 90)).iso(3), level: i === 2 ? "error" : "info", msg: ["request start", "db query", "upstream 503"][i],
        trace_id: t, span_id: g.h(16), "dd.trace_id": String(BigInt("0x" + t.slice(16)) % 10n ** 19n), "dd.span_id": g.d(19), request_id: g.uuid(),
      })).join("\n");
    },
  },
  {
    ctx: "browser HAR for static assets: content hashes, x-goog-hash, etags",
    build(g) {
      const hash = g.h(10);
      return JSON.stringify({ log: { version: "1.2", entries: [{
        request: { method: "GET", url: `https://cdn.example.com/assets/main.${hash}.js`, headers: [{ name: "accept", value: "*/*" }, { name: "sec-fetch-dest", value: "script" }], queryString: [] },
        response: { status: 200, headers: [
          { name: "etag", value: `"${g.h(32)}"` },
          { name: "x-goog-hash", value: `crc32c=${g.b(6)}==,md5=${g.b(22)}==` },
          { name: "x-goog-generation", value: g.d(16) },
          { name: "x-cache", value: "HIT" },
          { name: "x-served-by", value: `cache-fra-eddf${g.d(7)}-FRA` },
        ] },
      }] } }, null, 2);
    },
  },
  {
    ctx: "npm verbose log: sha512 integrity, .npmrc token as ${NPM_TOKEN} reference",
    build(g) {
      return [
        `npm verbose config: //registry.npmjs.org/:_authToken = \${NPM_TOKEN}`,
        `npm http fetch GET 200 https://registry.npmjs.org/lodash 87ms (cache revalidated)`,
        `npm verbose reify lodash@4.17.21 integrity sha512-${g.b(86)}==`,
        `npm verbose reify left-pad@1.3.0 integrity sha512-${g.b(86)}==`,
        `npm verbose reify @acme/ui@3.2.0 integrity sha1-${g.b(27)}=`,
        `npm info ok`,
      ].join("\n");
    },
  },
  {
    ctx: "pip install -v: password masked as **** in index URL, --hash pins",
    build(g) {
      return [
        `Looking in indexes: https://ci:****@pypi.example.com/simple`,
        `Collecting requests==2.31.0 (from -r requirements.txt (line 4))`,
        `  Downloading https://pypi.example.com/packages/requests-2.31.0-py3-none-any.whl#sha256=${g.sha256()} (62 kB)`,
        `Collecting urllib3<3,>=1.21.1`,
        `  Using cached urllib3-2.2.1-py3-none-any.whl`,
        `requests==2.31.0 \\`,
        `    --hash=sha256:${g.sha256()} \\`,
        `    --hash=sha256:${g.sha256()}`,
      ].join("\n");
    },
  },
  {
    ctx: "GIT_TRACE_CURL output: Authorization <redacted>, pack negotiation SHAs",
    build(g) {
      const k = g.clock();
      const t = () => k.tick(g.range(1, 40)).iso(6).slice(11, 26);
      return [
        `${t()} http.c:756              => Send header: GET /acme/api.git/info/refs?service=git-upload-pack HTTP/2`,
        `${t()} http.c:756              => Send header: Host: git.example.com`,
        `${t()} http.c:756              => Send header: Authorization: Basic <redacted>`,
        `${t()} http.c:756              <= Recv header: HTTP/2 200`,
        `${t()} pkt-line.c:86           packet:        fetch> want ${g.sha()} multi_ack_detailed side-band-64k thin-pack ofs-delta agent=git/2.43.0`,
        `${t()} pkt-line.c:86           packet:        fetch> have ${g.sha()}`,
        `${t()} pkt-line.c:86           packet:        fetch> have ${g.sha()}`,
        `${t()} pkt-line.c:86           packet:        fetch< ACK ${g.sha()} common`,
      ].join("\n");
    },
  },
  {
    ctx: "wg show: public keys, private/preshared keys shown as (hidden)",
    build(g) {
      return [
        `$ sudo wg show`,
        `interface: wg0`,
        `  public key: ${g.b(43)}=`,
        `  private key: (hidden)`,
        `  listening port: 51820`,
        ``,
        `peer: ${g.b(43)}=`,
        `  preshared key: (hidden)`,
        `  endpoint: ${g.pubip()}:51820`,
        `  allowed ips: 10.8.0.${g.range(2, 200)}/32`,
        `  latest handshake: ${g.range(2, 59)} seconds ago`,
      ].join("\n");
    },
  },
  {
    ctx: "ssh -vvv: host key and public key fingerprints, known_hosts public key",
    build(g) {
      return [
        `debug1: Connecting to bastion.example.com [${g.pubip()}] port 22.`,
        `debug1: Server host key: ssh-ed25519 SHA256:${g.b(43)}`,
        `debug1: Host 'bastion.example.com' is known and matches the ED25519 host key.`,
        `debug1: Found key in /home/ci/.ssh/known_hosts:3`,
        `debug1: Offering public key: /home/ci/.ssh/id_ed25519 ED25519 SHA256:${g.b(43)} explicit`,
        `debug1: Server accepts key: /home/ci/.ssh/id_ed25519 ED25519 SHA256:${g.b(43)} explicit`,
        `$ cat ~/.ssh/known_hosts | sed -n 3p`,
        `bastion.example.com ${g.sshPub("").trim()}`,
      ].join("\n");
    },
  },
  {
    ctx: "SDK auth errors with partially masked keys and request ids",
    build(g) {
      return g.pick([
        () => `openai.AuthenticationError: Error code: 401 - {'error': {'message': 'Incorrect API key provided: sk-proj-${"*".repeat(g.range(100, 150))}${g.a(4)}. You can find your API key at https://platform.openai.com/account/api-keys.', 'type': 'invalid_request_error', 'param': None, 'code': 'invalid_api_key'}}\nx-request-id: req_${g.h(32)}`,
        () => `stripe.error.AuthenticationError: Request req_${g.a(14)}: Invalid API Key provided: sk_live_${"*".repeat(g.range(80, 100))}${g.a(4)}\nlast_response.headers: {'Request-Id': 'req_${g.a(14)}', 'Stripe-Version': '2024-04-10'}`,
        () => `anthropic.AuthenticationError: Error code: 401 - {'type': 'error', 'error': {'type': 'authentication_error', 'message': 'invalid x-api-key'}, 'request_id': 'req_011C${g.a(20)}'}\nconfigured key: sk-ant-...${g.a(4)} (len=108)`,
        () => `Error: Slack API error: invalid_auth\n  data: { ok: false, error: 'invalid_auth', warning: 'missing_charset', response_metadata: { warnings: [ 'missing_charset' ] } }\n  token used: xoxb-****-****-${g.a(4)}  team: T${g.up(10)} channel: C${g.up(10)} ts: ${g.d(10)}.${g.d(6)}`,
      ])();
    },
  },
  {
    ctx: "database client errors with masked DSNs (SQLAlchemy ***, Celery **, Hikari <masked>)",
    build(g) {
      return g.pick([
        () => `sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) connection to server at "db.example.internal" (${g.ip()}), port 5432 failed: timeout expired\nengine: Engine(postgresql+psycopg2://app:***@db.example.internal:5432/app)`,
        () => ` -------------- celery@worker-${g.h(6)} v5.3.6 (emerald-rush)\n--- ***** -----\n-- ******* ---- Linux-6.1.0-x86_64 ${g.clock().iso(3)}\n- *** --- * --- \n- ** ---------- [config]\n- ** ---------- .> app:         tasks:0x7f${g.h(10)}\n- ** ---------- .> transport:   redis://:**@cache.example.internal:6379/0\n- ** ---------- .> results:     redis://:**@cache.example.internal:6379/1`,
        () => `DEBUG com.zaxxer.hikari.HikariConfig - jdbcUrl.........................jdbc:postgresql://pg.example.internal:5432/ledger\nDEBUG com.zaxxer.hikari.HikariConfig - password........................<masked>\nDEBUG com.zaxxer.hikari.HikariConfig - poolName........................HikariPool-1\nDEBUG com.zaxxer.hikari.HikariConfig - username........................ledger`,
        () => `MongoServerSelectionError: connection <monitor> to ${g.ip()}:27017 closed\n  uri: 'mongodb+srv://svc-api:<REDACTED>@cluster0.${g.lo(5)}.example.net/prod'\n  topologyId: ${g.range(0, 9)}, reason: TopologyDescription { type: 'ReplicaSetNoPrimary', setName: 'atlas-${g.lo(6)}-shard-0' }`,
      ])();
    },
  },
  {
    ctx: "cosign/sigstore signing output: digests, Rekor entry UUID, signature, certificate",
    build(g) {
      return [
        `$ cosign sign --yes registry.example.com/api@sha256:${g.sha256()}`,
        `Generating ephemeral keys...`,
        `Retrieving signed certificate...`,
        `Successfully verified SCT...`,
        `tlog entry created with index: ${g.d(9)}`,
        `Rekor entry UUID: 24296fb24b8ad77a${g.sha256()}`,
        `Pushing signature to: registry.example.com/api:sha256-${g.sha256()}.sig`,
        `signature: MEUCIQ${g.b(38)}AiB${g.b(40)}=`,
        g.cert(),
      ].join("\n");
    },
  },
  {
    ctx: "CI log fetching secrets by reference (ARNs, vault paths, op://, Key Vault refs, ${{ secrets.X }})",
    build(g) {
      const acct = acctId(g);
      return g.pick([
        () => `+ aws secretsmanager get-secret-value --secret-id arn:aws:secretsmanager:us-east-1:${acct}:secret:prod/db-${g.a(6)} --query SecretString --output text > /tmp/db.json\n+ jq -r .host /tmp/db.json\ndb.example.internal`,
        () => `+ export DB_PASSWORD="$(vault kv get -field=password secret/prod/db)"\n+ export STRIPE_KEY_REF=vault:secret/data/prod/stripe#secret_key\nSuccess! Data read from secret/prod/db (version 14)`,
        () => `+ op run --env-file=.env.tpl -- ./migrate.sh\n.env.tpl: DATABASE_PASSWORD=op://Production/pg-main/password\n.env.tpl: SENDGRID_API_KEY=op://Production/sendgrid/credential\nmigrations: 3 applied`,
        () => `App settings (az webapp config appsettings list):\n  SqlPassword = @Microsoft.KeyVault(SecretUri=https://kv-prod-acme.vault.azure.net/secrets/sql-password/${g.h(32)})\n  ApiKey = @Microsoft.KeyVault(VaultName=kv-prod-acme;SecretName=partner-api-key)\n  WEBSITE_RUN_FROM_PACKAGE = 1`,
        () => `##[group]Run ./deploy.sh\nenv:\n  NPM_TOKEN: \${{ secrets.NPM_TOKEN }}\n  DOPPLER_TOKEN: \${{ secrets.DOPPLER_TOKEN }}\n  AWS_ROLE_ARN: arn:aws:iam::${acct}:role/gha-deploy\n##[endgroup]`,
      ])();
    },
  },
  {
    ctx: "JWKS / OIDC discovery response (public RSA keys, x5t thumbprints)",
    build(g) {
      return `$ curl -s https://sso.example.org/realms/prod/protocol/openid-connect/certs\n` + JSON.stringify({
        keys: [{ kid: g.u(43), kty: "RSA", alg: "RS256", use: "sig", n: g.u(342), e: "AQAB", "x5t#S256": g.u(43), x5t: g.u(27) }],
      }, null, 2);
    },
  },
  {
    ctx: "docker buildx output: layer digests, cache keys, manifest/config digests",
    build(g) {
      return [
        `#1 [internal] load build definition from Dockerfile`,
        `#5 [internal] load metadata for docker.io/library/node:20-alpine`,
        `#6 [1/6] FROM docker.io/library/node:20-alpine@sha256:${g.sha256()}`,
        `#6 resolve docker.io/library/node:20-alpine@sha256:${g.sha256()} done`,
        `#6 sha256:${g.sha256()} 3.41MB / 3.41MB 0.4s done`,
        `#9 [4/6] RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci`,
        `#9 CACHED`,
        `#12 exporting to image`,
        `#12 exporting layers done`,
        `#12 exporting manifest sha256:${g.sha256()} done`,
        `#12 exporting config sha256:${g.sha256()} done`,
        `#12 naming to registry.example.com/web:${g.sha().slice(0, 7)} done`,
      ].join("\n");
    },
  },
  {
    ctx: "encrypted blobs in logs: SOPS ENC[...] values, SealedSecret encryptedData",
    build(g) {
      return g.pick([
        () => [
          `$ cat secrets/prod.enc.yaml`,
          `db_password: ENC[AES256_GCM,data:${g.b(24)},iv:${g.b(43)}=,tag:${g.b(22)}==,type:str]`,
          `stripe_key: ENC[AES256_GCM,data:${g.b(140)},iv:${g.b(43)}=,tag:${g.b(22)}==,type:str]`,
          `sops:`,
          `    age:`,
          `        - recipient: age1${g.str(58, BECH)}`,
          `    lastmodified: "${g.clock().iso(0).replace(".Z", "Z")}"`,
          `    mac: ENC[AES256_GCM,data:${g.b(88)},iv:${g.b(43)}=,tag:${g.b(22)}==,type:str]`,
          `    version: 3.8.1`,
        ].join("\n"),
        () => [
          `$ kubectl get sealedsecret api-credentials -o yaml`,
          `apiVersion: bitnami.com/v1alpha1`,
          `kind: SealedSecret`,
          `spec:`,
          `  encryptedData:`,
          `    STRIPE_SECRET_KEY: AgB${g.b(600)}==`,
          `    DATABASE_URL: AgC${g.b(640)}=`,
          `  template:`,
          `    metadata:`,
          `      name: api-credentials`,
        ].join("\n"),
      ])();
    },
  },
  {
    ctx: "Kubernetes Secret with non-credential data (region, log level, CA bundle)",
    build(g) {
      return [
        `$ kubectl get secret app-settings -o yaml`,
        `apiVersion: v1`,
        `data:`,
        `  REGION: ${b64(g.pick(["eu-west-1", "us-east-1", "ap-southeast-2"]))}`,
        `  LOG_LEVEL: ${b64("debug")}`,
        `  ca.crt: ${b64(g.cert())}`,
        `kind: Secret`,
        `metadata:`,
        `  name: app-settings`,
        `  uid: ${g.uuid()}`,
        `type: Opaque`,
      ].join("\n");
    },
  },
];

const cases: CorpusCase[] = [];
let n = 0;
let env = 0;
for (let round = 0; round < 4; round++) {
  for (const b of BUILDERS) {
    if (cases.length >= 100) break;
    const log = b.build(g);
    cases.push(hand(g, `y113-ben-${String(++n).padStart(3, "0")}`, "benign", log, `benign look-alikes; ${b.ctx}`, env++ * 5 + round));
  }
}

export { cases };
