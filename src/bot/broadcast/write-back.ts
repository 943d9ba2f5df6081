import type { Database } from '../../db/database.ts'
import {
  type ClaimedDelivery,
  type DeliveryOutcome,
  moveDelivery,
  recordOutcomes,
  releaseClaims,
  writePause,
} from '../../db/repositories/deliveries.ts'
import { type EditOutcome, recordEditOutcomes } from '../../db/repositories/delivery-edits.ts'
import { deactivateChats } from '../../db/repositories/subscriptions.ts'
import type { Logger } from '../../logger.ts'

/**
 * What the sender learnt and has not written yet: outcomes, claims to give back, chats that moved or are
 * gone, and a global pause. Written in batches, one batch at a time; a failed write is kept and retried.
 */
export class WriteBack {
  readonly outcomes: DeliveryOutcome[] = []
  readonly releases: ClaimedDelivery[] = []
  readonly moves: { announcementId: number; from: number; to: number }[] = []
  readonly deactivations: { chatId: number; reason: string }[] = []
  /** Edits made, failed or given back. */
  readonly edits: EditOutcome[] = []
  private pause: { ms: number; reason: string } | undefined
  private writing: Promise<void> = Promise.resolve()

  constructor(
    private readonly db: Database,
    private readonly logger: Logger,
  ) {}

  pauseAll(ms: number, reason: string) {
    this.pause = { ms: Math.max(ms, this.pause?.ms ?? 0), reason }
  }

  get size(): number {
    const pending =
      this.outcomes.length +
      this.releases.length +
      this.moves.length +
      this.deactivations.length +
      this.edits.length
    return pending + (this.pause ? 1 : 0)
  }

  /** Writes what is buffered now, after any write already under way. */
  flush(): Promise<void> {
    this.writing = this.writing.then(() => this.write())
    return this.writing
  }

  private async write() {
    const outcomes = this.outcomes.splice(0)
    const releases = this.releases.splice(0)
    const moves = this.moves.splice(0)
    const deactivations = this.deactivations.splice(0)
    const edits = this.edits.splice(0)
    const pause = this.pause
    this.pause = undefined
    try {
      if (pause) await writePause(this.db, pause.ms, pause.reason)
      await recordOutcomes(this.db, outcomes)
      await releaseClaims(this.db, releases)
      for (const move of moves) await moveDelivery(this.db, move.announcementId, move.from, move.to)
      await deactivateChats(this.db, deactivations)
      await recordEditOutcomes(this.db, edits)
    } catch (error) {
      this.logger.error({ err: error }, 'could not record delivery outcomes; retrying')
      this.outcomes.unshift(...outcomes)
      this.releases.unshift(...releases)
      this.moves.unshift(...moves)
      this.deactivations.unshift(...deactivations)
      this.edits.unshift(...edits)
      this.pause ??= pause
    }
  }
}
