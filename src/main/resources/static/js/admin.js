/*
 * Back office: what JavaScript adds where it runs. Every page also works without it.
 */
(function () {
  'use strict';

  /* Warns five minutes before the session ends, and lets its owner stay signed in. */
  function sessionWarning() {
    var meta = document.querySelector('meta[name="per-session-seconds"]');
    var box = document.getElementById('session-warning');
    if (!meta || !box) {
      return;
    }
    var seconds = parseInt(meta.getAttribute('content'), 10);
    var text = box.querySelector('.session-warning__text');
    var stay = box.querySelector('button');
    var warnTimer;
    var endTimer;

    function schedule() {
      window.clearTimeout(warnTimer);
      window.clearTimeout(endTimer);
      warnTimer = window.setTimeout(function () {
        text.textContent = 'Votre session se termine dans 5 minutes sans activité. '
          + 'Enregistrez votre travail ou restez connecté.';
        stay.hidden = false;
        box.hidden = false;
      }, Math.max(0, seconds - 300) * 1000);
      endTimer = window.setTimeout(function () {
        text.textContent = 'Votre session a expiré. Ce que vous avez saisi n’est pas perdu : '
          + 'en enregistrant, vous vous reconnecterez et retrouverez votre saisie.';
        stay.hidden = true;
        box.hidden = false;
      }, seconds * 1000);
    }

    stay.addEventListener('click', function () {
      fetch(meta.getAttribute('data-keep-alive'), { credentials: 'same-origin', cache: 'no-store' })
        .then(function (response) {
          if (response.ok && !response.redirected) {
            box.hidden = true;
            schedule();
          }
        });
    });
    schedule();
  }

  /*
   * Rows of an ordered list can be dragged to their new place; the drop fills in and
   * sends the row's own "move to position" form, so the server does exactly what the
   * form would do without JavaScript.
   */
  function dragToReorder() {
    var forms = document.querySelectorAll('form[data-move-form]');
    var dragged = null;
    Array.prototype.forEach.call(forms, function (form) {
      var row = form.closest('tr');
      if (!row) {
        return;
      }
      row.draggable = true;
      row.classList.add('is-draggable');
      row.addEventListener('dragstart', function (event) {
        dragged = row;
        row.classList.add('is-dragging');
        event.dataTransfer.effectAllowed = 'move';
        event.dataTransfer.setData('text/plain', '');
      });
      row.addEventListener('dragend', function () {
        row.classList.remove('is-dragging');
        dragged = null;
      });
      row.addEventListener('dragover', function (event) {
        if (dragged && dragged !== row && dragged.parentNode === row.parentNode) {
          event.preventDefault();
          row.classList.add('is-drop-target');
        }
      });
      row.addEventListener('dragleave', function () {
        row.classList.remove('is-drop-target');
      });
      row.addEventListener('drop', function (event) {
        row.classList.remove('is-drop-target');
        if (!dragged || dragged === row || dragged.parentNode !== row.parentNode) {
          return;
        }
        event.preventDefault();
        var rows = Array.prototype.slice.call(row.parentNode.children);
        var moveForm = dragged.querySelector('form[data-move-form]');
        moveForm.querySelector('input[name="position"]').value = String(rows.indexOf(row) + 1);
        moveForm.submit();
      });
    });
  }

  sessionWarning();
  dragToReorder();
}());
