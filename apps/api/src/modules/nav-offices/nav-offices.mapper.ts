import type { NavOffice } from '@ankomst/contracts';

export function toNavOffice(row: { id: string; name: string; advisers: { id: string; name: string }[] }): NavOffice {
  return { id: row.id, name: row.name, advisers: row.advisers.map((a) => ({ id: a.id, name: a.name })) };
}
