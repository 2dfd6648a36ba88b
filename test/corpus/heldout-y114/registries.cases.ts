// Package-manager, registry and VCS credential files sent whole: .npmrc, .yarnrc.yml, .pypirc,
// pip.conf, Maven settings.xml, gradle.properties, Cargo, NuGet.config, .netrc, .git-credentials,
// docker config.json, composer auth.json, gem credentials, helm repositories, Terraform CLI, gh/glab.
import type { CorpusCase } from "../types.ts";
import { type Gen, type Spec, b64e, fromSpecs, j } from "./_gen.ts";

const ghp = (g: Gen) => j("gh", "p_") + g.an(36);
const gho = (g: Gen) => j("gh", "o_") + g.an(36);
const glpat = (g: Gen) => j("glp", "at-") + g.b64u(20);
const npm = (g: Gen) => j("np", "m_") + g.an(36);
const adoPat = (g: Gen) => g.str(52, "abcdefghijklmnopqrstuvwxyz234567");
const jfrog = (g: Gen) => j("AK", "Cp") + g.an(69);
const dckr = (g: Gen) => j("dckr", "_pat_") + g.b64u(27);
const pypi = (g: Gen) => j("pypi-", "AgEIcHlwaS5vcmc") + g.b64u(150);

const specs: Spec[] = [
  { group: "devtools", provider: "npm automation token", slot: "//registry.npmjs.org/:_authToken", build: (g) => ({ path: ".npmrc", lang: "ini", kind: ".npmrc", content:
`registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${npm(g)}
save-exact=true
engine-strict=true
` }) },
  { group: "devtools", provider: "GitHub Packages PAT", slot: "//npm.pkg.github.com/:_authToken", build: (g) => ({ path: ".npmrc", lang: "ini", kind: ".npmrc (scoped registry)", content:
`@acme:registry=https://npm.pkg.github.com
//npm.pkg.github.com/:_authToken=${ghp(g)}
fund=false
audit-level=high
` }) },
  { group: "devtools", provider: "Artifactory basic auth (base64 user:password)", slot: "_auth", build: (g) => ({ path: "frontend/.npmrc", lang: "ini", kind: ".npmrc (Artifactory)", content:
`registry=https://artifacts.example.com/artifactory/api/npm/npm-virtual/
_auth=${b64e("ci-publisher:" + g.pw(22))}
always-auth=true
email=ci-publisher@example.com
` }) },
  { group: "devtools", provider: "Azure Artifacts PAT (base64 _password)", slot: "//pkgs.dev.azure.com/...:_password", build: (g) => ({ path: ".npmrc", lang: "ini", kind: ".npmrc (Azure Artifacts)", content:
`registry=https://pkgs.dev.azure.com/acme/_packaging/acme-feed/npm/registry/
always-auth=true
; begin auth token
//pkgs.dev.azure.com/acme/_packaging/acme-feed/npm/registry/:username=acme
//pkgs.dev.azure.com/acme/_packaging/acme-feed/npm/registry/:_password=${b64e(adoPat(g))}
//pkgs.dev.azure.com/acme/_packaging/acme-feed/npm/registry/:email=npm requires email to be set but doesn't use the value
; end auth token
` }) },
  { group: "devtools", provider: "GitLab PAT for npm package registry", slot: "//gitlab.example.com/...:_authToken", build: (g) => ({ path: "packages/ui/.npmrc", lang: "ini", kind: ".npmrc (GitLab registry)", content:
`@acme:registry=https://gitlab.example.com/api/v4/projects/1842/packages/npm/
//gitlab.example.com/api/v4/projects/1842/packages/npm/:_authToken=${glpat(g)}
` }) },
  { group: "devtools", provider: "npm token in Yarn Berry config", slot: "npmRegistries.npmAuthToken", build: (g) => ({ path: ".yarnrc.yml", lang: "yaml", kind: ".yarnrc.yml", content:
`nodeLinker: node-modules
yarnPath: .yarn/releases/yarn-4.5.0.cjs
npmScopes:
  acme:
    npmRegistryServer: "https://npm.example.com"
    npmPublishRegistry: "https://npm.example.com"
npmRegistries:
  "https://npm.example.com":
    npmAlwaysAuth: true
    npmAuthToken: ${npm(g)}
checksumBehavior: throw
` }) },
  { group: "devtools", provider: "Nexus npmAuthIdent user:password", slot: "npmAuthIdent", build: (g) => ({ path: ".yarnrc.yml", lang: "yaml", kind: ".yarnrc.yml", content:
`npmRegistryServer: "https://nexus.example.com/repository/npm-group/"
npmAlwaysAuth: true
npmAuthIdent: "yarn-ci:${g.pw(18)}"
enableTelemetry: false
` }) },
  { group: "devtools", provider: "PyPI API token", slot: "[pypi] password", build: (g) => ({ path: "~/.pypirc", lang: "ini", kind: ".pypirc", content:
`[distutils]
index-servers =
    pypi
    internal

[pypi]
username = __token__
password = ${pypi(g)}

[internal]
repository = https://pypi.example.com/legacy/
username = uploader
` }) },
  { group: "devtools", provider: "private index password", slot: "[internal] password", build: (g) => ({ path: ".pypirc", lang: "ini", kind: ".pypirc", content:
`[distutils]
index-servers = internal

[internal]
repository = https://devpi.example.com/acme/prod/
username = release-bot
password = ${g.pw(20)}
` }) },
  { group: "devtools", provider: "pip index basic auth in URL", slot: "global.index-url userinfo", build: (g) => ({ path: "/etc/pip.conf", lang: "ini", kind: "pip.conf", content:
`[global]
index-url = https://pip-reader:${g.upw(24)}@pypi.example.com/simple/
trusted-host = pypi.example.com
timeout = 60
` }) },
  { group: "devtools", provider: "GitLab deploy token in pip extra-index-url", slot: "extra-index-url userinfo", build: (g) => ({ path: "pip.conf", lang: "ini", kind: "pip.conf", content:
`[global]
index-url = https://pypi.example.org/simple
extra-index-url = https://gitlab+deploy-token-77:${j("gl", "dt-")}${g.b64u(20)}@gitlab.example.com/api/v4/projects/311/packages/pypi/simple
` }) },
  { group: "devtools", provider: "JFrog API key", slot: "settings.xml <server><password>", build: (g) => ({ path: "~/.m2/settings.xml", lang: "xml", kind: "Maven settings.xml", content:
`<?xml version="1.0" encoding="UTF-8"?>
<settings xmlns="http://maven.apache.org/SETTINGS/1.2.0">
  <servers>
    <server>
      <id>acme-releases</id>
      <username>ci-deployer</username>
      <password>${jfrog(g)}</password>
    </server>
  </servers>
  <mirrors>
    <mirror>
      <id>acme-releases</id>
      <mirrorOf>*</mirrorOf>
      <url>https://artifacts.example.com/artifactory/maven-virtual</url>
    </mirror>
  </mirrors>
</settings>
` }) },
  { group: "devtools", provider: "GitHub Packages PAT for Maven", slot: "settings.xml <server id=github><password>", build: (g) => ({ path: "settings.xml", lang: "xml", kind: "Maven settings.xml", content:
`<settings>
  <activeProfiles><activeProfile>github</activeProfile></activeProfiles>
  <profiles>
    <profile>
      <id>github</id>
      <repositories>
        <repository><id>github</id><url>https://maven.pkg.github.com/acme/*</url></repository>
      </repositories>
    </profile>
  </profiles>
  <servers>
    <server>
      <id>github</id>
      <username>acme-bot</username>
      <password>${ghp(g)}</password>
    </server>
  </servers>
</settings>
` }) },
  { group: "devtools", provider: "Sonatype OSSRH password", slot: "gradle.properties ossrhPassword", build: (g) => ({ path: "~/.gradle/gradle.properties", lang: "properties", kind: "gradle.properties", content:
`org.gradle.jvmargs=-Xmx4g
org.gradle.caching=true
signing.keyId=${g.HEX(8)}
signing.secretKeyRingFile=/home/ci/.gnupg/secring.gpg
ossrhUsername=acme-release
ossrhPassword=${g.pw(22)}
` }) },
  { group: "devtools", provider: "Gradle Plugin Portal publish secret", slot: "gradle.publish.secret", build: (g) => ({ path: "gradle.properties", lang: "properties", kind: "gradle.properties", content:
`kotlin.code.style=official
gradle.publish.key=${g.an(32)}
gradle.publish.secret=${g.an(32)}
version=2.4.1
` }) },
  { group: "devtools", provider: "Artifactory password in Gradle", slot: "artifactoryPassword", build: (g) => ({ path: "gradle.properties", lang: "properties", kind: "gradle.properties", content:
`artifactoryUrl=https://artifacts.example.com/artifactory
artifactoryUser=gradle-ci
artifactoryPassword=${j("cmVmdGtu", "OjAxOj")}${g.b64u(56)}
android.useAndroidX=true
` }) },
  { group: "devtools", provider: "crates.io token", slot: "[registry] token", build: (g) => ({ path: "~/.cargo/credentials.toml", lang: "toml", kind: "Cargo credentials.toml", content:
`[registry]
token = "${j("ci", "o")}${g.an(32)}"
` }) },
  { group: "devtools", provider: "private Cargo registry bearer token", slot: "[registries.acme] token", build: (g) => ({ path: ".cargo/credentials.toml", lang: "toml", kind: "Cargo credentials.toml", content:
`[registries.acme]
token = "Bearer ${g.b64u(48)}"

[registries.crates-io]
protocol = "sparse"
` }) },
  { group: "devtools", provider: "Azure DevOps PAT in NuGet.config", slot: "packageSourceCredentials ClearTextPassword", build: (g) => ({ path: "NuGet.config", lang: "xml", kind: "NuGet.config", content:
`<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
    <add key="acme" value="https://pkgs.dev.azure.com/acme/_packaging/internal/nuget/v3/index.json" />
  </packageSources>
  <packageSourceCredentials>
    <acme>
      <add key="Username" value="az" />
      <add key="ClearTextPassword" value="${adoPat(g)}" />
    </acme>
  </packageSourceCredentials>
</configuration>
` }) },
  { group: "devtools", provider: "NuGet.org API key", slot: "apikeys entry", build: (g) => ({ path: "%AppData%/NuGet/NuGet.Config", lang: "xml", kind: "NuGet.config", content:
`<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <apikeys>
    <add key="https://www.nuget.org/api/v2/package" value="${j("oy", "2")}${g.lan(43)}" />
  </apikeys>
</configuration>
` }) },
  { group: "cloud", provider: "Heroku API key", slot: ".netrc password (machine api.heroku.com)", build: (g) => { const t = j("HR", "KU-") + "AA" + g.b64u(58); return { path: "~/.netrc", lang: "netrc", kind: ".netrc", content:
`machine api.heroku.com
  login ops@example.com
  password ${t}
machine git.heroku.com
  login ops@example.com
  password ${t}
` }; } },
  { group: "devtools", provider: "GitHub PAT for Go private modules", slot: ".netrc password (machine github.com)", build: (g) => ({ path: "~/.netrc", lang: "netrc", kind: ".netrc", content:
`machine github.com login acme-ci password ${ghp(g)}
machine artifacts.example.com login reader password ${g.pw(16)}
` }) },
  { group: "devtools", provider: "GitHub PAT in git credential store", slot: "https://user:TOKEN@github.com", build: (g) => ({ path: "~/.git-credentials", lang: "text", kind: ".git-credentials", content:
`https://acme-bot:${ghp(g)}@github.com
` }) },
  { group: "devtools", provider: "GitLab PAT in git credential store", slot: "https://oauth2:TOKEN@gitlab.example.com", build: (g) => ({ path: ".git-credentials", lang: "text", kind: ".git-credentials", content:
`https://oauth2:${glpat(g)}@gitlab.example.com
https://x-token-auth:${j("AT", "BB")}${g.an(28)}${g.HEX(8)}@bitbucket.example.org
` }) },
  { group: "devtools", provider: "Docker Hub PAT (base64 auth)", slot: "auths[docker.io].auth", build: (g) => ({ path: "~/.docker/config.json", lang: "json", kind: "Docker config.json", content: JSON.stringify({
    auths: { "https://index.docker.io/v1/": { auth: b64e("acmebot:" + dckr(g)) }, "registry.example.com": {} },
    credsStore: "", currentContext: "default" }, null, "\t") }) },
  { group: "devtools", provider: "GHCR PAT (base64 auth)", slot: "auths[ghcr.io].auth", build: (g) => ({ path: ".docker/config.json", lang: "json", kind: "Docker config.json", content: JSON.stringify({
    auths: { "ghcr.io": { auth: b64e("acme-ci:" + ghp(g)) } }, HttpHeaders: { "User-Agent": "Docker-Client/27.1.1 (linux)" } }, null, 2) }) },
  { group: "devtools", provider: "Quay robot password (base64 auth)", slot: "auths[quay.io].auth", build: (g) => ({ path: "pull-secret.json", lang: "json", kind: "Docker config.json (image pull secret)", content: JSON.stringify({
    auths: { "quay.io": { auth: b64e("acme+deployer:" + g.uan(64)), email: "" } } }) }) },
  { group: "devtools", provider: "Private Packagist token + GitHub OAuth token", slot: "http-basic password / github-oauth", build: (g) => ({ path: "auth.json", lang: "json", kind: "Composer auth.json", content: JSON.stringify({
    "http-basic": { "repo.packagist.com": { username: "token", password: g.hex(64) } },
    "github-oauth": { "github.com": gho(g) } }, null, 4) }) },
  { group: "devtools", provider: "RubyGems API key", slot: ":rubygems_api_key:", build: (g) => ({ path: "~/.gem/credentials", lang: "yaml", kind: "RubyGems credentials", content:
`---
:rubygems_api_key: ${j("rubygems", "_")}${g.hex(48)}
` }) },
  { group: "devtools", provider: "Sidekiq Pro gem source credentials", slot: "BUNDLE_GEMS__CONTRIBSYS__COM", build: (g) => ({ path: ".bundle/config", lang: "yaml", kind: "Bundler config", content:
`---
BUNDLE_PATH: "vendor/bundle"
BUNDLE_DEPLOYMENT: "true"
BUNDLE_GEMS__CONTRIBSYS__COM: "${g.hex(8)}:${g.hex(8)}"
BUNDLE_WITHOUT: "development:test"
` }) },
  { group: "devtools", provider: "Helm chart repo password", slot: "repositories[].password", build: (g) => ({ path: "~/.config/helm/repositories.yaml", lang: "yaml", kind: "Helm repositories.yaml", content:
`apiVersion: ""
generated: "2024-08-14T10:21:07.117Z"
repositories:
- caFile: ""
  certFile: ""
  insecure_skip_tls_verify: false
  keyFile: ""
  name: stable
  pass_credentials_all: false
  password: ""
  url: https://charts.example.org/stable
  username: ""
- caFile: ""
  name: acme
  pass_credentials_all: false
  password: ${g.pw(24)}
  url: https://charts.example.com
  username: helm-reader
` }) },
  { group: "cloud", provider: "Terraform Cloud team token", slot: "credentials[app.terraform.io].token", build: (g) => ({ path: "~/.terraform.d/credentials.tfrc.json", lang: "json", kind: "Terraform CLI credentials", content: JSON.stringify({
    credentials: { "app.terraform.io": { token: g.an(14) + j(".atlas", "v1.") + g.an(67) } } }, null, 2) }) },
  { group: "devtools", provider: "GitHub CLI OAuth token", slot: "hosts.yml github.com.oauth_token", build: (g) => ({ path: "~/.config/gh/hosts.yml", lang: "yaml", kind: "GitHub CLI hosts.yml", content:
`github.com:
    users:
        acme-dev:
            oauth_token: ${gho(g)}
    git_protocol: https
    oauth_token: ${gho(g)}
    user: acme-dev
` }) },
  { group: "devtools", provider: "GitLab PAT in glab config", slot: "hosts.gitlab.example.com.token", build: (g) => ({ path: "~/.config/glab-cli/config.yml", lang: "yaml", kind: "glab config.yml", content:
`git_protocol: ssh
editor: vim
hosts:
    gitlab.example.com:
        token: ${glpat(g)}
        api_host: gitlab.example.com
        git_protocol: ssh
        api_protocol: https
        user: jdoe
` }) },
  { group: "devtools", provider: "Poetry http-basic password", slot: "[http-basic.acme] password", build: (g) => ({ path: "~/.config/pypoetry/auth.toml", lang: "toml", kind: "Poetry auth.toml", content:
`[http-basic.acme]
username = "poetry-ci"
password = "${g.pw(20)}"
` }) },
  { group: "devtools", provider: "sbt credentials password", slot: "password=", build: (g) => ({ path: "~/.sbt/.credentials", lang: "properties", kind: "sbt credentials", content:
`realm=Sonatype Nexus Repository Manager
host=nexus.example.com
user=sbt-publisher
password=${g.pw(20)}
` }) },
  { group: "auth", provider: "Google OAuth refresh + access token (Dart pub)", slot: "refreshToken / accessToken", build: (g) => ({ path: "~/.config/dart/pub-credentials.json", lang: "json", kind: "pub-credentials.json", content: JSON.stringify({
    accessToken: j("ya", "29.") + "a0A" + g.b64u(160), refreshToken: "1//0" + g.b64u(99), idToken: null, tokenEndpoint: "https://oauth2.example.com/token",
    scopes: ["openid", "email"], expiration: 1726000000000 }) }) },
  { group: "devtools", provider: "GOPROXY with token in URL", slot: "GOPROXY userinfo", build: (g) => ({ path: "~/.config/go/env", lang: "dotenv", kind: "go env file", content:
`GOPRIVATE=git.example.com/*
GOPROXY=https://goproxy:${g.hex(40)}@goproxy.example.com,https://proxy.example.org,direct
GONOSUMDB=git.example.com/*
` }) },
];

export const cases: CorpusCase[] = fromSpecs(0x114e03, "y114-r", specs, 5, 2);
