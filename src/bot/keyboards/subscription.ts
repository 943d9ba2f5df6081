import { InlineKeyboard } from 'grammy'
import { z } from 'zod'
import type { SubscriptionRecord } from '../../db/repositories/subscriptions.ts'
import { THEMES } from '../../domain/innovations/themes.ts'
import { type RegionCatalogue, regionCode, regionLabel } from '../../domain/regions/catalogue.ts'
import type { Region } from '../../domain/regions/types.ts'
import type { Translate } from '../../i18n.ts'
import { codec } from '../callback-data.ts'
import { pageOf, pageOfIndex, THEMES_PER_PAGE } from './pages.ts'
import { openScheduleButton } from './subscription-schedule.ts'

/**
 * Subscription buttons: open a view (the themes view on a page: value "0", "1"…), toggle everything /
 * a province / a theme, add a region, stop.
 */
export const subscribeData = codec('sub', {
  action: z.enum(['menu', 'provinces', 'themes', 'all', 'province', 'theme', 'add', 'stop']),
  value: z.string().regex(/^[\w.-]{1,16}$/),
})

const NONE = '-'

type Action = Parameters<typeof subscribeData.pack>[0]['action']

const button = (label: string, action: Action, value = NONE) =>
  InlineKeyboard.text(label, subscribeData.pack({ action, value }))
const checked = (label: string, on: boolean) => (on ? `✅ ${label}` : label)

/** The subscription view: everything, choose provinces or themes, and stop while subscribed. */
export function mainKeyboard(t: Translate, sub: SubscriptionRecord | undefined) {
  const active = sub?.active === true
  const keyboard = new InlineKeyboard()
    .add(button(checked(t('subscribe-button-everything'), active && sub.everything), 'all'))
    .row()
    .add(button(t('subscribe-button-provinces'), 'provinces'), button(t('subscribe-button-themes'), 'themes'))
  return active
    ? keyboard
        .row()
        .add(openScheduleButton(t))
        .row()
        .add(button(t('subscribe-button-stop'), 'stop'))
    : keyboard
}

/** Buttons in rows of `columns`, then a row to turn pages (if any), then Kembali. */
function gridKeyboard(
  t: Translate,
  buttons: InlineKeyboardButtonLike[],
  columns: number,
  turns: InlineKeyboardButtonLike[] = [],
) {
  const keyboard = new InlineKeyboard()
  buttons.forEach((item, index) => {
    if (index > 0 && index % columns === 0) keyboard.row()
    keyboard.add(item)
  })
  if (turns.length > 0) keyboard.row().add(...turns)
  return keyboard.row().add(button(t('subscribe-button-back'), 'menu'))
}

type InlineKeyboardButtonLike = ReturnType<typeof button>

/** All provinces, three a row, the chosen ones ticked. */
export function provincesKeyboard(
  t: Translate,
  regions: RegionCatalogue,
  sub: SubscriptionRecord | undefined,
) {
  const chosen = new Set(sub?.active ? sub.provinceCodes : [])
  const buttons = regions.provinces.map((province) =>
    button(checked(province.name, chosen.has(province.code)), 'province', province.code),
  )
  return gridKeyboard(t, buttons, 3)
}

/** The page of the themes view that shows this theme (after it is toggled, the same page is redrawn). */
export function themesPageOf(slug: string): number {
  return pageOfIndex(
    THEMES.findIndex((theme) => theme.slug === slug),
    THEMES_PER_PAGE,
  )
}

/** One page of the catalogue's themes, two a row, the chosen ones ticked, with buttons to turn pages. */
export function themesKeyboard(t: Translate, sub: SubscriptionRecord | undefined, page: number) {
  const chosen = new Set(sub?.active ? sub.themes : [])
  const shown = pageOf(THEMES, page, THEMES_PER_PAGE)
  const turns = [
    ...(shown.page > 0 ? [button(t('page-previous'), 'themes', String(shown.page - 1))] : []),
    ...(shown.page < shown.pages - 1 ? [button(t('page-next'), 'themes', String(shown.page + 1))] : []),
  ]
  return gridKeyboard(
    t,
    shown.items.map((theme) => button(checked(theme.label, chosen.has(theme.slug)), 'theme', theme.slug)),
    2,
    turns,
  )
}

/** One button per region a name may mean ("bandung"), to subscribe to the one chosen. */
export function regionChoiceKeyboard(candidates: readonly Region[]) {
  const keyboard = new InlineKeyboard()
  for (const region of candidates.slice(0, 8))
    keyboard.add(button(regionLabel(region), 'add', regionCode(region))).row()
  return keyboard
}
