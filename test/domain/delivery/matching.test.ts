import { describe, expect, it } from 'vitest'
import { followedIn, innovationsFor, reachOf } from '../../../src/domain/delivery/matching.ts'
import type { SubscriptionFilters } from '../../../src/domain/delivery/policy.ts'

const JEKMIL = { id: 1, provinceCode: '35', regencyCode: '35.20', themes: ['kesehatan'] }
const TAQUIAS = { id: 2, provinceCode: '33', regencyCode: '33.04', themes: ['pendidikan'] }
const SULSEL = { id: 3, provinceCode: '73', regencyCode: null, themes: ['kesehatan', 'pendidikan'] }
const TOP_99 = [JEKMIL, TAQUIAS, SULSEL]

const filters = (chosen: Partial<SubscriptionFilters>): SubscriptionFilters => ({
  everything: false,
  provinceCodes: [],
  regencyCodes: [],
  themes: [],
  awardLevels: [],
  ...chosen,
})

describe('what one push lists to one chat', () => {
  it('lists only the innovations the chat follows, each matched alone', () => {
    const sulsel = filters({ provinceCodes: ['73'] })
    expect(innovationsFor(sulsel, TOP_99, 'nasional')).toEqual([SULSEL])
    const health = filters({ themes: ['kesehatan'] })
    expect(innovationsFor(health, TOP_99, 'nasional')).toEqual([JEKMIL, SULSEL])
    expect(innovationsFor(filters({ everything: true }), TOP_99, 'nasional')).toEqual(TOP_99)
    expect(innovationsFor(filters({ provinceCodes: ['51'] }), TOP_99, 'nasional')).toEqual([])
  })

  it('lists nothing of an award at a level the chat does not follow', () => {
    const regencyAwards = filters({ themes: ['kesehatan'], awardLevels: ['kabupaten', 'kota'] })
    expect(innovationsFor(regencyAwards, TOP_99, 'nasional')).toEqual([])
    expect(innovationsFor(regencyAwards, TOP_99, 'kabupaten')).toEqual([JEKMIL, SULSEL])
  })

  it('says which of the chat’s filters brought it, per dimension', () => {
    const chat = filters({ provinceCodes: ['73', '51'], themes: ['kesehatan', 'pariwisata'] })
    expect(followedIn(chat, innovationsFor(chat, TOP_99, 'nasional'))).toEqual({
      provinceCodes: ['73'],
      regencyCodes: [],
      themes: ['kesehatan'],
    })
  })

  it('reaches the regions and themes of the innovations named, once each', () => {
    expect(reachOf(TOP_99, 'nasional')).toEqual({
      provinceCodes: ['35', '33', '73'],
      regencyCodes: ['35.20', '33.04'],
      themes: ['kesehatan', 'pendidikan'],
      levels: ['nasional'],
    })
  })
})
