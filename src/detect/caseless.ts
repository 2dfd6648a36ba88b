// Case-insensitive regexes without the `i` flag: each cased letter spelled as a class of its case
// forms (`über` → `[üÜ][bB][eE][rR]`). Under the u flag, JavaScriptCore compares /i characters by
// Unicode case folding, one at a time, at every position it tries: the injection scanner's large
// multilingual alternations (/giu) ran 2-10x slower than the same patterns written with classes.
// Without the u flag /i is cheap (ASCII folding), and the classes are the slower form: only /iu
// regexes are rewritten.
//
// The one difference: under /iu, `\b` also counts ſ (U+017F) and the Kelvin sign (U+212A) as word
// characters, because they fold to s and k; without the flag they are not. `\w` and `\W` are
// rewritten to keep them; `\b` cannot be, so a word boundary beside one of those two characters
// may be read differently. A regex with a backreference, a case-bound property (\p{Lu}), an astral
// cased letter or a large range is returned unchanged.

/** Case forms that lower/upper-casing alone does not connect (Unicode simple case folding). */
const FOLD_GROUPS = ["kK\u212A", "sS\u017F", "åÅ\u212B", "ß\u1E9E", "ωΩ\u2126", "σςΣ", "θΘϑϴ", "µμΜ", "ιΙ\u0345\u1FBE", "βΒϐ", "εΕϵ", "κΚϰ", "πΠϖ", "ρΡϱ", "φΦϕ"];
const FOLD_GROUP = new Map<string, string>();
for (const g of FOLD_GROUPS) for (const c of g) FOLD_GROUP.set(c, g);

const formsMemo = new Map<string, string[]>();

/** The characters `c` matches under /iu (itself first), each confirmed by the regex engine. */
function caseForms(c: string): string[] {
  let forms = formsMemo.get(c);
  if (forms !== undefined) return forms;
  const code = c.charCodeAt(0);
  if (code < 128 && c !== "k" && c !== "K" && c !== "s" && c !== "S") {
    // ASCII: its two cases, or itself (no probe needed).
    forms = c.toLowerCase() === c.toUpperCase() ? [c] : [c, code < 97 ? c.toLowerCase() : c.toUpperCase()];
    formsMemo.set(c, forms);
    return forms;
  }
  if (c.toLowerCase() === c && c.toUpperCase() === c && !FOLD_GROUP.has(c)) {
    // Uncased (digits, punctuation, CJK): only itself.
    formsMemo.set(c, (forms = [c]));
    return forms;
  }
  const cand = new Set([c, c.toLowerCase(), c.toUpperCase(), ...(FOLD_GROUP.get(c) ?? ""), ...(FOLD_GROUP.get(c.toLowerCase()) ?? "")]);
  const probe = new RegExp(`[${classChar(c)}]`, "iu");
  forms = [...cand].filter((d) => d.length === 1 && (d === c || probe.test(d)));
  formsMemo.set(c, forms);
  return forms;
}

/** A character as written inside a class. */
function classChar(c: string): string {
  const code = c.charCodeAt(0);
  if ("\\]-^[".includes(c)) return `\\${c}`;
  return code < 32 || code > 126 ? `\\u${code.toString(16).padStart(4, "0")}` : c;
}

/** The word characters /iu adds to \w (they fold into [A-Za-z0-9_]). */
const FOLDED_WORD = "\\u017f\\u212a";

const done = new WeakMap<RegExp, RegExp>();

export function caseless(re: RegExp): RegExp {
  if (!re.flags.includes("i") || !re.flags.includes("u")) return re;
  let out = done.get(re);
  if (out === undefined) done.set(re, (out = rewrite(re)));
  return out;
}

function rewrite(re: RegExp): RegExp {
  const src = re.source;
  let i = 0;
  let out = "";

  /** One escape at src[i] ("\\…"): its source text, and the character it stands for if it is one. */
  const escape = (): { text: string; ch?: string } | null => {
    const c = src[i + 1];
    if (c === undefined) return null;
    let end = i + 2;
    let ch: string | undefined;
    if (c === "p" || c === "P") {
      end = src.indexOf("}", i) + 1;
      // \p{Lu} under /i matches lower-case letters too: a case-bound property cannot go without the flag.
      if (/^\\[pP]\{(?:L[ult]|Lowercase|Uppercase|Titlecase|Lowercase_Letter|Uppercase_Letter|Titlecase_Letter|Cased_Letter|LC)\}$/.test(src.slice(i, end))) return null;
    }
    else if (c === "u" && src[i + 2] === "{") {
      end = src.indexOf("}", i) + 1;
      ch = String.fromCodePoint(parseInt(src.slice(i + 3, end - 1), 16));
    } else if (c === "u") {
      end = i + 6;
      ch = String.fromCharCode(parseInt(src.slice(i + 2, end), 16));
    } else if (c === "x") {
      end = i + 4;
      ch = String.fromCharCode(parseInt(src.slice(i + 2, end), 16));
    } else if (c === "c") end = i + 3;
    else if (c === "k" || (c >= "1" && c <= "9")) return null; // a backreference compares case-insensitively
    else if (!/[A-Za-z0-9]/.test(c)) ch = c; // an escaped punctuation character
    if (end <= i) return null;
    const text = src.slice(i, end);
    i = end;
    return { text, ch };
  };

  /** A class at src[i] ("[…]"), with every member's case forms added; null when it cannot be. */
  const charClass = (): string | null => {
    let body = "[";
    i++;
    if (src[i] === "^") {
      body += "^";
      i++;
    }
    const added = new Set<string>();
    const member = (): { text: string; ch?: string } | null => {
      if (src[i] !== "\\") {
        const ch = src[i++]!;
        return { text: ch, ch };
      }
      if (src[i + 1] === "W") return null; // \W inside a class: the complement of a widened \w
      if (src[i + 1] === "w") {
        i += 2;
        return { text: `\\w${FOLDED_WORD}` };
      }
      return escape();
    };
    while (i < src.length && src[i] !== "]") {
      const m = member();
      if (m === null) return null;
      body += m.text;
      if (m.ch === undefined) continue;
      if (src[i] === "-" && src[i + 1] !== "]") {
        i++;
        const hi = member();
        if (hi === null || hi.ch === undefined) return null;
        body += `-${hi.text}`;
        const lo = m.ch.charCodeAt(0);
        const top = hi.ch.charCodeAt(0);
        if (top - lo > 1024) return null;
        for (let k = lo; k <= top; k++) for (const f of caseForms(String.fromCharCode(k))) if (f.charCodeAt(0) < lo || f.charCodeAt(0) > top) added.add(f);
        continue;
      }
      for (const f of caseForms(m.ch)) if (f !== m.ch) added.add(f);
    }
    if (src[i] !== "]") return null;
    i++;
    return body + [...added].map(classChar).join("") + "]";
  };

  const letter = (ch: string, text: string) => {
    const forms = caseForms(ch);
    out += forms.length > 1 ? `[${forms.map(classChar).join("")}]` : text;
  };

  while (i < src.length) {
    const c = src[i]!;
    if (c === "\\") {
      if (src[i + 1] === "w" || src[i + 1] === "W") {
        out += src[i + 1] === "w" ? `[\\w${FOLDED_WORD}]` : `[^\\w${FOLDED_WORD}]`;
        i += 2;
        continue;
      }
      const e = escape();
      if (e === null) return re;
      if (e.ch === undefined) out += e.text;
      else letter(e.ch, e.text);
      continue;
    }
    if (c === "[") {
      const cls = charClass();
      if (cls === null) return re;
      out += cls;
      continue;
    }
    if (c === "(") {
      const open = /^\((?:\?(?:[:=!]|<[=!]|<[A-Za-z_$][\w$]*>))?/.exec(src.slice(i, i + 40))![0];
      out += open;
      i += open.length;
      continue;
    }
    if (c === "{") {
      const q = /^\{\d*(?:,\d*)?\}/.exec(src.slice(i, i + 24));
      if (q) {
        out += q[0];
        i += q[0].length;
        continue;
      }
    }
    const cp = src.codePointAt(i)!;
    if (cp > 0xffff) {
      const ch = String.fromCodePoint(cp);
      if (ch.toLowerCase() !== ch.toUpperCase()) return re;
      out += ch;
      i += ch.length;
      continue;
    }
    letter(c, c);
    i++;
  }
  try {
    return new RegExp(out, re.flags.replace("i", ""));
  } catch {
    return re;
  }
}
