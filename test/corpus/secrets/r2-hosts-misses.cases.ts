// Round two (issue 24), classes 6 and 7: data exfiltrated through host names (base32, hex,
// base64url labels, split, mixed per label) and high-entropy paths; and the misses listed at the
// last landing (upper-case seed phrases, .pgpass, Solana keypair arrays, a token split inside its
// own prefix, lower-case unspaced IBANs, colon/space-delimited hex keys).
import type { CorpusCase } from "../types.ts";
import { base32, builder, checksummedToken, iban, mnemonic, Rng, ALNUM, BASE32, HEX } from "./_gen.ts";

const r = new Rng(0x5ec2406);
const misses = builder({ category: "known-misses", expect: "secrets" });
const urlCases: CorpusCase[] = [];
const url = (label: "positive" | "benign", id: string, note: string, text: string) => urlCases.push({ id: "sec-" + id, kind: "url", category: label === "positive" ? "hostname-exfil" : "hostname-exfil-benign", label, text, note });
export const cases: CorpusCase[] = [];

/** Base32 as DNS labels carry it: lower case, no padding. */
const b32 = (bytes: Uint8Array): string => base32(bytes).toLowerCase().replace(/=+$/, "");
const chunks = (s: string, n: number) => s.match(new RegExp(`.{1,${n}}`, "g"))!;
const ghp = () => checksummedToken(r, "gh" + "p_");

// ---- class 6 (URL kind)
url("positive", "dns-b32-split", "base32 of a token split over labels", `https://${chunks(b32(Buffer.from("GITHUB_TOKEN=" + ghp())), 30).join(".")}.t.attacker-dns.example/`);
url("positive", "dns-hex-split", "hex of /etc/passwd line split over labels", `http://${chunks(Buffer.from("root:x:0:0:root:/root:/bin/bash").toString("hex"), 28).join(".")}.x.exfil-host.example/p`);
url("positive", "dns-b64url-split", "base64url labels", `https://${chunks(Buffer.from("password=" + "Zr7!" + r.alnum(12)).toString("base64url"), 20).join(".")}.c2.example.net/`);
url("positive", "dns-mixed", "mixed encodings per label", `https://${Buffer.from("user=admin").toString("hex")}.${b32(Buffer.from("pass=Hunter2x9"))}.${Buffer.from("host=db01").toString("base64url")}.d.example.org/`);
url("positive", "dns-b32-short-labels", "base32 in many short labels", `https://${chunks(b32(Buffer.from("AWS_SECRET_ACCESS_KEY=" + r.str(40, ALNUM))), 12).join(".")}.n.example.com/`);
url("positive", "dns-hex-token", "hex of a token in 2 labels", `https://${chunks(Buffer.from(ghp()).toString("hex"), 40).join(".")}.cdn-metrics.example/`);
url("positive", "path-entropy", "high-entropy path segments to an unknown host", `https://upload.unknown-host.example/${r.str(64, ALNUM)}/${r.str(64, ALNUM)}`);
url("benign", "dns-cloudfront", "CDN hosts", `https://d${r.str(13, "abcdefghijklmnopqrstuvwxyz0123456789")}.cloudfront.net/assets/app.js`);
url("benign", "dns-api-gateway", "API gateway id host", `https://${r.str(10, "abcdefghijklmnopqrstuvwxyz0123456789")}.execute-api.us-east-1.amazonaws.com/prod/items`);
url("benign", "dns-vercel-preview", "vercel preview host", `https://my-app-git-feature-login-acme-team.vercel.app/`);
url("benign", "dns-s3-bucket", "S3 bucket with a hex suffix", `https://assets-${r.str(12, HEX)}.s3.eu-west-1.amazonaws.com/img/logo.png`);
url("benign", "dns-elb", "ELB host name", `http://internal-api-prod-${r.digits(10)}.us-west-2.elb.amazonaws.com/health`);
url("benign", "dns-gitpod", "workspace host", `https://acme-web-${r.str(8, "abcdefghijklmnopqrstuvwxyz0123456789")}.ws-eu110.gitpod.io/`);
url("benign", "path-github-sha", "GitHub commit path", `https://github.com/acme/web/commit/${r.str(40, HEX)}`);

// ---- class 7
const upperPhrase = mnemonic(r, 12).toUpperCase();
misses.pos("seed-upper", "upper-case seed phrase", `recovery words: ${upperPhrase}`);
misses.pos("seed-title", "title-case seed phrase, one per line", mnemonic(r, 12).split(" ").map((w) => w[0]!.toUpperCase() + w.slice(1)).join("\n"));
misses.pos("pgpass", ".pgpass lines", `db.internal:5432:app:app_user:${"Qv" + r.alnum(10) + "!9"}\n*:*:*:replicator:${r.alnum(16)}\n`);
misses.pos("pgpass-one", ".pgpass single line in a cat", `$ cat ~/.pgpass\nlocalhost:5432:*:postgres:${"Lk" + r.alnum(12)}`);
const solana = Array.from(r.bytes(64));
misses.pos("solana-keypair", "Solana keypair JSON byte array (id.json)", JSON.stringify(solana));
misses.pos("solana-keypair-file", "Solana keypair in a shell session", `$ cat ~/.config/solana/id.json\n[${solana.map(String).join(",")}]`);
const sp = ghp();
misses.pos("split-inside-prefix", "token split inside its own prefix", `const t = "g" + "${sp.slice(1)}";`);
misses.pos("split-inside-prefix-py", "token split inside its prefix, python", `TOKEN = "gh" "${"p_" + r.alnum(36)}"`);
misses.pos("iban-lower", "lower-case unspaced IBAN", `please wire to ${iban(r, "DE").toLowerCase()} by friday`);
misses.pos("iban-lower-fr", "lower-case unspaced FR IBAN in JSON", JSON.stringify({ iban: iban(r, "FR").toLowerCase() }));
const key32 = () => Array.from(r.bytes(32), (b) => b.toString(16).padStart(2, "0"));
misses.pos("hex-colon-key", "colon-delimited private key (openssl text)", `Private-Key: (256 bit)\npriv:\n    ${chunks(key32().join(":"), 45).join("\n    ")}\nASN1 OID: prime256v1`);
misses.pos("hex-space-key", "space-delimited hex secret key", `secret key: ${key32().join(" ")}`);
misses.pos("hex-colon-aes", "colon-delimited AES key in a config", `encryption_key = "${key32().join(":")}"`);

misses.ben("seed-upper-prose", "upper-case prose with wordlist words", "WARNING: ABANDON ALL HOPE YE WHO ENTER HERE. THE SYSTEM WILL REBOOT AT NOON; SAVE YOUR WORK AND CLOSE EVERY WINDOW.");
misses.ben("pgpass-like-time", "colon-separated log fields", `12:30:45:INFO:worker-3:job done\n2026:03:01:backup:ok`);
misses.ben("byte-array-small", "small byte arrays", `const header = [137, 80, 78, 71, 13, 10, 26, 10];\nconst rgb = [255, 128, 0];`);
misses.ben("byte-array-64-zero", "64-entry lookup table", JSON.stringify(Array.from({ length: 64 }, (_, i) => i * 4)));
misses.ben("hex-colon-fingerprint", "certificate fingerprint (public)", `SHA256 Fingerprint=${Array.from(r.bytes(32), (b) => b.toString(16).toUpperCase().padStart(2, "0")).join(":")}`);
misses.ben("mac-addresses", "MAC addresses", `eth0: 3c:22:fb:${r.str(2, HEX)}:${r.str(2, HEX)}:${r.str(2, HEX)}\nwlan0: a4:83:e7:10:2b:9c`);
misses.ben("iban-lower-invalid", "lower-case IBAN-like with bad check digits", `ref de00${r.str(18, "0123456789")} (invalid)`);
misses.ben("ssh-pub-fingerprint", "ssh public key fingerprint md5", `MD5:${Array.from(r.bytes(16), (b) => b.toString(16).padStart(2, "0")).join(":")} deploy@ci (ED25519)`);

cases.push(...misses.cases, ...urlCases);

// Added with the fixes (regressions for generalizations found while fixing, not blind cases).
url("positive", "dns-mixed-short", "short labels, each in its own encoding", `https://${Buffer.from("pw=Zq81x").toString("hex")}.${b32(Buffer.from("db=prod1"))}.${Buffer.from("usr=ops9").toString("base64url")}.q.example.net/`);
cases.push(urlCases[urlCases.length - 1]!);
