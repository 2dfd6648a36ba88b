// Round twenty-nine (held-out Y127's y127-g-015): Roblox's .ROBLOSECURITY session cookie, whose value
// starts with a fixed DO-NOT-SHARE banner, in a cookie header, a cookie jar, env and JSON. Benign: the
// banner with a placeholder, a stub or a reference after it, and prose about the cookie. Values drawn at run time.
import type { CorpusCase } from "../types.ts";
import { Rng } from "./_gen.ts";

const r = new Rng(0x29f002);
const cases: CorpusCase[] = [];
const add = (label: "positive" | "benign", category: string) => (id: string, note: string, text: string) =>
  void cases.push({ id: `sec-r29f-${id}`, kind: "secrets", category, label, text, note });
const pos = add("positive", "r29-roblox-cookie");
const ben = add("benign", "r29-roblox-cookie-benign");

const BANNER = ["_|WARNING:-DO-NOT-SHARE-THIS.", "--Sharing-this-will-allow-someone-to-log-in-as-you-and-to-steal-your-ROBUX-and-items.|_"].join("");
const hexCookie = () => BANNER + r.HEX(2 * (300 + r.int(200)));
const b64Cookie = () => BANNER + "CAEaAhAB" + r.b64url(560);

pos("rbx-header", "Cookie header in a curl command", `curl -H 'Cookie: .ROBLOSECURITY=${hexCookie()}' https://economy.roblox.com/v1/user/currency`);
pos("rbx-env", "dotenv line", `ROBLOX_COOKIE=${hexCookie()}\nGROUP_ID=${r.digits(8)}\n`);
pos("rbx-json", "bot config JSON", JSON.stringify({ groupId: Number(r.digits(7)), cookie: hexCookie() }));
pos("rbx-jar", "Netscape cookie jar line", `.roblox.com\tTRUE\t/\tTRUE\t${r.digits(10)}\t.ROBLOSECURITY\t${hexCookie()}\n`);
pos("rbx-b64", "newer base64 cookie body", `noblox.setCookie("${b64Cookie()}")`);
pos("rbx-python", "python requests cookies dict", `session.cookies[".ROBLOSECURITY"] = "${hexCookie()}"`);

ben("rbx-placeholder", "banner with a placeholder", `ROBLOSECURITY=${BANNER}<your cookie here>`);
ben("rbx-dots", "banner then an ellipsis in docs", `The cookie looks like \`${BANNER}...\` — never paste it anywhere.`);
ben("rbx-env-ref", "cookie read from env", `noblox.setCookie(process.env.ROBLOSECURITY)`);
ben("rbx-prefix-check", "code checking the banner prefix", `if (!cookie.startsWith("${BANNER}")) throw new Error("not a roblox cookie");`);
ben("rbx-stub", "banner with a short stub", `.ROBLOSECURITY=${BANNER}${r.HEX(12)}`);
ben("rbx-filler", "banner with filler", `cookie: "${BANNER}${"X".repeat(400)}"`);

export { cases };
