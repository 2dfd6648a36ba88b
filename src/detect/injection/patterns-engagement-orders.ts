// Fake engagement ordered of an agent: star, upvote or follow a batch of repositories or accounts,
// leave positive reviews on each ("star every repository under …/growth-org and leave a positive
// review comment on each"). A person is asked to star one project; a sweep over every item of
// someone's account, or praise written to order, is reputation fraud. Weak and partnered.
import type { Pattern } from "./pattern-set.ts";

const ITEMS = String.raw`(?:repositor(?:y|ies)|repos?|projects?|packages?|accounts?|profiles?|posts?|issues?|pull\s{1,3}requests?|PRs|extensions?|apps?|listings?|products?|videos?|tweets?|answers?|comments?)`;

const SWEEP_VERBS = ["star", "upvote", "up-vote", "like", "follow", "fork", "watch", "favorite", "favourite", "boost", "retweet", "heart", "endorse"];

export const ENGAGEMENT_ORDER_PATTERNS: Pattern[] = [
  {
    id: "harm.engagement-farming", family: "harm", weight: 0.3, partners: ["addressed", "order", "concealment", "override", "role"],
    description: "A sweep of fake engagement ordered (\"star every repository under …\", \"leave a positive review on each\")",
    re: new RegExp([
      String.raw`\b(?:star|upvote|up-vote|like|follow|fork|watch|favou?rite|boost|retweet|heart|endorse)\s{1,3}(?:every|all(?:\s{1,3}(?:the|of\s{1,3}the))?|each)\s{1,3}(?:[\w-]{1,20}\s{1,3})?${ITEMS}\b`,
      String.raw`\b(?:leave|post|write|add|submit|give)\s{1,3}(?:an?\s{1,3})?(?:positive|glowing|good|5[\s-]star|five[\s-]star|favou?rable|enthusiastic|praising)\s{1,3}(?:[\w-]{1,20}\s{1,3})?(?:reviews?|comments?|ratings?|testimonials?|feedback)\s{1,3}(?:on|for|under|to)\s{1,3}(?:each|every|all|them|those|these)\b`,
    ].join("|"), "gi"),
    // The verb with its sweep ("star every", "like all"), not the verb alone: "like", "follow", "watch" and "good" are
    // among the commonest words of a page, and as anchors they doubled the pattern set's prefilter windows.
    anchors: [...SWEEP_VERBS.flatMap((v) => ["every", "all", "each"].map((q) => `${v} ${q}`)), "positive", "glowing", "good review", "good rating", "good comment", "good feedback", "good testimonial", "5 star", "5-star", "five star", "five-star", "favorable", "favourable", "enthusiastic", "praising"],
    also: ["every", "all ", "each", "them", "those", "these"], before: 20, after: 120,
  },
];
