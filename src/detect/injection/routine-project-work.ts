// A project's guidance for AI coding agents (AGENTS.md, CLAUDE.md, "## Notes for AI agents",
// `<ai-notes>…</ai-notes>`) that asks only for the project's routine work: run its tests, linters,
// formatters, build or release targets, keep its commit conventions. Addressing the agent is what
// such guidance is for. Anything beyond that in the block the address governs (a fetched script, a
// URL, a secret, the user kept uninformed, a product pushed, a package from elsewhere) keeps it an order.

/** A command of the project's own toolchain: its package scripts, make targets, test runners, linters, formatters. */
const ROUTINE_COMMAND = new RegExp(String.raw`^(?:(?:npm|pnpm|yarn|bun)(?:\s{1,3}run)?\s{1,3}(?:test|t|ci|lint|build|format|fmt|typecheck|type-check|tsc|check|verify|validate|coverage|e2e|dev|start|clean|docs?|release|publish|changeset|version|pack|audit|prettier|eslint|(?<=run\s{1,3})[\w:.-]{2,30})(?:\s{1,3}--?[\w=.-]{1,30})*|(?:npm|pnpm|yarn|bun)\s{1,3}(?:install|i|ci)|(?:make|gmake|just|task|rake|invoke|mage)(?:\s{1,3}[\w:.=-]{1,30}){0,3}|cargo\s{1,3}(?:test|fmt|clippy|build|check|doc|bench|publish|nextest\s{1,3}run)|go\s{1,3}(?:test|vet|build|fmt|generate|mod\s{1,3}tidy)|(?:python3?\s{1,3}-m\s{1,3})?(?:pytest|tox|nox|ruff(?:\s{1,3}(?:check|format))?|black|isort|mypy|pyright|flake8|pylint)|(?:npx\s{1,3}|bunx\s{1,3})?(?:eslint|prettier|tsc|jest|vitest|mocha|playwright\s{1,3}test|biome\s{1,3}(?:check|format|lint))|(?:bundle\s{1,3}exec\s{1,3})?(?:rspec|rubocop|rake)|phpunit|composer\s{1,3}(?:test|lint|install)|gofmt|golangci-lint\s{1,3}run|clang-format|pre-commit\s{1,3}run|(?:mvn|\.\/mvnw)\s{1,3}(?:test|verify|package|install|spotless:apply)|(?:gradle|\.\/gradlew)\s{1,3}(?:test|build|check|spotlessApply|ktlintCheck|lint)|dotnet\s{1,3}(?:test|build|format)|mix\s{1,3}(?:test|format|credo)|swift\s{1,3}(?:test|build)|deno\s{1,3}(?:test|lint|fmt|check)|(?:uv|poetry|hatch)\s{1,3}run\s{1,3}[\w.-]{2,30}|git\s{1,3}(?:status|diff|log|add|commit|rebase|pull|fetch|switch|checkout\s{1,3}-b))\b`, "i");
/** The same command named bare after its verb in prose or a data value: "Run npm test before committing." */
const ROUTINE_BARE = new RegExp(String.raw`\b(?:run|execute)\s{1,3}` + ROUTINE_COMMAND.source.slice(1), "i");
/** Flags, paths inside the project and `&&` between routine commands: nothing a routine command's arguments need is outside that. */
const PLAIN_ARGS = /^[\w\s.\/:=,@+"'-]*$/;
/** What a command in the block may not carry: a pipe, a fetch, a redirect, a shell inside it. */
const COMMAND_RISK = /\||\$\(|`|>|;|\bsudo\b|\brm\b|\bcurl\b|\bwget\b|\beval\b|\bbase64\b|\b(?:print)?env\b|\bssh\b|\bscp\b|\bnc\b|https?:|@[\w-]+\.[a-z]{2,}|\s--force\b|\s-f\b|--no-verify/i;
/** Routine work named in words ("run the tests", "keep commits small", "Conventional Commits"), in the languages. */
const ROUTINE_PROSE = /\b(?:run|execute)\s{1,3}(?:the\s{1,3}|all\s{1,3}(?:the\s{1,3})?)?(?:unit\s{1,3}|full\s{1,3})?(?:tests?|test\s{1,3}suite|linters?|formatters?|type\s?-?checks?|build)\b|\b(?:keep|make)\s{1,3}(?:your\s{1,3})?commits\s{1,3}(?:small|atomic|focused)\b|\bconventional\s{1,3}commits\b|\b(?:add|write|update)\s{1,3}(?:unit\s{1,3})?tests\b|\bcommits?\s{1,3}(?:klein|pequeños|petits|piccoli|pequenos)\b/i;
/** The same in other languages: "ejecutad los tests", "lancez les tests", "führt die Tests aus", "esegui i test", "rode os testes", "запустите тесты", "テストを実行", "运行测试". */
const ROUTINE_PROSE_LANGS = /(?<![\p{L}])(?:(?:ejecut|corr|lanz|pas)\p{L}{0,5}\s{1,3}(?:(?:tod[oa]s\s{1,3})?(?:los|las)\s{1,3})?(?:tests?|pruebas|linters?)|(?:rod|execut|corr)\p{L}{0,5}\s{1,3}(?:(?:todos\s{1,3})?os\s{1,3})?(?:testes|tests|linters?)|(?:lanc|ex[ée]cut|pass)\p{L}{0,4}\s{1,3}(?:(?:tous\s{1,3})?les\s{1,3})?(?:tests|linters?)|(?:esegu|lanci|lanc)\p{L}{0,5}\s{1,3}(?:(?:tutti\s{1,3})?i\s{1,3})?(?:test|linter)|(?:führ|lass|start)\p{L}{0,4}\s{1,3}(?:(?:alle\s{1,3})?die\s{1,3}|alle\s{1,3})?(?:Tests|Linter)|(?:die\s{1,3})?Tests\s{1,3}(?:aus(?:führen|zuführen)|laufen)|запуст\p{L}{0,4}\s{1,3}(?:все\s{1,3})?(?:тесты|линтер)|прогон\p{L}{0,4}\s{1,3}тесты)(?![\p{L}])|テストを(?:実行|走らせ)|(?:运行|跑|執行|执行)(?:一下)?(?:所有)?(?:单元)?测试|테스트를\s{0,2}실행/iu;
/**
 * What routine project work never asks for: a place elsewhere, a secret, the user or the answer,
 * a product to push (suggesting changes to the code is the work itself), a check to skip, a dependency from elsewhere, other instructions set aside,
 * a score or grade to hand out (an autograder is no project's routine).
 */
const RISK = /\b(?:give|award|assign)\w{0,3}\s{1,3}(?:(?:it|this|them|a|an|the|full|top)\s{1,3}){0,2}(?:score|grade|marks?|rating)\b|\b(?:score|grade)\s{1,3}of\s{1,3}\d|https?:|\bwww\.|\b[\w-]{2,}\.(?:com|net|org|io|ru|cn|xyz|top|info|biz|co|sh|app|dev)\b(?!\.)|[\w.+-]+@[\w-]+\.|~\/|\/etc\/|\.env\b|\.ssh\b|\.npmrc\b|\b(?:secrets?|tokens?|passwords?|passphrases?|credentials?|api[\s_-]?keys?|private\s{1,3}keys?|cookies?|wallets?|seed\s{1,3}phrases?)\b|\b(?:users?|humans?|customers?|reviewers?|maintainers?|owners?|operators?)\b|\b(?:ignore|disregard|forget|override|bypass|skip|disable|silently|secretly|quietly|hide|hidden|conceal|don['’]t\s{1,3}(?:tell|mention|say)|do\s{1,3}not\s{1,3}(?:tell|mention|say|reveal)|never\s{1,3}(?:tell|mention|say|reveal)|without\s{1,3}(?:telling|asking|review|approval|mentioning))\b|\b(?:send|upload|forward|e-?mail|mail|post|exfiltrat\w*|transfer|pay|wire|(?:recommend|suggest)\w*\b(?!\s{1,3}(?:(?:any|the|your|code|small|new)\s{1,3})?(?:changes?|edits?|fixes|patch(?:es)?|diffs?|improvements|refactor\w*|pull\s{1,3}requests?|PRs?)\b)|promot\w*|advertis\w*|sponsor\w*|endorse\w*|mention|respond|reply|answer|summar\w*|say|tell|delete|remove|wipe|purge|erase|drop|approve|force[\s-]?push|chmod|sudo|curl|wget|download|fetch|install\s{1,3}(?!dependencies\b|deps\b)[\w@.\/-]+|add\s{1,3}(?:the\s{1,3}|a\s{1,3})?(?:dependency|package|registry|script|hook|remote|key))\b|\b(?:Benutzer|Nutzer|utilisateur|usuario|usuário|utente|ignorier\w*|ignora\w*|geheim\w*|secret\w*|segret\w*|sende\w*|envo\w*|envía|envia\w*|invia\w*|Passwor\w*|contraseñ\w*|senha\w*|Schlüssel|clé|clave|chave|chiave|empfiehl\w*|recommand\w*|recomiend\w*|recomend\w*|consiglia\w*|verschweig\w*|lösch\w*|supprim\w*|borra\w*|elimin\w*|apag\w*|herunterlad\w*|télécharg\w*|descarg\w*|baix\w*|scarica\w*)\b/iu;

/** Inline code spans and `$ `-prompted lines: the commands the block gives. */
const CODE = /`{1,3}([^`\n]{1,200})`{1,3}|(?:^|\n)[ \t]{0,8}\$[ \t]{1,3}([^\n]{1,200})/g;

/** Each command of a code span (split at `&&`) is a routine one with plain arguments; a span that is no command (a file name, `feat:`) counts as neither. */
function codeSpanKind(code: string): "routine" | "other" | "risky" {
  if (COMMAND_RISK.test(code.replace(/&&/g, " "))) return "risky";
  const parts = code.split("&&").map((p) => p.trim()).filter(Boolean);
  if (parts.length > 0 && parts.every((p) => ROUTINE_COMMAND.test(p) && PLAIN_ARGS.test(p))) return "routine";
  return "other";
}

/** A command given between double quotes (Always run "yarn tsc"; Führe "make lint test" aus): it stays in the prose RISK reads. */
const QUOTED = /["“„]([^"“”„\n]{1,120})["”“]/g;
/**
 * What a project's rules say that sounds like RISK but guards the project: a deletion forbidden
 * ("do not delete it", "Lösche keine Dateien unter data/ ohne Rückfrage"), a folder left out of the
 * work ("Ignore the legacy/ folder"), a fact reported in the project's own PR ("say so in the PR").
 * Each ends at the clause, so what follows a comma or semicolon is still read.
 */
const GUARDING_CLAUSE = /\b(?:do\s{1,3}not|don['’]t|never)\s{1,3}(?:delete|remove|drop|wipe|erase|purge)\b[^.;,:!?\n]{0,80}|(?<![\p{L}])(?:lösch\p{L}{0,3}\s{1,3}(?:keine|nie|niemals|nichts|nicht)|(?:nichts|keine\s{1,3}\p{L}{1,20})\s{1,3}lösch\p{L}{0,3}|ne\s{1,3}supprim\p{L}{0,4}\s{1,3}(?:pas|jamais|aucun\p{L}{0,2}|rien)|no\s{1,3}(?:borr|elimin)\p{L}{0,4}|n[ãa]o\s{1,3}(?:apag|elimin|remov)\p{L}{0,4}|non\s{1,3}(?:cancell|elimin|rimuov)\p{L}{0,4})(?![\p{L}])[^.;,:!?\n]{0,80}|\bignore\s{1,3}(?:the\s{1,3})?(?:[\w.-]{1,40}\/[\w.\/-]{0,40}(?:\s{1,3}(?:folder|directory|dir))?|[\w.-]{1,40}\s{1,3}(?:folder|directory|dir))(?=\s{0,3}[.;,:)\n]|$)|\b(?:say|mention)\s{1,3}(?:so|it|this|that)\s{1,3}in\s{1,3}(?:the|your)\s{1,3}(?:PR|pull\s{1,3}request|commit\s{1,3}message|issue|changelog)\b/giu;

/** The block asks for routine project work and nothing else; `bare`: a command named without a code span counts (a data value, which has none). */
export function routineProjectWork(block: string, bare = false): boolean {
  let routine = ROUTINE_PROSE.test(block) || ROUTINE_PROSE_LANGS.test(block);
  for (const m of block.matchAll(CODE)) {
    const kind = codeSpanKind((m[1] ?? m[2]!).trim());
    if (kind === "risky") return false;
    if (kind === "routine") routine = true;
  }
  const prose = block.replace(CODE, " ");
  for (const m of prose.matchAll(QUOTED)) {
    const kind = codeSpanKind(m[1]!.trim());
    if (kind === "risky") return false;
    if (kind === "routine") routine = true;
  }
  return (routine || (bare && ROUTINE_BARE.test(prose))) && !RISK.test(prose.replace(GUARDING_CLAUSE, " "));
}

/** An AI-named tag around `start`: its body, read from its opening to its closing tag. */
const AI_TAG = /<\s{0,2}(\/?)\s{0,2}((?:[\w]{1,20}[_-])?(?:ai|llm|agents?|assistants?|copilot|claude|cursor|codex|gemini|coding[_-]agent)(?:[_-][\w]{1,20}){0,2})\s{0,2}>/gi;

/**
 * The text an address at `start`..`end` governs: the body of an AI-named tag it opens or closes,
 * the section under a heading (to the next heading), or else the rest of its paragraph.
 */
export function governedBlock(text: string, start: number, end: number): string {
  const near = text.slice(Math.max(0, start - 40), end + 40);
  for (const t of near.matchAll(AI_TAG)) {
    const at = Math.max(0, start - 40) + t.index!;
    if (at > end || at + t[0].length < start) continue;
    const name = t[2]!.toLowerCase();
    if (t[1]) {
      const from = Math.max(0, at - 2000);
      const open = text.slice(from, at).toLowerCase().lastIndexOf(`<${name}`);
      return open < 0 ? "" : text.slice(text.indexOf(">", from + open) + 1, at);
    }
    const body = at + t[0].length;
    const close = text.slice(body, body + 2000).toLowerCase().indexOf(`</${name}`);
    return close < 0 ? "" : text.slice(body, body + close);
  }
  const ls = text.lastIndexOf("\n", start - 1) + 1;
  const le = text.indexOf("\n", end);
  const line = text.slice(ls, le < 0 ? text.length : le);
  if (le >= 0 && /^[ \t]{0,3}(?:#{1,6}[ \t]|\*\*[^*\n]{1,80}\*\*[ \t]*:?[ \t]*$|__[^_\n]{1,80}__[ \t]*$|[^\n]{1,80}:[ \t]*$)/.test(line)) {
    const section = text.slice(le + 1, le + 1 + 2000);
    const next = section.search(/\n[ \t]{0,3}#{1,6}[ \t]/);
    return next < 0 ? section : section.slice(0, next);
  }
  const para = text.slice(end, end + 1200);
  const blank = para.search(/\n[ \t]*\n/);
  return blank < 0 ? para : para.slice(0, blank);
}

/** The address at `start`..`end` hands the agent only the project's routine work. */
export function routineWorkForAgents(text: string, start: number, end: number): boolean {
  return routineProjectWork(governedBlock(text, start, end));
}

/** A pseudo-tag named for the AI itself (`<agent_instructions>`, `</ai-notes>`), not for the system, an admin or a secret. */
export function aiNamedTag(match: string): boolean {
  return /^<\s{0,2}\/?\s{0,2}(?:ai|llm|agent|assistant|copilot|claude|cursor|codex|gemini)[_ -]?(?:instructions?|notes?|context|guidance|memo|hints?|directives?|reminders?|rules)\s{0,2}>$/i.test(match.trim());
}

/** The quoted value at `from` (after a key, its `:` or `=` and opening quote may come first) asks only for routine project work. */
export function routineKeyValue(text: string, from: number): boolean {
  const open = /^\s{0,2}[:=]?\s{0,2}(["'])/.exec(text.slice(from, from + 8));
  if (open === null) return false;
  const start = from + open[0].length;
  const close = text.indexOf(open[1]!, start);
  return close > start && close - start <= 600 && routineProjectWork(text.slice(start, close).replace(/\\n/g, "\n"), true);
}

/** A step that names only the next routine target after "then": "then the linter", "puis les tests". */
const ROUTINE_OBJECT = /^\s{0,3}(?:the|los|las|les|die|i|os)?\s{0,3}(?:tests?|linters?|formatters?|type\s?-?checks?|build|pruebas|testes)\s{0,3}(?:,\s{0,3}(?:before|antes|avant|vor|prima)\b[^,]{0,40})?$/iu;
/** Where a comment's next ask begins: a sentence end, or "then" / "also" opening another step, in the languages. */
const SENTENCE_OR_NEXT_STEP = /[.;!?。！？\n]+|,?\s{1,3}(?:(?:and\s{1,3})?(?:then|also|afterwards)|(?:e\s{1,3})?(?:poi|dopo|inoltre|depois|também)|(?:y\s{1,3})?(?:luego|después|además|también)|(?:und\s{1,3})?(?:dann|danach|außerdem|auch)|(?:et\s{1,3})?(?:puis|ensuite|aussi)|(?:и\s{1,3})?(?:потом|затем|также))(?![\p{L}])|然后|之后|并且|その後|また/iu;
/**
 * An HTML comment (`start`..`end`, its markers included) whose whole content, after the label that
 * addresses the agent, is routine project work: every sentence of it asks for the project's tests,
 * linters, build or commit conventions, and nothing the routine never asks for stands beside it. A
 * hidden channel is where planted notes live, so one sentence asking for anything else keeps it an order.
 */
export function routineWorkComment(text: string, start: number, end: number): boolean {
  const body = text.slice(start, end).replace(/^<!--/, "").replace(/-->$/, "");
  if (body.length > 600 || !routineProjectWork(body)) return false;
  const label = /^[^:\n]{1,80}:/.exec(body.trimStart());
  const content = label ? body.trimStart().slice(label[0].length) : body;
  const sentences = content.replace(CODE, (m) => (codeSpanKind((m.match(/`{1,3}([^`\n]{1,200})`{1,3}/)?.[1] ?? m.replace(/^\s*\$\s*/, "")).trim()) === "routine" ? " run the tests " : " x ")).split(SENTENCE_OR_NEXT_STEP);
  return sentences.every((x) => x.trim().length < 3 || ROUTINE_PROSE.test(x) || ROUTINE_PROSE_LANGS.test(x) || ROUTINE_OBJECT.test(x));
}
