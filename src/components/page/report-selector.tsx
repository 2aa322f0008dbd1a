import { reportName } from '../../selectors/reports';
import { useDashboard } from './context';

/** Chooses the report the page shows (`?report=<id>`); only rendered when there are several. */
export function ReportSelector({ onSelect }: { onSelect: (id: string) => void }) {
  const { dataset, reports = [dataset], lang, t } = useDashboard();
  return (
    <div className="report-selector">
      <label htmlFor="report-select">{t('reportLabel')}</label>{' '}
      <select id="report-select" value={dataset.meta.id} onChange={(e) => onSelect(e.target.value)}>
        {reports.map((r) => (
          <option key={r.meta.id} value={r.meta.id}>
            {reportName(r.meta, lang, reports)}
          </option>
        ))}
      </select>
    </div>
  );
}
