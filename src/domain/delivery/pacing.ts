/**
 * Telegram's limits for a bot, as the pacer applies them. Times are milliseconds on any monotonic clock
 * the caller owns; the pacer never reads a clock itself.
 */
export interface PacingLimits {
  /** Sends in any one-second window over all chats; `Infinity` lifts the limit. */
  perSecond: number
  /** Least time between two sends to one chat. */
  chatIntervalMs: number
  /** Sends to one group in any one-minute window. */
  groupPerMinute: number
  /** Added to every window, for safety. */
  marginMs: number
}

/** Below Telegram's limits (about 30 a second overall, 1 a second per chat, 20 a minute per group). */
export const DEFAULT_PACING: PacingLimits = {
  perSecond: 25,
  chatIntervalMs: 1000,
  groupPerMinute: 20,
  marginMs: 5,
}

/** A chat as the pacer sees it: groups have a per-minute limit too. */
export interface PacedChat {
  id: number
  isGroup: boolean
}

/** One send, from `begin` to `end`: the window places it holds until it is answered. */
export interface SendTicket {
  readonly chat: PacedChat
  readonly slots: readonly { done: number }[]
}

/**
 * A planner for sends. `earliest` says when a send to a chat may begin (never before `now`;
 * `Infinity` while it must wait for an answer); `begin` records a send, `end` its answer (or failure).
 *
 * The windows count from answers, not from requests: a send may begin only once the send `limit`
 * places before it was answered at least a window ago. Telegram receives a request after it was sent
 * and before it answers, so however the requests are delayed on their way (network, a busy event
 * loop), no window at Telegram's end ever holds more than the limit. Sends are also spread evenly
 * (at least 0.9 of the even spacing apart), so a backlog leaves smoothly rather than in bursts.
 */
export interface Pacer {
  earliest(chat: PacedChat, now: number): number
  begin(chat: PacedChat, now: number): SendTicket
  end(ticket: SendTicket, now: number): void
  /** Forgets chats whose sends all ended over a minute ago; call now and then to bound memory. */
  prune(now: number): void
}

const SECOND_MS = 1000
const MINUTE_MS = 60_000
const SPREAD = 0.9

interface Slot {
  done: number
}

/** At most `limit` sends in any `windowMs`, counted from their answers (see `Pacer`). */
class AnswerWindow {
  private readonly open: Slot[] = []
  private aged = Number.NEGATIVE_INFINITY
  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
  ) {}

  earliest(): number {
    const oldest = this.open.length >= this.limit ? this.open[0] : undefined
    return Math.max(this.aged, oldest?.done ?? Number.NEGATIVE_INFINITY) + this.windowMs
  }

  begin(): Slot {
    const slot = { done: Number.POSITIVE_INFINITY }
    this.open.push(slot)
    while (this.open.length > this.limit) {
      const oldest = this.open.shift()
      if (oldest) this.aged = Math.max(this.aged, oldest.done)
    }
    return slot
  }

  /** The latest answer it knows of (Infinity while a send is unanswered). */
  latest(): number {
    return this.open.reduce((latest, slot) => Math.max(latest, slot.done), this.aged)
  }
}

interface ChatWindows {
  spacing: AnswerWindow
  group?: AnswerWindow
}

/** Builds a pacer for these limits (see `Pacer`). */
export function createPacer(limits: PacingLimits = DEFAULT_PACING): Pacer {
  const capped = Number.isFinite(limits.perSecond)
  const perSecond = Math.max(1, Math.floor(limits.perSecond))
  const global = capped ? new AnswerWindow(perSecond, SECOND_MS + limits.marginMs) : undefined
  const gap = capped ? (SPREAD * (SECOND_MS + limits.marginMs)) / limits.perSecond : 0
  let lastBegin = Number.NEGATIVE_INFINITY
  const chats = new Map<number, ChatWindows>()

  const windowsOf = (chat: PacedChat) => {
    let windows = chats.get(chat.id)
    if (!windows) {
      windows = { spacing: new AnswerWindow(1, limits.chatIntervalMs) }
      chats.set(chat.id, windows)
    }
    if (chat.isGroup)
      windows.group ??= new AnswerWindow(Math.max(1, limits.groupPerMinute), MINUTE_MS + limits.marginMs)
    return windows
  }

  return {
    earliest(chat, now) {
      let at = Math.max(now, lastBegin + gap)
      if (global) at = Math.max(at, global.earliest())
      const windows = chats.get(chat.id)
      if (windows) {
        at = Math.max(at, windows.spacing.earliest())
        if (chat.isGroup && windows.group) at = Math.max(at, windows.group.earliest())
      }
      return at
    },
    begin(chat, now) {
      lastBegin = now
      const windows = windowsOf(chat)
      const slots = [windows.spacing.begin()]
      if (global) slots.push(global.begin())
      if (windows.group) slots.push(windows.group.begin())
      return { chat, slots }
    },
    end(ticket, now) {
      for (const slot of ticket.slots as Slot[]) slot.done = now
    },
    prune(now) {
      for (const [id, windows] of chats) {
        const latest = Math.max(windows.spacing.latest(), windows.group?.latest() ?? Number.NEGATIVE_INFINITY)
        if (now - latest > MINUTE_MS + limits.marginMs) chats.delete(id)
      }
    },
  }
}
