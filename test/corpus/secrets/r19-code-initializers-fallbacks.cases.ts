// Round nineteen (held-out Y33/Y34 classes): a C# auto-property's initializer after its accessor
// block (`ApiKey { get; set; } = "…"`, `{ get; init; }`, `{ get; }`, `{ get; private set; }`), and
// typed fields of other languages (Kotlin, Swift, TypeScript); a secret-named environment lookup
// bound to a variable whose default is assigned on a later line of an if-block (Go, PHP, Python, JS).
// Benign: the same syntaxes holding an id, a header name, an endpoint or a placeholder, a later
// literal assigned to another variable, and an env lookup of an id (`ORG_ID`, `OBJECT_ID`,
// `PROJECT_ID`, `ACCOUNT_ID`, `CLIENT_ID`) beside a credential-named field label.
// Every credential-shaped value is built at run time.
import type { CorpusCase } from "../types.ts";
import { builder, Rng, ALNUM, LOWER, DIGITS, HEX } from "./_gen.ts";

const r = new Rng(0x19c0de5);
const b = builder({ category: "r19-code-initializer", expect: "secrets" });
const bb = builder({ category: "r19-code-initializer-benign" });

/** Lower case and digits interleaved, as a provider's API secret. */
const lowerKey = (n: number) => { let s = ""; while (s.length < n) s += r.str(1, LOWER) + r.str(1, DIGITS) + r.str(1, LOWER); return s.slice(0, n); };
/** A generated password: letters of both cases and symbols. */
const pw = () => r.str(6, ALNUM) + "!" + r.str(7, ALNUM) + "*" + r.str(5, ALNUM) + "#";

// ---- C# auto-properties and typed fields
b.pos("r19-cs-prop-password", "C# options class, password property with an initializer", `public sealed class DatabaseOptions\n{\n    public string PostgresPassword { get; set; } = "${pw()}";\n    public int Port { get; set; } = 5432;\n}\n`);
b.pos("r19-cs-prop-init-secret", "C# record-like class, init-only client secret", `internal class OAuthSettings\n{\n    public string ClientSecret { get; init; } = "${lowerKey(40)}";\n}\n`);
b.pos("r19-cs-prop-getonly-key", "C# static get-only API key", `public static class Keys\n{\n    public static string MapsApiKey { get; } = "${r.alnum(39)}";\n}\n`);
b.pos("r19-cs-prop-private-set-token", "C# property with a private setter holding an access token", `public class Client\n{\n    public string AccessToken { get; private set; } = "${r.alnum(36)}";\n}\n`);
b.pos("r19-cs-prop-uuid-auth-token", "C# property, an auth token that is a UUID", `public class MonitoringOptions\n{\n    public string RollbarAuthToken { get; set; } = "${r.uuid()}";\n}\n`);
b.pos("r19-kotlin-typed-val", "Kotlin companion constant typed String", `companion object {\n    private const val SIGNING_SECRET: String = "${r.hex(48)}"\n}\n`);
b.pos("r19-swift-typed-let", "Swift typed constant", `struct Config {\n    static let apiKey: String = "${r.alnum(32)}"\n}\n`);
b.pos("r19-ts-class-field", "TypeScript readonly class field", `export class PaymentsClient {\n  private readonly secretKey: string = "${lowerKey(32)}";\n}\n`);

bb.ben("r19-cs-prop-id-and-names", "C# properties holding an id, a header name, an endpoint", `public class AuthOptions\n{\n    public string ClientId { get; set; } = "${r.alnum(32)}";\n    public string ApiKeyHeader { get; set; } = "X-Api-Key";\n    public string TokenEndpoint { get; init; } = "https://login.example.com/oauth2/token";\n}\n`);
bb.ben("r19-cs-prop-placeholders", "C# properties with placeholder or empty initializers", `public class Secrets\n{\n    public string ApiKey { get; set; } = "your-api-key-here";\n    public string WebhookSecret { get; set; } = string.Empty;\n    public string DbPassword { get; init; } = "<set-in-user-secrets>";\n}\n`);
bb.ben("r19-cs-prop-token-lifetime", "C# token settings that are not tokens", `public class JwtOptions\n{\n    public int TokenLifetimeMinutes { get; set; } = 60;\n    public string TokenIssuer { get; set; } = "${r.str(12, LOWER)}-issuer";\n}\n`);

// ---- Env lookup bound to a variable, its default assigned later
b.pos("r19-go-if-default-uuid", "Go: key from os.Getenv, UUID default in the if-block", `func apiKey() string {\n\tkey := os.Getenv("PAGERDUTY_API_KEY")\n\tif key == "" {\n\t\tkey = "${r.uuid()}"\n\t}\n\treturn key\n}\n`);
b.pos("r19-go-var-if-default", "Go: var bound to a secret lookup, len check", `var secret = os.Getenv("DISCORD_CLIENT_SECRET")\nif len(secret) == 0 {\n\tsecret = "${lowerKey(32)}"\n}\n`);
b.pos("r19-php-if-default", "PHP: getenv bound to a variable, default in the if-block", `<?php\n$token = getenv('SENDGRID_API_TOKEN');\nif (!$token) {\n    $token = '${r.alnum(40)}';\n}\n`);
b.pos("r19-py-if-default", "Python: environ lookup, default under if not", `token = os.environ.get("HUBSPOT_ACCESS_TOKEN")\nif not token:\n    token = "${r.alnum(36)}"\n`);
b.pos("r19-js-if-default", "JavaScript: process.env member, default in the if-block", `let signingKey = process.env.WEBHOOK_SIGNING_KEY;\nif (!signingKey) {\n  signingKey = "${r.hex(40)}";\n}\n`);

bb.ben("r19-go-if-other-variable", "Go: the literal goes to another variable", `key := os.Getenv("PAGERDUTY_API_KEY")\nif key == "" {\n\tregion = "${lowerKey(32)}"\n}\n`);
bb.ben("r19-go-if-id-default", "Go: a client id's default", `id := os.Getenv("TWITCH_CLIENT_ID")\nif id == "" {\n\tid = "${lowerKey(30)}"\n}\n`);
bb.ben("r19-py-if-region-default", "Python: a region name default under a token lookup's variable name", `region = os.environ.get("AWS_REGION")\nif not region:\n    region = "${r.str(20, LOWER)}"\n`);

// ---- Env lookups of ids beside credential-named field labels
bb.ben("r19-env-org-id-token-field", "Go struct, Token: getenv of an org id", `return Config{\n\tAddr:  getenv("ADDR", ":8080"),\n\tToken: getenv("OPENAI_ORG_ID", "org-${r.alnum(24)}"),\n}\n`);
bb.ben("r19-env-object-id-secret-field", "Go struct, Secret: getenv of a Mongo ObjectId", `return Config{\n\tSecret: getenv("DEFAULT_TEAM_OBJECT_ID", "${r.str(24, HEX)}"),\n}\n`);
bb.ben("r19-env-project-id-kwarg", "Python, api_key= os.getenv of a project id", `client = Client(\n    api_key=os.getenv("FIREBASE_PROJECT_ID", "${r.alnum(28)}"),\n)\n`);
bb.ben("r19-env-account-id-token", "Ruby, token: ENV.fetch of an account id", `Client.new(token: ENV.fetch("STRIPE_ACCOUNT_ID", "acct_${r.alnum(16)}"))\n`);
bb.ben("r19-env-client-id-secret-kwarg", "Python, client_secret= os.environ.get of a client id", `app = ConfidentialClientApplication(\n    client_secret=os.environ.get("AZURE_CLIENT_ID", "${r.alnum(26)}"),\n)\n`);

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
