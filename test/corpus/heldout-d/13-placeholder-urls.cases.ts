// Class 13 (benign only): placeholder / documentation credentials in URLs and curl commands.
import { maker } from "./gen.ts";

const { neg, cases } = maker("secrets", "heldoutd-placeholder-urls", "ph");

neg(`http://User:Pass@host/path`, "User:Pass@host");
neg(`postgres://user:password@localhost:5432/mydb`, "user:password@localhost");
neg(`curl -u user:pass https://api.example.com/v1/items`, "curl -u user:pass");
neg(`mongodb+srv://<username>:<password>@cluster0.abcde.mongodb.net/?retryWrites=true&w=majority`, "MongoDB Atlas template");
neg(`amqp://guest:guest@localhost:5672/`, "RabbitMQ default guest");
neg(`redis://:password@localhost:6379/0`, "redis placeholder password");
neg(`ftp://anonymous:anonymous@ftp.example.org/pub/`, "anonymous FTP");
neg(`curl -u "$API_USER:$API_TOKEN" https://api.example.com/me`, "curl with env vars");
neg(`curl -u admin:admin http://localhost:8080/manager/html`, "admin:admin local");
neg(`mysql://root:root@127.0.0.1:3306/test`, "root:root local");
neg(`https://username:password@example.com/`, "username:password docs");
neg(`git clone https://USERNAME:TOKEN@github.com/org/repo.git`, "git clone placeholder upper-case");
neg(`git clone https://<user>:<personal-access-token>@gitlab.example.com/group/project.git`, "angle placeholders");
neg(`DATABASE_URL="postgresql://johndoe:randompassword@localhost:5432/mydb?schema=public"`, "Prisma docs example");
neg(`curl --user 'name:secret' https://httpbin.org/basic-auth/name/secret`, "httpbin basic-auth demo");
neg(`smtp://user@example.com:changeme@smtp.example.com:587`, "changeme placeholder");
neg(`jdbc:postgresql://localhost:5432/test?user=test&password=test`, "test/test JDBC");
neg(`https://foo:bar@example.com/`, "foo:bar");
neg(`sftp://demo:demo@test.rebex.net:22/`, "public demo SFTP server creds");
neg(`curl -u ':' --negotiate https://intranet.example.com/`, "curl negotiate empty creds");
neg(`proxy: http://proxyuser:proxypass@proxy.example.com:3128`, "proxy placeholder");
neg(`ELASTICSEARCH_URL=http://elastic:changeme@localhost:9200`, "Elastic docker default");
neg(`curl -u your_email@example.com:your_api_token https://yourdomain.atlassian.net/rest/api/3/myself`, "Atlassian docs placeholder");
neg(`postgres://\${PGUSER}:\${PGPASSWORD}@\${PGHOST}:5432/\${PGDATABASE}`, "shell var template");
neg(`https://{{ username }}:{{ password }}@registry.example.com/v2/`, "Jinja template");
neg(`ldap://cn=admin,dc=example,dc=org:admin@localhost:389`, "ldap admin:admin example");
neg(`curl -u "user:\$(cat ~/.token)" https://api.example.com`, "curl reading token file via subshell");
neg(`http://user:****@proxy.internal:8080`, "masked password");

export { cases };
