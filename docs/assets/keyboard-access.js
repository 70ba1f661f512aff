// Two things the theme's scripts leave undone for keyboard and screen-reader users. Both run
// after Material has drawn its parts of the page, at DOMContentLoaded, whose listener
// Material's bundle (loaded before this file) registered first.
// - Material puts each code block's copy button in a <nav>: a dozen unnamed "navigation"
//   landmarks on a page, none of them navigation. They become plain containers.
// - A table wider than the screen scrolls sideways in its wrapper; keyboard users can only
//   scroll what they can focus, so such a wrapper takes focus, named after its table. Every
//   reader sees that it scrolls: the edge behind which columns are hidden fades (site.css,
//   classes scrolls-left and scrolls-right, kept up to date as the reader scrolls).
(function () {
  function scrollCue(wrap) {
    var hidden = wrap.scrollWidth - wrap.clientWidth;
    wrap.classList.toggle("scrolls-left", hidden > 1 && wrap.scrollLeft > 1);
    wrap.classList.toggle("scrolls-right", hidden > 1 && wrap.scrollLeft < hidden - 1);
  }

  function scrollableTables() {
    document.querySelectorAll(".md-typeset__scrollwrap").forEach(function (wrap) {
      if (!wrap.dataset.scrollCue) {
        wrap.dataset.scrollCue = "on";
        wrap.addEventListener("scroll", function () { scrollCue(wrap); }, { passive: true });
      }
      scrollCue(wrap);
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
