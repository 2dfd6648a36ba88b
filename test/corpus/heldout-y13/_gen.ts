// heldout-y13 generator helpers: a seeded stream with token builders and the shared context
// renderers (less common config syntaxes, prose, odd wrappings, agent traffic). Skipped by the
// loader (leading underscore). Every credential-shaped value is built here at run time.
import { SeededRng } from "../../helpers/prng.ts";
import type { CorpusCase } from "../types.ts";

export const UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
export const LO = "abcdefghijklmnopqrstuvwxyz";
export const DG = "0123456789";
export const AN = UP + LO + DG;
export const HX = "0123456789abcdef";
export const HXU = "0123456789ABCDEF";
export const B64 = AN + "+/";
export const URLS = AN + "_-";
export const B32 = "abcdefghijklmnopqrstuvwxyz234567";

/** Join split parts, so no prefix+body literal ever sits in the source. */
export const P = (...parts: string[]) => parts.join("");

export class Gen extends SeededRng {
  a(n: number) { return this.str(n, AN); }
  h(n: number) { return this.str(n, HX); }
  H(n: number) { return this.str(n, HXU); }
  u(n: number) { return this.str(n, UP); }
  l(n: number) { return this.str(n, LO + DG); }
  d(n: number) { return this.str(n, DG); }
  b64(n: number) { return this.str(n, B64); }
  url(n: number) { return this.str(n, URLS); }
  uuid() { return `${this.h(8)}-${this.h(4)}-4${this.h(3)}-${this.pick(["8", "9", "a", "b"])}${this.h(3)}-${this.h(12)}`; }
  /** base64url JSON segment for JWTs. */
  seg(obj: unknown) { return Buffer.from(JSON.stringify(obj)).toString("base64url"); }
  jwt(payload: Record<string, unknown>) {
    return `${this.seg({ alg: "HS256", typ: "JWT" })}.${this.seg(payload)}.${this.url(43)}`;
  }
  ip() { return `10.${this.range(0, 255)}.${this.range(0, 255)}.${this.range(1, 254)}`; }
  ts() { return `2026-${String(this.range(1, 11)).padStart(2, "0")}-${String(this.range(10, 28))}T${String(this.range(10, 23))}:${String(this.range(10, 59))}:${String(this.range(10, 59))}Z`; }
}

export interface Tok {
  group: string;
  provider: string;
  /** Env-style name of the slot, e.g. OPENAI_API_KEY. */
  env: string;
  v: string;
}

export const snake = (e: string) => e.toLowerCase();
export const camel = (e: string) => e.toLowerCase().replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
export const kebab = (e: string) => e.toLowerCase().replace(/_/g, "-");
export const dotted = (e: string) => e.toLowerCase().replace(/_/g, ".");
export const short = (p: string) => p.replace(/ \(.*\)$/, "");
export const jsonEsc = (s: string) => JSON.stringify(s).slice(1, -1);

export type Renderer = { ctx: string; r: (t: Tok, g: Gen) => string };

const APPS = ["billing", "ledger", "atlas", "relay", "harbor", "orbit", "quill", "sprocket", "tandem", "nimbus"];

export const RENDERERS: Renderer[] = [
  { ctx: "Elixir config/runtime.exs", r: (t, g) => `import Config\n\nconfig :${g.pick(APPS)}, ${g.pick(["MyApp.Client", "Core.Vendor", "Web.Integrations"])},\n  ${snake(t.env)}: System.get_env("${t.env}", "${t.v}"),\n  timeout: 15_000,\n  pool_size: 10\n\nconfig :logger, level: :info\n` },
  { ctx: "Erlang sys.config", r: (t, g) => `[\n  {${g.pick(APPS)}, [\n    {port, 8080},\n    {${snake(t.env)}, "${t.v}"},\n    {retries, 3}\n  ]},\n  {kernel, [{logger_level, info}]}\n].\n` },
  { ctx: "Nix module (NixOS environment.variables)", r: (t, g) => `{ config, pkgs, ... }:\n{\n  services.${g.pick(APPS)}.enable = true;\n  environment.variables = {\n    NODE_ENV = "production";\n    ${t.env} = "${t.v}";\n  };\n}\n` },
  { ctx: "Dhall record", r: (t, g) => `let Config = { name : Text, ${camel(t.env)} : Text, replicas : Natural }\n\nin  { name = "${g.pick(APPS)}"\n    , ${camel(t.env)} = "${t.v}"\n    , replicas = 2\n    } : Config\n` },
  { ctx: "Jsonnet local object", r: (t, g) => `local env = {\n  ${t.env}: '${t.v}',\n  REGION: 'eu-west-1',\n};\n\n{\n  apiVersion: 'v1',\n  kind: 'ConfigMap',\n  metadata: { name: '${g.pick(APPS)}-env' },\n  data: env,\n}\n` },
  { ctx: "CUE values", r: (t, g) => `package deploy\n\n${g.pick(APPS)}: {\n\treplicas: 3\n\tenv: {\n\t\t${t.env}: "${t.v}"\n\t\tLOG_LEVEL: "info"\n\t}\n}\n` },
  { ctx: "Gradle Groovy buildConfigField", r: (t) => `android {\n    defaultConfig {\n        minSdk 24\n        buildConfigField "String", "${t.env}", "\\"${t.v}\\""\n    }\n}\n` },
  { ctx: "Scala sbt / Typesafe default", r: (t, g) => `// build.sbt\nFork / javaOptions ++= Seq(\n  "-Xmx2G",\n  "-D${dotted(t.env)}=${t.v}"\n)\n\nlazy val ${g.pick(APPS)} = project.settings(name := "svc")\n` },
  { ctx: "Lua os.getenv default", r: (t) => `local http = require("resty.http")\nlocal ${snake(t.env)} = os.getenv("${t.env}") or "${t.v}"\n\nlocal function call(path)\n  local c = http.new()\n  return c:request_uri(path, { headers = { ["X-Api-Key"] = ${snake(t.env)} } })\nend\n` },
  { ctx: "Perl %ENV default", r: (t) => `use strict;\nuse warnings;\nuse LWP::UserAgent;\n\nmy $key = $ENV{${t.env}} // '${t.v}';\nmy $ua = LWP::UserAgent->new(timeout => 10);\n$ua->default_header('Authorization' => "Bearer $key");\n` },
  { ctx: "R .Rprofile Sys.setenv", r: (t) => `# ~/.Rprofile\noptions(repos = c(CRAN = "https://cloud.r-project.org"))\nSys.setenv(${t.env} = "${t.v}")\nlibrary(httr2)\n` },
  { ctx: "Julia ENV assignment", r: (t) => `using HTTP, JSON3\n\nENV["${t.env}"] = "${t.v}"\nconst KEY = ENV["${t.env}"]\nresp = HTTP.get("https://api.example.net/v1/ping"; headers = ["Authorization" => "Bearer $KEY"])\n` },
  { ctx: "PowerShell profile", r: (t) => `# Microsoft.PowerShell_profile.ps1\nSet-Alias k kubectl\n[Environment]::SetEnvironmentVariable('${t.env}', '${t.v}', 'User')\n$env:${t.env} = '${t.v}'\n` },
  { ctx: "Windows .reg export", r: (t) => `Windows Registry Editor Version 5.00\n\n[HKEY_CURRENT_USER\\Environment]\n"Path"=hex(2):25,00,55,00,53,00,45,00,52,00\n"${t.env}"="${t.v}"\n` },
  { ctx: "INI [section] with odd key", r: (t, g) => `[general]\nlog level = warn\n\n[${g.pick(["vendor", "upstream", "integration"])} "${g.pick(["prod", "live", "eu"])}"]\n${short(t.provider)} API Key = ${t.v}\ntimeout.sec = 30\n` },
  { ctx: "Apple plist XML", r: (t) => `<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">\n<plist version="1.0">\n<dict>\n\t<key>CFBundleName</key>\n\t<string>Relay</string>\n\t<key>${t.env}</key>\n\t<string>${t.v}</string>\n</dict>\n</plist>\n` },
  { ctx: "Android res/values/strings.xml", r: (t) => `<?xml version="1.0" encoding="utf-8"?>\n<resources>\n    <string name="app_name">Relay</string>\n    <string name="${snake(t.env)}" translatable="false">${t.v}</string>\n</resources>\n` },
  { ctx: "gradle.properties", r: (t) => `org.gradle.jvmargs=-Xmx2048m\nandroid.useAndroidX=true\n${camel(t.env)}=${t.v}\n` },
  { ctx: "Ansible group_vars (plain, not vault)", r: (t, g) => `---\n# group_vars/prod.yml\napp_name: ${g.pick(APPS)}\napp_port: 8080\n${snake(t.env)}: "${t.v}"\nnginx_workers: 4\n` },
  { ctx: "Salt pillar sls", r: (t, g) => `# /srv/pillar/${g.pick(APPS)}.sls\n${g.pick(APPS)}:\n  env:\n    ${t.env}: ${t.v}\n    LOG_LEVEL: info\n` },
  { ctx: "Puppet hiera common.yaml", r: (t, g) => `---\nprofile::${g.pick(APPS)}::port: 8443\nprofile::${g.pick(APPS)}::${snake(t.env)}: '${t.v}'\nclasses:\n  - profile::base\n` },
  { ctx: "Chef attributes/default.rb", r: (t, g) => `default['${g.pick(APPS)}']['user'] = 'svc'\ndefault['${g.pick(APPS)}']['${snake(t.env)}'] = '${t.v}'\ndefault['${g.pick(APPS)}']['version'] = '2.4.1'\n` },
  { ctx: "Kustomize secretGenerator literals", r: (t, g) => `apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n  - deployment.yaml\nsecretGenerator:\n  - name: ${g.pick(APPS)}-secrets\n    literals:\n      - ${t.env}=${t.v}\n      - LOG_LEVEL=info\n` },
  { ctx: "Nomad job env stanza", r: (t, g) => `job "${g.pick(APPS)}" {\n  group "api" {\n    task "server" {\n      driver = "docker"\n      env {\n        ${t.env} = "${t.v}"\n        PORT = "8080"\n      }\n    }\n  }\n}\n` },
  { ctx: "Pulumi YAML stack config (plain value)", r: (t, g) => `config:\n  aws:region: us-east-1\n  ${g.pick(APPS)}:${camel(t.env)}: ${t.v}\n  ${g.pick(APPS)}:replicas: "2"\n` },
  { ctx: "serverless.yml provider.environment", r: (t, g) => `service: ${g.pick(APPS)}\nprovider:\n  name: aws\n  runtime: nodejs20.x\n  environment:\n    STAGE: \${sls:stage}\n    ${t.env}: ${t.v}\nfunctions:\n  api:\n    handler: handler.main\n` },
  { ctx: "Procfile inline env", r: (t) => `web: ${t.env}=${t.v} bundle exec puma -C config/puma.rb\nworker: bundle exec sidekiq\n` },
  { ctx: "supervisord program environment", r: (t, g) => `[program:${g.pick(APPS)}]\ncommand=/srv/app/bin/server --port 9000\nautorestart=true\nenvironment=NODE_ENV="production",${t.env}="${t.v}"\n` },
  { ctx: "launchd plist EnvironmentVariables", r: (t, g) => `<plist version="1.0">\n<dict>\n  <key>Label</key><string>com.acme.${g.pick(APPS)}</string>\n  <key>EnvironmentVariables</key>\n  <dict>\n    <key>${t.env}</key>\n    <string>${t.v}</string>\n  </dict>\n  <key>RunAtLoad</key><true/>\n</dict>\n</plist>\n` },
  { ctx: "Caddyfile header_up", r: (t, g) => `api.${g.pick(APPS)}.internal {\n  reverse_proxy https://upstream.example.net {\n    header_up Host {upstream_hostport}\n    header_up X-Api-Key "${t.v}"\n  }\n}\n` },
  { ctx: "nginx proxy_set_header", r: (t) => `location /vendor/ {\n    proxy_pass https://upstream.example.net/;\n    proxy_set_header Host upstream.example.net;\n    proxy_set_header Authorization "Bearer ${t.v}";\n}\n` },
  { ctx: "HAProxy set-header", r: (t, g) => `backend be_${g.pick(APPS)}\n    mode http\n    http-request set-header X-API-Key ${t.v}\n    server s1 upstream.example.net:443 ssl verify required\n` },
  { ctx: "Envoy request_headers_to_add", r: (t) => `routes:\n- match: { prefix: "/v1/" }\n  route: { cluster: upstream }\n  request_headers_to_add:\n  - header:\n      key: authorization\n      value: "Bearer ${t.v}"\n    append_action: OVERWRITE_IF_EXISTS_OR_ADD\n` },
  // agent traffic
  { ctx: "LLM chat body, pasted .env JSON-escaped", r: (t, g) => JSON.stringify({ model: "claude-sonnet-4-5", max_tokens: 2048, messages: [{ role: "user", content: `why does the worker crash on boot? here's my .env\n\nNODE_ENV=production\nPORT=${g.range(3000, 9000)}\n${t.env}=${t.v}\nLOG_LEVEL=debug\n` }] }) },
  { ctx: "Anthropic tool_use write_file", r: (t, g) => JSON.stringify({ type: "tool_use", id: `toolu_${g.a(24)}`, name: "write_file", input: { path: "config/settings.toml", content: `[server]\nport = 8080\n\n[vendor]\n${snake(t.env)} = "${t.v}"\n` } }) },
  { ctx: "OpenAI tool_calls shell (double-escaped args)", r: (t, g) => JSON.stringify({ role: "assistant", tool_calls: [{ id: `call_${g.a(24)}`, type: "function", function: { name: "run_shell", arguments: JSON.stringify({ command: `echo '${t.env}="${t.v}"' >> ~/.bashrc && source ~/.bashrc` }) } }] }) },
  { ctx: "MCP tool result echoed back", r: (t) => JSON.stringify({ jsonrpc: "2.0", id: 7, result: { content: [{ type: "text", text: `$ cat deploy/.env.production\n${t.env}=${t.v}\nSENTRY_ENVIRONMENT=production\n` }], isError: false } }) },
  { ctx: "curl header, line continuation", r: (t) => `curl -sS -X POST https://api.example.net/v2/jobs \\\n  -H "Content-Type: application/json" \\\n  -H "Authorization: Bearer ${t.v}" \\\n  -d '{"name":"nightly"}'\n` },
  { ctx: "raw HTTP request, custom header", r: (t, g) => `POST /v1/events HTTP/1.1\r\nHost: api.example.net\r\nUser-Agent: ${g.pick(APPS)}/2.3\r\nX-Api-Key: ${t.v}\r\nContent-Type: application/json\r\nContent-Length: 27\r\n\r\n{"event":"deploy","ok":true}` },
  { ctx: "multipart form field", r: (t, g) => { const b = `----WebKitFormBoundary${g.a(16)}`; return `Content-Type: multipart/form-data; boundary=${b}\n\n--${b}\nContent-Disposition: form-data; name="${snake(t.env)}"\n\n${t.v}\n--${b}\nContent-Disposition: form-data; name="file"; filename="a.csv"\nContent-Type: text/csv\n\nid,name\n1,x\n--${b}--\n`; } },
  { ctx: "urlencoded form body", r: (t) => `POST /oauth/setup HTTP/1.1\nHost: hooks.example.net\nContent-Type: application/x-www-form-urlencoded\n\nworkspace=acme&${snake(t.env)}=${encodeURIComponent(t.v)}&region=eu` },
  { ctx: "CI log (GitHub Actions, unmasked echo)", r: (t, g) => `2026-11-02T10:14:${g.range(10, 59)}.${g.d(7)}Z ##[group]Run ./scripts/configure.sh\n2026-11-02T10:14:${g.range(10, 59)}.${g.d(7)}Z + export ${t.env}=${t.v}\n2026-11-02T10:14:${g.range(10, 59)}.${g.d(7)}Z configured 3 targets\n2026-11-02T10:14:${g.range(10, 59)}.${g.d(7)}Z ##[endgroup]\n` },
  { ctx: "zsh history", r: (t, g) => `: 1764${g.d(6)}:0;git pull --rebase\n: 1764${g.d(6)}:0;export ${t.env}='${t.v}'\n: 1764${g.d(6)}:0;npm run dev\n` },
  { ctx: "Python crash report with locals", r: (t) => `Traceback (most recent call last):\n  File "/srv/app/client.py", line 88, in connect\n    resp.raise_for_status()\nrequests.exceptions.HTTPError: 401 Client Error: Unauthorized\n\nLocals at frame connect:\n    self = <Client at 0x7f3a2c1e>\n    ${snake(t.env)} = '${t.v}'\n    retries = 3\n` },
  { ctx: "Jupyter notebook cell JSON", r: (t) => JSON.stringify({ cells: [{ cell_type: "code", execution_count: 3, metadata: {}, outputs: [], source: ["import os\n", `os.environ["${t.env}"] = "${t.v}"\n`, "client = make_client()\n"] }], nbformat: 4, nbformat_minor: 5 }, null, 1) },
  { ctx: "SQL seed insert", r: (t, g) => `INSERT INTO integration_settings (tenant_id, provider, setting, value, created_at)\nVALUES (${g.range(10, 999)}, '${short(t.provider).replace(/'/g, "''")}', '${snake(t.env)}', '${t.v}', now());\n` },
  { ctx: "Markdown setup doc", r: (t) => `## Local setup\n\n1. Copy \`.env.example\` to \`.env\`.\n2. Set the ${short(t.provider)} key (ask in #platform if it rotates):\n\n\`\`\`bash\nexport ${t.env}="${t.v}"\n\`\`\`\n\n3. Run \`make dev\`.\n` },
  { ctx: "unified diff adding key", r: (t) => `diff --git a/config/production.yml b/config/production.yml\n--- a/config/production.yml\n+++ b/config/production.yml\n@@ -4,6 +4,7 @@ vendors:\n   timeout: 30\n   retries: 3\n+  ${snake(t.env)}: ${t.v}\n   region: eu\n` },
  { ctx: "Terraform HCL variable default", r: (t) => `variable "${snake(t.env)}" {\n  type      = string\n  sensitive = true\n  default   = "${t.v}"\n}\n` },
  { ctx: "Java .properties", r: (t) => `spring.application.name=relay\nserver.port=8080\n${dotted(t.env)}=${t.v}\n` },
  { ctx: ".NET appsettings XML", r: (t) => `<?xml version="1.0"?>\n<configuration>\n  <appSettings>\n    <add key="${t.env}" value="${t.v}" />\n    <add key="Environment" value="Production" />\n  </appSettings>\n</configuration>\n` },
  { ctx: "Go struct literal", r: (t) => `cfg := client.Config{\n\tBaseURL: "https://api.example.net",\n\tAPIKey:  "${t.v}",\n\tTimeout: 10 * time.Second,\n}\n` },
  { ctx: "Rust const", r: (t) => `// TODO move to env before release\nconst ${t.env}: &str = "${t.v}";\n\nfn client() -> Client { Client::new(${t.env}) }\n` },
  { ctx: "Kotlin object", r: (t) => `object Secrets {\n    const val ${t.env} = "${t.v}"\n}\n` },
  { ctx: "Swift let", r: (t) => `enum Keys {\n    static let ${camel(t.env)} = "${t.v}"\n}\n` },
  { ctx: "Ruby ENV.fetch default", r: (t) => `Vendor.configure do |c|\n  c.api_key = ENV.fetch("${t.env}") { "${t.v}" }\n  c.timeout = 5\nend\n` },
  { ctx: "PHP define", r: (t) => `<?php\ndefine('${t.env}', '${t.v}');\n$client = new \\Vendor\\Client(${t.env});\n` },
  { ctx: "Python test fixture", r: (t) => `import pytest\n\n@pytest.fixture\ndef live_client():\n    # uses the real account, see README\n    return Client(api_key="${t.v}")\n` },
  { ctx: "TypeScript SDK constructor", r: (t) => `const client = new VendorClient({\n  apiKey: process.env.${t.env} ?? "${t.v}",\n  maxRetries: 2,\n});\n` },
  { ctx: "docker-compose environment (YAML)", r: (t, g) => `services:\n  ${g.pick(APPS)}:\n    image: ghcr.io/acme/${g.pick(APPS)}:1.8\n    environment:\n      - ${t.env}=${t.v}\n      - PORT=8080\n` },
  // prose
  { ctx: "Slack message, English prose", r: (t) => `hey can you try again with the new ${short(t.provider)} key? it's ${t.v} — the old one got revoked this morning` },
  { ctx: "Teams message, German prose", r: (t) => `Hallo zusammen, der neue ${short(t.provider)}-Schlüssel für Produktion lautet ${t.v} – bitte bis Freitag in den Vault übernehmen, danke!` },
  { ctx: "Jira comment, Spanish prose", r: (t) => `Probé con la clave de ${short(t.provider)} que me pasaste (${t.v}) y sigue devolviendo 403 en staging. ¿Puedes revisar los permisos?` },
  { ctx: "issue text, Japanese prose", r: (t) => `${short(t.provider)}のAPIキーを更新しました。新しいキーは「${t.v}」です。本番環境の設定を差し替えてください。` },
  { ctx: "chat message, French prose", r: (t) => `Salut ! Voici la clé ${short(t.provider)} pour la prod : ${t.v} — ne la mets pas dans le repo stp.` },
  { ctx: "issue comment, Portuguese prose", r: (t) => `Pessoal, atualizei o token do ${short(t.provider)}: ${t.v}. Quem estiver com erro 401 é só reiniciar o worker.` },
  { ctx: "WeCom message, Chinese prose", r: (t) => `${short(t.provider)} 的密钥换了，新的是 ${t.v} ，请同步到生产环境的配置里。` },
  // odd wrappings
  { ctx: "shell heredoc writing .env", r: (t) => `cat > /srv/app/.env <<'EOF'\nAPP_ENV=production\n${t.env}=${t.v}\nEOF\nsystemctl restart app\n` },
  { ctx: "Markdown inline backticks", r: (t) => `Quick note for on-call: the ${short(t.provider)} credential is \`${t.v}\` until we finish the migration.` },
  { ctx: "JS value split over two concatenated literals", r: (t) => { const k = Math.floor(t.v.length / 2); return `const ${camel(t.env)} =\n  "${t.v.slice(0, k)}" +\n  "${t.v.slice(k)}";\n`; } },
  { ctx: "Python implicit string concatenation", r: (t) => { const k = Math.floor(t.v.length / 2) + 1; return `${t.env} = (\n    "${t.v.slice(0, k)}"\n    "${t.v.slice(k)}"\n)\n`; } },
  { ctx: "JSON inside YAML inside JSON", r: (t) => JSON.stringify({ kind: "ConfigMap", data: { "values.yaml": `app:\n  settings: '${JSON.stringify({ [camel(t.env)]: t.v, retries: 3 })}'\n` } }) },
  { ctx: "base64 of a whole .env (k8s Secret data)", r: (t, g) => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: ${g.pick(APPS)}-dotenv\ntype: Opaque\ndata:\n  .env: ${Buffer.from(`APP_ENV=production\n${t.env}=${t.v}\nPORT=8080\n`).toString("base64")}\n` },
  { ctx: "TOML single-quoted literal", r: (t) => `[integrations.${kebab(t.env)}]\nenabled = true\nkey = '${t.v}'\n` },
  { ctx: "YAML block scalar", r: (t) => `vendor:\n  ${snake(t.env)}: >-\n    ${t.v}\n  region: eu\n` },
  { ctx: "Python triple-quoted f-string header", r: (t) => `HEADERS = """\nAuthorization: Bearer ${t.v}\nAccept: application/json\n"""\n` },
  { ctx: "Bash array with line continuation", r: (t) => `docker run --rm \\\n  -e APP_ENV=prod \\\n  -e ${t.env}="${t.v}" \\\n  ghcr.io/acme/worker:latest\n` },
];

/** Rotate tokens through renderers starting at `offset`, producing cases. */
export function rotate(specs: Tok[], g: Gen, opts: { prefix: string; cat: string; offset: number; step?: number }): CorpusCase[] {
  const step = opts.step ?? 1;
  return specs.map((t, i) => {
    const R = RENDERERS[(opts.offset + i * step) % RENDERERS.length]!;
    return {
      id: `${opts.prefix}-${String(i + 1).padStart(3, "0")}`,
      kind: "secrets",
      category: `${opts.cat}-${t.group}`,
      label: "positive",
      text: R.r(t, g),
      note: `${t.provider} ${t.env} in ${R.ctx}`,
    } satisfies CorpusCase;
  });
}
