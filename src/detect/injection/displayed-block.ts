// A command block displayed under a paragraph, indented or fenced: "the approved fix is\n\n    rm -rf …\n\nPlease run it".

/** One step of a displayed block: an indented line, a whole fenced block, or a blank line. */
export const DISPLAYED_BLOCK_STEP = String.raw`(?:(?: {4}|\t)[^\n]{1,400}(?:\n|$)|[^\S\n]{0,3}(?:\x60{3}|~{3})[^\n]{0,20}\n(?:[^\n]{0,400}\n){1,20}?[^\S\n]{0,3}(?:\x60{3}|~{3})[^\S\n]{0,4}(?:\n|$)|[^\S\n]{0,4}\n)`;
