import { createContext, useContext, type ReactNode } from 'react';
import type { GlossaryTerm } from '../../model/glossary';
import { splitByHits, type TermHit } from '../../selectors/glossary';
import { useDashboard } from '../page/context';
import { Term } from './term';
import { pickText } from '../../i18n/locales';

interface GlossaryState {
  terms: GlossaryTerm[];
  /** Per place (`card:<figure-id>`, `panel:<panel-id>`), the term uses that carry a hint. */
  hits: Map<string, TermHit[]>;
}

const GlossaryContext = createContext<GlossaryState | null>(null);

/**
 * Where each glossary term is first used on the dashboard as filtered (the page model works it
 * out: key-figure card labels, then panel titles, in page order). Only that first use carries the
 * hint, and a card or title carries one hint at most (another term there is explained at its next
 * use).
 */
export function GlossaryProvider({ children }: { children: ReactNode }) {
  const value = useDashboard().page.glossary;
  return <GlossaryContext.Provider value={value}>{children}</GlossaryContext.Provider>;
}

/** Text with its glossary hits (computed by the caller or the provider) as <Term>s. */
export function TermRun({
  text,
  hits,
  terms,
}: {
  text: string;
  hits: readonly TermHit[];
  terms: readonly GlossaryTerm[];
}) {
  const { lang } = useDashboard();
  if (hits.length === 0) return <>{text}</>;
  const byId = new Map(terms.map((t) => [t.id, t]));
  return (
    <>
      {splitByHits(text, hits).map((part, i) => {
        if (typeof part === 'string') return part;
        const term = byId.get(part.termId);
        return term ? (
          <Term key={i} term={term} lang={lang}>
            {part.text}
          </Term>
        ) : (
          part.text
        );
      })}
    </>
  );
}

/** A label or title whose first glossary uses on the page carry a hint. */
export function TermText({ text, place }: { text: string; place: string }) {
  const ctx = useContext(GlossaryContext);
  if (!ctx) return <>{text}</>;
  return <TermRun text={text} hits={ctx.hits.get(place) ?? []} terms={ctx.terms} />;
}

/** Every term the report uses, zh and en, with its explanation in the page language. */
export function GlossarySection() {
  const { page, lang, t } = useDashboard();
  // The terms this report uses (the page model's), not the whole corpus's glossary.
  const { terms } = page.glossary;
  if (terms.length === 0) return null;
  return (
    <section className="glossary" id="glossary" aria-labelledby="glossary-title">
      <h2 id="glossary-title" className="section-title">
        {t('glossaryHeading')}
      </h2>
      <p className="theme-desc">{t('glossaryIntro')}</p>
      <div className="table-wrap">
        <table className="glossary-table">
          <thead>
            <tr>
              <th scope="col">{t('glossaryColTerm')}</th>
              <th scope="col">{t('glossaryColEnglish')}</th>
              <th scope="col">{t('glossaryColExplain')}</th>
            </tr>
          </thead>
          <tbody>
            {terms.map((term) => (
              <tr key={term.id} id={`term-${term.id}`} data-term-id={term.id}>
                <th scope="row" lang="zh-CN">
                  {term.zh}
                </th>
                <td lang="en">{term.en}</td>
                <td>{pickText(term.explain, lang)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
