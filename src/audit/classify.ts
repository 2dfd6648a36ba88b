// What a path is to an agent's owner, from its name alone: credential files, agent setup,
// instruction files, environment files, package manifests. Content checks build on this.

export type FileKind =
  | "env" // .env, .env.local …: read by apps and agents alike
  | "private-key" // id_rsa, *.pem, *.key, *.p12 …
  | "google-credentials" // credentials.json, service-account*.json
  | "npmrc"
  | "pypirc"
  | "git-credentials"
  | "netrc"
  | "kubeconfig"
  | "docker-config"
  | "aws-credentials"
  | "mcp-config"
  | "claude-settings"
  | "vscode-settings"
  | "instructions"
  | "manifest" // lockfiles and package manifests: registries for --suggest-config
  | "plain";

export type McpClient = "claude-code" | "cursor" | "vscode" | "claude-desktop" | "gemini" | "windsurf";

const basename = (rel: string) => rel.slice(rel.lastIndexOf("/") + 1);
const parentName = (rel: string) => {
  const parts = rel.split("/");
  return parts.length >= 2 ? parts[parts.length - 2]! : "";
};

const ENV_TEMPLATE = /\.(?:example|sample|template|dist|defaults?|tmpl)$/i;
const KEY_NAMES = /^(?:id_(?:rsa|dsa|ecdsa|ed25519)(?:_sk)?|[^/]*\.(?:pem|key|p12|pfx|jks|keystore|ppk|p8|asc|gpg))$/i;
const MANIFESTS = new Set([
  "package.json", "package-lock.json", "npm-shrinkwrap.json", "yarn.lock", "pnpm-lock.yaml", "bun.lock", "bun.lockb",
  "requirements.txt", "pyproject.toml", "poetry.lock", "Pipfile", "Pipfile.lock", "uv.lock", "setup.py", "setup.cfg",
  "Cargo.toml", "Cargo.lock", "go.mod", "go.sum", "Gemfile", "Gemfile.lock", "composer.json", "composer.lock",
  "pom.xml", "build.gradle", "build.gradle.kts",
]);
const INSTRUCTION_NAMES = new Set(["AGENTS.md", "CLAUDE.md", "CLAUDE.local.md", "GEMINI.md", ".cursorrules", ".windsurfrules", ".clinerules"]);

export function classify(rel: string): FileKind {
  const name = basename(rel);
  const parent = parentName(rel);
  const lower = name.toLowerCase();
  if ((lower === ".env" || lower.startsWith(".env.") || lower.endsWith(".env")) && !ENV_TEMPLATE.test(lower)) return "env";
  if (INSTRUCTION_NAMES.has(name) || rel === ".github/copilot-instructions.md" || rel.endsWith("/.github/copilot-instructions.md")) return "instructions";
  if (parent === "rules" && rel.includes(".cursor/rules/") && /\.mdc?$/.test(lower)) return "instructions";
  if (mcpClientOf(rel) !== null) return "mcp-config";
  if (parent === ".claude" && (name === "settings.json" || name === "settings.local.json")) return "claude-settings";
  if (parent === ".vscode" && name === "settings.json") return "vscode-settings";
  if (name === ".npmrc") return "npmrc";
  if (name === ".pypirc") return "pypirc";
  if (name === ".git-credentials") return "git-credentials";
  if (name === ".netrc" || name === "_netrc") return "netrc";
  if (lower === "kubeconfig" || lower.endsWith(".kubeconfig") || (parent === ".kube" && name === "config")) return "kubeconfig";
  if (parent === ".docker" && name === "config.json") return "docker-config";
  if (parent === ".aws" && (name === "credentials" || name === "config")) return "aws-credentials";
  if (lower === "credentials.json" || /^(?:service[-_]?account|client[-_]?secret)[^/]*\.json$/.test(lower) || /^gcp[-_].*key.*\.json$/.test(lower)) return "google-credentials";
  if (KEY_NAMES.test(name) && !lower.endsWith(".pub")) return "private-key";
  if (MANIFESTS.has(name) || /^requirements[-_.\w]*\.txt$/.test(lower)) return "manifest";
  return "plain";
}

export function mcpClientOf(rel: string): McpClient | null {
  const name = basename(rel);
  const parent = parentName(rel);
  if (name === ".mcp.json") return "claude-code";
  if (name === "mcp.json" && parent === ".cursor") return "cursor";
  if (name === "mcp.json" && parent === ".vscode") return "vscode";
  if (name === "claude_desktop_config.json") return "claude-desktop";
  if (name === "settings.json" && parent === ".gemini") return "gemini";
  if (name === "mcp_config.json" && parent === "windsurf") return "windsurf";
  return null;
}

/** Kinds worth reporting even when git ignores the file: the agent reads the working tree, not git. */
export function agentSensitive(kind: FileKind): boolean {
  return kind !== "plain" && kind !== "manifest";
}

/** Ignored directories still entered: where credentials and agent settings live. */
const SENSITIVE_DIRS = new Set([".ssh", ".aws", ".docker", ".kube", ".gnupg", "secrets", ".secrets", "credentials", "keys", ".claude", ".cursor", ".vscode", ".gemini"]);
export function enterIgnoredDir(name: string): boolean {
  return SENSITIVE_DIRS.has(name);
}

/** Text (source and docs) where SDK imports are looked for by --suggest-config. */
export const CODE_EXT = /\.(?:[cm]?[jt]sx?|py|go|rb|rs|java|kt|php|cs)$/i;
