// Data texts are keyed by language: zh and en required, any other data language optional, an
// unknown key refused naming the file, the record and the field. Where a text has no version in
// the reader's language, the page shows its English one.
import { resolve } from 'node:path';
import { localizedSchema, localizedSchemaFor } from '../../src/model/schema';
import { readCorpus, sha256 } from '../../src/model/read';
import { formatProblem, validateCorpus } from '../../src/model/validate';
import { pickText } from '../../src/i18n/locales';
import { baseUnitName, formatBaseValue } from '../../src/format';
import { UNITS } from '../fixtures/units';
import { ug } from '../fixtures/locale-ug';
import { DATA_LANGUAGES } from '../../src/model/languages';

const declared = DATA_LANGUAGES.join(', ');

/** The schema of a corpus whose data languages include Uyghur. */
const withUg = localizedSchemaFor(['zh', 'en', 'ug']);

describe('a data text in a third language', () => {
  it('is read by a locale of that language when the text has it', () => {
    const text = withUg.parse({ zh: '工会', en: 'Trade union', ug: 'ئىشچىلار ئۇيۇشمىسى' });
    expect(pickText(text, ug)).toBe('ئىشچىلار ئۇيۇشمىسى');
    expect(pickText(text, 'en')).toBe('Trade union');
    expect(pickText(text, 'zh')).toBe('工会');
  });

  it('is optional: without it that locale reads the English', () => {
    const text = withUg.parse({ zh: '工会', en: 'Trade union' });
    expect(pickText(text, ug)).toBe('Trade union');
  });

  it('falls back to English even for a locale that names no fallback', () => {
    const alone = { ...ug, id: 'ug-alone', textFrom: ['ug'] };
    expect(pickText(withUg.parse({ zh: '工会', en: 'Trade union' }), alone)).toBe('Trade union');
  });

  it('a unit without a print style in that language prints as in English', () => {
    const alone = { ...ug, id: 'ug-alone', textFrom: ['ug'] };
    expect(formatBaseValue(2, 'persons', alone, { units: UNITS })).toBe('2 people');
    expect(baseUnitName('households', alone, UNITS)).toBe('households');
  });

  it('never replaces the required zh and en', () => {
    expect(withUg.safeParse({ zh: '工会', ug: 'ئۇيۇشما' }).success).toBe(false);
    expect(withUg.safeParse({ en: 'Trade union', ug: 'ئۇيۇشما' }).success).toBe(false);
  });
});

describe('a data text in a language the corpus does not declare', () => {
  it('is refused, naming the key and the declared languages', () => {
    const result = localizedSchema.safeParse({ zh: '工会', en: 'Trade union', fr: 'Syndicat' });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => i.message)).toEqual([
      `has a text in "fr", which is not a data language (${declared}: src/model/languages.ts)`,
    ]);
  });

  it('fails validation with the file, the record and the field', () => {
    const { raw } = readCorpus(resolve(__dirname, '../fixtures/corpus'));
    const themes = raw.themes as string;
    raw.themes = themes.replace('"zh": "困难帮扶",', '"zh": "困难帮扶", "fr": "Aide",');
    expect(raw.themes).not.toBe(themes);
    expect(validateCorpus(raw, { sha256 }).problems.map(formatProblem)).toEqual([
      `data/themes.json: theme "hardship-aid" name: has a text in "fr", which is not a data language (${declared}: src/model/languages.ts) (fr)`,
    ]);
  });
});
