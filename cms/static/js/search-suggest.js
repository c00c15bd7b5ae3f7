// Search suggestions as the reader types: titles from the site's suggest endpoint, offered
// through a native <datalist>, so that browsers and screen readers present them as they
// present any suggestion list. Without JavaScript the search boxes work as plain forms.
(function () {
  "use strict";
  var MIN_LENGTH = 2;
  var DELAY_MS = 150;

  function attach(input, index) {
    var list = document.createElement("datalist");
    list.id = "search-suggestions-" + index;
    input.after(list);
    input.setAttribute("list", list.id);
    var timer = null;
    var latest = 0;

    input.addEventListener("input", function () {
      clearTimeout(timer);
      var text = input.value.trim();
      if (text.length < MIN_LENGTH) {
        list.replaceChildren();
        return;
      }
      timer = setTimeout(function () {
        var request = ++latest;
        fetch(input.dataset.suggest + "?q=" + encodeURIComponent(text), {
          headers: { Accept: "application/json" },
        })
          .then(function (response) { return response.ok ? response.json() : { suggestions: [] }; })
          .then(function (data) {
            if (request !== latest) return; // an answer to an older keystroke
            list.replaceChildren.apply(list, data.suggestions.map(function (item) {
              var option = document.createElement("option");
              option.value = item.title;
              return option;
            }));
          })
          .catch(function () { list.replaceChildren(); });
      }, DELAY_MS);
    });
  }

  document.querySelectorAll("input[data-suggest]").forEach(attach);
})();
