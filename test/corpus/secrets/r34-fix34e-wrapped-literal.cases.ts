// Round thirty-four (fix34e): a value split into literals the way a language wraps a long line:
// Java's (and Kotlin's, C#'s) `+` opening the continued line, a shell's `"…"\` + newline + `"…"`
// after a command-line flag, pieces holding a generated password's symbols, a one-letter constant
// holding a connection URL. Joined, the value is judged beside its name (the flag names it).
// Benign: the same wrappings of SQL, messages, paths, secret references and URLs without a password.
import type { CorpusCase } from "../types.ts";
import { builder, Rng } from "./_gen.ts";

const r = new Rng(0x34e002);
const b = builder({ category: "r34-fix34e-wrapped-literal" });
const bb = builder({ category: "r34-fix34e-wrapped-literal-benign" });
const cut = (v: string, n: number) => Array.from({ length: n }, (_, i) => v.slice(Math.floor((i * v.length) / n), Math.floor(((i + 1) * v.length) / n)));
const java = (name: string, v: string, n = 3) => `private static final String ${name} = "${cut(v, n).join(`"\n        + "`)}";\n`;
const shell = (flag: string, v: string) => `./deploy.sh \\\n  --region eu-west-1 \\\n  ${flag} "${cut(v, 2).join(`"\\\n"`)}" \\\n  --dry-run\n`;
const pw = () => `${r.alnum(5)}!${r.alnum(4)}#${r.alnum(3)}*${r.digits(2)}`;

b.pos("fix34e-wrap-java-api-key", "Java constant API_KEY with leading + on each line", java("API_KEY", r.alnum(40)));
b.pos("fix34e-wrap-java-password-symbols", "Java DB_PASSWORD pieces holding symbols", java("DB_PASSWORD", pw()));
b.pos("fix34e-wrap-java-mongo-k", "one-letter constant holding a MongoDB URI with a password", java("K", `mongodb+srv://svc:${r.alnum(18)}@cluster0.${r.str(5, "abcdefghijklmnopqrstuvwxyz0123456789")}.mongodb.net/app?retryWrites=true`));
b.pos("fix34e-wrap-shell-secret-flag", "shell --secret value wrapped over a continuation", shell("--secret", `sk_${r.alnum(28)}`));
b.pos("fix34e-wrap-shell-password-flag", "shell --password value with symbols wrapped", shell("--password", pw() + r.alnum(4)));
b.pos("fix34e-wrap-shell-api-token-flag", "shell --api-token hex wrapped", shell("--api-token", r.hex(40)));
b.pos("fix34e-wrap-csharp-postgres", "C# one-letter const holding a Postgres URL, + leading", `const string c = "postgres://app:${r.alnum(20)}"\n    + "@db.internal:5432/"\n    + "shop";\n`);

bb.ben("fix34e-wrap-java-sql", "Java SQL wrapped with leading +", `private static final String Q = "SELECT id, name, token_hash "\n        + "FROM sessions WHERE user_id = ? "\n        + "AND expires_at > now()";\n`);
bb.ben("fix34e-wrap-java-message", "Java message constant wrapped", java("ERROR_MESSAGE", "The API key you entered was rejected; check it in Settings and try again.", 3));
bb.ben("fix34e-wrap-shell-message", "shell --message wrapped", `git commit \\\n  --message "rotate the signing password and "\\\n"update the keystore path" \\\n  --no-verify\n`);
bb.ben("fix34e-wrap-shell-secret-ref", "shell --secret-name reference wrapped", shell("--secret-id", "arn:aws:secretsmanager:eu-west-1:123456789012:secret:prod/game/db-pass"));
bb.ben("fix34e-wrap-shell-key-path", "shell --key-file path wrapped", shell("--key-file", "/home/ci/.config/gcloud/service-account.json"));
bb.ben("fix34e-wrap-java-url-nopass", "one-letter constant holding a URL without credentials", java("U", "https://api.tilequest.gg/v2/leaderboard?season=12&region=eu&limit=100"));
bb.ben("fix34e-wrap-kotlin-env-ref", "Kotlin value wrapped from env references", `val secret = "\${System.getenv(\\"APP_SECRET\\")}"\n    + ":" + "\${BuildConfig.FLAVOR}"\n`);
bb.ben("fix34e-wrap-shell-password-prompt-fr", "shell --prompt in French wrapped", `./setup.sh \\\n  --prompt "Entrez le mot de passe "\\\n"du trousseau :" \\\n  --interactive\n`);

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
