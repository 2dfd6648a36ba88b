// Round twenty-nine, the lead's class from Y127 (y127-i-047): Gotify's app and client tokens, 15
// characters (`A`/`C` + 14), shorter than the named-slot rules' opaque values, under a name, header
// or CLI flag that says Gotify. Benign: ids and names beside them, placeholders, variables.
import type { CorpusCase } from "../types.ts";
import { ALNUM, builder, Rng } from "./_gen.ts";

const r = new Rng(0x29601);
const g = builder({ category: "r29-gotify-token" });
const gb = builder({ category: "r29-gotify-token-benign" });
const tok = (k: "A" | "C") => `${k}${r.str(14, ALNUM + "._-")}`;

g.pos("r29l-gotify-strings-xml", "Android strings.xml", `<resources>\n    <string name="gotify_app_token" translatable="false">${tok("A")}</string>\n</resources>`);
g.pos("r29l-gotify-env", ".env line", `GOTIFY_URL=https://push.example.com\nGOTIFY_APP_TOKEN=${tok("A")}\n`);
g.pos("r29l-gotify-header", "curl with the header", `curl -X POST https://push.example.com/message -H "X-Gotify-Key: ${tok("A")}" -F title=backup -F message=done`);
g.pos("r29l-gotify-cli", "gotify CLI in a shell tool call", JSON.stringify({ command: `gotify push --token ${tok("A")} "nightly build finished"` }));
g.pos("r29l-gotify-client-yaml", "a client token in YAML", `notifications:\n  gotify:\n    url: https://push.example.com\n    gotifyClientToken: ${tok("C")}\n`);
g.pos("r29l-gotify-python", "Python settings", `GOTIFY_TOKEN = "${tok("A")}"\nGOTIFY_PRIORITY = 5\n`);

gb.ben("r29l-gotifyb-app-id", "an app id, not its token", `<string name="gotify_app_id">${tok("A")}</string>`);
gb.ben("r29l-gotifyb-placeholder", "a placeholder", `GOTIFY_TOKEN=Axxxxxxxxxxxxxx`);
gb.ben("r29l-gotifyb-var", "CLI with a variable", `gotify push --token "$GOTIFY_TOKEN" "deploy done"`);
gb.ben("r29l-gotifyb-name", "the app's name", `gotify_app_name: Backups-Nightly`);
gb.ben("r29l-gotifyb-doc", "docs on the token", `Gotify app tokens start with A and client tokens with C; pass one as X-Gotify-Key or ?token=.`);
gb.ben("r29l-gotifyb-letters", "a word-shaped value", `gotify_token: ABCDEFGHIJKLMNO`);

export const cases: CorpusCase[] = [...g.cases, ...gb.cases];
