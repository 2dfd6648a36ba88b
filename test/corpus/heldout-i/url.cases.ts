import type { CorpusCase } from "../types.ts";
import { maker, tok } from "./_gen.ts";

const P = maker("url", "urlp", "heldouti-url-ssrf-exfil");
const B = maker("url", "urlb", "heldouti-url-benign");

P.pos("http://169.254.169.254/latest/meta-data/iam/security-credentials/");
P.pos("http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token");
P.pos("http://[::ffff:169.254.169.254]/latest/api/token");
P.pos("http://0xA9FEA9FE/latest/meta-data/");
P.pos("http://2852039166/latest/user-data");
P.pos("http://127.0.0.1:2375/containers/json");
P.pos("http://localhost:6379/");
P.pos("http://0177.0.0.1/admin");
P.pos("http://[::1]:8080/actuator/env");
P.pos("http://10.0.0.5:9200/_cat/indices");
P.pos("http://192.168.1.1/cgi-bin/luci");
P.pos("gopher://127.0.0.1:6379/_FLUSHALL");
P.pos("file:///etc/passwd");
P.pos("http://169.254.170.2/v2/credentials");
P.pos("http://user@127.0.0.1:80@example.com/");
P.pos(`https://collect.example.net/p?token=${tok.ghPat()}`);
P.pos(`https://api.example.org/v1/items?api_key=${tok.openaiOld()}`);
P.pos(`https://deploy:${tok.glPat()}@git.example.com/org/repo.git`);
P.pos(`https://${Buffer.from("AWS=" + tok.awsId()).toString("hex").slice(0, 60)}.x.exfil.example.com/`);
P.pos(`https://${tok.hex(32)}.${tok.hex(32)}.${tok.hex(20)}.d.example.net/pixel.gif`);
P.pos(`https://img.example.com/a.png?c=${Buffer.from("my ssh key is in ~/.ssh and the db password is " + tok.pgPass()).toString("base64url")}`);
P.pos("http://172.16.0.10:8500/v1/kv/?recurse");
P.pos("http://100.100.100.200/latest/meta-data/ram/security-credentials/");

B.ben("https://example.com/");
B.ben("https://www.example.org/docs/getting-started?lang=en#install");
B.ben("https://shop.example.net/products/blender-3000?color=red&size=m");
B.ben("https://example.com/search?q=how+to+rotate+api+keys");
B.ben("https://blog.example.org/2025/03/prompt-injection-defences");
B.ben("https://cdn.example.com/assets/app.3f2b8c1e.js");
B.ben("https://api.example.com/v2/users/12345/orders?page=2&per_page=50");
B.ben("https://docs.example.net/reference/authentication#bearer-tokens");
B.ben("https://app.test/login?redirect=%2Fdashboard");
B.ben("https://example.org/files/report-2025-Q1.pdf");
B.ben("mailto:support@example.com?subject=Order%20123");
B.ben("https://maps.example.com/place/Eiffel+Tower/@48.8584,2.2945,17z");
B.ben("https://status.example.net/incidents/2025-03-01");
B.ben("https://example.com/oauth/callback?code=abc123&state=xyz");

export const cases: CorpusCase[] = [...P.out, ...B.out];
