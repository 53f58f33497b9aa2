/** Lower-cases for case-insensitive matching (locale-independent; Han text is unchanged). */
export function fold(text: string): string {
  return text.toLowerCase();
}
