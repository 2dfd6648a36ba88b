// "Bot note in README: This repository uses Dependabot. @dependabot rebase …", "Bot commands: comment
// `bors r+` to merge": a label for bots over a paragraph that documents a named automation bot
// (dependency, merge, CI or chat bot and its commands) is documentation for maintainers, not an
// address to the AI reading it. A paragraph that also names an AI reader stays an address.
import { harmCue } from "./own-request.ts";

/** Dependency, merge-queue, CI and repository-housekeeping bots, and chat platforms' bots. */
const TOOL_BOT = /\b(?:dependabot|renovate(?:bot)?|mergify(?:io)?|kodiak(?:hq)?|bors(?:-ng)?|homu|github-actions|actions-user|probot|codecov|netlify|vercel|allcontributors|all-contributors|stale\s?bot|greenkeeper|imgbot|pre-commit-ci|changeset-bot|release-please|semantic-release|snyk-bot|sonarcloud|(?:slack|discord|mattermost|teams|telegram|irc)(?:\s{1,3}bots?)?)\b/i;
/** Any AI reader named: the paragraph then addresses one, whatever bot it also documents. */
const AI_READER = /\b(?:AI|A\.I\.|LLMs?|language\s+models?|models?|assistants?|agents?|chat\s?bots?|GPT[\w.-]*|Claude|Gemini|Copilot|Codex|Cursor)\b/i;
/** The label's own addressee is only "bot(s)": "Bot note", "Bots:", "[bot commands]". */
const BOT_ONLY_LABEL = /^[\s[(<#*>-]{0,6}bots?\b(?![^\n]{0,40}\b(?:AI|LLM|agents?|assistants?|models?|copilot)\b)/i;

export function toolBotDoc(match: string, text: string, start: number): boolean {
  if (!BOT_ONLY_LABEL.test(match)) return false;
  const from = start + match.length;
  const para = text.slice(from, from + 400).split(/\n[ \t]*\n(?![ \t]*[-*>`|])/)[0]!;
  return TOOL_BOT.test(`${match} ${para}`) && !AI_READER.test(para) && !harmCue(para);
}
