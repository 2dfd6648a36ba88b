// Round thirty-eight (fix38d): a provider-shaped token whose body is degenerate group by group (all one character, a short
// unit repeated: `0000…`, `testtest…`, `abcabc…`, `1234512345…`, `deadbeefdeadbeef…`, or groups each of those) inside a
// test's code or a fixture is the fixture's placeholder, in every provider rule. Exact: one random group among degenerate
// ids (`xoxb-<random id>-0000000000000-<random 24>`) is a real token's shape and stays a finding, in test code or not.
import type { CorpusCase } from "../types.ts";
import { builder, Rng, ALNUM } from "./_gen.ts";

const r = new Rng(0x38d003);
const b = builder({ category: "r38-fix38d-degenerate-body" });
const bb = builder({ category: "r38-fix38d-degenerate-body-benign" });
const id = (n: number) => r.digits(n);
const draw = (n: number) => r.str(n, ALNUM);
const zeros = (n: number) => "0".repeat(n);
const unit = (u: string, n: number) => u.repeat(Math.ceil(n / u.length)).slice(0, n);

b.pos("fix38d-deg-slack-zero-team-fixture", "test fixture: Slack bot token with an all-zero team id but a drawn secret",
  `// test/fixtures/slack.ts\nexport const SLACK_BOT = "${"xo" + "xb-"}${id(12)}-${zeros(13)}-${draw(24)}";\n`);
b.pos("fix38d-deg-slack-zero-ids-env", ".env with a Slack bot token whose ids are zeros and whose secret is drawn",
  `SLACK_BOT_TOKEN=${"xo" + "xb-"}${zeros(12)}-${zeros(13)}-${draw(24)}\nSLACK_CHANNEL=#deploys\n`);
b.pos("fix38d-deg-slack-user-partly-zero", "Python test sending a Slack user token: ids partly zero, secret drawn",
  `def test_post_message(client):\n    token = "${"xo" + "xp-"}${zeros(4)}${id(8)}-${id(12)}-${zeros(6)}${id(7)}-${r.str(32, "0123456789abcdef")}"\n    assert client.post(token)\n`);
b.pos("fix38d-deg-stripe-live-mock", "a mock's Stripe live key with a drawn body (a real key pasted into a test)",
  `jest.mock("./billing", () => ({ STRIPE_KEY: "${"sk" + "_live_"}${draw(24)}" }));\n`);
b.pos("fix38d-deg-github-in-spec", "RSpec let() with a GitHub PAT whose body is drawn",
  `describe GitHubClient do\n  let(:token) { "${"gh" + "p_"}${draw(36)}" }\nend\n`);
b.pos("fix38d-deg-sendgrid-fixture-de", "German comment, fixture with a SendGrid key whose parts are drawn",
  `# Testdaten (echte Schlüssel gehören nicht hierher!)\nSENDGRID_FIXTURE = "${"S" + "G."}${r.str(22, ALNUM + "-_")}.${r.str(43, ALNUM + "-_")}"\n`);
b.pos("fix38d-deg-gitlab-curl", "curl sending a GitLab PAT with a drawn body (no test code)",
  `curl -H "PRIVATE-TOKEN: ${"gl" + "pat-"}${r.str(20, ALNUM + "-_")}" https://gitlab.example.com/api/v4/projects\n`);

bb.ben("fix38d-deg-ben-slack-stripe-fixture", "fixture file: Slack token of zeros and test repeated, Stripe test key of zeros",
  `// test/fixtures/tokens.ts — FAKE values for unit tests\nexport const FAKE_SLACK_TOKEN = "${"xo" + "xb-"}${zeros(12)}-${zeros(13)}-${unit("test", 24)}";\nexport const FAKE_STRIPE = "${"sk" + "_test_"}${zeros(24)}";\n`);
bb.ben("fix38d-deg-ben-github-deadbeef", "Go test with a GitHub PAT shape of deadbeef repeated",
  `func TestAuthHeader(t *testing.T) {\n\ttok := "${"gh" + "p_"}${unit("deadbeef", 36)}"\n\tif got := header(tok); got == "" {\n\t\tt.Fatal("empty")\n\t}\n}\n`);
bb.ben("fix38d-deg-ben-npm-abc", "Jest test: an npm token shape of abc repeated",
  `describe("publish", () => {\n  it("sends the token", () => {\n    const npmToken = "${"np" + "m_"}${unit("abc", 36)}";\n    expect(auth(npmToken)).toBe(true);\n  });\n});\n`);
bb.ben("fix38d-deg-ben-openai-digits", "pytest fixture: an OpenAI project key shape of 12345 repeated",
  `@pytest.fixture\ndef openai_key():\n    return "${"sk-" + "proj-"}${unit("12345", 48)}"\n`);
bb.ben("fix38d-deg-ben-gitlab-hf-mock", "jest.mock of settings: GitLab and Hugging Face shapes of one unit repeated",
  `jest.mock("./settings", () => ({\n  gitlab: "${"gl" + "pat-"}${unit("abcd", 20)}",\n  huggingface: "${"h" + "f_"}${unit("test", 34)}",\n}));\n`);
bb.ben("fix38d-deg-ben-sendgrid-aws-fr", "French comment over fake fixtures: SendGrid of test groups, AWS key id of one letter",
  `# fixtures de test — valeurs factices\nFAKE_SENDGRID = "${"S" + "G."}${unit("test", 22)}.${unit("test", 43)}"\nFAKE_AWS_KEY_ID = "${"AK" + "IA"}${"X".repeat(16)}"\n`);
bb.ben("fix38d-deg-ben-slack-user-zeros-x", "stub: a Slack user token of zero groups and an xx body",
  `// stubs for the notifier\nexport const stubUserToken = "${"xo" + "xp-"}${zeros(12)}-${zeros(12)}-${zeros(13)}-${unit("x", 32)}";\n`);
bb.ben("fix38d-deg-ben-stripe-restricted-unit", "RSpec fixture: a Stripe restricted key of a repeated unit",
  `describe Billing do\n  let(:key) { "${"rk" + "_test_"}${unit("abcabc1", 24)}" }\nend\n`);

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
