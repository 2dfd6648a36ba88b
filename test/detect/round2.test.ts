// Issue 24, round two: behaviours of the core the corpus measures, pinned as unit tests.
import { describe, expect, test } from "bun:test";
import { createPublicKey, generateKeyPairSync } from "node:crypto";
import { gzipSync } from "node:zlib";
import { BUILTIN_RULES, compileDetector, DETECTORS } from "../../src/detect/index.ts";
import { redact } from "../../src/detect/redact.ts";
import { ed25519KeypairValid } from "../../src/detect/validators.ts";
import { fake } from "../helpers/fake.ts";

const detector = compileDetector({ rules: BUILTIN_RULES, enabled: new Set(DETECTORS) });
const ids = (text: string) => detector.scan(text).findings.map((f) => f.ruleId);
const b64 = (s: string | Uint8Array) => Buffer.from(s).toString("base64");

describe("near-valid tokens", () => {
  test("a letter glued before a token, a token one short: malformed findings", () => {
    const f = detector.scan(`x${fake.githubPat()}`).findings;
    expect(f.map((x) => [x.ruleId, x.malformed])).toEqual([["github-token-malformed", true]]);
    expect(ids(`key ${fake.npm().slice(0, -2)}`)).toEqual(["npm-token-malformed"]);
  });
  test("a prefix inside a long base64 run is not a token", () => {
    expect(ids(`${fake.alnum(300)}ABIA${"Q".repeat(14)}2${fake.alnum(300)}`)).toEqual([]);
  });
});

describe("mixed scripts", () => {
  test("Russian technical prose is not evasion; a look-alike inside a Latin keyword is", () => {
    expect(ids("Откройте JS-файл, укажите URL-адрес и вставьте API-ключ.")).toEqual([]);
    expect(ids(`p\u0430ssword=${fake.alnum(12)}`)).toContain("mixed-script-token");
  });
});

describe("code is not a secret value", () => {
  test("identifiers, member access, calls, chained assignments", () => {
    expect(ids("exports.ECPrivateKey = ECPrivateKey;\nPrivateKeyInfo = tslib_1.__decorate([x], PrivateKeyInfo);")).toEqual([]);
    expect(ids("let K = K_1 = class K {};\nsecret = base64.b64decode(encoded_secret)")).toEqual([]);
    expect(ids(`password = "${fake.alnum(10)}7!"`)).toContain("generic-secret-assignment");
  });
  test("a shell default value is the value, without its ':-' operator", () => {
    const value = `${fake.alnum(11)}7`;
    const text = `DB_PASSWORD=\${DB_PASSWORD:-${value}}`;
    const f = detector.scan(text).findings.find((x) => x.ruleId === "generic-secret-assignment");
    expect(f && text.slice(f.start, f.end)).toBe(value);
  });
  test("placeholder credentials in URLs are not findings", () => {
    expect(ids("http://User:Pass@proxy.example.com:3128 and curl -u user:pass https://x.example")).toEqual([]);
  });
});

describe("encodings", () => {
  test("gzip inside base64, UTF-16LE, base32", () => {
    const tok = fake.githubPat();
    expect(ids(`blob=${b64(gzipSync(Buffer.from(`t=${tok}`)))}`)).toContain("github-pat");
    expect(ids(Buffer.from(`token=${tok}`, "utf16le").toString("latin1"))).toContain("github-pat");
  });
  test("base64 nested past the depth limit is an evasion finding", () => {
    expect(ids(`x=${b64(b64(b64(b64(`token ${fake.githubPat()}`))))}`)).toContain("encoded-beyond-depth");
  });
});

describe("Solana keypairs and .pgpass lines", () => {
  const keypair = () => {
    const { privateKey } = generateKeyPairSync("ed25519");
    const seed = privateKey.export({ format: "der", type: "pkcs8" }).subarray(-32);
    const pub = createPublicKey(privateKey).export({ format: "der", type: "spki" }).subarray(-32);
    return [...seed, ...pub];
  };
  test("a keypair is exact when its second half is the first half's Ed25519 public key", () => {
    const kp = keypair();
    expect(ed25519KeypairValid(kp)).toBe(true);
    const bad = kp.slice();
    bad[40] = bad[40]! ^ 1;
    expect(ed25519KeypairValid(bad)).toBe(false);
    expect(ed25519KeypairValid(kp.slice(0, 63))).toBe(false);
  });
  test("a real keypair under any name; random bytes only alone or under a key name", () => {
    const kp = keypair();
    const rnd = Array.from({ length: 64 }, (_, i) => (i * 97 + 13) % 256);
    expect(ids(`draw([${kp.join(",")}], 4);`)).toEqual(["solana-keypair"]);
    expect(ids(`draw([${rnd.join(",")}], 4);`)).toEqual([]);
    expect(ids(`const secretKey = [${rnd.join(",")}];`)).toEqual(["solana-keypair"]);
    expect(ids(`[${rnd.join(",")}]\n`)).toEqual(["solana-keypair"]);
    expect(ids(`{"counts":[${rnd.map((x) => x % 40).join(",")}]}`)).toEqual([]);
  });
  test(".pgpass: five fields and a real password; colon-hex lines are not entries", () => {
    expect(ids(`db1.corp:5432:app:svc:Qz8${fake.alnum(12)}`)).toEqual(["pgpass-entry"]);
    expect(ids(`db1.corp:5432:app:svc:<password>\nlocalhost:5432:*:postgres:*`)).toEqual([]);
    expect(ids(`    ab:12:cd:ef:9a:${"3c:".repeat(12)}7f`)).toEqual([]);
  });
});

describe("redaction", () => {
  test("a short secret's redacted form is never a bare ellipsis", () => {
    expect(redact("Pass")).not.toBe("…");
    expect(redact("LpauJKSf")).not.toBe("…");
  });
  test("random groups are not a kind prefix: a UUID credential shows at most a quarter; kind words stay", () => {
    const uuid = "7c9e6679-7425-40de-944b-e07fc1f90ae7";
    const shown = redact(uuid).replace("…", "");
    expect(shown.length).toBeLessThanOrEqual(uuid.length / 4);
    expect(redact(`xoxb-1234567890-1234567890-${"a1B2".repeat(6)}`).startsWith("xoxb-…")).toBe(true);
    expect(redact(`sk-proj-${"a1B2".repeat(8)}`).startsWith("sk-proj-…")).toBe(true);
    expect(redact(`github_pat_11${"A1b2".repeat(10)}`).startsWith("github_pat_…")).toBe(true);
  });
});
