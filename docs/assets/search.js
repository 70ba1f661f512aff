// Site search: Pagefind's component UI, set up for this page (hooks/pagefind_search.py writes
// the settings). Its words come from data/i18n/<locale>.yml; on the root's pages it also
// searches every guide language; the terms a reader searched for are marked on the page they
// open from the results.
(function () {
  var HIGHLIGHT = "highlight";
  var settings = JSON.parse(document.getElementById("search-settings").textContent);
  var search = window.PagefindComponents.getInstanceManager().getInstance("default");

  search.setTranslations(settings.words);
  search.pagefindOptions.highlightParam = HIGHLIGHT;
  // Result links start at the site's root, wherever the site is served.
  search.pagefindOptions.baseUrl = new URL(settings.site + "/", location.href).pathname;
  search.pagefindOptions.ranking = settings.ranking;
  if (settings.merge) {
    search.options.mergeIndex = settings.merge.map(function (index) {
      var path = new URL(index.bundlePath, location.href).pathname;
      return { bundlePath: path, language: index.language, ranking: settings.ranking };
    });
  }
  // The dialog is made once the words are set: words set later would draw it a second time.
  document.body.appendChild(document.createElement("pagefind-modal"));

  if (new URLSearchParams(location.search).has(HIGHLIGHT)) {
    import(search.options.bundlePath + "pagefind-highlight.js").then(function () {
      new window.PagefindHighlight({ highlightParam: HIGHLIGHT });
    });
  }
})();
