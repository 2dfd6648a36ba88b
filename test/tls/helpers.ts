// Shared test plumbing: required real tools, temp dirs, running the CLI and openssl, a TLS server.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import tls from "node:tls";
import type { AddressInfo } from "node:net";

export const REPO = resolve(import.meta.dir, "../..");
export const CLI = join(REPO, "cmd/toolkit.ts");

/** Absolute path of a tool the tests need; throws (fails the test) with how to get it when missing. */
export function requireTool(name: string): string {
  const found = Bun.which(name, { PATH: `${process.env.PATH ?? ""}:/usr/sbin:/sbin` });
  if (!found) throw new Error(`required tool '${name}' is not installed: run scripts/ci-deps.sh (installs curl, openssl, ca-certificates, git)`);
  return found;
}

const dirs: string[] = [];
export function tempDir(prefix = "toolkit-tls-"): string {
  const d = mkdtempSync(join(tmpdir(), prefix));
  dirs.push(d);
  return d;
}
export function cleanupTempDirs(): void {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
}

export interface Ran {
  code: number;
  stdout: string;
  stderr: string;
}

/** Environment for child processes: no variables that would make a tool trust something extra. */
export function cleanEnv(extra: Record<string, string> = {}): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (v === undefined) continue;
    if (/^(TOOLKIT_|SSL_CERT_|CURL_CA_BUNDLE|REQUESTS_CA_BUNDLE|NODE_EXTRA_CA_CERTS|GIT_SSL_CAINFO|PIP_CERT|AWS_CA_BUNDLE)/.test(k)) continue;
    env[k] = v;
  }
  env.PATH = `${env.PATH ?? ""}:/usr/sbin:/sbin`;
  return { ...env, ...extra };
}

export async function run(argv: string[], opts: { env?: Record<string, string>; cwd?: string; stdin?: string } = {}): Promise<Ran> {
  const proc = Bun.spawn(argv, {
    cwd: opts.cwd ?? REPO,
    env: opts.env ?? cleanEnv(),
    stdin: opts.stdin !== undefined ? new TextEncoder().encode(opts.stdin) : "ignore",
    stdout: "pipe",
    stderr: "pipe",
  });
  const [stdout, stderr, code] = await Promise.all([new Response(proc.stdout).text(), new Response(proc.stderr).text(), proc.exited]);
  return { code, stdout, stderr };
}

/** `bun cmd/toolkit.ts …` */
export function toolkit(args: string[], env: Record<string, string> = {}): Promise<Ran> {
  return run([process.execPath, CLI, ...args], { env: cleanEnv(env) });
}

export async function openssl(args: string[], stdin?: string): Promise<Ran> {
  return run([requireTool("openssl"), ...args], stdin !== undefined ? { stdin } : {});
}

/** `openssl x509 -text`-style field extraction from a PEM certificate. */
export async function x509Text(pem: string, extra: string[] = ["-text"]): Promise<string> {
  const r = await openssl(["x509", "-noout", ...extra], pem);
  if (r.code !== 0) throw new Error(`openssl x509 failed: ${r.stderr}`);
  return r.stdout;
}

/** A TLS server on 127.0.0.1 presenting the given certificate; answers any request with "hello <tag>". */
export async function tlsServer(certPem: string, keyPem: string, tag = "ok"): Promise<{ port: number; close: () => Promise<void> }> {
  const server = tls.createServer({ key: keyPem, cert: certPem }, (sock) => {
    sock.on("error", () => {});
    sock.once("data", () => {
      const body = `hello ${tag}`;
      sock.end(`HTTP/1.1 200 OK\r\ncontent-length: ${body.length}\r\nconnection: close\r\n\r\n${body}`);
    });
  });
  server.on("tlsClientError", () => {});
  await new Promise<void>((res) => server.listen(0, "127.0.0.1", res));
  const port = (server.address() as AddressInfo).port;
  return { port, close: () => new Promise<void>((res) => server.close(() => res())) };
}

/** curl against 127.0.0.1 only: `--resolve host:port:127.0.0.1` for names. */
export function curl(url: string, args: string[] = [], env: Record<string, string> = {}): Promise<Ran> {
  return run([requireTool("curl"), "-sS", "--max-time", "10", "--noproxy", "*", ...args, url], { env: cleanEnv(env) });
}
