// Round thirty-five (fix35c): a token's shape whose body is one word said over and over
// (`FAKEFAKE…`, `TEST_TEST_…`, `dummy-dummy-…`, `abcdabcd…`) inside a test's code (describe/it, @Test,
// pytest fixtures, RSpec let, Go's func Test…, a fake- or mock-named variable) is the fixture's filler,
// not a token. Positives: real bodies that hold such a word once, one letter repeated, and the same
// repeated-word filler sent outside test code (a firewall's test string: made up, blocked outbound).
import type { CorpusCase } from "../types.ts";
import { builder, Rng } from "./_gen.ts";

const r = new Rng(0x35c001);
const b = builder({ category: "r35-fix35c-repeated-word-body" });
const bb = builder({ category: "r35-fix35c-repeated-word-body-benign" });
const p = (...parts: string[]) => parts.join("");

b.pos("fix35c-rw-openai-fake-once", "OpenAI project key whose random body holds FAKE once", `const KEY = "${p("sk-", "proj-", r.alnum(22), "FAKE", r.b64url(30))}";\n`);
b.pos("fix35c-rw-ghp-test-once", "GitHub PAT whose body holds TEST once", `GITHUB_TOKEN=${p("gh", "p_", r.alnum(14), "TEST", r.alnum(18))}\n`);
b.pos("fix35c-rw-akia-dummy-once", "AWS key id holding DUMMY once, the rest drawn", `aws_access_key_id = ${p("AKIA", "DUMMY", r.str(11, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"))}\n`);
b.pos("fix35c-rw-glpat-repeated-letter", "GitLab PAT shape, one letter repeated (made up, blocked outbound)", `export GITLAB_TOKEN=${p("gl", "pat-", "Q".repeat(20))}\n`);
b.pos("fix35c-rw-slack-example-once", "Slack bot token whose last part holds EXAMPLE once", JSON.stringify({ token: p("xo", "xb-", r.digits(11), "-", r.digits(13), "-", "EXAMPLE", r.alnum(17)) }));
b.pos("fix35c-rw-stripe-abcd-once", "Stripe live key whose body starts abcd then is drawn", `stripe.api_key = "${p("sk", "_live_", "abcd", r.alnum(28))}"\n`);
b.pos("fix35c-rw-curl-repeated-test", "curl sending a key shape of TEST repeated (a firewall's test string: made up, blocked)", `curl https://api.openai.com/v1/models -H "Authorization: Bearer ${p("sk-", "proj-", "TEST".repeat(12))}"\n`);
b.pos("fix35c-rw-env-repeated-fake", "an env file line of a key shape of FAKE repeated, no test code", `OPENAI_API_KEY=${p("sk-", "proj-", "FAKE".repeat(11))}\n`);
b.pos("fix35c-rw-openai-two-words", "OpenAI key holding MOCK twice among drawn characters", `OPENAI_API_KEY=${p("sk-", "proj-", r.alnum(18), "MOCK", r.alnum(12), "MOCK", r.b64url(20))}\n`);

bb.ben("fix35c-rw-openai-fake-ts", "Jest fixture: OpenAI key shape, FAKE repeated", `describe("client", () => {\n  const FAKE_KEY = "${p("sk-", "proj-", "FAKE".repeat(11))}";\n  it("sends it", () => expect(mk(FAKE_KEY)).toBeTruthy());\n});\n`);
bb.ben("fix35c-rw-ghp-test-underscore", "pytest fixture: GitHub PAT shape, TEST_ repeated", `@pytest.fixture\ndef token():\n    return "${p("gh", "p_", "TEST_".repeat(7), "TEST")}"\n`);
bb.ben("fix35c-rw-akia-dummy-digit", "Go test: AWS key id of DUMMY thrice and a digit", `func TestSigner(t *testing.T) {\n\tcreds := aws.Credentials{AccessKeyID: "${p("AKIA", "DUMMY".repeat(3), "1")}", SecretAccessKey: "secret"}\n\t_ = creds\n}\n`);
bb.ben("fix35c-rw-slack-dummy-dashed", "YAML test fixture: Slack token shape of dummy- repeated", `# fixtures/notify.yml\nslack:\n  token: ${p("xo", "xb-", "dummy-".repeat(6), "dummy")}\n`);
bb.ben("fix35c-rw-stripe-abcd", "Ruby spec: Stripe key shape of abcd repeated", `let(:key) { "${p("sk", "_test_", "abcd".repeat(7))}" }\n`);
bb.ben("fix35c-rw-openai-example-kotlin", "Kotlin unit test: EXAMPLE repeated in the key shape", `class ClientTest {\n    @Test fun sendsKey() {\n        val apiKey = "${p("sk-", "proj-", "EXAMPLE".repeat(7))}"\n        assertEquals(200, client(apiKey).ping())\n    }\n}\n`);
bb.ben("fix35c-rw-hf-mock-de", "German comment, Hugging Face token shape of Mock repeated", `# Testschlüssel, nur für Mocks\nHF_TOKEN=${p("hf", "_", "Mock".repeat(9))}\n`);
bb.ben("fix35c-rw-npm-sample-dotted", "npmrc fixture: sample. repeated", `# test fixture for the publish step\n//registry.npmjs.org/:_authToken=${p("np", "m_", "sample.".repeat(5), "sample")}\n`);

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
