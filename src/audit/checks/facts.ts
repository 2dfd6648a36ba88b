// What --suggest-config needs to know about the project: package ecosystems (from lockfiles and
// manifests), custom registries, the APIs the code talks to (SDK imports and dependencies), and
// the names of the environment variables that hold secrets.
import type { Facts } from "../types.ts";
import { SECRET_NAME } from "./text.ts";

const MANIFEST_ECOSYSTEM: Array<[RegExp, string]> = [
  [/^(?:package(?:-lock)?\.json|npm-shrinkwrap\.json|yarn\.lock|pnpm-lock\.yaml|bun\.lockb?)$/, "npm"],
  [/^(?:requirements[-_.\w]*\.txt|pyproject\.toml|poetry\.lock|Pipfile(?:\.lock)?|uv\.lock|setup\.(?:py|cfg))$/, "pypi"],
  [/^Cargo\.(?:toml|lock)$/, "crates"],
  [/^go\.(?:mod|sum)$/, "go"],
  [/^Gemfile(?:\.lock)?$/, "rubygems"],
  [/^composer\.(?:json|lock)$/, "packagist"],
  [/^(?:pom\.xml|build\.gradle(?:\.kts)?)$/, "maven"],
];

/** Package names (npm or PyPI) and the API host their SDK talks to. */
const SDK_HOSTS: Array<[RegExp, string]> = [
  [/^openai$/, "api.openai.com"],
  [/^@anthropic-ai\/sdk$|^anthropic$/, "api.anthropic.com"],
  [/^@google\/(?:generative-ai|genai)$|^google[-_.]generativeai$|^google[-_.]genai$/, "generativelanguage.googleapis.com"],
  [/^@mistralai\/mistralai$|^mistralai$/, "api.mistral.ai"],
  [/^cohere(?:-ai)?$/, "api.cohere.com"],
  [/^groq(?:-sdk)?$/, "api.groq.com"],
  [/^stripe$/, "api.stripe.com"],
  [/^@octokit\/[\w-]+$|^octokit$|^pygithub$|^github$/i, "api.github.com"],
  [/^@slack\/(?:web-api|bolt)$|^slack[-_]sdk$|^slack[-_]bolt$/, "slack.com"],
  [/^twilio$/, "api.twilio.com"],
  [/^@sendgrid\/mail$|^sendgrid$/, "api.sendgrid.com"],
  [/^@huggingface\/inference$|^huggingface[-_]hub$/, "huggingface.co"],
];

export function apiHostOf(pkg: string): string | null {
  for (const [re, host] of SDK_HOSTS) if (re.test(pkg)) return host;
  return null;
}

export function manifestFacts(rel: string, text: string): Facts {
  const name = rel.slice(rel.lastIndexOf("/") + 1);
  const facts: Facts = {};
  for (const [re, eco] of MANIFEST_ECOSYSTEM) if (re.test(name)) facts.ecosystems = [eco];
  const apis = new Set<string>();
  if (name === "package.json") {
    try {
      const doc = JSON.parse(text) as Record<string, unknown>;
      for (const k of ["dependencies", "devDependencies", "optionalDependencies", "peerDependencies"]) {
        const deps = doc[k];
        if (deps && typeof deps === "object") for (const d of Object.keys(deps)) addApi(apis, d);
      }
    } catch {
      // not JSON: the ecosystem alone is enough
    }
  } else if (/^requirements[-_.\w]*\.txt$/.test(name) || name === "Pipfile") {
    for (const m of text.matchAll(/^\s*([A-Za-z0-9][A-Za-z0-9._-]*)/gm)) addApi(apis, m[1]!.toLowerCase());
  } else if (name === "pyproject.toml") {
    for (const m of text.matchAll(/["']\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:[<>=!~;[\]]|["'])/g)) addApi(apis, m[1]!.toLowerCase());
  }
  if (apis.size > 0) facts.apis = [...apis];
  return facts;
}

export function npmrcFacts(text: string): Facts {
  const regs = [...text.matchAll(/^\s*(?:@[\w-]+:)?registry\s*=\s*(\S+)/gm)].map((m) => m[1]!);
  return regs.length > 0 ? { registries: regs, ecosystems: ["npm"] } : { ecosystems: ["npm"] };
}

const JS_IMPORT = /(?:\bfrom\s*["']([^"'./][^"']*)["']|\brequire\(\s*["']([^"'./][^"']*)["']\s*\)|\bimport\s*\(?\s*["']([^"'./][^"']*)["'])/g;
const PY_IMPORT = /^\s*(?:from|import)\s+([A-Za-z_][\w]*)/gm;

/** Names every mapped SDK's package contains: files without any import nothing we map. */
const SDK_GATE = /openai|anthropic|generative|genai|mistral|cohere|groq|stripe|octokit|github|slack|twilio|sendgrid|hugging/i;

/** SDK imports in source: a cheap substring gate first, most files import nothing we map. */
export function importFacts(rel: string, text: string): Facts {
  if (!SDK_GATE.test(text)) return {};
  const apis = new Set<string>();
  if (/\.py$/.test(rel)) {
    for (const m of text.matchAll(PY_IMPORT)) addApi(apis, m[1]!.toLowerCase());
  } else {
    for (const m of text.matchAll(JS_IMPORT)) {
      const spec = (m[1] ?? m[2] ?? m[3])!;
      const pkg = spec.startsWith("@") ? spec.split("/").slice(0, 2).join("/") : spec.split("/")[0]!;
      addApi(apis, pkg);
    }
  }
  return apis.size > 0 ? { apis: [...apis] } : {};
}

function addApi(apis: Set<string>, pkg: string): void {
  const host = apiHostOf(pkg);
  if (host) apis.add(host);
}

/** Names of .env variables that hold secret-looking values (the values themselves never leave). */
export function envFileFacts(text: string, isSecret: (value: string) => boolean): Facts {
  const names: string[] = [];
  for (const m of text.matchAll(/^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*?)\s*$/gm)) {
    const value = m[2]!.replace(/^["']|["']$/g, "");
    if (value === "") continue;
    if (SECRET_NAME.test(m[1]!) || isSecret(value)) names.push(m[1]!);
  }
  return names.length > 0 ? { envVars: names } : {};
}
