// defineRule reads from a pattern's source whether it has a capturing group (the default secret
// group); it must agree with what the regex engine counts.
import { expect, test } from "bun:test";
import { hasCaptureGroup } from "../../src/detect/rules/define.ts";

const engineSays = (re: RegExp) => new RegExp(`${re.source}|`).exec("")!.length > 1;

test("hasCaptureGroup agrees with the regex engine", () => {
  const patterns = [
    /abc/, /(abc)/, /(?:abc)/, /a(?=b)/, /a(?!b)/, /(?<=a)b/, /(?<!a)b/, /(?<name>a)b/, /\(a\)/, /[(]a[)]/,
    /\\(a)/, /[\](]x/, /[\\](a)/, /(?:a(?:b))c/, /(?:x)|(y)/, /[a-z(]+\((?:z)\)/, /a{2}(?<k>b)/, /[[(]/, /\[(a)/,
  ];
  for (const re of patterns) expect([re.source, hasCaptureGroup(re.source)]).toEqual([re.source, engineSays(re)]);
});

test("built-in rule ids are unique (a second rule with an id silently shadows the first in reports and allow-lists)", async () => {
  const { BUILTIN_RULES } = await import("../../src/detect/index.ts");
  const seen = new Set<string>();
  const twice = BUILTIN_RULES.map((r) => r.id).filter((id) => (seen.has(id) ? true : (seen.add(id), false)));
  expect(twice).toEqual([]);
});
