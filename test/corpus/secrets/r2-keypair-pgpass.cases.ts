// Issue 24 class 7, second pass: Solana keypair arrays and .pgpass lines against their hard
// look-alikes. A real keypair is 64 bytes whose second half is the Ed25519 public key of the
// first (found wherever it stands); 64 random-looking bytes count only alone on their lines or
// after a key-like name. A .pgpass line has exactly five fields and a real password.
// Written for the fix, not blind: the held-out set D is measured, never copied.
import { createPrivateKey, createPublicKey } from "node:crypto";
import { builder, Rng, ALNUM, HEX } from "./_gen.ts";

const r = new Rng(0x50a7a);
const b = builder({ category: "known-misses", expect: "secrets" });
export const cases = b.cases;

/** A real Solana keypair: seed ‖ Ed25519 public key of the seed (as `solana-keygen` writes id.json). */
function keypair(): number[] {
  const seed = r.bytes(32);
  const der = Buffer.concat([Buffer.from("302e020100300506032b657004220420", "hex"), Buffer.from(seed)]);
  const spki = createPublicKey(createPrivateKey({ key: der, format: "der", type: "pkcs8" })).export({ format: "der", type: "spki" });
  return [...seed, ...spki.subarray(spki.length - 32)];
}
const bytes = (n: number) => Array.from(r.bytes(n));
const hexPairs = (n: number, upper = false) => bytes(n).map((x) => x.toString(16).padStart(2, "0")).map((h) => (upper ? h.toUpperCase() : h));
const colonBlock = (pairs: string[], indent = "    ") => {
  const lines: string[] = [];
  for (let i = 0; i < pairs.length; i += 15) lines.push(indent + pairs.slice(i, i + 15).join(":") + (i + 15 < pairs.length ? ":" : ""));
  return lines.join("\n");
};

// ---- positives
b.pos("keypair-real-neutral-name", "a real keypair (Ed25519-consistent) under a neutral name in code", `const blob = [${keypair().join(",")}];\nawait upload(blob);`);
b.pos("keypair-real-json-field", "a real keypair in a JSON field with no key word near it", JSON.stringify({ cluster: "devnet", data: keypair(), label: "ci" }));
b.pos("keypair-from-secret-key", "random 64 bytes passed to Keypair.fromSecretKey", `const kp = Keypair.fromSecretKey(new Uint8Array([${bytes(64).join(", ")}]));`);
b.pos("keypair-payer-json", "a payer keypair in an Anchor-style JSON config", `{\n  "payer": [${bytes(64).join(",")}],\n  "rpc": "https://api.devnet.solana.com"\n}`);
b.pos("rsa-primes-colon-hex", "openssl rsa -text: the primes of a private key", `prime1:\n${colonBlock(hexPairs(64))}\nprime2:\n${colonBlock(hexPairs(64))}\n`);
b.pos("pgpass-escaped-colon", ".pgpass line whose password holds an escaped colon", `warehouse.corp:6432:dw:etl_loader:Vq7${r.str(6, ALNUM)}\\:p${r.str(8, ALNUM)}`);

// ---- benign
const zigzag = [0, 1, 8, 16, 9, 2, 3, 10, 17, 24, 32, 25, 18, 11, 4, 5, 12, 19, 26, 33, 40, 48, 41, 34, 27, 20, 13, 6, 7, 14, 21, 28, 35, 42, 49, 56, 57, 50, 43, 36, 29, 22, 15, 23, 30, 37, 44, 51, 58, 59, 52, 45, 38, 31, 39, 46, 53, 60, 61, 54, 47, 55, 62, 63];
b.ben("array-jpeg-zigzag", "JPEG zig-zag scan order on its own line (a permutation of 0–63)", `// zig-zag order of the 8x8 block\nconst ORDER =\n[${zigzag.join(", ")}]\n`);
const lumaQ = [16, 11, 10, 16, 24, 40, 51, 61, 12, 12, 14, 19, 26, 58, 60, 55, 14, 13, 16, 24, 40, 57, 69, 56, 14, 17, 22, 29, 51, 87, 80, 62, 18, 22, 37, 56, 68, 109, 103, 77, 24, 35, 55, 64, 81, 104, 113, 92, 49, 64, 78, 87, 103, 121, 120, 101, 72, 92, 95, 98, 112, 100, 103, 99];
b.ben("array-jpeg-quant", "JPEG luminance quantization table (standalone JSON)", JSON.stringify(lumaQ));
b.ben("array-sha512-vector", "SHA-512 test vector as a byte array in a test", `expect(Array.from(sha512(utf8("abc")))).toEqual([${bytes(64).join(", ")}]);`);
b.ben("array-signature-json", "an Ed25519 signature (64 bytes) in a transaction dump", `{"slot":${r.digits(9)},"signature":[${bytes(64).join(",")}],"status":"ok"}`);
b.ben("array-public-key-64", "an uncompressed public key's coordinates (64 bytes) named as public", `const publicKey = [${bytes(64).join(",")}]; // x ‖ y`);
b.ben("array-pixels-inline", "an 8x8 grey-level tile inline in a call", `drawTile(ctx, 8, [${bytes(64).join(",")}], { scale: 4 });`);
b.ben("pgpass-placeholder-password", ".pgpass template with a placeholder password", `# ~/.pgpass (chmod 600)\ndb.example.com:5432:mydb:myuser:<your-password>\n`);
b.ben("pgpass-env-password", ".pgpass written from an environment variable", `echo "localhost:5432:*:postgres:\${PGPASSWORD}" > ~/.pgpass`);
b.ben("pgpass-all-wildcards", ".pgpass docs line with every field a wildcard", `*:*:*:*:*`);
b.ben("x509-serial-aki", "openssl x509 -text serial number and authority key id (colon hex)", `        Serial Number:\n            04:${hexPairs(17).join(":")}\n        X509v3 Authority Key Identifier:\n            keyid:${hexPairs(20, true).join(":")}\n`);
b.ben("ssh-keygen-randomart-fp", "ssh-keygen -l -E md5 lines", `2048 MD5:${hexPairs(16).join(":")} deploy@ci (RSA)\n256 MD5:${hexPairs(16).join(":")} ops@bastion (ED25519)`);
b.ben("dh-params-colon-hex", "openssl dhparam -text prime (public parameters)", `DH Parameters: (1024 bit)\n    P:\n${colonBlock(hexPairs(129), "        ")}\n    G:    2 (0x2)`);
void HEX;
