// Runs before the page is painted (a classic script in <head>, so it blocks; it is tiny): applies
// the colour scheme the address names (`?scheme=`) or the system's, so the first paint is already
// in the right scheme, with no flash of the other one, and says that scripts run (`data-js`:
// controls that need the app are hidden without it). A page's language is in its HTML.
(function () {
  var root = document.documentElement;
  var scheme = new URLSearchParams(window.location.search).get('scheme');
  var dark =
    scheme === 'dark' ||
    (scheme !== 'light' && window.matchMedia('(prefers-color-scheme: dark)').matches);
  root.setAttribute('data-scheme', dark ? 'dark' : 'light');
  root.setAttribute('data-js', '');
})();
