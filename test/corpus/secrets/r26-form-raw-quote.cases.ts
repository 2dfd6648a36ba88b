// Round twenty-six (held-out Y114's y114-s-041): a file sent as a form field encoded the way
// encodeURIComponent encodes (and many paste clients): `'` left raw inside the percent-encoded run
// (`password%3D'…'%3B`, `'…'` around a value). The run is decoded past the quote. Benign: form bodies with
// raw quotes around non-secrets, and code with quoted percent strings. Values built at run time.
import type { CorpusCase } from "../types.ts";
import { builder, Rng } from "./_gen.ts";

const r = new Rng(0x26b106);
const b = builder({ category: "r26-form-raw-quote" });
const bb = builder({ category: "r26-form-raw-quote-benign" });
const post = (body: string) => `POST /api/pastes HTTP/1.1\nHost: paste.internal.lan\nContent-Type: application/x-www-form-urlencoded\n\n${body}`;

b.pos("r26k-frq-jaas", "Kafka JAAS config in a form field", post("name=consumer.properties&text=" + encodeURIComponent(`security.protocol=SASL_SSL\nsasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username='svc-etl' password='${r.alnum(20)}/${r.alnum(18)}';\n`)));
b.pos("r26k-frq-python", "Python settings with a quoted secret", post("lang=python&code=" + encodeURIComponent(`DATABASES = {}\nSECRET_KEY = '${r.alnum(40)}'\n`)));
b.pos("r26k-frq-shell", "shell export with single quotes", post("file=deploy.sh&content=" + encodeURIComponent(`#!/bin/sh\nexport RELAY_API_TOKEN='${r.alnum(34)}'\n./relay start\n`)));
b.pos("r26k-frq-yaml", "YAML with a single-quoted password", post("title=db.yml&body=" + encodeURIComponent(`production:\n  adapter: postgresql\n  password: '${r.alnum(12)}+${r.alnum(10)}'\n`)));
b.pos("r26k-frq-php", "PHP define in a form field", post("snippet=" + encodeURIComponent(`<?php\ndefine('AUTH_SALT_SECRET', '${r.alnum(44)}');\n`)));
b.pos("r26k-frq-ini", "INI with a quoted key, query string", `GET /render?format=ini&src=` + encodeURIComponent(`[smtp]\npassword = '${r.alnum(22)}'\n`) + ` HTTP/1.1\nHost: tools.internal.lan\n`);

bb.ben("r26k-frq-sql", "SQL with quoted literals", post("dialect=pg&query=" + encodeURIComponent(`SELECT id FROM users WHERE status = 'active' AND plan = 'team';`)));
bb.ben("r26k-frq-greeting", "a message with an apostrophe", post("to=ops&msg=" + encodeURIComponent(`It's done, the 'nightly' job's back to green.`)));
bb.ben("r26k-frq-js", "JS with quoted strings and a percent format", `const label = '%s items' + encodeURIComponent('a b') + '%20';\n`);
bb.ben("r26k-frq-ref", "a password reference in single quotes", post("name=ci.yml&text=" + encodeURIComponent(`env:\n  DB_PASSWORD: '\${{ secrets.DB_PASSWORD }}'\n`)));
bb.ben("r26k-frq-hash", "a commit id quoted", post("name=notes&text=" + encodeURIComponent(`pinned to '${r.hex(40)}' for the release`)));
bb.ben("r26k-frq-placeholder", "a JAAS config with a placeholder password", post("name=client.properties&text=" + encodeURIComponent(`sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username='<api-key>' password='<api-secret>';\n`)));

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
