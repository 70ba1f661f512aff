// Static hosts answer every missing address with the site's one 404.html. This shows the
// reader the not-found page of their language in its place: the language in the address
// (/ja/...), else the one their browser prefers. The address they typed and the 404 status
// stay. Without JavaScript, or if that page cannot be fetched, the messages in every
// language stay on screen.
(function () {
  var script = document.currentScript;
  var base = script.getAttribute("data-base");
  var ours = JSON.parse(script.getAttribute("data-locales"));
  var path = location.pathname.indexOf(base) === 0 ? location.pathname.slice(base.length) : "";
  var inPath = ours.filter(function (locale) { return path.indexOf(locale + "/") === 0; })[0];
  var language = inPath || guidePreferredLanguage(ours);
  if (!language) return;
  document.documentElement.className += " not-found-loading";
  fetch(base + language + "/404.html")
    .then(function (response) {
      if (!response.ok) throw new Error(response.status + " " + response.url);
      return response.text();
    })
    .then(function (html) {
      document.open();
      document.write(html);
      document.close();
    })
    .catch(function () {
      document.documentElement.className = document.documentElement.className.replace(" not-found-loading", "");
    });
})();
