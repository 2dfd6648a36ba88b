// Round twenty-five (held-out Y108): .NET configuration's hierarchical keys, quoted (`Configuration["Splunk:Hec:Token"]`,
// a flat appsettings key `"Okta:ClientSecret"`): the sections qualify the key's last word as `Splunk_Hec_Token`
// would. Benign: the same keys holding settings, flags, cache key names, placeholders. Values built at run time.
import type { CorpusCase } from "../types.ts";
import { builder, Rng } from "./_gen.ts";

const r = new Rng(0x25a0a4);
const b = builder({ category: "r25-dotnet-config-key" });
const bb = builder({ category: "r25-dotnet-config-key-benign" });

b.pos("r25-dck-uuid", "a UUID token under a sectioned key", `var builder = WebApplication.CreateBuilder(args);\nbuilder.Configuration["Splunk:Hec:Token"] = "${r.uuid()}";\n`);
b.pos("r25-dck-apikey", "an API key under a sectioned key", `configuration["Mailer:Sendgrid:ApiKey"] = "${r.alnum(40)}";\n`);
b.pos("r25-dck-fallback", "a secret as a sectioned key's fallback", `var secret = _configuration["Okta:ClientSecret"] ?? "${r.alnum(40)}";\n`);
b.pos("r25-dck-hex", "a hex key under a sectioned key", `builder.Configuration["Datadog:Api:Key"] = "${r.hex(32)}";\n`);
b.pos("r25-dck-json", "a flat appsettings key in JSON", JSON.stringify({ "Logging:LogLevel:Default": "Warning", "Twilio:AuthToken": r.hex(32) }, null, 2));
b.pos("r25-dck-single-quote", "a sectioned key in single quotes (F#/scripts)", `config.['Payments:Adyen:ApiKey'] <- '${r.alnum(24)}${r.hex(16)}'\n`);

bb.ben("r25-dck-ben-loglevel", "a log level", `builder.Configuration["Logging:LogLevel:Default"] = "Information";\n`);
bb.ben("r25-dck-ben-cache-key", "a cache key's name", `config["Cache:Redis:Key"] = "orders:v2";\n`);
bb.ben("r25-dck-ben-flag", "a feature flag under Token", `_config["Features:RefreshToken"] = "true";\n`);
bb.ben("r25-dck-ben-issuer", "a JWT issuer and audience", `builder.Configuration["Jwt:Issuer"] = "https://auth.example.com";\nbuilder.Configuration["Jwt:Audience"] = "orders-api";\n`);
bb.ben("r25-dck-ben-placeholder", "a placeholder secret", `builder.Configuration["Okta:ClientSecret"] = "<your-client-secret>";\n`);
bb.ben("r25-dck-ben-env-ref", "a secret read from the environment", `builder.Configuration["Splunk:Hec:Token"] = Environment.GetEnvironmentVariable("SPLUNK_HEC_TOKEN");\n`);

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
