import { LOCALES } from './i18n/locales';
import { locationParams } from './state/routes';

// Runs before the app: applies the colour scheme and language from the URL (or the system)
// so the first paint is already in the right scheme, with no flash of the other one.
// The path names the language (`/en/…`) as the query may (routes.ts).
const params = locationParams(window.location.pathname, window.location.search);
const scheme = params.get('scheme');
const dark =
  scheme === 'dark' ||
  (scheme !== 'light' && window.matchMedia('(prefers-color-scheme: dark)').matches);
document.documentElement.dataset.scheme = dark ? 'dark' : 'light';
// The language: the registered locale the URL names (index.html starts in the default's tag).
const locale = LOCALES.find((l) => l.id === params.get('lang'));
if (locale) {
  document.documentElement.lang = locale.tag;
  document.documentElement.dir = locale.dir;
}
