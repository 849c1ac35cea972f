// Unit fields: while the committee types a code or a name, offer the units that match (a few at a
// time, from /units/choices) instead of listing thousands of units in a select.
(function () {
  'use strict';
  document.querySelectorAll('input[data-unit-choices]').forEach(function (input) {
    var list = document.getElementById(input.getAttribute('list'));
    var timer = null;
    var asked = null;
    var ask = function () {
      var text = input.value.trim();
      if (text === asked) {
        return;
      }
      asked = text;
      fetch(input.dataset.unitChoices + '?q=' + encodeURIComponent(text), { headers: { Accept: 'text/html' } })
        .then(function (response) { return response.ok ? response.text() : ''; })
        .then(function (options) {
          if (asked === text) {
            list.innerHTML = options;
          }
        });
    };
    input.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(ask, 250);
    });
    input.addEventListener('focus', ask);
  });
})();
