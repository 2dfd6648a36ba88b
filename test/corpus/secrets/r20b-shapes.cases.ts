// Round twenty, second wave: provider shapes and secret URLs the detector did not take, and two
// look-alikes it took. Positives: Jina AI (`jina_` + 32 hex + a mixed tail) and Adafruit IO
// (`aio_` + 28 mixed) keys; Netlify/Vercel deploy hook URLs whose short secret has a short
// string's entropy; `Bearer <uuid>` handed to a header-adding call; a multipart `token` part
// holding random hex; a token in a JWT's form too long for an opaque literal, under a TOKEN name.
// Benign: `key=@file` (the value is read from the file), an Ethereum address as the fallback of an
// env lookup of an ADDRESS name. Every credential-shaped value is built at run time.
import { builder, Rng, ethAddress, ALNUM, B64URL, HEX } from "./_gen.ts";

const r = new Rng(0x20b5a9e2);
const b = builder({ category: "r20b-shapes", expect: "secrets" });
const bb = builder({ category: "r20b-shapes-benign" });
const w = builder({ category: "r20b-shapes-wallets", expect: "wallets" });
const wb = builder({ category: "r20b-shapes-wallets-benign", expect: "wallets" });

const mixed = (n: number) => {
  let v = r.str(n, ALNUM);
  while (!/\d/.test(v) || !/[a-z]/.test(v) || !/[A-Z]/.test(v)) v = r.str(n, ALNUM);
  return v;
};
const hex = (n: number) => r.str(n, HEX);
const jina = () => `jina_${hex(32)}${mixed(28 + r.int(5))}`;
const aio = () => `aio_${mixed(28)}`;
// A draw of hex that happens to use few digits (a short string's entropy is low by chance).
const lowHex = (n: number) => {
  let v = r.str(n, "0123457bce");
  while (!/\d/.test(v) || !/[a-f]/.test(v)) v = r.str(n, "0123457bce");
  return v;
};
const uuid = () => r.uuid();
const jwtish = (n1: number, n2: number, n3: number) => `eyJ0eXAiOiJKV1QiLCJraWQiOi${r.str(n1, B64URL)}.${r.str(n2, B64URL)}.${r.str(n3, B64URL)}`;
const boundary = () => `----WebKitFormBoundary${r.str(16, ALNUM)}`;
const part = (bd: string, name: string, value: string) => `--${bd}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`;

// ---- Jina AI and Adafruit IO keys
b.pos("r20b-jina-env", ".env: JINA_API_KEY", `JINA_API_KEY=${jina()}\nJINA_MODEL=jina-embeddings-v3\n`);
b.pos("r20b-jina-python-header", "Python: Jina key in a Bearer header", `headers = {"Content-Type": "application/json", "Authorization": f"Bearer ${jina()}"}\n`);
b.pos("r20b-jina-chat", "chat: a Jina key pasted alone", `here's the reader key for the crawler: ${jina()} (expires end of month)`);
bb.ben("r20b-jina-model-names", "Jina model and package names", `from jina import Flow\nmodel = "jina_embeddings_v3_base_en"\nJINA_READER = "https://r.jina.ai/"\n`);
bb.ben("r20b-jina-cache-key", "a cache key: jina_ + 32 hex, no key tail", `cache_path = "/var/cache/embed/jina_${hex(32)}.npy"\n`);
b.pos("r20b-aio-arduino", "Arduino config.h: IO_KEY", `#define IO_USERNAME  "maker42"\n#define IO_KEY       "${aio()}"\n`);
b.pos("r20b-aio-python", "Python: Adafruit IO client", `from Adafruit_IO import Client\naio = Client("maker42", "${aio()}")\n`);
b.pos("r20b-aio-yaml", "YAML: adafruit key", `adafruit:\n  username: maker42\n  key: ${aio()}\n`);
bb.ben("r20b-aio-identifiers", "asyncio helper names starting aio_", `async def aio_fetchAllPendingOrdersFromQueue():\n    return await aio_ConnectionPoolMaxSizeReached()\n`);

// ---- Deploy hook URLs
b.pos("r20b-netlify-gha", "GitHub Actions: curl to a Netlify build hook", `      - name: Trigger rebuild\n        run: curl -X POST -d {} https://api.netlify.com/build_hooks/${lowHex(24)}\n`);
b.pos("r20b-netlify-go", "Go const: Netlify build hook", `const buildHook = "https://api.netlify.com/build_hooks/${hex(24)}"\n`);
b.pos("r20b-vercel-js", "JS: Vercel deploy hook", `await fetch("https://api.vercel.com/v1/integrations/deploy/prj_${r.str(28, ALNUM)}/${mixed(10)}", { method: "POST" });\n`);
b.pos("r20b-vercel-env", ".env: Vercel deploy hook", `VERCEL_DEPLOY_HOOK_URL=https://api.vercel.com/v1/integrations/deploy/prj_${r.str(28, ALNUM)}/${mixed(10)}\n`);
bb.ben("r20b-netlify-doc", "docs: a Netlify build hook with a placeholder id", "curl -X POST -d {} https://api.netlify.com/build_hooks/YOUR_BUILD_HOOK_ID\n");
bb.ben("r20b-vercel-template", "a Vercel deploy hook built from variables", "const url = `https://api.vercel.com/v1/integrations/deploy/${projectId}/${hookId}`;\n");

// ---- Bearer <uuid> in a header-adding call
b.pos("r20b-bearer-uuid-csharp", "C#: HttpRequestMessage header Bearer UUID", `request.Headers.TryAddWithoutValidation("Authorization", "Bearer ${uuid()}");\n`);
b.pos("r20b-bearer-uuid-go", "Go: req.Header.Set Authorization Bearer UUID", `req.Header.Set("Authorization", "Bearer ${uuid()}")\n`);
b.pos("r20b-bearer-uuid-java", "Java: HttpRequest builder header Bearer UUID", `HttpRequest req = HttpRequest.newBuilder(uri)\n    .header("Authorization", "Bearer ${uuid()}")\n    .build();\n`);
bb.ben("r20b-bearer-uuid-prose", "prose: the word bearer beside a request id", `The bearer ${uuid()} request was retried twice before the gateway gave up.\n`);
bb.ben("r20b-request-id-uuid", "a request id header holding a UUID", `req.Header.Set("X-Request-Id", "${uuid()}")\nreq.Header.Set("X-Correlation-ID", "${uuid()}")\n`);

// ---- Multipart token parts holding hex
{
  const bd = boundary();
  b.pos("r20b-multipart-token-hex", "multipart part token: 30 hex", `Content-Type: multipart/form-data; boundary=${bd}\r\n\r\n${part(bd, "client_id", hex(24))}${part(bd, "token", hex(30))}--${bd}--\r\n`);
}
{
  const bd = boundary();
  b.pos("r20b-multipart-api-token-hex", "multipart part api_token: 40 hex", `${part(bd, "api_token", hex(40))}${part(bd, "channel", "alerts")}--${bd}--\r\n`);
}
{
  const bd = boundary();
  bb.ben("r20b-multipart-csrf-hex", "multipart csrf token part: hex nonce", `${part(bd, "csrf_token", hex(32))}${part(bd, "comment", "looks good")}--${bd}--\r\n`);
}
{
  const bd = boundary();
  bb.ben("r20b-multipart-token-short", "multipart token part: a short number", `${part(bd, "token", "4821")}--${bd}--\r\n`);
}

// ---- Long tokens in a JWT's form under a TOKEN name
b.pos("r20b-long-jwtish-kotlin", "Kotlin const: a long JWT-form token", `object Config {\n    const val IONOS_TOKEN = "${jwtish(40, 220, 342)}"\n}\n`);
b.pos("r20b-long-jwtish-ts", "TypeScript: a long JWT-form API token", `export const API_TOKEN = "${jwtish(50, 260, 300)}";\n`);
b.pos("r20b-long-jwtish-py", "Python: a long JWT-form access token", `ACCESS_TOKEN = '${jwtish(44, 300, 342)}'\n`);
bb.ben("r20b-long-jwtish-payload", "a long JWT-form test fixture not named as a secret", `public static final String SAMPLE_RESPONSE_BODY = "${jwtish(40, 220, 342)}";\n`);

// ---- key=@file: the value is in the file
b.pos("r20b-vault-put-literal", "vault kv put with the key inline", `vault kv put secret/prod/stripe secret_key=${mixed(32)}\n`);
bb.ben("r20b-vault-put-file", "vault kv put reading values from files", "vault kv put secret/prod/app api_key=@api_key.txt db_password=@./secrets/db.pass\n");
bb.ben("r20b-httpie-file", "httpie and curl fields read from files", "http POST https://api.internal/login password=@~/creds/pw.txt\ncurl -X POST https://api.internal/rotate -d token=@/run/secrets/token\n");

// ---- An address as an env lookup's fallback
wb.ben("r20b-eth-getenv-fallback", "Python: os.getenv of a PAYOUT_ADDRESS with a default", `PAYOUT = os.getenv("PAYOUT_ADDRESS", "${ethAddress(r)}")\n`);
wb.ben("r20b-eth-env-nullish", "Node: process.env TREASURY_ADDR ?? default", `const treasury = process.env.TREASURY_ADDR ?? "${ethAddress(r)}";\n`);
w.pos("r20b-eth-pay-to", "chat: an address to pay, beside the env-lookup look-alikes", `please wire the deposit to ${ethAddress(r)} before friday`);

export const cases = [...b.cases, ...bb.cases, ...w.cases, ...wb.cases];
