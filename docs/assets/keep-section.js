// Switching language keeps the reader's place: every section has the same id in every
// language, so the language switcher's links carry the current #anchor along.
//
// Material's alternate-language integration also handles these clicks, assuming each
// <link rel="alternate"> is a language root with its own sitemap; with per-page alternates
// it sends the reader to the page without its anchor. The switcher's own link is right,
// so the click is kept from reaching that handler and the browser simply follows it.
(function () {
  function carryHash() {
    document.querySelectorAll("a.md-select__link[hreflang]").forEach(function (link) {
      var target = new URL(link.getAttribute("href"), location.href);
      target.hash = location.hash;
      link.href = target.href;
    });
  }
  carryHash();
  window.addEventListener("hashchange", carryHash);
  document.addEventListener("click", function (event) {
    if (event.target.closest && event.target.closest("a.md-select__link[hreflang]")) {
      event.stopPropagation();
    }
  }, true);
})();
