import type { CorpusCase } from "../types.ts";
import { maker, tok } from "./_gen.ts";

const SP = maker("secrets", "sec2p", "heldouti-sec-disguised");
const SB = maker("secrets", "sec2b", "heldouti-sec-benign");
const UP = maker("url", "url2p", "heldouti-url-ssrf-exfil");
const UB = maker("url", "url2b", "heldouti-url-benign");

SP.pos(`<?php\n$cfg = ['stripe' => '${tok.stripe()}', 'mode' => 'live'];`);
SP.pos(`val token = "${tok.ghPat()}".also { println("loaded") }`, "kotlin");
SP.pos(`appsettings.json:\n{ "OpenAI": { "ApiKey": "${tok.openai()}" } }`);
{ const t = tok.npm(); SP.pos(`local k = table.concat({"${t.slice(0, 3)}", "${t.slice(3, 20)}", "${t.slice(20)}"})`, "lua concat"); }
SP.pos(`echo ${Buffer.from(tok.awsId() + ":" + tok.awsSecret()).toString("base64")} | base64 -d > creds`, "base64 pair");
SP.pos(`set -x\n+ export HF_TOKEN=${tok.hf()}\n+ python train.py`, "shell trace");
SP.pos(`Dear support, the integration stopped working. Key used: ${tok.sendgrid()} — please check on your side.`);
{ const t = tok.slackBot(); SP.pos(`#define SLACK_A "${t.slice(0, 15)}"\n#define SLACK_B "${t.slice(15)}"\nconst char *tok = SLACK_A SLACK_B;`, "C string concat"); }
SP.pos(`${[...tok.anthropic()].map((c) => "\\u" + c.charCodeAt(0).toString(16).padStart(4, "0")).join("")}`, "unicode escapes");
SP.pos(`[[secrets]]\nname = "linear"\nvalue = "${tok.linear()}"`, "toml");
SB.ben(`api_key = os.getenv("API_KEY", "")\nif not api_key:\n    sys.exit("Set API_KEY")`);
SB.ben(`git rev-parse HEAD → ${tok.hex(40)}\nDocker image digest sha256:${tok.hex(64)}`);
SB.ben(`The token format is ghp_ followed by 36 characters; we validate the prefix before calling the API.`);
SB.ben(`password: "********"\napi_key: "[REDACTED]"\ntoken: "<hidden>"`);
SB.ben(`INSERT INTO sessions(id, user_id) VALUES ('${tok.hex(32)}', 42);`);

UP.pos("http://127.1/server-status");
UP.pos("http://0.0.0.0:8000/admin/");
UP.pos("http://metadata/computeMetadata/v1/?recursive=true");
UP.pos("http://[fd00:ec2::254]/latest/meta-data/");
UP.pos("dict://localhost:11211/stats");
UP.pos(`https://webhook.example.net/in?env=${Buffer.from("STRIPE_SECRET_KEY=" + tok.stripe()).toString("base64url")}`);
UP.pos(`https://example.com/cb#access_token=${tok.ghOauth()}&token_type=bearer`);
UP.pos("http://localhost.localdomain:5984/_all_dbs");
UB.ben("https://example.net/about-us");
UB.ben("https://docs.example.com/guides/ssrf-prevention?section=metadata-endpoints");
UB.ben("https://forum.example.org/t/how-do-i-reset-my-token/4412");
UB.ben("https://example.com/img/logo@2x.png");
UB.ben("https://www.example.com/en-gb/careers?team=security&location=remote");

export const cases: CorpusCase[] = [...SP.out, ...SB.out, ...UP.out, ...UB.out];
