// Benign look-alikes that need random parts: identifiers, hashes, integrity strings, images,
// public keys, numbers that fail Luhn / mod-97 / SSN rules, wordlist runs with bad checksums.
import {
  builder, Rng, ALNUM, B64, B64URL, DIGITS, UPPER, LOWER, HEX,
  luhnValid, cardInvalid, groupCard, iban, ibanValid, groupIban, mnemonicInvalid, WORDS, hasValidWindow,
  sshPublic, pemArmor, pgpBlock, xpub, wrap,
} from "./_gen.ts";

const r = new Rng(0x5ec0b01);
const { cases, ben } = builder({ category: "uuids" });
export { cases };

const sha1 = () => r.hex(40);
const sha256hex = () => r.hex(64);
const sri = (n = 64) => Buffer.from(r.bytes(n)).toString("base64");
/** A digit string of `len` that fails Luhn (so it cannot be a card number). */
const nonLuhn = (len: number, prefix = "") => {
  for (;;) {
    const s = prefix + r.str(len - prefix.length, DIGITS);
    if (!luhnValid(s) && s[0] !== "0") return s;
  }
};

// ================================================================ uuids
{
  const U = "uuids";
  ben("uuid-log-request-ids", "request ids in an access log", Array.from({ length: 5 }, () => `2024-05-02T10:11:${r.range(10, 59)}Z INFO http method=GET path=/api/items status=200 request_id=${r.uuid()} dur_ms=${r.range(3, 90)}`).join("\n"), U);
  ben("uuid-json-ids", "uuid primary keys in an API response", JSON.stringify({ items: Array.from({ length: 4 }, (_, i) => ({ id: r.uuid(), name: `item-${i}`, owner_id: r.uuid() })) }, null, 2), U);
  ben("uuid-k8s-uid", "kubernetes object metadata uid", `metadata:\n  name: api-7c9d8b6f5-x2kqp\n  namespace: prod\n  uid: ${r.uuid()}\n  resourceVersion: "${r.digits(8)}"\n  ownerReferences:\n  - apiVersion: apps/v1\n    kind: ReplicaSet\n    uid: ${r.uuid()}\n`, U);
  ben("uuid-azure-ids", "azure subscription / tenant / client ids (not secrets)", `az account set --subscription ${r.uuid()}\nAZURE_TENANT_ID=${r.uuid()}\nAZURE_CLIENT_ID=${r.uuid()}\n# client secret comes from the federated credential, none stored`, U);
  ben("uuid-traceparent", "W3C traceparent header", `traceparent: 00-${r.hex(32)}-${r.hex(16)}-01\ntracestate: rojo=${r.hex(16)}`, U);
  ben("uuid-url-path", "uuid in REST URL path", `GET /v1/workspaces/${r.uuid()}/documents/${r.uuid()}/revisions?limit=20 HTTP/1.1`, U);
  ben("uuid-sql", "uuids in SQL insert", `INSERT INTO orders (id, customer_id, total) VALUES\n  ('${r.uuid()}', '${r.uuid()}', 49.90),\n  ('${r.uuid()}', '${r.uuid()}', 12.00);`, U);
  ben("uuid-sentry-event", "sentry event id (32 hex)", `Sentry captured exception. Event ID: ${r.hex(32)}`, U);
  ben("uuid-mongo-objectid", "mongodb ObjectIds", `{ "_id": ObjectId("${r.hex(24)}"), "user": ObjectId("${r.hex(24)}"), "status": "active" }`, U);
  ben("uuid-ulid", "ULIDs in event stream", Array.from({ length: 3 }, () => `event ${"01H" + r.str(23, "0123456789ABCDEFGHJKMNPQRSTVWXYZ")} type=order.created`).join("\n"), U);
  ben("uuid-github-node-id", "github GraphQL node id and run id", `{"node_id":"PR_kwDO${r.str(4, ALNUM)}${r.str(12, B64URL)}","run_id":${r.digits(10)},"check_suite_id":${r.digits(11)}}`, U);
  ben("uuid-vscode-settings", "vscode workspace ids", `{"folders":[{"path":"."}],"settings":{"remote.SSH.remotePlatform":{"devbox":"linux"},"workbench.panel.id":"${r.uuid()}"}}`, U);
  ben("uuid-csproj", "Visual Studio project GUIDs", `Project("{FAE04EC0-301F-11D3-BF4B-00C04F79EFBC}") = "Acme.Api", "src\\Acme.Api\\Acme.Api.csproj", "{${r.uuid().toUpperCase()}}"\nEndProject`, U);
  ben("uuid-idempotency", "idempotency key header", `POST /v1/payments HTTP/1.1\nIdempotency-Key: ${r.uuid()}\nContent-Type: application/json\n\n{"amount":1000}`, U);
  ben("uuid-docker-container", "docker container ids in docker ps", `CONTAINER ID   IMAGE          COMMAND                  STATUS\n${r.hex(12)}   nginx:1.27     "/docker-entrypoint.…"   Up 3 hours\n${r.hex(12)}   redis:7        "docker-entrypoint.s…"   Up 3 hours\nfull id: ${r.hex(64)}`, U);
  ben("uuid-aws-arns", "AWS ARNs and request id", `arn:aws:lambda:us-east-1:${r.digits(12)}:function:thumbnailer\nRequestId: ${r.uuid()}\narn:aws:iam::${r.digits(12)}:role/service-role/thumbnailer-role-${r.str(8, LOWER + DIGITS)}`, U);
  ben("uuid-gcp-project-number", "GCP project number and ids", `projects/${r.digits(12)}/locations/us-central1/keyRings/app/cryptoKeys/db-key/cryptoKeyVersions/1`, U);
  ben("uuid-stripe-object-ids", "stripe object ids (not secrets)", `{"id":"pi_3${r.alnum(23)}","customer":"cus_${r.alnum(14)}","payment_method":"pm_1${r.alnum(23)}","latest_charge":"ch_3${r.alnum(23)}"}`, U);
  ben("uuid-slack-ids", "slack channel / user / team ids", `channel=C0${r.str(9, UPPER + DIGITS)} user=U0${r.str(9, UPPER + DIGITS)} team=T0${r.str(7, UPPER + DIGITS)} ts=${r.digits(10)}.${r.digits(6)}`, U);
  ben("uuid-jupyter-ids", "jupyter cell ids and kernel id", `{"cell_type":"markdown","id":"${r.hex(8)}-${r.hex(4)}","metadata":{},"source":["## Results"]}\nKernel ${r.uuid()} restarted`, U);
}

// ================================================================ git shas
{
  const G = "git-shas";
  ben("git-log-oneline", "git log --oneline", Array.from({ length: 8 }, () => `${r.hex(7)} ${r.pick(["fix: handle empty payload", "feat(api): add pagination", "chore(deps): bump vite from 5.2.8 to 5.2.11", "refactor: split proxy module", "docs: update README", "test: cover token refresh", "ci: cache bun install"])}`).join("\n"), G);
  ben("git-log-full", "git log full output", Array.from({ length: 3 }, () => `commit ${sha1()}\nAuthor: Dana Lee <dana@acme.io>\nDate:   Tue Apr 30 14:${r.range(10, 59)}:02 2024 +0200\n\n    ${r.pick(["Fix race in cache eviction", "Add retry to webhook sender", "Bump version to 2.4.1"])}\n`).join("\n"), G);
  ben("git-github-commit-url", "GitHub commit and blob URLs", `See https://github.com/acme/api/commit/${sha1()} and https://github.com/acme/api/blob/${sha1()}/src/server.ts#L42-L57`, G);
  ben("git-actions-pinned", "GitHub Actions pinned by sha", `steps:\n  - uses: actions/checkout@${sha1()} # v4.1.7\n  - uses: actions/setup-node@${sha1()} # v4.0.3\n  - uses: docker/build-push-action@${sha1()} # v6.5.0\n`, G);
  ben("git-rev-parse", "git rev-parse / describe output", `$ git rev-parse HEAD\n${sha1()}\n$ git describe --tags --long\nv2.4.1-14-g${r.hex(7)}`, G);
  ben("git-merge-pr", "merge commit message", `Merge pull request #${r.range(100, 9999)} from acme/feature/rate-limits\n\nMerge ${r.hex(7)} into ${r.hex(7)}`, G);
  ben("git-go-pseudoversion", "Go pseudo-version with commit hash", `require (\n\tgithub.com/acme/lib v0.0.0-20240501101112-${r.hex(12)}\n\tgolang.org/x/exp v0.0.0-20240416160154-${r.hex(12)}\n)`, G);
  ben("git-package-json-dep", "package.json git dependency pinned to sha", `"dependencies": {\n  "acme-ui": "github:acme/ui#${sha1()}",\n  "left-pad": "1.3.0"\n}`, G);
  ben("git-blame", "git blame output", Array.from({ length: 4 }, (_, i) => `${r.hex(8)} (Dana Lee 2024-0${r.range(1, 9)}-1${i} 10:02:33 +0200 ${40 + i})   const limit = opts.limit ?? 100;`).join("\n"), G);
  ben("git-reflog", "git reflog", Array.from({ length: 4 }, (_, i) => `${r.hex(7)} HEAD@{${i}}: ${r.pick(["commit: wip", "checkout: moving from main to fix/proxy", "rebase (finish): returning to refs/heads/fix/proxy", "pull: Fast-forward"])}`).join("\n"), G);
  ben("git-gerrit-change-id", "Gerrit Change-Id trailer", `Fix NPE in session loader\n\nChange-Id: I${sha1()}\nSigned-off-by: Ola Nordmann <ola@acme.io>`, G);
  ben("git-kernel-fixes", "kernel-style Fixes: trailer", `Fixes: ${r.hex(12)} ("net: add timeout to handshake")\nCc: stable@vger.kernel.org`, G);
  ben("git-ci-env", "CI commit sha variables", `GITHUB_SHA=${sha1()}\nGITHUB_REF=refs/heads/main\nCI_COMMIT_SHORT_SHA=${r.hex(8)}\nBUILD_NUMBER=${r.range(100, 9999)}`, G);
  ben("git-diff-index", "git diff index line", `diff --git a/src/app.ts b/src/app.ts\nindex ${r.hex(7)}..${r.hex(7)} 100644\n--- a/src/app.ts\n+++ b/src/app.ts\n@@ -1,3 +1,3 @@\n-import { a } from "./a";\n+import { a } from "./a.ts";`, G);
  ben("git-submodule-status", "git submodule status", ` ${sha1()} vendor/protobuf (v25.3)\n+${sha1()} vendor/grpc (v1.62.1-3-g${r.hex(7)})`, G);
  ben("git-bisect", "git bisect output", `Bisecting: 12 revisions left to test after this (roughly 4 steps)\n[${sha1()}] perf: avoid copying buffers\n${sha1()} is the first bad commit`, G);
  ben("git-docker-label", "docker image label with revision", `LABEL org.opencontainers.image.revision="${sha1()}" \\\n      org.opencontainers.image.source="https://github.com/acme/api"`, G);
  ben("git-gitlab-mr-url", "GitLab commit URL", `https://gitlab.com/acme/platform/-/commit/${sha1()}?merge_request_iid=${r.range(10, 999)}`, G);
  ben("git-cherry-pick", "cherry-pick trailer", `(cherry picked from commit ${sha1()})`, G);
  ben("git-sha256-repo", "SHA-256 object format commit ids", `$ git log -1 --format=%H\n${sha256hex()}`, G);
  ben("git-pack-verify", "git verify-pack output", Array.from({ length: 4 }, () => `${sha1()} ${r.pick(["commit", "tree", "blob"])}   ${r.range(100, 900)} ${r.range(90, 600)} ${r.range(12, 99999)}`).join("\n"), G);
  ben("git-npm-gitHead", "npm package.json gitHead", `{"name":"acme-sdk","version":"3.1.0","gitHead":"${sha1()}","_resolved":"https://registry.npmjs.org/acme-sdk/-/acme-sdk-3.1.0.tgz"}`, G);
}

// ================================================================ lockfile integrity
{
  const L = "lockfile-integrity";
  const pkgs = ["react", "react-dom", "lodash", "chalk", "typescript", "esbuild", "zod", "undici", "picomatch", "semver", "debug", "ms"];
  ben("lock-package-lock", "package-lock.json packages with sha512 integrity", JSON.stringify({ name: "app", lockfileVersion: 3, requires: true, packages: Object.fromEntries(pkgs.slice(0, 5).map((p) => [`node_modules/${p}`, { version: `${r.range(1, 18)}.${r.range(0, 20)}.${r.range(0, 9)}`, resolved: `https://registry.npmjs.org/${p}/-/${p}-1.0.0.tgz`, integrity: `sha512-${sri()}`, license: "MIT" }])) }, null, 2), L);
  ben("lock-package-lock-sha1", "old package-lock with sha1 integrity", JSON.stringify({ dependencies: { "left-pad": { version: "1.3.0", resolved: "https://registry.npmjs.org/left-pad/-/left-pad-1.3.0.tgz", integrity: `sha1-${sri(20)}` } } }, null, 2), L);
  ben("lock-yarn-v1", "yarn.lock v1 entries", pkgs.slice(5, 9).map((p) => `${p}@^1.0.0:\n  version "1.${r.range(0, 9)}.${r.range(0, 9)}"\n  resolved "https://registry.yarnpkg.com/${p}/-/${p}-1.2.3.tgz#${sha1()}"\n  integrity sha512-${sri()}\n`).join("\n"), L);
  ben("lock-yarn-berry", "yarn berry lockfile checksum", `"zod@npm:^3.23.8":\n  version: 3.23.8\n  resolution: "zod@npm:3.23.8"\n  checksum: 10c0/${r.hex(128)}\n  languageName: node\n  linkType: hard\n`, L);
  ben("lock-pnpm", "pnpm-lock.yaml resolution integrity", `packages:\n\n  /debug@4.3.4:\n    resolution: {integrity: sha512-${sri()}}\n    engines: {node: '>=6.0'}\n\n  /ms@2.1.2:\n    resolution: {integrity: sha512-${sri()}}\n    dev: false\n`, L);
  ben("lock-bun", "bun.lock text entries", `    "semver": ["semver@7.6.2", "", { "bin": { "semver": "bin/semver.js" } }, "sha512-${sri()}"],\n    "picomatch": ["picomatch@4.0.2", "", {}, "sha512-${sri()}"],`, L);
  ben("lock-cargo", "Cargo.lock checksums", ["serde", "tokio", "anyhow", "regex"].map((p) => `[[package]]\nname = "${p}"\nversion = "1.${r.range(0, 40)}.${r.range(0, 9)}"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\nchecksum = "${sha256hex()}"\n`).join("\n"), L);
  ben("lock-go-sum", "go.sum h1: lines", ["github.com/google/uuid v1.6.0", "golang.org/x/sys v0.20.0", "github.com/spf13/cobra v1.8.0"].flatMap((m) => [`${m} h1:${sri(32)}`, `${m}/go.mod h1:${sri(32)}`]).join("\n"), L);
  ben("lock-poetry", "poetry.lock file hashes", `[[package]]\nname = "requests"\nversion = "2.32.3"\nfiles = [\n    {file = "requests-2.32.3-py3-none-any.whl", hash = "sha256:${sha256hex()}"},\n    {file = "requests-2.32.3.tar.gz", hash = "sha256:${sha256hex()}"},\n]\n`, L);
  ben("lock-requirements-hashes", "pip requirements with --hash", `certifi==2024.2.2 \\\n    --hash=sha256:${sha256hex()} \\\n    --hash=sha256:${sha256hex()}\nidna==3.7 \\\n    --hash=sha256:${sha256hex()}\n`, L);
  ben("lock-pipfile", "Pipfile.lock hashes", JSON.stringify({ _meta: { hash: { sha256: sha256hex() } }, default: { flask: { hashes: [`sha256:${sha256hex()}`, `sha256:${sha256hex()}`], version: "==3.0.3" } } }, null, 4), L);
  ben("lock-composer", "composer.lock dist shasum and reference", JSON.stringify({ packages: [{ name: "monolog/monolog", version: "3.6.0", source: { type: "git", url: "https://github.com/Seldaek/monolog.git", reference: sha1() }, dist: { type: "zip", url: `https://api.github.com/repos/Seldaek/monolog/zipball/${sha1()}`, reference: sha1(), shasum: "" } }] }, null, 4), L);
  ben("lock-terraform", ".terraform.lock.hcl hashes", `provider "registry.terraform.io/hashicorp/aws" {\n  version     = "5.49.0"\n  constraints = "~> 5.0"\n  hashes = [\n    "h1:${sri(32)}",\n    "zh:${sha256hex()}",\n    "zh:${sha256hex()}",\n  ]\n}`, L);
  ben("lock-gemfile", "Gemfile.lock CHECKSUMS section", `CHECKSUMS\n  rack (3.0.11) sha256=${sha256hex()}\n  rails (7.1.3.2) sha256=${sha256hex()}\n`, L);
  ben("lock-flake", "flake.lock narHash", JSON.stringify({ nodes: { nixpkgs: { locked: { lastModified: 1714640452, narHash: `sha256-${sri(32)}`, owner: "NixOS", repo: "nixpkgs", rev: sha1(), type: "github" } } } }, null, 2), L);
  ben("lock-swift-resolved", "Package.resolved revisions", JSON.stringify({ pins: [{ identity: "swift-argument-parser", kind: "remoteSourceControl", location: "https://github.com/apple/swift-argument-parser", state: { revision: sha1(), version: "1.3.1" } }], version: 2 }, null, 2), L);
  ben("lock-npm-view", "npm view dist info", `dist\n.tarball: https://registry.npmjs.org/esbuild/-/esbuild-0.21.4.tgz\n.shasum: ${sha1()}\n.integrity: sha512-${sri()}\n.unpackedSize: 134.9 kB`, L);
  ben("lock-gradle-verification", "gradle verification-metadata.xml", `<component group="com.google.guava" name="guava" version="33.2.0-jre">\n   <artifact name="guava-33.2.0-jre.jar">\n      <sha256 value="${sha256hex()}" origin="Generated by Gradle"/>\n   </artifact>\n</component>`, L);
  ben("lock-sri-html", "subresource integrity in HTML script tags", `<script src="https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/js/bootstrap.bundle.min.js" integrity="sha384-${sri(48)}" crossorigin="anonymous"></script>\n<link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/css/bootstrap.min.css" integrity="sha384-${sri(48)}" crossorigin="anonymous">`, L);
  ben("lock-deno", "deno.lock remote hashes", JSON.stringify({ version: "3", remote: { "https://deno.land/std@0.224.0/path/mod.ts": sha256hex(), "https://deno.land/std@0.224.0/fs/mod.ts": sha256hex() } }, null, 2), L);
}

// ================================================================ base64 images
{
  const I = "base64-images";
  const img = (kind: "png" | "jpeg" | "gif" | "webp", n: number) => {
    const head = { png: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52], jpeg: [0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46], gif: [0x47, 0x49, 0x46, 0x38, 0x39, 0x61], webp: [0x52, 0x49, 0x46, 0x46, 0x10, 0x20, 0, 0, 0x57, 0x45, 0x42, 0x50] }[kind];
    return Buffer.concat([Buffer.from(head), Buffer.from(r.bytes(n))]).toString("base64");
  };
  ben("img-png-html", "inline PNG in HTML img", `<img alt="logo" width="32" height="32" src="data:image/png;base64,${img("png", 900)}">`, I);
  ben("img-png-css", "PNG data URI in CSS background", `.icon-check{background-image:url("data:image/png;base64,${img("png", 400)}");background-size:16px 16px}`, I);
  ben("img-jpeg-md", "JPEG data URI in markdown", `![screenshot](data:image/jpeg;base64,${img("jpeg", 2400)})`, I);
  ben("img-gif-pixel", "tracking pixel GIF", `<img src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" width="1" height="1">`, I);
  ben("img-vision-anthropic", "image block in an Anthropic messages request", JSON.stringify({ model: "claude-3-5-sonnet-latest", max_tokens: 512, messages: [{ role: "user", content: [{ type: "image", source: { type: "base64", media_type: "image/png", data: img("png", 3000) } }, { type: "text", text: "What does this chart show?" }] }] }), I);
  ben("img-vision-openai", "image_url data URI in an OpenAI request", JSON.stringify({ model: "gpt-4o", messages: [{ role: "user", content: [{ type: "text", text: "Describe the UI bug" }, { type: "image_url", image_url: { url: `data:image/jpeg;base64,${img("jpeg", 2000)}` } }] }] }), I);
  ben("img-webp", "webp data URI in JSX", `<Avatar src={"data:image/webp;base64,${img("webp", 700)}"} size={48} />`, I);
  ben("img-svg-b64", "base64 SVG data URI", `<link rel="icon" href="data:image/svg+xml;base64,${Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100"><circle cx="50" cy="50" r="${r.range(20, 45)}" fill="#${r.hex(6)}"/></svg>`).toString("base64")}">`, I);
  ben("img-font-woff2", "woff2 font data URI in CSS", `@font-face{font-family:"Inter";src:url(data:font/woff2;base64,${Buffer.concat([Buffer.from("wOF2"), Buffer.from(r.bytes(1500))]).toString("base64")}) format("woff2")}`, I);
  ben("img-png-wrapped-email", "inline PNG in a MIME email", `Content-Type: image/png\nContent-Transfer-Encoding: base64\nContent-ID: <logo@acme>\n\n${wrap(img("png", 1200), 76)}\n`, I);
  ben("img-canvas-toDataURL", "console output of canvas.toDataURL()", `> canvas.toDataURL()\n'data:image/png;base64,${img("png", 600)}'`, I);
  ben("img-ipynb-output", "notebook display_data output with PNG", JSON.stringify({ output_type: "display_data", data: { "image/png": img("png", 2500), "text/plain": ["<Figure size 640x480 with 1 Axes>"] }, metadata: {} }), I);
}

// ================================================================ minified js
{
  const M = "minified-js";
  const id = () => r.str(1, "abcdefghijklmnopqrstuvwxyz$_") + r.str(r.range(0, 2), LOWER + UPPER + DIGITS);
  const chunkMap = () => "{" + Array.from({ length: 8 }, () => `${r.range(10, 999)}:"${r.hex(16)}"`).join(",") + "}";
  ben("min-webpack-runtime", "webpack runtime chunk map with content hashes", `!function(){"use strict";var e,t,n,r={},o={};function a(e){var t=o[e];if(void 0!==t)return t.exports;var n=o[e]={id:e,loaded:!1,exports:{}};return r[e].call(n.exports,n,n.exports,a),n.loaded=!0,n.exports}a.u=function(e){return"static/chunks/"+e+"."+${chunkMap()}[e]+".js"},a.miniCssF=function(e){return"static/css/"+${chunkMap()}[e]+".css"}}();`, M);
  ben("min-react-internals", "react-dom internals with SECRET in the identifier", `var ${id()}=${id()}.__SECRET_INTERNALS_DO_NOT_USE_OR_YOU_WILL_BE_FIRED,${id()}=Symbol.for("react.element"),${id()}=Symbol.for("react.portal");function ${id()}(e){return null===e||"object"!=typeof e?null:"function"==typeof(e=Wb&&e[Wb]||e["@@iterator"])?e:null}`, M);
  ben("min-next-build-manifest", "next.js build manifest", `self.__BUILD_MANIFEST={__rewrites:{afterFiles:[],beforeFiles:[],fallback:[]},"/":["static/chunks/pages/index-${r.hex(16)}.js"],"/_error":["static/chunks/pages/_error-${r.hex(16)}.js"],"/dashboard":["static/chunks/${r.range(100, 999)}-${r.hex(16)}.js","static/chunks/pages/dashboard-${r.hex(16)}.js"],sortedPages:["/","/_app","/_error","/dashboard"]},self.__BUILD_MANIFEST_CB&&self.__BUILD_MANIFEST_CB();`, M);
  ben("min-sourcemap-mappings", "source map mappings (VLQ base64)", JSON.stringify({ version: 3, file: "main.js", sources: ["../src/main.ts", "../src/api.ts"], names: ["fetchToken", "apiKey", "headers", "Authorization"], mappings: Array.from({ length: 30 }, () => r.str(r.range(4, 8), "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")).join(";") + ";" + Array.from({ length: 60 }, () => r.str(r.range(4, 7), "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")).join(",") }), M);
  ben("min-css-modules", "CSS-modules hashed class names", `.Button_root__${r.str(5, ALNUM)}{display:inline-flex}.Button_primary__${r.str(5, ALNUM)}{background:var(--accent)}.Card_shadow__${r.str(5, ALNUM)}{box-shadow:0 1px 2px #0003}.css-${r.str(6, LOWER + DIGITS)}-MuiButtonBase-root{outline:0}`, M);
  ben("min-vite-import-map", "vite preload with hashed assets", `const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["assets/index-${r.str(8, B64URL)}.js","assets/vendor-${r.str(8, B64URL)}.js","assets/index-${r.str(8, B64URL)}.css"])))=>i.map(i=>d[i]);import{_ as e}from"./preload-helper-${r.str(8, B64URL)}.js";`, M);
  ben("min-terser-long-ids", "minified code with long property names mentioning tokens", `function ${id()}(${id()},${id()}){const{accessTokenExpiresAt:n,refreshTokenRotationEnabled:o,clientSecretPostAuthMethodSupported:i}=t;return o&&n<Date.now()?e.refreshAccessTokenWithClientCredentials({grant_type:"client_credentials"}):e.getCachedAccessToken()}`, M);
  ben("min-firebase-sdk", "minified SDK with base64 constants", `const ${id()}="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=",${id()}="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.";var ${id()}=function(e){for(var t=[],n=0,r=0;r<e.length;r++){var i=e.charCodeAt(r);i<128?t[n++]=i:(i<2048?t[n++]=i>>6|192:(t[n++]=i>>12|224,t[n++]=i>>6&63|128),t[n++]=63&i|128)}return t};`, M);
  ben("min-sha256-impl", "minified SHA-256 constants table", `var K=[1116352408,1899447441,3049323471,3921009573,961987163,1508970993,2453635748,2870763221,3624381080,310598401,607225278,1426881987,1925078388,2162078206,2614888103,3248222580],H=[1779033703,3144134277,1013904242,2773480762,1359893119,2600822924,528734635,1541459225];`, M);
  ben("min-webpack-module-ids", "webpack module function with numeric ids and hashes", `(self.webpackChunk_N_E=self.webpackChunk_N_E||[]).push([[${r.range(100, 999)}],{${r.range(1000, 99999)}:function(e,t,n){"use strict";n.d(t,{Z:function(){return a}});var r=n(${r.range(1000, 99999)}),o=n(${r.range(1000, 99999)});function a(e){return(0,r.jsx)("div",{className:"jsx-${r.digits(10)} container",children:e.children})}}}]);`, M);
  ben("min-gtag", "minified analytics snippet with measurement id", `window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}gtag("js",new Date);gtag("config","G-${r.str(10, UPPER + DIGITS)}",{cookie_flags:"SameSite=None;Secure",transport_url:"https://t.acme.io"});`, M);
  ben("min-sentry-release", "minified bundle with Sentry release and debug ids", `!function(){try{var e="undefined"!=typeof window?window:{},n=(new e.Error).stack;n&&(e._sentryDebugIds=e._sentryDebugIds||{},e._sentryDebugIds[n]="${r.uuid()}",e._sentryDebugIdIdentifier="sentry-dbid-${r.uuid()}")}catch(e){}}();var _global={SENTRY_RELEASE:{id:"${sha1()}"}};`, M);
  ben("min-localized-strings", "minified i18n bundle with password-related strings", `const t={"auth.password.label":"Password","auth.password.tooShort":"Password must be at least 12 characters","auth.apiKey.help":"Paste your API key from the dashboard","auth.token.expired":"Your session token expired"};export{t as default};`, M);
  ben("min-jquery-like", "minified library header", `/*! jQuery v3.7.1 | (c) OpenJS Foundation and other contributors | jquery.org/license */\n!function(e,t){"use strict";"object"==typeof module&&"object"==typeof module.exports?module.exports=e.document?t(e,!0):function(e){if(!e.document)throw new Error("jQuery requires a window with a document");return t(e)}:t(e)}("undefined"!=typeof window?window:this,function(ie,e){"use strict";var oe=[],r=Object.getPrototypeOf,ae=oe.slice`, M);
  ben("min-wasm-inline", "inline base64 wasm module in bundle", `var wasmBinary=Uint8Array.from(atob("AGFzbQEAAAAB${r.str(600, B64)}"),c=>c.charCodeAt(0));`, M);
}

// ================================================================ bip39 lookalikes (invalid checksum)
{
  const B = "bip39-prose";
  const inv12 = () => mnemonicInvalid(r, 12);
  const inv24 = () => mnemonicInvalid(r, 24);
  ben("bip-abandon-ability", "first 12 wordlist words (alphabetical, invalid checksum)", `The list starts: abandon ability able about above absent absorb abstract absurd abuse access accident`, B);
  // Was benign "bip-invalid-12-env" (`MNEMONIC="<12 words, checksum invalid>"`): since round 26 a phrase of a mnemonic's
  // length under a seed phrase's name is a near-valid seed, a positive (r26-named-mnemonic.cases.ts). The draw stays, so
  // the later cases keep their values.
  inv12();
  ben("bip-invalid-24-plain", "24 wordlist words with invalid checksum", inv24(), B);
  ben("bip-invalid-12-numbered", "numbered 12 words, invalid checksum", inv12().split(" ").map((w, i) => `${i + 1}. ${w}`).join("\n"), B);
  ben("bip-invalid-12-chat", "12 random wordlist words in chat (invalid checksum)", `password idea: ${inv12()}`, B);
  ben("bip-invalid-24-json", "24 words in JSON array, invalid checksum", JSON.stringify({ words: inv24().split(" ") }), B);
  ben("bip-invalid-12-csv", "comma-separated 12 words, invalid checksum", inv12().split(" ").join(", "), B);
  ben("bip-invalid-15", "15 wordlist words, invalid checksum", inv12() + " " + mnemonicInvalid(r, 3), B);
  ben("bip-wordlist-slice", "slice of the BIP-39 wordlist in docs", `Words 1000–1023 of the English list: ${WORDS.slice(1000, 1024).join(" ")}`, B);
  ben("bip-wordlist-source", "wordlist source file excerpt", WORDS.slice(512, 540).join("\n"), B);
  ben("bip-test-fixture-invalid", "test asserting an invalid mnemonic is rejected", `expect(validateMnemonic("${inv12()}")).toBe(false);`, B);
  ben("bip-prose-army", "prose with a long run of wordlist words", `The army will attack at dawn; every soldier must wait near the river until the signal, then cross the bridge and move over the hill to the old castle gate before noon.`, B);
  ben("bip-prose-kitchen", "recipe prose full of wordlist words", `Add the butter and sugar to a large bowl, mix until smooth, then fold in the flour, a pinch of salt and some fresh lemon juice. Bake for about twenty minutes until golden.`, B);
  ben("bip-prose-story", "story prose full of wordlist words", `Once upon a time a young girl found a magic key in the forest. She opened a secret door inside an ancient tree and saw a giant castle above the clouds, where a brave dragon guarded the royal treasure.`, B);
  ben("bip-prose-ops", "ops incident prose", `During the outage the system could not connect to the primary cluster; we had to switch traffic to the backup region, check every service, and deploy a quick patch before the morning rush.`, B);
  ben("bip-prose-list-groceries", "shopping list using wordlist words", `shopping: apple banana bread butter cheese coffee cream egg garlic lemon milk onion orange pepper potato rice salad sugar tomato`, B);
  ben("bip-prose-animals", "kids vocabulary list of animals", `Animals: cat dog horse lion tiger zebra monkey rabbit turtle whale dolphin eagle owl parrot pigeon shrimp spider`, B);
  ben("bip-prose-poem", "poem with many wordlist words", `Autumn wind across the valley,\ngentle rain upon the roof,\nquiet river, silent forest,\nevery shadow holds a truth.`, B);
  ben("bip-prose-slugs", "three-word slug identifiers (random but short)", Array.from({ length: 6 }, () => `${r.pick(WORDS)}-${r.pick(WORDS)}-${r.pick(WORDS)}`).join("\n"), B);
  ben("bip-prose-what3words", "what3words-style addresses", `Meet at ///${r.pick(WORDS)}.${r.pick(WORDS)}.${r.pick(WORDS)} or ///${r.pick(WORDS)}.${r.pick(WORDS)}.${r.pick(WORDS)}`, B);
  ben("bip-prose-docker-names", "docker random container names", Array.from({ length: 5 }, () => `${r.pick(["admiring", "brave", "eager", "gallant", "happy", "jolly", "nifty"])}_${r.pick(["wright", "turing", "hopper", "curie", "lovelace"])}`).join(" "), B);
  ben("bip-invalid-12-upper", "upper-case 12 wordlist words, invalid checksum", inv12().toUpperCase(), B);
  ben("bip-diceware", "diceware-style passphrase of 6 words (too short for BIP-39)", `correct horse battery staple ${r.pick(WORDS)} ${r.pick(WORDS)}`, B);
  // Cases built as "invalid checksum" must hold no valid mnemonic in any run of wordlist words
  // (a 24-word run contains 13 twelve-word windows; each verifies by chance 1 time in 16).
  for (const c of cases) if (c.category === B && /invalid checksum/.test(c.note ?? "")) {
    let run: string[] = [];
    for (const tok of [...(c.text.toLowerCase().match(/[a-z]+/g) ?? []), "#end"]) {
      if (WORDS.includes(tok)) run.push(tok);
      else {
        if (hasValidWindow(run)) throw new Error("accidentally valid window in " + c.id);
        run = [];
      }
    }
  }
}

// ================================================================ card-like numbers
{
  const C = "card-like";
  ben("cardlike-visa-typo", "visa-shaped number with bad Luhn", `card ending in a typo: ${groupCard(cardInvalid(r, "4", 16))}`, C);
  ben("cardlike-mc-typo-json", "mastercard-shaped number failing Luhn in JSON", JSON.stringify({ card_number: cardInvalid(r, "5" + r.range(1, 5), 16), valid: false, error: "invalid_number" }), C);
  ben("cardlike-amex-typo", "amex-shaped number failing Luhn", `AMEX ${groupCard(cardInvalid(r, "37", 15))} (rejected by gateway)`, C);
  ben("cardlike-order-numbers", "16-digit order numbers", Array.from({ length: 4 }, () => `Order #${nonLuhn(16)} shipped`).join("\n"), C);
  ben("cardlike-phone-us", "US phone numbers", `Call us at +1 (415) 555-0132 or 1-800-555-0199; fax 415.555.0178`, C);
  ben("cardlike-phone-intl", "international phone numbers", `+44 20 7946 0958 · +49 30 901820 · +33 1 42 68 53 00 · +81 3-1234-5678`, C);
  ben("cardlike-epoch-ms", "epoch millisecond timestamps", Array.from({ length: 4 }, () => `{"ts":${nonLuhn(13, "17")},"event":"click"}`).join("\n"), C);
  ben("cardlike-epoch-ns", "nanosecond timestamps in logs", Array.from({ length: 3 }, () => `ts=${nonLuhn(19, "17")} level=info msg="flushed batch"`).join("\n"), C);
  ben("cardlike-ups", "UPS tracking numbers", `Tracking: 1Z${r.str(6, UPPER + DIGITS)}${r.str(10, DIGITS)}, 1Z${r.str(6, UPPER + DIGITS)}${r.str(10, DIGITS)}`, C);
  ben("cardlike-fedex-usps", "FedEx/USPS tracking numbers failing Luhn", `FedEx ${nonLuhn(12)} · USPS ${nonLuhn(22, "94")}`, C);
  ben("cardlike-snowflake", "Discord/Twitter snowflake ids", `https://twitter.com/acme/status/${nonLuhn(19, "17")}\nchannel_id=${nonLuhn(18, "1")}`, C);
  ben("cardlike-isbn", "ISBN-13 and EAN codes", `ISBN 978-0-13-468599-1 · EAN ${nonLuhn(13, "40")}`, C);
  ben("cardlike-aws-account", "AWS account ids", `account: ${r.digits(12)}\nassume arn:aws:iam::${r.digits(12)}:role/Admin`, C);
  ben("cardlike-invoice", "invoice and reference numbers", `Invoice INV-${r.digits(8)} · Ref ${nonLuhn(16)} · PO ${r.digits(10)}`, C);
  ben("cardlike-grouped-nonluhn", "4-4-4-4 grouped number that fails Luhn (gift code)", `Gift card code: ${groupCard(nonLuhn(16, "6"), "-")}`, C);
  ben("cardlike-bank-routing", "routing + account numbers (not cards)", `Routing: 021000021  Account: ${r.digits(10)}`, C);
  ben("cardlike-imei", "IMEI-like device id failing Luhn", `Device IMEI: ${nonLuhn(15, "35")}`, C);
  ben("cardlike-coords", "coordinates with many digits", `lat=37.7749295123456 lon=-122.4194155123456`, C);
  ben("cardlike-version-build", "long build numbers", `Build ${nonLuhn(16, "2024")} (${r.hex(7)})`, C);
  ben("cardlike-test-ids", "test ids in a junit report", Array.from({ length: 3 }, () => `<testcase classname="PaymentTest" name="charge_${nonLuhn(16, "4")}" time="0.${r.digits(3)}"/>`).join("\n"), C);
  ben("cardlike-bytes", "byte counts in df output", `Filesystem     1K-blocks      Used Available Use%\n/dev/nvme0n1p2 ${r.digits(9)} ${r.digits(9)} ${r.digits(9)}  62%`, C);
  ben("cardlike-prometheus", "prometheus metrics with big counters", `http_requests_total{code="200"} ${nonLuhn(16)}\nprocess_start_time_seconds 1.714640452e+09`, C);
}

// ================================================================ hashes
{
  const H = "hashes";
  ben("hash-sha256sums", "SHA256SUMS file", ["toolkit-linux-x64.tar.gz", "toolkit-darwin-arm64.tar.gz", "toolkit-windows-x64.zip"].map((f) => `${sha256hex()}  ${f}`).join("\n"), H);
  ben("hash-md5sum", "md5sum output", ["backup-01.tar", "backup-02.tar"].map((f) => `${r.hex(32)}  ${f}`).join("\n"), H);
  ben("hash-docker-digest", "docker image digests", `docker pull nginx@sha256:${sha256hex()}\nDigest: sha256:${sha256hex()}\nStatus: Downloaded newer image for nginx:1.27`, H);
  ben("hash-k8s-image", "image pinned by digest in k8s manifest", `containers:\n  - name: api\n    image: ghcr.io/acme/api@sha256:${sha256hex()}\n    imagePullPolicy: IfNotPresent`, H);
  ben("hash-cdn-urls", "content-hashed CDN asset URLs", `<script src="https://cdn.acme.io/assets/app.${r.hex(20)}.js"></script>\n<link href="https://cdn.acme.io/assets/app.${r.hex(20)}.css" rel="stylesheet">`, H);
  ben("hash-webpack-stats", "webpack build output with chunk hashes", `asset main.${r.hex(20)}.js 412 KiB [emitted] [immutable] [minimized] (name: main)\nasset 179.${r.hex(20)}.js 38.2 KiB [emitted] [immutable] [minimized]\nwebpack 5.91.0 compiled successfully in 8421 ms`, H);
  ben("hash-git-lfs-pointer", "git LFS pointer", `version https://git-lfs.github.com/spec/v1\noid sha256:${sha256hex()}\nsize ${r.digits(8)}\n`, H);
  ben("hash-nix-store", "nix store paths", `/nix/store/${r.str(32, "0123456789abcdfghijklmnpqrsvwxyz")}-python3-3.11.9\n/nix/store/${r.str(32, "0123456789abcdfghijklmnpqrsvwxyz")}-openssl-3.0.13`, H);
  ben("hash-ipfs-cid", "IPFS CIDs", `ipfs://bafybei${r.str(52, "abcdefghijklmnopqrstuvwxyz234567")}\nhttps://ipfs.io/ipfs/Qm${r.str(44, "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz")}`, H);
  ben("hash-etag", "HTTP ETag headers", `HTTP/1.1 200 OK\nETag: "${r.hex(32)}"\nCache-Control: public, max-age=31536000, immutable\nx-amz-version-id: ${r.str(32, B64URL)}`, H);
  ben("hash-bcrypt-doc", "sha256 of a file printed by shasum", `$ shasum -a 256 dist/toolkit\n${sha256hex()}  dist/toolkit`, H);
  ben("hash-cosign", "cosign/sigstore verification output", `Verification for ghcr.io/acme/api@sha256:${sha256hex()} --\nThe following checks were performed on each of these signatures:\n  - The cosign claims were validated\n  - Existence of the claims in the transparency log was verified offline`, H);
  ben("hash-sha512-release", "sha512 release checksum", `sha512: ${r.hex(128)}  node-v20.13.1-linux-x64.tar.xz`, H);
  ben("hash-python-wheel-url", "PyPI file URL with hash fragment", `https://files.pythonhosted.org/packages/${r.hex(2)}/${r.hex(2)}/${r.hex(60)}/requests-2.32.3-py3-none-any.whl#sha256=${sha256hex()}`, H);
  ben("hash-cache-key", "CI cache keys with hashes", `Cache restored from key: Linux-node-modules-${sha256hex()}\nCache saved with key: Linux-bun-${r.hex(40)}`, H);
  ben("hash-content-addressed-log", "build cache log with hashes", Array.from({ length: 4 }, () => `cache hit: ${r.hex(16)} packages/${r.pick(["ui", "api", "core", "cli"])}:build`).join("\n"), H);
  ben("hash-tx-ids", "blockchain transaction hashes (public)", `tx 0x${r.hex(64)} confirmed in block ${r.digits(8)}\nbtc txid ${r.hex(64)}`, H);
  ben("hash-tls-fingerprint", "TLS certificate fingerprints", `SHA256 Fingerprint=${Array.from({ length: 32 }, () => r.HEX(2)).join(":")}\nSHA1 Fingerprint=${Array.from({ length: 20 }, () => r.HEX(2)).join(":")}`, H);
  ben("hash-ssh-fingerprint", "SSH host key fingerprint prompt", `The authenticity of host 'github.com (140.82.121.4)' can't be established.\nED25519 key fingerprint is SHA256:${sri(32).replace(/=+$/, "")}.\nAre you sure you want to continue connecting (yes/no/[fingerprint])?`, H);
  ben("hash-password-hash-bcrypt", "bcrypt password hash in a migration (hash, not password)", `INSERT INTO users (email, password_hash) VALUES ('admin@acme.io', '$2b$12$${r.str(53, ALNUM + "./")}');`, H);
  ben("hash-argon2", "argon2 hash in a test fixture", `hash = "$argon2id$v=19$m=65536,t=3,p=4$${r.str(22, B64).replace(/[+/]/g, "a")}$${r.str(43, B64).replace(/[+/]/g, "b")}"`, H);
  ben("hash-go-build-id", "go build id", `go: build ID "${r.str(20, B64URL)}/${r.str(20, B64URL)}/${r.str(20, B64URL)}/${r.str(20, B64URL)}"`, H);
}

// ================================================================ public keys (not secrets)
{
  const P = "public-keys";
  ben("pub-authorized-keys", "authorized_keys with rsa/ed25519/ecdsa", [sshPublic(r, "rsa", "dana@laptop"), sshPublic(r, "ed25519", "ci@build-01"), sshPublic(r, "ecdsa", "ops@bastion")].join("\n"), P);
  ben("pub-id-ed25519-pub", "cat ~/.ssh/id_ed25519.pub", `$ cat ~/.ssh/id_ed25519.pub\n${sshPublic(r, "ed25519", "me@devbox")}`, P);
  ben("pub-known-hosts", "known_hosts lines", `github.com ${sshPublic(r, "ed25519", "").trim()}\n|1|${r.b64bytes(20)}|${r.b64bytes(20)} ${sshPublic(r, "ecdsa", "").trim()}`, P);
  ben("pub-pem-public-key", "PEM PUBLIC KEY block", pemArmor("PUBLIC KEY", "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA" + r.b64bytes(270).slice(0, 348) + "IDAQAB"), P);
  ben("pub-pem-certificate", "PEM CERTIFICATE chain", [pemArmor("CERTIFICATE", "MIIFazCCA1OgAwIBAgIR" + r.b64bytes(1050).slice(0, 1400)), pemArmor("CERTIFICATE", "MIIDdzCCAl+gAwIBAgIU" + r.b64bytes(650).slice(0, 860))].join("\n"), P);
  ben("pub-rsa-public-key", "PEM RSA PUBLIC KEY in a JWT verifier config", `jwt:\n  verify_key: |\n${pemArmor("RSA PUBLIC KEY", "MIIBCgKCAQEA" + r.b64bytes(265).slice(0, 352) + "IDAQAB").split("\n").map((l) => "    " + l).join("\n")}\n`, P);
  ben("pub-csr", "certificate signing request", pemArmor("CERTIFICATE REQUEST", "MIICijCCAXICAQAwRTEL" + r.b64bytes(480).slice(0, 640)), P);
  ben("pub-pgp-public", "PGP public key block", pgpBlock(r, "PUBLIC", 1200), P);
  ben("pub-jwks", "JWKS with RSA public keys", JSON.stringify({ keys: [{ kty: "RSA", use: "sig", kid: r.b64url(43), alg: "RS256", n: Buffer.from(r.bytes(256)).toString("base64url"), e: "AQAB" }, { kty: "EC", use: "sig", kid: r.hex(16), crv: "P-256", x: r.b64url(43), y: r.b64url(43) }] }, null, 2), P);
  ben("pub-age-recipient", "age public key (recipient)", `age -r age1${r.str(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")} -o secrets.tar.age secrets.tar`, P);
  ben("pub-wireguard-peer", "WireGuard peer section with public key only", `[Peer]\n# laptop\nPublicKey = ${r.b64bytes(32)}\nAllowedIPs = 10.8.0.5/32\nPersistentKeepalive = 25`, P);
  ben("pub-minisign", "minisign public key", `untrusted comment: minisign public key ${r.HEX(16)}\nRWQ${r.str(53, B64)}`, P);
  ben("pub-stripe-publishable", "stripe publishable key (public by design)", `<script>const stripe = Stripe('pk_live_51${r.alnum(97)}');</script>`, P);
  ben("pub-xpub-watch-only", "BIP-32 xpub for a watch-only wallet", `watch-only descriptor: wpkh(${xpub(r)}/0/*)`, P);
  ben("pub-github-deploy-key-api", "deploy key API response (public part)", JSON.stringify({ id: r.digits(8), key: sshPublic(r, "ed25519", "").trim(), title: "ci-deploy", read_only: true, verified: true }), P);
}

// ================================================================ IBAN-like / SSN-like failing validation
{
  const V = "invalid-iban-ssn";
  const badIban = (cc: string) => {
    const v = iban(r, cc);
    let check = Number(v.slice(2, 4));
    let out = v;
    while (ibanValid(out)) {
      check = (check + 1 + r.int(5)) % 100;
      out = v.slice(0, 2) + String(check).padStart(2, "0") + v.slice(4);
    }
    return out;
  };
  ben("iban-bad-check-de", "DE IBAN with wrong check digits", `IBAN: ${groupIban(badIban("DE"))}`, V);
  ben("iban-bad-check-gb", "GB IBAN with wrong check digits", JSON.stringify({ iban: badIban("GB"), status: "rejected", reason: "checksum" }), V);
  ben("iban-bad-check-fr", "FR IBAN with wrong check digits", `payee,iban\nDupont,${badIban("FR")}`, V);
  ben("iban-bad-check-nl", "NL IBAN with wrong check digits in a validation test", `expect(isValidIban("${badIban("NL")}")).toBe(false)`, V);
  ben("iban-bad-00", "IBAN-shaped string with check digits 00", `DE00 ${groupIban(r.str(18, DIGITS))}`, V);
  ben("iban-bad-digit-flip", "IBAN with a flipped BBAN digit (fails mod-97)", (() => {
    const v = iban(r, "ES");
    let out = v;
    while (ibanValid(out)) {
      const i = 4 + r.int(v.length - 4);
      out = out.slice(0, i) + String((Number(out[i]) + 1) % 10) + out.slice(i + 1);
    }
    return `Transfer to ${out} bounced`;
  })(), V);
  ben("iban-template", "IBAN template in docs", `Format: DEkk bbbb bbbb cccc cccc cc (k = check digits, b = bank code, c = account)`, V);
  ben("ssn-000-area", "SSN-like with area 000", `SSN: 000-${String(r.range(10, 99))}-${r.digits(4)}`, V);
  ben("ssn-666-area", "SSN-like with area 666", `ssn=666-${String(r.range(10, 99))}-${r.digits(4)}`, V);
  ben("ssn-9xx-area", "SSN-like with area 9xx (ITIN range)", `Taxpayer ID: 9${r.str(2, DIGITS)}-7${r.range(0, 9)}-${r.digits(4)}`, V);
  ben("ssn-00-group", "SSN-like with group 00", `SSN ${String(r.range(100, 665))}-00-${r.digits(4)}`, V);
  ben("ssn-0000-serial", "SSN-like with serial 0000", `social: ${String(r.range(100, 665))}-${String(r.range(10, 99))}-0000`, V);
  ben("ssn-placeholder", "SSN placeholders", `SSN: XXX-XX-XXXX or ***-**-1234`, V);
  ben("ssn-987-65", "advertising-reserved SSN-like 987-65-432x", `Sample SSN used in brochures: 987-65-432${r.range(0, 9)}`, V);
  ben("ssn-like-dates", "dash-separated numbers that are not SSNs (part numbers)", `Part no. ${r.digits(3)}-${r.digits(2)}-${r.digits(4)}-A rev 2; see drawing DWG-${r.digits(4)}`, V);
  ben("ssn-like-phone", "phone numbers in 3-3-4 form (not 3-2-4)", `Support: 555-${r.digits(3)}-${r.digits(4)}`, V);
}
void HEX;
