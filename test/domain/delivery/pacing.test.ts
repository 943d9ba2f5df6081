import { describe, expect, it } from 'vitest'
import { createPacer, type PacedChat, type PacingLimits } from '../../../src/domain/delivery/pacing.ts'

const LIMITS: PacingLimits = { perSecond: 25, chatIntervalMs: 1000, groupPerMinute: 20, marginMs: 0 }
const person = (id: number): PacedChat => ({ id, isGroup: false })
const group = (id: number): PacedChat => ({ id: -id, isGroup: true })

/** Sends as fast as the pacer allows, each answered `latencyMs` after it began; returns the begin times. */
function drive(chats: readonly PacedChat[], limits = LIMITS, latencyMs = 0) {
  const pacer = createPacer(limits)
  const answers: { at: number; ticket: ReturnType<typeof pacer.begin> }[] = []
  const begins: number[] = []
  let now = 0
  for (const chat of chats) {
    for (;;) {
      for (const answer of answers.filter((a) => a.at <= now)) pacer.end(answer.ticket, answer.at)
      answers.splice(0, answers.length, ...answers.filter((a) => a.at > now))
      const at = pacer.earliest(chat, now)
      if (at <= now) break
      now = Number.isFinite(at) ? at : Math.min(...answers.map((a) => a.at))
    }
    answers.push({ at: now + latencyMs, ticket: pacer.begin(chat, now) })
    begins.push(now)
  }
  return begins
}

const busiest = (times: readonly number[], windowMs: number) =>
  Math.max(...times.map((start) => times.filter((t) => t >= start && t < start + windowMs).length))

describe('pacing sends', () => {
  it('lets 25 sends a second through, spread out, and never 26 in any second', () => {
    const begins = drive(Array.from({ length: 200 }, (_, i) => person(i)))
    expect(busiest(begins, 1000)).toBe(25)
    expect(begins[25]).toBeGreaterThanOrEqual(1000)
    expect(begins[1]).toBeGreaterThanOrEqual(36)
    expect(begins.at(-1)).toBeLessThan(8100)
  })

  it('counts the window from the answers, so slow answers slow the sending down', () => {
    const begins = drive(
      Array.from({ length: 60 }, (_, i) => person(i)),
      LIMITS,
      300,
    )
    expect(begins[25]).toBeGreaterThanOrEqual(1300)
    expect(begins[50]).toBeGreaterThanOrEqual(2600)
  })

  it('keeps a second between two sends to one person', () => {
    const begins = drive([person(1), person(1), person(1)])
    expect(begins).toEqual([0, 1000, 2000])
  })

  it('sends no more than 20 a minute to one group', () => {
    const begins = drive(Array.from({ length: 21 }, () => group(7)))
    expect(begins[19]).toBe(19_000)
    expect(begins[20]).toBe(60_000)
  })

  it('does not hold back one chat for another', () => {
    const pacer = createPacer(LIMITS)
    pacer.end(pacer.begin(person(1), 0), 5)
    expect(pacer.earliest(person(1), 100)).toBe(1005)
    expect(pacer.earliest(person(2), 100)).toBe(100)
  })

  it('lifts the overall limit when it is Infinity (per-chat spacing stays)', () => {
    const begins = drive(
      Array.from({ length: 500 }, (_, i) => person(i)),
      { ...LIMITS, perSecond: Infinity },
    )
    expect(begins.at(-1)).toBe(0)
  })
})
