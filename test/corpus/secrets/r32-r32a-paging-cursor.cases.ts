// Round thirty-two, from probing after round thirty-one: a listing's cursor pasted outbound under a slot
// named as a token (S3's `<NextContinuationToken>`, AWS `NextToken`, Azure `continuationToken`, Google
// `nextSyncToken`, OData `$skiptoken`, Twitter `pagination_token`, MongoDB `resumeToken`, the CLI's
// `--starting-token`): the server's place in a result set, not a credential.
// Positives: credential slots beside or inside such responses (session, refresh and id tokens, a
// sync job's SYNC_TOKEN, a provider token or a signed JWT placed in a cursor's slot).
import type { CorpusCase } from "../types.ts";
import { B64, B64URL, builder, checksummedToken, Rng } from "./_gen.ts";

const r = new Rng(0x32a01);
const b = builder({ category: "r32a-paging-cursor" });
const bb = builder({ category: "r32a-paging-cursor-benign" });
const cursor = (n = 48) => r.str(n, B64).replace(/^[+/]/, "Q");
const opaque = (n = 40) => r.alnum(n);
const jwt = () => `ey${"JhbGciOiJIUzI1NiJ9"}.${Buffer.from(JSON.stringify({ sub: r.digits(8), exp: 1893456000 })).toString("base64url")}.${r.str(43, B64URL)}`;

b.pos("r32a-s3-session", "STS credentials in an XML response beside a listing", `<Credentials>\n  <AccessKeyId>ASIA${r.str(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")}</AccessKeyId>\n  <SessionToken>${cursor(120)}</SessionToken>\n</Credentials>\n<NextToken>${cursor()}</NextToken>\n`);
b.pos("r32a-refresh-json", "refresh token in a JSON body with a page token", JSON.stringify({ refreshToken: opaque(48), nextPageToken: cursor() }, null, 2));
b.pos("r32a-sync-env", "a sync job's credential in .env", `SYNC_TOKEN=${opaque(40)}\nSYNC_INTERVAL=300\n`);
b.pos("r32a-sync-hcl", "a sync job's credential in HCL", `variable "docs" {\n  default = {\n    sync_token = "${opaque(44)}"\n  }\n}\n`);
b.pos("r32a-ghp-in-next", "a GitHub token pasted into a NextToken slot", JSON.stringify({ NextToken: checksummedToken(r, "gh" + "p_") }));
b.pos("r32a-jwt-in-cursor", "a signed JWT in a nextPageToken slot", `{"items": [], "nextPageToken": "${jwt()}"}`);
b.pos("r32a-id-token-yaml", "an id token in YAML", `auth:\n  idToken: ${opaque(64)}\n  provider: oidc\n`);

bb.ben("r32a-s3-list", "S3 ListObjectsV2 response, truncated", `<?xml version="1.0" encoding="UTF-8"?>\n<ListBucketResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/">\n  <Name>logs</Name>\n  <KeyCount>1000</KeyCount>\n  <IsTruncated>true</IsTruncated>\n  <ContinuationToken>${cursor(52)}</ContinuationToken>\n  <NextContinuationToken>${cursor(52)}</NextContinuationToken>\n</ListBucketResult>\n`);
bb.ben("r32a-aws-next", "an AWS JSON page with NextToken", JSON.stringify({ LogGroups: [{ logGroupName: "/app/api" }], NextToken: cursor(64) }, null, 2));
bb.ben("r32a-azure-cont", "an Azure listing's continuation token", `{\n  "value": [{"id": "vm-01"}],\n  "continuationToken": "${cursor(56)}"\n}\n`);
bb.ben("r32a-gcal-sync", "Google Calendar's sync cursor in YAML", `calendar:\n  syncToken: ${cursor(40)}\n  nextSyncToken: ${cursor(40)}\n`);
bb.ben("r32a-odata-skip", "an OData next link with $skiptoken", `"@odata.nextLink": "https://graph.microsoft.com/v1.0/users?$top=100&$skiptoken=${r.str(60, B64URL)}"\nGET /v1.0/me/events/delta?$deltatoken=${r.str(60, B64URL)}\n`);
bb.ben("r32a-twitter-page", "a paged request's query", `curl -s "https://api.x.com/2/users/12/tweets?max_results=100&pagination_token=${r.str(40, B64URL)}"\nnext_token=${opaque(36)}\n`);
bb.ben("r32a-mongo-resume", "a change stream's resume token", `const stream = coll.watch([], { resumeAfter: saved });\n// saved = {"resumeToken": "${cursor(48)}"}\n`);
bb.ben("r32a-cli-starting", "the AWS CLI paging on", `aws dynamodb scan --table-name orders --max-items 50 --starting-token ${cursor(60)}\n`);
bb.ben("r32a-dynamo-prop", "a continuation token in code", `ContinuationToken = "${cursor(48)}"\nprevious_page_token: "${cursor(32)}"\n`);
// A closing tag's name (`</Credentials>`) does not name the next element's text.
bb.ben("r32a-after-close", "a page's cursor after a closed credentials element", `<ListAccessKeysResult>\n  <AccessKeyMetadata>\n    <member><UserName>ci</UserName><Status>Active</Status></member>\n  </AccessKeyMetadata>\n  <IsTruncated>true</IsTruncated>\n</ListAccessKeysResult>\n</Credentials>\n<Marker>${cursor(44)}</Marker>\n`);
bb.ben("r32a-after-close-key", "a description after a closed key element", `<apiKey>\n  <ref>vault:kv/app#key</ref>\n</apiKey>\n<Description>${cursor(40)}</Description>\n`);

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
