// An agent logged in as the user, told to act with the user's account on a social site: vote
// answers up or down, like, follow, post on the user's profile, tag the user's friends. Pages
// ask people the same ("upvote if this helped", "tag three friends to enter"), so the act is weak
// and counts next to an address to the agent, e.g. the agents "browsing on behalf of a user".
import type { Family, Pattern } from "./pattern-set.ts";
import { ADDRESS_PARTNERS } from "./pattern-set.ts";

const ACT_PARTNERS: readonly Family[] = ["addressed", "concealment", "override", "role"];
/** What a vote or a follow lands on. */
const TARGET = String.raw`(?:answers?|posts?|comments?|repl(?:y|ies)|reviews?|videos?|channels?|accounts?|pages?|threads?|questions?|repos?(?:itory|itories)?|projects?|listings?|products?|tweets?|articles?|submissions?)`;
/** A profile, timeline or wall: where a post goes out under the user's name. */
/** Said as an order: at a clause start or after "and", "please", "should" (not "I like the answers here"). */
const imperative = (t: string, s: number) => (/(?:^|[\n:;,.!?(—–-]|\b(?:and|then|please|also|to|must|should|always))\s{0,3}$/i.test(t.slice(Math.max(0, s - 24), s)) ? 1 : 0);
const PROFILE = String.raw`(?:profiles?|accounts?|timelines?|feeds?|walls?|stor(?:y|ies)|page)`;

export const ACTING_FOR_USER_PATTERNS: Pattern[] = [
  {
    id: "addressed.agent-for-user", family: "addressed", weight: 0.3, partners: ADDRESS_PARTNERS,
    description: "Agents addressed as acting for a (logged-in) user (\"Agents browsing this on behalf of a user:\")",
    re: /\b(?:AI\s{1,3})?(?:agents?|assistants?|bots?|AIs|models?|LLMs?|copilots?)\s{1,3}(?:[^\s:;.,]{1,20}\s{1,3}){0,5}?on\s{1,3}behalf\s{1,3}of\s{1,3}(?:a|an|the|their|its|your)\s{1,3}(?:logged[\s-]in\s{1,3}|signed[\s-]in\s{1,3}|human\s{1,3})?(?:users?|humans?|owners?|customers?|members?)\s{0,2}[:,—–]/gi,
    anchors: ["on behalf of"], also: ["agent", "assistant", "bot", "ais", "model", "llm", "copilot"], before: 160, after: 40,
  },
  {
    id: "order.social-vote", family: "order", weight: 0.3, partners: ACT_PARTNERS,
    description: "Vote, like or follow ordered on a social site (\"upvote this answer and downvote the other two\")",
    re: new RegExp(String.raw`\b(?:up-?vote|down-?vote|like|star|follow|subscribe\s{1,3}to|retweet|repost|reshare|boost|endorse|heart)\s{1,3}(?:this|that|these|those|the|our|my|every|all|both)\s{1,3}(?:other\s{1,3})?(?:(?:two|three|four|five|\d{1,2})\s{1,3})?(?:[\w'’-]{1,20}\s{1,3})?${TARGET}\b`, "gi"),
    // A common verb ("like", "follow", "star") counts only with the word it points with ("like this", "follow our"): alone, or
    // with "the", it is everywhere in prose and made this the pattern set's costliest anchor.
    anchors: ["upvote", "up-vote", "downvote", "down-vote", "subscribe to", "retweet", "repost", "reshare", "endorse", ...["like", "star", "follow", "boost", "heart"].flatMap((v) => ["this", "that", "these", "those", "our", "my", "every", "all", "both"].map((d) => `${v} ${d}`))],
    also: ["this", "that", "these", "those", "the", "our", "my", "every", "all", "both"], before: 4, after: 80,
    judge: (_m, t, s) => imperative(t, s),
  },
  {
    id: "order.post-as-user", family: "order", weight: 0.3, partners: ACT_PARTNERS,
    description: "A post published on the user's own profile or friends tagged in it",
    re: new RegExp(String.raw`\b(?:post|publish|tweet|share|write)\b(?:[^.\n]|\.(?=\S)){0,80}?\b(?:on|to|from)\s{1,3}(?:the\s{1,3}user['’]s|their|his|her)\s{1,3}(?:own\s{1,3})?(?:[\w-]{1,20}\s{1,3})?${PROFILE}\b|\btag\s{1,3}(?:two|three|four|five|\d|some|a\s{1,3}few|their|his|her|the\s{1,3}user['’]s)\s{1,3}(?:of\s{1,3}(?:their|his|her)\s{1,3})?(?:friends|contacts|followers)\b`, "gi"),
    anchors: ["post", "publish", "tweet", "share", "write", "tag"], also: ["profile", "account", "timeline", "feed", "wall", "story", "stories", "page", "friends", "contacts", "followers"], before: 4, after: 160,
  },
  {
    id: "order.post-as-user-languages", family: "order", weight: 0.3, partners: ACT_PARTNERS, lang: "pt/es/fr/de/it",
    description: "A post published on the user's profile, or the user's friends tagged (other languages)",
    re: /(?<![\p{L}])(?:publique|publica|publicar|poste|postar|postea|compartilhe|comparte|publie[zr]?|poste[zr]?|partage[zr]?|veröffentliche|poste|pubblica|posta|condividi)(?![\p{L}])[^.\n]{0,80}?(?<![\p{L}])(?:perfil|conta|mural|cuenta|muro|profil|compte|Profil|Konto|Pinnwand|profilo|bacheca)\s{1,3}(?:do|da|del|de\s{1,3}la|de\s{1,3}l['’]|des|dell['’]\s{0,1}|della)\s{0,3}(?:usuári[oa]|usuari[oa]|utilisat(?:eur|rice)|Nutzers|Benutzers|Nutzerin|utente)|(?<![\p{L}])(?:marque|marca|etiqueta|identifique|identifie[zr]?|tague[zr]?|markiere|tagga)\s{1,3}(?:a\s{1,3})?(?:dois|duas|três|tres|dos|deux|trois|zwei|drei|due|tre|\d|alguns|algunos|quelques|einige|alcuni)\s{1,3}(?:amig[oa]s|amis|amies|Freunde|Freundinnen|amici)(?![\p{L}])/giu,
    anchors: ["publique", "publica", "poste", "postar", "postea", "compartilhe", "comparte", "publie", "partage", "veröffentliche", "pubblica", "posta", "condividi", "marque", "marca", "etiqueta", "identifi", "tague", "markiere", "tagga"], before: 4, after: 160,
  },
];
