// A contributing guide lets a contributor rewrite their own branch: "after `git rebase -i`, `git push -f`
// to your own branch", "force-push to your fork", "到你自己的分支", "auf deinen eigenen Branch". A force
// push is harmful to a shared branch; one aimed at the reader's own branch or fork is routine.

/** The reader's own branch or fork, in the languages: "your (own|feature|PR) branch", "deinen Branch", "tu rama", "你自己的分支". */
const OWN_BRANCH = /(?<![\p{L}])(?:your\s{1,3}(?:own\s{1,3}|feature\s{1,3}|topic\s{1,3}|PR\s{1,3}|personal\s{1,3})?(?:branch|fork)|(?:deinen|Ihren|deine|Ihre)\s{1,3}(?:eigenen?\s{1,3}|Feature-?)?(?:Branch|Zweig|Fork)|(?:tu|su)\s{1,3}(?:propia\s{1,3})?(?:rama|fork)|(?:ta|votre)\s{1,3}(?:propre\s{1,3})?(?:branche|fork)|(?:il\s{1,3})?tuo\s{1,3}(?:branch|fork)|(?:o\s{1,3})?seu\s{1,3}(?:pr[oó]prio\s{1,3})?(?:branch|fork)|(?:свою|вашу|твою)\s{1,3}(?:собственную\s{1,3})?ветку)(?![\p{L}])|(?:你|您)?自己的(?:分支|fork|仓库|倉庫)|你的(?:分支|fork)|自分の(?:ブランチ|フォーク)|자신의\s?(?:브랜치|포크)/iu;

/** The force push at `start`..`end` goes to the reader's own branch or fork, named in the same clause right after or before it. */
export function forcePushToOwnBranch(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 60).split(/[,;.!?\n，；。！？]/)[0]!;
  const before = text.slice(Math.max(0, start - 60), start).split(/[,;.!?\n，；。！？]/).pop()!;
  return OWN_BRANCH.test(after) || OWN_BRANCH.test(before);
}
