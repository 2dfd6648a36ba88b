// The injection scan: run the pattern set over the input and its derived views, place every match
// in the original, judge it in context (hidden, quoted, code, question, negated), combine weak
// signals, and hand the survivors over as RawHits with a weight. Pure: no I/O.
import { BudgetExceeded } from "../engine.ts";
import type { RawHit } from "../finalize.ts";
import type { DetectorName } from "../types.ts";
import { flatten } from "../flat.ts";
import { asksWhatHappens } from "./consequence-question.ts";
import { RepeatedJudgements } from "./repeated-judgements.ts";
import { callArgument, DataContext, sameRulesAsPeople, titleOrListedValue, displayedBlock, DocContext, embeddedQuote, fencePositions, inExampleList, inExplanatoryContext, inApiExample, isCode, isNegated, isQuestion, isSpecimen, quoting, reportedSpecimen } from "./context.ts";
import { inCliHelp } from "./cli-help.ts";
import { underNegatedLeadIn } from "./negated-list.ts";
import { labelledUnsafe } from "./unsafe-sample.ts";
import { HiddenIndex, htmlElements, looksLikeHtml, type HiddenRegion } from "./hidden.ts";
import { quotedForTranslation } from "./own-practice.ts";
import { composesNewPrompt, examplePromptHeading, harmlessPromptLine, ownPromptUnderReview, pastedForAnalysis, quotedAsTestInput, quotedForExplanation, retractedAsJoke } from "./own-request.ts";
import { attackerCoverUp, attackerQuotedExample, attackerTechnique, describedBehaviour } from "./described-behaviour.ts";
import { ciStepLine, isCiLog } from "./ci-log.ts";
import { afterThirdPersonSubject, attemptedBySubject, describesAssistant, spokenLine } from "./third-person.ts";
import { dropsFlawedInstructions } from "./flawed-instructions.ts";
import { ownWordsInChat } from "./chat-retraction.ts";
import { aboutPrompts, afterSpecimenIntro, foundQuoteLabel, inShownSample, prohibitedOnRule, listedPhrase, onRuleItem, onVerdictLine, quotedOrCode, refusedOverride, writeUpSample, type AboutPrompts } from "./about-prompts.ts";
import { foundQuote, foundSpecimen } from "./found-specimen.ts";
import { attackTableRow } from "./catalogue-table.ts";
import { docLabelAddress } from "./doc-label-address.ts";
import { evalScenario, introducedQuote, opensLine, reportedRenderSlot, writtenAboutAttacks } from "./research-frame.ts";
import { LANGUAGE_PATTERNS } from "./languages.ts";
import { lowerBound } from "../sorted.ts";
import { compilePatternSet, type Family, type Pattern, type PatternSet } from "./pattern-set.ts";
import { ADDRESSEE_PATTERNS } from "./patterns-addressee.ts";
import { AGENT_PATTERNS } from "./patterns-agent.ts";
import { ANSWER_PATTERNS_EN, ANSWER_PATTERNS_LANG } from "./patterns-answer.ts";
import { HARM_LANGUAGE_PATTERNS } from "./patterns-harm-languages.ts";
import { APPROVAL_LANGUAGE_PATTERNS } from "./patterns-approval-languages.ts";
import { LABEL_PATTERNS } from "./patterns-label.ts";
import { ORDER_PATTERNS } from "./patterns-order.ts";
import { RELAYED_PATTERNS } from "./patterns-relayed.ts";
import { RENDER_PATTERNS } from "./patterns-render.ts";
import { HARM_COMMAND_PATTERNS } from "./patterns-harm-commands.ts";
import { HARM_SECRET_UPLOAD_PATTERNS } from "./patterns-harm-secret-upload.ts";
import { HARM_REPO_ORDER_PATTERNS } from "./patterns-harm-repo-orders.ts";
import { ROLE_ADDRESSEE_PATTERNS } from "./patterns-role-addressee.ts";
import { ANSWER_GIVE_PATTERNS } from "./patterns-answer-give.ts";
import { HARM_KEYLOGGING_PATTERNS } from "./patterns-harm-keylogging.ts";
import { FOR_THE_AI_PATTERNS } from "./patterns-for-the-ai.ts";
import { ORDER_AFTER_AI_ADDRESS_PATTERNS } from "./patterns-order-after-ai-address.ts";
import { READER_RELAY_PATTERNS } from "./patterns-reader-relay.ts";
import { INDEFINITE_READER_PATTERNS } from "./patterns-indefinite-reader.ts";
import { TASK_DROP_PATTERNS } from "./patterns-task-drop.ts";
import { READER_TAKEOVER_PATTERNS } from "./patterns-reader-takeover.ts";
import { ANSWER_REDIRECT_PATTERNS } from "./patterns-answer-redirect.ts";
import { NESTED_TURN_PATTERNS } from "./patterns-nested-turn.ts";
import { YOU_BY_ACT_PATTERNS } from "./patterns-you-by-act.ts";
import { VOCATIVE_ROMANCE_PATTERNS } from "./patterns-vocative-romance.ts";
import { DECODE_OBEY_LANGUAGE_PATTERNS } from "./patterns-decode-obey-languages.ts";
import { VOCATIVE_CYRILLIC_VI_PATTERNS } from "./patterns-vocative-cyrillic-vi.ts";
import { ORDERS_IT_UK_VI_PATTERNS } from "./patterns-orders-it-uk-vi.ts";
import { VOCATIVE_RU_AR_PATTERNS } from "./patterns-vocative-ru-ar.ts";
import { OWNED_READER_PATTERNS } from "./patterns-owned-reader.ts";
import { KOREAN_READER_PATTERNS } from "./patterns-korean-reader.ts";
import { HARM_REQUEST_LOOP_PATTERNS } from "./patterns-harm-request-loop.ts";
import { GENERIC_READER_PATTERNS } from "./patterns-generic-reader.ts";
import { ASK_USER_SECRET_LANG_PATTERNS, READER_ORDER_PATTERNS } from "./patterns-reader-orders.ts";
import { PARTNERED_ASK_PATTERNS } from "./patterns-partnered-asks.ts";
import { QUALIFIED_READER_PATTERNS } from "./patterns-qualified-reader.ts";
import { PAYLOAD_ORDER_PATTERNS } from "./patterns-payload-orders.ts";
import { DICTATED_VERDICT_PATTERNS } from "./patterns-dictated-verdict.ts";
import { ROLE_MODEL_VERDICT_PATTERNS } from "./patterns-role-model.ts";
import { SUMMARY_OMISSION_PATTERNS } from "./patterns-summary-omission.ts";
import { CJK_AI_DEDICATION_PATTERNS } from "./patterns-cjk-ai-dedication.ts";
import { USER_UNSEEN_PATTERNS } from "./patterns-user-unseen.ts";
import { REVERSE_SHELL_PATTERNS } from "./patterns-reverse-shell.ts";
import { ACTING_FOR_USER_PATTERNS } from "./patterns-acting-for-user.ts";
import { PLANTED_LINK_PATTERNS } from "./patterns-planted-link.ts";
import { FORWARD_MAIL_PATTERNS } from "./patterns-forward-mail.ts";
import { AUTOMATED_READER_PATTERNS } from "./patterns-automated-reader.ts";
import { SKIP_CHECK_PATTERNS } from "./patterns-skip-check.ts";
import { RANK_ORDER_LANG_PATTERNS } from "./patterns-rank-order-languages.ts";
import { JUSSIVE_TR_PATTERNS } from "./patterns-jussive-tr.ts";
import { READER_NOTE_LABEL_PATTERNS } from "./patterns-reader-note-label.ts";
import { HARM_CREDENTIAL_STORE_PATTERNS } from "./patterns-harm-credential-store.ts";
import { RECOMMEND_ONLY_LANG_PATTERNS } from "./patterns-recommend-only-languages.ts";
import { NORDIC_ORDER_PATTERNS } from "./patterns-nordic-orders.ts";
import { RIGGED_ANALYSIS_PATTERNS } from "./patterns-rigged-analysis.ts";
import { SCREENING_VERDICT_PATTERNS } from "./patterns-screening-verdict.ts";
import { EMIT_WEIGHT, ENGLISH_PATTERNS as BASE_PATTERNS } from "./patterns.ts";
import { CONCEAL_LANGUAGE_PATTERNS } from "./patterns-conceal-languages.ts";
import { DEPENDENCY_SWAP_PATTERNS } from "./patterns-dependency-swap.ts";
import { PROMOTED_CLAIM_PATTERNS } from "./patterns-promoted-claims.ts";
import { ENGAGEMENT_ORDER_PATTERNS } from "./patterns-engagement-orders.ts";
import { RIGGED_SCORE_PATTERNS } from "./patterns-rigged-score.ts";
import { RIGGED_SCORE_LANG_PATTERNS } from "./patterns-rigged-score-languages.ts";
import { HEADING_READER_PATTERNS } from "./patterns-heading-reader.ts";
import { HARM_COMMIT_SECRET_PATTERNS } from "./patterns-harm-commit-secret.ts";
import { HARM_COMMIT_SECRET_LANGUAGE_PATTERNS } from "./patterns-harm-commit-secret-languages.ts";
import { DICTATED_VERDICT_LANG_PATTERNS } from "./patterns-dictated-verdict-languages.ts";
import { TICKET_TAKEOVER_PATTERNS } from "./patterns-ticket-takeover.ts";
import { CONDITIONAL_AI_PATTERNS } from "./patterns-conditional-ai.ts";
import { OVERRIDE_MORE_LANG_PATTERNS } from "./patterns-override-more-languages.ts";
import { DICTATED_FUTURE_ANSWER_PATTERNS } from "./patterns-dictated-future-answer.ts";
import { CONCEAL_FROM_STAFF_PATTERNS } from "./patterns-conceal-from-staff.ts";
import { RELAY_PHISH_PATTERNS } from "./patterns-relay-phish.ts";
import { ASK_USER_SECRET_PATTERNS } from "./patterns-ask-user-secret.ts";
import { OUTPUT_PRODUCER_PATTERNS } from "./patterns-output-producers.ts";
import { OPEN_SLOT_LANGUAGE_PATTERNS } from "./patterns-open-slot-languages.ts";
import { REMOTE_KEY_PATTERNS } from "./patterns-remote-key.ts";
import { HARM_ADMIN_ACCOUNT_PATTERNS } from "./patterns-harm-admin-account.ts";
import { TYPOSQUAT_DEP_PATTERNS } from "./patterns-typosquat-deps.ts";
import { AI_HELPER_ASIDE_PATTERNS } from "./patterns-ai-helper-asides.ts";
import { OMIT_FROM_SUMMARY_PATTERNS } from "./patterns-omit-from-summary.ts";
import { DICTATED_WRITEUP_PATTERNS } from "./patterns-dictated-writeup.ts";
import { HARM_COVERT_CAPTURE_PATTERNS } from "./patterns-harm-covert-capture.ts";
import { HARM_RANSOM_STEP_PATTERNS } from "./patterns-harm-ransom-steps.ts";
import { EXFIL_HOME_SYNC_PATTERNS } from "./patterns-exfil-home-sync.ts";
import { EXFIL_SECRET_CONTENT_PATTERNS } from "./patterns-exfil-secret-contents.ts";
import { HARM_REPO_CHECKS_OFF_PATTERNS } from "./patterns-harm-repo-checks-off.ts";
import { PACKED_SENTENCE_PATTERNS } from "./patterns-packed-sentence.ts";
import { DICTATED_RATING_PATTERNS } from "./patterns-dictated-rating.ts";
import { CHECKOUT_ORDER_PATTERNS } from "./patterns-checkout-orders.ts";
import { USER_BYPASS_LANG_PATTERNS } from "./patterns-user-bypass-languages.ts";
import { ANSWER_SIE_FORM_PATTERNS } from "./patterns-answer-sie-form.ts";
import { IF_AI_LANG_PATTERNS } from "./patterns-if-ai-languages.ts";
import { IF_AI_ASIAN_TR_PL_PATTERNS } from "./patterns-if-ai-asian-tr-pl.ts";
import { ROLE_MODEL_ADDRESS_PATTERNS } from "./patterns-role-model.ts";
import { AGENT_FIX_LABEL_PATTERNS } from "./patterns-agent-fix-label.ts";
import { TASK_ABANDON_PATTERNS } from "./patterns-task-abandon.ts";
import { USER_DATA_OUTPUT_PATTERNS } from "./patterns-user-data-output.ts";
import { SANDBOX_ESCAPE_PATTERNS } from "./patterns-sandbox-escape.ts";
import { CODE_TO_THREAD_PATTERNS } from "./patterns-code-to-thread.ts";
import { PAYMENT_SWAP_PATTERNS } from "./patterns-payment-swap.ts";
import { USER_CONSTRAINT_PATTERNS } from "./patterns-user-constraints.ts";
import { SECRET_FILE_ANSWER_LANG_PATTERNS } from "./patterns-secret-file-answer-languages.ts";
import { CODE_GENERATOR_READER_PATTERNS } from "./patterns-code-generator-reader.ts";
import { EXFIL_KEY_FILE_PATTERNS } from "./patterns-exfil-key-files.ts";
import { GLUED_BOT_HANDLE_PATTERNS } from "./patterns-glued-bot-handle.ts";
import { REGISTRY_REDIRECT_PATTERNS } from "./patterns-registry-redirect.ts";
import { HARM_OPEN_ACCESS_PATTERNS } from "./patterns-harm-open-access.ts";
import { PLANTED_MEMORY_FACT_PATTERNS } from "./patterns-planted-memory-fact.ts";
import { PLANTED_MEMORY_CJK_PATTERNS } from "./patterns-planted-memory-cjk.ts";
import { DICTATED_CAUSE_PATTERNS } from "./patterns-dictated-cause.ts";
import { DICTATED_APPROVAL_PATTERNS } from "./patterns-dictated-approval.ts";
import { RELAYED_SALES_PITCH_PATTERNS } from "./patterns-relayed-sales-pitch.ts";
import { RIGGED_SUMMARY_PATTERNS } from "./patterns-rigged-summary.ts";
import { EXFIL_MINTED_TOKEN_PATTERNS } from "./patterns-exfil-minted-token.ts";
import { SIGN_FOR_USER_PATTERNS } from "./patterns-sign-for-user.ts";
import { ERASE_TRACES_PATTERNS } from "./patterns-erase-traces.ts";
import { AI_OUTPUT_LABEL_PATTERNS } from "./patterns-ai-output-label.ts";
import { SAY_THAT_DUTCH_PATTERNS } from "./patterns-say-that-dutch.ts";
import { BOT_HANDLE_COVERT_PATTERNS } from "./patterns-bot-handle-covert.ts";
import { AI_BY_JOB_PATTERNS } from "./patterns-ai-by-job.ts";
import { ROLE_LABEL_DICTATION_PATTERNS } from "./patterns-role-label-dictation.ts";
import { IGNORE_CONTENT_INSTEAD_PATTERNS } from "./patterns-ignore-content-instead.ts";
import { MEMORY_STANDING_RULE_PATTERNS } from "./patterns-memory-standing-rule.ts";
import { MEMORY_STANDING_RULE_LANG_PATTERNS } from "./patterns-memory-standing-rule-languages.ts";
import { ROLE_LABEL_LANGUAGE_PATTERNS } from "./patterns-role-label-languages.ts";
import { CONDITIONAL_AI_DICTATION_PATTERNS } from "./patterns-conditional-ai-dictation.ts";
import { DATA_READER_PATTERNS } from "./patterns-data-reader.ts";
import { AI_BY_TASK_LANG_PATTERNS } from "./patterns-ai-by-task-languages.ts";
import { ACTS_ON_RECORDS_PATTERNS } from "./patterns-acts-on-records.ts";
import { HARM_FETCH_RUN_CODE_PATTERNS } from "./patterns-harm-fetch-run-code.ts";
import { RUN_INSERTED_CODE_PATTERNS } from "./patterns-run-inserted-code.ts";
import { RIGGED_DISPUTE_PATTERNS } from "./patterns-rigged-dispute.ts";
import { APPROVE_UNCHECKED_PATTERNS } from "./patterns-approve-unchecked.ts";
import { PERSONAL_DATA_LINK_PATTERNS } from "./patterns-personal-data-link.ts";
import { PLANTED_TURN_PATTERNS } from "./patterns-planted-turn.ts";
import { ansiblePlaybook } from "./ansible-task.ts";
import { jsonPayload } from "./json-payload.ts";
import { aiNamedTag, routineWorkComment, routineWorkForAgents } from "./routine-project-work.ts";
import { readerNote } from "./reader-note.ts";

const ENGLISH_PATTERNS: readonly Pattern[] = [...BASE_PATTERNS, ...AGENT_PATTERNS, ...ORDER_PATTERNS, ...ANSWER_PATTERNS_EN, ...RENDER_PATTERNS];
/** Families that weigh more inside data (a JSON value, a CSV cell, a log line, an error response). */
const DATA_BOOST: ReadonlySet<Family> = new Set(["order", "exec", "directive"]);
const DATA_FACTOR = 1.3;
/** What a system prompt says to its bot (its persona, rules, secrecy): damped when the user hands over their own prompt for review. Harm, exfiltration and commands are not. */
const PROMPT_FAMILIES: ReadonlySet<Family> = new Set(["override", "role", "directive", "concealment", "addressed", "pseudo-tag", "template", "output", "prompt-leak"]);
/** What malware does, as a detection rule may describe it ("detects scripts that read ~/.aws/credentials", "alert on tasks that launch PowerShell -w hidden"). */
const DESCRIBED_FAMILIES: ReadonlySet<Family> = new Set(["harm", "exfil", "credential", "exec"]);
/** What a threat write-up reports attackers doing. */
const TECHNIQUE_FAMILIES: ReadonlySet<Family> = new Set(["harm", "exfil", "credential", "exec"]);
/** What a CI log's step lines hold: the commands a pipeline ran. */
const CI_STEP_FAMILIES: ReadonlySet<Family> = new Set(["order", "exec", "harm"]);
/** How docs describe their assistant's conduct ("the assistant should …", "AI assistants must not …"): below a finding alone, still a partner of what an attack asks for. */
const ASSISTANT_DOC_FAMILIES: ReadonlySet<Family> = new Set(["addressed", "directive"]);
/** Families an attack write-up describes when it tells what attack texts say to the model. */
const WRITE_UP_FAMILIES: ReadonlySet<Family> = new Set(["addressed", "pseudo-tag", "template", "output"]);
/** What an eval document's shown sample holds besides the prompt phrases: the command it tempts the agent to run. */
const SAMPLE_FAMILIES: ReadonlySet<Family> = new Set(["order", "exec", "harm"]);
/**
 * A hit in a document about prompts (about-prompts.ts) is a mention: anywhere in a system-prompt file
 * (its override phrases excepted, unless the bot is told to refuse them) or a guide; inside the shown
 * sample in an eval document or a question; in a quoted item of a rule list; a command's effect in a man page
 * (credential reads included). A prompt file's order on a numbered or bulleted rule line is its rule. A test
 * plan or product doc speaks of the agent in its prose and quotes samples; a refusal list names what is
 * refused (overrides excepted); a news report quotes what researchers found.
 * A line labelled as the answer key or the expected behaviour speaks for the document: never damped.
 */
function aboutMention(about: AboutPrompts, family: Family, text: string, cs: number): boolean {
  if (onVerdictLine(text, cs)) return false;
  if (about === "write-up") return writeUpSample(text, cs);
  if (about === "specimen") return PROMPT_FAMILIES.has(family) && afterSpecimenIntro(text, cs);
  if (family === "exfil") return false;
  if (about === "prompt-file") return PROMPT_FAMILIES.has(family) ? family !== "override" || refusedOverride(text, cs) : (family === "order" && onRuleItem(text, cs)) || ((family === "credential" || family === "exec") && prohibitedOnRule(text, cs));
  if (about === "llms-txt") return (PROMPT_FAMILIES.has(family) && family !== "override") || (family === "harm" && /https?:\/\//.test(text.slice(cs, cs + 260)));
  if (about === "guide") return PROMPT_FAMILIES.has(family);
  if (about === "rule-list") return listedPhrase(text, cs);
  if (about === "man-page") return SAMPLE_FAMILIES.has(family) || family === "credential";
  if (about === "refusal-list") return family !== "override";
  if (about === "test-plan" || about === "assistant-doc") return ASSISTANT_DOC_FAMILIES.has(family) || (about === "assistant-doc" && family === "role") || inShownSample(text, cs);
  if (about === "report") return family !== "credential" && (quotedOrCode(text, cs) || (family === "addressed" && foundQuoteLabel(text, cs)));
  return inShownSample(text, cs);
}
const PREFERRED = (f: Family) => (f === "output" || f === "order" ? 1 : 0);
import { combineWeights, confidenceOf, severityOf } from "./score.ts";
import {
  encodedViews, entityViews, escapedViews, dehyphenViews, underscoreViews, lineBreakHyphenViews, despacedViews, findSmuggled, transformedViews, findTriggers, htmlViews, leetViews, normalizedViews, spacedRuns, type Triggers, type View,
} from "./views.ts";

// One pattern file a line: adding one is a one-line change that merges beside another.
export const ALL_PATTERNS: readonly Pattern[] = [
  ...ENGLISH_PATTERNS,
  ...LANGUAGE_PATTERNS,
  ...ANSWER_PATTERNS_LANG,
  ...HARM_LANGUAGE_PATTERNS,
  ...APPROVAL_LANGUAGE_PATTERNS,
  ...LABEL_PATTERNS,
  ...RELAYED_PATTERNS,
  ...ADDRESSEE_PATTERNS,
  ...READER_ORDER_PATTERNS,
  ...ASK_USER_SECRET_LANG_PATTERNS,
  ...HARM_COMMAND_PATTERNS,
  ...ANSWER_GIVE_PATTERNS,
  ...HARM_KEYLOGGING_PATTERNS,
  ...FOR_THE_AI_PATTERNS,
  ...ORDER_AFTER_AI_ADDRESS_PATTERNS,
  ...HARM_REQUEST_LOOP_PATTERNS,
  ...HARM_SECRET_UPLOAD_PATTERNS,
  ...HARM_REPO_ORDER_PATTERNS,
  ...ROLE_ADDRESSEE_PATTERNS,
  ...READER_RELAY_PATTERNS,
  ...ANSWER_REDIRECT_PATTERNS,
  ...INDEFINITE_READER_PATTERNS,
  ...NESTED_TURN_PATTERNS,
  ...YOU_BY_ACT_PATTERNS,
  ...OWNED_READER_PATTERNS,
  ...VOCATIVE_ROMANCE_PATTERNS,
  ...DECODE_OBEY_LANGUAGE_PATTERNS,
  ...VOCATIVE_CYRILLIC_VI_PATTERNS,
  ...ORDERS_IT_UK_VI_PATTERNS,
  ...VOCATIVE_RU_AR_PATTERNS,
  ...TASK_DROP_PATTERNS,
  ...READER_TAKEOVER_PATTERNS,
  ...KOREAN_READER_PATTERNS,
  ...GENERIC_READER_PATTERNS,
  ...PARTNERED_ASK_PATTERNS,
  ...QUALIFIED_READER_PATTERNS,
  ...PAYLOAD_ORDER_PATTERNS,
  ...DICTATED_VERDICT_PATTERNS,
  ...ROLE_MODEL_VERDICT_PATTERNS,
  ...SUMMARY_OMISSION_PATTERNS,
  ...CJK_AI_DEDICATION_PATTERNS,
  ...CONCEAL_LANGUAGE_PATTERNS,
  ...DEPENDENCY_SWAP_PATTERNS,
  ...PLANTED_MEMORY_FACT_PATTERNS,
  ...PLANTED_MEMORY_CJK_PATTERNS,
  ...DICTATED_CAUSE_PATTERNS,
  ...DICTATED_APPROVAL_PATTERNS,
  ...RELAYED_SALES_PITCH_PATTERNS,
  ...PROMOTED_CLAIM_PATTERNS,
  ...ENGAGEMENT_ORDER_PATTERNS,
  ...RIGGED_SCORE_PATTERNS,
  ...RIGGED_SCORE_LANG_PATTERNS,
  ...HEADING_READER_PATTERNS,
  ...HARM_COMMIT_SECRET_PATTERNS,
  ...HARM_COMMIT_SECRET_LANGUAGE_PATTERNS,
  ...DICTATED_VERDICT_LANG_PATTERNS,
  ...USER_UNSEEN_PATTERNS,
  ...REVERSE_SHELL_PATTERNS,
  ...ACTING_FOR_USER_PATTERNS,
  ...PLANTED_LINK_PATTERNS,
  ...FORWARD_MAIL_PATTERNS,
  ...AUTOMATED_READER_PATTERNS,
  ...SKIP_CHECK_PATTERNS,
  ...RANK_ORDER_LANG_PATTERNS,
  ...JUSSIVE_TR_PATTERNS,
  ...READER_NOTE_LABEL_PATTERNS,
  ...HARM_CREDENTIAL_STORE_PATTERNS,
  ...RECOMMEND_ONLY_LANG_PATTERNS,
  ...NORDIC_ORDER_PATTERNS,
  ...RIGGED_ANALYSIS_PATTERNS,
  ...SCREENING_VERDICT_PATTERNS,
  ...TICKET_TAKEOVER_PATTERNS,
  ...CONDITIONAL_AI_PATTERNS,
  ...OVERRIDE_MORE_LANG_PATTERNS,
  ...DICTATED_FUTURE_ANSWER_PATTERNS,
  ...CONCEAL_FROM_STAFF_PATTERNS,
  ...RELAY_PHISH_PATTERNS,
  ...ASK_USER_SECRET_PATTERNS,
  ...OUTPUT_PRODUCER_PATTERNS,
  ...OPEN_SLOT_LANGUAGE_PATTERNS,
  ...REMOTE_KEY_PATTERNS,
  ...HARM_ADMIN_ACCOUNT_PATTERNS,
  ...TYPOSQUAT_DEP_PATTERNS,
  ...AI_HELPER_ASIDE_PATTERNS,
  ...OMIT_FROM_SUMMARY_PATTERNS,
  ...DICTATED_WRITEUP_PATTERNS,
  ...HARM_COVERT_CAPTURE_PATTERNS,
  ...HARM_RANSOM_STEP_PATTERNS,
  ...EXFIL_HOME_SYNC_PATTERNS,
  ...EXFIL_SECRET_CONTENT_PATTERNS,
  ...HARM_REPO_CHECKS_OFF_PATTERNS,
  ...DICTATED_RATING_PATTERNS,
  ...CHECKOUT_ORDER_PATTERNS,
  ...USER_BYPASS_LANG_PATTERNS,
  ...ANSWER_SIE_FORM_PATTERNS,
  ...IF_AI_LANG_PATTERNS,
  ...IF_AI_ASIAN_TR_PL_PATTERNS,
  ...ROLE_MODEL_ADDRESS_PATTERNS,
  ...AGENT_FIX_LABEL_PATTERNS,
  ...TASK_ABANDON_PATTERNS,
  ...USER_DATA_OUTPUT_PATTERNS,
  ...SANDBOX_ESCAPE_PATTERNS,
  ...CODE_TO_THREAD_PATTERNS,
  ...PAYMENT_SWAP_PATTERNS,
  ...USER_CONSTRAINT_PATTERNS,
  ...SECRET_FILE_ANSWER_LANG_PATTERNS,
  ...CODE_GENERATOR_READER_PATTERNS,
  ...EXFIL_KEY_FILE_PATTERNS,
  ...GLUED_BOT_HANDLE_PATTERNS,
  ...REGISTRY_REDIRECT_PATTERNS,
  ...HARM_OPEN_ACCESS_PATTERNS,
  ...RIGGED_SUMMARY_PATTERNS,
  ...EXFIL_MINTED_TOKEN_PATTERNS,
  ...SIGN_FOR_USER_PATTERNS,
  ...ERASE_TRACES_PATTERNS,
  ...AI_OUTPUT_LABEL_PATTERNS,
  ...SAY_THAT_DUTCH_PATTERNS,
  ...BOT_HANDLE_COVERT_PATTERNS,
  ...AI_BY_JOB_PATTERNS,
  ...ROLE_LABEL_DICTATION_PATTERNS,
  ...IGNORE_CONTENT_INSTEAD_PATTERNS,
  ...MEMORY_STANDING_RULE_PATTERNS,
  ...MEMORY_STANDING_RULE_LANG_PATTERNS,
  ...ROLE_LABEL_LANGUAGE_PATTERNS,
  ...CONDITIONAL_AI_DICTATION_PATTERNS,
  ...DATA_READER_PATTERNS,
  ...AI_BY_TASK_LANG_PATTERNS,
  ...ACTS_ON_RECORDS_PATTERNS,
  ...HARM_FETCH_RUN_CODE_PATTERNS,
  ...RUN_INSERTED_CODE_PATTERNS,
  ...RIGGED_DISPUTE_PATTERNS,
  ...APPROVE_UNCHECKED_PATTERNS,
  ...PERSONAL_DATA_LINK_PATTERNS,
  ...PLANTED_TURN_PATTERNS,
];
/**
 * Markup shown as a specimen: the element is introduced as an example ("payload:", "e.g.",
 * "such as") within its own sentence, the text goes on after it, and the prose around is about
 * attacks (inExplanatoryContext). Only the element's own start decides, so a long hidden block
 * that merely follows the word "example" somewhere earlier is not excused.
 */
function shownAsExample(doc: DocContext, start: number, end: number): boolean {
  const text = doc.text;
  if (end - start > 400) return false;
  if (inExampleList(doc, start, end)) return true;
  const before = text.slice(Math.max(0, start - 100), start);
  // Introduced as an example, or by naming the element it is in ("an instruction embedded in an HTML comment: <!-- … -->").
  // Markup between quotation marks is shown as a string ("<div style='display:none'>…</div>").
  // So is markup in an inline code span (`<div hidden>…</div>`): markdown shows it as code.
  const quotedMarkup = text[start] === "<" && /["“«\x60][^\S\n]{0,2}$/.test(text.slice(Math.max(0, start - 3), start)) && /^[^\S\n]{0,2}["”»\x60]/.test(text.slice(end, end + 3));
  // Markup given as what a test page or a list entry holds ("a fake page containing: <div …>", "- Hidden HTML: <span …>").
  const framed = text[start] === "<" && (FRAMED_MARKUP.test(before) || FRAMED_ITEM.test(before));
  // Markup displayed on an indented line of its own under the sentence that introduces it ("a hidden block of the form\n\n    <div …>") is shown as code.
  const displayed = text[start] === "<" && DISPLAYED_UNDER_INTRO.test(before);
  if (!quotedMarkup && !framed && !displayed && !/(?:\b(?:examples?|payloads?|for\s+instance|such\s+as|samples?|specimens?|snippets?|looks?\s+like)\b|\be\.g\.)[^.!?\n<>]{0,70}?[:\s(“"'`]{1,3}[^\S\n]{0,8}$|\b(?:in|inside|within|via|into|as)\s{1,3}(?:an?\s{1,3}|the\s{1,3})?(?:(?:hidden|invisible|HTML|markdown|white|zero-size)\s{1,3})*(?:comments?|elements?|tags?|spans?|divs?|attributes?|alt[\s-]text)\s{0,2}:\s{0,3}$/i.test(before)) return false;
  if (!/\S/.test(text.slice(end, end + 200))) return false;
  return inExplanatoryContext(doc, start, end, quotedMarkup || framed || displayed ? 1 : 2);
}
/** A sentence ending on words that introduce a display ("of the form", "as follows", "like this", "such as", "wie folgt"), then a blank line and an indented line. */
const DISPLAYED_UNDER_INTRO = /(?:\b(?:of|in)\s{1,3}the\s{1,3}form|\bas\s{1,3}follows|\blike\s{1,3}(?:this|so)|\balong\s{1,3}the\s{1,3}lines\s{1,3}of|\bsuch\s{1,3}as|\bthe\s{1,3}following|\bfor\s{1,3}(?:example|instance)|\be\.g\.|\bexamples?|\bpayloads?|\bsnippets?|\bwie\s{1,3}folgt|\bder\s{1,3}Form|\bcomme\s{1,3}suit|\bde\s{1,3}la\s{1,3}forme|\bcomo\s{1,3}sigue|\bde\s{1,3}la\s{1,3}forma|\bdel\s{1,3}tipo|\bcome\s{1,3}segue)[^\S\n]{0,2}:?[^\S\n]{0,2}\n[^\S\n]{0,4}\n(?: {4}|\t)[^\S\n]{0,8}$/i;
/** A test sheet's numbered item naming the markup as hidden: "T2: hidden <div …>", "TC-04 - invisible span: <span …>". */
const FRAMED_ITEM = /(?:^|\n)[^\S\n]{0,4}(?:[A-Z]{1,4}-?\d{1,3}|[-*•+]|\d{1,2})[:.)]?[^\S\n]{1,3}(?:[-–—][^\S\n]{1,3})?(?:hidden|invisible)(?:\s{1,3}(?:HTML|markup|text|elements?|divs?|spans?|comments?))?\s{0,2}:?\s{0,3}$/;
const FRAMED_MARKUP = /(?:\b(?:containing|contains|that\s{1,3}(?:reads|says)|with\s{1,3}the\s{1,3}(?:text|markup))(?:\s{1,3}(?:an?\s{1,3}|this\s{1,3}|some\s{1,3})?(?:(?:hidden|invisible|white|zero-size|tiny|HTML)\s{1,3}){0,2}(?:text|markup|HTML|instructions?|payload|comments?|elements?|divs?|spans?))?|(?:^|\n)[^\S\n]{0,4}(?:[-*•+]|\d{1,2}[.)])[^\S\n]{1,3}(?:hidden|invisible)\s{1,3}(?:HTML|markup|text|elements?|divs?|spans?|comments?))\s{0,2}:\s{0,3}$/i;

/** Markup pasted right after the user's question about it ("Is this an injection? '<span hidden>…'", "tell me if it contains hidden instructions: <div …>"), in a message that is no web page. */
function askedAbout(text: string, start: number, end: number): boolean {
  return !/^\s{0,4}</.test(text) && /\?[^?\n]{0,80}$|:\s{0,3}$/.test(text.slice(Math.max(0, start - 80), start)) && pastedForAnalysis(text, start, end);
}

/** The fenced block holding `at` is one the writer reports having found (found-specimen.ts). */
function foundBlock(text: string, at: number, fences: readonly number[]): boolean {
  const i = lowerBound(fences, at) - 1;
  return i >= 0 && i % 2 === 0 && foundSpecimen(text, fences[i]!, fences[i + 1] ?? text.length);
}

/** Markup a security write-up narrates ("We injected <script>…</script> and read the flag"): what was sent, told. */
function narratedMarkup(text: string, start: number, kind: () => AboutPrompts | null): boolean {
  return kind() === "write-up" && writeUpSample(text, start);
}

// Hidden-only signals run with the others; the judge keeps them only inside hidden text.
const FULL_SET = compilePatternSet(ALL_PATTERNS);
const FOLDED_SET = compilePatternSet(ENGLISH_PATTERNS);

const SQUASHED: Pattern[] = [
  {
    id: "override.spaced-letters", family: "override", weight: 0.85, description: "Instruction override written with spaced-out letters",
    re: /(?:ignore|disregard|forget|bypass|override|skip)(?:all|any|the|your|of|every|my){0,3}(?:previous|prior|above|earlier|preceding|system|safety|original|initial)(?:instructions?|rules|guidelines|prompts?|directives|commands)/g,
    anchors: ["ignore", "disregard", "forget", "bypass", "override", "skip"], before: 0, after: 200,
  },
  {
    id: "role.spaced-letters", family: "role", weight: 0.7, description: "Role / system override written with spaced-out letters",
    re: /youarenow|newsystemprompt|developermode(?:enabled|activated|on)|(?:enable|enter|activate)(?:dan|jailbreak|developer|god)mode|doanythingnow|youarenolonger/g,
    anchors: ["youare", "newsystem", "developermode", "mode", "doanything"], before: 20, after: 40,
  },
  {
    id: "concealment.spaced-letters", family: "concealment", weight: 0.6, description: "Concealment written with spaced-out letters",
    re: /(?:donot|dont|never)(?:tell|inform|mention|notify|alert)(?:the)?(?:user|human)/g,
    anchors: ["tell", "inform", "mention", "notify", "alert"], before: 10, after: 20,
  },
];
const SQUASHED_SET = compilePatternSet(SQUASHED);
const PACKED_SET = compilePatternSet(PACKED_SENTENCE_PATTERNS);

/** Every pattern the injection scan may run, for the regex-safety test and the bench. */
export const INJECTION_PATTERNS: readonly Pattern[] = [...ALL_PATTERNS, ...SQUASHED, ...PACKED_SENTENCE_PATTERNS];
const partnersOf = new Map(INJECTION_PATTERNS.filter((p) => p.partners).map((p) => [p.id, p.partners!]));

export interface InjectionHit extends RawHit {
  weight: number;
  family: Family;
  hidden: HiddenRegion | null;
  patternId: string;
}

export interface CollectOptions {
  contentType?: string;
  budgetMs?: number;
  /** performance.now() value after which the scan fails closed (wins over budgetMs). */
  deadline?: number;
  /** Extra patterns (the tool scanner's); they run on the raw view with the others. */
  extra?: PatternSet;
  /** Detector and rule-id prefix of the hits (injection.* by default; the tool scanner uses tool.*). */
  detector?: Extract<DetectorName, "injection" | "tool">;
  /** Treat `"` as JSON string delimiters, not quotation marks (payload is JSON / a JSON string value). */
  jsonLike?: boolean;
  /** Weak signals combine into a finding from this combined weight on (default 0.5). */
  combineAt?: number;
  /** Context the patterns cannot see (the tool scanner: which tool a name refers to): a weight multiplier per hit. */
  rejudge?: (hit: InjectionHit, matched: string) => number;
  /** The whole text is data (tool definitions): orders in it weigh as they do in a JSON value. */
  dataDoc?: boolean;
  /** Diagnostics: receives every judged candidate (weak ones included) before the emit threshold. */
  trace?: (hits: readonly InjectionHit[]) => void;
}

interface Cand {
  pattern: Pattern;
  start: number;
  end: number;
  view: View;
  vStart: number;
  vEnd: number;
}

const DEFAULT_BUDGET_MS = 2000;
const MAX_PER_RULE = 100;
const NO_TRIGGERS = { suspicious: [], leet: [], spaced: [], hyphens: [], underscores: [], smuggling: false };
const MAX_DEPTH = 2;

export function collectInjection(text: string, opts: CollectOptions = {}): { hits: InjectionHit[]; error?: string } {
  flatten(text);
  const t0 = performance.now();
  const budgetMs = opts.budgetMs ?? DEFAULT_BUDGET_MS;
  const deadline = opts.deadline ?? t0 + budgetMs;
  const check = () => {
    if (performance.now() > deadline) throw new BudgetExceeded(budgetMs);
  };
  const html = looksLikeHtml(text, opts.contentType);
  const jsonLike = opts.jsonLike ?? (/json/i.test(opts.contentType ?? "") || jsonPayload(text));
  const cands: Cand[] = [];
  const smuggledCands: Array<{ start: number; end: number; decoded: string; kind: string }> = [];

  const runSet = (set: PatternSet, view: View) => {
    for (const h of set.run(view.text)) {
      const [s, e] = view.map(h.start, h.end);
      cands.push({ pattern: h.pattern, start: s, end: e, view, vStart: h.start, vEnd: h.end });
    }
  };
  // Names joined by underscores (`please_ignore_the_user`) read with blanks: every pattern, and those only such a name holds.
  const runUnderscoreViews = (view: View, triggers: Triggers) => {
    for (const v of underscoreViews(view, triggers)) {
      runSet(FULL_SET, v);
      runSet(PACKED_SET, v);
    }
  };
  /**
   * The views derived from one text, each run with its pattern set: look-alikes folded always;
   * for prose, leetspeak and words joined by hyphens or underscores; for the top text's prose,
   * the whole-text transforms; spaced-out letters joined.
   */
  const runDerivedViews = (view: View, triggers: Triggers, prose: boolean, top: boolean) => {
    for (const v of normalizedViews(view, triggers)) runSet(FOLDED_SET, v);
    if (prose) {
      for (const v of leetViews(view, triggers)) runSet(FOLDED_SET, v);
      for (const v of dehyphenViews(view, triggers)) runSet(FOLDED_SET, v);
      runUnderscoreViews(view, triggers);
    }
    if (prose && top) {
      for (const v of lineBreakHyphenViews(view)) runSet(FULL_SET, v);
      for (const v of transformedViews(view)) runSet(FOLDED_SET, v);
      for (const v of despacedViews(view, triggers)) runSet(FULL_SET, v);
    }
    for (const run of spacedRuns(view, triggers)) {
      const v: View = { text: run.squashed, map: () => [run.start, run.end], path: view.path, note: "found after joining spaced-out letters", languages: false, hidden: view.hidden };
      runSet(SQUASHED_SET, v);
    }
  };
  const scanView = (view: View, depth: number) => {
    runSet(view.languages ? FULL_SET : FOLDED_SET, view);
    if (opts.extra && depth === 0) runSet(opts.extra, view);
    check();
    runDerivedViews(view, findTriggers(view.text), true, depth === 0);
    check();
    if (!html || depth > 0) for (const v of entityViews(view)) runSet(FOLDED_SET, v);
    for (const v of escapedViews(view)) if (depth < MAX_DEPTH) scanView(v, depth + 1);
    if (depth < MAX_DEPTH) for (const v of encodedViews(view)) scanView(v, depth + 1);
    check();
  };

  let error: string | undefined;
  try {
    const root: View = { text, map: (s, e) => [s, e], path: [], languages: true };
    if (!html) scanView(root, 0);
    else {
      // HTML: the visible text and the markup cover the page once between them; decoding runs on the raw page.
      const { visible, markup } = htmlViews(text);
      let smuggling = false;
      for (const v of [visible, markup]) {
        if (!v) continue;
        runSet(FULL_SET, v);
        if (opts.extra) runSet(opts.extra, v);
        // Markup is mostly ASCII names and attributes: only non-ASCII characters there need the folded views.
        const triggers = v === visible || /[^\x00-\x7f]/.test(v.text) ? findTriggers(v.text) : NO_TRIGGERS;
        smuggling ||= triggers.smuggling;
        // Leetspeak and joined words live in prose; markup is full of digits, hyphens and underscores in names and ids.
        runDerivedViews(v, triggers, v === visible, true);
        check();
      }
      for (const w of escapedViews(root)) scanView(w, 1);
      for (const w of encodedViews(root)) scanView(w, 1);
      check();
      if (smuggling) scanSmuggled();
    }
    if (!html) scanSmuggled();
    check();
  } catch (err) {
    if (!(err instanceof BudgetExceeded)) throw err;
    error = err.message;
  }

  function scanSmuggled(): void {
    for (const sm of findSmuggled(text)) {
      const region: HiddenRegion = {
        kind: sm.kind, start: sm.start, end: sm.end, boost: 3,
        note: sm.kind === "unicode-tags" ? "hidden in Unicode tag characters (invisible)" : "hidden in variation-selector code points (invisible)",
      };
      smuggledCands.push(sm);
      scanView({ text: sm.decoded, map: () => [sm.start, sm.end], path: ["unicode"], note: `decoded from ${sm.kind}`, hidden: region, languages: true }, 1);
    }
  }


  // ── judge each candidate in context ──
  const hiddenIndex = html ? new HiddenIndex(text) : null;
  let fences: number[] | null = null;
  const doc = new DocContext(text);
  const data = new DataContext(text, jsonLike);
  let judgedCount = 0;
  let ownPrompt: "review" | "bot" | null | undefined;
  let ciLog: boolean | undefined;
  let assistantDoc: boolean | undefined;
  let playbook: boolean | undefined;
  let attackWriteUp: boolean | undefined;
  let scenarioDoc: boolean | undefined;
  let about: AboutPrompts | null | undefined;
  const aboutKind = () => (about === undefined ? (about = aboutPrompts(text)) : about);
  /** Text with made-up tags only (a sample's <INFORMATION>…</INFORMATION>), no element of HTML: still judged as a document about prompts. */
  let aboutInMarkup: boolean | undefined;
  const detector = opts.detector ?? "injection";
  const judgeCtx = { doc, tool: detector === "tool" };
  const judged: InjectionHit[] = [];
  /** What a candidate matched: its text, or the view's where it maps to no span of the text. */
  const matched = (c: Cand) => text.slice(c.start, c.end) || c.view.text.slice(c.vStart, c.vEnd);
  const judgeCand = (c: Cand): InjectionHit | null => {
    const p = c.pattern;
    const vText = c.view.text;
    let w = p.weight;
    if (p.judge) w *= p.judge(vText.slice(c.vStart, c.vEnd), vText, c.vStart, judgeCtx);
    if (w <= 0) return null;
    // "Never reply with your password", "Avoid `env | base64` in workflows": a credential request or a command negated is the warning against it.
    if ((p.negatable || p.family === "credential" || p.family === "exec") && (isNegated(vText, c.vStart) || underNegatedLeadIn(text, c.start))) w *= 0.15;
    else if ((p.family === "harm" || p.family === "exec") && labelledUnsafe(text, c.start)) w *= 0.15;
    const notes: string[] = [];
    let noteKind: "facts" | "restraint" | null = null;
    // Context is judged from the first letter of the match (a pattern may consume a leading quote or newline).
    const lead = /^[^\p{L}\p{N}<[{|#@]*/u.exec(text.slice(c.start, Math.min(c.end, c.start + 12)))![0].length;
    const cs = Math.min(c.end, c.start + lead);
    fences ??= fencePositions(text);
    const inBlock = isCode(doc, cs, fences) === "block";
    // An HTML comment or hidden element shown inside a code block is displayed, not hidden.
    // A markdown link title ([text](url "title")) shows only on hover.
    const linkTitle = /\]\(\s{0,3}[^\s)]{1,500}\s{1,3}"[^"\n]{0,400}$/.test(text.slice(Math.max(0, cs - 900), cs));
    const located = c.view.hidden ?? locateHidden(hiddenIndex, c) ?? (linkTitle ? { kind: "attribute" as const, start: c.start, end: c.end, note: "hidden in a markdown link title", boost: 1.6 } : null);
    const hidden = located && inBlock && located.kind !== "unicode-tags" && located.kind !== "variation-selectors" ? null : located;
    if (p.hiddenOnly && !hidden) return null;
    // A match may begin just before a hidden element (at the separator the view left for its tag)
    // and end inside it: the element it ends in decides whether it is quoted as an example.
    const tail = hidden ?? (hiddenIndex && c.end > c.start ? hiddenIndex.locate(c.end - 1, c.end) : null);
    if (tail && tail.kind !== "unicode-tags" && tail.kind !== "variation-selectors" && (shownAsExample(doc, tail.start, tail.end) || narratedMarkup(text, tail.start, aboutKind) || askedAbout(text, tail.start, tail.end) || attackTableRow(doc, tail.start, tail.start + 1))) {
      // Hidden markup introduced as an example in writing about attacks ("Example payload used in
      // our red-team exercise: <p style=display:none>…</p>") is shown to the reader as markup; so is
      // markup the user pasted to ask about it ("Does it contain a prompt injection? '<span hidden>…'"); so is markup in a cell of a markdown table of attacks.
      w *= 0.15;
      notes.push("hidden markup quoted as an example in explanatory text");
    } else if (hidden && hidden.kind === "comment" && routineWorkComment(text, hidden.start, hidden.end)) {
      w *= 0.25;
      notes.push("an HTML comment handing AI agents the project's routine work, nothing more");
    } else if (hidden && hidden.kind === "comment" && p.family === "addressed" && readerNote(vText, c.vStart, c.vEnd, true) !== null) {
      w *= 0.25;
      notes.push("a comment giving an AI editor the project's conventions, nothing more");
    } else if (hidden) {
      w = Math.min(1, w * hidden.boost);
      notes.push(hidden.note);
    } else {
      const code = isCode(doc, cs, fences);
      const quoted = code ? null : quoting(doc, cs, c.end, jsonLike);
      const specimen = (p.family === "template" || p.family === "pseudo-tag" || p.family === "role") && isSpecimen(doc, cs, c.end);
      const named = PROMPT_FAMILIES.has(p.family) && (quoted !== null && embeddedQuote(doc.quoteText, cs, c.end) || callArgument(text, cs, c.end) || (displayedBlock(text, cs) && inExplanatoryContext(doc, cs, c.end, 1)));
      if (quoted === "mention" || specimen || named || inExampleList(doc, cs, c.end) || reportedSpecimen(doc, cs, c.end) || inApiExample(text, cs, c.end)) {
        w *= 0.15;
        notes.push("phrase mentioned, not addressed");
      } else if ((PROMPT_FAMILIES.has(p.family) || SAMPLE_FAMILIES.has(p.family) || p.family === "credential" || p.family === "exfil") && aboutKind() !== null && (!html || about === "write-up" || (aboutInMarkup ??= opts.contentType === undefined && !htmlElements(text))) && aboutMention(about!, p.family, text, cs)) {
        w *= 0.15;
        notes.push(`in a document about prompts (${about}), mentioned, not addressed`);
      } else if (!html && PROMPT_FAMILIES.has(p.family) && (ownPrompt ??= ownPromptUnderReview(text)) && harmlessPromptLine(text, cs, ownPrompt === "bot" && p.family === "override")) {
        w *= 0.15;
        notes.push("the user's own prompt, quoted for review");
      } else if (DESCRIBED_FAMILIES.has(p.family) && describedBehaviour(text, cs)) {
        w *= 0.15;
        notes.push("behaviour a detection rule looks for");
      } else if ((TECHNIQUE_FAMILIES.has(p.family) && attackerTechnique(text, cs)) || ((p.family === "order" || p.family === "exfil" || p.family === "override" || p.family === "addressed" || p.family === "concealment" || p.family === "credential" || p.family === "role" || p.family === "prompt-leak") && attackerQuotedExample(text, cs))) {
        w *= 0.15;
        notes.push("technique reported of attackers");
      } else if (p.family === "concealment" && attackerCoverUp(text, cs)) {
        w *= 0.15;
        notes.push("a cover-up reported of attackers");
      } else if (p.family === "harm" && !html && retractedAsJoke(text, c.end)) {
        w *= 0.15;
        notes.push("taken back as a joke by the user");
      } else if (p.family === "prompt-leak" && !html && composesNewPrompt(text, cs, c.end)) {
        w *= 0.15;
        notes.push("a prompt to write for the user's own bot, not the reader's");
      } else if (CI_STEP_FAMILIES.has(p.family) && ciStepLine(text, cs) && (ciLog ??= isCiLog(text))) {
        w *= 0.15;
        notes.push("a step a CI log records");
      } else if (p.family === "override" && (afterThirdPersonSubject(text, cs) || spokenLine(text, cs, c.end) || ownWordsInChat(text, cs, c.end))) {
        w *= 0.15;
        notes.push("a statement about a third person, not an order");
      } else if ((p.family === "override" || p.family === "role") && attemptedBySubject(text, cs)) {
        w *= 0.15;
        notes.push("an attempt reported of a third party, not an order");
      } else if (p.family === "override" && dropsFlawedInstructions(text, cs, c.end)) {
        w *= 0.35;
        notes.push("drops only flawed instructions: prompt-editing advice");
      } else if (p.family === "addressed" && !html && (titleOrListedValue(text, cs, c.end) || examplePromptHeading(text, cs, c.end) || docLabelAddress(text, cs, c.end))) {
        w *= 0.3;
        notes.push("an AI named in a title, a listed value or an example's heading, not addressed");
      } else if ((PROMPT_FAMILIES.has(p.family) || TECHNIQUE_FAMILIES.has(p.family) || p.family === "order") && quoted !== null && (quotedForExplanation(text, cs, c.end) || quotedAsTestInput(text, cs, c.end))) {
        w *= 0.15;
        notes.push("quoted by the user to have it explained, or as a test's input");
      } else if (!html && quoted !== null && text.length <= 400 && quotedForTranslation(text, cs)) {
        w *= 0.2;
        notes.push("quoted by the user to have it translated");
      } else if (p.family === "addressed" && !html && sameRulesAsPeople(text, cs)) {
        w *= 0.3;
        notes.push("agents asked to keep the rules people keep, nothing more");
      } else if ((p.family === "addressed" || (p.family === "pseudo-tag" && aiNamedTag(matched(c)))) && routineWorkForAgents(text, cs, c.end)) {
        w *= 0.25;
        notes.push("AI agents handed the project's routine work, nothing more");
      } else if (p.family === "addressed" && (noteKind = readerNote(vText, c.vStart, c.vEnd)) !== null) {
        w *= 0.25;
        notes.push(noteKind === "facts" ? "a note to AI readers that only states facts" : "bots or assistants asked only for restraint (robots.txt, rate limits, nothing installed or pushed)");
      } else if (!html && quoted !== null && introducedQuote(text, cs) && (scenarioDoc ??= evalScenario(text))) {
        w *= 0.2;
        notes.push("the attack under test, quoted in a test scenario");
      } else if ((WRITE_UP_FAMILIES.has(p.family) || (p.family === "exfil" && reportedRenderSlot(text, cs))) && !html && !opensLine(text, cs) && (attackWriteUp ??= writtenAboutAttacks(text))) {
        w *= 0.3;
        notes.push("in a write-up about attacks on AI readers");
      } else if ((!html || (aboutInMarkup ??= opts.contentType === undefined && !htmlElements(text))) && attackTableRow(doc, cs, c.end)) {
        w *= 0.15;
        notes.push("a row of a table of attacks");
      } else if (!html && data.labelled(cs)) {
        w *= 0.15;
        notes.push("specimen in a labelled test / training record");
      } else if (p.family !== "credential" && ((code === "block" && foundBlock(text, cs, fences)) || (!code && !html && foundQuote(text, cs)))) {
        w *= 0.15;
        notes.push("a planted instruction the writer reports having found");
      } else if ((code || quoted) && inExplanatoryContext(doc, cs, c.end)) {
        w *= 0.15;
        notes.push(code ? "code-formatted example in explanatory text" : "quoted example in explanatory text");
      } else if (code && p.codeDamp !== undefined) {
        // A fenced block documents commands; inline code inside an instruction is part of it.
        w *= code === "block" ? p.codeDamp : Math.max(p.codeDamp, 0.75);
        notes.push(code === "block" ? "in a code block" : "in inline code");
      } else if (!code && !quoted && inCliHelp(text, cs)) {
        w *= 0.3;
        notes.push("in the help text of a CLI option");
      }
      if (ASSISTANT_DOC_FAMILIES.has(p.family) && !html && (assistantDoc ??= describesAssistant(text))) {
        w *= 0.6;
        notes.push("in docs describing an assistant in the third person");
      }
      if (isQuestion(text, cs, c.end) || asksWhatHappens(text, c.end)) w *= 0.3;
      if (DATA_BOOST.has(p.family)) {
        const where = opts.dataDoc ? "a tool definition" : data.at(cs);
        if (where === "a YAML value" && (playbook ??= ansiblePlaybook(text))) {
          w *= 0.15;
          notes.push("in an Ansible task");
        } else if (where !== null) {
          w *= DATA_FACTOR;
          notes.push(`in ${where}`);
        }
      }
    }
    if (c.view.note) notes.push(c.view.note);
    if (p.lang) notes.push(`language: ${p.lang}`);
    notes.push(`pattern ${p.id}`);
    const weak = p.family === "directive" || p.family === "pseudo-header";
    const ruleId = hidden && weak && detector === "injection" && hidden.kind !== "unicode-tags" && hidden.kind !== "variation-selectors" ? `${detector}.hidden-html` : `${detector}.${p.family}`;
    return {
      ruleId, detector, description: hidden && weak ? `Instruction hidden from the reader: ${p.description}` : p.description,
      severity: "info", confidence: "low", tags: [detector, p.family, ...(hidden ? ["hidden"] : [])], secret: matched(c),
      start: c.start, end: c.end, example: false, path: c.view.path, notes, weight: w, family: p.family, hidden, patternId: p.id,
    };
  };
  const repeats = new RepeatedJudgements<InjectionHit>(text);
  for (const c of cands) {
    if (++judgedCount % 32 === 0 && performance.now() > deadline) {
      error ??= new BudgetExceeded(budgetMs).message;
      break;
    }
    const known = repeats.lookup(c);
    if (known !== undefined) {
      if (known) judged.push({ ...known, start: c.start, end: c.end, secret: matched(c), notes: [...(known.notes ?? [])], tags: [...(known.tags ?? [])] });
      continue;
    }
    const hit = judgeCand(c);
    repeats.record(c, hit);
    if (hit) judged.push(hit);
  }
  for (const sm of smuggledCands) {
    const printable = sm.decoded.replace(/[^\x21-\x7e]/g, "").length;
    if (printable < 6) continue;
    judged.push({
      ruleId: `${detector}.hidden-unicode`, detector, description: `Text hidden in invisible ${sm.kind === "unicode-tags" ? "Unicode tag characters" : "variation selectors"}`,
      severity: "info", confidence: "low", tags: [detector, "hidden"], secret: sm.decoded, start: sm.start, end: sm.end, example: false, path: ["unicode"],
      notes: [`${sm.decoded.length} invisible characters decode to ASCII text`], weight: 0.55, family: "directive", hidden: null, patternId: "hidden-unicode",
    });
  }

  if (opts.rejudge) {
    for (const h of judged) h.weight *= opts.rejudge(h, text.slice(h.start, h.end));
  }

  opts.trace?.(judged);

  // ── weak signals combine when they meet ──
  const combineAt = opts.combineAt ?? 0.5;
  const weak = error !== undefined ? [] : judged.filter((h) => h.weight >= 0.15 && h.weight < EMIT_WEIGHT).sort((a, b) => a.start - b.start);
  let lo = 0;
  let hi = 0;
  for (const h of weak) {
    // Sliding window over start-sorted weak hits: those within 400 characters.
    while (weak[lo]!.start < h.start - 400) lo++;
    while (hi < weak.length && weak[hi]!.start <= h.start + 400) hi++;
    if (hi - lo > 64) continue; // a wall of weak signals is prose, not a payload
    // One family alone never combines (signals count once per family).
    const present = new Set<Family>();
    for (let i = lo; i < hi; i++) present.add(weak[i]!.family);
    if (present.size < 2) continue;
    const near = weak.slice(lo, hi);
    // A signal whose partners are all absent cannot count, so it stands for its family only when no signal of the family can.
    const usable = (o: InjectionHit) => partnersOf.get(o.patternId)?.some((f) => f !== o.family && present.has(f)) ?? true;
    const byFamily = new Map<Family, InjectionHit>();
    for (const o of near) {
      const cur = byFamily.get(o.family);
      if (!cur || (usable(o) ? !usable(cur) || o.weight > cur.weight : !usable(cur) && o.weight > cur.weight)) byFamily.set(o.family, o);
    }
    // Overlapping signals count once; an order or an output directive wins a tie, as what it asks for pairs with it.
    // Only a kept signal blocks one it overlaps: "have it add" dropped under the address it overlaps must not drop "add Dana's home address" in turn.
    const placed: InjectionHit[] = [];
    for (const o of [...byFamily.values()].sort((a, b) => b.weight - a.weight || PREFERRED(b.family) - PREFERRED(a.family))) {
      if (placed.every((x) => x.end <= o.start || o.end <= x.start)) placed.push(o);
    }
    // A signal with partners (what an instruction asks for) counts only next to one of them.
    const distinct = placed.filter((o) => {
      const partners = partnersOf.get(o.patternId);
      return !partners || placed.some((x) => x !== o && partners.includes(x.family));
    });
    if (distinct.length < 2) continue;
    const combined = combineWeights(distinct.map((o) => o.weight));
    if (combined >= combineAt) {
      for (const o of distinct) {
        if (o.weight < EMIT_WEIGHT) {
          o.weight = Math.max(EMIT_WEIGHT, combined);
          o.notes = [...(o.notes ?? []), "weak signals combined"];
        }
      }
    }
  }

  // At most MAX_PER_RULE findings per rule (overlaps removed first): the score saturates long
  // before, and the output of a page that repeats one payload 10 000 times stays readable.
  const perRule = new Map<string, number>();
  const lastEnd = new Map<string, number>();
  const hits = judged
    .filter((h) => h.weight >= EMIT_WEIGHT)
    .sort((a, b) => a.start - b.start || b.weight - a.weight)
    .filter((h) => {
      if ((lastEnd.get(h.ruleId) ?? -1) > h.start && h.path.length === 0) return false;
      const n = perRule.get(h.ruleId) ?? 0;
      if (n >= MAX_PER_RULE) return false;
      perRule.set(h.ruleId, n + 1);
      lastEnd.set(h.ruleId, Math.max(lastEnd.get(h.ruleId) ?? -1, h.end));
      return true;
    });
  for (const h of hits) {
    h.severity = severityOf(h.weight);
    h.confidence = confidenceOf(h.weight);
  }
  return error === undefined ? { hits } : { hits, error };
}

/** The hidden region holding the match, or the one its words are in when it opens on a block tag's separator (located once when both are the same). */
function locateHidden(index: HiddenIndex | null, c: { view: View; vStart: number; vEnd: number; start: number; end: number }): HiddenRegion | null {
  if (!index) return null;
  const found = index.locate(c.start, c.end);
  if (found) return found;
  const words = letterStart(c);
  return words === c.start ? null : index.locate(words, c.end);
}

/**
 * Where the match's words begin in the original: a match that opens on the separator the view
 * left for a block tag (`\nIgnore …` after `</h1><div hidden>`) maps its start to that tag, outside
 * the hidden element its words are in.
 */
function letterStart(c: { view: View; vStart: number; vEnd: number; start: number }): number {
  const lead = /^[^\p{L}\p{N}]*/u.exec(c.view.text.slice(c.vStart, Math.min(c.vEnd, c.vStart + 12)))![0].length;
  return lead === 0 || c.vStart + lead >= c.vEnd ? c.start : c.view.map(c.vStart + lead, c.vEnd)[0];
}
