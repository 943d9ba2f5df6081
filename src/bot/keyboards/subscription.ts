import { InlineKeyboard, Keyboard } from 'grammy'
import { z } from 'zod'
import { followedCount, type SubscriptionRecord } from '../../db/repositories/subscriptions.ts'
import type { AwardLevel } from '../../domain/innovations/awards.ts'
import { findTheme, THEMES } from '../../domain/innovations/themes.ts'
import { type RegionCatalogue, regionCode, regionLabel } from '../../domain/regions/catalogue.ts'
import type { Region } from '../../domain/regions/types.ts'
import type { Translate } from '../../i18n.ts'
import { codec } from '../callback-data.ts'
import { pageOf, pageOfIndex, THEMES_PER_PAGE } from './pages.ts'
import { openScheduleButton } from './subscription-schedule.ts'

const ACTIONS = [
  /** Views: the main screen, provinces, themes (value: the page), award levels, "Berhenti semua?". */
  'menu',
  'provinces',
  'themes',
  'levels',
  'askstop',
  /** Changes: toggle everything / a province / a theme / a level group, add or remove a region or theme. */
  'all',
  'province',
  'theme',
  'level',
  'add',
  'remove',
  'stop',
  'restore',
  /** Link a channel (private chat only). */
  'channel',
] as const
type Action = (typeof ACTIONS)[number]

const actionShape = {
  action: z.enum(ACTIONS),
  value: z.string().regex(/^[\w.-]{1,16}$/),
}

/** The buttons of this chat's own subscription. */
export const subscribeData = codec('sub', actionShape)
/** The same buttons for a channel managed from the private chat: `chat` is the channel. */
export const channelSubscribeData = codec('subk', {
  chat: z.coerce.number().int().negative(),
  ...actionShape,
})

/** Whose subscription a screen shows: this chat's, or a channel's managed from this private chat. */
export type Target = { kind: 'here' } | { kind: 'channel'; chatId: number; title: string }
export const HERE: Target = { kind: 'here' }

/** The award level groups a subscriber chooses from: kabupaten and kota are one choice. */
export const LEVEL_GROUPS = {
  nasional: ['nasional'],
  provinsi: ['provinsi'],
  kabkota: ['kabupaten', 'kota'],
} as const satisfies Record<string, readonly AwardLevel[]>
export type LevelGroup = keyof typeof LEVEL_GROUPS
export const isLevelGroup = (value: string): value is LevelGroup => Object.hasOwn(LEVEL_GROUPS, value)

const NONE = '-'
/** `value` of the remove button for "everything". */
export const EVERYTHING = 'all'
/** `request_id` of the "Pilih kanal" button; its answer (`chat_shared`) carries it back. */
export const CHANNEL_REQUEST_ID = 14

type Button = ReturnType<typeof InlineKeyboard.text>

/** Button builders that act on one target's subscription. */
function buttonsFor(target: Target) {
  return (label: string, action: Action, value = NONE): Button =>
    InlineKeyboard.text(
      label,
      target.kind === 'here'
        ? subscribeData.pack({ action, value })
        : channelSubscribeData.pack({ chat: target.chatId, action, value }),
    )
}
const checked = (label: string, on: boolean) => (on ? `✅ ${label}` : label)

/** A channel the person manages, as the switcher shows it. */
export interface ManagedChannel {
  chatId: number
  title: string
}

export interface MainKeyboardView {
  sub: SubscriptionRecord | undefined
  regions: RegionCatalogue
  target: Target
  /** In a private chat: the channels it manages (switch to one), and whether "Kanal" is offered. */
  channels?: readonly ManagedChannel[]
}

/**
 * The subscription screen: everything, choose provinces / themes / levels, one "✕" button per region and
 * theme followed, restore the list from before /berhenti, switch between this chat and its channels, stop.
 */
export function mainKeyboard(t: Translate, view: MainKeyboardView) {
  const { sub, target } = view
  const button = buttonsFor(target)
  const active = sub?.active === true
  const keyboard = new InlineKeyboard()
    .add(button(checked(t('subscribe-button-everything'), active && sub.everything), 'all'))
    .row()
    .add(button(t('subscribe-button-provinces'), 'provinces'), button(t('subscribe-button-themes'), 'themes'))
    .row()
    .add(button(t('subscribe-button-levels'), 'levels'))
  const removals = active ? removeButtons(t, view.regions, sub, button) : []
  removals.forEach((item, index) => {
    if (index % 2 === 0) keyboard.row()
    keyboard.add(item)
  })
  if (sub?.previousFilters) keyboard.row().add(button(t('subscribe-button-restore'), 'restore'))
  if (target.kind === 'channel') {
    keyboard
      .row()
      .add(
        InlineKeyboard.text(
          t('subscribe-button-this-chat'),
          subscribeData.pack({ action: 'menu', value: NONE }),
        ),
      )
  } else if (view.channels) {
    keyboard.row()
    for (const channel of view.channels) {
      keyboard.add(
        InlineKeyboard.text(
          `📢 ${channel.title}`,
          channelSubscribeData.pack({ chat: channel.chatId, action: 'menu', value: NONE }),
        ),
      )
    }
    keyboard.add(button(t('subscribe-button-channel'), 'channel'))
  }
  if (!active) return keyboard
  // The schedule (instant or digest, time zone, quiet hours) is set for the chat the screen is in.
  if (target.kind === 'here') keyboard.row().add(openScheduleButton(t))
  const several = sub && followedCount(sub) > 1
  return keyboard.row().add(button(t('subscribe-button-stop'), several ? 'askstop' : 'stop'))
}

/** "✕ Sulawesi Selatan", "✕ Kabupaten Magetan", "✕ Kesehatan": each removes what it names. */
function removeButtons(
  t: Translate,
  regions: RegionCatalogue,
  sub: SubscriptionRecord,
  button: ReturnType<typeof buttonsFor>,
): Button[] {
  const remove = (label: string | undefined, value: string) =>
    label ? [button(`✕ ${label}`, 'remove', value)] : []
  return [
    ...(sub.everything ? remove(t('subscribe-button-everything'), EVERYTHING) : []),
    ...sub.provinceCodes.flatMap((code) => remove(regions.province(code)?.name, code)),
    ...sub.regencyCodes.flatMap((code) => remove(regions.regency(code)?.officialName, code)),
    ...sub.themes.flatMap((slug) => remove(findTheme(slug)?.label, slug)),
  ]
}

/** "Maksud Anda …?" after a misspelt removal: one tap removes the region guessed, Batal changes nothing. */
export function confirmRemovalKeyboard(t: Translate, target: Target, label: string, value: string) {
  const button = buttonsFor(target)
  return new InlineKeyboard().add(
    button(`✕ ${label}`, 'remove', value),
    button(t('subscribe-button-cancel'), 'menu'),
  )
}

/** "Berhenti semua?": yes stops, Batal goes back to the screen. */
export function askStopKeyboard(t: Translate, target: Target) {
  const button = buttonsFor(target)
  return new InlineKeyboard().add(
    button(t('subscribe-button-stop-yes'), 'stop'),
    button(t('subscribe-button-cancel'), 'menu'),
  )
}

/** Buttons in rows of `columns`, then a row to turn pages (if any), then Kembali. */
function gridKeyboard(
  t: Translate,
  target: Target,
  buttons: Button[],
  columns: number,
  turns: Button[] = [],
) {
  const keyboard = new InlineKeyboard()
  buttons.forEach((item, index) => {
    if (index > 0 && index % columns === 0) keyboard.row()
    keyboard.add(item)
  })
  if (turns.length > 0) keyboard.row().add(...turns)
  return keyboard.row().add(buttonsFor(target)(t('subscribe-button-back'), 'menu'))
}

/** All provinces, three a row, the chosen ones ticked. */
export function provincesKeyboard(
  t: Translate,
  regions: RegionCatalogue,
  sub: SubscriptionRecord | undefined,
  target: Target = HERE,
) {
  const button = buttonsFor(target)
  const chosen = new Set(sub?.active ? sub.provinceCodes : [])
  const buttons = regions.provinces.map((province) =>
    button(checked(province.name, chosen.has(province.code)), 'province', province.code),
  )
  return gridKeyboard(t, target, buttons, 3)
}

/** The page of the themes view that shows this theme (after it is toggled, the same page is redrawn). */
export function themesPageOf(slug: string): number {
  return pageOfIndex(
    THEMES.findIndex((theme) => theme.slug === slug),
    THEMES_PER_PAGE,
  )
}

/** One page of the catalogue's themes, two a row, the chosen ones ticked, with buttons to turn pages. */
export function themesKeyboard(
  t: Translate,
  sub: SubscriptionRecord | undefined,
  page: number,
  target: Target = HERE,
) {
  const button = buttonsFor(target)
  const chosen = new Set(sub?.active ? sub.themes : [])
  const shown = pageOf(THEMES, page, THEMES_PER_PAGE)
  const turns = [
    ...(shown.page > 0 ? [button(t('page-previous'), 'themes', String(shown.page - 1))] : []),
    ...(shown.page < shown.pages - 1 ? [button(t('page-next'), 'themes', String(shown.page + 1))] : []),
  ]
  return gridKeyboard(
    t,
    target,
    shown.items.map((theme) => button(checked(theme.label, chosen.has(theme.slug)), 'theme', theme.slug)),
    2,
    turns,
  )
}

/** The three award levels, the followed ones ticked (none ticked: every level). */
export function levelsKeyboard(t: Translate, sub: SubscriptionRecord | undefined, target: Target = HERE) {
  const button = buttonsFor(target)
  const followed = sub?.awardLevels ?? []
  const buttons = (Object.keys(LEVEL_GROUPS) as LevelGroup[]).map((group) =>
    button(
      checked(
        t(`subscribe-level-${group}`),
        LEVEL_GROUPS[group].every((level) => followed.includes(level)),
      ),
      'level',
      group,
    ),
  )
  return gridKeyboard(t, target, buttons, 3)
}

/** One button per region a name may mean ("bandung"), to subscribe to the one chosen. */
export function regionChoiceKeyboard(candidates: readonly Region[]) {
  const keyboard = new InlineKeyboard()
  for (const region of candidates.slice(0, 8))
    keyboard.add(buttonsFor(HERE)(regionLabel(region), 'add', regionCode(region))).row()
  return keyboard
}

/**
 * The reply keyboard that lets a person pick one of their channels: Telegram lists only channels where
 * they may post and where the bot can be (or is) an admin that posts, and adds the bot when needed.
 */
export function channelRequestKeyboard(t: Translate) {
  return new Keyboard()
    .requestChat(t('subscribe-channel-pick'), CHANNEL_REQUEST_ID, {
      chat_is_channel: true,
      user_administrator_rights: POSTING_RIGHTS,
      bot_administrator_rights: POSTING_RIGHTS,
      request_title: true,
    })
    .row()
    .text(t('subscribe-channel-cancel'))
    .resized()
    .oneTime()
}

/** Telegram's ChatAdministratorRights asking only that one may post in the channel. */
const POSTING_RIGHTS = {
  is_anonymous: false,
  can_manage_chat: false,
  can_delete_messages: false,
  can_manage_video_chats: false,
  can_restrict_members: false,
  can_promote_members: false,
  can_change_info: false,
  can_invite_users: false,
  can_post_stories: false,
  can_edit_stories: false,
  can_delete_stories: false,
  can_send_welcome_messages: false,
  can_post_messages: true,
}
