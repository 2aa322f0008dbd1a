/**
 * Each report names the language of its source (report.json `language`); it must be a language
 * the data may be in, and each of those has a registered locale (whose tag the page gives the
 * source's own words).
 */
import { resolve } from 'node:path';
import { readCorpus, sha256 } from '../../src/model/read';
import { formatProblem, validateCorpus } from '../../src/model/validate';
import { DATA_LANGUAGES } from '../../src/model/languages';
import { LOCALE_IDS } from '../../src/i18n/locales';
import type { RawCorpus } from '../../src/model/types';

const FIXTURE = resolve(__dirname, '../fixtures/corpus');

/** The fixture corpus with its one report.json edited. */
function withReport(edit: (meta: Record<string, unknown>) => void): RawCorpus {
  const raw = readCorpus(FIXTURE).raw;
  const files = raw.reports[0]!.files;
  const meta = JSON.parse(files.report!) as Record<string, unknown>;
  edit(meta);
  files.report = JSON.stringify(meta);
  return raw;
}
const problemsOf = (raw: RawCorpus) => validateCorpus(raw, { sha256 }).problems.map(formatProblem);

describe('report.json language', () => {
  it('every language the data may be in has a registered locale', () => {
    for (const lang of DATA_LANGUAGES) expect(LOCALE_IDS).toContain(lang);
  });

  it('is required, and one without a locale is refused by name', () => {
    expect(problemsOf(withReport(() => {}))).toEqual([]);
    const missing = problemsOf(withReport((m) => delete m.language));
    expect(missing).toHaveLength(1);
    const declared = DATA_LANGUAGES.join(', ');
    expect(missing[0]).toMatch(new RegExp(`report\\.json.*language.*one of ${declared}`));
    const unknown = problemsOf(withReport((m) => (m.language = 'fr')));
    expect(unknown).toHaveLength(1);
    expect(unknown[0]).toMatch(new RegExp(`language.*one of ${declared}.*got "fr"`));
  });
});
