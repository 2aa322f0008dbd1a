import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { dataLoader } from './model/dataset';
import { ReportRoot } from './app/report-root';
import './styles.css';
import './fonts.css';
import './print.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ReportRoot loader={dataLoader} />
  </StrictMode>,
);
