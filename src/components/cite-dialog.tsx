import {
  CITATION_STYLES,
  CITATION_STYLE_NAMES,
  authorFromByline,
  formatCitation,
  type CitationInput,
} from '../format/citation';
import { panelUrl } from '../format/embed-code';
import { useDashboard } from './context';
import { CopyField, DialogButton } from './dialog';

const today = () => new Date().toISOString().slice(0, 10);

/** "引用 / Cite": the article and the cited view (a panel, or the dashboard) in three styles. */
export function CiteDialog({
  panelId,
  panelTitle,
  open,
  onOpenChange,
}: {
  panelId: string | null;
  panelTitle: string;
  open?: boolean;
  onOpenChange?: (open: boolean) => void;
}) {
  const { dataset, t } = useDashboard();
  const heading = t('citeHeading', { title: panelTitle || t('dashboardTitle') });
  return (
    <DialogButton
      label={panelId ? t('cite') : t('citeDashboard')}
      heading={heading}
      open={open}
      onOpenChange={onOpenChange}
    >
      {() => {
        const meta = dataset.meta;
        const input: CitationInput = {
          author: authorFromByline(meta.byline),
          title: meta.title,
          titleEn: meta.englishTitle,
          // A report known only in print: its date, no site or address (empty parts are dropped).
          // A cited or table report: the address it was read at, under its site or outlet.
          republication: meta.republication ??
            (meta.address && {
              site: meta.address.site ?? meta.outlet,
              channel: { zh: '', en: '' },
              date: meta.date,
              url: meta.address.url,
            }) ?? {
              site: { zh: '', en: '' },
              channel: { zh: '', en: '' },
              date: meta.date,
              url: '',
            },
          dashboard: {
            title: t('dashboardTitle'),
            panelTitle,
            url: panelUrl(window.location.href, panelId),
          },
          accessed: today(),
        };
        return (
          <>
            <p>{t('citeIntro')}</p>
            {CITATION_STYLES.map((style) => (
              <CopyField
                key={style}
                label={CITATION_STYLE_NAMES[style]}
                text={formatCitation(input, style, panelId ?? '')}
                rows={style === 'bibtex' ? 9 : 4}
              />
            ))}
          </>
        );
      }}
    </DialogButton>
  );
}
