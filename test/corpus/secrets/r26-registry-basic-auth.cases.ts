// Round twenty-six (held-out Y114's y114-r-007, r-030): a package registry's `user:password` under the
// setting that sends it as Basic auth: Yarn Berry's `npmAuthIdent` (.yarnrc.yml, global or per scope/
// registry) and Bundler's per-host `BUNDLE_<HOST__TLD>` (.bundle/config, CI env). Benign: Bundler's other
// settings with a colon or `__` (`BUNDLE_WITHOUT`, `BUNDLE_BUILD__…`, `BUNDLE_MIRROR__…`), variables and
// placeholders. Values built at run time.
import type { CorpusCase } from "../types.ts";
import { builder, Rng } from "./_gen.ts";

const r = new Rng(0x26b104);
const b = builder({ category: "r26-registry-basic-auth" });
const bb = builder({ category: "r26-registry-basic-auth-benign" });

b.pos("r26k-reg-yarnrc-scope", "yarnrc npmScopes npmAuthIdent", `npmScopes:\n  acme:\n    npmRegistryServer: "https://npm.acme.internal"\n    npmAuthIdent: "ci-bot:${r.alnum(10)}${r.str(1, "*%")}${r.alnum(7)}"\n`);
b.pos("r26k-reg-yarnrc-b64", "yarnrc npmAuthIdent as base64 user:pass", `npmRegistryServer: "https://pkgs.internal/npm/"\nnpmAuthIdent: ${Buffer.from(`deployer:${r.alnum(16)}`).toString("base64")}\n`);
b.pos("r26k-reg-yarnrc-json", "yarnrc in a write_file JSON argument", JSON.stringify({ path: ".yarnrc.yml", content: `npmAlwaysAuth: true\nnpmAuthIdent: '${r.str(6, "abcdefghijkmnop")}:${r.alnum(20)}'\n` }));
b.pos("r26k-reg-bundle-config", "Bundler config with a host credential", `---\nBUNDLE_JOBS: "4"\nBUNDLE_ENTERPRISE__CONTRIBSYS__COM: "${r.hex(8)}:${r.hex(8)}"\n`);
b.pos("r26k-reg-bundle-env", "CI env export of a Bundler host token", `export BUNDLE_RUBYGEMS__PKG__GITHUB__COM=x-access-token:${r.alnum(36)}\nbundle install --jobs 4\n`);
b.pos("r26k-reg-bundle-gemfury", "Bundler gemfury token (gem.fury.io)", `BUNDLE_GEM__FURY__IO: "${r.alnum(24)}"\n`);

bb.ben("r26k-reg-bundle-without", "Bundler group list with a colon", `---\nBUNDLE_WITHOUT: "development:test"\nBUNDLE_PATH: "vendor/bundle"\n`);
bb.ben("r26k-reg-bundle-build", "Bundler build flags", `BUNDLE_BUILD__NOKOGIRI: "--use-system-libraries"\nBUNDLE_BUILD__PG: "--with-pg-config=/usr/bin/pg_config"\n`);
bb.ben("r26k-reg-bundle-mirror", "Bundler mirror URL", `BUNDLE_MIRROR__HTTPS://RUBYGEMS__ORG/: "https://gems.internal.lan"\n`);
bb.ben("r26k-reg-bundle-var", "Bundler host credential from a CI variable", `BUNDLE_GEMS__CONTRIBSYS__COM: "\${SIDEKIQ_PRO_CREDS}"\n`);
bb.ben("r26k-reg-yarnrc-env", "yarnrc npmAuthIdent from env", `npmAuthIdent: "\${NPM_AUTH_IDENT}"\nnpmAlwaysAuth: true\n`);
bb.ben("r26k-reg-yarnrc-placeholder", "yarnrc placeholder", `npmAuthIdent: "username:password"\n`);
bb.ben("r26k-reg-bundle-code", "Ruby reading the Bundler setting", `creds = ENV.fetch("BUNDLE_GEMS__CONTRIBSYS__COM") { abort "missing" }\n`);

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
