// The guide language this reader's browser prefers, or null: the exact tag first ("zh-TW"),
// then the primary language ("fr-CA" -> "fr"), and zh-Hant for zh-TW. Used by the root's
// language chooser and by the not-found page.
function guidePreferredLanguage(ours) {
  var wanted = navigator.languages || [navigator.language || ""];
  for (var i = 0; i < wanted.length; i++) {
    var tag = String(wanted[i]).toLowerCase();
    for (var j = 0; j < ours.length; j++) {
      var own = ours[j].toLowerCase();
      if (tag === own
          || (own.indexOf("-") < 0 && tag.split("-")[0] === own)
          || (own === "zh-tw" && tag.indexOf("zh-hant") === 0)) {
        return ours[j];
      }
    }
  }
  return null;
}
