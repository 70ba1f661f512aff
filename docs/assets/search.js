// Site search: the header's button and its shortcut open Pagefind's component UI, which is
// loaded (script and styles) the first time a reader opens the search, so that no page pays
// for it before. hooks/pagefind_search.py writes the button and the settings: the words of
// data/i18n/<locale>.yml, the bundle, and on the root's chooser every guide language's index.
// The terms a reader searched for are marked on the page they open from the results.
(function () {
  var HIGHLIGHT = "highlight";
  var settings = JSON.parse(document.getElementById("search-settings").textContent);
  var bundle = new URL(settings.bundle, location.href).href;
  var button = document.querySelector(".site-search__button");
  var shortcut = button.getAttribute("aria-keyshortcuts");
  var modal = null;
  var loading = null;
  var early = null; // the box that keeps what a reader types while Pagefind loads

  function fetched(tag, attributes) {
    return new Promise(function (resolve, reject) {
      var element = Object.assign(document.createElement(tag), attributes);
      element.onload = resolve;
      element.onerror = reject;
      document.head.appendChild(element);
    });
  }

  function load() {
    loading = loading || Promise.all([
      fetched("link", { rel: "stylesheet", href: bundle + "pagefind-component-ui.css" }),
      fetched("script", { src: bundle + "pagefind-component-ui.js" }),
    ]).then(setUp, function (error) {
      loading = null; // the next try loads again
      throw error;
    });
    return loading;
  }

  function setUp() {
    var search = window.PagefindComponents.getInstanceManager().getInstance("default");
    // Pagefind guesses its folder from the script running when it is first asked: none, now.
    search.options.bundlePath = new URL(bundle).pathname;
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
    modal = document.body.appendChild(document.createElement("pagefind-modal"));
    button.setAttribute("aria-controls", modal.dialogEl.id);
    // What Pagefind's own trigger did: the button says the dialog closed and takes the focus.
    modal.addEventListener("close", function () {
      button.setAttribute("aria-expanded", "false");
      button.focus();
    }, true);
  }

  function show() {
    var box = modal.querySelector("input.pf-input");
    if (early && early.value) {
      box.value = early.value;
      box.dispatchEvent(new Event("input"));
    }
    modal.open(); // the box takes the focus (before ours goes: a phone keeps its keyboard)
    button.setAttribute("aria-expanded", "true");
    giveUp(false);
  }

  // Until Pagefind is there, what the reader types goes into a box of ours, focused at once
  // (an input method composing a word needs a focused box too); Escape gives up.
  function keepTyping() {
    early = document.createElement("input");
    Object.assign(early, { type: "search", className: "site-search__early", autocomplete: "off" });
    early.setAttribute("aria-label", button.getAttribute("aria-label"));
    early.addEventListener("compositionstart", function () { early.composing = true; });
    early.addEventListener("compositionend", function () { early.composing = false; });
    early.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && !event.isComposing) {
        giveUp(true);
      }
    });
    button.parentNode.appendChild(early);
    early.focus();
  }

  function giveUp(refocus) {
    if (early) {
      early.remove();
      early = null;
      refocus && button.focus();
    }
  }

  function open() {
    if (modal) {
      return show();
    }
    early || keepTyping();
    load().then(function () {
      if (early && early.composing) { // the word being composed goes along once chosen
        early.addEventListener("compositionend", show, { once: true });
      } else if (early) {
        show();
      } // else the reader gave up while it loaded
    }, function () { giveUp(true); });
  }

  button.addEventListener("click", open);
  // The shortcut, as Pagefind's trigger read it, but also where the key needs Shift (AZERTY).
  document.addEventListener("keydown", function (event) {
    var target = document.activeElement;
    if (event.key !== shortcut || event.ctrlKey || event.metaKey || event.altKey || event.isComposing ||
        (target && (target.tagName === "INPUT" || target.tagName === "TEXTAREA" || target.tagName === "SELECT" ||
                    target.isContentEditable))) {
      return;
    }
    event.preventDefault();
    open();
  });

  if (new URLSearchParams(location.search).has(HIGHLIGHT)) {
    import(bundle + "pagefind-highlight.js").then(function () {
      new window.PagefindHighlight({ highlightParam: HIGHLIGHT });
    });
  }
})();
