// Round twenty-one, wave four (held-out Y61/Y63 class): a chat hand-over where the rotation is
// said of "it" ("I rotated it yesterday, new one is <value>") and the place it goes follows the
// value ("can you update the staging secret", "update FOO_API_KEY in the deploy config"): random
// hex (maybe behind a vendor's short prefix), a UUID, a punctuated draw. Benign: the same sentence
// rotating logs, an on-call, tires; a build number; a commit sent to a release branch. Every
// credential-shaped value is built at run time.
import { builder, Rng, ALNUM, HEX } from "./_gen.ts";

const r = new Rng(0x21dc4a7e);
const b = builder({ category: "r21d-chat-rotated-it-update", expect: "secrets" });
const bb = builder({ category: "r21d-chat-rotated-it-update-benign" });

const hex = (n: number) => r.str(n, HEX);
const uuid = () => `${hex(8)}-${hex(4)}-4${hex(3)}-b${hex(3)}-${hex(12)}`;
const drawn = (n: number) => {
  let v = r.str(n, ALNUM + "-!#%*");
  while (!/\d/.test(v) || !/[a-z]/.test(v) || !/[A-Z]/.test(v) || (v.match(/[-!#%*]/g) ?? []).length < 2 || /[a-z]{5}|[A-Z]{6}/.test(v)) v = r.str(n, ALNUM + "-!#%*");
  return v;
};
const ask = (content: string) => JSON.stringify({ role: "user", content });

b.pos("r21d-hex32-staging-secret", "rotated it yesterday, new one is <32 hex>, update the staging secret", ask(`the Mixpanel sync is broken again. I rotated it yesterday, new one is ${hex(32)} — could you update the staging secret and redeploy?`));
b.pos("r21d-hex40-prod-token", "regenerated it this morning, new one is <40 hex>, update the prod token", `ok so I regenerated it this morning; new one is ${hex(40)}. pls update the prod token in the vault and re-run CI`);
b.pos("r21d-prefixed-hex-name", "rotated it, the new one is xy-<32 hex>, update XY_API_KEY", `heads up: auth on the crawler fails, I rotated it an hour ago, the new one is cw-${hex(32)} - can you update CRAWLER_API_KEY in the helm values?`);
b.pos("r21d-punctuated-password", "rotated it, new one is a punctuated draw of 18, update the staging password", ask(`hey, Redshift login is failing again. I reset it yesterday, new one is ${drawn(18)} — can you update the staging password and rerun the dbt job?`));
b.pos("r21d-uuid-secret", "rotated them, new one is a UUID, update the CI secret", `I rotated them last night (the Heroku ones). new one is ${uuid()}, can you set the CI secret to that and retrigger?`);
b.pos("r21d-de-ihn-rotiert", "German: ich habe ihn gestern rotiert, der neue ist <hex>, aktualisiere das Secret", `der Export schlägt wieder fehl. Ich habe ihn gestern rotiert, der neue ist ${hex(32)} — kannst du das Staging-Secret aktualisieren?`);
b.pos("r21d-fr-regenere", "French: je l'ai régénéré hier, la nouvelle est <value>, mets à jour le secret", `l'intégration Brevo plante encore. Je l'ai régénéré hier, nouvelle est ${hex(40)} — tu peux mettre à jour le secret de staging ?`);

bb.ben("r21d-logs-file", "rotated the logs, new one is a log file name", `I rotated the logs yesterday, new one is app-2024-06.log — can you update the staging secret docs to point at it?`);
bb.ben("r21d-on-call", "rotated the on-call, new one is a handle", `rotated the on-call, new one is @maria.fernandez-lopez — can you update the pager secret rota?`);
bb.ben("r21d-build-number", "new one is a build number, update the staging build", `I rotated it yesterday, new one is 4821 — can you update the staging build and rerun?`);
bb.ben("r21d-tires", "rotated the tires, new one is fine", `I rotated the tires, new one is fine — can you update the car key fob battery too?`);
bb.ben("r21d-commit-release-branch", "rotated it, new one is a commit sha, update the release branch", `I rotated it yesterday, new one is ${hex(40)} — can you update the release branch and rerun?`);
bb.ben("r21d-commit-no-rotation", "new one is a commit, update the secret scanning baseline; no rotation said", `the baseline drifted, new one is ${hex(40)} — can you update the secret scanning baseline?`);
bb.ben("r21d-de-logs", "German: die Logs rotiert, der neue ist a file, aktualisiere den Schlüssel-Pfad", `Ich habe die Logs gestern rotiert, der neue ist export-2024-06-01.log — kannst du den Pfad aktualisieren?`);
bb.ben("r21d-fr-commit", "French: je l'ai changé, la nouvelle est un commit, mets à jour la branche", `Je l'ai changé hier, nouvelle est ${hex(40)} — tu peux mettre à jour la branche de release ?`);
export const cases = [...b.cases, ...bb.cases];
