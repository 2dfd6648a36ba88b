// Round twenty-four, third wave (held-out Y96/Y97): a credential handed over in a chat log by a bare
// answer line — "[10:42] dana: can someone send me the okta api token?\n[10:43] raj: here <value>"
// ("there you go", "sent:", "try", "hier", "aquí"), another speaker answering a request for a named
// credential; and MySQL/MariaDB clients' password glued to -p (`mysqldump -u u -p<pw> db`). Benign:
// links, commits, counts, trace and request ids answering their own requests; a same-speaker line;
// `-p` alone, `-P3306`, `-p` in other commands. Values built at run time.
import { builder, Rng, ALNUM, HEX, B64, B64URL } from "./_gen.ts";

const r = new Rng(0x24c0c4a7);
const b = builder({ category: "r24c-chat-bare-reply", expect: "secrets" });
const bb = builder({ category: "r24c-chat-bare-reply-benign" });

const hex = (n: number) => r.str(n, HEX);
const mixed = (n: number) => {
  let v = r.str(n, ALNUM);
  while (!/\d/.test(v) || !/[a-z]/.test(v) || !/[A-Z]/.test(v) || /[a-z]{5}|[A-Z]{5}/.test(v)) v = r.str(n, ALNUM);
  return v;
};
const uuid = () => `${hex(8)}-${hex(4)}-4${hex(3)}-a${hex(3)}-${hex(12)}`;
const b64 = (n: number) => {
  let v = r.str(n, B64);
  while (!/[+/]/.test(v) || !/\d/.test(v)) v = r.str(n, B64);
  return v;
};

b.pos("r24c-here-anyone-have", "'anyone have the pagerduty api key?' then another speaker's 'here <mixed>'",
  `[08:01] kim: anyone have the pagerduty api key? alerts are not routing\n[08:02] leo: here ${mixed(20)}\n[08:02] leo: rotate it after the incident`);
b.pos("r24c-there-you-go-b64", "'can you paste the rabbitmq password' then 'there you go <base64>'",
  `[16:20] ana: can you paste the rabbitmq password in here, the consumer can't log in\n[16:21] bo: there you go ${b64(44)}`);
b.pos("r24c-irc-try", "IRC '<nick> try <b64url>' after '<nick> pls DM me the vault token'",
  `<fox> pls DM me the vault token for staging\n<jay> try ${r.str(40, B64URL)}`);
b.pos("r24c-sent-hex", "'sent: <32 hex>' answering 'share the mixpanel api secret'",
  `[11:05] ops: could you share the mixpanel api secret?\n[11:06] max: sent: ${hex(32)}\n[11:06] max: delete this message later`);
b.pos("r24c-here-sk-uuid", "'here sk_<uuid>' answering 'send me the payments secret key'",
  `[13:30] eve: can someone send me the payments secret key? checkout is 401ing\n[13:31] sol: here sk_${uuid()}`);
b.pos("r24c-here-backticked", "'here `<mixed>`' answering 'who has the sentry auth token'",
  `[07:45] nia: who has the sentry auth token?\n[07:46] ola: here \`${mixed(32)}\``);
b.pos("r24c-hier-de", "German: 'schick mir mal den Mailgun Schlüssel' then 'hier <mixed>'",
  `[10:02] jonas: schick mir mal den mailgun schlüssel, staging geht nicht\n[10:03] lea: hier ${mixed(28)}`);
b.pos("r24c-aqui-es", "Spanish: 'mándame el token de sentry' then 'aquí <mixed>'",
  `[12:10] lucia: mándame el token de sentry porfa\n[12:11] pablo: aquí ${mixed(36)}`);
b.pos("r24c-here-request-two-lines", "the asker's request, then the asker's own second line, then another speaker's 'here <mixed>'",
  `[15:00] ivy: does anyone have the algolia admin key?\n[15:00] ivy: reindex job is stuck on 403\n[15:02] gus: here ${mixed(32)}`);
b.pos("r24c-mysqldump-glued", "mysqldump -u backup -p<pw> glued", `mysqldump -h db.internal -u backup -p${mixed(18)} --routines shop > shop.sql`);
b.pos("r24c-mysql-glued-punct", "mysql -uroot -p<pw with !> -h host", `mysql -uroot -p${mixed(8)}!${mixed(6)} -h 10.1.2.3 app -e 'select 1'`);
b.pos("r24c-mariadb-dump-glued", "mariadb-dump --user=x -p<pw>", `mariadb-dump --user=admin -p${mixed(16)} crm | gzip > crm.sql.gz`);
b.pos("r24c-mysqladmin-glued", "mysqladmin -u root -p<pw> status", `watch -n5 mysqladmin -u root -p${mixed(14)} extended-status`);

bb.ben("r24c-here-commit", "'here <40 hex>' answering 'send me the commit'", `[10:42] dana: can someone send me the commit for the fix?\n[10:43] raj: here ${hex(40)}`);
bb.ben("r24c-here-link", "'here <link>' answering a request for the token docs", `[10:42] dana: can someone send me the api token docs?\n[10:43] raj: here https://wiki.internal/okta/api-tokens`);
bb.ben("r24c-here-count", "'here 42' answering a count of keys", `[10:42] dana: how many api keys does staging have?\n[10:43] raj: here 42, two expired`);
bb.ben("r24c-here-trace-id", "'here <32 hex>' answering 'send me the trace id' of a token call", `[10:42] dana: send me the trace id for the token refresh?\n[10:43] raj: here ${hex(32)}`);
bb.ben("r24c-here-request-id", "'here <uuid>' answering 'share the request id'", `[10:42] dana: share the request id of the failing token call\n[10:43] raj: here ${uuid()}`);
bb.ben("r24c-here-same-speaker", "the asker's own next line 'here <mixed>' (a build tag)", `[10:42] dana: can someone send me the deploy key?\n[10:42] dana: here ${mixed(20)} is the build that broke`);
bb.ben("r24c-here-no-request", "'here <path>' after a line naming a token, no request", `[10:42] dana: the okta token refresh job failed\n[10:43] raj: here logs/okta/token-refresh-2026-03-04.log`);
bb.ben("r24c-note-here-code", "'// NOTE: here <identifier>' in code", `// NOTE: here sessionTokenCacheLookupTable is rebuilt\nconst api_key = process.env.API_KEY;`);
bb.ben("r24c-here-commit-two-lines", "a commit asked for, the asker's second line naming a token, then 'here <40 hex>'", `[10:42] dana: can someone send me the commit for the hotfix?\n[10:42] dana: the api token refresh one\n[10:43] raj: here ${hex(40)}`);
bb.ben("r24c-mysql-prompt", "mysql -u root -p (prompts) -P3306", "mysql -h db.internal -P3306 -u root -p shop < dump.sql");
bb.ben("r24c-mysql-env-pw", "mysql -p$MYSQL_PWD (a variable)", "mysql -u root -p$MYSQL_ROOT_PASSWORD app -e 'show tables'");
bb.ben("r24c-mkdir-cp-p", "mkdir -p and cp -p after a mysqldump", "mysqldump -u root -p shop > /tmp/shop.sql && mkdir -p /var/backups/shop && cp -pR /tmp/shop.sql /var/backups/shop/");
bb.ben("r24c-docker-ssh-p", "docker run -p and ssh -p around mysql", "docker run -d -p 8080:80 --name web nginx; ssh -p 2222 admin@db1 'mysql -e \"show databases\"'");
export const cases = [...b.cases, ...bb.cases];
