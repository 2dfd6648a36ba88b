// A password handed over in chat, set apart right after the sentence that announces it: "here is the
// password for the staging box:" then the value alone on its line (indented, a blank line between) or
// in a code element (`…`, <pre>, a fence). People's passwords are short (8-15), shorter than what the
// set-apart readings take as a draw by its look alone (16+); here the sentence's noun and its colon
// say what the value is, and the value must still be drawn like a password: letters and digits of
// three kinds or more, no blank, no word, not a name, path, address, version or placeholder.
import { charClasses, letterDigitSwitches } from "../entropy.ts";
import { isGenericPlaceholder } from "../placeholder.ts";
import { CODE_SHAPED, setApartValue, type SetApart } from "./set-apart-value.ts";

/** The prose nouns that name a password, in every script (prose-statement.ts's NOUNS holds them among its own). */
export const PASSWORD_NOUNS = ["password", "passwort", "passphrase", "passcode", "kennwort", "wachtwoord", "hasło", "mot de passe", "contraseña", "senha", "пароль", "パスワード", "密码", "密碼", "口令", "비밀번호", "पासवर्ड"];
const PASSWORD_NOUN_AT = new RegExp(`(?:${PASSWORD_NOUNS.join("|")})`, "iy");

/** Whether a password noun stands at `pos`. */
export function passwordNounAt(text: string, pos: number): boolean {
  PASSWORD_NOUN_AT.lastIndex = pos;
  return PASSWORD_NOUN_AT.test(text);
}

/**
 * Cheap test before the regexes: the noun's line ends in a colon within reach (a line break, or a
 * JSON string's escaped one, after it).
 */
export function colonLineAhead(text: string, pos: number): boolean {
  for (let i = pos, lim = Math.min(text.length, pos + 120); i < lim; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 92 && text.charCodeAt(i + 1) === 110)) {
      let j = i - 1;
      while (j > pos && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9 || text.charCodeAt(j) === 13)) j--;
      const p = text.charCodeAt(j);
      return p === 58 || p === 0xff1a;
    }
  }
  return false;
}

/**
 * The sentence to its colon, then the value alone on its line: after a line break (escaped too), a
 * blank line allowed, indented up to eight.
 */
const OWN_LINE = /^([^\n\r\x60<>"]{0,110}?)[:：][ \t]*(?:\\n|\r?\n)(?:[ \t]*(?:\\n|\r?\n))?[ \t]{0,8}([^\s\x60<>"'\\]{8,15})[ \t]*(?:\\n|\r?\n|$)/;

/** In `rest` (the text right after the noun): a short value set apart after the sentence. */
export function announcedValue(rest: string): SetApart | null {
  const s = setApartValue(rest, true);
  if (s) return s;
  const m = OWN_LINE.exec(rest);
  return m && { bridge: m[1]!, value: m[2]!, start: m[0].lastIndexOf(m[2]!) };
}

/**
 * Words between the noun and the colon that make the value the password's name, place or rule
 * ("the password field is called:", "the password env var:", "the command to reset the password:").
 */
export const NOT_ANNOUNCED = /(?<![A-Za-z])(?:called|named|labell?ed|field|column|param(?:eter)?|variable|var|env|flag|option|setting|prompt|hint|command|cmd|script|stored in|kept in|saved in|file|path|vault|manager|item|entry|secret name|key name|policy|rules?|length|format|hash(?:ed)?|algorithm|reset|expired?|example|sample|placeholder|default|version|commit|revision)(?![A-Za-z])/i;

/** A word right before the noun making the password a documented one: "Default password:", "the sample passphrase". */
export const DOCUMENTED_BEFORE = /(?<![A-Za-z])(?:default|example|sample|dummy|fake|placeholder|factory)[ \t_-]{1,2}(?:[A-Za-z]+[ \t]{1,2})?$/i;

/** `user@host`, `ops@corp.io`: an address (lower case, as people write them), not a password. */
const ADDRESS = /^[a-z0-9._+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)*$/;
/** Names joined by dots: a host, a file, a version, a member path (`db-01.stg`, `id_rsa.pub`, `v2.14.3-rc1`). */
const DOTTED_NAME = /^[\w-]+(?:\.[\w-]+)+$/;

/**
 * A short value (8-15) drawn as a password: three kinds of character or more, letters and digits;
 * with a symbol at most one word in it ("Summer2024!"), without one no lower-case run of four
 * (a name's word: `pwdInput2`) and letters and digits mixed (`Hk3mPq9xZt`).
 */
export function shortPassword(v: string): boolean {
  if (!/^[\x21-\x7e]{8,15}$/.test(v) || !/[A-Za-z]/.test(v) || !/\d/.test(v) || charClasses(v) < 3) return false;
  if (CODE_SHAPED.test(v) || ADDRESS.test(v) || DOTTED_NAME.test(v) || /^[-+]/.test(v) || isGenericPlaceholder(v)) return false;
  if (/[^\w.-]/.test(v)) return (v.match(/[a-z]{5,}/gi) ?? []).length <= 1;
  return !/[a-z]{4}/.test(v) && letterDigitSwitches(v) >= 2;
}
