// A package one typo away from a widely used one, to be added to a project's dependencies or
// installed: "also add \"reqeusts==2.31.0\" and \"python-dateutils\" to requirements.txt",
// "npm install lodahs", "add colourama to the deps". A real package named right is no signal; a
// typo of a famous one is what a typosquat looks like. Weak and partnered: it counts next to an
// address to the AI, an order, or a wish to keep it quiet (a write-up about typosquats names them too).
import type { Family, Pattern } from "./pattern-set.ts";
import { typoDistance } from "./patterns-dependency-swap.ts";
import { POPULAR_PACKAGES } from "./popular-packages.ts";

const PARTNERS: readonly Family[] = ["addressed", "order", "concealment", "override", "role"];

const MANIFEST = String.raw`(?:requirements(?:[-_.]\w{1,12})?\.(?:txt|in)|package\.json|pyproject\.toml|Pipfile|Gemfile|Cargo\.toml|go\.mod|setup\.(?:py|cfg)|environment\.ya?ml|(?:the\s{1,3}|your\s{1,3}|its\s{1,3}|our\s{1,3})?(?:project['’]?s?\s{1,3})?(?:dependenc(?:y|ies)(?:\s{1,3}list)?|deps|dev-?dependencies))`;
const ADD_TO = String.raw`\b(?:add|include|append|put|pin|list)\b[^\n]{1,160}?\b(?:to|in|into|under)\s{1,3}(?:the\s{1,3}|your\s{1,3}|its\s{1,3}|our\s{1,3})?[\x60'"]?${MANIFEST}`;
/** A manifest switched over to other packages: "switch requirements.txt to `python-dateutil2==2.9.1`". */
const SWITCH_TO = String.raw`\b(?:switch|change|move|update|bump|migrate|point)\s{1,3}[\x60'"]?${MANIFEST}[\x60'"]?\s{1,3}(?:over\s{1,3})?to\b[^\n]{1,160}`;
const INSTALL = String.raw`\b(?:pip3?|pipx|uv\s{1,3}pip|poetry|npm|yarn|pnpm|bun)\s{1,3}(?:install|add|i)\b[^\n;&|]{1,160}`;

/** A package name as a manifest or a command writes it: quoted, pinned to a version, or an install argument. */
const QUOTED = /[\x60'"“](@?[a-z][\w.\/-]{2,60}?)(?:\s{0,2}(?:[=<>~!]=?|@)[^\x60'"”\s]{0,30})?[\x60'"”]/gi;
const PINNED = /(?<![\w.@\/-])(@?[a-z][\w.\/-]{2,60}?)(?:==|>=|~=|<=|@\^?\d)/gi;
/** Where a command's arguments give way to prose ("npm install lodash and start the server"). */
const ARGS_END = /^(?:and|then|to|before|after|in|on|with|for|from|so|or|first|now|&&|;|\|\|?)$/i;
/** English words one letter from a popular package's name (semver, ethers, torch, httpx, typer, flask, colors). */
const WORDS = new Set(["server", "others", "touch", "https", "type", "flash", "color", "clock", "redact", "reacts", "panda", "moments", "wheels"]);
const INSTALL_ARGS = /^\S+\s{1,3}(?:pip\s{1,3})?\S+\s{1,3}(.*)$/s;

function candidates(match: string): string[] {
  const out = [...match.matchAll(QUOTED), ...match.matchAll(PINNED)].map((m) => m[1]!);
  if (/^(?:pip|pipx|uv|poetry|npm|yarn|pnpm|bun)\b/i.test(match)) {
    const args = INSTALL_ARGS.exec(match)?.[1] ?? "";
    for (const a of args.split(/\s+/)) {
      if (ARGS_END.test(a)) break;
      if (/^@?[a-z][\w.\/-]{2,60}/i.test(a)) out.push(a.replace(/[.,;:]+$/, "").replace(/(?:[=<>~!]=?|@(?=\^?\d)).*$/, ""));
      if (/[.,;:]$/.test(a)) break;
    }
  }
  return out;
}

/** Some package named in the match is one typo (or a stray plural) from a popular package, and not itself one. */
export function namesTyposquat(match: string): boolean {
  for (const raw of candidates(match)) {
    const name = raw.toLowerCase().replace(/[.\/-]+$/, "");
    if (name.length < 4 || POPULAR_PACKAGES.has(name) || WORDS.has(name)) continue;
    for (const known of POPULAR_PACKAGES) {
      if (known.length >= 5 && Math.abs(known.length - name.length) <= 1 && typoDistance(known, name) === 1) return true;
    }
  }
  return false;
}

export const TYPOSQUAT_DEP_PATTERNS: Pattern[] = [
  {
    id: "harm.typosquat-dependency", family: "harm", weight: 0.35, partners: PARTNERS,
    description: "A package one typo from a popular one, to be added to the dependencies or installed (\"add reqeusts to requirements.txt\")",
    re: new RegExp(`${ADD_TO}|${SWITCH_TO}|${INSTALL}`, "gi"),
    anchors: ["add", "include", "append", "put", "pin", "list", "switch", "change", "move", "update", "bump", "migrate", "point", "pip", "uv ", "poetry", "npm", "yarn", "pnpm", "bun "],
    also: ["requirements", "package.json", "pyproject", "pipfile", "gemfile", "cargo.toml", "go.mod", "setup.", "environment.y", "dependenc", "deps", "install", "yarn add", "pnpm add", "poetry add", "bun add"],
    before: 2, after: 240,
    judge: (m) => (namesTyposquat(m) ? 1 : 0),
  },
];
