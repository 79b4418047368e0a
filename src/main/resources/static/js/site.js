// Public pages work without this script. With it, a message box shows how many characters
// are left, counted as people count them (an emoji is one), as the server counts them.
(function () {
  'use strict';
  document.querySelectorAll('textarea[data-max-characters]').forEach(function (box) {
    var max = parseInt(box.getAttribute('data-max-characters'), 10);
    var counter = document.getElementById(box.id + '-count');
    if (!counter || !max) {
      return;
    }
    var update = function () {
      var used = Array.from(box.value).length;
      var left = max - used;
      counter.textContent = left >= 0
        ? used.toLocaleString('fr-FR') + ' / ' + max.toLocaleString('fr-FR') + ' caractères'
        : (-left).toLocaleString('fr-FR') + ' caractère' + (left < -1 ? 's' : '') + ' de trop (' + max.toLocaleString('fr-FR') + ' au plus)';
      counter.classList.toggle('field__count--over', left < 0);
    };
    box.addEventListener('input', update);
    update();
  });
}());
