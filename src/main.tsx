import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { dataset } from './model/dataset';
import { App } from './app/app';
import './styles.css';
import './fonts.css';
import './print.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App dataset={dataset} />
  </StrictMode>,
);
