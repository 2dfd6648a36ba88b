// GitHub and GitLab tokens in the places agents actually leak them.
import { builder, checksummedToken, Rng, ALNUM, DIGITS, UPPER, B64URL } from "./_gen.ts";

const r = new Rng(0x5ec0001);
const { cases, pos } = builder({ category: "vcs-tokens", expect: "secrets" });
export { cases };

const gh = (p: string) => checksummedToken(r, "gh" + p + "_");
const fineGrained = () => "github" + "_pat_" + "11" + r.str(20, UPPER + DIGITS) + "_" + r.alnum(59);

// ---- GitHub classic PAT (ghp_)
pos("gh-ghp-env", "github classic PAT in .env", `# local dev\nNODE_ENV=development\nGITHUB_TOKEN=${gh("p")}\nLOG_LEVEL=debug\n`);
pos("gh-ghp-curl", "github classic PAT in curl Authorization header", `curl -sS -H "Authorization: token ${gh("p")}" \\\n  -H "Accept: application/vnd.github+json" \\\n  https://api.github.com/repos/acme/infra/issues?state=open`);
pos("gh-ghp-remote-url", "github PAT embedded in git remote URL", `$ git remote -v\norigin\thttps://build-bot:${gh("p")}@github.com/acme/payments-service.git (fetch)\norigin\thttps://build-bot:${gh("p")}@github.com/acme/payments-service.git (push)`);
pos("gh-ghp-python", "github PAT hardcoded in Python", `import requests\n\nGH_TOKEN = "${gh("p")}"\n\ndef list_prs(repo: str):\n    r = requests.get(f"https://api.github.com/repos/{repo}/pulls",\n                     headers={"Authorization": f"Bearer {GH_TOKEN}"})\n    r.raise_for_status()\n    return r.json()\n`);
pos("gh-ghp-chat", "github PAT pasted in chat to the agent", `here's my token so you can push the branch for me: ${gh("p")} — please don't commit it lol`);
pos("gh-ghp-diff", "github PAT added in a git diff hunk", `diff --git a/scripts/release.sh b/scripts/release.sh\nindex 3f2a1c9..8b7d0e4 100755\n--- a/scripts/release.sh\n+++ b/scripts/release.sh\n@@ -4,6 +4,7 @@ set -euo pipefail\n VERSION=$(jq -r .version package.json)\n+export GH_TOKEN=${gh("p")}\n gh release create "v$VERSION" dist/*.tgz --notes-file CHANGELOG.md\n`);
pos("gh-ghp-npmrc", "github PAT in .npmrc for GitHub Packages", `@acme:registry=https://npm.pkg.github.com\n//npm.pkg.github.com/:_authToken=${gh("p")}\nalways-auth=true\n`);
pos("gh-ghp-json-body", "github PAT in a JSON tool-call body", JSON.stringify({ tool: "http_request", args: { method: "POST", url: "https://api.github.com/repos/acme/web/dispatches", headers: { Authorization: "token " + gh("p") }, body: { event_type: "deploy" } } }, null, 2));
pos("gh-ghp-docker", "github PAT as docker build-arg", `docker build --build-arg GITHUB_TOKEN=${gh("p")} -t ghcr.io/acme/api:latest .`);
pos("gh-ghp-log", "github PAT in a CI log line", `2024-05-14T09:12:44.118Z [info] cloning with credentials helper token=${gh("p")} repo=acme/monorepo depth=1`);

// ---- GitHub fine-grained PAT
pos("gh-fg-env", "github fine-grained PAT in shell export", `export GITHUB_PAT="${fineGrained()}"\ngh auth status`);
pos("gh-fg-yaml", "github fine-grained PAT in a YAML config", `renovate:\n  platform: github\n  endpoint: https://api.github.com/\n  token: ${fineGrained()}\n  autodiscover: false\n`);
pos("gh-fg-go", "github fine-grained PAT in Go source", `package main\n\nimport (\n\t"context"\n\t"github.com/google/go-github/v60/github"\n)\n\nfunc client() *github.Client {\n\treturn github.NewClient(nil).WithAuthToken("${fineGrained()}")\n}\n\nvar _ = context.Background\n`);
pos("gh-fg-http", "github fine-grained PAT in raw HTTP request", `GET /user/repos?per_page=100 HTTP/1.1\r\nHost: api.github.com\r\nUser-Agent: agent/1.0\r\nAuthorization: Bearer ${fineGrained()}\r\nAccept: application/vnd.github+json\r\n\r\n`);

// ---- GitHub OAuth / app / refresh tokens
pos("gh-gho-json", "github OAuth access token in token response JSON", JSON.stringify({ access_token: gh("o"), token_type: "bearer", scope: "repo,gist" }));
pos("gh-gho-hosts", "github OAuth token in gh CLI hosts.yml", `github.com:\n    user: octo-dev\n    oauth_token: ${gh("o")}\n    git_protocol: https\n`);
pos("gh-ghu-js", "github app user-to-server token in JS", `const octokit = new Octokit({\n  auth: '${gh("u")}',\n  userAgent: 'acme-triage-bot v1.2.0',\n});\n`);
pos("gh-ghs-actions-log", "github app installation token in a leaked Actions log", `Run actions/checkout@v4\n  with:\n    repository: acme/deploy-config\n    token: ${gh("s")}\n    ssh-strict: true\n    persist-credentials: true`);
pos("gh-ghs-terraform", "github app installation token in Terraform provider", `provider "github" {\n  owner = "acme"\n  token = "${gh("s")}"\n}\n`);
pos("gh-ghr-json", "github refresh token in OAuth refresh response", `{"access_token":"${gh("u")}","expires_in":28800,"refresh_token":"${gh("r")}","refresh_token_expires_in":15811200,"token_type":"bearer","scope":""}`);
pos("gh-ghr-sqlite-dump", "github refresh token in a sqlite dump line", `INSERT INTO oauth_tokens (provider, user_id, refresh_token) VALUES ('github', 4821, '${gh("r")}');`);

// ---- GitLab
const glpat = () => "gl" + "pat-" + r.str(20, ALNUM + "_-");
const glpatRoutable = () => "gl" + "pat-" + r.str(27, B64URL) + ".01." + r.str(9, ALNUM.toLowerCase());
pos("gl-glpat-env", "gitlab PAT in .env", `GITLAB_URL=https://gitlab.example.com\nGITLAB_TOKEN=${glpat()}\nPROJECT_ID=4412\n`);
pos("gl-glpat-curl", "gitlab PAT in PRIVATE-TOKEN header", `curl --header "PRIVATE-TOKEN: ${glpat()}" "https://gitlab.com/api/v4/projects/4412/merge_requests?state=opened"`);
pos("gl-glpat-clone", "gitlab PAT in clone URL", `git clone https://oauth2:${glpat()}@gitlab.com/acme/platform/terraform-modules.git`);
pos("gl-glpat-routable", "gitlab routable PAT (new format) in python-gitlab config", `[global]\ndefault = work\n\n[work]\nurl = https://gitlab.com\nprivate_token = ${glpatRoutable()}\napi_version = 4\n`);
pos("gl-gldt", "gitlab deploy token in docker login", `echo "${"gl" + "dt-" + r.str(20, ALNUM + "_-")}" | docker login registry.gitlab.com -u gitlab+deploy-token-118 --password-stdin`);
pos("gl-glrt", "gitlab runner authentication token in config.toml", `concurrent = 4\n\n[[runners]]\n  name = "k8s-runner-01"\n  url = "https://gitlab.com"\n  token = "${"gl" + "rt-" + r.str(20, ALNUM + "_-")}"\n  executor = "kubernetes"\n`);
pos("gl-glptt", "gitlab pipeline trigger token in curl", `curl -X POST --fail -F token=${"gl" + "ptt-" + r.hex(40)} -F ref=main https://gitlab.com/api/v4/projects/4412/trigger/pipeline`);
pos("gl-glft", "gitlab feed token in RSS URL", `Subscribe in your reader: https://gitlab.com/dashboard/issues.atom?feed_token=${"gl" + "ft-" + r.str(20, ALNUM + "_-")}&state=opened`);
pos("gl-glcbt", "gitlab CI job token (glcbt) in a job log", `$ echo "using job token"\nCI_JOB_TOKEN=${"gl" + "cbt-" + r.str(2, DIGITS) + "_" + r.str(20, ALNUM + "_-")}\n$ curl --header "JOB-TOKEN: $CI_JOB_TOKEN" ...`);
pos("gl-gloas", "gitlab OAuth application secret in JSON config", JSON.stringify({ gitlab: { application_id: r.hex(64), secret: "gl" + "oas-" + r.hex(64), callback: "https://app.acme.dev/auth/gitlab/callback" } }, null, 2));
pos("gl-glagent", "gitlab agent for Kubernetes token in helm install", `helm upgrade --install acme-agent gitlab/gitlab-agent \\\n  --namespace gitlab-agent --create-namespace \\\n  --set config.token=${"gl" + "agent-" + r.str(50, ALNUM + "_-")} \\\n  --set config.kasAddress=wss://kas.gitlab.com`);
pos("gl-glpat-yaml-ci", "gitlab PAT hardcoded in .gitlab-ci.yml", `release:\n  stage: deploy\n  variables:\n    GL_TOKEN: "${glpat()}"\n  script:\n    - npx semantic-release\n`);
pos("gl-runner-reg", "gitlab legacy runner registration token", `gitlab-runner register --non-interactive --url https://gitlab.com/ --registration-token ${"GR1348" + "941" + r.str(20, ALNUM + "_-")} --executor docker --docker-image alpine:3.19`);
pos("gl-glsoat", "gitlab SCIM OAuth token in IdP config", `SCIM Base URL: https://gitlab.com/api/scim/v2/groups/acme\nToken: ${"gl" + "soat-" + r.str(20, ALNUM + "_-")}`);
