// User rules from YAML run on RE2 (re2js): linear time by construction, so a user pattern can
// never stall a scan. Patterns using what RE2 lacks (backreferences, lookaround) are refused.
import type { RE2JS as RE2JSClass } from "re2js";

type RE2JSModule = typeof import("re2js");
import { UsageError } from "../cli/errors.ts";
import type { Matcher, MatchResult, Rule } from "../detect/rules/types.ts";
import type { CustomRuleSpec } from "./types.ts";

export function re2Matcher(RE2JS: RE2JSModule["RE2JS"], pattern: string, where: string): Matcher {
  let re: RE2JSClass;
  try {
    re = RE2JS.compile(pattern);
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    const hint = /\\[1-9]|\(\?<?[=!]/.test(pattern) ? " (backreferences and lookaround are not supported: they can take exponential time)" : "";
    throw new UsageError(`${where}: regex refused: ${why}${hint}`);
  }
  return {
    matchAll(text: string): MatchResult[] {
      const out: MatchResult[] = [];
      const m = re.matcher(text);
      let from = 0;
      while (from <= text.length && m.find(from)) {
        const start = m.start();
        const end = m.end();
        const groups: Array<[string | undefined, number]> = [];
        for (let i = 0; i <= m.groupCount(); i++) {
          const g = m.group(i);
          groups.push(g === null ? [undefined, start] : [g, m.start(i)]);
        }
        out.push({ start, end, group: (i) => groups[i]?.[0], groupStart: (i) => groups[i]?.[1] ?? start });
        from = end > start ? end : end + 1;
      }
      return out;
    },
  };
}

/** Compiles user rules; re2js is imported only when a config has some. */
export async function compileCustomRules(specs: readonly CustomRuleSpec[], source: string): Promise<Rule[]> {
  if (specs.length === 0) return [];
  const { RE2JS } = await import("re2js");
  return specs.map((spec, i) => compileCustomRule(RE2JS, spec, source, i));
}

function compileCustomRule(RE2JS: RE2JSModule["RE2JS"], spec: CustomRuleSpec, source: string, index: number): Rule {
  const where = `config ${source}: detect.rules[${index}] (${spec.id})`;
  const matcher = re2Matcher(RE2JS, spec.regex, where);
  const groups = RE2JS.compile(spec.regex).groupCount();
  if (spec.secretGroup !== undefined && spec.secretGroup > groups) {
    throw new UsageError(`${where}: secret_group ${spec.secretGroup} but the regex has ${groups} group(s)`);
  }
  for (const k of spec.keywords) if (/[^\x00-\x7f]/.test(k) || k.length < 2) throw new UsageError(`${where}: keyword '${k}' must be ASCII and at least 2 characters`);
  return {
    id: spec.id,
    description: spec.description ?? `Custom rule ${spec.id}`,
    detector: spec.detector,
    keywords: spec.keywords.map((k) => k.toLowerCase()),
    matcher,
    anchored: false,
    secretGroup: spec.secretGroup ?? (groups > 0 ? 1 : 0),
    entropy: spec.entropy,
    placeholder: "standard",
    severity: spec.severity,
    confidence: "medium",
    tags: ["custom"],
    before: 128,
    after: 512,
    examples: new Set(),
  };
}
