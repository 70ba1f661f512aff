// The language switcher keeps the reader's place, and Material's alternate-language
// integration is kept from misreading our alternate links.
//
// Material assumes every <link rel="alternate"> in the head is a language's root with its
// own sitemap.xml. Ours name the same page in each language (what search engines want) and
// its Markdown twin (what assistants look for), so when the page loads it would request
// /fr/models/sitemap.xml and the like, 404 each time,
// and on a switcher click it would send the reader to the page without its section.
// So: the links are out of the head for the one scan Material makes at DOMContentLoaded
// (its listener was registered first, by its bundle, so it runs before ours puts them
// back); switcher clicks never reach its handler; and the switcher's own links, already
// the same page in the other language, carry the current #section.
(function () {
  var alternates = document.querySelectorAll('head link[rel="alternate"]');
  alternates.forEach(function (link) { link.remove(); });
  document.addEventListener("DOMContentLoaded", function () {
    alternates.forEach(function (link) { document.head.appendChild(link); });
  });

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
