import { describe, expect, it } from 'vitest'
import { decideEdit, type EditFailure } from '../../../src/domain/delivery/edits.ts'
import { DEFAULT_RETRY_POLICY } from '../../../src/domain/delivery/policy.ts'

describe('what becomes of an edit of a message already sent', () => {
  it.each<[string, EditFailure | undefined, ReturnType<typeof decideEdit>['kind']]>([
    ['edited', undefined, 'done'],
    ['already showing this text (made again after a crash)', { kind: 'not-modified' }, 'done'],
    ['deleted by the chat', { kind: 'message-gone', description: 'message to edit not found' }, 'give-up'],
    ['in a chat that blocked the bot', { kind: 'chat-gone', reason: 'blocked' }, 'give-up'],
    ['refused for good', { kind: 'rejected', description: 'Bad Request: message is too long' }, 'give-up'],
    ['a 5xx', { kind: 'server-error' }, 'retry'],
    ['an answer that never came', { kind: 'unknown-outcome' }, 'retry'],
  ])('%s: %s', (_what, failure, kind) => {
    expect(decideEdit(failure, 1).kind).toBe(kind)
  })

  it('waits out a 429 with every other send and edit', () => {
    expect(decideEdit({ kind: 'rate-limited', retryAfterS: 7 }, 1)).toEqual({
      kind: 'retry',
      afterMs: 7000,
      pauseAll: true,
    })
  })

  it('gives up after the attempts the retry policy allows, recording why', () => {
    expect(decideEdit({ kind: 'server-error' }, DEFAULT_RETRY_POLICY.maxAttempts)).toEqual({
      kind: 'give-up',
      reason: `gave up after ${DEFAULT_RETRY_POLICY.maxAttempts} attempts`,
    })
  })
})
