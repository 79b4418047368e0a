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

  sessionWarning();
}());
