/**
 * Whether the signed-in unit user may work on a brand (write its plan, report its milestones): only a brand of
 * their own unit. Other units' brands are shown in the public showcase, not in the unit's workspace.
 */
export function ownsBrand(
  brand: { unit: { id: string } } | null | undefined,
  user: { unit?: { id: string } | null } | null | undefined,
): boolean {
  return Boolean(brand && user?.unit && brand.unit.id === user.unit.id);
}
