/**
 * Turns heading text into a stable fragment id: lower case, letters and digits of any
 * script kept, everything else collapsed to single dashes.
 * @example slugifyHeading('Offset past the end: the quirk') // 'offset-past-the-end-the-quirk'
 */
export function slugifyHeading(text) {
  return String(text)
    .toLowerCase()
    .replace(/<[^>]*>/g, '')
    .replace(/&[a-z]+;|&#\d+;/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}
