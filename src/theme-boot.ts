// Runs before the app: applies the colour scheme and language from the URL (or the system)
// so the first paint is already in the right scheme, with no flash of the other one.
const params = new URLSearchParams(window.location.search);
const scheme = params.get('scheme');
const dark =
  scheme === 'dark' ||
  (scheme !== 'light' && window.matchMedia('(prefers-color-scheme: dark)').matches);
document.documentElement.dataset.scheme = dark ? 'dark' : 'light';
if (params.get('lang') === 'en') document.documentElement.lang = 'en';
