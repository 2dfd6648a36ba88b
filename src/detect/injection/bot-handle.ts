// What an @-handle of a bot looks like, one place for every pattern that reads one: the chat or
// support bot mentioned in a channel ("@HelpBot", "@ModAI", "@Acme Assistant", "@運用アシスタント"),
// the ops bot with its bot word glued on ("@opsbot", "@infra-agent"), the team's chat bot that is no
// AI ("@StandupBot", not "@ai-bot"), and the bot word a handle ends in. Dependency and CI bots
// ("@dependabot", "@renovate", "@bors") take commands maintainers type, so the mention forms leave them out.

/** Handles of dependency and CI bots whose commands maintainers type in PR threads. */
const TOOL_BOTS = String.raw`(?:dependabot|renovatebot|renovate|mergify|[\w-]{0,20}robot|bors)\b`;
/** Bot words of handles in other scripts: "@運用アシスタント", "@客服机器人", "@업무봇", "@ПомощникБот". */
const BOT_WORD_OTHER = String.raw`(?:アシスタント|ボット|エージェント|助手|助理|机器人|機器人|智能体|어시스턴트|봇|비서|에이전트|[Бб]от|[Аа]ссистент|[Пп]омощник|[Аа]гент)`;

export const BOT_HANDLE = {
  /** A bot mentioned in a channel, any script (regex source). */
  mention: String.raw`@(?!${TOOL_BOTS})(?:[\w.-]{0,30}(?:bot|ai|gpt|assistant|agent|copilot)\b|[A-Z][\w-]{1,20}[ ](?:assistant|bot|ai|copilot|agent)\b|[\p{L}\p{N}._-]{0,20}${BOT_WORD_OTHER}(?![\p{L}\p{N}]))`,
  /** A whole handle, the bot word checked with its case: "@ModAI" is a bot, "@kai" a person. */
  exact: new RegExp(String.raw`^@(?:[\w.-]{0,30}(?:[Bb]ot|BOT|[Aa]ssistant|ASSISTANT|[Aa]gent|AI|GPT|[Cc]opilot)|[A-Z][\w-]{1,20} (?:Assistant|Bot|AI|Copilot|Agent)|[\p{L}\p{N}._-]{0,20}${BOT_WORD_OTHER})$`, "u"),
  /** An ops bot with the bot word glued on: "@opsbot", "@DeployBot", "@infra-agent" (regex source). */
  glued: String.raw`@(?!${TOOL_BOTS})(?:[A-Za-z0-9]{1,20}[-_])?[A-Za-z0-9]{2,20}(?:bot|agent|assistant)\b`,
  /** The bot or AI word anywhere in the handle: "@review-bot", "@mybot2", "@claude-code" (regex source). */
  anyPart: String.raw`@[\w-]{0,24}(?:bot|agent|ai|assistant|copilot|claude|codex|gpt|devin)[\w-]{0,24}`,
  /** The bot or AI word as a whole part of the handle: "@review-bot", "@ai", "@agent_7" (regex source). */
  wholePart: String.raw`@(?:[\w-]{0,24}[-_])?(?:bot|agent|ai|assistant|copilot|claude|codex|gpt|devin)(?:[-_][\w-]{0,24})?`,
  /** A whole handle of a chat bot that names no AI: "@StandupBot", "@deploy-bot"; not "@ai-bot", "@assistant", "@claude-bot". */
  chat: /^@(?![\w-]*(?:assistant|agent|copilot|claude|codex|gpt|devin))(?![\w-]*?(?<![a-z])ai(?:[^a-z]|bot))[\w-]{0,24}bot$/i,
  /** A name that ends in a bot word other than "ai": "Triagebot", "Mergeagent", "Claude". */
  end: /(?:bot|agent|assistant|copilot|claude|codex|gpt|devin)$/i,
} as const;
