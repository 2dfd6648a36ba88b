// A repository's own safety checks switched off as part of a task: the secret scanner's config
// deleted, its pre-commit hook removed, git hooks pointed at /dev/null, hash pinning or signature
// checks dropped from CI ("delete .gitleaks.toml", "remove the detect-secrets hook", "git config
// core.hooksPath /dev/null", "remove the --require-hashes flag"). Weak and partnered with an address
// to an AI or a wish to keep it quiet: a changelog says "we removed the gitleaks job" of itself.
import type { Family, Pattern } from "./pattern-set.ts";

const PARTNERS: readonly Family[] = ["addressed", "concealment", "override", "role"];
/** Secret scanners and supply-chain checks, by the names a repository spells them. */
const CHECK = String.raw`(?:[\x60'"]?\.?(?:gitleaks|detect-secrets|trufflehog|ggshield|git-secrets|talisman|secretlint|semgrep|codeql|osv-scanner|snyk)[\w.\-]{0,24}[\x60'"]?|secret[\s-]scanning|push\s{1,3}protection|[\x60'"]?--require-hashes[\x60'"]?|hash[\s-](?:checking|pinning|verification)|signature\s{1,3}verification|pre-commit\s{1,3}hooks?)`;

export const HARM_REPO_CHECKS_OFF_PATTERNS: Pattern[] = [
  {
    id: "harm.repo-security-checks-off", family: "harm", weight: 0.35, partners: PARTNERS, negatable: true,
    description: "A repository's secret scanning, hooks or hash / signature checks removed or disabled (\"delete .gitleaks.toml\", \"core.hooksPath /dev/null\")",
    re: new RegExp(String.raw`\b(?:delete|remove|drop|disable|deactivate|skip|bypass|strip|comment\s{1,3}out|turn\s{1,3}off|switch\s{1,3}off|get\s{1,3}rid\s{1,3}of)\s{1,3}(?:(?:the|its|any|all|your|our)\s{1,3})?(?:[\w-]{2,20}\s{1,3}){0,2}?${CHECK}|\bcore\.hooksPath\s{1,3}[\x60'"]?\/dev\/null\b`, "gi"),
    anchors: ["gitleaks", "detect-secrets", "trufflehog", "ggshield", "git-secrets", "talisman", "secretlint", "semgrep", "codeql", "osv-scanner", "snyk", "secret scanning", "secret-scanning", "push protection", "require-hashes", "hash checking", "hash-checking", "hash pinning", "hash-pinning", "hash verification", "hash-verification", "signature verification", "pre-commit hook", "hookspath"],
    before: 80, after: 40,
  },
];
