// "Copy page as Markdown" (hooks/twin_pages.py puts the button under each page's title,
// hidden: without this script only the link to the page's Markdown twin shows). A click puts
// the twin itself on the clipboard, the file assistants read, and the status line says so.
// The clipboard is written within the click: Safari refuses a write that comes after an
// awaited fetch, so the fetch's promise goes into the ClipboardItem where browsers take one.
(function () {
  function twinText(url) {
    return fetch(url, { cache: "no-cache" }).then(function (response) {
      if (!response.ok) throw new Error(response.status + " " + url);
      return response.text();
    });
  }

  function copy(url) {
    if (window.ClipboardItem && navigator.clipboard && navigator.clipboard.write) {
      var blob = twinText(url).then(function (text) { return new Blob([text], { type: "text/plain" }); });
      return navigator.clipboard.write([new ClipboardItem({ "text/plain": blob })]);
    }
    if (navigator.clipboard && navigator.clipboard.writeText) {
      return twinText(url).then(function (text) { return navigator.clipboard.writeText(text); });
    }
    return Promise.reject(new Error("no clipboard"));
  }

  function enable(button) {
    var status = button.parentNode.querySelector(".page-twin__status");
    button.hidden = false;
    button.addEventListener("click", function () {
      status.textContent = "";
      button.disabled = true;
      copy(new URL(button.dataset.twin, document.baseURI).href).then(function () {
        status.textContent = button.dataset.copied;
      }, function () {
        status.textContent = button.dataset.failed;
      }).then(function () {
        button.disabled = false;
        button.focus();
      });
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll(".page-twin__copy").forEach(enable);
  });
})();
