// Round thirty-two (Y139's y139-k-030): key material passed by position to a well-known API whose
// parameter there is the secret: web-push's setVapidDetails(subject, publicKey, privateKey), an HMAC's
// key (Node createHmac, PHP hash_hmac, Go hmac.New with []byte, Python hmac.new, Ruby OpenSSL::HMAC),
// java-jwt's Algorithm.HMAC256, golang-jwt's SignedString, javax.crypto's SecretKeySpec, webpush-java's
// PushService. Benign: the same calls with the key from the environment or a variable, a literal in a
// public slot (the VAPID public key, the algorithm's name, the message), placeholders.
import type { CorpusCase } from "../types.ts";
import { builder, Rng } from "./_gen.ts";

const r = new Rng(0x32a701);
const b = builder({ category: "r32-r32g-positional-secret-call" });
const bb = builder({ category: "r32-r32g-positional-secret-call-benign" });
const vapidPub = () => `B${r.b64url(86)}`;
const vapidPriv = () => r.b64url(43);
const key = () => `${r.alnum(14)}${r.digits(2)}${r.alnum(16)}`;
const mcp = (path: string, content: string) => JSON.stringify({ jsonrpc: "2.0", id: r.int(90) + 1, method: "tools/call", params: { name: "edit_file", arguments: { path, content } } });

b.pos("r32g-pos-vapid-ts", "setVapidDetails private key (third argument), TS via MCP", mcp("api/notify.ts", `import webPush from "web-push";\nwebPush.setVapidDetails("https://shop.example.org", "${vapidPub()}", "${vapidPriv()}");\n`));
b.pos("r32g-pos-vapid-csharp", "C# WebPushClient.SetVapidDetails", `var client = new WebPushClient();\nclient.SetVapidDetails(\n    "mailto:push@example.net",\n    "${vapidPub()}",\n    '${vapidPriv()}');\n`);
b.pos("r32g-pos-pushservice-java", "webpush-java PushService(public, private, subject)", `PushService svc = new PushService("${vapidPub()}", "${vapidPriv()}", "mailto:alerts@example.com");\n`);
b.pos("r32g-pos-hmac-node", "Node createHmac key", `const sig = crypto.createHmac('sha256', '${key()}').update(body).digest('hex');\n`);
b.pos("r32g-pos-hmac-php", "PHP hash_hmac key (third argument)", `<?php\n$signature = hash_hmac('sha512', $payload, '${key()}');\n`);
b.pos("r32g-pos-hmac-go", "Go hmac.New with []byte key", `func sign(msg []byte) []byte {\n\tm := hmac.New(sha256.New, []byte("${key()}"))\n\tm.Write(msg)\n\treturn m.Sum(nil)\n}\n`);
b.pos("r32g-pos-hmac-python", "Python hmac.new with bytes key", `digest = hmac.new(b'${key()}', request.body, hashlib.sha256).hexdigest()\n`);
b.pos("r32g-pos-hmac-ruby", "Ruby OpenSSL::HMAC.hexdigest key", `expected = OpenSSL::HMAC.hexdigest("SHA256", "${key()}", request.raw_post)\n`);
b.pos("r32g-pos-java-jwt", "java-jwt Algorithm.HMAC256 secret", `Algorithm algorithm = Algorithm.HMAC256("${key()}");\nString token = JWT.create().withIssuer("billing").sign(algorithm);\n`);
b.pos("r32g-pos-go-jwt", "golang-jwt SignedString key", `signed, err := tok.SignedString([]byte("${key()}"))\n`);
b.pos("r32g-pos-secretkeyspec", "Kotlin SecretKeySpec key bytes", `val spec = SecretKeySpec("${key()}".toByteArray(), "HmacSHA256")\n`);

bb.ben("r32g-pos-vapid-env", "VAPID keys from the environment", `webpush.setVapidDetails("mailto:ops@example.org", process.env.VAPID_PUBLIC_KEY, process.env.VAPID_PRIVATE_KEY);\n`);
bb.ben("r32g-pos-vapid-pub-only", "public key literal, private from config", `webPush.setVapidDetails(subject, "${vapidPub()}", config.vapid.privateKey);\n`);
bb.ben("r32g-pos-vapid-placeholder", "placeholder private key", `webpush.setVapidDetails("mailto:you@example.com", "<VAPID_PUBLIC_KEY>", "<VAPID_PRIVATE_KEY>");\n`);
bb.ben("r32g-pos-hmac-var", "createHmac key from a variable, literal message", `const mac = crypto.createHmac("sha256", signingSecret).update("${key()}").digest("base64");\n`);
bb.ben("r32g-pos-hmac-php-var", "hash_hmac with a literal message, key from getenv", `$sig = hash_hmac('sha256', 'order-${r.digits(6)}', getenv('WEBHOOK_SECRET'));\n`);
bb.ben("r32g-pos-hmac-go-var", "Go hmac.New with a key variable", `m := hmac.New(sha256.New, []byte(cfg.SigningKey))\n`);
bb.ben("r32g-pos-java-jwt-env", "HMAC256 of an environment value", `Algorithm algorithm = Algorithm.HMAC256(System.getenv("JWT_SECRET"));\n`);
bb.ben("r32g-pos-secretkeyspec-var", "SecretKeySpec over a decoded variable", `SecretKeySpec spec = new SecretKeySpec(Base64.getDecoder().decode(encodedKey), "AES");\n`);
bb.ben("r32g-pos-docs", "docs naming the parameters", `setVapidDetails(subject, publicKey, privateKey) takes the private key third; createHmac(algorithm, key) takes the key second.\n`);
bb.ben("r32g-pos-hmac-word-key", "test key spelled as words", `const mac = createHmac("sha256", "test-signing-key").update(raw).digest("hex");\n`);

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
