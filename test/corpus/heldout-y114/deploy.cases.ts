// Provider values inside deployment / infrastructure files (compose, Kubernetes, Helm, Terraform,
// Ansible, CI pipelines, systemd, cron, ECS, Nomad, cloud-init, Dockerfile) sent whole by an agent.
import type { CorpusCase } from "../types.ts";
import { Gen, PROVIDERS, WRAPPERS, cat, mkCase, pad3, tok } from "./_gen.ts";
import { DEPLOY } from "./_render.ts";

const g = new Gen(0x114d01);

export const cases: CorpusCase[] = PROVIDERS.filter((d, i) => i % 3 === 0 || (i % 3 === 2 && d.group === "payment")).map((d, k) => {
  const t = tok(g, d);
  const r = DEPLOY[k % DEPLOY.length]!;
  const w = WRAPPERS[(k * 5 + 1) % WRAPPERS.length]!;
  const f = r.render(g, t);
  return mkCase(`y114-d-${pad3(k + 1)}`, cat(t.group), "positive", w.render(g, f),
    `${t.provider}; slot ${t.env} (${r.name}) in ${f.path}; sent via ${w.name}`);
});
