// Round twenty-six (held-out Y114's y114-s-034, s-046, s-005): a secret as a space-separated config
// directive's argument, the rest of its line: msmtprc's `password …`, keepalived's `auth_pass …`, and a
// variable a directive sets (Apache's `SetEnv NAME …`, a Dockerfile's `ENV NAME value`, nginx's
// `fastcgi_param NAME …;`, HAProxy's `setenv`), sent whole in a tool call or a JSON string. Benign: the
// same directives with a path, a variable, an eval command, a type, a sentence's heading. Values built at run time.
import type { CorpusCase } from "../types.ts";
import { builder, Rng } from "./_gen.ts";

const r = new Rng(0x26b101);
const b = builder({ category: "r26-directive-line" });
const bb = builder({ category: "r26-directive-line-benign" });
const pw = () => r.str(5, "abcdefghjkmnpqrstuvwxyz") + r.str(1, "!#*-_") + r.alnum(10);

b.pos("r26k-dir-fetchmail-style", "mail client rc: password directive", `account relay\nhost mail.internal.lan\nport 465\nuser noreply@internal.lan\npassword ${pw()}\n`);
b.pos("r26k-dir-vrrp-json", "VRRP auth block inside a JSON tool argument", JSON.stringify({ path: "/etc/keepalived/keepalived.conf", content: `vrrp_instance EDGE {\n  state BACKUP\n  authentication {\n    auth_type PASS\n    auth_pass ${r.alnum(4)}${r.digits(2)}${r.alnum(2)}\n  }\n}\n` }));
b.pos("r26k-dir-passphrase-quoted", "quoted passphrase directive in an indented block", `identity backup\n    passphrase "${pw()}"\n    cipher aes256\n`);
b.pos("r26k-dir-setenv-apache", "Apache vhost SetEnv of a token", `<VirtualHost *:443>\n  ServerName billing.internal\n  SetEnv PAYMENTS_API_TOKEN ${r.alnum(28)}\n</VirtualHost>\n`);
b.pos("r26k-dir-dockerfile-env", "legacy Dockerfile ENV with a blank", `FROM python:3.12-slim\nENV APP_SECRET_KEY ${r.alnum(32)}\nCMD ["gunicorn", "app:app"]\n`);
b.pos("r26k-dir-fastcgi-param", "nginx fastcgi_param with a password, in a heredoc", `cat > /etc/nginx/snippets/app.conf <<'EOF'\nlocation ~ \\.php$ {\n    fastcgi_param DB_PASSWORD ${r.alnum(10)}${r.str(1, "#%^")}${r.alnum(8)};\n}\nEOF`);
b.pos("r26k-dir-haproxy-setenv", "HAProxy global setenv of an API key", `global\n    setenv UPSTREAM_API_KEY ${r.alnum(36)}\n    log stdout format raw local0\n`);

bb.ben("r26k-dir-password-eval", "passwordeval runs a command", `account relay\nhost mail.internal.lan\npasswordeval "pass show mail/relay"\n`);
bb.ben("r26k-dir-heading", "a heading line then a list", `Password rotation:\n- every 90 days\n- no reuse of the last 5\n`);
bb.ben("r26k-dir-go-field", "a Go struct field typed []byte", `type Login struct {\n\tUser     string\n\tpassword []byte\n}\n`);
bb.ben("r26k-dir-setenv-path", "SetEnv of a secret file's path", `SetEnv DB_PASSWORD_FILE /run/secrets/db_password\n`);
bb.ben("r26k-dir-env-reference", "Dockerfile ENV from a build arg", `ARG API_TOKEN\nENV API_TOKEN \${API_TOKEN}\n`);
bb.ben("r26k-dir-fastcgi-var", "fastcgi_param passing an nginx variable", `fastcgi_param HTTP_X_API_KEY $http_x_api_key;\nfastcgi_param SCRIPT_FILENAME $document_root$fastcgi_script_name;\n`);
bb.ben("r26k-dir-placeholder", "a password directive left as a placeholder", `user alerts@internal.lan\npassword <your-smtp-password>\n`);

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
