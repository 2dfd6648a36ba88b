// Provider values inside application config files (dotenv, Spring, .NET, Django, Rails, Laravel,
// wp-config, properties, supervisord, TOML, fly.toml, INI, Kustomize) sent whole by an agent.
import type { CorpusCase } from "../types.ts";
import { Gen, PROVIDERS, WRAPPERS, cat, mkCase, pad3, tok } from "./_gen.ts";
import { APPS } from "./_render.ts";

const g = new Gen(0x114a02);

export const cases: CorpusCase[] = PROVIDERS.filter((_, i) => i % 3 === 1).map((d, k) => {
  const t = tok(g, d);
  const r = APPS[k % APPS.length]!;
  const w = WRAPPERS[(k * 3 + 4) % WRAPPERS.length]!;
  const f = r.render(g, t);
  return mkCase(`y114-a-${pad3(k + 1)}`, cat(t.group), "positive", w.render(g, f),
    `${t.provider}; slot ${t.env} (${r.name}) in ${f.path}; sent via ${w.name}`);
});
