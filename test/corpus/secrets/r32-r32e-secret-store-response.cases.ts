// Round thirty-two (Y138: y138-k-021): a secret store's retrieval response keeps the secret in a field
// whose name says nothing (CyberArk CCP's "Content", Azure Key Vault's "value", Secret Server's
// "itemValue"), beside the response's own marker fields. Benign: the same responses holding an empty
// value, a placeholder, a plain setting, or metadata only.
import type { CorpusCase } from "../types.ts";
import { builder, Rng } from "./_gen.ts";

const r = new Rng(0x32e004);
const b = builder({ category: "r32e-secret-store-response" });
const bb = builder({ category: "r32e-secret-store-response-benign" });

const mcp = (body: object) => JSON.stringify({ jsonrpc: "2.0", id: r.int(900) + 1, result: { content: [{ type: "text", text: JSON.stringify(body) }], isError: false } });
const ccp = (content: string) => ({ Content: content, UserName: "svc_backup", Address: "corp.example.com", Database: "", PolicyID: "WinDomain", Folder: "Root", Name: "Operating System-WinDomain-svc_backup", PasswordChangeInProcess: "False" });
const kv = (value: string, name = "sql-admin") => ({ attributes: { created: 1736000000, enabled: true, recoveryLevel: "Recoverable+Purgeable" }, contentType: null, id: `https://kv-sec-prod.vault.azure.net/secrets/${name}/${r.hex(32)}`, name, tags: {}, value });

b.pos("r32e-ccp-mcp", "CyberArk CCP response in an MCP result", mcp(ccp(`${r.alnum(6)}*${r.alnum(5)}+${r.alnum(9)}`)));
b.pos("r32e-ccp-curl", "CyberArk CCP response after curl, pretty", `$ curl -s "https://ccp.example.com/AIMWebService/api/Accounts?AppID=Backup&Safe=Ops&Object=svc_backup"\n${JSON.stringify(ccp(r.alnum(24)), null, 2)}\n`);
b.pos("r32e-ccp-fields-first", "CCP response, Content after the markers", JSON.stringify({ PolicyID: "UnixSSH", PasswordChangeInProcess: "False", UserName: "root", Content: `${r.alnum(10)}!${r.digits(4)}${r.alnum(4)}` }));
b.pos("r32e-akv-cli", "az keyvault secret show JSON (sorted keys)", JSON.stringify(kv(`${r.alnum(8)}#${r.alnum(6)}${r.digits(3)}`), null, 2));
b.pos("r32e-akv-rest", "Key Vault REST response, value first", JSON.stringify({ value: r.b64url(40), id: `https://kv-app.vault.azure.net/secrets/storage-key/${r.hex(32)}`, attributes: { enabled: true } }));
b.pos("r32e-thycotic", "Secret Server item marked isPassword", JSON.stringify({ id: r.int(9000), name: "svc-sql", items: [{ fieldName: "Username", itemValue: "svc-sql", isPassword: false }, { fieldName: "Password", itemValue: `${r.alnum(9)}$${r.alnum(7)}`, isPassword: true }] }));

bb.ben("r32e-ccp-empty", "CCP response with the content withheld", mcp(ccp("")));
bb.ben("r32e-ccp-error", "CCP error response", JSON.stringify({ ErrorCode: "APPAP004E", ErrorMsg: "Password object matching query [Safe=Ops;Object=svc_backup] was not found", PolicyID: "" }));
bb.ben("r32e-akv-setting", "Key Vault secret holding a plain setting", JSON.stringify(kv("enabled", "feature-flag")));
bb.ben("r32e-akv-metadata", "az keyvault secret list: metadata only", JSON.stringify([{ attributes: { enabled: true }, id: `https://kv-sec-prod.vault.azure.net/secrets/sql-admin`, name: "sql-admin", tags: { owner: "dba" } }]));
bb.ben("r32e-thycotic-user", "Secret Server item, username only", JSON.stringify({ items: [{ fieldName: "Username", itemValue: "svc-sql-reporting", isPassword: false }] }));
bb.ben("r32e-content-elsewhere", "a CMS JSON with Content and a policy id", JSON.stringify({ Content: "Welcome to the quarterly security review, see the agenda below.", PolicyID: "pub-42", Title: "Review" }));
bb.ben("r32e-akv-placeholder", "Key Vault value a placeholder", JSON.stringify(kv("<set-in-portal>")));

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
