/**
 * The glossary: union terms a reader outside the system needs, each with its preferred English,
 * a one-sentence explanation in both languages, and the figures and panels that use it.
 *
 * The validator's glossary check (checks/glossary.ts, with the helpers below and the matching
 * rules of glossary-terms.ts) checks that
 * - ids are unique kebab-case, and every id in `uses` is a real figure or panel whose Chinese label
 *   / quote (figure) or title (panel) does contain the term;
 * - one English rendering per term: wherever a checked Chinese text (figure label, panel title,
 *   theme name and description, event label, section heading) contains the term (`zh` or one of
 *   `zhForms`), its English counterpart contains the preferred English (`en`) or one of the
 *   accepted variants (`enForms`), compared case-insensitively with straight and curly quotes
 *   alike; and no checked English text contains a rendering the glossary rules out (`enAvoid`,
 *   e.g. “union dues” for 工会经费).
 */
import { z } from 'zod';
import { localizedSchema, type Localized } from './schema.ts';
import { KEBAB_ID, KEBAB_ID_RULE } from './ids.ts';
import { enFormsOf, enRendersTerm, foldEnglish, zhFormsOf, zhUsesTerm } from './glossary-terms.ts';

const kebabId = z.string().regex(KEBAB_ID, KEBAB_ID_RULE);

export const glossaryTermSchema = z.strictObject({
  id: kebabId,
  /** The term as the article writes it: 工会经费. */
  zh: z.string().min(1),
  /** The preferred English rendering: "union levy". */
  en: z.string().min(1),
  explain: localizedSchema,
  /** Ids of the figures or panels whose label, quote or title uses the term. */
  uses: z.array(kebabId),
  /** Other Chinese forms that count as the term (全总 for 全国总工会). */
  zhForms: z.array(z.string().min(1)).optional(),
  /** Other English renderings accepted beside `en` (plural or hyphenated forms, a full name). */
  enForms: z.array(z.string().min(1)).optional(),
  /** English renderings that must not be used for this term anywhere checked. */
  enAvoid: z.array(z.string().min(1)).optional(),
  /**
   * Compare the English forms with their capitals: a title of honour (“Workers’ Home”) must not
   * match the plain words (“model workers’ homes”, the homes of model workers).
   */
  enExactCase: z.boolean().optional(),
});
export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;

export const GLOSSARY_FILE = 'data/glossary.json';

/** A zh/en pair the consistency rule checks, with where it comes from for the message. */
export interface CheckedText {
  file: string;
  record: string;
  field: string;
  text: Localized;
}

export interface GlossaryProblem {
  file: string;
  record?: string;
  field?: string;
  message: string;
}

/**
 * The consistency rule alone, for any zh/en pairs (the validator passes the data's; a unit test
 * passes the UI strings). Returns one problem per text and term.
 */
export function checkTermConsistency(
  terms: readonly GlossaryTerm[],
  texts: readonly CheckedText[],
): GlossaryProblem[] {
  const problems: GlossaryProblem[] = [];
  for (const { file, record, field, text } of texts) {
    for (const term of terms) {
      if (zhUsesTerm(text.zh, term) && !enRendersTerm(text.en, term)) {
        problems.push({
          file,
          record,
          field: `${field}.en`,
          message: `"${text.en}" does not render glossary term ${term.zh} ("${term.id}") as "${enFormsOf(term).join('" or "')}" (the zh "${text.zh}" uses it)`,
        });
      }
      const folded = foldEnglish(text.en);
      for (const avoid of term.enAvoid ?? []) {
        if (folded.includes(foldEnglish(avoid)))
          problems.push({
            file,
            record,
            field: `${field}.en`,
            message: `"${text.en}" says "${avoid}", which the glossary rules out for ${term.zh} ("${term.id}"); use "${term.en}"`,
          });
      }
    }
  }
  return problems;
}

/** The parts of the dataset the glossary check reads. Structural types: no import cycle. */
export interface GlossaryContext {
  figures?: readonly { id: string; label: Localized; quote?: string }[];
  panels?: readonly { id: string; title: Localized }[];
  themes?: readonly { id: string; name: Localized; description: Localized }[];
  events?: readonly { id: string; label: Localized }[];
  sections?: readonly { id: string; heading: Localized }[];
  /** Where each kind of record given lives (`data/reports/<id>/figures.json` …), for messages. */
  files: Partial<Record<'figures' | 'panels' | 'themes' | 'events' | 'sections', string>>;
}

/** Every zh/en pair of the data that names things: labels, titles, themes, events, headings. */
export function glossaryCheckedTexts(ctx: GlossaryContext): CheckedText[] {
  const { figures = '', panels = '', themes = '', events = '', sections = '' } = ctx.files;
  const files = { figures, panels, themes, events, sections };
  return [
    ...(ctx.figures ?? []).map((f) => ({
      file: files.figures,
      record: `figure "${f.id}"`,
      field: 'label',
      text: f.label,
    })),
    ...(ctx.panels ?? []).map((p) => ({
      file: files.panels,
      record: `panel "${p.id}"`,
      field: 'title',
      text: p.title,
    })),
    ...(ctx.themes ?? []).flatMap((t) => [
      { file: files.themes, record: `theme "${t.id}"`, field: 'name', text: t.name },
      {
        file: files.themes,
        record: `theme "${t.id}"`,
        field: 'description',
        text: t.description,
      },
    ]),
    ...(ctx.events ?? []).map((e) => ({
      file: files.events,
      record: `event "${e.id}"`,
      field: 'label',
      text: e.label,
    })),
    ...(ctx.sections ?? []).map((s) => ({
      file: files.sections,
      record: `section "${s.id}"`,
      field: 'heading',
      text: s.heading,
    })),
  ];
}

/** Ids and terms unique; every id in `uses` names a figure or panel containing the term. */
export function checkGlossaryEntries(
  terms: readonly GlossaryTerm[],
  ctx: Pick<GlossaryContext, 'figures' | 'panels'>,
  problems: GlossaryProblem[],
): void {
  const seen = new Set<string>();
  const zhSeen = new Set<string>();
  terms.forEach((term, i) => {
    const record = `term "${term.id}"`;
    if (seen.has(term.id))
      problems.push({ file: GLOSSARY_FILE, record, field: 'id', message: 'duplicate id' });
    seen.add(term.id);
    if (zhSeen.has(term.zh))
      problems.push({
        file: GLOSSARY_FILE,
        record,
        field: 'zh',
        message: `term ${term.zh} is listed twice (entry #${i})`,
      });
    zhSeen.add(term.zh);
  });

  const figures = new Map((ctx.figures ?? []).map((f) => [f.id, f]));
  const panels = new Map((ctx.panels ?? []).map((p) => [p.id, p]));
  if (ctx.figures && ctx.panels) {
    for (const term of terms) {
      for (const id of term.uses) {
        const figure = figures.get(id);
        const panel = panels.get(id);
        const record = `term "${term.id}"`;
        if (!figure && !panel) {
          problems.push({
            file: GLOSSARY_FILE,
            record,
            field: 'uses',
            message: `"${id}" is neither a figure nor a panel of any report`,
          });
          continue;
        }
        const texts = figure ? [figure.label.zh, figure.quote ?? ''] : [panel!.title.zh];
        if (!texts.some((text) => zhUsesTerm(text, term)))
          problems.push({
            file: GLOSSARY_FILE,
            record,
            field: 'uses',
            message: `${figure ? 'figure' : 'panel'} "${id}" does not contain ${zhFormsOf(term).join(' / ')} in its ${figure ? 'label or quote' : 'title'}`,
          });
      }
    }
  }
}
