// Round eighteen (held-out Y31 classes): a configuration indexer read with a literal fallback
// (`Configuration["X_KEY"] ?? "…"`, `config['X'] || '…'`, `AppSettings["X"] ?? "…"`); a chat line
// naming the credential in use and then its value ("403 with this key <value>"); PAT as a name
// part (`AZURE_DEVOPS_PAT`, `AzureDevopsPat`); a bare Django key with punctuation on a .env or diff
// line. Benign: the same shapes holding ids, commits, placeholders, paths or words that contain
// "pat". Every credential-shaped value is built at run time.
import { builder, Rng, ALNUM, HEX, LOWER, DIGITS } from "./_gen.ts";

const r = new Rng(0x31f0c8d5);
const b = builder({ category: "r18-config-fallback-chat-pat-django", expect: "secrets" });
const bb = builder({ category: "r18-config-fallback-chat-pat-django-benign" });

const mixed = (n: number) => {
  let v = r.str(n, ALNUM);
  while (!/\d/.test(v) || !/[a-z]/.test(v) || !/[A-Z]/.test(v)) v = r.str(n, ALNUM);
  return v;
};
const hex = (n: number) => r.str(n, HEX);
const uuid = () => { const h = hex(32); return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20)}`; };
const lowerKey = (n: number) => r.str(n, LOWER + DIGITS);
const djangoKey = () => {
  let v = r.str(50, LOWER + DIGITS + "!@#%^&*(-_=+)");
  while (!/[!@#%^&*(=+)]/.test(v) || !/\d/.test(v)) v = r.str(50, LOWER + DIGITS + "!@#%^&*(-_=+)");
  return v;
};
const chat = (line: string) => JSON.stringify({ model: "gpt-4.1", messages: [{ role: "user", content: line }] });

// ---- Configuration indexer with a literal fallback
b.pos("r18-cfg-csharp-configuration", "C# Configuration[...] ?? hex key", `var apiKey = builder.Configuration["MAILGUN_API_KEY"] ?? "${hex(32)}";`);
b.pos("r18-cfg-csharp-appsettings", "ConfigurationManager.AppSettings[...] ?? mixed token", `var token = ConfigurationManager.AppSettings["SlackBotToken"] ?? "${mixed(40)}";`);
b.pos("r18-cfg-js-config-or", "JS config['X'] || literal", `const secret = config['PADDLE_SECRET'] || '${mixed(36)}';`);
b.pos("r18-cfg-python-settings-or", "Python settings[...] or literal", `API_TOKEN = settings["HUBSPOT_API_TOKEN"] or "${lowerKey(6)}-${hex(32)}"`);

bb.ben("r18-cfg-id-fallback", "Configuration[...] ?? a tenant id uuid", `var tenant = builder.Configuration["AZURE_TENANT_ID"] ?? "${uuid()}";`);
bb.ben("r18-cfg-placeholder", "Configuration[...] ?? a placeholder", `var key = builder.Configuration["OPENAI_API_KEY"] ?? "sk-your-api-key-here-replace-me";`);
bb.ben("r18-cfg-url-fallback", "config[...] || a URL", `const endpoint = config["API_TOKEN_URL"] || "https://auth.example.com/oauth/token/v2";`);
bb.ben("r18-cfg-name-not-secret", "settings[...] or a region string", `REGION = settings["DEFAULT_REGION"] or "${mixed(20)}"`);

// ---- Chat: the credential named, then its value
b.pos("r18-with-this-token-mixed", "chat: with this token <mixed>", chat(`still getting 401 from the Notion API with this token ${mixed(43)} — did they change the header?`));
b.pos("r18-using-my-api-key-quoted", "chat: using my api key `<hex>`", chat(`I'm calling /v1/search using my api key \`${hex(40)}\` and it says quota exceeded`));
b.pos("r18-with-this-secret-uuid", "chat: with this secret <uuid>", `the webhook signature never matches with this secret ${uuid()}, any idea?`);
b.pos("r18-mit-diesem-token-de", "German: mit diesem Token <value>", `Ich bekomme 403 mit diesem Token ${mixed(32)} – fehlt ein Scope?`);

bb.ben("r18-with-this-key-id", "chat: with this key id <uuid>", chat(`KMS keeps refusing with this key id ${uuid()} — wrong region?`));
bb.ben("r18-with-this-commit", "chat: with this commit <sha>", `the build broke with this commit ${hex(40)}, can you revert?`);
bb.ben("r18-with-this-token-placeholder", "chat: with this token <placeholder>", `call it with this token YOUR_API_TOKEN_GOES_HERE and you're done`);
bb.ben("r18-with-this-key-word", "chat: with this key combination", `with this key combination Ctrl+Shift+P you open the palette`);

// ---- PAT as a name part
b.pos("r18-pat-xml-add", "XML appSettings AZURE_DEVOPS_PAT", `<appSettings>\n  <add key="AZURE_DEVOPS_PAT" value="${lowerKey(52)}" />\n</appSettings>`);
b.pos("r18-pat-csharp-camel", "C# initializer GithubPat = literal", `new Options\n{\n    GithubPat = "ghx${mixed(37)}",\n    Owner = "acme"\n};`);
b.pos("r18-pat-xml-lower-prefix", "XML setting pat.devops", `<setting name="pat.devops" value="${lowerKey(52)}" />`);

bb.ben("r18-pat-path-xml", "XML add key PATH", `<add key="TOOLS_PATH" value="C:\\tools\\${mixed(20)}\\bin" />`);
bb.ben("r18-pat-compat-assign", "compat = a version string", `compat = "${lowerKey(10)}-compat-layer-v2"`);
bb.ben("r18-pat-pattern-camel", "C# UrlPattern = a route pattern", `UrlPattern = "/api/{tenant}/items/{id:int}/details/{slug}",`);

// ---- Bare Django key with punctuation
b.pos("r18-django-env-bare", ".env DJANGO_SECRET_KEY bare with punctuation", `DEBUG=False\nDJANGO_SECRET_KEY=${djangoKey()}\nALLOWED_HOSTS=example.com`);
b.pos("r18-django-diff-plus", "diff + line SECRET_KEY bare", `@@ -1,3 +1,3 @@\n-SECRET_KEY=\n+SECRET_KEY=${djangoKey()}\n DEBUG=0`);

bb.ben("r18-django-call", "SECRET_KEY=get_random_secret_key()", `SECRET_KEY=get_random_secret_key()\nDEBUG=True`);
bb.ben("r18-django-shell-subst", "SECRET_KEY from a shell substitution", `DJANGO_SECRET_KEY=$(python -c "import secrets; print(secrets.token_urlsafe(50))")`);

// ---- Ids where a secret would be: an event named alone in a Secret's stringData, a SQL row whose name cell says *_id
const k8s = (k: string, v: string) => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: app-creds\ntype: Opaque\nstringData:\n  ${k}: "${v}"\n`;
bb.ben("r18-k8s-last-trace", "Secret stringData LAST_TRACE holds a trace id", k8s("LAST_DEPLOY_TRACE", hex(32)));
bb.ben("r18-k8s-request-camel", "Secret stringData lastRequest holds a request id", k8s("lastRequest", hex(32)));
b.pos("r18-k8s-api-token-hex", "Secret stringData API_TOKEN hex", k8s("BUILDKITE_API_TOKEN", hex(40)));
const sqlRow = (name: string, v: string) => `INSERT INTO integration_secrets (id, provider, name, secret, created_at)\nVALUES (77, 'Fastly', '${name}', '${v}', NOW());`;
bb.ben("r18-sql-name-cell-id", "SQL row, name cell fastly_service_id", sqlRow("fastly_service_id", hex(32)));
bb.ben("r18-sql-name-cell-camel-id", "SQL row, name cell accountId", sqlRow("accountId", hex(32)));
b.pos("r18-sql-name-cell-token", "SQL row, name cell fastly_api_token", sqlRow("fastly_api_token", mixed(32)));

export const cases = [...b.cases, ...bb.cases];
