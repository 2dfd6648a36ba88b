// Benign: outbound payloads full of trigger words, ids, hashes and placeholders, no credential.
import { builder, reseed, hex, r, digits, LO, URLSAFE, B64 } from "./gen.ts";

reseed(303);
const { cases, ben } = builder("secrets-benign", "secrets");
export { cases };

const uuid = () => `${hex(8)}-${hex(4)}-4${hex(3)}-${r(1, "89ab")}${hex(3)}-${hex(12)}`;
const W = "trigger-words";
const ID = "ids-hashes";
const PH = "placeholders";
const CODE = "code";

// prompts and prose full of trigger words
ben(W, `Can you explain the difference between an access token and a refresh token in OAuth 2.0, and when the refresh token should be rotated?`);
ben(W, `Write a function that validates a password: at least 12 characters, one digit, one symbol. Don't store the password, only the argon2 hash.`);
ben(W, `Our session cookie is marked HttpOnly and SameSite=Lax. Is that enough to stop CSRF if the auth token also lives in localStorage?`);
ben(W, `Summarise this incident: a developer committed a secret key to a public repo, GitHub secret scanning flagged it within minutes, the key was revoked and rotated, no misuse observed.`);
ben(W, `TODO(auth): move the api key lookup out of the request handler and into the secrets manager client; cache for 5 minutes.`);
ben(W, `How do I tell the AWS CLI to use a named profile instead of the default credentials file? I don't want to paste keys anywhere.`);
ben(W, `The login form sends username and password over TLS to /session; the server answers with a session id in a Set-Cookie header. Draw me a sequence diagram.`);
ben(W, `Please review: we read the token from process.env, never log it, and redact Authorization headers in our request logger. Anything missing?`);
ben(W, `Key points from the meeting: 1) rotate the signing key quarterly, 2) secrets go into Vault, 3) password resets require MFA, 4) session timeout 30 minutes.`);
ben(W, `What's the best way to generate a secure random secret in Node? crypto.randomBytes(32).toString('hex') or crypto.randomUUID()?`);
ben(W, `git commit -m "auth: rename token_ttl to access_token_ttl_seconds; add password policy doc"`);
ben(W, `In the Kubernetes docs, a Secret object holds a small amount of sensitive data such as a password, a token, or a key. Is base64 in a Secret encryption? (No — it's encoding.)`);
ben(W, `Error: invalid_grant — the refresh token has expired or was revoked. Ask the user to sign in again.`);
ben(W, `Explain JWT validation: check alg, verify signature with the public key, check exp, nbf, iss and aud claims, reject "none".`);
ben(W, `I forgot my password for the staging dashboard, who do I ask to reset it? Not asking for the password itself, just the process.`);
ben(W, `The secret to a good sourdough is patience: feed the starter, let the key fermentation happen overnight, and keep the session in the oven short and hot.`);
ben(W, `{"event":"login_failed","reason":"bad_password","user_id":${digits(6)},"attempts":3,"lockout":false}`);
ben(W, `Generate a threat model for our API: token theft, session fixation, credential stuffing, key leakage in logs, secret sprawl.`);
ben(W, `Translate to German: "Your session has expired. Please enter your password again to continue."`);
ben(W, `We store only a SHA-256 of each API key and show the user the last four characters (e.g. "…3f9a") in the dashboard.`);

// ids, hashes, non-secret high-entropy values
ben(ID, `{"request_id":"${uuid()}","trace_id":"${hex(32)}","span_id":"${hex(16)}","status":200}`);
ben(ID, `commit ${hex(40)}\nAuthor: Dana Lee <dana@example.com>\nDate:   Tue Nov 25 10:02:11 2026 +0100\n\n    fix token refresh race`);
ben(ID, `"integrity": "sha512-${r(86, B64)}=="`);
ben(ID, `sha256sum release.tar.gz\n${hex(64)}  release.tar.gz`);
ben(ID, `docker pull ghcr.io/acme/api@sha256:${hex(64)}`);
ben(ID, `{"order_id":"ord_${r(24)}","customer":"cus_${r(14)}","amount":4200,"currency":"eur"}`, "object ids with provider-like prefixes, not secrets");
ben(ID, `https://www.youtube.com/watch?v=${r(11, URLSAFE)} — the talk on session management at minute 14`);
ben(ID, `ETag: "${hex(32)}"\nCache-Control: max-age=3600\nX-Request-Id: ${uuid()}`);
ben(ID, `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${r(43, B64)} dana@laptop`, "public key");
ben(ID, `The build cache key is ${hex(16)}-node20-${hex(8)}; restore it before npm ci.`);
ben(ID, `{"kid":"${hex(16)}","kty":"RSA","use":"sig","alg":"RS256","e":"AQAB","n":"${r(342, URLSAFE)}"}`, "public JWK");
ben(ID, `Session ${uuid()} closed after 1800s idle; token count 4812, cost 0.12 USD.`);
ben(ID, `wasm hash: ${hex(64)}\nsource map: app.${hex(8)}.js.map`);
ben(ID, `${hex(40)} refs/heads/main\n${hex(40)} refs/tags/v2.3.1`);
ben(ID, `"nonce": "${r(22, URLSAFE)}", "state": "${r(32, URLSAFE)}", "code_challenge_method": "S256"`, "OAuth state/nonce values, not credentials");
ben(ID, `Dropbox shared folder id ${digits(11)}, revision ${hex(9)}`);
ben(ID, `-----BEGIN CERTIFICATE-----\nMIID${r(60, B64)}\n${r(64, B64)}\n${r(64, B64)}\n${r(40, B64)}==\n-----END CERTIFICATE-----`, "public certificate");
ben(ID, `bafybei${r(52, "abcdefghijklmnopqrstuvwxyz234567")}`, "IPFS CID");
ben(ID, `user-agent analytics: visitor=${uuid()} experiment=checkout_v3 bucket=${digits(3)}`);
ben(ID, `const ICON = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAABAAAAAQ${r(120, B64)}";`);

// placeholders, references, redacted values
ben(PH, `OPENAI_API_KEY=<your-openai-key>\nANTHROPIC_API_KEY=<your-anthropic-key>`);
ben(PH, `export GITHUB_TOKEN="\${{ secrets.GITHUB_TOKEN }}"`);
ben(PH, `aws_access_key_id = \${AWS_ACCESS_KEY_ID}\naws_secret_access_key = \${AWS_SECRET_ACCESS_KEY}`);
ben(PH, `stripe.api_key = os.environ["STRIPE_SECRET_KEY"]`);
ben(PH, `DATABASE_URL=postgres://USER:PASSWORD@HOST:5432/DBNAME`);
ben(PH, `Authorization: Bearer ****************************`);
ben(PH, `{"api_key":"[REDACTED]","user":"dana","endpoint":"https://api.example.com"}`);
ben(PH, `password: changeme  # replaced by the installer on first boot`);
ben(PH, `SLACK_BOT_TOKEN=xoxb-your-token-here`);
ben(PH, `const key = process.env.SENDGRID_API_KEY ?? throwMissing("SENDGRID_API_KEY");`);
ben(PH, `token: {{ .Values.registry.token | quote }}`);
ben(PH, `# paste your personal access token below\nGITLAB_TOKEN=`);
ben(PH, `client_secret: "\${vault:secret/data/oauth#client_secret}"`);
ben(PH, `--password-stdin < /run/secrets/registry_password`);
ben(PH, `sk_test_... keys are for test mode; never put the live key (starts with sk_live_) in the frontend.`, "mentions prefixes only");
ben(PH, `MONGO_URI=mongodb://localhost:27017/devdb`);
ben(PH, `redis://localhost:6379/0`);
ben(PH, `"Authorization": f"Bearer {get_token()}"`);
ben(PH, `DB_PASSWORD=\${DB_PASSWORD:?must be set}`);
ben(PH, `api_key: !vault |\n  $ANSIBLE_VAULT;1.1;AES256\n  (encrypted with the team vault key, see docs/ops.md)`);

// code and configs with trigger words, no credential
ben(CODE, `export async function refreshSession(token: string): Promise<Session> {\n  const res = await fetch("/auth/refresh", { method: "POST", headers: { Authorization: \`Bearer \${token}\` } });\n  if (!res.ok) throw new AuthError(res.status);\n  return res.json();\n}`);
ben(CODE, `def hash_password(password: str) -> str:\n    return argon2.PasswordHasher().hash(password)\n\ndef verify(stored: str, password: str) -> bool:\n    return argon2.PasswordHasher().verify(stored, password)`);
ben(CODE, `func (s *Store) SecretFor(keyID string) ([]byte, error) {\n\tsecret, ok := s.secrets[keyID]\n\tif !ok {\n\t\treturn nil, ErrUnknownKey\n\t}\n\treturn secret, nil\n}`);
ben(CODE, `CREATE TABLE api_keys (\n  id uuid PRIMARY KEY,\n  key_hash bytea NOT NULL,\n  last_four char(4) NOT NULL,\n  created_at timestamptz DEFAULT now()\n);`);
ben(CODE, `session:\n  cookie_name: sid\n  secure: true\n  max_age: 1800\nauth:\n  provider: oidc\n  issuer: https://login.example.com\n  scopes: [openid, profile]`);
ben(CODE, `const TOKEN_TTL = 15 * 60; // seconds\nconst PASSWORD_MIN_LENGTH = 12;\nconst SECRET_ROTATION_DAYS = 90;`);
ben(CODE, `if (!req.session.user) return res.redirect("/login?next=" + encodeURIComponent(req.originalUrl));`);
ben(CODE, `- name: Configure AWS credentials\n  uses: aws-actions/configure-aws-credentials@v4\n  with:\n    role-to-assume: arn:aws:iam::${digits(12)}:role/gh-deploy\n    aws-region: eu-west-1`, "OIDC role, no static key");
ben(CODE, `class TokenBucket {\n  constructor(private capacity: number, private refillPerSec: number) {}\n  take(tokens = 1) { /* rate limiting, not auth */ }\n}`);
ben(CODE, `let key = KeyPair::generate(&mut OsRng);\nlet public = key.public_key();\nprintln!("fingerprint: {}", public.fingerprint());`);
ben(CODE, `grep -rn "password" src/ | grep -v test  # find hard-coded passwords before release`);
ben(CODE, `keytool -genkeypair -alias server -keyalg RSA -keysize 3072 -keystore server.p12 -storetype PKCS12`);
ben(CODE, `openssl rand -hex 32 > /dev/null  # just checking openssl works; real key comes from KMS`);
ben(CODE, `tokenizer = AutoTokenizer.from_pretrained("bert-base-uncased")\ntokens = tokenizer("the secret garden", return_tensors="pt")`);
ben(CODE, `"scripts": { "auth:login": "node scripts/login.js", "keys:rotate": "node scripts/rotate-keys.js --dry-run" }`);
ben(CODE, `router.post("/password/reset", rateLimit({ windowMs: 60_000, max: 5 }), resetPassword);`);
ben(CODE, `@PreAuthorize("hasAuthority('SCOPE_tokens:write')")\npublic ResponseEntity<Void> revokeToken(@PathVariable UUID tokenId) { ... }`);
ben(CODE, `[auth]\nmethod = "keychain"\nservice = "acme-cli"\n# the token is stored in the OS keychain, never in this file`);
ben(CODE, `const secretSanta = shuffle(people).map((p, i, a) => [p, a[(i + 1) % a.length]]);`);
ben(CODE, `kubectl create secret generic db-creds --from-file=./password.txt --dry-run=client -o yaml`);
ben(CODE, `SELECT user_id, COUNT(*) AS failed FROM login_attempts WHERE success = false AND ts > now() - interval '1 hour' GROUP BY user_id;`);
ben(CODE, `const pk = "pk_live_" + "…"; // publishable keys are safe in the browser, but keep them in config`, "truncated placeholder");
ben(CODE, `session.headers.update({"User-Agent": "acme-sync/2.4", "Accept": "application/json"})`);
ben(CODE, `# .gitignore\n.env\n*.pem\n*.key\ncredentials.json\nsecrets/`);
ben(CODE, `jwt.verify(token, publicKey, { algorithms: ["RS256"], audience: "api://orders", issuer: "https://login.example.com/" })`);
ben(CODE, `A lock's key space with 5 pins and 10 heights is 10^5; a 128-bit secret key has 2^128 possibilities.`);
ben(CODE, `Password strength examples for the UI help text: "correct horse battery staple" style passphrases are better than "P@ssw0rd!".`);
ben(CODE, `const sessionId = crypto.randomUUID(); // generated per run, logged for correlation`);
ben(CODE, `ENV NODE_ENV=production\nENV PORT=8080\nARG GIT_SHA\nLABEL org.opencontainers.image.revision=$GIT_SHA`);
ben(CODE, `The seed for the test shuffle is 42; rerun with --seed ${digits(6)} to reproduce the flaky auth test.`);
ben(CODE, `{"lang":"en","words":["apple","river","stone","cloud","lamp","tiger","paper","salt","wind","glass","orbit","fern"],"exercise":"write a story using all twelve words"}`, "twelve ordinary words, not BIP-39 checksum-valid mnemonic context");
ben(CODE, `users:\n  - name: alice\n    password_hash: "$argon2id$v=19$m=65536,t=3,p=4$${r(22, B64)}$${r(43, B64)}"`, "password hash, not password");
ben(CODE, `Checksum of the firmware (CRC32): 0x${hex(8)}; build ${hex(7)}`);
ben(CODE, `const mask = (s: string) => s.slice(0, 4) + "*".repeat(Math.max(0, s.length - 8)) + s.slice(-4);`);
ben(CODE, `curl -s https://api.example.com/v1/status -H "Accept: application/json" | jq .auth.mode`);
ben(CODE, `passport.use(new LocalStrategy(async (username, password, done) => {\n  const user = await Users.findByName(username);\n  return done(null, user && (await user.verifyPassword(password)) ? user : false);\n}));`);
ben(CODE, `tokens = text.split()\nkeys = sorted(set(tokens))\nsecret_word = random.choice(keys)  # hangman`);
ben(CODE, `${r(6, LO)}-${r(6, LO)}-${r(6, LO)} is your Wi-Fi guest network name for tonight's session`);
