import { isStoredAdmin } from '../db/repositories/users.ts'
import type { Context } from './context.ts'

/** An admin is named in ADMIN_IDS or marked in the database; everyone else is refused admin actions. */
export async function isAdmin(ctx: Context): Promise<boolean> {
  const id = ctx.from?.id
  if (id === undefined) return false
  if (ctx.deps.config.adminIds.includes(id)) return true
  return isStoredAdmin(ctx.deps.database.db, id)
}
