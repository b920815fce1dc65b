/**
 * A content that ends in an open fronted subordinate clause has not reached its main clause yet:
 * `he is "sure" that once the vote is over, the party will unite` goes on past the comma that
 * closes "once the vote is over". Read on raw text, for the quotation stage's partial quotations.
 */

/**
 * Whether `stretch` (the words after a quotation, up to a comma) is the start of a content clause's
 * fronted subordinate clause: "that", then a subordinator and its words, with no punctuation
 * ("that once the vote is over", "that if it passes"); not "that he won once", nor a clause that
 * follows its main clause ("“strong” when it ended the strike, …").
 */
export function opensFrontedSubordinate(stretch: string): boolean {
  return FRONTED_SUBORDINATE.test(stretch);
}

const FRONTED_SUBORDINATE = /^\s*that\s+(?:once|if|when|whenever|because|although|though|unless|until|as soon as|even if|even though)\s+[^,;:.!?"“”()—–]+$/iu;

/** Whether `after` (the text after that comma) opens with the narrator's attribution rather than the main clause: ", he said", ", according to …". */
export function attributionAfter(after: string, isReportingVerb: (w: string) => boolean): boolean {
  const words = after.split(/[^\p{L}’'-]+/u).filter(Boolean).slice(0, 4);
  return words.some((w) => isReportingVerb(w.toLowerCase()) || w.toLowerCase() === 'according');
}
