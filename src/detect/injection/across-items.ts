// A verb and its object split over two rows of a table or two items of a list ("grep for curl,
// wget, base64 -d |\n| SSH | ~/.ssh/authorized_keys |"): the words only meet in the layout, the
// clause the pattern looks for is not there.
const NEXT_ITEM = /\n[ \t]{0,8}(?:\||[-*•+][ \t]|\d{1,2}[.)][ \t]|#{1,6}[ \t])/;

/** The match runs from one table row, list item or heading into the next. */
export function acrossItems(match: string): boolean {
  return NEXT_ITEM.test(match);
}
