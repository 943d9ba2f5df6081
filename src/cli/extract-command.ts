import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { extractInnovations } from '../domain/extraction/extract.ts'
import type { InnovationDraft } from '../domain/extraction/types.ts'
import type { RegionCatalogue } from '../domain/regions/catalogue.ts'
import type { Translate } from '../i18n.ts'

export interface ExtractArgs {
  file: string | undefined
  json: boolean
}

/** The `--json` form of one draft: official region names or null, the award's title, a confidence per field. */
export function draftJson(draft: InnovationDraft) {
  const { region, confidence } = draft
  return {
    name: draft.name,
    expansion: draft.expansion,
    agency: draft.agency,
    regency: region?.kind === 'regency' ? region.regency.officialName : null,
    province: region ? region.province.name : null,
    year: draft.year,
    award: draft.award?.title ?? null,
    confidence: {
      name: confidence.name,
      expansion: confidence.expansion,
      agency: confidence.agency,
      regency: region?.kind === 'regency' ? confidence.region : 0,
      province: region ? confidence.region : 0,
      year: confidence.year,
      award: confidence.award,
    },
  }
}

function draftLines(t: Translate, draft: InnovationDraft, number: number): string[] {
  const json = draftJson(draft)
  const name = json.expansion ? `${json.name} (${json.expansion})` : json.name
  const place = [json.regency, json.province].filter(Boolean).join(', ')
  const unknown = t('cli-extract-unknown')
  return [
    t('cli-extract-item', { number, name }),
    `   ${t('cli-extract-agency', { agency: json.agency ?? unknown })}`,
    `   ${t('cli-extract-region', { region: place || unknown })}`,
    `   ${t('cli-extract-year', { year: json.year === null ? unknown : String(json.year) })}`,
    `   ${t('cli-extract-award', { award: json.award ?? unknown })}`,
  ]
}

/**
 * `extract [--json] FILE` (`-` reads standard input): the innovations an award article names, as drafts.
 * Needs only the regions, never the database.
 */
export async function extractCommand(
  args: ExtractArgs,
  loadRegions: () => Promise<RegionCatalogue>,
  t: Translate,
  readInput: () => Promise<string>,
  thisYear: number,
) {
  if (!args.file) return { exitCode: 1, lines: [t('cli-extract-file-required')] }
  if (args.file !== '-' && !existsSync(args.file))
    return { exitCode: 1, lines: [t('cli-file-missing', { file: args.file })] }
  const text = args.file === '-' ? await readInput() : await readFile(args.file, 'utf8')
  if (text.trim() === '') return { exitCode: 1, lines: [t('cli-extract-empty')] }
  const drafts = extractInnovations(text, { regions: await loadRegions(), thisYear })
  if (args.json) return { exitCode: 0, lines: [JSON.stringify({ innovations: drafts.map(draftJson) })] }
  if (drafts.length === 0) return { exitCode: 0, lines: [t('cli-extract-none')] }
  return {
    exitCode: 0,
    lines: [
      t('cli-extract-found', { count: drafts.length }),
      ...drafts.flatMap((draft, i) => draftLines(t, draft, i + 1)),
    ],
  }
}

/** Everything on standard input, as text. */
export async function readStandardInput(input: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of input)
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer))
  return Buffer.concat(chunks).toString('utf8')
}
