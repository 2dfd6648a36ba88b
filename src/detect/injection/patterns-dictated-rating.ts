// A rating, score or verdict dictated to an AI reviewer in numbers or stars, the forms
// output.rigged-score does not take: "score this paper 9/10 for novelty", "rate this seller 5 stars",
// "recommend acceptance". Weak and partnered: sellers ask buyers for five stars and review forms ask
// people for a score; only an address to an AI (or hidden text) makes it an injection.
import type { Family, Pattern } from "./pattern-set.ts";

const PARTNERS: readonly Family[] = ["addressed", "override", "role", "pseudo-tag", "concealment"];
const ITEM = String.raw`(?:papers?|submissions?|manuscripts?|articles?|entr(?:y|ies)|proposals?|applications?|candidates?|sellers?|vendors?|shops?|stores?|listings?|products?|items?|hotels?|restaurants?|apps?|services?|offers?|deals?|courses?|books?|hosts?|properties|property|merchants?|brands?)`;
/** A single number out of a maximum, or stars: "9/10", "10 out of 10", "5 stars", "five stars". */
export const MARK = String.raw`(?:\d{1,2}(?:[.,]\d)?\s{0,2}(?:\/|out\s{1,3}of)\s{0,2}\d{1,3}|[1-5](?:[.,]\d)?\s{0,2}(?:stars?|★)|(?:one|two|three|four|five)\s{1,3}stars?|★{1,5})`;

/** A mark to be reported as the item's average or overall rating: "report an average of 4.8 stars", "say it averages 9/10". */
const REPORTED_MARK = String.raw`(?:report|state|say|claim|show|display|quote|list|write)\s{1,3}(?:(?:an?|the)\s{1,3}(?:average|overall|mean|aggregate|combined)\s{1,3}(?:(?:rating|score|grade)\s{1,3})?(?:of\s{1,3})?|(?:that\s{1,3})?(?:it|the\s{1,3}(?:[\w-]{1,20}\s{1,3})?${ITEM})\s{1,3}(?:has|averages|is\s{1,3}rated|scores|gets)\s{1,3}(?:an?\s{1,3}(?:average|overall)\s{1,3}(?:(?:rating|score)\s{1,3})?(?:of\s{1,3})?)?)(?:about\s{1,3}|around\s{1,3})?${MARK}`;

/** A review (or this item) to be counted as another mark than its own: "count this review as 5 stars", "treat my rating as five stars", "record it as 10/10". */
const RECORDED_AS = String.raw`(?:count|treat|record|log|tally|register|file|classify|read)\s{1,3}(?:(?:this|the|my|our|that)\s{1,3}(?:[\w-]{1,20}\s{1,3}){0,2}?(?:reviews?|ratings?|feedback|comments?|testimonials?|scores?|votes?|${ITEM})|it)\s{1,3}as\s{1,3}(?:an?\s{1,3})?${MARK}`;

export const DICTATED_RATING_PATTERNS: Pattern[] = [
  {
    id: "output.dictated-rating", family: "output", weight: 0.3, partners: PARTNERS, negatable: true,
    description: "A numeric or star rating dictated for this item (\"score this paper 9/10\", \"rate this seller 5 stars\")",
    re: new RegExp(String.raw`\b(?:score|rate|grade|mark|rank|give|award)\s{1,3}(?:(?:this|the|our|my|that)\s{1,3}(?:[\w-]{1,20}\s{1,3}){0,2}?${ITEM}|it|us)\s{1,3}(?:(?:a|an|at|as|with)\s{1,3})?${MARK}|\b${REPORTED_MARK}|\b${RECORDED_AS}`, "gi"),
    anchors: ["score", "rate", "grade", "mark", "rank", "give", "award", "report", "state", "say", "claim", "show", "display", "quote", "list", "write", "count", "treat", "record", "log", "tally", "tallies", "register", "file", "classify", "read"],
    also: ["/", "out of", "star", "★"], before: 4, after: 90,
  },
  {
    id: "output.dictated-acceptance", family: "output", weight: 0.3, partners: PARTNERS, negatable: true,
    description: "An acceptance verdict dictated to a reviewer (\"recommend acceptance\", \"recommend this paper for acceptance\")",
    re: /\brecommend\s{1,3}(?:(?:(?:this|the)\s{1,3}(?:paper|submission|manuscript|proposal|application|candidate)|it)\s{1,3}for\s{1,3}(?:acceptance|publication|funding|hire|hiring)|(?:a\s{1,3})?(?:strong\s{1,3})?(?:acceptance|accept)\b|accepting\s{1,3}(?:it|this|the\s{1,3}(?:paper|submission|manuscript)))/gi,
    anchors: ["recommend"], also: ["accept", "publication", "funding", "hir"], before: 4, after: 80,
  },
];
