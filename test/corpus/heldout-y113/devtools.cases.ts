// heldout-y113 / devtools: source hosting, package registry, CI/CD and developer platform tokens
// leaking through CI logs, debug dumps and tool output.
import type { CorpusCase } from "../types.ts";
import { Gen, buildRotated, basic, mkReq, form, hand, b64, type Spec } from "./_gen.ts";

const g = new Gen(0x113a6);
const bearer = { header: "Authorization", scheme: "Bearer " };
const ghp = (g: Gen) => g.j("gh", "p_", g.a(36));

const specs: Spec[] = [
  { provider: "GitHub classic personal access token", env: "GH_TOKEN", header: "Authorization", scheme: "token ", host: "git.example.com", path: "/api/v3/repos/acme/api/releases", method: "POST", make: ghp, times: 2 },
  { provider: "GitHub fine-grained personal access token", env: "GITHUB_PAT", ...bearer, host: "git.example.com", path: "/api/v3/user/repos", make: (g) => g.j("github", "_pat_", "11", g.up(20), "_", g.a(59)) },
  { provider: "GitHub App installation token", env: "GH_APP_TOKEN", ...bearer, host: "git.example.com", path: "/api/v3/repos/acme/infra/dispatches", method: "POST", make: (g) => g.j("gh", "s_", g.a(36)) },
  { provider: "GitHub OAuth access token", env: "GITHUB_OAUTH_TOKEN", ...bearer, host: "git.example.com", path: "/api/v3/user", make: (g) => g.j("gh", "o_", g.a(36)) },
  { provider: "GitLab personal access token", env: "GITLAB_TOKEN", header: "PRIVATE-TOKEN", host: "gitlab.example.com", path: "/api/v4/projects/412/merge_requests", make: (g) => g.j("gl", "pat-", g.u(20)) },
  { provider: "GitLab runner authentication token", env: "RUNNER_TOKEN", envOnly: true, make: (g) => g.j("gl", "rt-", g.u(20)), extra: () => [["CI_SERVER_URL", "https://gitlab.example.com"]] },
  {
    provider: "GitLab pipeline trigger token", env: "TRIGGER_TOKEN", make: (g) => g.j("gl", "ptt-", g.h(40)),
    req: (g, v) => mkReq("POST", "gitlab.example.com", `/api/v4/projects/${g.range(10, 900)}/trigger/pipeline`, [], form({ token: v, ref: "main" }), undefined, "application/x-www-form-urlencoded"),
  },
  { provider: "npm automation token", env: "NPM_TOKEN", ...bearer, host: "registry.example.com", path: "/-/whoami", make: (g) => g.j("np", "m_", g.a(36)) },
  {
    provider: "PyPI API token (twine basic auth)", env: "TWINE_PASSWORD", make: (g) => g.j("pypi-", "AgEIcHlwaS5vcmc", g.u(150)),
    extra: () => [["TWINE_USERNAME", "__token__"]],
    req: (g, v) => mkReq("POST", "upload.pypi.example.org", "/legacy/", [["Authorization", basic("__token__", v)]]),
  },
  {
    provider: "Docker Hub personal access token", env: "DOCKERHUB_TOKEN", make: (g) => g.j("dckr", "_pat_", g.u(27)),
    extra: () => [["DOCKERHUB_USERNAME", "acmebuild"]],
    req: (g, v) => mkReq("POST", "hub.example.com", "/v2/users/login", [], JSON.stringify({ username: "acmebuild", password: v })),
  },
  {
    provider: "Bitbucket app password (basic auth)", env: "BITBUCKET_APP_PASSWORD", make: (g) => g.j("AT", "BB", g.a(32), g.hu(8)),
    req: (g, v) => mkReq("GET", "bitbucket.example.org", "/2.0/repositories/acme", [["Authorization", basic("acme-ci", v)]]),
  },
  { provider: "CircleCI personal API token", env: "CIRCLE_TOKEN", header: "Circle-Token", path: "/api/v2/me", make: (g) => g.j("CCI", "PAT_", g.a(22), "_", g.h(40)) },
  { provider: "Buildkite API access token", env: "BUILDKITE_API_TOKEN", ...bearer, path: "/v2/organizations/acme/pipelines", make: (g) => g.j("bk", "ua_", g.h(40)) },
  { provider: "Codecov upload token", env: "CODECOV_TOKEN", header: "Authorization", scheme: "token ", path: "/upload/v4", method: "POST", make: (g) => g.uuid() },
  { provider: "Snyk API token", env: "SNYK_TOKEN", header: "Authorization", scheme: "token ", path: "/rest/orgs", make: (g) => g.uuid() },
  { provider: "SonarQube user token", env: "SONAR_TOKEN", ...bearer, host: "sonar.example.com", path: "/api/qualitygates/project_status", make: (g) => g.j("sq", "u_", g.h(40)) },
  {
    provider: "Jenkins API token (basic auth)", env: "JENKINS_API_TOKEN", make: (g) => g.j("11", g.h(32)),
    extra: () => [["JENKINS_USER", "release-bot"]],
    req: (g, v) => mkReq("POST", "jenkins.example.com", "/job/deploy-prod/buildWithParameters", [["Authorization", basic("release-bot", v)]], form({ VERSION: "2.14.0" }), undefined, "application/x-www-form-urlencoded"),
  },
  { provider: "JFrog Artifactory access token", env: "JFROG_ACCESS_TOKEN", ...bearer, host: "acme.jfrog.example.com", path: "/artifactory/api/repositories", make: (g) => g.j("cmVmdGtu", "OjAxOjE3", g.a(48)) },
  { provider: "JFrog Artifactory API key", env: "ARTIFACTORY_API_KEY", header: "X-JFrog-Art-Api", host: "acme.jfrog.example.com", path: "/artifactory/api/storage/libs-release", make: (g) => g.j("AK", "Cp", g.a(69)) },
  { provider: "RubyGems API key", env: "GEM_HOST_API_KEY", header: "Authorization", path: "/api/v1/gems", method: "POST", make: (g) => g.j("rubygems", "_", g.h(48)) },
  { provider: "NuGet API key", env: "NUGET_API_KEY", header: "X-NuGet-ApiKey", path: "/api/v2/package", method: "PUT", make: (g) => g.j("oy", "2", g.lo(43)) },
  { provider: "crates.io API token", env: "CARGO_REGISTRY_TOKEN", header: "Authorization", path: "/api/v1/crates/new", method: "PUT", make: (g) => g.j("ci", "o", g.a(32)) },
  {
    provider: "Azure DevOps personal access token (basic auth)", env: "AZURE_DEVOPS_EXT_PAT", make: (g) => g.str(52, "abcdefghijklmnopqrstuvwxyz234567"),
    req: (g, v) => mkReq("GET", "dev.example.com", "/acme/_apis/build/builds", [["Authorization", "Basic " + b64(":" + v)]], [["api-version", "7.1"]]),
  },
  { provider: "Terraform Cloud user token", env: "TFE_TOKEN", ...bearer, host: "tfc.example.com", path: "/api/v2/organizations/acme/workspaces", make: (g) => g.j(g.a(14), ".atlas", "v1.", g.a(67)) },
  { provider: "Postman API key", env: "POSTMAN_API_KEY", header: "X-Api-Key", path: "/collections", make: (g) => g.j("PM", "AK-", g.h(24), "-", g.h(34)) },
  { provider: "Expo access token", env: "EXPO_TOKEN", envOnly: true, make: (g) => g.u(40) },
  { provider: "Supabase management access token", env: "SUPABASE_ACCESS_TOKEN", ...bearer, path: "/v1/projects", make: (g) => g.j("sb", "p_", g.h(40)) },
];

const cases: CorpusCase[] = buildRotated(g, specs, { short: "dev", group: "devtools", start: 5 });
let n = cases.length;
const id = () => `y113-dev-${String(++n).padStart(3, "0")}`;

{
  const tok = g.j("gh", "s_", g.a(36));
  const k = g.clock();
  const L = (s: string) => `${k.tick(g.range(2, 200)).iso(7)} ${s}`;
  cases.push(hand(g, id(), "devtools", [
    L("##[group]Run git clone --depth 1 \"https://x-access-token:${APP_TOKEN}@git.example.com/acme/deploy-config.git\""),
    L("##[endgroup]"),
    L(`+ git clone --depth 1 https://x-access-token:${tok}@git.example.com/acme/deploy-config.git`),
    L("Cloning into 'deploy-config'..."),
    L("remote: Repository not found."),
    L(`fatal: repository 'https://x-access-token:${tok}@git.example.com/acme/deploy-config.git/' not found`),
    L("##[error]Process completed with exit code 128."),
  ].join("\n"), "GitHub App installation token; slot userinfo of git clone URL; context: GitHub Actions set -x trace", 3));
}
{
  const tok = g.j("np", "m_", g.a(36));
  cases.push(hand(g, id(), "devtools", [
    "0 verbose cli /usr/local/bin/node /usr/local/bin/npm",
    "1 info using npm@10.5.0",
    "2 info using node@v20.12.2",
    "3 silly config load:file:/app/.npmrc",
    "4 verbose config:",
    "4 verbose config: ; \"project\" config from /app/.npmrc",
    "4 verbose config: @acme:registry = \"https://npm.pkg.example.com/\"",
    `4 verbose config: //registry.npmjs.org/:_authToken = "${tok}"`,
    "5 http fetch GET 401 https://registry.npmjs.org/@acme%2fui-kit 512ms (cache skip)",
    "6 verbose stack HttpErrorGeneral: 401 Unauthorized - GET https://registry.npmjs.org/@acme%2fui-kit",
    "7 error code E401",
  ].join("\n"), "npm token; slot .npmrc //registry.npmjs.org/:_authToken; context: npm debug log (config dump)", 6));
}
{
  const auth = b64(`acmebuild:${g.j("dckr", "_pat_", g.u(27))}`);
  cases.push(hand(g, id(), "devtools", [
    "[Pipeline] sh",
    "+ cat /home/jenkins/.docker/config.json",
    "{",
    "\t\"auths\": {",
    "\t\t\"https://index.docker.io/v1/\": {",
    `\t\t\t"auth": "${auth}"`,
    "\t\t}",
    "\t}",
    "}",
    "+ docker push acme/api:2.14.0",
    "denied: requested access to the resource is denied",
  ].join("\n"), "Docker Hub PAT; slot docker config.json auths[].auth (base64 user:token); context: Jenkins console cat", 9));
}
{
  const tok = g.j("gl", "pat-", g.u(20));
  cases.push(hand(g, id(), "devtools", [
    "Running with gitlab-runner 17.0.0 (44feccdf)",
    "$ git remote -v",
    `origin\thttps://oauth2:${tok}@gitlab.example.com/acme/platform.git (fetch)`,
    `origin\thttps://oauth2:${tok}@gitlab.example.com/acme/platform.git (push)`,
    "$ git push origin HEAD:refs/heads/release/2.14",
    "remote: HTTP Basic: Access denied. The provided password or token is incorrect or your account has 2FA enabled",
    "ERROR: Job failed: exit code 1",
  ].join("\n"), "GitLab PAT; slot git remote URL userinfo; context: GitLab CI job log (git remote -v)", 11));
}

export { cases };
