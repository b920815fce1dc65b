/**
 * Cues whose content is a phrase with no verb and still says something a reader can check: the
 * evidence a source points to ("Critics pointed to the rising fares") and the pro-form for a view
 * just reported ("half said the same of her rival"). The claims stage keeps these where it drops
 * other verbless contents ("dismissed the concerns"); "the same week" is a time, not the pro-form.
 */
export function isPhraseClaim(cue: string, content: string): boolean {
  return /^point(?:s|ed)?\s+to$/iu.test(cue) || /^the\s+same(?:$|\s+(?:of|about|for|regarding|concerning)\s)/iu.test(content);
}
