// heldout-y113 shared builders: a seeded generator for credential-shaped values, the log /
// diagnostic renderers (CI logs, HTTP debug dumps, crash reports, infra tool output) and the
// outbound envelopes (LLM bodies, issue comments, paste uploads, tool calls) that carry them.
// Skipped by the loader (leading underscore). Nothing here is a literal credential: every
// credential-shaped value is assembled at run time from split prefixes and PRNG bodies.
import { SeededRng } from "../../helpers/prng.ts";
import type { CorpusCase } from "../types.ts";

export const UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
export const LOWER = "abcdefghijklmnopqrstuvwxyz";
export const DIGITS = "0123456789";
export const ALNUM = UPPER + LOWER + DIGITS;
export const HEX = "0123456789abcdef";
export const HEXU = "0123456789ABCDEF";
export const LOWNUM = LOWER + DIGITS;
export const UPNUM = UPPER + DIGITS;
export const B64 = ALNUM + "+/";
export const B64U = ALNUM + "-_";
export const B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
export const BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";

export type Group =
  | "ai" | "auth" | "cloud" | "comms" | "data" | "devtools" | "keys" | "observability" | "payment" | "saas";

export const b64 = (s: string | Uint8Array): string => Buffer.from(s).toString("base64");
export const b64url = (s: string | Uint8Array): string =>
  Buffer.from(s).toString("base64").replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const p2 = (n: number) => String(n).padStart(2, "0");

/** A wall clock for one log: starts at a seeded instant, ticks forward. */
export class Clock {
  t: number;
  constructor(t: number) {
    this.t = t;
  }
  tick(ms: number): this {
    this.t += ms;
    return this;
  }
  private d() {
    return new Date(this.t);
  }
  iso(frac = 3): string {
    const d = this.d();
    const base = d.toISOString().slice(0, 19);
    const ms = String(d.getUTCMilliseconds()).padStart(3, "0");
    return `${base}.${(ms + "0000000").slice(0, frac)}Z`;
  }
  syslog(): string {
    const d = this.d();
    return `${MONTHS[d.getUTCMonth()]} ${p2(d.getUTCDate())} ${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())}`;
  }
  go(): string {
    const d = this.d();
    return `${d.getUTCFullYear()}/${p2(d.getUTCMonth() + 1)}/${p2(d.getUTCDate())} ${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())}`;
  }
  logcat(): string {
    const d = this.d();
    return `${p2(d.getUTCMonth() + 1)}-${p2(d.getUTCDate())} ${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())}.${String(d.getUTCMilliseconds()).padStart(3, "0")}`;
  }
  clf(): string {
    const d = this.d();
    return `${p2(d.getUTCDate())}/${MONTHS[d.getUTCMonth()]}/${d.getUTCFullYear()}:${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())} +0000`;
  }
  py(): string {
    const d = this.d();
    return `${d.toISOString().slice(0, 10)} ${d.toISOString().slice(11, 19)},${String(d.getUTCMilliseconds()).padStart(3, "0")}`;
  }
  epoch(): number {
    return Math.floor(this.t / 1000);
  }
}

export class Gen extends SeededRng {
  a(n: number) { return this.str(n, ALNUM); }
  h(n: number) { return this.str(n, HEX); }
  hu(n: number) { return this.str(n, HEXU); }
  lo(n: number) { return this.str(n, LOWNUM); }
  up(n: number) { return this.str(n, UPNUM); }
  al(n: number) { return this.str(n, LOWER); }
  au(n: number) { return this.str(n, UPPER); }
  d(n: number) { return this.str(1, "123456789") + this.str(n - 1, DIGITS); }
  u(n: number) { return this.str(n, B64U); }
  b(n: number) { return this.str(n, B64); }
  j(...parts: string[]) { return parts.join(""); }
  /** base64 of n random bytes (with padding). */
  rb64(n: number) { return b64(this.bytes(n)); }
  uuid() {
    return `${this.h(8)}-${this.h(4)}-4${this.h(3)}-${this.pick(["8", "9", "a", "b"])}${this.h(3)}-${this.h(12)}`;
  }
  sha() { return this.h(40); }
  sha256() { return this.h(64); }
  ip() { return `10.${this.range(0, 40)}.${this.range(0, 255)}.${this.range(2, 250)}`; }
  pubip() { return `${this.pick(["203.0.113", "198.51.100", "192.0.2"])}.${this.range(2, 250)}`; }
  clock(): Clock {
    const base = Date.UTC(2024, this.range(0, 11), this.range(1, 28), this.range(0, 23), this.range(0, 59), this.range(0, 59));
    return new Clock(base + this.range(0, 999));
  }
  jwt(payload: Record<string, unknown>, alg = "HS256", sigLen = 43): string {
    const header = b64url(JSON.stringify({ alg, typ: "JWT" }));
    const body = b64url(JSON.stringify(payload));
    return `${header}.${body}.${this.u(sigLen)}`;
  }
  /** A PEM block with a realistic DER opening and random body. */
  pem(label: string, derPrefix: string, bodyChars: number): string {
    let body = derPrefix + this.b(bodyChars - derPrefix.length);
    body = body.slice(0, body.length - (body.length % 4));
    const lines: string[] = [];
    for (let i = 0; i < body.length; i += 64) lines.push(body.slice(i, i + 64));
    return [`-----BEGIN ${label}-----`, ...lines, `-----END ${label}-----`].join("\n");
  }
  rsaKey() { return this.pem(["RSA", "PRIVATE KEY"].join(" "), "MIIEpAIBAAKCAQEA", 1588); }
  pkcs8Key() { return this.pem(["PRIVATE", "KEY"].join(" "), "MIIEvgIBADANBgkqhkiG9w0BAQEFAASCBKgwggSkAgEAAoIBAQ", 1620); }
  ecKey() { return this.pem(["EC PRIVATE", "KEY"].join(" "), "MHcCAQEEI", 160); }
  opensshKey() {
    return this.pem(["OPENSSH PRIVATE", "KEY"].join(" "), "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW", 396);
  }
  cert() { return this.pem("CERTIFICATE", "MIIDdzCCAl+gAwIBAgIU", 1240); }
  pubKey() { return this.pem("PUBLIC KEY", "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA", 392); }
  sshPub(comment: string) {
    return this.pick([
      () => `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${this.b(43)} ${comment}`,
      () => `ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ${this.b(540)}= ${comment}`,
    ])();
  }
  host(): string {
    return this.pick(["api", "gateway", "edge", "svc", "public-api", "rest"]) + "." + this.pick(["example.com", "example.net", "example.org"]);
  }
  pod(app: string) { return `${app}-${this.lo(10)}-${this.lo(5)}`; }
}

// ---------------------------------------------------------------------------------------------
// Specs: one credential type and the slots a developer would put it in.

export interface Req {
  method: string;
  host: string;
  path: string;
  query: [string, string][];
  headers: [string, string][];
  body?: string;
  ctype?: string;
}

export interface Spec {
  provider: string;
  /** env var / config key the value lives under */
  env: string;
  make: (g: Gen) => string;
  /** "token" (default), "dsn" (connection string, value is the whole URI), "hook" (secret URL) */
  kind?: "token" | "dsn" | "hook";
  header?: string;
  scheme?: string;
  query?: string;
  field?: string;
  host?: string;
  path?: string;
  method?: string;
  /** companion env pairs (other half of a key pair, account ids ...) */
  extra?: (g: Gen, v: string) => [string, string][];
  /** custom request carrying the value */
  req?: (g: Gen, v: string) => Req;
  /** only env-style contexts fit (no natural HTTP carrier) */
  envOnly?: boolean;
  times?: number;
}

export function specReq(g: Gen, s: Spec, v: string): Req | null {
  if (s.req) return s.req(g, v);
  if (s.kind === "dsn") return null;
  if (s.kind === "hook") {
    const u = new URL(v);
    const q: [string, string][] = [...u.searchParams.entries()];
    return {
      method: "POST", host: u.host, path: u.pathname, query: q, headers: [],
      body: JSON.stringify(g.pick([{ text: "deploy failed on main" }, { content: "nightly build #" + g.range(200, 900) + " red" }, { text: "alert: queue depth high", username: "ci-bot" }])),
      ctype: "application/json",
    };
  }
  const slug = s.env.split("_")[0]!.toLowerCase().replace(/[^a-z0-9]/g, "");
  const host = s.host ?? g.pick([`api.${slug}.example.com`, `${slug}.example.net`, `api.${slug}.test`]);
  const path = s.path ?? g.pick(["/v1/items", "/v2/events", "/api/v1/status", "/v1/query", "/api/jobs"]);
  const r: Req = { method: s.method ?? (s.field ? "POST" : "GET"), host, path, query: [], headers: [] };
  if (s.header) r.headers.push([s.header, (s.scheme ?? "") + v]);
  else if (s.query) r.query.push([s.query, v]);
  else {
    const field = s.field ?? s.env.toLowerCase();
    r.method = "POST";
    r.body = JSON.stringify({ [field]: v, ...g.pick([{ limit: 50 }, { dry_run: false }, { region: "eu-west-1" }, {}]) });
    r.ctype = "application/json";
  }
  if (!r.body && r.method === "POST") {
    r.body = JSON.stringify(g.pick([{ query: "status:failed", limit: 20 }, { name: "nightly-export" }, { input: "ping" }]));
    r.ctype = "application/json";
  }
  return r;
}

export const qs = (q: [string, string][]) => (q.length ? "?" + q.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join("&") : "");
export const fullUrl = (r: Req) => `https://${r.host}${r.path}${qs(r.query)}`;

/** Everything a renderer needs about one case. */
export interface Ctx {
  spec: Spec;
  value: string;
  /** target pair first, then companions */
  pairs: [string, string][];
  req: Req | null;
}

// ---------------------------------------------------------------------------------------------
// Noise: benign-looking environment and log filler that sits next to the secret.

export function noiseEnv(g: Gen, n: number): [string, string][] {
  const pool: (() => [string, string])[] = [
    () => ["NODE_ENV", "production"],
    () => ["LOG_LEVEL", g.pick(["info", "debug", "warn"])],
    () => ["PORT", String(g.pick([3000, 8080, 8000, 9090]))],
    () => ["TZ", "UTC"],
    () => ["HOSTNAME", g.pod(g.pick(["api", "worker", "billing", "ingest"]))],
    () => ["GIT_COMMIT", g.sha()],
    () => ["AWS_REGION", g.pick(["us-east-1", "eu-west-1", "ap-southeast-2"])],
    () => ["OTEL_SERVICE_NAME", g.pick(["checkout", "search-api", "notifier"])],
    () => ["PATH", "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"],
    () => ["HOME", g.pick(["/root", "/home/app", "/home/runner"])],
    () => ["BUILD_NUMBER", String(g.range(100, 9999))],
    () => ["FEATURE_FLAGS", g.pick(["new-checkout,fast-search", "beta-ui"])],
    () => ["REQUEST_TIMEOUT_MS", String(g.pick([5000, 15000, 30000]))],
    () => ["APP_VERSION", `${g.range(1, 4)}.${g.range(0, 30)}.${g.range(0, 9)}`],
  ];
  const out: [string, string][] = [];
  const seen = new Set<string>();
  while (out.length < n) {
    const p = g.pick(pool)();
    if (seen.has(p[0])) continue;
    seen.add(p[0]);
    out.push(p);
  }
  return out;
}

/** Target pairs inserted at a random position into noise. */
export function mixEnv(g: Gen, pairs: [string, string][], noise = 4): [string, string][] {
  const out = noiseEnv(g, noise);
  const at = g.range(0, out.length);
  out.splice(at, 0, ...pairs);
  return out;
}

const shq = (v: string) => (/^[A-Za-z0-9_./:@%+=,-]+$/.test(v) ? v : `'${v.replace(/'/g, `'\\''`)}'`);
const camel = (env: string) =>
  env.toLowerCase().split("_").map((w, i) => (i === 0 ? w : w.charAt(0).toUpperCase() + w.slice(1))).join("");
const pascal = (env: string) => env.toLowerCase().split("_").map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join("");
const yq = (v: string) => (/^[A-Za-z0-9_./@-]+$/.test(v) && !/^[0-9]/.test(v) ? v : JSON.stringify(v));
const pyr = (v: string) => `'${v.replace(/\\/g, "\\\\").replace(/'/g, "\\'")}'`;

// ---------------------------------------------------------------------------------------------
// Env-style renderers: the value appears as NAME=value in some tool's output.

export type Renderer = { name: string; render: (g: Gen, c: Ctx) => string; fits?: (v: string) => boolean };

const isSqlUrl = (v: string) => /^(postgres|postgresql|mysql)(\+\w+)?:\/\//.test(v);
const isJavaish = (v: string) => v.startsWith("jdbc:") || v.includes(";Password=");
const isUrl = (v: string) => /^[a-z][a-z0-9+.-]*:\/\//.test(v);

export const ENV_RENDERERS: Renderer[] = [
  {
    name: "GitHub Actions log, set -x export trace",
    render(g, c) {
      const k = g.clock();
      const L = (s: string) => `${k.tick(g.range(1, 900)).iso(7)} ${s}`;
      const script = g.pick(["./scripts/deploy.sh staging", "make release", "./ci/smoke-test.sh", "bash tools/publish.sh"]);
      const short = g.sha().slice(0, 7);
      const lines = [
        L(`##[group]Run ${script}`),
        L(script),
        L("shell: /usr/bin/bash -e {0}"),
        L("env:"),
        L(`  RUNNER_DEBUG: 1`),
        L("##[endgroup]"),
        L("+ set -o pipefail"),
        ...c.pairs.map(([n, v]) => L(`+ export ${n}=${shq(v)}`)),
        L(`+ echo 'deploying ${short}'`),
        L(`deploying ${short}`),
        L(`${script.split(" ")[0]}: line ${g.range(20, 140)}: ${g.pick(["jq: command not found", "aws: command not found", "unbound variable"])}`),
        L(`##[error]Process completed with exit code ${g.pick([1, 2, 127])}.`),
      ];
      return lines.join("\n");
    },
  },
  {
    name: "GitLab CI job log with set -x",
    render(g, c) {
      const sha = g.sha();
      return [
        `Running with gitlab-runner 16.${g.range(5, 11)}.${g.range(0, 3)} (${g.h(8)})`,
        `  on docker-runner-${g.range(1, 9)} ${g.a(8)}, system ID: s_${g.h(12)}`,
        `Preparing the "docker" executor`,
        `Using Docker executor with image ${g.pick(["node:20-bookworm", "python:3.12-slim", "golang:1.22"])} ...`,
        `Getting source from Git repository`,
        `Fetching changes with git depth set to 20...`,
        `Checking out ${sha.slice(0, 8)} as detached HEAD (ref is main)...`,
        `Executing "step_script" stage of the job script`,
        `$ set -x`,
        `$ ./ci/${g.pick(["release", "migrate", "upload"])}.sh`,
        ...c.pairs.map(([n, v]) => `++ ${n}=${shq(v)}`),
        ...c.pairs.map(([n]) => `++ export ${n}`),
        `+ ./bin/${g.pick(["app", "cli", "migrate"])} --env production`,
        `Error: ${g.pick(["connection refused", "401 Unauthorized", "context deadline exceeded"])}`,
        `Cleaning up project directory and file based variables`,
        `ERROR: Job failed: exit code 1`,
      ].join("\n");
    },
  },
  {
    name: "Jenkins console output, sh step trace",
    render(g, c) {
      const job = g.pick(["payments-deploy", "mobile-release", "data-sync", "api-build"]);
      return [
        `Started by user ${g.pick(["deploy-bot", "jmartin", "release-train"])}`,
        `[Pipeline] Start of Pipeline`,
        `[Pipeline] node`,
        `Running on agent-linux-${p2(g.range(1, 20))} in /var/lib/jenkins/workspace/${job}`,
        `[Pipeline] {`,
        `[Pipeline] stage`,
        `[Pipeline] { (Deploy)`,
        `[Pipeline] sh`,
        ...c.pairs.map(([n, v]) => `+ export ${n}=${shq(v)}`),
        `+ ./gradlew ${g.pick(["publish", "deployProd", "bootRun"])} --no-daemon`,
        `FAILURE: Build failed with an exception.`,
        `[Pipeline] }`,
        `[Pipeline] End of Pipeline`,
        `ERROR: script returned exit code 1`,
        `Finished: FAILURE`,
      ].join("\n");
    },
  },
  {
    name: "CircleCI step output of env | sort",
    render(g, c) {
      const env = mixEnv(g, c.pairs, 5);
      env.push(["CIRCLE_BUILD_NUM", String(g.range(1000, 99999))], ["CIRCLE_SHA1", g.sha()], ["CIRCLE_WORKFLOW_ID", g.uuid()]);
      env.sort((x, y) => (x[0] < y[0] ? -1 : 1));
      return [`#!/bin/bash -eo pipefail`, `env | sort`, ...env.map(([n, v]) => `${n}=${v}`), ``, `CircleCI received exit code 0`].join("\n");
    },
  },
  {
    name: "Buildkite job log, printenv debug step",
    render(g, c) {
      const env = mixEnv(g, c.pairs, 4);
      env.unshift(["BUILDKITE_BUILD_ID", g.uuid()], ["BUILDKITE_COMMIT", g.sha()]);
      return [
        `~~~ Preparing working directory`,
        `$ cd /var/lib/buildkite-agent/builds/agent-${g.range(1, 9)}/acme/${g.pick(["api", "web", "infra"])}`,
        `~~~ Running commands`,
        `$ printenv`,
        ...env.map(([n, v]) => `${n}=${v}`),
        `$ make deploy`,
        `make: *** [Makefile:${g.range(10, 90)}: deploy] Error 2`,
        `🚨 Error: The command exited with status 2`,
      ].join("\n");
    },
  },
  {
    name: "docker inspect Config.Env",
    render(g, c) {
      const env = mixEnv(g, c.pairs, 4);
      const obj = [{
        Id: g.h(64),
        Created: g.clock().iso(9),
        Path: "docker-entrypoint.sh",
        Args: [g.pick(["node", "gunicorn", "./server"])],
        State: { Status: "exited", Running: false, ExitCode: 1, Error: "", OOMKilled: false },
        Image: "sha256:" + g.h(64),
        Name: "/" + g.pick(["api-1", "worker", "shop-api-1"]),
        RestartCount: g.range(0, 5),
        Config: {
          Hostname: g.h(12),
          Env: env.map(([n, v]) => `${n}=${v}`),
          Image: `registry.example.com/${g.pick(["api", "worker"])}:${g.range(1, 3)}.${g.range(0, 20)}`,
          WorkingDir: "/app",
        },
      }];
      return `$ docker inspect ${obj[0]!.Name.slice(1)}\n` + JSON.stringify(obj, null, 4);
    },
  },
  {
    name: "docker compose config output",
    render(g, c) {
      const env = mixEnv(g, c.pairs, 3);
      const svc = g.pick(["api", "worker", "app", "backend"]);
      return [
        `$ docker compose config`,
        `name: ${g.pick(["shop", "platform", "acme"])}`,
        `services:`,
        `  ${svc}:`,
        `    build:`,
        `      context: /home/dev/src/${svc}`,
        `      dockerfile: Dockerfile`,
        `    environment:`,
        ...env.map(([n, v]) => `      ${n}: ${yq(v)}`),
        `    networks:`,
        `      default: null`,
        `    ports:`,
        `      - mode: ingress`,
        `        target: 8080`,
        `        published: "8080"`,
        `        protocol: tcp`,
        `networks:`,
        `  default:`,
        `    name: ${svc}_default`,
      ].join("\n");
    },
  },
  {
    name: "kubectl describe pod (Environment section)",
    render(g, c) {
      const app = g.pick(["api", "worker", "billing", "notifier"]);
      const env = mixEnv(g, c.pairs, 2);
      return [
        `$ kubectl describe pod ${g.pod(app)} -n prod`,
        `Name:             ${g.pod(app)}`,
        `Namespace:        prod`,
        `Node:             ip-${g.ip().replace(/\./g, "-")}.ec2.internal/${g.ip()}`,
        `Status:           Running`,
        `Containers:`,
        `  ${app}:`,
        `    Container ID:   containerd://${g.h(64)}`,
        `    Image:          registry.example.com/${app}:${g.range(1, 3)}.${g.range(0, 20)}.${g.range(0, 9)}`,
        `    Image ID:       registry.example.com/${app}@sha256:${g.h(64)}`,
        `    State:          Waiting`,
        `      Reason:       CrashLoopBackOff`,
        `    Restart Count:  ${g.range(3, 40)}`,
        `    Environment:`,
        ...env.map(([n, v]) => `      ${n}:${" ".repeat(Math.max(1, 22 - n.length))}${v}`),
        `      SMTP_PASSWORD:${" ".repeat(9)}<set to the key 'password' in secret 'smtp'>  Optional: false`,
        `    Mounts:`,
        `      /var/run/secrets/kubernetes.io/serviceaccount from kube-api-access-${g.lo(5)} (ro)`,
        `Events:`,
        `  Warning  BackOff  ${g.range(1, 59)}s (x${g.range(2, 30)} over ${g.range(2, 20)}m)  kubelet  Back-off restarting failed container`,
      ].join("\n");
    },
  },
  {
    name: "kubectl get deployment -o yaml (literal env values)",
    render(g, c) {
      const app = g.pick(["api", "worker", "gateway"]);
      const env = mixEnv(g, c.pairs, 2);
      return [
        `apiVersion: apps/v1`,
        `kind: Deployment`,
        `metadata:`,
        `  annotations:`,
        `    deployment.kubernetes.io/revision: "${g.range(2, 90)}"`,
        `  generation: ${g.range(2, 90)}`,
        `  name: ${app}`,
        `  namespace: ${g.pick(["prod", "staging", "default"])}`,
        `  resourceVersion: "${g.range(1000000, 99999999)}"`,
        `  uid: ${g.uuid()}`,
        `spec:`,
        `  template:`,
        `    spec:`,
        `      containers:`,
        `      - name: ${app}`,
        `        image: registry.example.com/${app}@sha256:${g.h(64)}`,
        `        env:`,
        ...env.flatMap(([n, v]) => [`        - name: ${n}`, `          value: ${yq(v)}`]),
      ].join("\n");
    },
  },
  {
    name: "kubectl get secret -o yaml (base64 data)",
    render(g, c) {
      const name = g.pick(["app-env", "api-credentials", "runtime-secrets"]);
      return [
        `$ kubectl get secret ${name} -o yaml`,
        `apiVersion: v1`,
        `data:`,
        ...c.pairs.map(([n, v]) => `  ${n}: ${b64(v)}`),
        `kind: Secret`,
        `metadata:`,
        `  creationTimestamp: "${g.clock().iso(0).replace(".Z", "Z")}"`,
        `  name: ${name}`,
        `  namespace: prod`,
        `  resourceVersion: "${g.range(100000, 9999999)}"`,
        `  uid: ${g.uuid()}`,
        `type: Opaque`,
      ].join("\n");
    },
  },
  {
    name: "terraform plan (lambda environment variables)",
    render(g, c) {
      const fn = g.pick(["ingest", "webhook_handler", "nightly_export"]);
      return [
        `Terraform will perform the following actions:`,
        ``,
        `  # aws_lambda_function.${fn} will be updated in-place`,
        `  ~ resource "aws_lambda_function" "${fn}" {`,
        `        id                             = "${fn.replace(/_/g, "-")}"`,
        `      ~ last_modified                  = "${g.clock().iso(3).replace("Z", "+0000")}" -> (known after apply)`,
        `      ~ source_code_hash               = "${g.rb64(32)}" -> "${g.rb64(32)}"`,
        `        # (18 unchanged attributes hidden)`,
        ``,
        `      ~ environment {`,
        `          ~ variables = {`,
        ...c.pairs.map(([n, v]) => `              + "${n}" = "${v}"`),
        `                # (3 unchanged elements hidden)`,
        `            }`,
        `        }`,
        `    }`,
        ``,
        `Plan: 0 to add, 1 to change, 0 to destroy.`,
      ].join("\n");
    },
  },
  {
    name: "ansible-playbook -vvv module_args",
    render(g, c) {
      const host = g.pick(["web-01", "app-02", "worker-03"]);
      const env: Record<string, string> = {};
      for (const [n, v] of mixEnv(g, c.pairs, 2)) env[n] = v;
      const res = {
        changed: true,
        container: { Id: g.h(64) },
        invocation: {
          module_args: {
            name: g.pick(["api", "worker"]),
            image: `registry.example.com/api:${g.range(1, 3)}.${g.range(0, 20)}`,
            env,
            restart_policy: "unless-stopped",
            state: "started",
          },
        },
      };
      return [
        `TASK [app : start container] ${"*".repeat(40)}`,
        `task path: /home/ops/ansible/roles/app/tasks/main.yml:${g.range(10, 80)}`,
        `<${g.ip()}> ESTABLISH SSH CONNECTION FOR USER: deploy`,
        `<${g.ip()}> SSH: EXEC ssh -C -o ControlMaster=auto -o ControlPersist=60s -o 'User="deploy"' -o ConnectTimeout=10 ${g.ip()} '/bin/sh -c '"'"'echo ~deploy && sleep 0'"'"''`,
        `changed: [${host}] => ${JSON.stringify(res, null, 4)}`,
      ].join("\n");
    },
  },
  {
    name: "journalctl, app logs its config at startup",
    render(g, c) {
      const k = g.clock();
      const host = g.pick(["web-01", "ip-10-0-3-12", "edge-fra-2"]);
      const unit = g.pick(["api", "sync-worker", "gateway"]);
      const pid = g.range(800, 40000);
      return [
        `$ journalctl -u ${unit}.service --since "10 min ago"`,
        `${k.syslog()} ${host} systemd[1]: Started ${unit}.service - ${unit} daemon.`,
        `${k.tick(300).syslog()} ${host} ${unit}[${pid}]: level=info msg="starting" version=${g.range(1, 4)}.${g.range(0, 20)}.${g.range(0, 9)} commit=${g.sha().slice(0, 12)}`,
        ...c.pairs.map(([n, v]) => `${k.tick(2).syslog()} ${host} ${unit}[${pid}]: level=debug msg="config loaded" key=${n} value="${v}"`),
        `${k.tick(1200).syslog()} ${host} ${unit}[${pid}]: level=error msg="startup failed" err="${g.pick(["dial tcp 10.0.4.12:5432: i/o timeout", "401 Unauthorized", "x509: certificate signed by unknown authority"])}"`,
        `${k.tick(10).syslog()} ${host} systemd[1]: ${unit}.service: Main process exited, code=exited, status=1/FAILURE`,
        `${k.tick(10).syslog()} ${host} systemd[1]: ${unit}.service: Failed with result 'exit-code'.`,
      ].join("\n");
    },
  },
  {
    name: "systemctl show -p Environment",
    render(g, c) {
      const unit = g.pick(["api", "billing-worker", "metrics-relay"]);
      const env = mixEnv(g, c.pairs, 2);
      return [
        `$ systemctl show ${unit}.service -p Environment -p ExecStart -p MainPID`,
        `Environment=${env.map(([n, v]) => `${n}=${v}`).join(" ")}`,
        `ExecStart={ path=/opt/${unit}/bin/${unit} ; argv[]=/opt/${unit}/bin/${unit} --config /etc/${unit}/config.yml ; ignore_errors=no ; start_time=[n/a] ; stop_time=[n/a] ; pid=0 ; code=(null) ; status=0/0 }`,
        `MainPID=0`,
      ].join("\n");
    },
  },
  {
    name: "pytest --showlocals failure",
    render(g, c) {
      const env = mixEnv(g, c.pairs, 2);
      const settings = "{" + env.map(([n, v]) => `${pyr(n)}: ${pyr(v)}`).join(", ") + "}";
      const [n0, v0] = c.pairs[0]!;
      return [
        `${"_".repeat(20)} test_client_roundtrip ${"_".repeat(20)}`,
        ``,
        `settings = ${settings}`,
        ``,
        `    def test_client_roundtrip(settings):`,
        `        client = make_client(settings)`,
        `>       resp = client.ping()`,
        ``,
        `client     = <app.clients.ApiClient object at 0x7f${g.h(10)}>`,
        `${camel(n0).replace(/[A-Z]/g, (m) => "_" + m.toLowerCase())} = ${pyr(v0)}`,
        ``,
        `tests/test_client.py:${g.range(20, 200)}: `,
        `E   app.clients.ApiError: ${g.pick(["401 Unauthorized", "403 Forbidden: invalid credentials", "timed out after 30s"])}`,
        `=========================== short test summary info ============================`,
        `FAILED tests/test_client.py::test_client_roundtrip - app.clients.ApiError`,
      ].join("\n");
    },
  },
  {
    name: "Python traceback with locals (crash reporter)",
    render(g, c) {
      const [n0, v0] = c.pairs[0]!;
      const local = n0.toLowerCase();
      return [
        `Traceback (most recent call last):`,
        `  File "/app/worker/main.py", line ${g.range(20, 300)}, in run`,
        `    client = build_client()`,
        `  File "/app/worker/clients.py", line ${g.range(20, 300)}, in build_client`,
        `    return Client(${local}=${local}, timeout=cfg.timeout)`,
        `    Locals:`,
        ...c.pairs.map(([n, v]) => `      ${n.toLowerCase()} = ${pyr(v)}`),
        `      cfg = <Config env='production' region='${g.pick(["us-east-1", "eu-central-1"])}'>`,
        `      request_id = '${g.uuid()}'`,
        `  File "/usr/local/lib/python3.12/site-packages/httpx/_client.py", line 1015, in send`,
        `    raise exc`,
        `httpx.HTTPStatusError: Client error '401 Unauthorized' for url 'https://${g.host()}/v1/ping'`,
        `(crash report ${g.uuid()} written; ${local} length ${v0.length})`,
      ].join("\n");
    },
  },
  {
    name: "Go log, config struct printed with %+v",
    render(g, c) {
      const k = g.clock();
      const fields = mixEnv(g, c.pairs, 2).map(([n, v]) => `${pascal(n)}:${v}`);
      return [
        `${k.go()} starting ${g.pick(["ingestd", "relay", "syncer"])} ${g.range(0, 3)}.${g.range(0, 30)}.${g.range(0, 9)} (${g.sha().slice(0, 7)})`,
        `${k.tick(3).go()} config: &{${fields.join(" ")} Timeout:30s Retries:3}`,
        `${k.tick(2000).go()} panic: ${g.pick(["runtime error: invalid memory address or nil pointer dereference", "upstream returned 401"])}`,
        ``,
        `goroutine 1 [running]:`,
        `main.main()`,
        `\t/src/cmd/server/main.go:${g.range(30, 200)} +0x${g.h(3)}`,
        `exit status 2`,
      ].join("\n");
    },
  },
  {
    name: "Sentry event JSON (extra.environ)",
    render(g, c) {
      const env: Record<string, string> = {};
      for (const [n, v] of mixEnv(g, c.pairs, 3)) env[n] = v;
      const ev = {
        event_id: g.h(32),
        timestamp: g.clock().epoch() + 0.125,
        platform: "python",
        level: "error",
        release: `api@${g.sha().slice(0, 12)}`,
        environment: "production",
        exception: { values: [{ type: "KeyError", value: "'customer_id'", module: null }] },
        contexts: { trace: { trace_id: g.h(32), span_id: g.h(16), op: "task" } },
        extra: { environ: env },
      };
      return JSON.stringify(ev, null, 2);
    },
  },
  {
    name: "helm upgrade --debug (USER-SUPPLIED VALUES)",
    render(g, c) {
      const rel = g.pick(["api", "storefront", "ingest"]);
      return [
        `history.go:56: [debug] getting history for release ${rel}`,
        `upgrade.go:164: [debug] preparing upgrade for ${rel}`,
        `upgrade.go:172: [debug] performing update for ${rel}`,
        `Error: UPGRADE FAILED: context deadline exceeded`,
        `helm.go:84: [debug] context deadline exceeded`,
        `RELEASE: ${rel}`,
        `USER-SUPPLIED VALUES:`,
        `env:`,
        ...c.pairs.map(([n, v]) => `  ${n}: ${yq(v)}`),
        `image:`,
        `  tag: ${g.sha().slice(0, 7)}`,
        `replicaCount: ${g.range(2, 6)}`,
      ].join("\n");
    },
  },
  {
    name: "docker history --no-trunc (build ARG in RUN line)",
    render(g, c) {
      const args = c.pairs.map(([n, v]) => `${n}=${v}`).join(" ");
      const n = c.pairs.length;
      return [
        `$ docker history --no-trunc registry.example.com/${g.pick(["web", "api"])}:latest`,
        `IMAGE                                                                     CREATED        CREATED BY                                                                                      SIZE      COMMENT`,
        `sha256:${g.h(64)}   2 days ago     CMD ["node" "dist/server.js"]                                                                      0B        buildkit.dockerfile.v0`,
        `<missing>                                                                 2 days ago     RUN |${n} ${args} /bin/sh -c ${g.pick(["npm ci && npm run build", "pip install -r requirements.txt", "bundle install"])} # buildkit   412MB     buildkit.dockerfile.v0`,
        `<missing>                                                                 2 days ago     ARG ${c.pairs.map(([x]) => x).join(" ")}                                                                      0B        buildkit.dockerfile.v0`,
        `<missing>                                                                 2 days ago     WORKDIR /app                                                                                    0B        buildkit.dockerfile.v0`,
      ].join("\n");
    },
  },
  {
    name: "pm2 env output",
    render(g, c) {
      const env = mixEnv(g, c.pairs, 4);
      return [`$ pm2 env ${g.range(0, 4)}`, ...env.map(([n, v]) => `${n}: ${v}`), `unique_id: ${g.uuid()}`, `pm_id: ${g.range(0, 4)}`].join("\n");
    },
  },
  {
    name: "Spring Boot actuator /env response",
    render(g, c) {
      const props: Record<string, { value: string; origin: string }> = {};
      for (const [n, v] of mixEnv(g, c.pairs, 2)) props[n] = { value: v, origin: `System Environment Property "${n}"` };
      return JSON.stringify({
        activeProfiles: ["prod"],
        propertySources: [
          { name: "server.ports", properties: { "local.server.port": { value: 8080 } } },
          { name: "systemEnvironment", properties: props },
        ],
      }, null, 2);
    },
  },
];

// ---------------------------------------------------------------------------------------------
// HTTP renderers: the request that carries the value, as some client or tool dumps it.

const reqHeaders = (r: Req, ua: string): [string, string][] => {
  const h: [string, string][] = [["Host", r.host], ["User-Agent", ua], ["Accept", "application/json"]];
  h.push(...r.headers);
  if (r.body) h.push(["Content-Type", r.ctype ?? "application/json"], ["Content-Length", String(r.body.length)]);
  return h;
};
const target = (r: Req) => `${r.path}${qs(r.query)}`;

export const HTTP_RENDERERS: Renderer[] = [
  {
    name: "curl -v dump",
    render(g, c) {
      const r = c.req!;
      const ip = g.pubip();
      const cmdH = r.headers.map(([k, v]) => ` -H "${k}: ${v.includes(c.value) ? v.replace(c.value, "$" + c.spec.env) : "$" + k.toUpperCase().replace(/[^A-Z]/g, "_")}"`).join("");
      const cmd = `$ curl -v -X ${r.method} "${fullUrl(r)}"${cmdH}${r.body ? ` -H 'Content-Type: application/json' -d '${r.body}'` : ""}`;
      const out = [
        cmd,
        `*   Trying ${ip}:443...`,
        `* Connected to ${r.host} (${ip}) port 443`,
        `* ALPN: curl offers h2,http/1.1`,
        `* TLSv1.3 (OUT), TLS handshake, Client hello (1):`,
        `* SSL connection using TLSv1.3 / TLS_AES_256_GCM_SHA384 / X25519 / RSASSA-PSS`,
        `* Server certificate:`,
        `*  subject: CN=${r.host}`,
        `*  issuer: C=US; O=Example Trust; CN=Example TLS RSA CA G1`,
        `* using HTTP/2`,
        `> ${r.method} ${target(r)} HTTP/2`,
        `> Host: ${r.host}`,
        `> User-Agent: curl/8.${g.range(2, 9)}.${g.range(0, 1)}`,
        `> Accept: */*`,
        ...r.headers.map(([k, v]) => `> ${k}: ${v}`),
        ...(r.body ? [`> Content-Type: application/json`, `> Content-Length: ${r.body.length}`] : []),
        `>`,
        `< HTTP/2 ${g.pick([401, 403, 500, 502])}`,
        `< content-type: application/json`,
        `< x-request-id: ${g.uuid()}`,
        `< date: ${new Date(g.clock().t).toUTCString()}`,
        `<`,
        `{"error":"${g.pick(["unauthorized", "forbidden", "upstream timeout"])}"}`,
        `* Connection #0 to host ${r.host} left intact`,
      ];
      return out.join("\n");
    },
  },
  {
    name: "Python requests/http.client debuglevel=1 dump",
    render(g, c) {
      const r = c.req!;
      const hs = reqHeaders(r, "python-requests/2.31.0").filter(([k]) => k !== "Accept");
      hs.splice(2, 0, ["Accept-Encoding", "gzip, deflate"], ["Accept", "*/*"], ["Connection", "keep-alive"]);
      const code = g.pick([401, 403, 429]);
      const lines = [
        `DEBUG:urllib3.connectionpool:Starting new HTTPS connection (1): ${r.host}:443`,
        `send: b'${r.method} ${target(r)} HTTP/1.1\\r\\n${hs.map(([k, v]) => `${k}: ${v}`).join("\\r\\n")}\\r\\n\\r\\n'`,
      ];
      if (r.body) lines.push(`send: b'${r.body}'`);
      lines.push(
        `reply: 'HTTP/1.1 ${code} ${code === 401 ? "Unauthorized" : code === 403 ? "Forbidden" : "Too Many Requests"}\\r\\n'`,
        `header: Content-Type: application/json`,
        `header: X-Request-Id: ${g.uuid()}`,
        `DEBUG:urllib3.connectionpool:https://${r.host}:443 "${r.method} ${target(r)} HTTP/1.1" ${code} ${g.range(40, 400)}`,
        `Traceback (most recent call last):`,
        `  File "/app/sync.py", line ${g.range(10, 200)}, in <module>`,
        `    resp.raise_for_status()`,
        `requests.exceptions.HTTPError: ${code} Client Error for url: ${fullUrl(r)}`,
      );
      return lines.join("\n");
    },
  },
  {
    name: "Node axios error dump (config.headers)",
    render(g, c) {
      const r = c.req!;
      const hk = (k: string) => (/^[A-Za-z]+$/.test(k) ? k : `'${k}'`);
      const headers = [["Accept", "application/json, text/plain, */*"], ...(r.body ? [["Content-Type", "application/json"]] : []), ...r.headers, ["User-Agent", "axios/1.6.8"]] as [string, string][];
      return [
        `AxiosError: Request failed with status code ${g.pick([401, 403])}`,
        `    at settle (/app/node_modules/axios/dist/node/axios.cjs:1966:12)`,
        `    at IncomingMessage.handleStreamEnd (/app/node_modules/axios/dist/node/axios.cjs:3065:11)`,
        `    at IncomingMessage.emit (node:events:531:35)`,
        `    at endReadableNT (node:internal/streams/readable:1696:12)`,
        `    at Axios.request (/app/node_modules/axios/dist/node/axios.cjs:3876:41) {`,
        `  code: 'ERR_BAD_REQUEST',`,
        `  config: {`,
        `    timeout: 10000,`,
        `    headers: Object [AxiosHeaders] {`,
        ...headers.map(([k, v]) => `      ${hk(k)}: '${v}',`),
        `    },`,
        `    method: '${r.method.toLowerCase()}',`,
        `    url: '${fullUrl(r)}',`,
        `    data: ${r.body ? `'${r.body}'` : "undefined"}`,
        `  },`,
        `  request: <ref *1> ClientRequest { _header: '...' },`,
        `  response: { status: ${g.pick([401, 403])}, statusText: 'Unauthorized' }`,
        `}`,
        ``,
        `Node.js v20.${g.range(9, 15)}.0`,
      ].join("\n");
    },
  },
  {
    name: "Go httputil.DumpRequestOut in debug log",
    render(g, c) {
      const r = c.req!;
      const k = g.clock();
      const hs = reqHeaders(r, "Go-http-client/1.1").filter(([x]) => x !== "Accept");
      hs.push(["Accept-Encoding", "gzip"]);
      return [
        `${k.go()} DEBUG outgoing request:`,
        `${r.method} ${target(r)} HTTP/1.1`,
        ...hs.map(([a, b]) => `${a}: ${b}`),
        ``,
        ...(r.body ? [r.body] : []),
        `${k.tick(180).go()} ERROR request failed status=${g.pick([401, 403, 500])} body="{\\"message\\":\\"unauthorized\\"}"`,
      ].join("\n");
    },
  },
  {
    name: "terraform TF_LOG=DEBUG provider HTTP request dump",
    render(g, c) {
      const r = c.req!;
      const k = g.clock();
      const prov = g.pick(["terraform-provider-restapi_v1.19.1", "terraform-provider-http_v3.4.2", "terraform-provider-custom_v0.8.0"]);
      const pre = `${k.iso(3)} [DEBUG] provider.${prov}:`;
      const hs = reqHeaders(r, "Terraform/1.8.4 terraform-provider/0.8.0").filter(([x]) => x !== "Accept");
      return [
        `${pre} ---[ REQUEST ]---------------------------------------`,
        `${pre} ${r.method} ${target(r)} HTTP/1.1`,
        ...hs.map(([a, b]) => `${pre} ${a}: ${b}`),
        ...(r.body ? [`${pre} `, `${pre} ${r.body}`] : []),
        `${pre} -----------------------------------------------------: timestamp=${k.iso(3)}`,
        `${k.tick(400).iso(3)} [ERROR] provider.${prov}: Response contains error diagnostic: diagnostic_summary="unexpected status 401"`,
      ].join("\n");
    },
  },
  {
    name: "OkHttp HttpLoggingInterceptor (logcat)",
    render(g, c) {
      const r = c.req!;
      const k = g.clock();
      const pid = g.range(2000, 30000);
      const tid = pid + g.range(10, 90);
      const L = (s: string) => `${k.tick(g.range(0, 3)).logcat()} ${pid} ${tid} I okhttp.OkHttpClient: ${s}`;
      return [
        L(`--> ${r.method} ${fullUrl(r)}`),
        ...(r.body ? [L(`Content-Type: application/json; charset=utf-8`), L(`Content-Length: ${r.body.length}`)] : []),
        ...r.headers.map(([a, b]) => L(`${a}: ${b}`)),
        ...(r.body ? [L(""), L(r.body)] : []),
        L(`--> END ${r.method}${r.body ? ` (${r.body.length}-byte body)` : ""}`),
        L(`<-- ${g.pick([401, 403])} ${fullUrl(r)} (${g.range(80, 900)}ms)`),
        L(`content-type: application/json`),
        L(`<-- END HTTP (${g.range(20, 90)}-byte body)`),
      ].join("\n");
    },
  },
  {
    name: "browser HAR entry",
    render(g, c) {
      const r = c.req!;
      const entry = {
        startedDateTime: g.clock().iso(3),
        time: g.range(40, 900) + 0.5,
        request: {
          method: r.method,
          url: fullUrl(r),
          httpVersion: "h2",
          headers: [
            { name: ":authority", value: r.host },
            { name: "accept", value: "application/json" },
            ...r.headers.map(([name, value]) => ({ name: name.toLowerCase(), value })),
            { name: "user-agent", value: "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36" },
          ],
          queryString: r.query.map(([name, value]) => ({ name, value })),
          cookies: [],
          headersSize: -1,
          bodySize: r.body ? r.body.length : 0,
          ...(r.body ? { postData: { mimeType: "application/json", text: r.body } } : {}),
        },
        response: { status: g.pick([200, 401, 403]), statusText: "", httpVersion: "h2", headers: [{ name: "x-request-id", value: g.uuid() }] },
        _initiator: { type: "script" },
      };
      return JSON.stringify({ log: { version: "1.2", creator: { name: "WebInspector", version: "537.36" }, entries: [entry] } }, null, 2);
    },
  },
  {
    name: "proxy access log (nginx, query string / debug header format)",
    render(g, c) {
      const r = c.req!;
      const k = g.clock();
      const ua = g.pick(["python-requests/2.31.0", "Go-http-client/2.0", "okhttp/4.12.0", "node-fetch/1.0"]);
      const auth = r.headers.length ? ` auth="${r.headers.map(([a, b]) => `${a}: ${b}`).join("; ")}"` : "";
      const body = r.body ? ` req_body="${r.body.replace(/"/g, '\\x22')}"` : "";
      const line = (st: number) => `${g.pubip()} - - [${k.tick(g.range(100, 5000)).clf()}] "${r.method} ${target(r)} HTTP/1.1" ${st} ${g.range(80, 4000)} "-" "${ua}" rt=0.${g.range(10, 900)} rid=${g.h(32)}${auth}${body}`;
      return [`# /var/log/nginx/api_debug.log (log_format debug_full)`, line(200), line(g.pick([401, 429, 502])), line(200)].join("\n");
    },
  },
  {
    name: "CI log, set -x trace of a curl call",
    render(g, c) {
      const r = c.req!;
      const k = g.clock();
      const L = (s: string) => `${k.tick(g.range(1, 400)).iso(7)} ${s}`;
      const hs = r.headers.map(([a, b]) => ` -H '${a}: ${b}'`).join("");
      return [
        L(`##[group]Run ./scripts/notify.sh`),
        L(`##[endgroup]`),
        L(`+ curl -fsS -X ${r.method}${hs}${r.body ? ` -H 'Content-Type: application/json' -d '${r.body}'` : ""} '${fullUrl(r)}'`),
        L(`curl: (22) The requested URL returned error: ${g.pick([401, 403, 404, 500])}`),
        L(`##[error]Process completed with exit code 22.`),
      ].join("\n");
    },
  },
  {
    name: "Ruby Faraday logger (headers: true, bodies: true)",
    render(g, c) {
      const r = c.req!;
      const k = g.clock();
      const ts = k.iso(6).replace("Z", "");
      const pid = g.range(100, 9999);
      const I = (s: string) => `I, [${ts} #${pid}]  INFO -- request: ${s}`;
      return [
        I(`${r.method} ${fullUrl(r)}`),
        I(`User-Agent: "Faraday v2.9.0"`),
        ...r.headers.map(([a, b]) => I(`${a}: "${b}"`)),
        ...(r.body ? [I(r.body)] : []),
        `I, [${ts} #${pid}]  INFO -- response: Status ${g.pick([401, 403, 422])}`,
        `E, [${ts} #${pid}] ERROR -- : Faraday::UnauthorizedError: the server responded with status 401`,
      ].join("\n");
    },
  },
  {
    name: "Python SDK debug logging (request options)",
    render(g, c) {
      const r = c.req!;
      const k = g.clock();
      const hd = "{" + [...r.headers, ["X-Stainless-Lang", "python"] as [string, string]].map(([a, b]) => `${pyr(a)}: ${pyr(b)}`).join(", ") + "}";
      const params = r.query.length ? ", 'params': {" + r.query.map(([a, b]) => `${pyr(a)}: ${pyr(b)}`).join(", ") + "}" : "";
      const jd = !r.body ? "" : r.body.startsWith("{")
        ? `, 'json_data': ${r.body.replace(/"/g, "'").replace(/'(true|false)'/g, "$1").replace(/\bnull\b/g, "None")}`
        : `, 'content': ${pyr(r.body)}`;
      return [
        `${k.py()} DEBUG [client._base_client:446] Request options: {'method': '${r.method.toLowerCase()}', 'url': '${r.path}', 'headers': ${hd}${params}${jd}}`,
        `${k.tick(20).py()} DEBUG [httpx:1026] HTTP Request: ${r.method} https://${r.host}${r.path} "HTTP/1.1 ${g.pick([401, 403])} Unauthorized"`,
        `${k.tick(2).py()} DEBUG [client._base_client:1040] Encountered httpx.HTTPStatusError`,
        `${k.tick(1).py()} ERROR [worker.jobs:88] job ${g.uuid()} failed: AuthenticationError`,
      ].join("\n");
    },
  },
  {
    name: "Apache HttpClient wire log (Java)",
    render(g, c) {
      const r = c.req!;
      const k = g.clock();
      const conn = `http-outgoing-${g.range(0, 9)}`;
      const W = (s: string) => `${k.tick(1).py().replace(",", ".")} DEBUG [main] org.apache.http.wire - ${conn} >> "${s}[\\r][\\n]"`;
      const hs = reqHeaders(r, "Apache-HttpClient/4.5.14 (Java/17.0.10)");
      return [
        W(`${r.method} ${target(r)} HTTP/1.1`),
        ...hs.map(([a, b]) => W(`${a}: ${b}`)),
        W(""),
        ...(r.body ? [`${k.py().replace(",", ".")} DEBUG [main] org.apache.http.wire - ${conn} >> "${r.body.replace(/"/g, '\\"')}"`] : []),
        `${k.tick(200).py().replace(",", ".")} DEBUG [main] org.apache.http.wire - ${conn} << "HTTP/1.1 401 Unauthorized[\\r][\\n]"`,
      ].join("\n");
    },
  },
  {
    name: ".NET HttpClient trace logging",
    render(g, c) {
      const r = c.req!;
      return [
        `info: System.Net.Http.HttpClient.${g.pick(["Default", "PartnerApi", "Upstream"])}.LogicalHandler[100]`,
        `      Start processing HTTP request ${r.method} ${fullUrl(r)}`,
        `trce: System.Net.Http.HttpClient.Default.LogicalHandler[102]`,
        `      Request Headers:`,
        ...r.headers.map(([a, b]) => `      ${a}: ${b}`),
        `      traceparent: 00-${g.h(32)}-${g.h(16)}-01`,
        ...(r.body ? [`      Content-Type: ${r.ctype ?? "application/json"}; charset=utf-8`, `trce: Acme.Http.RequestLoggingHandler[0]`, `      Request body: ${r.body}`] : []),
        `info: System.Net.Http.HttpClient.Default.ClientHandler[101]`,
        `      Received HTTP response headers after ${g.range(30, 900)}.${g.range(1000, 9999)}ms - ${g.pick([401, 403])}`,
        `fail: Worker.SyncService[0]`,
        `      Sync failed for tenant ${g.uuid()}`,
      ].join("\n");
    },
  },
  {
    name: "ngrep / tcpdump -A plaintext capture",
    render(g, c) {
      const r = c.req!;
      const hs = reqHeaders(r, g.pick(["curl/8.5.0", "python-requests/2.31.0"]));
      const payload = `${r.method} ${target(r)} HTTP/1.1..${hs.map(([a, b]) => `${a}: ${b}`).join("..")}....${r.body ?? ""}`;
      return [
        `$ sudo ngrep -q -W byline -d eth0 '' 'tcp port 8080'`,
        `interface: eth0 (${g.ip().replace(/\.\d+$/, ".0")}/255.255.255.0)`,
        `filter: ( tcp port 8080 ) and ((ip || ip6) || (vlan && (ip || ip6)))`,
        ``,
        `T ${g.ip()}:${g.range(30000, 60000)} -> ${g.ip()}:8080 [AP] #${g.range(2, 40)}`,
        payload,
      ].join("\n");
    },
  },
  {
    name: "strace -s 1024 sendto capture",
    render(g, c) {
      const r = c.req!;
      const hs = reqHeaders(r, "agent/2.4");
      const raw = `${r.method} ${target(r)} HTTP/1.1\\r\\n${hs.map(([a, b]) => `${a}: ${b}`).join("\\r\\n")}\\r\\n\\r\\n${(r.body ?? "").replace(/"/g, '\\"')}`;
      const pid = g.range(1000, 60000);
      return [
        `$ strace -f -s 1024 -e trace=network -p ${pid}`,
        `[pid ${pid}] connect(7, {sa_family=AF_INET, sin_port=htons(80), sin_addr=inet_addr("${g.ip()}")}, 16) = 0`,
        `[pid ${pid}] sendto(7, "${raw}", ${raw.length}, MSG_NOSIGNAL, NULL, 0) = ${raw.length}`,
        `[pid ${pid}] recvfrom(7, "HTTP/1.1 401 Unauthorized\\r\\nContent-Length: 0\\r\\n\\r\\n", 65536, 0, NULL, NULL) = 47`,
      ].join("\n");
    },
  },
  {
    name: "Sentry event JSON (request interface / breadcrumb)",
    render(g, c) {
      const r = c.req!;
      const headers: Record<string, string> = { Host: r.host };
      for (const [a, b] of r.headers) headers[a] = b;
      const ev = {
        event_id: g.h(32),
        platform: "node",
        level: "error",
        release: `web@${g.range(1, 5)}.${g.range(0, 30)}.${g.range(0, 9)}`,
        exception: { values: [{ type: "FetchError", value: `request to ${fullUrl(r)} failed, reason: socket hang up` }] },
        breadcrumbs: { values: [{ type: "http", category: "fetch", data: { method: r.method, url: fullUrl(r), status_code: 0 }, timestamp: g.clock().epoch() }] },
        request: { url: fullUrl(r), method: r.method, headers, ...(r.body ? { data: r.body } : {}) },
        contexts: { trace: { trace_id: g.h(32), span_id: g.h(16) } },
      };
      return JSON.stringify(ev, null, 2);
    },
  },
];

// ---------------------------------------------------------------------------------------------
// DSN renderers: connection errors and tool output that echo a connection string.

const dsnHost = (v: string) => {
  try {
    const u = new URL(v.replace(/^jdbc:/, ""));
    return u.hostname || "db.example.internal";
  } catch {
    return "db.example.internal";
  }
};

export const DSN_RENDERERS: Renderer[] = [
  {
    name: "app log echoes DSN before a connection error",
    fits: isSqlUrl,
    render(g, c) {
      const k = g.clock();
      const v = c.value;
      const my = v.startsWith("mysql");
      return [
        `${k.py()} INFO  [db] connecting to ${v}`,
        `${k.tick(5000).py()} ERROR [db] ${g.pick(["connection timed out", "password authentication failed", "could not translate host name"])}: ${dsnHost(v)}`,
        `Traceback (most recent call last):`,
        `  File "/app/app/db.py", line ${g.range(10, 90)}, in connect`,
        `    engine = create_engine(os.environ["${c.spec.env}"], pool_pre_ping=True)`,
        my
          ? `sqlalchemy.exc.OperationalError: (pymysql.err.OperationalError) (2003, "Can't connect to MySQL server on '${dsnHost(v)}' (timed out)")`
          : `sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) connection to server at "${dsnHost(v)}" (${g.ip()}), port 5432 failed: timeout expired`,
        `(Background on this error at: https://sqlalche.me/e/20/e3q8)`,
      ].join("\n");
    },
  },
  {
    name: "Node unhandled rejection with connection options",
    fits: (v) => isUrl(v) && !isJavaish(v),
    render(g, c) {
      return [
        `/app/node_modules/${/^mongo/.test(c.value) ? "mongodb/lib/sdam/topology.js:292" : /^redis/.test(c.value) ? "ioredis/built/redis/event_handler.js:182" : /^amqp/.test(c.value) ? "amqplib/lib/connect.js:179" : "pg-pool/index.js:45"}`,
        `            throw err;`,
        `            ^`,
        ``,
        `Error: connect ETIMEDOUT ${g.ip()}:${/^mongo/.test(c.value) ? 27017 : /^redis/.test(c.value) ? 6379 : /^amqp/.test(c.value) ? 5671 : /^mysql/.test(c.value) ? 3306 : /^https?/.test(c.value) ? 9200 : /^neo4j/.test(c.value) ? 7687 : /^clickhouse/.test(c.value) ? 9000 : 5432}`,
        `    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1605:16) {`,
        `  errno: -110,`,
        `  code: 'ETIMEDOUT',`,
        `  syscall: 'connect',`,
        `  connectionString: '${c.value}'`,
        `}`,
        ``,
        `Node.js v20.${g.range(9, 15)}.0`,
      ].join("\n");
    },
  },
  {
    name: "Go log.Fatalf with DSN",
    fits: (v) => isUrl(v) && !isJavaish(v),
    render(g, c) {
      const k = g.clock();
      return [
        `${k.go()} migrate: applying ${g.range(3, 40)} migrations`,
        `${k.tick(10000).go()} open ${c.value}: dial tcp ${g.ip()}:5432: connect: connection refused`,
        `exit status 1`,
      ].join("\n");
    },
  },
  {
    name: "Airflow connections get output",
    fits: (v) => isUrl(v) && !isJavaish(v),
    render(g, c) {
      const id = g.pick(["warehouse", "analytics_db", "events_broker"]);
      return [
        `$ airflow connections get ${id} -o yaml`,
        `- conn_id: ${id}`,
        `  conn_type: ${g.pick(["postgres", "mysql", "generic"])}`,
        `  description: ''`,
        `  extra_dejson: {}`,
        `  get_uri: ${c.value}`,
        `  id: '${g.range(3, 90)}'`,
        `  is_encrypted: 'True'`,
        `  is_extra_encrypted: 'False'`,
      ].join("\n");
    },
  },
  {
    name: "Java stack trace, exception message with JDBC URL",
    fits: isJavaish,
    render(g, c) {
      const k = g.clock();
      return [
        `${k.py().replace(",", ".")} ERROR 1 --- [           main] com.zaxxer.hikari.pool.HikariPool        : HikariPool-1 - Exception during pool initialization.`,
        ``,
        `java.sql.SQLException: Unable to open connection to ${c.value}`,
        `\tat com.example.db.ConnectionFactory.open(ConnectionFactory.java:${g.range(20, 120)})`,
        `\tat com.zaxxer.hikari.pool.PoolBase.newConnection(PoolBase.java:359)`,
        `\tat com.zaxxer.hikari.pool.HikariPool.checkFailFast(HikariPool.java:554)`,
        `Caused by: java.net.ConnectException: Connection refused`,
        `\t... 42 common frames omitted`,
      ].join("\n");
    },
  },
];

// ---------------------------------------------------------------------------------------------
// Outbound envelopes: how the agent sends the log off the machine.

const INTROS = [
  "CI started failing after the dependency bump, full log below. What is wrong?",
  "Can you explain this error? Pasting the output as-is:",
  "Deploy is broken again. Here's what I see:",
  "Attaching the diagnostic output from the failing run.",
  "Here is the debug output, please find the root cause.",
  "Not sure why this returns 401, dump below:",
  "Log from the crash this morning:",
];

export type Envelope = { name: string; wrap: (g: Gen, log: string) => string };

export const ENVELOPES: Envelope[] = [
  {
    name: "OpenAI chat completions body",
    wrap: (g, log) => JSON.stringify({
      model: g.pick(["gpt-4o", "gpt-4o-mini", "gpt-4.1"]),
      messages: [
        { role: "system", content: "You are a senior SRE helping debug build and runtime failures." },
        { role: "user", content: `${g.pick(INTROS)}\n\n\`\`\`\n${log}\n\`\`\`` },
      ],
      temperature: 0.2,
    }),
  },
  {
    name: "Anthropic messages body",
    wrap: (g, log) => JSON.stringify({
      model: g.pick(["claude-3-5-sonnet-20241022", "claude-sonnet-4-20250514"]),
      max_tokens: 2048,
      messages: [{ role: "user", content: [{ type: "text", text: `${g.pick(INTROS)}\n\n<log>\n${log}\n</log>` }] }],
    }),
  },
  {
    name: "GitHub issue comment POST",
    wrap: (g, log) => {
      const body = JSON.stringify({ body: `${g.pick(INTROS)}\n\n<details><summary>log</summary>\n\n\`\`\`text\n${log}\n\`\`\`\n</details>` });
      return `POST /repos/acme/${g.pick(["api", "platform", "infra"])}/issues/${g.range(10, 3000)}/comments HTTP/1.1\nHost: git.example.com\nAccept: application/vnd.github+json\nContent-Type: application/json\n\n${body}`;
    },
  },
  {
    name: "Slack chat.postMessage body",
    wrap: (g, log) => JSON.stringify({
      channel: "C0" + g.up(9),
      text: `build failure on \`main\` (${g.sha().slice(0, 7)})`,
      blocks: [{ type: "section", text: { type: "mrkdwn", text: "```" + log + "```" } }],
    }),
  },
  {
    name: "paste service upload via curl heredoc",
    wrap: (g, log) => `curl -sS -X POST https://paste.example.net/documents -H 'Content-Type: text/plain' --data-binary @- <<'EOF'\n${log}\nEOF`,
  },
  {
    name: "Anthropic tool_use write_file block",
    wrap: (g, log) => JSON.stringify({
      role: "assistant",
      content: [
        { type: "text", text: "Saving the failing output so it can be attached to the ticket." },
        { type: "tool_use", id: "toolu_01" + g.a(22), name: "write_file", input: { path: `shared/${g.pick(["ci", "debug", "crash"])}-${g.range(100, 999)}.log`, content: log } },
      ],
    }),
  },
  {
    name: "OpenAI tool_calls create_gist arguments",
    wrap: (g, log) => JSON.stringify({
      model: "gpt-4o",
      messages: [
        { role: "user", content: "put the failing log in a gist and share the link" },
        {
          role: "assistant", content: null,
          tool_calls: [{ id: "call_" + g.a(24), type: "function", function: { name: "create_gist", arguments: JSON.stringify({ description: "failing run", public: false, files: { "run.log": { content: log } } }) } }],
        },
      ],
    }),
  },
  {
    name: "Linear GraphQL commentCreate",
    wrap: (g, log) => JSON.stringify({
      query: "mutation CommentCreate($input: CommentCreateInput!) { commentCreate(input: $input) { success } }",
      variables: { input: { issueId: g.uuid(), body: `Repro output:\n\n\`\`\`\n${log}\n\`\`\`` } },
    }),
  },
  {
    name: "multipart upload of a log attachment",
    wrap: (g, log) => {
      const bnd = "----WebKitFormBoundary" + g.a(16);
      return [
        `POST /api/v2/uploads HTTP/1.1`,
        `Host: support.example.com`,
        `Content-Type: multipart/form-data; boundary=${bnd}`,
        ``,
        `--${bnd}`,
        `Content-Disposition: form-data; name="ticket"`,
        ``,
        `${g.range(10000, 99999)}`,
        `--${bnd}`,
        `Content-Disposition: form-data; name="file"; filename="diagnostics.txt"`,
        `Content-Type: text/plain`,
        ``,
        log,
        `--${bnd}--`,
      ].join("\r\n");
    },
  },
  {
    name: "raw text/plain POST to log ingestion",
    wrap: (g, log) => `POST /ingest/v1/raw?source=${g.pick(["ci", "agent", "crash"])} HTTP/1.1\nHost: logs.example.org\nContent-Type: text/plain; charset=utf-8\nContent-Length: ${log.length}\n\n${log}`,
  },
  {
    name: "MCP tools/call (jira_add_comment)",
    wrap: (g, log) => JSON.stringify({
      jsonrpc: "2.0", id: g.range(2, 90), method: "tools/call",
      params: { name: "jira_add_comment", arguments: { issue_key: `OPS-${g.range(100, 9999)}`, comment: `{noformat}\n${log}\n{noformat}` } },
    }),
  },
  {
    name: "Gemini generateContent body",
    wrap: (g, log) => JSON.stringify({
      contents: [{ role: "user", parts: [{ text: `${g.pick(INTROS)}\n${log}` }] }],
      generationConfig: { temperature: 0.1 },
    }),
  },
];

// ---------------------------------------------------------------------------------------------
// Rotation: each spec goes through the renderers it fits, contexts spread evenly.

export interface BuildOpts {
  short: string;
  group: Group;
  /** offsets so files do not all start on the same renderer */
  start?: number;
}

export function buildRotated(g: Gen, specs: Spec[], o: BuildOpts, counter = { n: 0 }): CorpusCase[] {
  const out: CorpusCase[] = [];
  let env = o.start ?? 0, http = (o.start ?? 0) * 3, dsn = o.start ?? 0, envl = (o.start ?? 0) * 5;
  let flip = (o.start ?? 0) % 2;
  for (const s of specs) {
    for (let t = 0; t < (s.times ?? 1); t++) {
      const value = s.make(g);
      const pairs: [string, string][] = [[s.env, value], ...(s.extra ? s.extra(g, value) : [])];
      let r: Renderer;
      let req: Req | null = null;
      if (s.kind === "dsn") {
        if (flip++ % 2 === 0 || isJavaish(value)) {
          let pickR = DSN_RENDERERS[dsn++ % DSN_RENDERERS.length]!;
          for (let i = 0; i < DSN_RENDERERS.length && pickR.fits && !pickR.fits(value); i++) pickR = DSN_RENDERERS[dsn++ % DSN_RENDERERS.length]!;
          r = pickR;
        } else r = ENV_RENDERERS[env++ % ENV_RENDERERS.length]!;
      } else {
        const useHttp = !s.envOnly && flip++ % 2 === 0;
        if (useHttp) {
          req = specReq(g, s, value);
          r = HTTP_RENDERERS[http++ % HTTP_RENDERERS.length]!;
        } else r = ENV_RENDERERS[env++ % ENV_RENDERERS.length]!;
      }
      const log = r.render(g, { spec: s, value, pairs, req });
      const e = ENVELOPES[envl++ % ENVELOPES.length]!;
      const slot = req ? (s.header ? `header ${s.header}` : s.query ? `query ${s.query}` : s.kind === "hook" ? "request URL" : `body field ${s.field ?? s.env.toLowerCase()}`) : s.env;
      out.push({
        id: `y113-${o.short}-${String(++counter.n).padStart(3, "0")}`,
        kind: "secrets",
        category: `heldouty113-sec-${o.group}`,
        label: "positive",
        text: e.wrap(g, log),
        note: `${s.provider}; slot ${slot}; context: ${r.name}; sent as ${e.name}`,
      });
    }
  }
  return out;
}

/** A handcrafted case: log already built, wrapped by the next envelope. */
export function hand(
  g: Gen, id: string, group: Group | "benign", log: string, note: string, envIdx: number,
): CorpusCase {
  const e = ENVELOPES[envIdx % ENVELOPES.length]!;
  return {
    id,
    kind: "secrets",
    category: group === "benign" ? "heldouty113-benign" : `heldouty113-sec-${group}`,
    label: group === "benign" ? "benign" : "positive",
    text: e.wrap(g, log),
    note: `${note}; sent as ${e.name}`,
  };
}

/** Helpers for custom requests. */
export const basic = (user: string, pass: string) => "Basic " + b64(`${user}:${pass}`);
export function mkReq(method: string, host: string, path: string, headers: [string, string][] = [], queryOrBody: [string, string][] | string = [], body?: string, ctype = "application/json"): Req {
  let query: [string, string][] = [];
  if (typeof queryOrBody === "string") body = queryOrBody;
  else query = queryOrBody;
  const r: Req = { method, host, path, headers, query };
  if (body !== undefined) {
    r.body = body;
    r.ctype = ctype;
  }
  return r;
}
export const form = (o: Record<string, string>) => Object.entries(o).map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join("&");
