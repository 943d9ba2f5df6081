import { and, eq, lt } from 'drizzle-orm'
import type { Database } from './database.ts'
import { conversationStates } from './schema/index.ts'

/**
 * Keyed JSON storage for @grammyjs/conversations (structurally its `VersionedStateStorage<string, S>`):
 * the plugin stores its whole replay log per chat, so any process on the same database resumes a
 * conversation at the step where it stopped.
 */
export interface ConversationStateStorage<S> {
  read(key: string): Promise<S | undefined>
  write(key: string, state: S): Promise<void>
  delete(key: string): Promise<void>
}

/** A state discarded for idleness: its key (the chat id) and the conversations it held. */
export interface ExpiredConversation {
  key: string
  conversations: string[]
}

/** U+0000: Postgres refuses it in jsonb (and in text). */
const NUL = '\u0000'

/** `value` with U+0000 removed from every string (keys too); everything else as it was. */
export function withoutNul(value: unknown): unknown {
  if (typeof value === 'string') return value.replaceAll(NUL, '')
  if (Array.isArray(value)) return value.map(withoutNul)
  if (typeof value !== 'object' || value === null) return value
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [key.replaceAll(NUL, ''), withoutNul(item)]),
  )
}

/**
 * The storage on the `conversation_states` table. Updates a conversation waited for are part of its log, so
 * a typed U+0000 (which Postgres cannot store) is removed before writing; the replay then reads the text
 * without it, which every step cleans away anyway. `updated_at` is taken from `clock`, so idleness is
 * measured by the same clock that expires it (a fake one in tests).
 */
export function createConversationStorage<S>(
  db: Database,
  clock: () => Date = () => new Date(),
): ConversationStateStorage<S> {
  return {
    async read(key) {
      const [row] = await db
        .select({ state: conversationStates.state })
        .from(conversationStates)
        .where(eq(conversationStates.key, key))
      return row ? (row.state as S) : undefined
    },
    async write(key, written) {
      const updatedAt = clock()
      const state = withoutNul(written)
      await db
        .insert(conversationStates)
        .values({ key, state, updatedAt })
        .onConflictDoUpdate({ target: conversationStates.key, set: { state, updatedAt } })
    },
    async delete(key) {
      await db.delete(conversationStates).where(eq(conversationStates.key, key))
    },
  }
}

/** The conversation ids in a stored `VersionedState<ConversationData>` (`{ version, state: { id: [...] } }`). */
export function conversationIds(stored: unknown): string[] {
  if (typeof stored !== 'object' || stored === null || !('state' in stored)) return []
  const data = stored.state
  return typeof data === 'object' && data !== null ? Object.keys(data) : []
}

/**
 * Deletes the state of one chat if it was last written before `idleSince`, and says which conversations
 * it held (undefined when nothing was deleted). Called before the conversations plugin reads the state.
 */
export async function deleteIdleConversation(
  db: Database,
  key: string,
  idleSince: Date,
): Promise<string[] | undefined> {
  const [row] = await db
    .delete(conversationStates)
    .where(and(eq(conversationStates.key, key), lt(conversationStates.updatedAt, idleSince)))
    .returning({ state: conversationStates.state })
  return row ? conversationIds(row.state) : undefined
}

/** Deletes every state last written before `idleSince` (the periodic sweep). */
export async function deleteIdleConversations(db: Database, idleSince: Date): Promise<ExpiredConversation[]> {
  const rows = await db
    .delete(conversationStates)
    .where(lt(conversationStates.updatedAt, idleSince))
    .returning({ key: conversationStates.key, state: conversationStates.state })
  return rows.map((row) => ({ key: row.key, conversations: conversationIds(row.state) }))
}
