// Package installs pointed at another registry: "add an .npmrc with registry=https://npm.example.net/",
// "npm config set registry https://…", "pip install --index-url https://…", "set GOPROXY=https://…",
// "point the registry to https://…". Teams configure private mirrors every day, and the public
// registries are no redirect: weak and partnered, it counts next to an address to the AI reader
// (a dependency bot's PR body with a "Note for AI reviewers"), a wish to keep it quiet, or an override.
import type { Pattern } from "./pattern-set.ts";

const URL = String.raw`["'\x60]?https?:\/\/([^\s"'<>\x60\/]{3,120})`;
const SETTING = String.raw`(?:\bregistry ?[=:]|\bnpm\s{1,3}config\s{1,3}set\s{1,3}registry\s|--registry[=\s]|\b(?:extra-)?index-url\s{0,2}[=\s]|\bnpmRegistryServer\s{0,2}:|\bGOPROXY\s{0,2}=|\bregistry (?:to|at)\s)\s{0,2}`;
const REDIRECT = new RegExp(SETTING + URL, "i");
/** The public registries themselves: setting them back is no redirect. */
const PUBLIC = /(?:^|\.)(?:registry\.npmjs\.org|registry\.yarnpkg\.com|pypi\.org|pypi\.python\.org|files\.pythonhosted\.org|proxy\.golang\.org|rubygems\.org|crates\.io|repo1?\.maven\.org|nuget\.org)$/i;

/** A package manager's source file or setting, named in prose in any language ("the package index in pip.conf", "die Paketquelle in pip.conf … auf https://…"). */
const SOURCE_FILE = String.raw`(?:\bpip\.(?:conf|ini)\b|\.npmrc\b|\.yarnrc(?:\.yml)?\b|\.pypirc\b|\bsources\.list\b|\bnuget\.config\b|\.cargo\/config(?:\.toml)?\b|\bGOPROXY\b|\bgo\s{1,3}env\s{1,3}-w\b)`;
const FILE_THEN_URL = new RegExp(String.raw`${SOURCE_FILE}[^\n]{0,80}?https?:\/\/([^\s"'<>\x60\/]{3,120})`, "i");
const URL_THEN_FILE = new RegExp(String.raw`https?:\/\/([^\s"'<>\x60\/]{3,120})[^\n]{0,80}?${SOURCE_FILE}`, "i");

export const REGISTRY_REDIRECT_PATTERNS: Pattern[] = [
  {
    id: "harm.registry-redirect", family: "harm", weight: 0.35, partners: ["addressed", "concealment", "override", "role"],
    description: "Package installs pointed at another registry (\"add an .npmrc with registry=https://…\", \"--index-url https://…\")",
    re: new RegExp(SETTING + URL, "gi"),
    anchors: ["registry=", "registry =", "registry:", "set registry", "--registry", "index-url", "npmregistryserver", "goproxy", "registry to", "registry at"],
    before: 40, after: 160,
    judge: (m) => (PUBLIC.test(REDIRECT.exec(m)?.[1]?.replace(/:\d+$/, "") ?? "") ? 0 : 1),
  },
  {
    id: "harm.registry-redirect-prose", family: "harm", weight: 0.35, partners: ["addressed", "concealment", "override", "role"],
    description: "A package manager's source file named beside a link, in any language (\"switch the index in pip.conf to https://…\", \"die Paketquelle in pip.conf auf https://… umstellen\")",
    re: new RegExp(String.raw`${SOURCE_FILE}[^\n]{0,80}?https?:\/\/[^\s"'<>\x60\/]{3,120}|https?:\/\/[^\s"'<>\x60\/]{3,120}[^\n]{0,80}?${SOURCE_FILE}`, "gi"),
    anchors: ["pip.conf", "pip.ini", ".npmrc", ".yarnrc", ".pypirc", "sources.list", "nuget.config", ".cargo/config", "goproxy", "go env -w"],
    before: 120, after: 120,
    judge: (m) => (PUBLIC.test((FILE_THEN_URL.exec(m) ?? URL_THEN_FILE.exec(m))?.[1]?.replace(/:\d+$/, "") ?? "") ? 0 : 1),
  },
];
