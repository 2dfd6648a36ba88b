// Round thirty-nine (fix39d): Pulumi's Go SDK wraps a secret as `pulumi.ToSecret(pulumi.String("…"))` and
// `pulumi.ToSecretWithContext(ctx, …)`; C#, Java and Python wrap it as `Output.CreateSecret`, `Output.ofSecret`,
// `pulumi.Output.secret`. The API says the value is a secret. Benign: config reads, env lookups, placeholders.
import type { CorpusCase } from "../types.ts";
import { builder, Rng, ALNUM, HEX } from "./_gen.ts";

const r = new Rng(0x39d002);
const b = builder({ category: "r39-fix39d-pulumi-go-wrapper" });
const bb = builder({ category: "r39-fix39d-pulumi-go-wrapper-benign" });
const drawn = (n = 24) => r.str(n, ALNUM);
const pw = () => `${r.str(5, ALNUM)}#${r.digits(3)}${r.str(8, ALNUM)}$`;
const goHead = `package main\n\nimport (\n\t"github.com/pulumi/pulumi/sdk/v3/go/pulumi"\n)\n\n`;

b.pos("fix39d-pulumi-go-tosecret", "Go: pulumi.ToSecret(pulumi.String(\"…\")) in a program",
  `${goHead}func main() {\n\tpulumi.Run(func(ctx *pulumi.Context) error {\n\t\tconn := pulumi.ToSecret(pulumi.String("${pw()}"))\n\t\tctx.Export("conn", conn)\n\t\treturn nil\n\t})\n}\n`);
b.pos("fix39d-pulumi-go-withcontext", "Go: pulumi.ToSecretWithContext(ctx, pulumi.String(\"…\"))",
  `\t\tupstream := pulumi.ToSecretWithContext(ctx, pulumi.String("${drawn(32)}"))\n`);
b.pos("fix39d-pulumi-go-stringptr", "Go: ToSecret over pulumi.StringPtr (hex value, German comment)",
  `\t\t// Zugang zum Ledger-Dienst\n\t\tledger := pulumi.ToSecret(pulumi.StringPtr("${r.str(40, HEX)}"))\n`);
b.pos("fix39d-pulumi-go-struct-field", "Go: ToSecret as a resource argument's field",
  `\t\t_, err := secretsmanager.NewSecretVersion(ctx, "ledger", &secretsmanager.SecretVersionArgs{\n\t\t\tSecretId:     secret.ID(),\n\t\t\tSecretString: pulumi.ToSecret(pulumi.String("${pw()}")).(pulumi.StringOutput),\n\t\t})\n`);
b.pos("fix39d-pulumi-cs-create", "C#: Output.CreateSecret in an args initializer",
  `var version = new Aws.SecretsManager.SecretVersion("ledger", new()\n{\n    SecretId = secret.Id,\n    SecretString = Output.CreateSecret("${drawn(28)}"),\n});\n`);
b.pos("fix39d-pulumi-java-ofsecret", "Java: Output.ofSecret in a builder",
  `var version = new SecretVersion("ledger", SecretVersionArgs.builder()\n    .secretId(secret.id())\n    .secretString(Output.ofSecret("${pw()}"))\n    .build());\n`);
b.pos("fix39d-pulumi-py-output-secret", "Python: pulumi.Output.secret of a password (Spanish comment)",
  `import pulumi\n# contraseña provisional del entorno de pruebas\ndb_pass = pulumi.Output.secret("${pw()}")\n`);

bb.ben("fix39d-pulumi-go-config", "Go: ToSecret over config reads and env lookups",
  `${goHead}func main() {\n\tpulumi.Run(func(ctx *pulumi.Context) error {\n\t\tcfg := config.New(ctx, "")\n\t\ta := pulumi.ToSecret(cfg.Require("dbPassword"))\n\t\tb := pulumi.ToSecretWithContext(ctx, cfg.RequireSecret("apiToken"))\n\t\tc := pulumi.ToSecret(pulumi.String(os.Getenv("LEDGER_TOKEN")))\n\t\t_ = a; _ = b; _ = c\n\t\treturn nil\n\t})\n}\n`);
bb.ben("fix39d-pulumi-go-placeholders", "Go: ToSecret over placeholders and an empty string",
  `\t\ta := pulumi.ToSecret(pulumi.String("<db-password>"))\n\t\tb := pulumi.ToSecret(pulumi.String("changeme"))\n\t\tc := pulumi.ToSecret(pulumi.String(""))\n`);
bb.ben("fix39d-pulumi-go-nonsecret", "Go: pulumi.String of plain values (no secret wrapper)",
  `\t\tbucket, _ := s3.NewBucket(ctx, "assets", &s3.BucketArgs{\n\t\t\tBucket: pulumi.String("${drawn(6).toLowerCase()}-assets-prod"),\n\t\t\tAcl:    pulumi.String("private"),\n\t\t})\n\t\tname := pulumi.ToSecret(bucket.ID())\n`);
bb.ben("fix39d-pulumi-cs-config", "C#: Output.CreateSecret over config.Require",
  `var config = new Config();\nvar pw = Output.CreateSecret(config.Require("dbPassword"));\nvar token = config.RequireSecret("apiToken");\n`);
bb.ben("fix39d-pulumi-java-config", "Java: Output.ofSecret over ctx.config().require",
  `var pw = Output.ofSecret(ctx.config().require("dbPassword"));\nvar token = ctx.config().requireSecret("apiToken");\n`);
bb.ben("fix39d-pulumi-ts-requiresecret", "TS/Python: requireSecret and Output.secret over a config read",
  `const cfg = new pulumi.Config();\nconst pw = cfg.requireSecret("dbPassword");\n\n# python\ntoken = pulumi.Output.secret(config.require("apiToken"))\n`);

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
