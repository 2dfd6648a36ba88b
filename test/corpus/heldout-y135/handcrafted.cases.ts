// Handcrafted positives: publisher credential files, signing key material and signing commands,
// each in an outbound context an agent would send.
import type { CorpusCase } from "../types.ts";
import { B32L, Gen, H, b64, b64u, hand, j, wrap } from "./_gen.ts";

const g = new Gen(1350003);
const { J, oaiChat, antMsg, gemini, fence, toolUse, toolCall, mcp } = H;
const P = "y135-k";
const out: CorpusCase[] = [];
let n = 0;
const add = (group: Parameters<typeof hand>[2], text: string, note: string) => out.push(hand(P, ++n, group, text, note));

const npm = () => j("np", "m_") + g.a(36);
const ghp = () => j("gh", "p_") + g.a(36);
const gho = () => j("gh", "o_") + g.a(36);
const ghs = () => j("gh", "s_") + g.a(36);
const pypi = () => j("py", "pi-") + "AgEIcHlwaS5vcmcCJD" + g.bu(150);
const dckr = () => j("dck", "r_pat_") + g.bu(27);
const ado = () => g.str(52, B32L);
const bytes = (...parts: (number[] | Uint8Array | string)[]) => Buffer.concat(parts.map((p) => (typeof p === "string" ? Buffer.from(p, "latin1") : Buffer.from(p))));
const u32 = (x: number) => [(x >>> 24) & 255, (x >>> 16) & 255, (x >>> 8) & 255, x & 255];
const sshs = (b: Uint8Array | string) => {
  const x = typeof b === "string" ? Buffer.from(b, "latin1") : Buffer.from(b);
  return bytes(u32(x.length), x);
};
const esc = (pem: string) => pem.replace(/\n/g, "\\n");

// 1 .npmrc with npmjs + GitHub Packages tokens
add("devtools", toolUse(g, "Set up ~/.npmrc so both registries work for the release.", "write_file", { path: "/home/dev/.npmrc", content: `registry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken=${npm()}\n@acme:registry=https://npm.pkg.github.com\n//npm.pkg.github.com/:_authToken=${ghp()}\nalways-auth=true\n` }), "npm token + GitHub Packages PAT; slot _authToken in .npmrc; context: anthropic tool_use write_file ~/.npmrc");
// 2 .npmrc legacy _auth for private registry (German prose)
add("devtools", oaiChat(g, `Unser privates Nexus-npm-Repo lehnt den Publish mit 401 ab. Hier die .npmrc vom Build-Agent:\n${fence("ini", `registry=https://nexus.example.com/repository/npm-group/\n_auth=${b64(`deployer:${g.a(18)}`)}\nemail=release@example.com\nalways-auth=true`)}`), "Nexus npm registry; slot _auth (base64 user:password) in .npmrc; context: openai chat, German prose");
// 3 .yarnrc.yml
add("devtools", mcp(g, `nodeLinker: node-modules\nnpmPublishRegistry: "https://registry.npmjs.org"\nnpmAuthToken: "${npm()}"\nnpmScopes:\n  acme:\n    npmRegistryServer: "https://npm.pkg.github.com"\n    npmAuthToken: "${ghp()}"\nyarnPath: .yarn/releases/yarn-4.5.0.cjs`), "npm + GitHub PAT; slot npmAuthToken in .yarnrc.yml; context: MCP read_file result");
// 4 .pypirc
add("devtools", oaiChat(g, `twine says 403 on upload, here's my ~/.pypirc:\n${fence("ini", `[distutils]\nindex-servers =\n    pypi\n    internal\n\n[pypi]\nusername = __token__\npassword = ${pypi()}\n\n[internal]\nrepository = https://pypi.example.com/simple/\nusername = ci-upload\npassword = ${g.a(22)}`)}`), "PyPI API token + internal index password; slot password in .pypirc; context: openai chat");
// 5 cargo credentials.toml as tool output in history
{
  const id = `call_${g.a(24)}`;
  add("devtools", J({ model: "gpt-4.1", messages: [{ role: "user", content: "cargo publish fails with 'no token found', check my cargo credentials" }, { role: "assistant", content: null, tool_calls: [{ id, type: "function", function: { name: "shell", arguments: J({ command: "cat ~/.cargo/credentials.toml" }) } }] }, { role: "tool", tool_call_id: id, content: `[registry]\ntoken = "${j("ci", "o")}${g.a(32)}"\n\n[registries.internal]\ntoken = "Bearer ${g.a(40)}"\n` }] }), "crates.io token + private registry token; slot token in ~/.cargo/credentials.toml; context: openai tool result in chat history");
}
// 6 ~/.gem/credentials
{
  const id = `toolu_01${g.a(22)}`;
  add("devtools", J({ model: "claude-sonnet-4-5", max_tokens: 2048, messages: [{ role: "user", content: "gem push keeps asking for OTP" }, { role: "assistant", content: [{ type: "tool_use", id, name: "bash", input: { command: "cat ~/.gem/credentials" } }] }, { role: "user", content: [{ type: "tool_result", tool_use_id: id, content: `---\n:rubygems_api_key: ${j("rubyg", "ems_")}${g.h(48)}\n:github: Bearer ${ghp()}\n` }] }] }), "RubyGems API key + GitHub PAT; slot :rubygems_api_key in ~/.gem/credentials; context: anthropic tool_result");
}
// 7 NuGet.Config cleartext password (ADO PAT) + nuget.org apikey
add("devtools", toolUse(g, "Add the internal feed to NuGet.Config for the release build.", "write_file", { path: "NuGet.Config", content: `<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <packageSources>\n    <add key="nuget.org" value="https://nuget.example.org/v3/index.json" />\n    <add key="internal" value="https://nuget.example.com/acme/_packaging/release/nuget/v3/index.json" />\n  </packageSources>\n  <packageSourceCredentials>\n    <internal>\n      <add key="Username" value="release-bot" />\n      <add key="ClearTextPassword" value="${ado()}" />\n    </internal>\n  </packageSourceCredentials>\n</configuration>\n` }), "Azure DevOps PAT; slot ClearTextPassword in NuGet.Config; context: anthropic tool_use write_file");
// 8 Maven settings.xml
add("devtools", gemini(`Maven deploy to Central gives 401. settings.xml:\n${fence("xml", `<settings>\n  <servers>\n    <server>\n      <id>central</id>\n      <username>${g.a(8)}</username>\n      <password>${g.a(20)}${g.b(24)}</password>\n    </server>\n  </servers>\n  <profiles>\n    <profile>\n      <id>release</id>\n      <properties>\n        <gpg.keyname>${g.H(16)}</gpg.keyname>\n        <gpg.passphrase>${g.a(22)}</gpg.passphrase>\n      </properties>\n    </profile>\n  </profiles>\n</settings>`)}`), "Sonatype Central user token + GPG passphrase; slot server password / gpg.passphrase in settings.xml; context: gemini generateContent");
// 9 ~/.docker/config.json
add("devtools", mcp(g, JSON.stringify({ auths: { "https://index.docker.io/v1/": { auth: b64(`acmebot:${dckr()}`) }, "ghcr.io": { auth: b64(`acme-release:${ghp()}`) } }, currentContext: "desktop-linux" }, null, "\t")), "Docker Hub PAT + GHCR PAT; slot auths.*.auth (base64 user:token) in ~/.docker/config.json; context: MCP read_file result");
// 10 k8s dockerconfigjson Secret for quay
{
  const cfg = JSON.stringify({ auths: { "quay.io": { username: "acme+release_pusher", password: g.u(64), auth: "" } } });
  add("devtools", toolCall(g, "Create the pull secret for the release namespace.", "bash", { command: `kubectl apply -f - <<'EOF'\napiVersion: v1\nkind: Secret\nmetadata:\n  name: quay-pull\n  namespace: release\ntype: kubernetes.io/dockerconfigjson\ndata:\n  .dockerconfigjson: ${b64(cfg)}\nEOF` }), "Quay robot token; slot .dockerconfigjson (base64 docker config); context: tool_calls kubectl apply");
}
// 11 gradle.properties with Central creds and in-memory signing key
{
  const key = g.pgpPrivate("Acme Release <release@example.com>");
  add("keys", antMsg(g, `Publishing to Maven Central via vanniktech fails at signing. ~/.gradle/gradle.properties:\n${fence("properties", `mavenCentralUsername=${g.a(8)}\nmavenCentralPassword=${g.a(36)}\nsigningInMemoryKeyId=${g.H(8)}\nsigningInMemoryKeyPassword=${g.a(16)}\nsigningInMemoryKey=${key.replace(/\n/g, "\\n")}`)}`), "PGP private key block + passwords; slot signingInMemoryKey in gradle.properties; context: anthropic messages");
}
// 12 sbt credentials
add("devtools", oaiChat(g, `sbt publishSigned fails, this is ~/.sbt/1.0/sonatype.sbt:\n${fence("scala", `credentials += Credentials(\n  "Sonatype Nexus Repository Manager",\n  "central.sonatype.com",\n  "${g.a(8)}",\n  "${g.a(44)}"\n)\npgpPassphrase := Some("${g.a(20)}".toArray)`)}`), "Sonatype token password + PGP passphrase; slot Credentials(...) in sonatype.sbt; context: openai chat");
// 13 ~/.pause
add("devtools", toolUse(g, "Configure cpan-upload on the release box.", "write_file", { path: "/home/release/.pause", content: `user ACMEDEV\npassword ${g.a(14)}${g.pick(["!", "%", "#"])}${g.d(2)}\n` }), "CPAN PAUSE password; slot password in ~/.pause; context: anthropic tool_use write_file");
// 14 ~/.netrc (GitHub API + CocoaPods trunk)
add("devtools", mcp(g, `machine api.github.com\n  login release-bot\n  password ${ghp()}\nmachine trunk.cocoapods.org\n  login release@example.com\n  password ${g.h(32)}\n`), "GitHub PAT + CocoaPods trunk token; slot password in ~/.netrc; context: MCP read_file result");
// 15 gh hosts.yml
add("devtools", oaiChat(g, `gh release create fails with HTTP 401. ~/.config/gh/hosts.yml:\n${fence("yaml", `github.com:\n    user: acme-release\n    oauth_token: ${gho()}\n    git_protocol: https\n    users:\n        acme-release:\n            oauth_token: ${gho()}`)}`), "GitHub OAuth token; slot oauth_token in gh hosts.yml; context: openai chat");
// 16 composer auth.json
add("devtools", gemini(`composer install in the release pipeline can't reach the private repo:\n${fence("json", JSON.stringify({ "github-oauth": { "github.com": ghp() }, "http-basic": { "repo.packagist.com": { username: "token", password: g.h(40) } } }, null, 4))}`), "GitHub PAT + Private Packagist token; slot github-oauth / http-basic password in auth.json; context: gemini generateContent");
// 17 pub-credentials.json (Japanese)
add("devtools", antMsg(g, `dart pub publish が CI で失敗します。pub-credentials.json の中身です：\n${fence("json", JSON.stringify({ accessToken: j("ya", "29.") + "a0A" + g.bu(170), refreshToken: "1//0e" + g.bu(97), idToken: null, tokenEndpoint: "https://accounts.google.com/o/oauth2/token", scopes: ["openid", "https://www.googleapis.com/auth/userinfo.email"], expiration: g.ts() * 1000 }))}`), "Google OAuth access + refresh token; slot accessToken/refreshToken in pub-credentials.json; context: anthropic messages, Japanese prose");
// 18 helm repositories.yaml
add("devtools", toolCall(g, "Why does helm push fail?", "read_and_explain", { file: "~/.config/helm/repositories.yaml", content: `apiVersion: ""\ngenerated: "${g.iso()}"\nrepositories:\n- name: acme-charts\n  url: https://charts.example.com\n  username: ci-publisher\n  password: ${g.a(24)}\n  insecure_skip_tls_verify: false\n` }), "ChartMuseum password; slot password in helm repositories.yaml; context: openai tool_calls arguments");
// 19 Android keystore (JKS base64) + passwords via gh secret set
{
  const jks = b64(bytes([0xfe, 0xed, 0xfe, 0xed, 0, 0, 0, 2, 0, 0, 0, 1, 0, 0, 0, 1, 0, 6], "upload", u32(g.ts()), [0, 0], g.bytes(1300)));
  add("keys", toolCall(g, "Store the Android upload key in repo secrets.", "shell", { command: `gh secret set ANDROID_KEYSTORE_BASE64 --body '${jks}'\ngh secret set ANDROID_KEYSTORE_PASSWORD --body '${g.a(16)}'\ngh secret set ANDROID_KEY_ALIAS --body 'upload'` }), "Android upload keystore (JKS) base64 + password; slot gh secret set --body; context: openai tool_calls shell");
}
// 20 build.gradle.kts signing config
add("keys", toolUse(g, "Wire up release signing in app/build.gradle.kts", "str_replace", { path: "app/build.gradle.kts", old_str: "signingConfigs {\n    }", new_str: `signingConfigs {\n        create("release") {\n            storeFile = file("../keystore/upload.jks")\n            storePassword = "${g.a(14)}"\n            keyAlias = "upload"\n            keyPassword = "${g.a(12)}${g.d(3)}"\n        }\n    }` }), "Android keystore/key passwords; slot storePassword/keyPassword in build.gradle.kts; context: anthropic tool_use str_replace");
// 21 App Store Connect API key JSON for fastlane
add("keys", oaiChat(g, `fastlane pilot upload says 'invalid key'. The api_key.json we generate in CI:\n${fence("json", JSON.stringify({ key_id: g.u(10), issuer_id: g.uuid(), key: g.ecPkcs8(), duration: 1200, in_house: false }, null, 2))}`), "App Store Connect API private key (.p8); slot key in fastlane api_key.json; context: openai chat");
// 22 Google Play service account JSON (Chinese)
add("cloud", gemini(`上传到 Google Play 的步骤报 403，这是 CI 里用的服务账号 JSON：\n${JSON.stringify({ type: "service_account", project_id: "acme-release-42", private_key_id: g.h(40), private_key: g.rsaPkcs8() + "\n", client_email: "play-publisher@acme-release-42.iam.gserviceaccount.com", client_id: g.d(21), auth_uri: "https://accounts.google.com/o/oauth2/auth", token_uri: "https://oauth2.googleapis.com/token" }, null, 2)}`), "Google service account private key (Play publisher); slot private_key in SA JSON; context: gemini generateContent, Chinese prose");
// 23 GPG private key into repo secret + passphrase
{
  const key = g.pgpPrivate("Acme Releases <releases@example.com>");
  add("keys", toolCall(g, "Import my release signing key into the repo secrets.", "bash", { command: `gh secret set GPG_PRIVATE_KEY --repo acme/toolkit <<'EOF'\n${key}\nEOF\ngh secret set GPG_PASSPHRASE --repo acme/toolkit --body '${g.a(24)}'` }), "PGP private key block + passphrase; slot gh secret set stdin; context: openai tool_calls bash");
}
// 24 OpenSSH key in goreleaser aurs config
add("keys", toolUse(g, "Add AUR publishing to goreleaser.", "write_file", { path: ".goreleaser.yaml", content: `version: 2\naurs:\n  - name: toolkit-bin\n    homepage: https://toolkit.example.org\n    maintainers: ["Acme <release@example.com>"]\n    git_url: "ssh://aur@aur.example.org/toolkit-bin.git"\n    private_key: |\n${g.opensshEd25519("aur@acme").split("\n").map((l) => "      " + l).join("\n")}\n` }), "OpenSSH ed25519 private key (AUR deploy key); slot aurs.private_key in .goreleaser.yaml; context: anthropic tool_use write_file");
// 25 GitHub App private key in .env (escaped)
add("keys", antMsg(g, `The release-please GitHub App can't mint tokens. My .env:\n${fence("", `APP_ID=${g.d(6)}\nINSTALLATION_ID=${g.d(8)}\nPRIVATE_KEY="${esc(g.rsaPkcs1())}"`)}`), "GitHub App RSA private key; slot PRIVATE_KEY in .env (escaped newlines); context: anthropic messages");
// 26 minisign unencrypted secret key
{
  const sk = bytes("Ed", [0, 0], "B2", g.bytes(32), [0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0, 0, 0], g.bytes(104));
  add("keys", toolUse(g, "Save the release signing key for the updater job.", "write_file", { path: "ci/minisign.key", content: `untrusted comment: minisign secret key ${g.H(16)}\n${b64(sk)}\n` }), "minisign unencrypted secret key; slot ci/minisign.key file; context: anthropic tool_use write_file");
}
// 27 signify secret key via MCP
{
  const sk = bytes("Ed", "BK", [0, 0, 0, 0], g.bytes(16), g.bytes(8), g.bytes(8), g.bytes(64));
  add("keys", mcp(g, `untrusted comment: signify secret key\n${b64(sk)}\n`), "signify secret key (no passphrase); slot release.sec file; context: MCP read_file result");
}
// 28 Tauri signing key (base64 of encrypted minisign key) + password
{
  const sk = bytes("Ed", "Sc", "B2", g.bytes(32), [0, 0, 0, 2, 0, 0, 0, 0], [0, 0, 0, 64, 0, 0, 0, 0], g.bytes(104));
  const file = `untrusted comment: rsign encrypted secret key\n${b64(sk)}\n`;
  add("keys", oaiChat(g, `${H.say("es", "fix")}\n\n${fence("yaml", `- uses: tauri-apps/tauri-action@v0\n  env:\n    TAURI_SIGNING_PRIVATE_KEY: ${b64(file)}\n    TAURI_SIGNING_PRIVATE_KEY_PASSWORD: ${g.a(20)}`)}`), "Tauri updater signing key + password; slot TAURI_SIGNING_PRIVATE_KEY(_PASSWORD) in workflow; context: openai chat, Spanish prose");
}
// 29 cosign.key + password in workflow
{
  const body = b64(JSON.stringify({ kdf: { name: "scrypt", params: { N: 65536, r: 8, p: 1 }, salt: g.rb64(32) }, cipher: { name: "nacl/secretbox", nonce: g.rb64(24) }, ciphertext: g.rb64(156) }));
  add("keys", mcp(g, `jobs:\n  sign:\n    runs-on: ubuntu-latest\n    env:\n      COSIGN_PASSWORD: "${g.a(16)}"\n      COSIGN_KEY: |\n        -----BEGIN ENCRYPTED SIGSTORE PRIVATE KEY-----\n${wrap(body).split("\n").map((l) => "        " + l).join("\n")}\n        -----END ENCRYPTED SIGSTORE PRIVATE KEY-----\n    steps:\n      - run: cosign sign --yes --key env://COSIGN_KEY registry.example.com/acme/toolkit@sha256:${g.h(64)}`), "cosign key + COSIGN_PASSWORD together; slot env in workflow; context: MCP read_file result");
}
// 30 electron-builder CSC_LINK (PFX base64) + password
{
  const pfx = b64(bytes([0x30, 0x82, 0x0a, 0x3b, 0x02, 0x01, 0x03, 0x30, 0x82, 0x0a, 0x01, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x07, 0x01, 0xa0, 0x82, 0x09, 0xf2, 0x04, 0x82, 0x09, 0xee], g.bytes(1500)));
  add("keys", antMsg(g, `electron-builder on the Windows runner says "Cannot extract publisher name". env from the job:\n${fence("", `CSC_LINK=${pfx}\nCSC_KEY_PASSWORD=${g.a(18)}\nGH_TOKEN=${ghp()}`)}`), "Authenticode PFX (base64) + password + GitHub PAT; slot CSC_LINK / CSC_KEY_PASSWORD; context: anthropic messages");
}
// 31 signtool with /p
add("keys", toolCall(g, "Sign the installer before upload.", "powershell", { command: `& "C:\\Program Files (x86)\\Windows Kits\\10\\bin\\10.0.22621.0\\x64\\signtool.exe" sign /f .\\certs\\codesign.pfx /p "${g.a(14)}${g.pick(["!", "#"])}${g.d(2)}" /fd SHA256 /tr http://timestamp.example.com /td SHA256 .\\dist\\ToolkitSetup-${g.ver()}.exe` }), "Authenticode PFX password; slot signtool /p; context: openai tool_calls powershell");
// 32 notarytool store-credentials with app-specific password (French)
{
  const asp = [0, 0, 0, 0].map(() => g.str(4, "abcdefghijklmnopqrstuvwxyz")).join("-");
  add("keys", toolUse(g, "Configure la notarisation sur le runner macOS, s'il te plaît.", "bash", { command: `xcrun notarytool store-credentials "AC_NOTARY" --apple-id "release@example.com" --team-id "${g.u(10)}" --password "${asp}"` }), "Apple app-specific password; slot notarytool --password; context: anthropic tool_use bash, French prose");
}
// 33 apksigner / jarsigner
add("keys", mcp(g, `#!/usr/bin/env bash\nset -e\njarsigner -keystore release.jks -storepass ${g.a(16)} -keypass ${g.a(16)} app-release-unsigned.aab upload\n${"apksigner"} sign --ks release.jks --ks-pass pass:${g.a(16)} --ks-key-alias upload --out app-release.apk app-release-unaligned.apk\n`), "Android keystore passwords; slot -storepass / --ks-pass pass:; context: MCP read_file result of sign.sh");
// 34 TUF ed25519 key JSON
add("keys", oaiChat(g, `go-tuf says the targets key doesn't match. targets.key:\n${JSON.stringify({ keytype: "ed25519", scheme: "ed25519", keyid_hash_algorithms: ["sha256", "sha512"], keyval: { public: g.h(64), private: g.h(64) } })}`), "TUF targets ed25519 key; slot keyval.private; context: openai chat");
// 35 JWK private key
add("keys", antMsg(g, `Our update manifest signer uses this JWK, verify fails in the client:\n${JSON.stringify({ kty: "EC", crv: "P-256", x: b64u(g.bytes(32)), y: b64u(g.bytes(32)), d: b64u(g.bytes(32)), kid: `updates-${g.ver()}`, alg: "ES256", use: "sig" }, null, 2)}`), "EC P-256 private JWK; slot d; context: anthropic messages");
// 36 PuTTY v3 private key
{
  const pub = b64(bytes(sshs("ssh-ed25519"), sshs(g.bytes(32))));
  add("keys", toolUse(g, "Put the deploy key on the Windows build agent.", "write_file", { path: "C:\\ci\\deploy.ppk", content: `PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: release-deploy\nPublic-Lines: 2\n${pub.slice(0, 64)}\n${pub.slice(64)}\nPrivate-Lines: 1\n${b64(sshs(g.bytes(32)))}\nPrivate-MAC: ${g.h(64)}\n` }), "PuTTY ed25519 private key (unencrypted); slot deploy.ppk; context: anthropic tool_use write_file");
}
// 37 Ed25519 PKCS8 (Notation signing key) in MCP
add("keys", mcp(g, `# notation signing key for release images\n${g.ed25519Pkcs8()}\n`), "Ed25519 PKCS#8 private key; slot notation key file; context: MCP read_file result");
// 38 EC SEC1 key for download-portal JWTs (Russian)
add("keys", gemini(`Портал загрузок перестал выдавать подписанные ссылки. Ключ из конфига:\n${g.ecSec1()}`), "EC P-256 SEC1 private key; slot pasted PEM; context: gemini generateContent, Russian prose");
// 39 git push with x-access-token URL in CI log
add("devtools", oaiChat(g, `${H.say("en", "log")}\n${fence("", `+ git push https://x-access-token:${ghs()}@github.example.com/acme/homebrew-tap.git HEAD:main\nremote: Permission to acme/homebrew-tap.git denied to acme-release[bot].\nfatal: unable to access 'https://github.example.com/acme/homebrew-tap.git/': The requested URL returned error: 403`)}`), "GitHub App installation token; slot userinfo of git push URL; context: openai chat, CI log");
// 40 Launchpad credentials
add("devtools", mcp(g, `[1]\nconsumer_key = release-ppa-uploader\nconsumer_secret = \naccess_token = ${g.a(20)}\naccess_secret = ${g.a(50)}\n`), "Launchpad OAuth access token + secret; slot access_secret in launchpad credentials; context: MCP read_file result");
// 41 Renovate config.js hostRules
add("devtools", toolUse(g, "Let Renovate reach the private registries.", "write_file", { path: "config.js", content: `module.exports = {\n  platform: "github",\n  repositories: ["acme/toolkit"],\n  hostRules: [\n    { matchHost: "npm.pkg.github.com", token: "${ghp()}" },\n    { matchHost: "registry.example.com", hostType: "docker", username: "renovate", password: "${g.a(24)}" },\n  ],\n};\n` }), "GitHub PAT + registry password; slot hostRules token/password in Renovate config.js; context: anthropic tool_use write_file");
// 42 shell history: twine + docker login
add("devtools", J({ model: "gpt-4o", messages: [{ role: "user", content: `Here's what I ran before it broke (from history):\n${fence("", `  501  python -m build\n  502  twine upload -u __token__ -p ${pypi()} dist/*\n  503  echo ${dckr()} | docker login -u acmebot --password-stdin\n  504  docker buildx bake --push`)}` }] }), "PyPI token + Docker Hub PAT; slot twine -p / docker login stdin; context: openai chat, shell history");
// 43 .sentryclirc (Korean)
add("devtools", antMsg(g, `소스맵 업로드 단계에서 sentry-cli가 401을 반환합니다. .sentryclirc 입니다:\n${fence("ini", `[defaults]\norg = acme\nproject = toolkit-web\n\n[auth]\ntoken = ${j("sntr", "ys_")}${b64(JSON.stringify({ iat: g.ts(), url: "https://sentry.io", region_url: "https://de.sentry.io", org: "acme" })).replace(/=+$/, "")}_${g.b(43)}`)}`), "Sentry org auth token; slot [auth] token in .sentryclirc; context: anthropic messages, Korean prose");
// 44 AWS credentials file for release bucket
add("cloud", mcp(g, `[default]\nregion = eu-west-1\n\n[release-uploader]\n${"aws_access_key_id"} = ${j("AK", "IA")}${g.str(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")}\naws_secret_access_key = ${g.b(40)}\n`), "AWS access key pair; slot aws_secret_access_key in ~/.aws/credentials; context: MCP read_file result");
// 45 goreleaser fury publisher with token in URL
add("devtools", oaiChat(g, `goreleaser publish to Gemfury 401s:\n${fence("yaml", `publishers:\n  - name: fury.io\n    ids: [packages]\n    dir: "{{ dir .ArtifactPath }}"\n    cmd: curl -F package=@{{ .ArtifactName }} https://${g.a(20)}@push.fury.io/acme/`)}`), "Gemfury push token; slot userinfo of push.fury.io URL in goreleaser publishers; context: openai chat");
// 46 flat-manager token
add("devtools", toolCall(g, "Upload the flatpak build.", "bash", { command: `flat-manager-client --token ${g.jwt({ alg: "HS256", typ: "JWT" }, { sub: "build", scope: ["build", "upload", "publish"], prefixes: ["org.example.Toolkit"], repos: ["stable"], name: "release-ci", exp: g.ts() + 31536000 })} create https://flatpak.example.org stable` }), "flat-manager upload token (JWT); slot --token; context: openai tool_calls bash");
// 47 chat handover of RubyGems key (Chinese, WeChat-style)
add("devtools", J({ msgtype: "text", text: { content: `发版用的 RubyGems 密钥，记得放到 CI 变量里：${j("rubyg", "ems_")}${g.h(48)}（MFA 设置为 UI 和 API）` } }), "RubyGems API key; slot chat message text; context: WeCom/WeChat bot message, Chinese prose");
// 48 azure artifacts npm .npmrc with base64 PAT in _password
add("devtools", antMsg(g, `Azure Artifacts npm feed 401 on publish. project .npmrc:\n${fence("ini", `registry=https://npm.example.com/acme/_packaging/release/npm/registry/\nalways-auth=true\n//npm.example.com/acme/_packaging/release/npm/registry/:username=acme\n//npm.example.com/acme/_packaging/release/npm/registry/:_password=${b64(ado())}\n//npm.example.com/acme/_packaging/release/npm/registry/:email=release@example.com`)}`), "Azure DevOps PAT (base64 in _password); slot _password in .npmrc; context: anthropic messages");

export const cases: CorpusCase[] = out;
