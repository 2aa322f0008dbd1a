/**
 * What `#<id>` and `?figure=` may point at (reliability review, LOW-9): a well-formed id the page
 * does not have (`#theme-nope`, `#constructor`) is dropped and reported like any other ignored
 * parameter, and a figure the filter hides is said to be hidden. On a hand-made vocabulary and the
 * fixture corpus (never data/).
 */
import {
  DEFAULT_STATE,
  isHashTarget,
  noticeEntries,
  parseHash,
  parseLocation,
  serializeLocation,
  type UrlVocabulary,
} from '../../src/state/url-state';
import { PAGE_IDS } from '../../src/state/constants';
import { hiddenTargetOf } from '../../src/selectors/hidden-target';
import { selectPanels } from '../../src/selectors/figures';
import { dataset } from './sample-corpus';

const vocab: UrlVocabulary = {
  themeIds: ['hardship-aid', 'rights'],
  years: [2018, 2022],
  figureIds: ['festival-warmth-funds-2018'],
  panelIds: ['hardship-funds', 'workers-visited'],
  termIds: ['xpcc', 'two-festivals'],
};

describe('#<id>: only elements the page has', () => {
  it.each([
    'hardship-funds',
    'theme-rights',
    'theme-title-hardship-aid',
    'term-two-festivals',
    ...PAGE_IDS,
  ])('#%s is kept', (id) => {
    expect(parseHash(`#${id}`, vocab)).toEqual({ target: id, ignored: [] });
  });

  it.each([
    'theme-nope',
    'constructor',
    'tostring',
    'hasownproperty',
    'term-nope',
    'theme-title-nope',
    'theme-',
    'nope-panel',
  ])('#%s is dropped and reported', (id) => {
    expect(parseHash(`#${id}`, vocab)).toEqual({
      target: null,
      ignored: [{ key: '#', value: id }],
    });
    expect(isHashTarget(id, vocab)).toBe(false);
  });

  it('is dropped from the address, and the notice names it', () => {
    const model = parseLocation('?lang=en', '#theme-nope', vocab);
    expect(model.target).toBeNull();
    expect(serializeLocation(model.state, model.target)).toBe('?lang=en');
    expect(noticeEntries(model.ignored)).toEqual({ shown: ['#theme-nope'], more: 0 });
    const proto = parseLocation('', '#constructor', vocab);
    expect(proto.state).toEqual(DEFAULT_STATE);
    expect(noticeEntries(proto.ignored)).toEqual({ shown: ['#constructor'], more: 0 });
  });

  it('the notice names at most five entries, keys only when they look like one, no bidi', () => {
    const entries = (query: string) => noticeEntries(parseLocation(query, '', vocab).ignored);
    const many = Array.from({ length: 300 }, (_, i) => `k${i}=v`).join('&');
    expect(entries(`?${many}`)).toEqual({ shown: ['k0', 'k1', 'k2', 'k3', 'k4'], more: 295 });
    // Free text a crafted link carries as keys (a phone number, an account) is counted, not shown.
    const crafted = `?${encodeURIComponent('请立即致电 400-000-0000')}=&${encodeURIComponent('官方客服微信 evil123')}=&lnag=en`;
    expect(entries(crafted)).toEqual({ shown: ['lnag'], more: 2 });
    // A known key is named with its value, a bidi override taken out; an unknown one is counted.
    const bidi = `?theme=${encodeURIComponent('\u202Eexe.txt')}&${encodeURIComponent('\u202Eevil')}=x`;
    expect(entries(bidi)).toEqual({ shown: ['theme=exe.txt'], more: 1 });
  });

  it('a term without term ids in the vocabulary is not a target', () => {
    expect(isHashTarget('term-xpcc', { ...vocab, termIds: undefined })).toBe(false);
  });

  it('without panel ids (no vocabulary) any well-formed id is taken, as before', () => {
    expect(parseHash('#theme-nope')).toEqual({ target: 'theme-nope', ignored: [] });
  });
});

describe('a hidden ?figure=, #panel or #theme- gets the hidden-by-filter notice', () => {
  const FIGURE = 'festival-warmth-funds-2018'; // a 2018 figure of panel hardship-funds
  const at = (
    filter: { themes: string[]; year: number | null },
    more: { target?: string | null; figure?: string | null; view?: string } = {},
  ) => {
    const groups = selectPanels(dataset.panels, dataset.figures, dataset.themes, filter);
    const visiblePanelIds = new Set(groups.flatMap((g) => g.items.map((v) => v.panel.id)));
    return hiddenTargetOf(
      {
        view: more.view ?? 'dashboard',
        target: more.target ?? null,
        figure: more.figure === undefined ? FIGURE : more.figure,
        filter,
        visiblePanelIds,
      },
      dataset,
    );
  };
  const label = dataset.figures.find((f) => f.id === FIGURE)!.label;

  it('the figure is hidden by the year', () => {
    expect(at({ themes: [], year: 2022 })).toEqual({ kind: 'figure', title: label });
  });

  it('the figure is hidden by the theme', () => {
    expect(at({ themes: ['rights'], year: null })).toEqual({ kind: 'figure', title: label });
  });

  it('the figure is shown: no notice', () => {
    expect(at({ themes: [], year: 2018 })).toBeUndefined();
    expect(at({ themes: ['hardship-aid'], year: null })).toBeUndefined();
  });

  it('a hidden #panel comes first', () => {
    const panel = dataset.panels.find((p) => p.id === 'grassroots-unions')!;
    expect(at({ themes: ['rights'], year: null }, { target: 'grassroots-unions' })).toEqual({
      kind: 'panel',
      title: panel.title,
    });
  });

  it('a #theme- whose panels the filter all hides', () => {
    const rights = dataset.themes.find((th) => th.id === 'rights')!;
    expect(at({ themes: [], year: 2018 }, { target: 'theme-rights', figure: null })).toEqual({
      kind: 'theme',
      title: rights.name,
    });
    expect(
      at({ themes: [], year: null }, { target: 'theme-rights', figure: null }),
    ).toBeUndefined();
    expect(at({ themes: [], year: 2018 }, { target: 'theme-nope', figure: null })).toBeUndefined();
  });

  it('not in the article view, and not for an unknown figure', () => {
    expect(at({ themes: [], year: 2022 }, { view: 'source' })).toBeUndefined();
    expect(at({ themes: [], year: 2022 }, { figure: 'nope' })).toBeUndefined();
    expect(at({ themes: [], year: 2022 }, { figure: null })).toBeUndefined();
  });
});
