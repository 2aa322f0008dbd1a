import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { corpus } from './model/dataset';
import { ReportRoot } from './app/report-root';
import './styles.css';
import './fonts.css';
import './print.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ReportRoot corpus={corpus} />
  </StrictMode>,
);
