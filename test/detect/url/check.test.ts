import { describe, expect, test } from "bun:test";
import { BUILTIN_RULES, compileDetector } from "../../../src/detect/index.ts";
import { checkUrl } from "../../../src/detect/url/index.ts";

const secrets = compileDetector({ rules: BUILTIN_RULES, enabled: new Set(["secrets", "entropy", "env_leak"]) });
// Fake credential-shaped values, built at run time.
const gh = ["gh", "p_", "Q7rT5wY8nB1cF4gJ6dL0sA9qE3tR7uI2oP5a"].join("");
const rules = (url: string, extra: Parameters<typeof checkUrl>[1] = {}) => checkUrl(url, { secrets, ...extra }).map((f) => f.ruleId);

describe("secrets inside a URL", () => {
  test("in the query, after percent-decoding twice", () => {
    const url = `https://collect.example.net/c?d=${encodeURIComponent(encodeURIComponent(`token:${gh}`))}`;
    const f = checkUrl(url, { secrets }).find((x) => x.ruleId === "github-pat")!;
    expect(f.detector).toBe("secrets");
    expect(f.decodePath.slice(0, 2)).toEqual(["url", "url"]);
    expect(url.slice(f.start, f.end)).toContain("%25");
    expect(f.redacted).not.toContain(gh.slice(8, 30));
  });
  test("base64, base64url, hex with and without delimiters, base32", () => {
    const b32 = (s: string) => { const A = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"; let bits = 0, acc = 0, out = ""; for (const b of Buffer.from(s)) { acc = (acc << 8) | b; bits += 8; while (bits >= 5) { out += A[(acc >>> (bits - 5)) & 31]; bits -= 5; } } return bits > 0 ? out + A[(acc << (5 - bits)) & 31] : out; };
    const forms: Array<[string, string]> = [
      [Buffer.from(gh).toString("base64"), "base64"],
      [Buffer.from(gh).toString("base64url"), "base64url"],
      [Buffer.from(gh).toString("hex"), "hex"],
      [Buffer.from(gh).toString("hex").match(/../g)!.join("-"), "hex"],
      [Buffer.from(gh).toString("hex").match(/../g)!.join(":"), "hex"],
    ];
    for (const [v, step] of forms) {
      const f = checkUrl(`https://x.example/p?v=${v}`, { secrets }).find((x) => x.ruleId === "github-pat");
      // base64url without "-" or "_" is plain base64: either label is right.
      const ok = f?.decodePath.some((d) => d === step || (step === "base64url" && d === "base64")) ?? false;
      expect({ v, step, ok }).toEqual({ v, step, ok: true });
    }
    expect(rules(`https://x.example/${b32(gh)}`)).toContain("github-pat");
  });
  test("path, fragment and userinfo", () => {
    expect(rules(`https://x.example/a/${gh}/b`)).toContain("github-pat");
    expect(rules(`https://x.example/cb#access_token=${gh}`)).toContain("github-pat");
    expect(rules(`https://x-access-token:${gh}@github.com/acme/repo.git`)).toContain("github-pat");
    expect(rules("https://deploy:s3cr3t-Passw0rd@registry.example.com/")).toContain("url-credentials");
  });
  test("content still encoded at the depth limit is a finding, not clean", () => {
    let v = "AKIA";
    for (let i = 0; i < 6; i++) v = encodeURIComponent(v.replace(/./g, (c) => `%${c.charCodeAt(0).toString(16)}`));
    expect(rules(`https://x.example/q?x=${v}`)).toContain("url.decode-depth");
    expect(rules(`https://x.example/q?x=${v}`, { maxDecodeDepth: 20 })).not.toContain("url.decode-depth");
  });
});

describe("SSRF targets and tricks", () => {
  test("IP literals in every notation are classed", () => {
    expect(rules("http://169.254.169.254/latest/meta-data/")).toContain("url.ip-metadata");
    for (const u of ["http://2130706433/", "http://0177.0.0.1/", "http://0x7f000001/", "http://127.1/", "http://[::ffff:127.0.0.1]/"]) {
      expect(rules(u)).toEqual(expect.arrayContaining(["url.ip-loopback", "url.ip-obfuscated"]));
    }
    expect(rules("http://10.0.0.5/admin")).toContain("url.ip-private");
    expect(rules("http://localhost:8080/")).toContain("url.ip-loopback");
    expect(rules("http://metadata.google.internal/computeMetadata/v1/")).toContain("url.ip-metadata");
    expect(rules("http://127.0.0.1.nip.io/")).toContain("url.ip-loopback");
    expect(rules("https://example.com/go?url=http://169.254.169.254/")).toContain("url.ip-metadata");
  });
  test("scheme allowlist, CRLF, traversal, double encoding, length", () => {
    expect(rules("javascript:alert(1)")).toContain("url.scheme");
    expect(rules("gopher://127.0.0.1:6379/_x")).toContain("url.scheme");
    expect(rules("ftp://files.example.com/a", { allowedSchemes: ["http", "https", "ftp"] })).not.toContain("url.scheme");
    expect(rules("https://example.com/%0d%0aSet-Cookie:%20a=b")).toContain("url.crlf");
    expect(rules("https://example.com/a/..%2f..%2fetc/passwd")).toContain("url.path-traversal");
    expect(rules("https://example.com/view?doc=....//....//etc/shadow")).toContain("url.path-traversal");
    expect(rules("https://example.com/x/%252e%252e%252fsecret")).toContain("url.double-encoding");
    expect(rules(`https://example.com/?q=${"a".repeat(5000)}`)).toContain("url.too-long");
    expect(rules("https://example.com/?q=abc", { maxLength: 10 })).toContain("url.too-long");
  });
  test("blocklist with subdomains, and user additions", () => {
    expect(rules("https://webhook.site/abc")).toContain("url.blocklist");
    expect(rules("https://x1.m.pipedream.net/")).toContain("url.blocklist");
    expect(rules("http://abc.oast.fun/")).toContain("url.blocklist");
    expect(rules("https://files.mycorp-drop.example/up")).not.toContain("url.blocklist");
    expect(rules("https://files.mycorp-drop.example/up", { blocklist: ["mycorp-drop.example"] })).toContain("url.blocklist");
  });
  test("DNS exfiltration in host labels", () => {
    expect(rules(`https://${Buffer.from("password=hunter2!").toString("hex")}.c2.example.net/`)).toContain("url.dns-exfil");
    expect(rules("https://a1b2c3d4e5f60718293a4b5c6d7e8f90.r2.cloudflarestorage.com/obj")).toEqual([]);
  });
});

describe("benign URLs stay clean", () => {
  const clean = [
    "https://cdn.jsdelivr.net/npm/react@18.3.1/umd/react.production.min.js",
    "https://github.com/torvalds/linux/commit/a1b2c3d4e5f60718293a4b5c6d7e8f9012345678",
    "https://registry.npmjs.org/@types/node/-/node-20.14.2.tgz",
    "https://www.google.com/search?q=%E6%97%A5%E6%9C%AC%E8%AA%9E",
    "https://app.example.com/projects/3f2b9c1e-8a7d-4e6f-b5c4-d3e2f1a0b9c8/settings",
    "https://accounts.google.com/o/oauth2/v2/auth?client_id=1-abc.apps.googleusercontent.com&redirect_uri=http%3A%2F%2Flocalhost%3A3000%2Fcb&response_type=code&state=eyJyZXR1cm5UbyI6Ii9ob21lIn0&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM",
    `https://bucket.s3.us-east-1.amazonaws.com/r.pdf?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=${["AK", "IA"].join("")}IOSFODNN7EXAMPLE%2F20240611%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=20240611T093015Z&X-Amz-Expires=900&X-Amz-SignedHeaders=host&X-Amz-Signature=${"3f".repeat(32)}`,
    "mailto:support@example.com?subject=Hi",
    "http://8.8.8.8/",
  ];
  for (const u of clean) test(u.slice(0, 70), () => expect(rules(u)).toEqual([]));
});

describe("finding shape", () => {
  test("positions refer to the URL", () => {
    const url = "http://user@0x7f000001:8080/x";
    const f = checkUrl(url, {}).find((x) => x.ruleId === "url.ip-obfuscated")!;
    expect(url.slice(f.start, f.end)).toBe("0x7f000001");
    expect(f.line).toBe(1);
    expect(f.column).toBe(f.start + 1);
    expect(f.detector).toBe("url");
  });
});

describe("round six: hex chunks in DNS labels", () => {
  test("random hex chunks over several labels are data; one hash label is not", () => {
    expect(checkUrl("https://c1569b7722f349fe5c2b984b54ef7ff3.50fd6d65720e58e7306d0f9bc3f6.relay.example.net/").map((f) => f.ruleId)).toContain("url.dns-exfil");
    expect(checkUrl("https://d1f8a9c2b3e4f5a6b7c8d9e0f1a2b3c4.cloudfront.net/app.js").map((f) => f.ruleId)).not.toContain("url.dns-exfil");
  });
});

describe("authority", () => {
  test("more than one @ in the authority is refused (clients disagree on the host); @ elsewhere is not", () => {
    expect(rules("http://user@127.0.0.1:80@example.com/")).toContain("url.authority-confusion");
    expect(rules("https://x@169.254.169.254@example.net/latest/")).toContain("url.authority-confusion");
    for (const u of ["https://medium.com/@someone/post", "https://example.com/?q=a@b.example", "https://files.example.com/x%40y/z"]) expect(rules(u)).not.toContain("url.authority-confusion");
  });
});

describe("round sixteen: host-name data whatever its case", () => {
  test("lower-cased base64url, base32 chunks, digit runs and fixed-width labels are data; id hosts and words are not", () => {
    const rules = (u: string) => checkUrl(new URL(u).href).map((f) => f.ruleId);
    expect(rules(`https://${Buffer.from("session_token_abc").toString("base64url")}.x.example.com/`)).toContain("url.dns-exfil");
    expect(rules(`https://${"7".repeat(3)}${"1234567890".repeat(3)}.x.example.com/`)).toContain("url.dns-exfil");
    expect(rules("https://k3j9x2m1.p0q8w7e6.z5y4u3t2.x.example.com/")).toContain("url.dns-exfil");
    expect(rules("https://download.software.platform.example.com/")).toEqual([]);
    expect(rules("https://abcdefghijklmnopqrstuvwxyz012345.lambda-url.us-east-2.on.aws/")).toEqual([]);
    expect(rules("https://4.3.2.1.0.0.0.0.in-addr.arpa/")).toEqual([]);
  });
  test("a private key under a name that says so, and letters percent-encoded three deep", () => {
    const hexKey = Array.from({ length: 64 }, (_, i) => "0123456789abcdef"[(i * 7 + (i >> 2)) % 16]).join("");
    expect(checkUrl(`https://x.example.com/a?pk=${hexKey}`).map((f) => f.ruleId)).toContain("url.private-key-param");
    expect(checkUrl("https://x.example.com/a?pk=42").map((f) => f.ruleId)).toEqual([]);
    expect(checkUrl("https://x.example.com/a?k=%25252541%25252542").map((f) => f.ruleId)).toContain("url.nested-encoding");
    expect(checkUrl("https://x.example.com/cb?next=%252Fsettings%253Ftab%253Dkeys").map((f) => f.ruleId)).toEqual([]);
  });
});
