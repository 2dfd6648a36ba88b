// Shell commands an agent asks a tool to run (tools/call arguments): command words hidden from a
// reader or a filter, and decode-and-execute pipes. A small POSIX-shell tokenizer (quotes,
// escapes, $( ) / backtick / <( ) substitutions, ANSI-C $'…', redirections, here-docs) splits a
// line into simple commands; each command word is judged for how it is spelled, not for what it
// names: a plain `rm -rf dist` is not this detector's business, `r''m` is.
import { CONFUSABLES, isInvisible } from "../normalize.ts";

export interface ShellHit {
  ruleId: "shell-obfuscated-command" | "shell-obfuscated-argument" | "shell-decode-exec";
  /** Offsets into the analysed command string. */
  start: number;
  end: number;
  why: string;
}

type Seg =
  | { k: "lit"; q: "none" | "single" | "double"; text: string; start: number; end: number }
  | { k: "esc"; text: string; start: number; end: number }
  | { k: "ansi"; text: string; letters: boolean; start: number; end: number }
  | { k: "sub"; body: string; bodyStart: number; kind: "$(" | "`" | "<(" | ">("; quoted: boolean; start: number; end: number }
  | { k: "var"; name: string; quoted: boolean; start: number; end: number; op?: boolean };

interface Word {
  segs: Seg[];
  start: number;
  end: number;
  /** The word follows a redirection operator (a file name, not an argument). */
  redirect: boolean;
  /** That operator ("<", ">", ">>", "<<<", …). */
  rop?: string;
}

interface Simple {
  words: Word[];
  /** Operator that ended this command ("|" joins it to the next one in a pipeline). */
  op: string;
}

/** Longest command string analysed; beyond it the rest is left to the other detectors. */
const MAX_COMMAND = 65536;
const MAX_DEPTH = 4;
/** One command line's findings: enough to block and explain. */
const MAX_HITS = 64;

const isWordChar = (c: string) => /[A-Za-z0-9_]/.test(c);

/** Splits `s` into simple commands. Linear: every character is consumed once (substitution bodies are re-read only when analysed). */
function parse(s: string): Simple[] {
  const out: Simple[] = [];
  let words: Word[] = [];
  let segs: Seg[] = [];
  let wordStart = -1;
  let redirectNext = false;
  let redirectOp = "";
  let pendingHeredocs: Array<{ delim: string }> = [];
  let i = 0;
  const n = s.length;
  const endWord = (at: number) => {
    if (wordStart >= 0) {
      words.push(redirectNext ? { segs, start: wordStart, end: at, redirect: true, rop: redirectOp } : { segs, start: wordStart, end: at, redirect: false });
      redirectNext = false;
    }
    segs = [];
    wordStart = -1;
  };
  const endCommand = (op: string) => {
    if (words.length > 0) out.push({ words, op });
    else if (op === "|" && out.length > 0) out[out.length - 1]!.op = "|";
    words = [];
  };
  const begin = () => {
    if (wordStart < 0) wordStart = i;
  };
  /** End (exclusive) of a $( … ) body starting at `p` (after the paren), quote-aware; n when unclosed. */
  const closeParen = (p: number, open = "(", close = ")"): number => {
    let depth = 1;
    while (p < n) {
      const c = s[p]!;
      if (c === "\\") p += 2;
      else if (c === "'") {
        const q = s.indexOf("'", p + 1);
        p = q < 0 ? n : q + 1;
      } else if (c === '"') {
        p++;
        while (p < n && s[p] !== '"') p += s[p] === "\\" ? 2 : 1;
        p++;
      } else if (c === open) {
        depth++;
        p++;
      } else if (c === close) {
        if (--depth === 0) return p;
        p++;
      } else p++;
    }
    return n;
  };
  const closeBacktick = (p: number): number => {
    while (p < n && s[p] !== "`") p += s[p] === "\\" ? 2 : 1;
    return Math.min(p, n);
  };
  const dollar = (quoted: boolean): boolean => {
    // At s[i] === "$": a substitution, a variable or ANSI-C quoting; false when a plain "$".
    const c = s[i + 1];
    if (c === "(" && s[i + 2] !== "(") {
      const bodyEnd = closeParen(i + 2);
      segs.push({ k: "sub", body: s.slice(i + 2, bodyEnd), bodyStart: i + 2, kind: "$(", quoted, start: i, end: Math.min(n, bodyEnd + 1) });
      i = bodyEnd + 1;
      return true;
    }
    if (c === "(") {
      // $(( arithmetic )): a value, judged as a variable.
      const bodyEnd = closeParen(i + 2);
      segs.push({ k: "var", name: "((", quoted, start: i, end: Math.min(n, bodyEnd + 2) });
      i = bodyEnd + 2;
      return true;
    }
    if (c === "{") {
      // ${…} may hold quotes and other expansions ("${PATH#"${DIR}:"}"): matched with nesting.
      const end = Math.min(n, closeParen(i + 2, "{", "}") + 1);
      const inner = s.slice(i + 2, Math.min(end - 1, i + 258));
      const m = /^[!#]?([A-Za-z_][A-Za-z0-9_]*|[0-9@*#?$!-])/.exec(inner);
      // Operators that compute a new string (substring, replace, case, indirection), not a default value.
      const op = /^!|^[#]?(?:[A-Za-z_][A-Za-z0-9_]*|[0-9@*#?$!-])(?::\s*-?\d|\/|,|\^|~)/.test(inner);
      segs.push({ k: "var", name: m ? m[1]! : "", quoted, start: i, end, op });
      i = end;
      return true;
    }
    const m = /^(?:[A-Za-z_][A-Za-z0-9_]*|[0-9@*#?$!-])/.exec(s.slice(i + 1, i + 80));
    if (m) {
      segs.push({ k: "var", name: m[0], quoted, start: i, end: i + 1 + m[0].length });
      i += 1 + m[0].length;
      return true;
    }
    return false;
  };

  while (i < n) {
    const c = s[i]!;
    if (c === " " || c === "\t" || c === "\r") {
      endWord(i);
      i++;
      continue;
    }
    if (c === "\n") {
      endWord(i);
      endCommand("\n");
      i++;
      for (const h of pendingHeredocs) {
        // Skip the here-document body up to its delimiter line.
        let line = i;
        while (line < n) {
          const e = s.indexOf("\n", line);
          const text = s.slice(line, e < 0 ? n : e).replace(/^\t+/, "");
          line = e < 0 ? n : e + 1;
          if (text === h.delim) break;
        }
        i = line;
      }
      pendingHeredocs = [];
      continue;
    }
    if (c === "#" && wordStart < 0) {
      const e = s.indexOf("\n", i);
      i = e < 0 ? n : e;
      continue;
    }
    if (c === ";" || c === "&" || c === "|" || c === "(" || c === ")") {
      endWord(i);
      let op = c;
      if ((c === "&" || c === "|") && s[i + 1] === c) op = c + c;
      else if (c === "|" && s[i + 1] === "&") op = "|";
      else if (c === ";" && s[i + 1] === ";") op = ";;";
      endCommand(op === "|" ? "|" : op);
      i += op.length + (c === "|" && s[i + 1] === "&" ? 1 : 0);
      continue;
    }
    if ((c === "<" || c === ">") && s[i + 1] === "(") {
      begin();
      const bodyEnd = closeParen(i + 2);
      segs.push({ k: "sub", body: s.slice(i + 2, bodyEnd), bodyStart: i + 2, kind: c === "<" ? "<(" : ">(", quoted: false, start: i, end: Math.min(n, bodyEnd + 1) });
      i = bodyEnd + 1;
      continue;
    }
    if (c === "<" || c === ">") {
      // A word of digits just before (2>) is the descriptor, not a word.
      if (wordStart >= 0 && /^\d+$/.test(s.slice(wordStart, i))) {
        segs = [];
        wordStart = -1;
      } else endWord(i);
      let j = i + 1;
      if (c === "<" && s[j] === "<" && s[j + 1] !== "<") {
        j++;
        if (s[j] === "-") j++;
        const m = /^[ \t]*(['"]?)([A-Za-z0-9_.-]+)\1/.exec(s.slice(j, j + 200));
        if (m) pendingHeredocs.push({ delim: m[2]! });
      }
      while (j < n && (s[j] === "<" || s[j] === ">" || s[j] === "&" || s[j] === "|")) j++;
      redirectOp = s.slice(i, j);
      i = j;
      redirectNext = true;
      continue;
    }
    begin();
    if (c === "\\") {
      if (s[i + 1] === "\n") {
        i += 2;
        continue;
      }
      segs.push({ k: "esc", text: s[i + 1] ?? "", start: i, end: Math.min(n, i + 2) });
      i += 2;
      continue;
    }
    if (c === "'") {
      const e = s.indexOf("'", i + 1);
      const end = e < 0 ? n : e;
      segs.push({ k: "lit", q: "single", text: s.slice(i + 1, end), start: i + 1, end });
      i = end + 1;
      continue;
    }
    if (c === "$" && s[i + 1] === "'") {
      let j = i + 2;
      while (j < n && s[j] !== "'") j += s[j] === "\\" ? 2 : 1;
      const raw = s.slice(i + 2, Math.min(j, n));
      const { text, letters } = ansiC(raw);
      segs.push({ k: "ansi", text, letters, start: i, end: Math.min(n, j + 1) });
      i = j + 1;
      continue;
    }
    if (c === "$" && dollar(false)) continue;
    if (c === "`") {
      const e = closeBacktick(i + 1);
      segs.push({ k: "sub", body: s.slice(i + 1, e), bodyStart: i + 1, kind: "`", quoted: false, start: i, end: Math.min(n, e + 1) });
      i = e + 1;
      continue;
    }
    if (c === '"') {
      let j = i + 1;
      let litStart = j;
      let lit = "";
      let any = false;
      const flush = (at: number) => {
        if (lit) segs.push({ k: "lit", q: "double", text: lit, start: litStart, end: at });
        if (lit) any = true;
        lit = "";
      };
      while (j < n && s[j] !== '"') {
        const d = s[j]!;
        if (d === "\\" && j + 1 < n && '$`"\\\n'.includes(s[j + 1]!)) {
          lit += s[j + 1];
          j += 2;
        } else if (d === "$" && s[j + 1] !== "'") {
          flush(j);
          const save = i;
          i = j;
          if (dollar(true)) {
            any = true;
            j = i;
          } else {
            lit += d;
            j++;
          }
          i = save;
          litStart = j - lit.length;
        } else if (d === "`") {
          flush(j);
          any = true;
          const e = closeBacktick(j + 1);
          segs.push({ k: "sub", body: s.slice(j + 1, e), bodyStart: j + 1, kind: "`", quoted: true, start: j, end: Math.min(n, e + 1) });
          j = e + 1;
          litStart = j;
        } else {
          lit += d;
          j++;
        }
      }
      flush(j);
      // "" alone: empty quotes, a boundary that adds nothing.
      if (!any) segs.push({ k: "lit", q: "double", text: "", start: i + 1, end: i + 1 });
      i = j + 1;
      continue;
    }
    // Unquoted literal run.
    let j = i;
    while (j < n && !" \t\r\n;&|()<>'\"\\$`".includes(s[j]!)) j++;
    if (j === i) {
      // A lone "$" not starting an expansion.
      j = i + 1;
    }
    segs.push({ k: "lit", q: "none", text: s.slice(i, j), start: i, end: j });
    i = j;
  }
  endWord(n);
  endCommand("");
  return out;
}

/** Decodes ANSI-C quoting; `letters` when an escape (octal, hex, unicode, control) spells a letter or digit. */
function ansiC(raw: string): { text: string; letters: boolean } {
  let letters = false;
  const text = raw.replace(/\\(?:([0-7]{1,3})|x([0-9A-Fa-f]{1,2})|u([0-9A-Fa-f]{1,4})|U([0-9A-Fa-f]{1,8})|(.))/gs, (_m, o, x, u, U, ch) => {
    let cp: number | undefined;
    if (o !== undefined) cp = parseInt(o, 8);
    else if (x !== undefined) cp = parseInt(x, 16);
    else if (u !== undefined || U !== undefined) cp = parseInt(u ?? U, 16);
    if (cp !== undefined) {
      const chr = cp <= 0x10ffff ? String.fromCodePoint(cp) : "";
      if (/[A-Za-z0-9\/.]/.test(chr) || /\p{L}/u.test(chr)) letters = true;
      return chr;
    }
    const map: Record<string, string> = { n: "\n", t: "\t", r: "\r", a: "\x07", b: "\b", e: "\x1b", E: "\x1b", f: "\f", v: "\v", "\\": "\\", "'": "'", '"': '"', "?": "?" };
    return map[ch] ?? `\\${ch}`;
  });
  return { text, letters };
}

/** The literal value of a word when it has no expansions (quotes removed); null otherwise. */
function literal(w: Word): string | null {
  let v = "";
  for (const g of w.segs) {
    if (g.k === "lit" || g.k === "esc" || g.k === "ansi") v += g.text;
    else return null;
  }
  return v;
}

const ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*(?:\[[^\]]*\])?\+?=/;
const isAssignment = (w: Word) => w.segs[0]?.k === "lit" && w.segs[0].q === "none" && ASSIGNMENT.test(w.segs[0].text);
/** Words after which the next word is a command. */
const PREFIX_KEYWORDS = new Set(["if", "then", "else", "elif", "do", "while", "until", "!", "{", "time", "coproc"]);
/** Compound heads whose own words are not a command (their body, after `do` / `in`, is parsed on). */
const SKIP_KEYWORDS = new Set(["for", "select", "case", "function", "esac", "done", "fi", "}", "in"]);
/** Wrappers that run their first non-option argument as the command. */
const WRAPPERS = new Set(["sudo", "doas", "env", "nohup", "exec", "command", "builtin", "nice", "time", "stdbuf", "setsid", "xargs"]);
const SHELLS = /^(?:(?:\/usr)?(?:\/local)?\/bin\/)?(?:sh|bash|zsh|dash|ksh|ash|mksh|fish|busybox)$/;
const INTERPRETERS = /^(?:(?:\/usr)?(?:\/local)?\/bin\/)?(?:python[0-9.]*|perl|ruby|node|nodejs|php|lua|pwsh|powershell(?:\.exe)?|osascript|tclsh|Rscript)$/;
/** Stages that turn encoded text back into its plain form. */
function isDecoder(words: string[]): boolean {
  const [c, ...args] = words;
  if (!c) return false;
  const base = c.replace(/^.*\//, "");
  const flags = args.join(" ");
  if (/^(?:base64|base32|basenc|gbase64)$/.test(base)) return /(?:^|\s)(?:-[a-zA-Z]*[dD][a-zA-Z]*|--decode)\b/.test(flags);
  if (base === "xxd") return /(?:^|\s)-[a-z]*r/.test(flags);
  if (base === "openssl") return /\b(?:base64|enc)\b/.test(flags) && /(?:^|\s)-(?:d|base64\s+-d|a\s+-d)\b|(?:^|\s)-d\b/.test(flags);
  if (base === "uudecode" || base === "rev") return true;
  if (base === "tr") return true;
  if (base === "printf") return /\\(?:[0-7]{3}|x[0-9a-fA-F]{2})/.test(flags);
  if (base === "echo") return /(?:^|\s)-[a-zA-Z]*e/.test(flags) && /\\(?:0?[0-7]{3}|x[0-9a-fA-F]{2})/.test(flags);
  return false;
}

/** A pipeline stage that runs what it reads on stdin as code. */
function runsStdin(words: string[]): boolean {
  let k = 0;
  while (k < words.length && WRAPPERS.has(words[k]!)) {
    k++;
    while (k < words.length && words[k]!.startsWith("-")) k++;
  }
  const c = words[k];
  if (!c) return false;
  const args = words.slice(k + 1);
  if (SHELLS.test(c)) {
    if (args.some((a) => /^-[a-zA-Z]*s[a-zA-Z]*$/.test(a))) return true;
    if (args.some((a) => /^-[a-zA-Z]*c[a-zA-Z]*$/.test(a))) return false;
    return args.every((a) => a.startsWith("-"));
  }
  if (INTERPRETERS.test(c)) {
    if (args.some((a) => /^-[a-zA-Z]*[cmeErC]|^-Command$|^-File$/i.test(a) && a !== "-")) return false;
    return args.every((a) => a.startsWith("-"));
  }
  return c === "iex" || c === "Invoke-Expression";
}

/** Whether a substitution body computes a word from a literal (a bare word, echo/printf of literals, a here-string). */
function literalProducer(body: string): boolean {
  const t = body.trim();
  if (/^[A-Za-z0-9_.+-]+$/.test(t)) return true;
  const cmds = parse(t);
  const first = cmds[0];
  if (!first) return false;
  const vals = first.words.map(literal);
  if (vals.some((v) => v === null)) return false;
  const c = vals[0]!.replace(/^.*\//, "");
  if (c === "echo" || c === "printf") return vals.length > 1;
  return first.words.some((w) => w.redirect) && /<<<\s*['"]?[A-Za-z0-9+/=\\]/.test(t);
}

/** Command words written so the reader does not see them. */
function commandWordHits(w: Word, ctx: LineContext, winPath: boolean): string[] {
  const why: string[] = [];
  const segs = w.segs;
  // 1. quotes, empty quotes or a backslash between two letters of the word.
  let prev: Seg | undefined;
  let prevChar = "";
  let split = false;
  for (const g of segs) {
    const text = g.k === "lit" || g.k === "esc" ? g.text : null;
    if (text === null) {
      prev = g;
      prevChar = "";
      continue;
    }
    if (text === "" && g.k === "lit") {
      // Empty quotes: a boundary that adds nothing.
      prev = g;
      continue;
    }
    const boundary = prev !== undefined && (g.k === "esc" || (prev.k === "lit" && g.k === "lit" && (prev.q !== g.q || prev.text === "")));
    if (boundary && isWordChar(prevChar) && isWordChar(text[0]!) && !(g.k === "esc" && winPath)) split = true;
    prev = g;
    prevChar = text[text.length - 1]!;
  }
  if (split) why.push("quotes or a backslash split the command name");
  // 2. a substitution that produces the name from a literal.
  const parts = segs.filter((x) => !(x.k === "lit" && x.text === ""));
  for (let gi = 0; gi < segs.length; gi++) {
    const g = segs[gi]!;
    if (g.k !== "sub" || (g.kind !== "$(" && g.kind !== "`")) continue;
    const bare = /^\s*[A-Za-z0-9_.+-]+\s*$/.test(g.body);
    const next = segs[gi + 1];
    const glued = next !== undefined && next.k === "lit" && /^[A-Za-z0-9_]/.test(next.text);
    if ((!bare || parts.length === 1 || glued) && literalProducer(g.body)) {
      why.push(`command name produced by ${g.kind === "`" ? "backticks" : "$( )"} around a literal`);
      break;
    }
  }
  // 3. brace expansion.
  if (segs.some((g) => g.k === "lit" && g.q === "none" && /\{[^{}\s]*(?:,|\.\.)[^{}\s]*\}/.test(g.text))) why.push("brace expansion builds the command name");
  // 4. variables: split by a reassigned IFS, or glued from short literals set on the same line.
  const vars = segs.filter((g): g is Extract<Seg, { k: "var" }> => g.k === "var");
  const splitByIfs = ctx.ifs !== null && vars.some((v) => !v.quoted && [...(ctx.assigned.get(v.name) ?? "")].some((ch) => ctx.ifs!.includes(ch) && !/\s/.test(ch)));
  if (splitByIfs) why.push("IFS reassigned to split a variable into the command name");
  else if (vars.length > 0) {
    const glued = segs.filter((g) => (g.k === "lit" || g.k === "esc") && g.text !== "") as Array<{ text: string }>;
    const noPath = glued.every((l) => /^[A-Za-z0-9]*$/.test(l.text));
    const assignedShort = vars.some((v) => /^[A-Za-z0-9]{1,4}$/.test(ctx.assigned.get(v.name) ?? ""));
    if (noPath && assignedShort && (vars.length >= 2 || glued.length > 0)) why.push("command name concatenated from variables");
  }
  if (vars.some((v) => v.op)) why.push("command name computed by parameter-expansion operators");
  // A variable with no value on this line between two letters (c${u}rl, c$@url): it only breaks the name up.
  const hollow = segs.some((g, gi) => {
    if (g.k !== "var" || g.op || ctx.assigned.get(g.name)) return false;
    const a = segs[gi - 1];
    const b = segs[gi + 1];
    return a !== undefined && b !== undefined && (a.k === "lit" || a.k === "esc") && (b.k === "lit" || b.k === "esc") && /[A-Za-z]$/.test(a.text) && /^[A-Za-z]/.test(b.text);
  });
  if (hollow) why.push("an empty expansion splits the command name");
  if (vars.some((v) => ctx.decoded.has(v.name))) why.push("command name decoded at run time and kept in a variable");
  // Unquoted glob characters: the name is whatever file matches (/???/?m).
  // Unquoted "?" wildcards in a path: the name is whatever file matches (/???/?at, /bin/r?).
  const unquoted = segs.map((g) => (g.k === "lit" && g.q === "none" ? g.text : "_")).join("");
  if (/^[^?]*\/[^/]*\?|\?[^/]*\//.test(unquoted) && /\//.test(unquoted)) why.push("glob characters stand for letters of the command name");
  // 5. ANSI-C escapes that spell the name.
  if (segs.some((g) => g.k === "ansi" && g.letters)) why.push("ANSI-C $'\\NNN' escapes spell the command name");
  // 6. look-alike or invisible characters.
  const text = segs.map((g) => (g.k === "lit" || g.k === "esc" ? g.text : "")).join("");
  if (/[^\x00-\x7f]/.test(text)) {
    let folded = "";
    let invisible = false;
    for (const ch of text) {
      const cp = ch.codePointAt(0)!;
      if (isInvisible(cp)) {
        invisible = true;
        continue;
      }
      folded += CONFUSABLES.get(ch) ?? ch.normalize("NFKC");
    }
    if (invisible && /[A-Za-z]/.test(folded)) why.push("invisible characters inside the command name");
    else if (/^[\x21-\x7e]+$/.test(folded) && /[A-Za-z]/.test(folded)) why.push(`look-alike characters in the command name (reads as ${JSON.stringify(folded)})`);
  }
  return why;
}

interface LineContext {
  /** IFS as last set by a plain literal assignment on this line; null when not set. */
  ifs: string | null;
  assigned: Map<string, string>;
  /** Variables assigned the output of a decoder ($(… | base64 -d)). */
  decoded: Set<string>;
  /** Files written by a decoder (… | base64 -d > f). */
  decodedFiles: Set<string>;
}

const POWERSHELL_HEAD = /^\s*(?:&\s*)?(?:[A-Z][a-z]+-[A-Z][A-Za-z]+\b|\[[A-Za-z][\w.]*\]::|\$[A-Za-z_]+\s*=|\$env:|(?:pwsh|powershell)(?:\.exe)?\b|cmd(?:\.exe)?\s+\/[ck]\b)/i;

const PS_VERB = /^(?:New|Invoke|Start|Get|Set|Add|Remove|Import|Export|Out|Write|Read|Copy|Move|Stop|Test|ConvertTo|ConvertFrom|Register|Enable|Disable|Expand|Compress)-[A-Za-z]+$/i;

/** Whether `b64` decodes to UTF-16LE text (what powershell -EncodedCommand takes). */
function utf16Base64(b64: string): boolean {
  let bin: string;
  try {
    bin = atob(b64.length % 4 === 0 ? b64 : b64 + "=".repeat(4 - (b64.length % 4)));
  } catch {
    return false;
  }
  if (bin.length < 4) return false;
  let zeros = 0;
  for (let i = 1; i < bin.length; i += 2) if (bin.charCodeAt(i) === 0) zeros++;
  return zeros >= Math.floor(bin.length / 2) * 0.8;
}

/** PowerShell: -EncodedCommand, cmdlet names split by backticks, FromBase64String handed to Invoke-Expression. */
function powerShellHits(s: string, windows: boolean, add: (r: ShellHit["ruleId"], start: number, end: number, why: string) => void): void {
  if (/pwsh|powershell/i.test(s)) {
    for (const m of s.matchAll(/\b(?:pwsh|powershell)(?:\.exe)?\b[^\n;|&]{0,400}?\s[-\/]([A-Za-z]+)\s+["']?([A-Za-z0-9+\/]{8,}={0,2})/gi)) {
      const flag = m[1]!.toLowerCase();
      if ((flag === "ec" || "encodedcommand".startsWith(flag)) && utf16Base64(m[2]!)) add("shell-decode-exec", m.index!, m.index! + m[0].length, "PowerShell -EncodedCommand runs base64 text");
    }
  }
  if (windows && s.includes("`")) {
    for (const m of s.matchAll(/[A-Za-z0-9`]*[A-Za-z]`[A-Za-z][A-Za-z0-9`-]*/g)) {
      const plain = m[0].replace(/`/g, "");
      if (/[A-Za-z]`[^0abefnrtuv\W]/.test(m[0]) || PS_VERB.test(plain)) {
        add("shell-obfuscated-command", m.index!, m.index! + m[0].length, `backticks split a PowerShell name (reads as ${JSON.stringify(plain)})`);
      }
    }
  }
  if (/FromBase64String/i.test(s)) {
    const plain = s.replace(/([A-Za-z])`(?=[A-Za-z])/g, "$1");
    if (/FromBase64String\s*\(/i.test(plain) && /\biex\b|Invoke-Expression|\[ScriptBlock\]::Create/i.test(plain)) add("shell-decode-exec", 0, s.length, "FromBase64String text handed to Invoke-Expression");
  }
}

/** Findings in one command line. `base` is added to every offset. */
export function analyzeCommand(cmd: string, base = 0, depth = 0, out: ShellHit[] = []): ShellHit[] {
  if (depth > MAX_DEPTH || cmd.length === 0) return out;
  const s = cmd.length > MAX_COMMAND ? cmd.slice(0, MAX_COMMAND) : cmd;
  // PowerShell and cmd.exe lines: backticks and backslashes mean other things there.
  const windows = POWERSHELL_HEAD.test(s);
  if (!windows && !/[\\'"`$(){}|,?*[>]|[^\x00-\x7f]/.test(s)) return out;
  const seen = new Set<string>();
  const add = (ruleId: ShellHit["ruleId"], start: number, end: number, why: string) => {
    const key = `${ruleId}:${base + start}:${base + end}`;
    if (seen.has(key) || out.length >= MAX_HITS) return;
    seen.add(key);
    out.push({ ruleId, start: base + start, end: base + end, why });
  };
  powerShellHits(s, windows, add);
  const cmds = parse(s);
  const ctx: LineContext = { ifs: null, assigned: new Map(), decoded: new Set(), decodedFiles: new Set() };
  let pipeline: string[][] = [];
  let pipeStart = -1;
  let caseDepth = 0;
  for (let ci = 0; ci < cmds.length; ci++) {
    const c = cmds[ci]!;
    let k = 0;
    const words = c.words.filter((w) => !w.redirect);
    const first = words.length > 0 ? literal(words[0]!) : null;
    if (first === "case") caseDepth++;
    else if (first === "esac") caseDepth = Math.max(0, caseDepth - 1);
    // Inside case … esac, words before ")" are a pattern (*), -*=*), not a command.
    if (caseDepth > 0) {
      let e = ci;
      while (e < cmds.length - 1 && cmds[e]!.op === "|") e++;
      if (cmds[e]!.op === ")") {
        ci = e;
        continue;
      }
    }
    const allAssign = words.every(isAssignment);
    while (k < words.length && isAssignment(words[k]!)) {
      const w = words[k]!;
      const first = w.segs[0] as Extract<Seg, { k: "lit" }>;
      const name = first.text.slice(0, first.text.indexOf("=")).replace(/\+$/, "");
      const rest = first.text.slice(first.text.indexOf("=") + 1);
      const value = literal({ ...w, segs: [{ ...first, text: rest }, ...w.segs.slice(1)] });
      if (allAssign) {
        if (name === "IFS") ctx.ifs = value;
        if (value !== null) ctx.assigned.set(name, value);
      }
      if (w.segs.some((g) => g.k === "sub" && containsDecoder(g.body))) ctx.decoded.add(name);
      k++;
    }
    while (k < words.length) {
      const v = literal(words[k]!);
      if (v !== null && PREFIX_KEYWORDS.has(v)) k++;
      else if (v !== null && WRAPPERS.has(v.replace(/^.*\//, ""))) {
        k++;
        while (k < words.length && (literal(words[k]!) ?? "").startsWith("-")) k++;
        while (k < words.length && isAssignment(words[k]!)) k++;
      } else break;
    }
    const head = words[k];
    const headLit = head ? literal(head) : null;
    const skip = headLit !== null && SKIP_KEYWORDS.has(headLit);
    if (head && !skip && !windows) {
      const winPath = /^(?:[A-Za-z]:\\|\.{1,2}\\|\\\\)|\\[^\\\s]{2,}\\|\.(?:exe|bat|cmd|ps1|com)$/i.test(s.slice(head.start, head.end));
      for (const why of commandWordHits(head, ctx, winPath)) add("shell-obfuscated-command", head.start, head.end, why);
    } else if (head && !skip && windows) {
      for (const why of commandWordHits(head, ctx, true)) if (why.startsWith("look-alike") || why.startsWith("invisible")) add("shell-obfuscated-command", head.start, head.end, why);
    }
    // Every word: ANSI-C letters, $IFS used as a space, substitutions analysed as commands.
    for (let wi = 0; wi < c.words.length; wi++) {
      const w = c.words[wi]!;
      for (let gi = 0; gi < w.segs.length; gi++) {
        const g = w.segs[gi]!;
        if (g.k === "ansi" && g.letters && w !== head) add("shell-obfuscated-argument", g.start, g.end, "ANSI-C escapes spell letters of an argument");
        if (g.k === "var" && g.name === "IFS" && !g.quoted && gluedToWord(w.segs, gi)) add(w === head ? "shell-obfuscated-command" : "shell-obfuscated-argument", w.start, w.end, "$IFS stands in for a space");
        if (g.k === "sub" && !windows) analyzeCommand(g.body, base + g.bodyStart, depth + 1, out);
      }
    }
    const lits = words.map(literal);
    // sh -c '…' / bash -c "…": the argument is a command line of its own.
    if (headLit !== null && SHELLS.test(headLit)) {
      const ci = lits.findIndex((v, x) => x > k && v !== null && /^-[a-zA-Z]*c[a-zA-Z]*$/.test(v));
      const arg = ci >= 0 ? words[ci + 1] : undefined;
      if (arg) {
        const one = arg.segs.length === 1 && arg.segs[0]!.k === "lit" && arg.segs[0]!.q !== "none" ? arg.segs[0] : null;
        const v = literal(arg);
        if (one && one.k === "lit") analyzeCommand(one.text, base + one.start, depth + 1, out);
        else if (v !== null) analyzeCommand(v, base + arg.start, depth + 1, out);
        if (arg.segs.some((g) => g.k === "sub" && containsDecoder(g.body))) add("shell-decode-exec", head!.start, arg.end, `${headLit} -c runs decoded text`);
      }
      // sh <(… | base64 -d)
      for (const w of words.slice(k + 1)) if (w.segs.some((g) => g.k === "sub" && g.kind === "<(" && containsDecoder(g.body))) add("shell-decode-exec", head!.start, w.end, `${headLit} runs a decoded process substitution`);
    }
    if (headLit !== null && (SHELLS.test(headLit) || INTERPRETERS.test(headLit))) {
      // bash <<< "$(… | base64 -d)", sh < <(… | base64 -d): decoded text on the interpreter's stdin.
      for (const w of c.words) {
        if (w.redirect && w.rop?.startsWith("<") && w.segs.some((g) => g.k === "sub" && containsDecoder(g.body))) add("shell-decode-exec", head!.start, w.end, `${headLit} reads decoded text on its input`);
      }
    }
    if (head) {
      // A file a decoder wrote earlier on this line, now run (directly, or by a shell, interpreter or source).
      const norm = (f: string) => f.replace(/^\.\//, "");
      let target: string | null = null;
      if (headLit !== null && (SHELLS.test(headLit) || INTERPRETERS.test(headLit) || headLit === "source" || headLit === ".")) {
        const a = lits.slice(k + 1).find((v) => v === null || !v.startsWith("-"));
        target = a ?? null;
      } else if (headLit !== null && headLit.includes("/")) target = headLit;
      if (target !== null && ctx.decodedFiles.has(norm(target))) add("shell-decode-exec", head.start, head.end, "a file written by a decoder is run");
    }
    if (headLit !== null && /^(?:(?:\/usr)?\/bin\/)?[gmn]?awk$/.test(headLit)) {
      // The awk program is the first operand (after -F x / -v x options).
      let x = k + 1;
      while (x < words.length && /^-/.test(lits[x] ?? "")) x += /^-[Fvf]$/.test(lits[x]!) ? 2 : 1;
      const prog = lits[x];
      if (prog != null && !/^-f/.test(lits[x - 1] ?? "")) analyzeCode(prog, base + words[x]!.start, out);
    }
    if (headLit !== null && INTERPRETERS.test(headLit)) {
      const ci = lits.findIndex((v, x) => x > k && v !== null && /^-(?:[a-zA-Z]*[ceE]|Command|-eval)$/.test(v));
      const arg = ci >= 0 ? words[ci + 1] : undefined;
      const v = arg ? literal(arg) : null;
      if (arg && v !== null) analyzeCode(v, base + arg.start, out);
    }
    if (headLit === "eval") {
      // eval's arguments are a command line of their own.
      for (const w of words.slice(k + 1)) {
        const g = w.segs.length === 1 ? w.segs[0]! : null;
        if (g && g.k === "lit" && g.q !== "none") analyzeCommand(g.text, base + g.start, depth + 1, out);
      }
    }
    if (headLit === "eval" || headLit === "source" || headLit === "." || headLit === "iex" || headLit === "Invoke-Expression") {
      for (const w of words.slice(k + 1)) {
        if (w.segs.some((g) => g.k === "sub" && containsDecoder(g.body))) add("shell-decode-exec", head!.start, w.end, `${headLit} runs decoded text`);
      }
    }
    // Decode-and-execute pipes: a decoder stage, then a stage that runs stdin.
    const litWords = lits.map((v) => v ?? "\0");
    if (pipeStart < 0) pipeStart = c.words[0]?.start ?? 0;
    pipeline.push(litWords);
    const last = c.words[c.words.length - 1];
    if (c.op !== "|") {
      const d = pipeline.findIndex((p) => isDecoder(p));
      if (d >= 0 && pipeline.slice(d + 1).some((p) => runsStdin(p))) add("shell-decode-exec", pipeStart, last?.end ?? s.length, "decoded text piped into an interpreter");
      if (d >= 0) {
        const out = c.words.find((w) => w.redirect && w.rop?.startsWith(">"));
        const f = out ? literal(out) : null;
        if (f) ctx.decodedFiles.add(f.replace(/^\.\//, ""));
      }
      pipeline = [];
      pipeStart = -1;
    }
  }
  return out;
}

/** $IFS standing between two parts of one word (cat$IFS/etc): not an assignment's whole value. */
function gluedToWord(segs: Seg[], gi: number): boolean {
  const prev = segs[gi - 1];
  const next = segs[gi + 1];
  const before = prev && (prev.k === "lit" || prev.k === "esc") ? prev.text.slice(-1) : "";
  const after = next && (next.k === "lit" || next.k === "esc") ? next.text[0] ?? "" : "";
  if (before === "=" || /^[A-Za-z_][A-Za-z0-9_]*\+?=$/.test(prev && prev.k === "lit" ? prev.text : "")) return false;
  return /[A-Za-z0-9_\/.~-]/.test(before) || (before === "" && gi > 0) || /[A-Za-z0-9_\/.~-]/.test(after);
}

function containsDecoder(body: string): boolean {
  if (!/base(?:64|32)|basenc|xxd|openssl|uudecode|rev|\\x[0-9a-f]{2}|\\[0-7]{3}/i.test(body)) return false;
  return parse(body).some((c) => isDecoder(c.words.map((w) => literal(w) ?? "\0")));
}

/** A call that runs its argument as code or as a command line. */
const EXECUTOR = /(?:\bsubprocess\s*\.\s*(?:run|call|Popen|check_output|check_call|getoutput)|\bIO\s*\.\s*popen|\b(?:exec|eval|system|popen|spawn|spawnSync|execSync|instance_eval|class_eval|Function|qx))(?:\s*\(|\s+(?=[\w$"'[(]))/g;
/** A call or idiom that turns encoded text back into its plain form. */
const DECODER_CALL = /\b(?:b64decode|b32decode|b16decode|b85decode|a85decode|decodebytes|decodestring|a2b_base64|a2b_hex|unhexlify|fromhex|decompress|inflateSync|inflateRawSync|gunzipSync|atob|decode64|strict_decode64|urlsafe_decode64|decode_base64|fromCharCode|FromBase64String)\s*\(|\bpack\s*\(?\s*["'][Hhm]|\bunpack1?\s*\(?\s*["']m|Buffer\s*\.\s*from\s*\([^)]{0,4000}?["'](?:base64|hex)["']|\bcodecs\s*\.\s*decode\s*\(|\bsprintf\s*\(\s*["'](?:%c){2,}|(?:\bchr\s*\(\s*\d+\s*\)\s*[.+]\s*){3}/;
const CODE_PREFILTER = /decode|atob|base64|fromhex|unhexlify|fromCharCode|decompress|inflate|gunzip|pack|sprintf|chr\s*\(/i;

/** The text an executor call at `p` receives: its balanced (…) argument, or the rest of the statement. */
function callArgument(s: string, p: number, paren: boolean): string {
  const limit = Math.min(s.length, p + 8000);
  if (!paren) {
    let e = p;
    while (e < limit && s[e] !== ";" && s[e] !== "\n" && s[e] !== "}") e++;
    return s.slice(p, e);
  }
  let depth = 1;
  let e = p;
  while (e < limit && depth > 0) {
    const c = s[e]!;
    if (c === "(") depth++;
    else if (c === ")") depth--;
    e++;
  }
  return s.slice(p, e);
}

/** Code (Python, JavaScript, Ruby, Perl, awk…) that decodes text and runs it: the decoder inside an executor's argument, or assigned to a name the argument uses. */
export function analyzeCode(code: string, base = 0, out: ShellHit[] = []): ShellHit[] {
  const s = code.length > MAX_COMMAND ? code.slice(0, MAX_COMMAND) : code;
  if (!CODE_PREFILTER.test(s) || !DECODER_CALL.test(s)) return out;
  let names: Set<string> | null = null;
  let calls = 0;
  EXECUTOR.lastIndex = 0;
  // At most 64 executor calls are read (each argument at most 8000 characters): bounded work.
  for (let m: RegExpExecArray | null; calls++ < 64 && (m = EXECUTOR.exec(s)); ) {
    // Decoded bytes handed to a child's stdin (subprocess.run([...], input=…)) are data, not the command.
    const arg = callArgument(s, m.index + m[0].length, m[0].trimEnd().endsWith("(")).replace(/\binput\s*=[\s\S]*$/, "");
    let hit = DECODER_CALL.test(arg);
    if (!hit) {
      if (names === null) {
        names = new Set();
        for (const a of s.matchAll(/([A-Za-z_$][\w$]*)\s*=(?!=)\s*([^;\n]{0,4000})/g)) if (DECODER_CALL.test(a[2]!)) names.add(a[1]!);
      }
      for (const id of arg.matchAll(/[A-Za-z_$][\w$]*/g)) if (names.has(id[0])) hit = true;
    }
    if (hit) {
      out.push({ ruleId: "shell-decode-exec", start: base + m.index, end: base + m.index + m[0].length + arg.length, why: "code decodes text and runs it" });
      break;
    }
  }
  return out;
}
