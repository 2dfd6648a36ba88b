// --suggest-config: a commented toolkit.yaml fitted to the audited project — routes for the
// package registries and APIs it uses (archives skipped for response scanning), the .env file
// whose values must never leave, header injection for tokens found in MCP configs. The text is
// loaded with the real config loader before it is handed out: a suggestion that does not load is
// a bug, never a file.
import { parseConfigText } from "./core.ts";
import type { AuditResult } from "./run.ts";
import { writeFileAtomic } from "../util/atomic-write.ts";

interface RegistryRoute {
  host: string;
  skip?: string[];
  why: string;
}

const REGISTRIES: Record<string, RegistryRoute[]> = {
  npm: [{ host: "registry.npmjs.org", skip: [".tgz"], why: "npm packages (package tarballs are not read by the agent)" }],
  pypi: [
    { host: "pypi.org", why: "PyPI index (HTML/JSON pages stay scanned)" },
    { host: "files.pythonhosted.org", skip: [".whl", ".tar.gz", ".zip"], why: "PyPI package files" },
  ],
  crates: [
    { host: "index.crates.io", why: "crates.io sparse index" },
    { host: "static.crates.io", skip: [".crate"], why: "crate archives" },
  ],
  go: [
    { host: "proxy.golang.org", skip: [".zip"], why: "Go module proxy (module zips)" },
    { host: "sum.golang.org", why: "Go checksum database" },
  ],
  rubygems: [{ host: "rubygems.org", skip: [".gem"], why: "RubyGems" }],
  packagist: [{ host: "repo.packagist.org", skip: [".zip"], why: "Composer packages" }],
  maven: [{ host: "repo.maven.apache.org", skip: [".jar", ".war", ".aar"], why: "Maven Central" }],
};

/** Model APIs: prompts are full of high-entropy text, so the entropy detector stays off there. */
const LLM_APIS = new Set(["api.anthropic.com", "api.openai.com", "generativelanguage.googleapis.com", "api.mistral.ai", "api.cohere.com", "api.groq.com"]);

const q = (s: string) => JSON.stringify(s);

export async function suggestConfig(r: AuditResult): Promise<string> {
  const f = r.facts;
  const out: string[] = [];
  out.push(
    `# toolkit.yaml suggested by \`toolkit audit\` for ${r.root}`,
    `# (score ${r.score.score}/100, grade ${r.score.grade}). Review it, then run the agent behind the proxy:`,
    "#   toolkit run --config toolkit.yaml      # and give the agent HTTPS_PROXY=http://127.0.0.1:8888",
    "# Unlisted keys keep the embedded defaults (configs/default.yaml).",
    "mode: balanced                 # balanced | strict (warn becomes block) | audit (log, never block)",
    "",
    "detect:",
    "  env_leak: true               # values of this machine's secret-looking environment variables never leave",
  );
  const envFiles = f.envFiles ?? [];
  if (envFiles.length > 0) {
    out.push(`  secrets_file: ${q(envFiles[0]!)}   # its KEY=VALUE values must never leave`);
    for (const other of envFiles.slice(1)) out.push(`  # also holds secrets (one secrets_file is read; merge them or pick one): ${other}`);
  }
  if ((f.envVars ?? []).length > 0) {
    out.push("  # environment variables holding secrets in this project (run the proxy with them set so env_leak knows their values):");
    for (const chunk of chunks(f.envVars!, 6)) out.push(`  #   ${chunk.join(", ")}`);
  }
  out.push("", "routes:                        # first match wins; every route inherits `defaults`");

  const routes: string[] = [];
  const seen = new Set<string>();
  const route = (host: string, lines: string[], comment: string) => {
    if (seen.has(host)) return;
    seen.add(host);
    routes.push(`  - host: ${q(host)}   # ${comment}`, ...lines.map((l) => `    ${l}`));
  };
  for (const eco of f.ecosystems ?? []) {
    for (const reg of REGISTRIES[eco] ?? []) {
      route(reg.host, reg.skip ? [`response: {skip_extensions: [${reg.skip.join(", ")}]}   # archives: not scanned for injection`] : [], reg.why);
    }
  }
  for (const url of f.registries ?? []) {
    let host: string;
    try {
      host = new URL(url).hostname;
    } catch {
      continue;
    }
    route(host, ["response: {skip_extensions: [.tgz]}"], "custom npm registry (.npmrc)");
  }
  const headers = f.injectHeaders ?? [];
  for (const api of f.apis ?? []) {
    const lines = LLM_APIS.has(api) ? ["request: {detectors: {entropy: off}}   # prompts are full of high-entropy text"] : [];
    route(api, [...lines, ...injectComments(api, headers)], LLM_APIS.has(api) ? "model API used by the code" : "API used by the code");
  }
  for (const host of f.mcpHosts ?? []) route(host, injectComments(host, headers), "remote MCP server");
  for (const h of headers) if (!seen.has(h.host)) route(h.host, injectComments(h.host, headers), "MCP server credentials");
  if (routes.length === 0) out.push("  []   # no registries, APIs or remote MCP servers found");
  else out.push(...routes);
  out.push(
    "",
    "# egress: with `default: block` only hosts of routes with `action: allow` pass. Once the routes",
    "# above cover what the agent needs, uncomment it (and add `action: allow` to each route).",
    "# egress: {default: block}",
    "",
  );
  const text = out.join("\n");
  await parseConfigText(text, "suggested config"); // throws (a bug) if the suggestion does not load
  return text;
}

function injectComments(host: string, headers: Array<{ host: string; header: string; envVar: string }>): string[] {
  const mine = headers.filter((h) => h.host === host);
  if (mine.length === 0) return [];
  return [
    "# the agent's config held this credential in plaintext: keep a dummy there and let the proxy add the",
    "# real one. Uncomment once the variable is set in the proxy's environment (an unset one expands to \"\"):",
    ...mine.map((h) => `# inject_headers: {${h.header}: "${h.header === "Authorization" ? "Bearer " : ""}\${${h.envVar}}"}`),
  ];
}

function chunks<T>(xs: T[], n: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += n) out.push(xs.slice(i, i + n));
  return out;
}

export function writeSuggestedConfig(path: string, text: string): void {
  writeFileAtomic(path, text, { mode: 0o644 });
}
