// Package-registry and container-registry credentials: npm, PyPI, Docker Hub.
import { builder, checksummedToken, Rng, B64URL, LOWER, DIGITS } from "./_gen.ts";

const r = new Rng(0x5ec0005);
const { cases, pos } = builder({ category: "registry-tokens", expect: "secrets" });
export { cases };

const npm = () => checksummedToken(r, "np" + "m_");
const pypi = () => "py" + "pi-" + "AgEIcHlwaS5vcmc" + "CJ" + r.str(168, B64URL);
const testpypi = () => "py" + "pi-" + "AgENdGVzdC5weXBpLm9yZw" + "IC" + r.str(160, B64URL);
const dckr = () => "dck" + "r_pat_" + r.str(27, B64URL);

// ---- npm
pos("npm-npmrc", "npm granular token in ~/.npmrc", `//registry.npmjs.org/:_authToken=${npm()}\nfund=false\n`);
pos("npm-ci-yaml", "npm token hardcoded in CI workflow", `      - run: npm publish --access public\n        env:\n          NODE_AUTH_TOKEN: ${npm()}\n`);
pos("npm-echo", "npm token echoed into .npmrc in a Dockerfile", `FROM node:20-alpine\nWORKDIR /app\nCOPY package*.json ./\nRUN echo "//registry.npmjs.org/:_authToken=${npm()}" > .npmrc && npm ci && rm .npmrc\n`);
pos("npm-legacy-uuid", "npm legacy token (uuid) in .npmrc", `registry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken=${r.uuid()}\n`);
pos("npm-auth-basic", "npm _auth base64 user:password in .npmrc for private registry", `registry=https://nexus.acme.internal/repository/npm-group/\n_auth=${Buffer.from("ci-publisher:" + r.password()).toString("base64")}\nemail=ci@acme.io\nalways-auth=true\n`);
pos("npm-chat", "npm token in chat", `publish is failing with E401, token is ${npm()}, can you check the scope?`);
pos("npm-yarnrc", "npm token in .yarnrc.yml", `npmRegistries:\n  "https://registry.npmjs.org":\n    npmAlwaysAuth: true\n    npmAuthToken: ${npm()}\n`);

// ---- PyPI
pos("pypi-pypirc", "pypi API token in ~/.pypirc", `[distutils]\nindex-servers =\n    pypi\n\n[pypi]\nusername = __token__\npassword = ${pypi()}\n`);
pos("pypi-twine", "pypi token on twine command line", `twine upload --non-interactive -u __token__ -p ${pypi()} dist/*`);
pos("pypi-env", "pypi token in env for uv/poetry", `UV_PUBLISH_TOKEN=${pypi()}\nPOETRY_PYPI_TOKEN_PYPI=${pypi()}\n`);
pos("pypi-test", "testpypi token in pypirc", `[testpypi]\nrepository = https://test.pypi.org/legacy/\nusername = __token__\npassword = ${testpypi()}\n`);
pos("pypi-gha", "pypi token hardcoded in a workflow", `      - name: Publish\n        uses: pypa/gh-action-pypi-publish@release/v1\n        with:\n          password: ${pypi()}\n`);

// ---- Docker Hub / registries
pos("docker-pat-login", "docker hub PAT in docker login", `echo ${dckr()} | docker login -u acmebuild --password-stdin\nLogin Succeeded`);
pos("docker-pat-env", "docker hub PAT in env", `DOCKERHUB_USERNAME=acmebuild\nDOCKERHUB_TOKEN=${dckr()}\n`);
pos("docker-pat-yaml", "docker hub PAT in GH Actions login step", `      - uses: docker/login-action@v3\n        with:\n          username: acmebuild\n          password: ${dckr()}\n`);
pos("docker-config-json", "docker config.json auths with base64 user:password", JSON.stringify({ auths: { "https://index.docker.io/v1/": { auth: Buffer.from("acmebuild:" + dckr()).toString("base64") }, "registry.acme.io": { auth: Buffer.from("deploy:" + r.password()).toString("base64") } } }, null, "\t"));
pos("docker-oat", "docker organization access token", `DOCKER_ORG_TOKEN=${"dck" + "r_oat_" + r.str(32, B64URL)}`);
pos("ghcr-login", "ghcr login with password on the command line", `docker login ghcr.io -u acme-ci -p ${checksummedToken(r, "gh" + "p_")}`);
pos("k8s-dockerconfigjson", "kubernetes imagePullSecret with dockerconfigjson", `apiVersion: v1\nkind: Secret\nmetadata:\n  name: regcred\ntype: kubernetes.io/dockerconfigjson\ndata:\n  .dockerconfigjson: ${Buffer.from(JSON.stringify({ auths: { "registry.acme.io": { username: "robot$ci", password: r.str(32, LOWER + DIGITS + "ABCDEFGHIJ"), auth: Buffer.from("robot$ci:" + r.alnum(32)).toString("base64") } } })).toString("base64")}\n`);
