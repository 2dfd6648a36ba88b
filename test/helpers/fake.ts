// Fake credentials built at run time, so the repository never holds a string that looks live.
import { mulberry32, randomString } from "./prng.ts";

const rand = mulberry32(1234);
const ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
const HEX = "0123456789abcdef";

export const fake = {
  githubPat: () => ["gh", "p_", randomString(rand, 36, ALNUM)].join(""),
  awsKeyId: () => ["AK", "IA", randomString(rand, 16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")].join(""),
  awsSecret: () => randomString(rand, 40, `${ALNUM}/+`),
  stripeLive: () => ["sk", "_live_", randomString(rand, 24, ALNUM)].join(""),
  slackBot: () => ["xo", "xb-", randomString(rand, 12, "0123456789"), "-", randomString(rand, 13, "0123456789"), "-", randomString(rand, 24, ALNUM)].join(""),
  anthropic: () => ["sk-", "ant-api03-", randomString(rand, 93, `${ALNUM}_-`), "AA"].join(""),
  npm: () => ["np", "m_", randomString(rand, 36, ALNUM)].join(""),
  hex: (n: number) => randomString(rand, n, HEX),
  alnum: (n: number) => randomString(rand, n, ALNUM),
};
