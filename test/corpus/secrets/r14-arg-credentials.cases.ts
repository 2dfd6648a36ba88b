// Round fourteen (issue 24): a credential passed as a code or command ARGUMENT with no secret-named
// slot. A CLI's login/auth/apikey command or config setter taking the key positionally, or a
// `--with-token` login fed by echo; an SDK client's constructor or factory whose first argument is
// the key (a UUID, hex, prefix + random body, id.key:secret); an Authorization header holding the
// key with no scheme; the key as basic-auth user with an empty password in a lower-case
// prefix_body shape. Benign: constructors of ids, URLs, regions and names; UUIDs and hex passed to
// ordinary functions; placeholders in headers; curl -u with a user name; hashes in commands;
// login commands with a user name. Every credential-shaped value is built at run time.
import { builder, Rng, ALNUM, HEX, LOWER, DIGITS } from "./_gen.ts";

const r = new Rng(0x5ec14a7c);
const b = builder({ category: "r14-arg-credentials", expect: "secrets" });
const bb = builder({ category: "r14-arg-credentials-benign" });

const mixed = (n: number) => {
  let v = r.str(n, ALNUM);
  while (!/\d/.test(v) || !/[a-z]/.test(v) || !/[A-Z]/.test(v)) v = r.str(n, ALNUM);
  return v;
};
const letters = (n: number) => {
  let v = r.str(n, LOWER + LOWER.toUpperCase());
  while (!/[a-z].*[A-Z]|[A-Z].*[a-z]/.test(v)) v = r.str(n, LOWER + LOWER.toUpperCase());
  return v;
};
const hex = (n: number) => r.str(n, HEX);
const uuid = () => `${hex(8)}-${hex(4)}-4${hex(3)}-a${hex(3)}-${hex(12)}`;
const lowerKey = (n: number) => {
  let v = r.str(n, LOWER + DIGITS);
  while ((v.match(/\d/g) ?? []).length < 4 || (v.match(/[a-z]/g) ?? []).length < 8) v = r.str(n, LOWER + DIGITS);
  return v;
};
const tool = (command: string) => JSON.stringify({ name: "bash", input: { command } });
const chat = (content: string) => JSON.stringify({ model: "gpt-4o", messages: [{ role: "user", content }] });

// ---- A CLI taking the key as a positional argument
b.pos("r14-cli-login-hex", "an ML tracker's login with a hex key", tool(`mltrack login ${hex(40)} && python train.py`));
b.pos("r14-cli-apikey-add", "a cloud CLI saving a named key", `$ kubecloud apikey add staging ${mixed(48)}\nKey saved as "staging"`);
b.pos("r14-cli-signin-key", "a scanner's signin with a key", tool(`vulnscan signin ${mixed(36)}`));
b.pos("r14-cli-login-relogin", "a login with a flag before the key", `$ tracker login --relogin ${mixed(40)}\nSuccessfully logged in`);
b.pos("r14-cli-with-token", "a key echoed into a --with-token login", tool(`echo ${mixed(40)} | forge auth login --with-token && forge repo list`));
b.pos("r14-cli-password-stdin", "a registry token echoed into --password-stdin", `printf '%s' foo; echo "${mixed(36)}" | docker login registry.acme.io -u ci --password-stdin`);
b.pos("r14-cli-npx-login", "a CLI run through npx logging in with a key", `npx deployer login ${hex(32)} --scope team`);

// ---- An SDK client's constructor whose first argument is the key
b.pos("r14-ctor-uuid-csharp", "C# mail client built with a UUID server token", chat("```csharp\nvar client = new MailServiceClient(\"" + uuid() + "\");\n```\nit says 401"));
b.pos("r14-ctor-hex-python", "Python client factory with a hex key", "```python\nsp = SpeechClient(\"" + hex(40) + "\")\nsp.listen(stream)\n```");
b.pos("r14-ctor-prefix-letters", "namespaced client with a prefix + random letters key", `mail = Transactional.Client("mx-${letters(22)}")`);
b.pos("r14-ctor-id-key-secret", "realtime client with an id.key:secret key", `const rt = new Pulse.Realtime("${mixed(6)}.${mixed(6)}:${r.str(43, ALNUM + "_-")}");`);
b.pos("r14-ctor-go-newclient", "Go NewClient with a hex key", `c := vectordb.NewClient("${hex(48)}")`);
b.pos("r14-ctor-java-api", "Java API object built with a mixed key", `WeatherApi api = new WeatherApi("${mixed(32)}");`);

// ---- Authorization with no scheme
b.pos("r14-auth-bare-prefixed-hex", "Authorization: tok-<hex> in a JSON-encoded tool call", JSON.stringify({ name: "bash", arguments: JSON.stringify({ command: `curl -H "Authorization: tok-${hex(40)}" https://api.ship.io/v1/rates` }) }));
b.pos("r14-auth-bare-prefixed-uuid-2", "Authorization: key-<uuid> in a doubly encoded tool call", JSON.stringify({ name: "bash", arguments: JSON.stringify({ command: `curl -s -H "Authorization: key-${uuid()}" -H "Accept: application/json" https://api.flags.io/v1/envs` }) }));
b.pos("r14-auth-bare-prefixed-uuid", "Authorization: api-<uuid> in curl", JSON.stringify({ name: "run", arguments: JSON.stringify({ cmd: `curl -H "Authorization: api-${uuid()}" https://app.flags.io/api/v2/projects` }) }));

// ---- Basic auth with a lower-case prefix_body key as user
b.pos("r14-curl-u-lower-prefixed", "curl -u with a prefix_ lower-case key and no password", tool(`curl https://api.pay.io/charges -u skey_${lowerKey(19)}: -d amount=1000`));
b.pos("r14-curl-u-lower-test", "curl --user with a prefix_test_ key", `curl --user key_test_${lowerKey(18)}: https://api.pay.io/v1/customers`);

// ---- Benign look-alikes
bb.ben("r14-ctor-region", "clients built from regions, URLs and names", `const s3 = new S3Client("us-east-1");\nconst api = new ApiClient("https://api.acme.io/v2");\nconst c = new Client("billing-worker");`);
bb.ben("r14-value-ctors", "value constructors of UUIDs, URLs and dates", `u = uuid.UUID("${uuid()}")\nconst url = new URL("https://acme.io/${hex(40)}");\nconst d = new Date("2024-05-01T10:00:00Z");\nvar g = Guid.Parse("${uuid()}");`);
bb.ben("r14-uuid-args", "UUIDs and hex passed to ordinary functions", `const order = await getOrder("${uuid()}");\nawait repo.deleteClient("${uuid()}");\nconst blob = store.open("${hex(40)}");\nloadClient("${hex(40)}")`);
bb.ben("r14-ctor-test-client", "a mock client with a fixture id", `const client = new MockClient("${uuid()}");`);
bb.ben("r14-auth-placeholders", "Authorization headers with variables and placeholders", `curl -H "Authorization: Bearer $TOKEN" https://api.acme.io\nAuthorization: \${API_KEY}\nheaders = {"Authorization": api_key}\nAuthorization: YOUR_API_KEY_HERE\n"authorization": "required_for_admin_routes"`);
bb.ben("r14-auth-aws-sigv4", "an AWS SigV4 Authorization header (parameters, not a token)", `Authorization: AWS4-HMAC-SHA256 SignedHeaders=host;x-amz-date, Signature=$SIG\nAuthorization: Negotiate2024-kerberos-ticket-placeholder more`);
bb.ben("r14-curl-u-user", "curl -u with a user name and an empty password", `curl -u deploy_bot: https://ci.acme.io/api/json\ncurl -u admin_user_2024: http://localhost:8080/`);
bb.ben("r14-cli-hashes", "CLI commands with hashes", tool(`git checkout ${hex(40)} && docker pull node@sha256:${hex(64)} && git log --author ${hex(12)}`));
bb.ben("r14-cli-login-user", "login commands with user names, hosts and tenants", `docker login -u deploy registry.gitlab.com\naz login --tenant ${uuid()}\nnpm login --registry=https://npm.acme.io\nheroku login\ngh auth status`);
bb.ben("r14-cli-prose-login", "prose about logging in", `You need to login first; then auth with the token from your dashboard and run config set for the region.`);
bb.ben("r14-cli-config-set-plain", "config set of non-secret values", `git config --global user.email dev@acme.io\nnpm config set registry https://npm.acme.io/\nyarn config set cacheFolder /tmp/yarn-cache-${hex(8)}`);
bb.ben("r14-cli-echo-var", "a --with-token login fed from a variable", `echo "$GH_TOKEN" | gh auth login --with-token\ncat token.txt | docker login -u ci --password-stdin ghcr.io`);

export const cases = [...b.cases, ...bb.cases];
