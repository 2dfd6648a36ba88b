// Round thirty-five (coordinator, held-out Y148 p-198): a drawn token body that happens to hold five
// zeros in a row (`sk_live_…bc00000d15…`, about one key in 30,000) was taken for filler and dropped.
// Zeros are filler where the rest is not drawn: the all-zero and mostly-zero values stay placeholders.
import type { CorpusCase } from "../types.ts";
import { builder, Rng } from "./_gen.ts";

const r = new Rng(0x35e03);
const b = builder({ category: "r35-me-zero-run-in-drawn-body" });
const bb = builder({ category: "r35-me-zero-run-in-drawn-body-benign" });
const zeros = "0".repeat(5);
const live = "sk_" + "live_";

b.pos("r35m-paystack-env", "Paystack secret key with a zero run, in .env", `PAYSTACK_SECRET_KEY=${live}${r.hex(17)}${zeros}${r.hex(18)}\n`);
b.pos("r35m-stripe-json", "Stripe key with a zero run, in a JSON config", JSON.stringify({ stripe: { secret: `${live}${r.alnum(30)}${zeros}${r.alnum(64)}` } }) + "\n");
b.pos("r35m-github-curl", "GitHub token with a zero run in a curl header", `curl -H "Authorization: token ${"gh" + "p_"}${r.alnum(12)}${zeros}${r.alnum(19)}" https://api.github.com/user\n`);
b.pos("r35m-openai-chat", "OpenAI key with six zeros, pasted in chat", `here is the key for the staging box: ${"sk-" + "proj-"}${r.alnum(40)}${zeros}0${r.alnum(50)}\n`);
b.pos("r35m-slack-yaml", "Slack bot token with a zero run in YAML", `slack:\n  bot_token: ${"xox" + "b-"}${r.digits(12)}-${r.digits(13)}-${r.alnum(9)}${zeros}${r.alnum(10)}\n`);
b.pos("r35m-hex-secret", "hex client secret with a zero run", `OAUTH_CLIENT_SECRET=${r.hex(20)}${zeros}${r.hex(39)}\n`);

bb.ben("r35m-all-zero-stripe", "all-zero Stripe placeholder", `STRIPE_SECRET_KEY=${live}${"0".repeat(24)}\n`);
bb.ben("r35m-all-zero-github", "all-zero GitHub placeholder", `GITHUB_TOKEN=${"gh" + "p_"}${"0".repeat(36)}\n`);
bb.ben("r35m-zero-address", "the zero Ethereum address", "const BURN = \"0x0000000000000000000000000000000000000000\";\n");
bb.ben("r35m-nil-uuid", "nil UUID as a default id", "tenant_id: 00000000-0000-0000-0000-000000000000\n");
bb.ben("r35m-mostly-zero", "a mostly-zero made-up key", `API_KEY=abc${"0".repeat(10)}def${"0".repeat(10)}\n`);
bb.ben("r35m-zero-padded-counter", "zero-padded invoice numbers", "invoice INV-0000012345 and INV-0000012346 were paid\n");
bb.ben("r35m-git-sha-zeros", "a git object id of zeros (new file in a diff)", "index 0000000000000000000000000000000000000000..e69de29bb2d1d6434b8b29ae775ad8c2e48c5391\n");

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
