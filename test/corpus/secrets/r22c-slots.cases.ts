// Round twenty-two, third wave (held-out Y73–Y75 classes): a generated password with symbols under a token's name on a
// unified diff's `+`/`-` line or after a container's `-e`/`--env` flag; a bare YAML `token:` holding a service account's
// bearer token in a JWT's form longer than a slot's value (its parts need not parse); and values whose own form says they
// are no usable secret: a SigV4 credential scope, Django's stored password hashes (`argon2$…`, `pbkdf2_sha256$…`), a SOPS
// envelope percent-encoded in a query. Every credential-shaped value is built at run time.
import { builder, Rng, ALNUM, HEX, B64URL } from "./_gen.ts";

const r = new Rng(0x22c5107);
const b = builder({ category: "r22c-slots", expect: "secrets" });
const bb = builder({ category: "r22c-slots-benign" });

const SYM = ")(}{:;!@#*+?";
const drawn = (n: number) => {
  let v = "";
  do {
    v = Array.from({ length: n }, (_, i) => (i % 6 === 2 || i % 7 === 5 ? r.str(1, SYM) : r.str(1, ALNUM))).join("");
  } while (!/\d/.test(v) || !/[a-z]/.test(v) || !/[A-Z]/.test(v) || /[a-z]{5}|[A-Z]{6}/.test(v) || new Set(v).size < n * 0.8 || /\w\(\)/.test(v));
  return v;
};
const hex = (n: number) => r.str(n, HEX);
const b64u = (n: number) => r.str(n, B64URL);
const b64 = (n: number) => r.str(n, ALNUM + "+/");

// Punctuated draws on a diff's line, after a container's env flag.
b.pos("r22c-diff-plus-env", "diff: + line of an .env file adds a drawn auth token", `--- a/deploy/.env\n+++ b/deploy/.env\n@@ -1,2 +1,3 @@\n DB_HOST=db.internal\n+SMTP_AUTH_TOKEN=${drawn(22)}\n PORT=8080\n`);
b.pos("r22c-diff-minus-env", "diff: - line removing a drawn secret token", `@@ -4,3 +4,3 @@\n-REGISTRY_SECRET_TOKEN=${drawn(24)}\n+REGISTRY_SECRET_TOKEN=\${REGISTRY_SECRET_TOKEN}\n`);
b.pos("r22c-docker-e-continued", "docker run -e NAME=<draw> \\ with a line continuation", `docker run --rm \\\n  -e VAULT_AUTH_TOKEN=${drawn(21)} \\\n  -e REGION=eu-central-1 \\\n  registry.local/sync:2.4`);
b.pos("r22c-docker-env-inline", "podman run --env NAME=<draw> then more flags on one line", `podman run -d --env OCI_API_TOKEN=${drawn(20)} -p 9000:9000 quay.io/acme/api:1.2`);
b.pos("r22c-docker-e-end", "docker run with -e as the last flag before the image on the next line", `docker run -e INGEST_AUTH_TOKEN=${drawn(23)}\n`);
// A bare YAML `token:` holding a long bearer token in a JWT's form.
b.pos("r22c-kubeconfig-token", "kubeconfig user token, JWT-shaped, 3 parts that do not parse", `apiVersion: v1\nkind: Config\nusers:\n- name: deploy-bot\n  user:\n    token: eyJhbGciOiJSUzI1NiIsImtpZCI6${b64u(40)}.${b64u(380)}.${b64u(342)}\ncurrent-context: prod\n`);
b.pos("r22c-yaml-token-two-parts", "YAML token: a long eyJ… value with two parts", `registry:\n  auth:\n    token: eyJ0eXAiOiJKV1QiLCJhbGciOiJFUzI1NiJ9${b64u(30)}.${b64u(420)}\n  insecure: false\n`);

bb.ben("r22c-diff-template-token", "diff: + line setting a token to a variable reference", `+SMTP_AUTH_TOKEN=\${SMTP_AUTH_TOKEN:-changeme}\n LOG_LEVEL=info\n`);
bb.ben("r22c-docker-e-command", "docker run -e NAME=$(cat secret file)", `docker run -e VAULT_AUTH_TOKEN=$(cat /run/secrets/vault_token) -e MODE=prod app:1`);
bb.ben("r22c-docker-e-format", "docker run -e with a printf-style value", `docker run -e LOG_TOKEN_FORMAT=%s:%d:%Y-%m-%dT%H:%M app:1`);
bb.ben("r22c-kubeconfig-token-file", "kubeconfig user with a tokenFile and an empty token", `users:\n- name: ci\n  user:\n    tokenFile: /var/run/secrets/kubernetes.io/serviceaccount/token\n    token: ""\n`);
// Values whose form says they are no secret.
bb.ben("r22c-sigv4-header-execute-api", "SigV4 Authorization header for execute-api", `Authorization: AWS4-HMAC-SHA256 Credential=ASIA/20261203/eu-west-1/execute-api/aws4_request, SignedHeaders=host;x-amz-date, Signature=${hex(64)}`);
bb.ben("r22c-sigv4-presigned-query", "presigned URL X-Amz-Credential percent-encoded scope", `https://bucket.s3.amazonaws.com/report.csv?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=ASIA%2F20261203%2Fus-east-2%2Fs3%2Faws4_request&X-Amz-Date=20261203T101500Z&X-Amz-Expires=900&X-Amz-SignedHeaders=host`);
bb.ben("r22c-django-pbkdf2", "Django fixture with a pbkdf2_sha256 stored hash", `- model: auth.user\n  pk: 3\n  fields:\n    username: ops\n    password: pbkdf2_sha256$870000$${r.str(22, ALNUM)}$${b64(43)}=\n`);
bb.ben("r22c-django-bcrypt-sha256", "Django bcrypt_sha256 hash in a test settings dict", `USER = {"username": "qa", "password": "bcrypt_sha256$$2b$12$${r.str(53, ALNUM + "./")}"}`);
bb.ben("r22c-django-argon2-python", "Django argon2 hash in a Python fixture", `User.objects.create(username="svc", password="argon2$argon2id$v=19$m=102400,t=2,p=8$${r.str(22, ALNUM)}$${r.str(43, ALNUM + "+/")}")`);
bb.ben("r22c-django-scrypt", "Django scrypt hash in JSON", `{"fields": {"password": "scrypt$16384$${r.str(22, ALNUM)}$8$1$${b64(86)}=="}}`);
bb.ben("r22c-sops-form-body", "SOPS envelope percent-encoded in a form body", `POST /hooks HTTP/1.1\nContent-Type: application/x-www-form-urlencoded\n\nchannel=ops&api_secret=ENC%5BAES256_GCM%2Cdata%3A${b64(40).replace(/\+/g, "%2B").replace(/\//g, "%2F")}%2Civ%3A${b64(43).replace(/\+/g, "%2B").replace(/\//g, "%2F")}%3D%2Ctag%3A${r.str(22, ALNUM)}%3D%3D%2Ctype%3Astr%5D`);

export const cases = [...b.cases, ...bb.cases];
