// Values of this machine's secret environment variables (and of a secrets file), to be found in
// outbound payloads raw or encoded. Which variables count is decided by name and by value shape.
import { shannonEntropy } from "./entropy.ts";
import { isPlaceholder } from "./placeholder.ts";
import type { DecodeStep } from "./types.ts";

export interface EnvSecret {
  name: string;
  value: string;
}

export interface EnvNeedle {
  /** The literal searched for (case-sensitive; the prefilter finds it case-insensitively). */
  needle: string;
  name: string;
  /** The raw value, whatever form the needle has. */
  value: string;
  encoding: DecodeStep | null;
}

// PASS as a word's end (DB_PASS, REDISPASS), not a word's start: tox's TOX_TESTENV_PASSENV names
// variables to pass through (its value, `OPENBLAS_*`, became a needle that blocked any text naming it).
const SECRET_NAME = /(?:KEY|TOKEN|SECRET|PASSW(?:OR)?D|PASS(?:PHRASE|CODE)|PASS(?![A-Z])|PWD|CREDENTIALS?|AUTH|PRIVATE|SESSION|COOKIE|DSN|DATABASE_URL|CONN(?:ECTION)?_STRING|SIGNING|WEBHOOK)/i;
const NOT_SECRET_NAME = /^(?:PATH|HOME|SHELL|TERM|LANG|PWD|OLDPWD|USER|LOGNAME|HOSTNAME|TMPDIR|EDITOR|PAGER|SSH_AUTH_SOCK|GPG_AGENT_INFO|XDG_.*|.*_(?:PATH|DIR|FILE|HOME|URL_BASE|HOST|PORT|REGION|ID)|KEYBOARD.*|.*_KEY_(?:PATH|FILE|ID))$/;

/** Picks secret-looking variables: a secret-ish name, a value of 8+ chars with some entropy. */
export function selectEnvSecrets(env: Record<string, string | undefined>): EnvSecret[] {
  const out: EnvSecret[] = [];
  for (const [name, value] of Object.entries(env)) {
    if (value === undefined || !SECRET_NAME.test(name) || NOT_SECRET_NAME.test(name)) continue;
    const v = value.trim();
    if (!isUsableSecretValue(v)) continue;
    out.push({ name, value: v });
  }
  return out;
}

export function isUsableSecretValue(v: string): boolean {
  if (v.length < 8 || v.length > 4096) return false;
  if (/^(?:true|false|yes|no|on|off|\d+)$/i.test(v) || /^[/~.]/.test(v)) return false;
  if (isPlaceholder(v) || shannonEntropy(v) < 2.5) return false;
  return true;
}

/** Parses a secrets file: KEY=VALUE lines (dotenv style, quotes stripped, # comments). */
export function parseSecretsFile(content: string): EnvSecret[] {
  const out: EnvSecret[] = [];
  for (const line of content.split(/\r?\n/)) {
    const m = /^\s*(?:export\s+)?([A-Za-z_][\w.-]*)\s*[=:]\s*(.*?)\s*$/.exec(line);
    if (!m || line.trimStart().startsWith("#")) continue;
    let v = m[2]!;
    if ((v.startsWith('"') && v.endsWith('"')) || (v.startsWith("'") && v.endsWith("'"))) v = v.slice(1, -1);
    if (isUsableSecretValue(v)) out.push({ name: m[1]!, value: v });
  }
  return out;
}

/** The literal forms each secret is searched in: raw, base64 (std/url, unpadded), hex, percent-encoded. */
export function envNeedles(secrets: readonly EnvSecret[]): EnvNeedle[] {
  const out: EnvNeedle[] = [];
  const seen = new Set<string>();
  const add = (needle: string, name: string, encoding: DecodeStep | null) => {
    if (needle.length < 8 || seen.has(needle) || /[^\x00-\x7f]/.test(needle)) return;
    seen.add(needle);
    out.push({ needle, name, value: current, encoding });
  };
  let current = "";
  for (const { name, value } of secrets) {
    current = value;
    add(value, name, null);
    const b64 = Buffer.from(value, "utf8").toString("base64").replace(/=+$/, "");
    // Drop the last char: it depends on what follows when the value sits inside a longer blob.
    add(b64.slice(0, b64.length - 1), name, "base64");
    const b64u = b64.replace(/\+/g, "-").replace(/\//g, "_");
    if (b64u !== b64) add(b64u.slice(0, b64u.length - 1), name, "base64url");
    add(Buffer.from(value, "utf8").toString("hex"), name, "hex");
    const pct = encodeURIComponent(value);
    if (pct !== value) add(pct, name, "url");
  }
  return out;
}
