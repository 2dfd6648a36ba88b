// Release-engineering credentials (package registries, CI/CD, quality and supply-chain services,
// signing passphrases), each rotated through the shared outbound renderers.
import type { CorpusCase } from "../types.ts";
import { B32L, B32U, Gen, LALNUM, b64, b64u, buildRotated, j, type Spec } from "./_gen.ts";

const g = new Gen(1350001);

const pypi = (g: Gen) => {
  const caveat = JSON.stringify({ permissions: { projects: [g.pick(["tern", "quill-sdk", "ferry-cli", "relaykit"])] }, version: 1 });
  const raw = Buffer.concat([Buffer.from([2, 1, 8]), Buffer.from("pypi.org"), Buffer.from([2, 0x24]), Buffer.from(g.uuid()), Buffer.from([0, 2, caveat.length]), Buffer.from(caveat), Buffer.from([0, 6, 0x20]), Buffer.from(g.bytes(32))]);
  return j("py", "pi-") + b64u(raw);
};
const ghPat = (g: Gen) => j("gh", "p_") + g.a(36);
const ghFine = (g: Gen) => j("github", "_pat_") + g.a(22) + "_" + g.a(59);
const npm = (g: Gen) => j("np", "m_") + g.a(36);
const glpat = (g: Gen) => j("gl", "pat-") + g.bu(20);
const adoPat = (g: Gen) => g.str(52, B32L);
const gat = (g: Gen) => "1//0" + g.pick(["3", "4", "6", "9"]) + g.bu(98);
const ya29 = (g: Gen) => j("ya", "29.") + "a0A" + g.bu(176);

const specs: Spec[] = [
  // ---- package registries ----
  { id: "npm", group: "devtools", provider: "npm granular access token", env: "NPM_TOKEN", make: npm },
  { id: "npm-legacy", group: "devtools", provider: "npm legacy auth token (UUID)", env: "NPM_AUTH_TOKEN", make: (g) => g.uuid() },
  { id: "pypi", group: "devtools", provider: "PyPI API token", env: "PYPI_API_TOKEN", make: pypi },
  { id: "pypi-twine", group: "devtools", provider: "PyPI token as twine password", env: "TWINE_PASSWORD", make: pypi, shape: "pw", user: "__token__" },
  { id: "crates", group: "devtools", provider: "crates.io API token", env: "CARGO_REGISTRY_TOKEN", make: (g) => j("ci", "o") + g.a(32), header: "Authorization:" },
  { id: "rubygems", group: "devtools", provider: "RubyGems API key", env: "GEM_HOST_API_KEY", make: (g) => j("rubyg", "ems_") + g.h(48), header: "Authorization:" },
  { id: "nuget", group: "devtools", provider: "NuGet.org API key", env: "NUGET_API_KEY", make: (g) => j("oy", "2") + g.str(43, LALNUM), header: "X-NuGet-ApiKey:" },
  { id: "central", group: "devtools", provider: "Sonatype Central Portal user token password", env: "MAVEN_CENTRAL_PASSWORD", make: (g) => g.a(20) + g.b(24), shape: "pw", user: "Xk3pQ9aZ" },
  { id: "ossrh", group: "devtools", provider: "Sonatype OSSRH token password", env: "OSSRH_PASSWORD", make: (g) => g.b(44), shape: "pw", user: "vT2mRw8L" },
  { id: "packagist", group: "devtools", provider: "Packagist API token", env: "PACKAGIST_API_TOKEN", make: (g) => g.a(20) },
  { id: "hex", group: "devtools", provider: "Hex.pm API key", env: "HEX_API_KEY", make: (g) => g.h(32), header: "Authorization:" },
  { id: "pubdev", group: "devtools", provider: "pub.dev OAuth access token", env: "PUB_DEV_ACCESS_TOKEN", make: ya29 },
  { id: "cocoapods", group: "devtools", provider: "CocoaPods trunk session token", env: "COCOAPODS_TRUNK_TOKEN", make: (g) => g.h(32) },
  { id: "dockerhub", group: "devtools", provider: "Docker Hub personal access token", env: "DOCKERHUB_TOKEN", make: (g) => j("dck", "r_pat_") + g.bu(27) },
  { id: "quay", group: "devtools", provider: "Quay.io robot account token", env: "QUAY_ROBOT_TOKEN", make: (g) => g.u(64), shape: "pw", user: "acme+release_pusher" },
  { id: "harbor", group: "devtools", provider: "Harbor robot account secret", env: "HARBOR_ROBOT_SECRET", make: (g) => g.a(32), shape: "pw", user: "robot$release-ci" },
  { id: "brew-tap", group: "devtools", provider: "GitHub fine-grained PAT for Homebrew tap", env: "HOMEBREW_TAP_GITHUB_TOKEN", make: ghFine },
  { id: "artifactory-key", group: "devtools", provider: "JFrog Artifactory API key", env: "ARTIFACTORY_API_KEY", make: (g) => j("AK", "Cp8") + g.a(70), header: "X-JFrog-Art-Api:" },
  { id: "jfrog-ref", group: "devtools", provider: "JFrog reference token", env: "JFROG_ACCESS_TOKEN", make: (g) => b64(j("reft", "kn:01:") + String(g.range(1700000000, 2000000000)) + ":" + g.a(27)).replace(/=+$/, "") },
  { id: "jfrog-jwt", group: "devtools", provider: "JFrog access token (JWT)", env: "JFROG_CLI_ACCESS_TOKEN", make: (g) => g.jwt({ ver: "2", typ: "JWT", alg: "RS256", kid: g.bu(43) }, { sub: `jfac@01h${g.l(23)}/users/release-bot`, scp: "applied-permissions/user", aud: "*@*", iss: `jfac@01h${g.l(23)}`, exp: g.ts() + 31536000, iat: g.ts(), jti: g.uuid() }, 342) },
  { id: "nexus", group: "devtools", provider: "Sonatype Nexus deployment password", env: "NEXUS_PASSWORD", make: (g) => g.a(14) + g.pick(["!", "#", "%", "@"]) + g.a(5), shape: "pw", user: "deployment" },
  { id: "cloudsmith", group: "devtools", provider: "Cloudsmith API key", env: "CLOUDSMITH_API_KEY", make: (g) => g.h(40), header: "X-Api-Key:" },
  { id: "gemfury", group: "devtools", provider: "Gemfury push token", env: "FURY_PUSH_TOKEN", make: (g) => g.a(20) },
  { id: "anaconda", group: "devtools", provider: "Anaconda.org API token", env: "ANACONDA_API_TOKEN", make: (g) => g.str(2, "abcdefghijklmnopqrstuvwxyz") + "-" + g.uuid() },
  { id: "clojars", group: "devtools", provider: "Clojars deploy token", env: "CLOJARS_DEPLOY_TOKEN", make: (g) => j("CLOJ", "ARS_") + g.h(60) },
  { id: "gradle-portal", group: "devtools", provider: "Gradle Plugin Portal publish secret", env: "GRADLE_PUBLISH_SECRET", make: (g) => g.a(32), shape: "sec" },
  { id: "develocity", group: "devtools", provider: "Develocity access key", env: "DEVELOCITY_ACCESS_KEY", make: (g) => "develocity.example.com=" + g.str(52, B32L) },
  { id: "jb-marketplace", group: "devtools", provider: "JetBrains Marketplace permanent token", env: "PUBLISH_TOKEN", make: (g) => j("pe", "rm:") + b64("release-bot").replace(/=+$/, "") + "." + b64(`${g.range(10, 99)}-${g.range(1000, 9999)}`).replace(/=+$/, "") + "." + g.a(30) },
  { id: "vsce", group: "devtools", provider: "Azure DevOps PAT for VS Code Marketplace", env: "VSCE_PAT", make: adoPat },
  { id: "amo", group: "devtools", provider: "Firefox Add-ons (AMO) JWT secret", env: "WEB_EXT_API_SECRET", make: (g) => g.h(64), shape: "sec" },
  { id: "cws-secret", group: "devtools", provider: "Chrome Web Store OAuth client secret", env: "CHROME_CLIENT_SECRET", make: (g) => j("GOC", "SPX-") + g.bu(28), shape: "sec" },
  { id: "snapcraft", group: "devtools", provider: "Snapcraft store credentials (exported macaroon)", env: "SNAPCRAFT_STORE_CREDENTIALS", make: (g) => b64(JSON.stringify({ t: "u1-macaroon", v: { r: "MDAxN2xvY2F0aW9u" + g.bu(260), d: "MDAxZGxvY2F0aW9u" + g.bu(200) } })) },
  { id: "choco", group: "devtools", provider: "Chocolatey community API key", env: "CHOCOLATEY_API_KEY", make: (g) => g.uuid() },
  { id: "conan", group: "devtools", provider: "Conan remote password", env: "CONAN_PASSWORD", make: (g) => g.a(18), shape: "pw", user: "ci-publisher" },
  { id: "goproxy", group: "devtools", provider: "private GOPROXY URL with credentials", env: "GOPROXY", make: (g) => `https://release-bot:${g.a(32)}@goproxy.example.com,direct`, shape: "url" },
  { id: "codeartifact", group: "devtools", provider: "AWS CodeArtifact authorization token", env: "CODEARTIFACT_AUTH_TOKEN", make: (g) => "eyJ2ZXIiOjEsImlzdSI6" + g.bu(600) },
  { id: "expo", group: "devtools", provider: "Expo access token", env: "EXPO_TOKEN", make: (g) => g.bu(40) },
  { id: "firebase-ci", group: "devtools", provider: "Firebase CLI CI token (refresh token)", env: "FIREBASE_TOKEN", make: gat },
  { id: "depot", group: "devtools", provider: "Depot project token", env: "DEPOT_TOKEN", make: (g) => j("depot_pr", "oject_") + g.h(64) },
  // ---- forges, CI/CD, release bots ----
  { id: "gh-classic", group: "devtools", provider: "GitHub classic PAT for semantic-release", env: "GH_TOKEN", make: ghPat },
  { id: "gh-fine", group: "devtools", provider: "GitHub fine-grained PAT for release-please", env: "RELEASE_PLEASE_TOKEN", make: ghFine },
  { id: "gh-app-inst", group: "devtools", provider: "GitHub App installation token", env: "GITHUB_APP_INSTALLATION_TOKEN", make: (g) => j("gh", "s_") + g.a(36), header: "Authorization: token" },
  { id: "gh-webhook", group: "devtools", provider: "GitHub webhook secret for release bot", env: "GITHUB_WEBHOOK_SECRET", make: (g) => g.h(40), shape: "sec" },
  { id: "gl-pat", group: "devtools", provider: "GitLab personal access token", env: "GITLAB_TOKEN", make: glpat, header: "PRIVATE-TOKEN:" },
  { id: "gl-deploy", group: "devtools", provider: "GitLab deploy token for container registry", env: "CI_DEPLOY_PASSWORD", make: (g) => j("gl", "dt-") + g.bu(20), shape: "pw", user: "gitlab+deploy-token-" + "4821" },
  { id: "gl-runner", group: "devtools", provider: "GitLab runner authentication token", env: "RUNNER_TOKEN", make: (g) => j("gl", "rt-") + g.bu(20) },
  { id: "gl-trigger", group: "devtools", provider: "GitLab pipeline trigger token", env: "RELEASE_TRIGGER_TOKEN", make: (g) => j("gl", "ptt-") + g.h(40) },
  { id: "gl-oauth", group: "devtools", provider: "GitLab OAuth application secret", env: "GITLAB_OAUTH_SECRET", make: (g) => j("gl", "oas-") + g.h(64), shape: "sec" },
  { id: "bb-app", group: "devtools", provider: "Bitbucket app password", env: "BITBUCKET_APP_PASSWORD", make: (g) => j("AT", "BB") + g.a(32) + g.H(8), shape: "pw", user: "release-bot" },
  { id: "bb-access", group: "devtools", provider: "Bitbucket repository access token", env: "BITBUCKET_ACCESS_TOKEN", make: (g) => j("ATCT", "T3xFfGN0") + g.bu(180) + "=" + g.H(8) },
  { id: "ado", group: "devtools", provider: "Azure DevOps PAT", env: "AZURE_DEVOPS_EXT_PAT", make: adoPat },
  { id: "gitea", group: "devtools", provider: "Gitea access token", env: "GITEA_TOKEN", make: (g) => g.h(40), header: "Authorization: token" },
  { id: "circle-pat", group: "devtools", provider: "CircleCI personal API token", env: "CIRCLE_TOKEN", make: (g) => j("CCI", "PAT_") + g.a(22) + "_" + g.h(40), header: "Circle-Token:" },
  { id: "circle-proj", group: "devtools", provider: "CircleCI project API token", env: "CIRCLECI_PROJECT_TOKEN", make: (g) => g.h(40), header: "Circle-Token:" },
  { id: "travis", group: "devtools", provider: "Travis CI API token", env: "TRAVIS_API_TOKEN", make: (g) => g.bu(22), header: "Authorization: token" },
  { id: "bk-api", group: "devtools", provider: "Buildkite API access token", env: "BUILDKITE_API_TOKEN", make: (g) => j("bk", "ua_") + g.h(40) },
  { id: "jenkins", group: "devtools", provider: "Jenkins API token", env: "JENKINS_API_TOKEN", make: (g) => "11" + g.h(32), shape: "pw", user: "release-bot" },
  { id: "teamcity", group: "devtools", provider: "TeamCity access token", env: "TEAMCITY_TOKEN", make: (g) => j("eyJ0eXAiOiAi", "VENWMiJ9") + "." + g.bu(36) + "." + g.bu(48) },
  { id: "bitrise", group: "devtools", provider: "Bitrise personal access token", env: "BITRISE_ACCESS_TOKEN", make: (g) => g.bu(86) },
  { id: "codemagic", group: "devtools", provider: "Codemagic API token", env: "CM_API_TOKEN", make: (g) => g.bu(43), header: "x-auth-token:" },
  { id: "harness", group: "devtools", provider: "Harness personal access token", env: "HARNESS_API_KEY", make: (g) => j("pa", "t.") + g.bu(22) + "." + g.h(24) + "." + g.a(20), header: "x-api-key:" },
  { id: "octopus", group: "devtools", provider: "Octopus Deploy API key", env: "OCTOPUS_API_KEY", make: (g) => j("AP", "I-") + g.u(30), header: "X-Octopus-ApiKey:" },
  { id: "argocd", group: "devtools", provider: "Argo CD API token (JWT)", env: "ARGOCD_AUTH_TOKEN", make: (g) => g.jwt({ alg: "HS256", typ: "JWT" }, { iss: "argocd", sub: "release-bot:apiKey", nbf: g.ts(), iat: g.ts(), jti: g.uuid() }) },
  { id: "tfc", group: "devtools", provider: "HCP Terraform API token", env: "TF_API_TOKEN", make: (g) => g.a(14) + j(".atl", "asv1.") + g.a(67) },
  { id: "pulumi", group: "devtools", provider: "Pulumi access token", env: "PULUMI_ACCESS_TOKEN", make: (g) => j("pu", "l-") + g.h(40) },
  { id: "vault", group: "devtools", provider: "HashiCorp Vault service token", env: "VAULT_TOKEN", make: (g) => j("hv", "s.") + "CAESI" + g.bu(85), header: "X-Vault-Token:" },
  { id: "doppler", group: "devtools", provider: "Doppler service token", env: "DOPPLER_TOKEN", make: (g) => j("dp.", "st.prd.") + g.a(40) },
  { id: "op-sa", group: "devtools", provider: "1Password service account token", env: "OP_SERVICE_ACCOUNT_TOKEN", make: (g) => j("op", "s_") + b64u(JSON.stringify({ signInAddress: "my.1password.com", userAuth: { method: "SRPg-4096", alg: "PBES2g-HS256", iterations: 650000, salt: g.bu(22) }, email: `${g.l(13)}@1passwordserviceaccounts.com`, srpX: g.h(64), muk: { alg: "A256GCM", ext: true, k: g.bu(43), key_ops: ["encrypt", "decrypt"], kty: "oct", kid: "mp" }, secretKey: `A3-${g.u(6)}-${g.u(6)}-${g.u(5)}-${g.u(5)}-${g.u(5)}-${g.u(5)}`, deviceUuid: g.str(26, B32L) })) },
  { id: "infisical", group: "devtools", provider: "Infisical service token", env: "INFISICAL_TOKEN", make: (g) => "st." + g.uuid() + "." + g.h(32) + "." + g.h(32) },
  // ---- quality, test, docs, supply-chain scanners ----
  { id: "sentry-org", group: "devtools", provider: "Sentry organization auth token (release upload)", env: "SENTRY_AUTH_TOKEN", make: (g) => j("sntr", "ys_") + b64(JSON.stringify({ iat: g.ts() + 0.261236, url: "https://sentry.io", region_url: "https://us.sentry.io", org: g.pick(["acme", "northwind", "lumen-dev"]) })).replace(/=+$/, "") + "_" + g.b(43) },
  { id: "codecov", group: "devtools", provider: "Codecov upload token", env: "CODECOV_TOKEN", make: (g) => g.uuid() },
  { id: "codeclimate", group: "devtools", provider: "Code Climate test reporter id", env: "CC_TEST_REPORTER_ID", make: (g) => g.h(64), shape: "sec" },
  { id: "sonarqube", group: "devtools", provider: "SonarQube user token", env: "SONAR_TOKEN", make: (g) => j("sq", "u_") + g.h(40) },
  { id: "snyk", group: "devtools", provider: "Snyk API token", env: "SNYK_TOKEN", make: (g) => g.uuid(), header: "Authorization: token" },
  { id: "semgrep", group: "devtools", provider: "Semgrep App token", env: "SEMGREP_APP_TOKEN", make: (g) => g.h(64) },
  { id: "fossa", group: "devtools", provider: "FOSSA API key", env: "FOSSA_API_KEY", make: (g) => g.h(32) },
  { id: "dtrack", group: "devtools", provider: "OWASP Dependency-Track API key", env: "DTRACK_API_KEY", make: (g) => j("od", "t_") + g.a(32), header: "X-Api-Key:" },
  { id: "socket", group: "devtools", provider: "Socket.dev API key", env: "SOCKET_SECURITY_API_KEY", make: (g) => j("skt", "sec_") + g.a(40) + "_api" },
  { id: "veracode", group: "devtools", provider: "Veracode API secret key", env: "VERACODE_API_KEY_SECRET", make: (g) => g.h(128), shape: "sec" },
  { id: "ossindex", group: "devtools", provider: "Sonatype OSS Index API token", env: "OSS_INDEX_TOKEN", make: (g) => g.h(40), shape: "pw", user: "release@example.com" },
  { id: "percy", group: "devtools", provider: "Percy project token", env: "PERCY_TOKEN", make: (g) => j("we", "b_") + g.h(64) },
  { id: "chromatic", group: "devtools", provider: "Chromatic project token", env: "CHROMATIC_PROJECT_TOKEN", make: (g) => j("ch", "pt_") + g.h(14) },
  { id: "cypress", group: "devtools", provider: "Cypress Cloud record key", env: "CYPRESS_RECORD_KEY", make: (g) => g.uuid() },
  { id: "browserstack", group: "devtools", provider: "BrowserStack access key", env: "BROWSERSTACK_ACCESS_KEY", make: (g) => g.a(20), shape: "pw", user: "releasebot_Xk3p9a" },
  { id: "netlify", group: "devtools", provider: "Netlify personal access token", env: "NETLIFY_AUTH_TOKEN", make: (g) => j("nf", "p_") + g.a(36) },
  { id: "vercel", group: "devtools", provider: "Vercel access token", env: "VERCEL_TOKEN", make: (g) => g.a(24) },
  { id: "rtd", group: "devtools", provider: "Read the Docs API token", env: "READTHEDOCS_TOKEN", make: (g) => g.h(40), header: "Authorization: Token" },
  { id: "gitbook", group: "devtools", provider: "GitBook API token", env: "GITBOOK_API_TOKEN", make: (g) => j("gb_", "api_") + g.a(40) },
  { id: "readme", group: "devtools", provider: "ReadMe API key", env: "README_API_KEY", make: (g) => j("rd", "me_") + g.str(70, LALNUM) },
  { id: "match-basic", group: "devtools", provider: "fastlane match git basic authorization (base64 user:PAT)", env: "MATCH_GIT_BASIC_AUTHORIZATION", make: (g) => b64(`release-bot:${ghPat(g)}`), shape: "sec" },
  // ---- signing passphrases and secrets (keys group) ----
  { id: "cosign-pw", group: "keys", provider: "cosign key password", env: "COSIGN_PASSWORD", make: (g) => g.a(12) + "-" + g.a(12), shape: "sec" },
  { id: "gpg-pass", group: "keys", provider: "GPG signing key passphrase", env: "GPG_PASSPHRASE", make: (g) => g.pick(["marble", "cobalt", "thistle", "quarry"]) + "-" + g.a(10) + "-" + g.d(4), shape: "sec" },
  { id: "maven-gpg", group: "keys", provider: "Maven GPG passphrase", env: "MAVEN_GPG_PASSPHRASE", make: (g) => g.a(24), shape: "sec" },
  { id: "gradle-signing-pw", group: "keys", provider: "Gradle in-memory signing key password", env: "ORG_GRADLE_PROJECT_signingInMemoryKeyPassword", make: (g) => g.a(20), shape: "sec" },
  { id: "android-store", group: "keys", provider: "Android upload keystore password", env: "ANDROID_KEYSTORE_PASSWORD", make: (g) => g.a(16), shape: "sec" },
  { id: "android-key", group: "keys", provider: "Android signing key password", env: "ANDROID_KEY_PASSWORD", make: (g) => g.a(10) + g.pick(["!", "#", "_"]) + g.d(4), shape: "sec" },
  { id: "csc-pw", group: "keys", provider: "electron-builder code-signing certificate password", env: "CSC_KEY_PASSWORD", make: (g) => g.a(18), shape: "sec" },
  { id: "win-pfx-pw", group: "keys", provider: "Authenticode PFX password", env: "WINDOWS_CERTIFICATE_PASSWORD", make: (g) => g.a(12) + g.pick(["$", "%", "&"]) + g.a(6), shape: "sec" },
  { id: "keylocker", group: "keys", provider: "DigiCert KeyLocker API key", env: "SM_API_KEY", make: (g) => g.h(32) + "_" + g.h(64), shape: "sec" },
  { id: "esigner-totp", group: "keys", provider: "SSL.com eSigner TOTP secret", env: "ES_TOTP_SECRET", make: (g) => g.b(43) + "=", shape: "sec" },
  { id: "signpath", group: "keys", provider: "SignPath CI user API token", env: "SIGNPATH_API_TOKEN", make: (g) => g.b(44), shape: "sec" },
  { id: "sparkle", group: "keys", provider: "Sparkle EdDSA private key", env: "SPARKLE_PRIVATE_KEY", make: (g) => g.rb64(32), shape: "sec" },
  { id: "age", group: "keys", provider: "age secret key for SOPS", env: "SOPS_AGE_KEY", make: (g) => j("AGE-SEC", "RET-KEY-1") + g.str(58, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L"), shape: "sec" },
  { id: "tauri-pw", group: "keys", provider: "Tauri updater signing key password", env: "TAURI_SIGNING_PRIVATE_KEY_PASSWORD", make: (g) => g.a(22), shape: "sec" },
  { id: "apple-asp", group: "keys", provider: "Apple ID app-specific password for notarization", env: "APPLE_APP_SPECIFIC_PASSWORD", make: (g) => [g.str(4, "abcdefghijklmnopqrstuvwxyz"), g.str(4, "abcdefghijklmnopqrstuvwxyz"), g.str(4, "abcdefghijklmnopqrstuvwxyz"), g.str(4, "abcdefghijklmnopqrstuvwxyz")].join("-"), shape: "sec" },
  { id: "match-pw", group: "keys", provider: "fastlane match encryption password", env: "MATCH_PASSWORD", make: (g) => g.a(28), shape: "sec" },
  { id: "minisign-pw", group: "keys", provider: "minisign secret key password", env: "MINISIGN_PASSWORD", make: (g) => g.a(20), shape: "sec" },
  { id: "azure-sign-secret", group: "keys", provider: "Azure Trusted Signing service principal client secret", env: "AZURE_CLIENT_SECRET", make: (g) => g.a(3) + j("8", "Q~") + g.str(34, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_~.-"), shape: "sec" },
];

export const cases: CorpusCase[] = buildRotated({ g, specs, prefix: "y135-r" });
