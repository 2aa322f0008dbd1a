// Runs before the page is painted (a classic script in <head>, so it blocks; it is tiny): applies
// the colour scheme the address names (`?scheme=`) or the system's, so the first paint is already
// in the right scheme, with no flash of the other one, and says that scripts run (`data-js`:
// controls that need the app are hidden without it). A page's language is in its HTML.
// Unbundled, so `?scheme=` is read by hand, by PARAMS.scheme's rule (the last valid value wins;
// tests/unit/theme-boot.dom.test.ts holds it to the parser).
(function () {
  var root = document.documentElement;
  var values = new URLSearchParams(window.location.search).getAll('scheme');
  var scheme = null;
  for (var i = values.length - 1; i >= 0 && scheme === null; i--)
    if (values[i] === 'dark' || values[i] === 'light') scheme = values[i];
  var dark =
    scheme === 'dark' ||
    (scheme === null && window.matchMedia('(prefers-color-scheme: dark)').matches);
  root.setAttribute('data-scheme', dark ? 'dark' : 'light');
  root.setAttribute('data-js', '');
})();
