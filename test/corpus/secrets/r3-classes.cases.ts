// Round three (issue 24, the classes held-out set E exposed): near-valid lengths of more
// fixed-length prefixes, less common providers' token shapes, credentials named by a neighbour
// (Terraform state, XML key/value settings, multipart parts, Go DSNs, UUID-valued credential
// headers), strings built by code (character arrays, fromCharCode, reversed literals, literals
// juxtaposed across lines), non-English BIP-39 phrases; and the false positives: secrets encrypted
// at rest, public key ids and site keys, token prefixes listed in prose. Written for this project
// corpus: other providers, carriers and phrasings than set E's cases, with benign look-alikes for
// every class. Every credential-shaped value is built at run time.
import { entropyToMnemonic, validateMnemonic } from "@scure/bip39";
import { wordlist as czech } from "@scure/bip39/wordlists/czech.js";
import { wordlist as french } from "@scure/bip39/wordlists/french.js";
import { wordlist as italian } from "@scure/bip39/wordlists/italian.js";
import { wordlist as portuguese } from "@scure/bip39/wordlists/portuguese.js";
import { wordlist as spanish } from "@scure/bip39/wordlists/spanish.js";
import type { CorpusCase } from "../types.ts";
import { builder, Rng, ALNUM, B64URL, HEX, LOWER, UPPER, DIGITS } from "./_gen.ts";

const r = new Rng(0x5ec3e01);
const near = builder({ category: "r3-near-valid", expect: "secrets" });
const shape = builder({ category: "r3-provider-shapes", expect: "secrets" });
const slot = builder({ category: "r3-named-slots", expect: "secrets" });
const rest = builder({ category: "r3-at-rest-and-public", expect: "secrets" });
const code = builder({ category: "r3-built-by-code", expect: "secrets" });
const seed = builder({ category: "r3-seed-intl", expect: "secrets" });

/** Random letters of both cases (Hugging Face bodies are letters only). */
const letters = (n: number) => r.str(n, UPPER + LOWER);
/** Alphanumeric with at least one digit. */
const body = (n: number) => r.alnum(n - 1) + r.str(1, DIGITS);
const uuid = () => r.uuid();
const P = (a: string, b: string) => a + b;

// ---------------------------------------------------------------- near-valid lengths
near.pos("hf-31-env", "hf_ letters-only body, 3 short", `export HF_TOKEN=${P("h", "f_")}${letters(31)}`);
near.pos("hf-37-json", "hf_ letters-only body, 3 long, in a JSON body", JSON.stringify({ inputs: "hello", options: { token: P("h", "f_") + letters(37) } }));
near.pos("shpat-30", "shpat_ 30 hex (2 short) in a curl header", `curl -H "X-Shopify-Access-Token: ${P("shp", "at_")}${r.hex(30)}" https://shop.example.com/admin/api/2024-10/orders.json`);
near.pos("shpss-35", "shpss_ 35 hex in YAML", `shopify:\n  shared_secret: ${P("shp", "ss_")}${r.hex(35)}\n`);
near.pos("lin-api-36", "lin_api_ 36 chars in chat", `the linear key ${P("lin", "_api_")}${body(36)} stopped working after the rotation`);
near.pos("lin-api-44", "lin_api_ 44 chars in a Python call", `client = LinearClient(api_key="${P("lin", "_api_")}${body(44)}")`);
near.pos("gsk-49", "gsk_ 49 chars (3 short)", `GROQ_API_KEY=${P("gs", "k_")}${body(49)}`);
near.pos("pplx-45", "pplx- 45 chars", `{"headers":{"Authorization":"Bearer ${P("pp", "lx-")}${body(45)}"}}`);
near.pos("sk-or-60", "sk-or-v1- 60 hex", `OPENROUTER_KEY=${P("sk-", "or-v1-")}${r.hex(60)}`);
near.pos("rubygems-45", "rubygems_ 45 hex", `---\n:rubygems_api_key: ${P("ruby", "gems_")}${r.hex(45)}\n`);
near.pos("dckr-24", "dckr_pat_ 24 chars", `docker login -u ci -p ${P("dckr", "_pat_")}${body(24)}`);
near.pos("nrak-25", "NRAK- 25 chars", `newrelic.config.user_key = "${P("NR", "AK-")}${r.str(24, UPPER + DIGITS)}7"`);
near.pos("gocspx-25", "GOCSPX- 25 chars", `client_secret: ${P("GOC", "SPX-")}${r.str(24, ALNUM + "_-")}9`);
near.pos("dp-st-38", "dp.st. 38 chars", `DOPPLER_TOKEN=${P("dp", ".st.")}${body(38)}`);
near.pos("bkua-38", "bkua_ 38 hex", `BUILDKITE_API_TOKEN=${P("bk", "ua_")}${r.hex(38)}`);
near.ben("hf-identifier", "hf_ camelCase identifier of 36 letters", `from hub import ${P("h", "f_")}TransformersModelConfigurationLoader\nloader = ${P("h", "f_")}TransformersModelConfigurationLoader()`);
near.ben("hf-snake", "hf_ snake_case functions", `from huggingface_hub import ${P("h", "f_")}hub_download, ${P("h", "f_")}hub_url\npath = ${P("h", "f_")}hub_download(repo_id="gpt2", filename="config.json")`);
near.ben("shpat-masked", "masked Shopify token in a settings page", `Admin API access token: ${P("shp", "at_")}••••••••••••••••••••••••${r.hex(4)}  (reveal once)`);
near.ben("lin-prefix-prose", "Linear prefixes in docs", `Linear personal API keys start with ${P("lin", "_api_")} and OAuth access tokens with lin_oauth_; never commit either.`);
near.ben("gsk-identifier", "gsk_ in identifiers", `static int ${P("gs", "k_")}client_init(void);\n#define ${P("GS", "K_")}BUFFER_SIZE 4096`);
near.ben("r8-register", "r8_ register names in assembly notes", `mov ${P("r8", "_")}value, rax ; spill\nlea r9, [${P("r8", "_")}base + 16]`);
near.ben("rnd-placeholder", "rnd_ placeholder", `RENDER_API_KEY=${P("rn", "d_")}xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`);
near.ben("sbp-masked", "sbp_ with stars", `supabase access token: ${P("sb", "p_")}****************************************`);

// ---------------------------------------------------------------- less common providers, shape only
shape.pos("contentful-env", "Contentful PAT in an .env", `CONTENTFUL_MANAGEMENT_TOKEN=${P("CF", "PAT-")}${r.str(43, ALNUM + "_-")}`);
shape.pos("dynatrace-json", "Dynatrace API token in a JSON body", JSON.stringify({ url: "https://abc12345.live.dynatrace.com", apiToken: `${P("dt0", "c01.")}${r.str(24, UPPER + DIGITS)}.${r.str(64, UPPER + DIGITS)}` }));
shape.pos("shippo-log", "Shippo live token in a log line", `[shipping] POST /shipments auth=ShippoToken ${P("shippo", "_live_")}${r.hex(40)} status=201`);
shape.pos("easypost-ruby", "EasyPost production key in Ruby", `EasyPost.api_key = "${P("EZ", "AK")}${r.alnum(54)}"`);
shape.pos("duffel-header", "Duffel token in a header", `Authorization: Bearer ${P("duffel", "_test_")}${r.str(43, ALNUM + "_-")}`);
shape.pos("flutterwave-js", "Flutterwave test secret key in JS", `const flw = new Flutterwave(PUBLIC_KEY, "${P("FLWSECK", "_TEST-")}${r.str(32, "abcdef0123456789")}-X");`);
shape.pos("typeform-cli", "Typeform PAT in a CLI call", `typeform-cli --token ${P("tf", "p_")}${r.str(59, ALNUM + "_-")} forms list`);
shape.pos("readme-yaml", "ReadMe API key in a workflow", `- uses: readmeio/rdme@v8\n  with:\n    rdme: openapi ./spec.json --key=${P("rd", "me_")}${r.str(70, LOWER + DIGITS)}`);
shape.pos("prefect-profile", "Prefect key in a profile TOML", `[profiles.cloud]\nPREFECT_API_KEY = "${P("pn", "u_")}${body(36)}"`);
shape.pos("clojars-settings", "Clojars deploy token in a deploy script", `lein deploy clojars --password ${P("CLOJARS", "_")}${r.str(60, LOWER + DIGITS)}`);
shape.pos("sourcegraph-env", "Sourcegraph token in env", `SRC_ACCESS_TOKEN=${P("sg", "p_")}${r.hex(16)}_${r.hex(40)}`);
shape.pos("infracost-ci", "Infracost key in CI vars", `INFRACOST_API_KEY: ${P("ic", "o-")}${body(32)}`);
shape.pos("brevo-php", "Brevo API key in PHP", `$config = Configuration::getDefaultConfiguration()->setApiKey('api-key', '${P("xkey", "sib-")}${r.hex(64)}-${r.alnum(16)}');`);
shape.pos("posthog-phx", "PostHog personal key in a curl", `curl -H "Authorization: Bearer ${P("ph", "x_")}${r.alnum(43)}" https://app.posthog.com/api/projects/`);
shape.pos("neon-key", "Neon API key in chat", `here's the neon key if you need it: ${P("na", "pi_")}${r.str(64, LOWER + DIGITS)}`);
shape.pos("jfrog-akcp", "JFrog API key in a gradle.properties", `artifactory_password=${P("AK", "Cp")}${r.alnum(69)}`);
shape.pos("tavily-dev", "Tavily dev key in Python", `tavily = TavilyClient(api_key="${P("tv", "ly-dev-")}${r.alnum(32)}")`);
shape.pos("cerebras-json", "Cerebras key in a tool call", JSON.stringify({ tool: "http", args: { headers: { authorization: `Bearer ${P("cs", "k-")}${r.str(48, LOWER + DIGITS)}` } } }));
shape.pos("adobe-secret", "Adobe client secret in a form body", `client_id=${r.hex(32)}&client_secret=${P("p8", "e-")}${r.alnum(32)}&grant_type=client_credentials`);
shape.pos("plaid-access", "Plaid access token in a DB dump line", `INSERT INTO items (user_id, plaid_token) VALUES (42, '${P("access-", "production-")}${uuid()}');`);
shape.pos("scalingo-cli", "Scalingo token", `scalingo login --api-token ${P("tk-", "us-")}${r.str(48, ALNUM + "_-")}`);
shape.pos("frameio-header", "Frame.io developer token", `X-Frameio-Auth: ${P("fio", "-u-")}${r.str(64, ALNUM + "_-")}`);
shape.pos("dnkey-hcl", "Defined Networking key in HCL", `provider "dnclient" {\n  api_key = "${P("dn", "key-")}${r.str(26, LOWER + DIGITS)}-${r.str(52, LOWER + DIGITS)}"\n}`);
shape.pos("tencent-secretid", "Tencent Cloud SecretId", `export TENCENTCLOUD_SECRET_ID=${P("AK", "ID")}${r.alnum(32)}`);
shape.pos("langfuse-sk", "Langfuse secret key", `LANGFUSE_SECRET_KEY="${P("sk-", "lf-")}${uuid()}"`);
shape.pos("hubspot-pat", "HubSpot private app token", `hubspot.Client(access_token="${P("pat-", "na1-")}${uuid()}")`);
shape.ben("posthog-phc", "PostHog project key (public, in page script)", `<script>posthog.init('${P("ph", "c_")}${r.alnum(43)}', {api_host: 'https://us.i.posthog.com'})</script>`);
shape.ben("langfuse-pk", "Langfuse public key", `LANGFUSE_PUBLIC_KEY="${P("pk-", "lf-")}${uuid()}"`);
shape.ben("contentful-placeholder", "Contentful PAT placeholder in docs", `contentful login --management-token ${P("CF", "PAT-")}xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`);
shape.ben("dynatrace-doc", "Dynatrace token format explained", `A Dynatrace token looks like ${P("dt0", "c01.")}<public-part>.<secret-part>; the first 24 characters after the prefix are the token id.`);
shape.ben("napi-c", "Node-API calls in C", `napi_value result;\nnapi_status status = ${P("na", "pi_")}create_string_utf8(env, "hello", NAPI_AUTO_LENGTH, &result);\n${P("na", "pi_")}get_cb_info(env, info, &argc, argv, NULL, NULL);`);
shape.ben("ico-css", "icon CSS classes", `<i class="${P("ic", "o-")}arrow-left"></i><i class="${P("ic", "o-")}chevron-down-small"></i>`);
shape.ben("typeform-prose", "Typeform token prefix in docs", `Personal access tokens are prefixed with ${P("tf", "p_")} and can be revoked from Settings > Personal tokens.`);
shape.ben("plaid-doc", "Plaid access token placeholder", `Exchange the public token for an access token (it looks like ${P("access-", "sandbox-")}xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx).`);
shape.ben("hubspot-doc", "HubSpot token placeholder", `Authorization: Bearer ${P("pat-", "na1-")}00000000-0000-0000-0000-000000000000`);
shape.ben("akid-word", "AKID inside words and ids", `ticket BAKID-2231 closed; see ${P("AK", "ID")}-README and akidou.example.com`);

// ---------------------------------------------------------------- credentials named by a neighbour
slot.pos("tfstate-output", "Terraform state sensitive output", JSON.stringify({ version: 4, outputs: { db_admin_password: { value: r.password(), type: "string", sensitive: true } } }, null, 2));
slot.pos("tfstate-compact", "random_password in compact state JSON", JSON.stringify({ resources: [{ mode: "managed", type: "random_password", name: "api", instances: [{ attributes: { length: 32, result: r.str(32, ALNUM + "!#$%&*()-_=+"), special: true } }] }] }));
slot.pos("spring-property", "Spring bean property with a password", `<bean id="ds" class="org.apache.commons.dbcp2.BasicDataSource">\n  <property name="username" value="app"/>\n  <property name="password" value="${r.password()}"/>\n</bean>`);
slot.pos("java-xml-props", "Java XML properties entry", `<?xml version="1.0"?>\n<!DOCTYPE properties SYSTEM "http://java.sun.com/dtd/properties.dtd">\n<properties>\n  <entry key="db.url">jdbc:postgresql://db/app</entry>\n  <entry key="db.password">${r.password()}</entry>\n</properties>`);
slot.pos("appsettings-apikey", ".NET appSettings ApiKey", `<appSettings>\n  <add key="Environment" value="Production" />\n  <add key="PaymentApiKey" value="${r.alnum(40)}" />\n</appSettings>`);
slot.pos("multipart-passphrase", "multipart part named passphrase", `------WebKitFormBoundary${r.alnum(16)}\r\nContent-Disposition: form-data; name="passphrase"\r\n\r\n${r.password()}\r\n------WebKitFormBoundary--\r\n`);
slot.pos("multipart-nested-password", "multipart part user[password]", `--b1\r\nContent-Disposition: form-data; name="user[email]"\r\n\r\nann@example.com\r\n--b1\r\nContent-Disposition: form-data; name="user[password]"\r\n\r\n${r.password()}\r\n--b1--\r\n`);
slot.pos("go-dsn-env", "Go MySQL DSN in an env file", `DATABASE_DSN=orders:${r.password()}@tcp(10.0.3.7:3306)/orders?charset=utf8mb4`);
slot.pos("go-dsn-unix", "Go MySQL DSN over a unix socket", `db, err := sql.Open("mysql", "svc:${r.str(18, ALNUM + "#%")}@unix(/var/run/mysqld/mysqld.sock)/inventory")`);
slot.pos("uuid-api-key", "UUID API key in a custom header", `GET /v2/reports HTTP/1.1\r\nHost: api.vendor.example\r\nX-Api-Key: ${uuid()}\r\n\r\n`);
slot.pos("uuid-auth-token", "UUID auth token in JSON", JSON.stringify({ endpoint: "https://hooks.example.net/ingest", api_token: uuid(), retries: 3 }));
slot.ben("tfstate-random-id", "random_id and random_pet results are not passwords", JSON.stringify({ resources: [{ type: "random_id", name: "suffix", instances: [{ attributes: { hex: r.hex(8), b64_url: r.str(11, B64URL), byte_length: 4 } }] }, { type: "random_pet", name: "name", instances: [{ attributes: { id: "warm-puppy", length: 2 } }] }] }, null, 2));
slot.ben("tfstate-output-plain", "non-sensitive output value", JSON.stringify({ outputs: { bucket_name: { value: "acme-logs-prod", type: "string" }, region: { value: "eu-west-1", type: "string", sensitive: false } } }, null, 2));
slot.ben("xml-policy-keys", "XML settings about passwords, not passwords", `<appSettings>\n  <add key="PasswordPolicy" value="Strong" />\n  <add key="PasswordMinLength" value="12" />\n  <add key="TokenEndpoint" value="https://login.example.com/oauth2/token" />\n</appSettings>`);
slot.ben("xml-env-refs", "XML settings pointing at variables", `<packageSourceCredentials>\n  <feed>\n    <add key="Username" value="%FEED_USER%" />\n    <add key="ClearTextPassword" value="%FEED_PASSWORD%" />\n  </feed>\n</packageSourceCredentials>\n<property name="password" value="\${db.password}"/>`);
slot.ben("multipart-hint", "multipart part named password_hint and a file part", `--x\r\nContent-Disposition: form-data; name="password_hint"\r\n\r\nfirst pet\r\n--x\r\nContent-Disposition: form-data; name="password_policy"; filename="policy.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.7\r\n--x--\r\n`);
slot.ben("go-dsn-doc", "Go MySQL DSN examples from docs", `// Open a connection: user:password@tcp(127.0.0.1:3306)/dbname\n// or with a socket: username:password@unix(/tmp/mysql.sock)/dbname?charset=utf8\ndsn := fmt.Sprintf("%s:%s@tcp(%s)/%s", user, pass, host, name)`);
slot.ben("uuid-download-token", "a bare token= query value holding a UUID (a storage download handle)", `GET /v0/b/acme-app.appspot.com/o/avatars%2F${r.alnum(20)}.png?alt=media&token=${uuid()} HTTP/1.1\r\nHost: storage.example.net\r\n\r\n`);
slot.ben("uuid-ids", "UUIDs in id, request-id and bare key slots", `X-Request-Id: ${uuid()}\r\nX-Correlation-Id: ${uuid()}\r\n\r\n{"key": "${uuid()}", "idempotency_key": "${uuid()}", "session_id": "${uuid()}"}`);

// ---------------------------------------------------------------- encrypted at rest, public ids, prefix lists
const sopsEnc = () => `ENC[AES256_GCM,data:${r.b64bytes(24)},iv:${r.b64bytes(32)},tag:${r.b64bytes(16)},type:str]`;
rest.ben("sops-json", "SOPS-encrypted JSON", JSON.stringify({ db: { password: sopsEnc(), api_key: sopsEnc() }, sops: { kms: [], lastmodified: "2025-02-01T00:00:00Z", mac: sopsEnc(), version: "3.9.0" } }, null, 2));
rest.ben("jasypt", "jasypt-encrypted Spring properties", `spring.datasource.password=ENC(${r.b64bytes(48)})\napp.api.secret=ENC(${r.b64bytes(32)})`);
rest.ben("spring-cipher", "Spring Cloud Config {cipher} values", `spring:\n  datasource:\n    password: '{cipher}${r.hex(96)}'\nmail:\n  password: "{cipher}${r.hex(64)}"`);
rest.ben("kms-blob", "AWS KMS ciphertext blob in a config", `db_password_encrypted: AQICAH${r.str(150, ALNUM + "+/")}==`);
rest.ben("sealed-secret-keys", "SealedSecret with several encrypted keys", `apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: payments\nspec:\n  encryptedData:\n    api_key: ${r.b64bytes(560)}\n    token: ${r.b64bytes(540)}\n`);
rest.ben("k8s-placeholder-b64", "Kubernetes Secret data holding base64 placeholders", `apiVersion: v1\nkind: Secret\ntype: Opaque\ndata:\n  password: ${Buffer.from("REPLACE_ME").toString("base64")}\n  api_key: ${Buffer.from("your-api-key-here").toString("base64")}\n`);
rest.pos("k8s-real-b64", "Kubernetes Secret data holding a base64 real password", `apiVersion: v1\nkind: Secret\ntype: Opaque\ndata:\n  password: ${Buffer.from(r.password() + r.alnum(4)).toString("base64")}\n`);
rest.pos("sops-plain-neighbour", "a plaintext password next to SOPS metadata", `db:\n  password: ${r.password()}\nsops:\n  version: 3.9.0\n`);
rest.ben("gpg-key-ids", "gpg output naming key ids and fingerprints", `gpg: Signature made Mon 03 Feb 2025 09:12:44 UTC\ngpg:                using RSA key ${r.HEX(40)}\ngpg: Good signature from "Build Bot <bot@example.org>"\ngpg: using subkey ${r.HEX(16)} instead of primary key ${r.HEX(16)}\nsigning key ${r.HEX(16)}`);
rest.ben("site-keys", "captcha site keys and publishable keys in page config", `window.CONFIG = { recaptchaSiteKey: "6L${r.str(38, ALNUM + "_-")}", hcaptcha_site_key: "${uuid()}", publishableKey: "${P("pk", "_live_")}${r.alnum(24)}" };`);
rest.pos("recaptcha-secret", "reCAPTCHA secret key (the server half)", `RECAPTCHA_SECRET_KEY=6L${r.str(38, ALNUM + "_-")}`);
rest.ben("prefix-json-array", "scanner config listing token prefixes", JSON.stringify({ keywords: [P("gl", "pat-"), P("sk", "_live_"), P("rk", "_live_"), P("gh", "p_"), P("xo", "xb-"), "AKIA", P("np", "m_")] }));
rest.ben("prefix-csv", "CSV of providers and prefixes", `provider,prefix,docs\nGitLab,${P("gl", "pat-")},https://docs.gitlab.com\nStripe,${P("sk", "_live_")},https://stripe.com/docs\nSlack,${P("xo", "xb-")},https://api.slack.com`);
rest.ben("prefix-toml", "gitleaks-style keyword list", `[[rules]]\nid = "tokens"\nkeywords = ["${P("gl", "pat-")}", "${P("sk", "_live_")}", "${P("rk", "_live_")}", "${P("do", "p_v1_")}", "${P("hv", "s.")}"]`);
rest.pos("split-json-digits", "a GitLab token split over two JSON values (not a prefix list)", JSON.stringify({ a: P("gl", "pat-") + r.alnum(9) + "7", b: r.alnum(9) + "3" }));

// ---------------------------------------------------------------- strings built by code
const chars = (s: string, q: string) => s.split("").map((c) => `${q}${c}${q}`).join(", ");
const ghTok = () => P("gh", "p_") + body(36);
code.pos("py-char-list", "Python list of characters joined", `token = "".join([${chars(ghTok(), '"')}])`);
code.pos("js-char-array-dq", "JS array of double-quoted characters, joined later", `const k = [${chars(P("sk", "_live_") + body(24), '"')}];\nfetch(url, { headers: { authorization: "Bearer " + k.join("") } });`);
code.pos("fromcharcode", "String.fromCharCode of a token", `const t = String.fromCharCode(${(P("xo", "xb-") + r.digits(12) + "-" + r.digits(13) + "-" + body(24)).split("").map((c) => c.charCodeAt(0)).join(", ")});`);
code.pos("ruby-reverse", "Ruby literal reversed", `TOKEN = "${(P("gl", "pat-") + body(20)).split("").reverse().join("")}".reverse`);
code.pos("py-slice-reverse", "Python [::-1] of an npm token", `NPM_TOKEN = '${(P("np", "m_") + body(36)).split("").reverse().join("")}'[::-1]`);
code.pos("php-strrev", "PHP strrev of a SendGrid key", `$key = strrev("${(P("S", "G.") + r.str(22, B64URL) + "." + r.str(43, B64URL)).split("").reverse().join("")}");`);
code.pos("py-implicit-anthropic", "Anthropic key split over Python lines (implicit concatenation)", (() => { const k = P("sk-", "ant-api03-") + r.str(93, ALNUM + "_-") + "AA"; return `client = anthropic.Anthropic(\n    api_key=(\n        "${k.slice(0, 18)}"\n        "${k.slice(18, 70)}"\n        "${k.slice(70)}"\n    )\n)`; })());
code.pos("py-implicit-prefix-cut", "token split inside its prefix across lines", (() => { const k = P("gh", "p_") + body(36); return `GITHUB_TOKEN = ("g"\n                "${k.slice(1)}")`; })());
code.pos("js-plus-openai", "OpenAI legacy key split with + over lines", (() => { const k = P("sk-", "") + r.alnum(20) + "T3Blbk" + "FJ" + r.alnum(20); return `const key = "${k.slice(0, 12)}" +\n  "${k.slice(12, 26)}" +\n  "${k.slice(26)}";`; })());
code.ben("vowel-array", "array of ordinary characters", `const VOWELS = ['a', 'e', 'i', 'o', 'u', 'y', 'A', 'E', 'I', 'O', 'U', 'Y', 'w'];\nconst isVowel = (c) => VOWELS.includes(c);`);
code.ben("alphabet-array", "alphabet and hex-digit tables", `ALPHABET = ['A','B','C','D','E','F','G','H','I','J','K','L','M','N','O','P','Q','R','S','T','U','V','W','X','Y','Z']\nHEXDIGITS = ['0','1','2','3','4','5','6','7','8','9','a','b','c','d','e','f']`);
code.ben("reverse-words", "reversing ordinary strings", `const s = "dlrow olleh si siht".split("").reverse().join("");\nconsole.log([..."racecar level"].reverse().join(""));\nprint("!nohtyp morf olleh"[::-1])`);
code.ben("fromcharcode-text", "fromCharCode of ordinary text", `const greeting = String.fromCharCode(72, 101, 108, 108, 111, 44, 32, 119, 111, 114, 108, 100, 33, 33);`);
code.ben("py-implicit-sql", "Python implicit concatenation of a long SQL string", `QUERY = (\n    "SELECT id, name, created_at "\n    "FROM users WHERE deleted_at IS NULL "\n    "ORDER BY created_at DESC LIMIT 100"\n)`);
code.ben("array-reverse", "Array.prototype.reverse on data", `const sorted = items.slice().reverse();\nconst path = "a/b/c".split("/").reverse().join("/");`);

// ---------------------------------------------------------------- BIP-39 phrases in other wordlists
const phrase = (list: readonly string[], n: 16 | 32 = 16) => entropyToMnemonic(r.bytes(n), list as string[]);
seed.pos("it-frase", "Italian 12-word phrase after 'frase segreta'", `La mia frase segreta è: ${phrase(italian)}`);
seed.pos("pt-palavras", "Portuguese phrase with 'palavras de recuperação'", `Guarde as palavras de recuperação em papel:\n${phrase(portuguese)}`);
seed.pos("fr-phrase-24", "French 24-word phrase with accents", `Phrase de récupération (24 mots) : ${phrase(french, 32)}`);
seed.pos("cs-seed", "Czech phrase after 'seed'", `seed: ${phrase(czech)}`);
seed.pos("es-upper-noaccent", "Spanish phrase in capitals without accents", `SEMILLA DE LA BILLETERA: ${phrase(spanish).normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toUpperCase()}`);
seed.pos("es-comma-list", "Spanish phrase as a comma list in JSON", JSON.stringify({ wallet: "backup", mnemonic: phrase(spanish).split(" ").join(", ") }));
seed.ben("es-prose", "Spanish prose around 'frase'", "La frase que más me gustó del libro fue la del capítulo final, cuando el autor explica por qué nadie debería guardar secretos en un cuaderno abierto sobre la mesa de la cocina.");
seed.ben("it-wordlist", "Italian BIP-39 wordlist excerpt near 'parole'", `Le prime parole della lista BIP-39 italiana: ${italian.slice(0, 40).join(" ")}`);
seed.ben("pt-bad-checksum", "Portuguese phrase with a wrong last word", (() => {
  const w = phrase(portuguese).split(" ");
  let i = portuguese.indexOf(w[11]!);
  do w[11] = portuguese[(i = (i + 1) % 2048)]!;
  while (validateMnemonic(w.join(" "), portuguese as string[]));
  return `frase de teste (inválida): ${w.join(" ")}`;
})());
seed.ben("es-test-vector", "Spanish all-zero test vector", `Vector de prueba BIP-39 (entropía cero), frase: ${entropyToMnemonic(new Uint8Array(16), spanish as string[])}`);

export const cases: CorpusCase[] = [...near.cases, ...shape.cases, ...slot.cases, ...rest.cases, ...code.cases, ...seed.cases];
