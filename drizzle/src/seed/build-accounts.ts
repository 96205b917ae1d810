import { DEMO_ACCOUNTS } from './accounts';
import type { SeedContext } from './context';
import { BRANDS } from './data/people';
import { seedId } from './ids';

/** The seed id of a demo account. */
export const accountId = (username: string) => seedId(`user:${username}`);

/**
 * The demo accounts, then one 创建单位 account for every unit that owns a brand and has no demo account of its
 * own (`unit-<n>`, n its place in the unit tree, "<unit> 党建联络员"), so a unit's self-inspections, plans and
 * answers are recorded by the unit itself and never by the administrator. The extra accounts share the demo
 * password (`passwordHashes.get('unit')`); the start-up banner lists only the demo accounts.
 */
export function buildAccounts(ctx: SeedContext, passwordHashes: Map<string, string>, createdAt: Date): void {
  for (const account of DEMO_ACCOUNTS) {
    const unitId = account.unitName ? ctx.unit(account.unitName).id : null;
    if (account.role === 'UNIT' && account.unitName) {
      ctx.unitUsers.set(account.unitName, accountId(account.username));
    }
    ctx.rows.users.push({
      id: accountId(account.username),
      username: account.username,
      displayName: account.displayName,
      passwordHash: passwordHashes.get(account.username) ?? '',
      role: account.role,
      unitId,
      createdAt,
      updatedAt: createdAt,
    });
  }
  const owners = new Set(BRANDS.map((b) => b.unit));
  ctx.rows.units.forEach((unit, i) => {
    const name = unit.name as string;
    if (!owners.has(name) || ctx.unitUsers.has(name)) {
      return;
    }
    const username = `unit-${String(i + 1).padStart(3, '0')}`;
    ctx.unitUsers.set(name, accountId(username));
    ctx.rows.users.push({
      id: accountId(username),
      username,
      displayName: `${name} 党建联络员`,
      passwordHash: passwordHashes.get('unit') ?? '',
      role: 'UNIT',
      unitId: unit.id as string,
      createdAt,
      updatedAt: createdAt,
    });
  });
}
