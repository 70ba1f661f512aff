// The language switcher keeps the reader's place, and Material's alternate-language
// integration is kept from misreading our hreflang links.
//
// Material assumes every <link rel="alternate"> in the head is a language's root with its
// own sitemap.xml. Ours name the same page in each language (what search engines want), so
// when the page loads it would request /fr/models/sitemap.xml and the like, 404 each time,
// and on a switcher click it would send the reader to the page without its section.
// So: the links are out of the head for the one scan Material makes at DOMContentLoaded
// (its listener was registered first, by its bundle, so it runs before ours puts them
// back); switcher clicks never reach its handler; and the switcher's own links, already
// the same page in the other language, carry the current #section.
(function () {
  var alternates = document.querySelectorAll('head link[rel="alternate"][hreflang]');
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

// Two things the theme's scripts leave undone for keyboard and screen-reader users (here: this
// is the one script of ours every theme page loads). Both run after Material has drawn its
// parts of the page, at DOMContentLoaded, whose listener Material registered first.
// - Material puts each code block's copy button in a <nav>: a dozen unnamed "navigation"
//   landmarks on a page, none of them navigation. They become plain containers.
// - A table wider than the screen scrolls sideways in its wrapper; keyboard users can only
//   scroll what they can focus, so such a wrapper takes focus, named after its table.
(function () {
  function scrollableTables() {
    document.querySelectorAll(".md-typeset__scrollwrap").forEach(function (wrap) {
      if (wrap.scrollWidth > wrap.clientWidth) {
        wrap.tabIndex = 0;
        wrap.setAttribute("role", "region");
        wrap.setAttribute("aria-label", tableName(wrap));
      } else if (wrap.hasAttribute("tabindex")) {
        ["tabindex", "role", "aria-label"].forEach(function (name) { wrap.removeAttribute(name); });
      }
    });
  }

  // The table's caption, else the heading of its section without the permalink sign.
  function tableName(wrap) {
    var caption = wrap.querySelector("caption");
    if (caption) return caption.textContent.trim();
    for (var node = wrap.previousElementSibling; node; node = node.previousElementSibling) {
      if (/^H[1-6]$/.test(node.tagName)) {
        var heading = node.cloneNode(true);
        heading.querySelectorAll(".headerlink").forEach(function (link) { link.remove(); });
        return heading.textContent.trim();
      }
    }
    return document.title;
  }

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll(".md-code__nav").forEach(function (nav) { nav.setAttribute("role", "none"); });
    scrollableTables();
  });
  window.addEventListener("resize", scrollableTables);
})();
