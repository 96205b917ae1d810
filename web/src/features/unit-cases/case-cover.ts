/**
 * The cover after a photo is taken off the case: unchanged unless the cover itself went, in which case the first
 * photo left becomes the cover (so a case with photos never ends up with none on the list), or none if no photo
 * is left.
 */
export function coverAfterRemoval(cover: string, removedId: string, remainingIds: readonly string[]): string {
  if (cover !== removedId) {
    return cover;
  }
  return remainingIds.find((id) => id !== removedId) ?? '';
}
