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
        expired = true;
        text.textContent = 'Votre session a expiré. Ce que vous avez saisi n’est pas perdu : '
          + 'en enregistrant, vous vous reconnecterez et retrouverez votre saisie.';
        stay.hidden = true;
        box.hidden = false;
      }, seconds * 1000);
    }

    var expired = false;
    var lastKeptAlive = Date.now();

    function keepAlive() {
      lastKeptAlive = Date.now();
      return fetch(meta.getAttribute('data-keep-alive'), { credentials: 'same-origin', cache: 'no-store' })
        .then(function (response) {
          if (response.ok && !response.redirected) {
            box.hidden = true;
            schedule();
          }
        });
    }

    stay.addEventListener('click', keepAlive);
    // Typing is activity: the session is renewed at most once a minute while someone
    // types, so that a long text is never interrupted by an expiry.
    document.addEventListener('input', function () {
      if (!expired && Date.now() - lastKeptAlive > 60000) {
        keepAlive();
      }
    });
    schedule();
  }

  /*
   * Leaving a page whose form was changed and not sent (reload, close, a link) asks
   * first; sending any form of the page does not.
   */
  function leaveWarning() {
    var main = document.getElementById('contenu');
    if (!main) {
      return;
    }
    var changed = false;
    function edited(event) {
      var form = event.target.closest ? event.target.closest('form[method="post"]') : null;
      if (form || event.target.isContentEditable) {
        changed = true;
      }
    }
    main.addEventListener('input', edited);
    main.addEventListener('change', edited);
    document.addEventListener('submit', function () {
      changed = false;
    });
    // The page reloads itself on purpose (the typed text was put back, then given up).
    document.addEventListener('per-leave-allowed', function () {
      changed = false;
    });
    window.addEventListener('beforeunload', function (event) {
      if (changed) {
        event.preventDefault();
        event.returnValue = '';
      }
    });
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

  /*
   * Rich text: the textarea of each rich-text field gives way to an editor (Squire,
   * shipped with the site) whose toolbar offers exactly what the server keeps:
   * paragraphs, a sub-heading, bold, italic, lists and links. The textarea stays in the
   * form and receives the editor's HTML, so the server checks and cleans it as before.
   */
  function richTextEditors() {
    if (typeof window.Squire !== 'function') {
      return;
    }
    var fields = document.querySelectorAll('[data-rich-text]');
    Array.prototype.forEach.call(fields, function (field) {
      var textarea = field.querySelector('textarea');
      var label = field.querySelector('label');
      if (!textarea || !label) {
        return;
      }
      var hint = field.querySelector('.field__hint--no-script');
      var area = document.createElement('div');
      area.className = 'rich-editor__area';
      area.id = textarea.id + '-editeur';
      area.setAttribute('role', 'textbox');
      area.setAttribute('aria-multiline', 'true');
      area.setAttribute('aria-labelledby', label.id);
      // The hint explains the plain text box's rules, which the editor replaces.
      var describedBy = (textarea.getAttribute('aria-describedby') || '').split(' ').filter(function (id) {
        return id && (!hint || id !== hint.id);
      }).join(' ');
      if (describedBy) {
        area.setAttribute('aria-describedby', describedBy);
      }
      if (textarea.getAttribute('aria-invalid')) {
        area.setAttribute('aria-invalid', textarea.getAttribute('aria-invalid'));
      }
      var toolbar = buildToolbar(label.textContent.trim(), area.id);
      textarea.parentNode.insertBefore(toolbar.element, textarea);
      textarea.parentNode.insertBefore(area, textarea);
      textarea.hidden = true;
      if (hint) {
        hint.hidden = true;
      }
      label.addEventListener('click', function () {
        editor.focus();
      });

      var editor = new window.Squire(area, { blockTag: 'P' });
      editor.setHTML(asHtml(textarea.value));
      toolbar.connect(editor);

      function sync() {
        textarea.value = editor.getHTML();
      }
      editor.addEventListener('input', sync);
      if (textarea.form) {
        textarea.form.addEventListener('submit', sync);
      }
    });
  }

  /* What a plain-text value means to the server: paragraphs at blank lines. */
  function asHtml(value) {
    if (value.indexOf('<') >= 0 || value.trim() === '') {
      return value;
    }
    return value.split(/\r?\n\s*\r?\n/).map(function (block) {
      var text = document.createElement('p');
      text.textContent = block.trim();
      return text.outerHTML.replace(/\r?\n/g, '<br>');
    }).join('');
  }

  /*
   * The dialog that asks for a link's address: a page of the site (chosen from the
   * list of its pages as soon as « / » is typed), a site, an e-mail or a telephone;
   * an address the site would refuse says why, in the dialog.
   */
  var sitePages = null;
  function linkDialog(current, done) {
    var dialog = document.createElement('dialog');
    dialog.className = 'link-dialog';
    dialog.setAttribute('aria-labelledby', 'link-dialog-title');
    dialog.innerHTML = '<form method="dialog" class="form">'
      + '<h2 id="link-dialog-title" class="link-dialog__title">Lien</h2>'
      + '<div class="field"><label for="link-dialog-address">Adresse du lien</label>'
      + '<p class="field__hint" id="link-dialog-hint">Une page du site (tapez « / » pour choisir dans la liste), '
      + 'un site (https://… ou www.…), une adresse e-mail ou un téléphone (tel:…).</p>'
      + '<input id="link-dialog-address" type="text" list="link-dialog-pages" autocomplete="off" '
      + 'spellcheck="false" aria-describedby="link-dialog-hint link-dialog-error">'
      + '<datalist id="link-dialog-pages"></datalist>'
      + '<p class="field__error" id="link-dialog-error" role="alert" hidden></p></div>'
      + '<div class="form__actions"><button class="button button--primary" type="submit" value="ok">Ajouter le lien</button> '
      + '<button class="button button--ghost" type="button" data-cancel>Annuler</button></div></form>';
    document.body.appendChild(dialog);
    var input = dialog.querySelector('input');
    var error = dialog.querySelector('.field__error');
    var list = dialog.querySelector('datalist');
    input.value = current;
    function fill(paths) {
      paths.forEach(function (path) {
        var option = document.createElement('option');
        option.value = path;
        list.appendChild(option);
      });
    }
    if (sitePages) {
      fill(sitePages);
    }
    else if (window.fetch) {
      window.fetch('/admin/liens', { credentials: 'same-origin', headers: { Accept: 'application/json' } })
        .then(function (response) {
          return response.ok ? response.json() : [];
        })
        .then(function (paths) {
          sitePages = paths;
          fill(paths);
        })
        .catch(function () {
          // Typing the address still works.
        });
    }
    var answered = false;
    function close(address) {
      if (answered) {
        return;
      }
      answered = true;
      dialog.close();
      dialog.remove();
      done(address);
    }
    dialog.querySelector('form').addEventListener('submit', function (event) {
      event.preventDefault();
      var address = linkAddress(input.value);
      if (address === null) {
        error.textContent = 'Cette adresse n’est pas reconnue : une page du site commence par /, '
          + 'un site par https:// ou www., un téléphone par tel:, et une adresse e-mail contient @.';
        error.hidden = false;
        input.setAttribute('aria-invalid', 'true');
        input.focus();
        return;
      }
      close(address);
    });
    dialog.querySelector('[data-cancel]').addEventListener('click', function () {
      close(null);
    });
    dialog.addEventListener('cancel', function (event) {
      event.preventDefault();
      close(null);
    });
    dialog.showModal();
    input.focus();
  }

  /* The address as the site stores it, or null when the sanitizer would drop it. */
  function linkAddress(typed) {
    var address = typed.trim();
    if (/^www\.\S+$/i.test(address)) {
      address = 'https://' + address;
    }
    if (/^[^\s@:\/]+@[^\s@\/]+\.[^\s@\/]+$/.test(address)) {
      address = 'mailto:' + address;
    }
    if (!/^(https?:\/\/\S+|mailto:\S+@\S+|tel:\+?[0-9][0-9 .-]{5,}|\/(?![\/\\])\S*)$/i.test(address)) {
      return null;
    }
    return address.replace(/^tel:(.*)$/i, function (all, number) {
      return 'tel:' + number.replace(/[ .-]/g, '');
    });
  }

  function buildToolbar(fieldName, areaId) {
    var element = document.createElement('div');
    element.className = 'rich-editor__toolbar';
    element.setAttribute('role', 'toolbar');
    element.setAttribute('aria-label', 'Mise en forme : ' + fieldName);
    element.setAttribute('aria-controls', areaId);
    var actions = [
      { name: 'heading', label: 'Intertitre', format: 'H3' },
      { name: 'bold', label: 'Gras', format: 'B', shortcut: 'Ctrl+B' },
      { name: 'italic', label: 'Italique', format: 'I', shortcut: 'Ctrl+I' },
      { name: 'bullets', label: 'Liste à puces', format: 'UL' },
      { name: 'numbers', label: 'Liste numérotée', format: 'OL' },
      { name: 'link', label: 'Lien', format: 'A' },
      { name: 'unlink', label: 'Retirer le lien' },
      { name: 'undo', label: 'Annuler' },
      { name: 'redo', label: 'Rétablir' }
    ];
    var buttons = actions.map(function (action, index) {
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'rich-editor__button';
      button.textContent = action.label;
      button.dataset.action = action.name;
      button.tabIndex = (index === 0) ? 0 : -1;
      if (action.format) {
        button.setAttribute('aria-pressed', 'false');
      }
      if (action.shortcut) {
        button.setAttribute('aria-keyshortcuts', action.shortcut.replace('Ctrl', 'Control'));
        button.title = action.label + ' (' + action.shortcut + ')';
      }
      element.appendChild(button);
      return button;
    });

    // One tab stop for the toolbar; arrow keys move between its buttons.
    element.addEventListener('keydown', function (event) {
      var index = buttons.indexOf(document.activeElement);
      if (index < 0) {
        return;
      }
      var next = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: buttons.length - 1 }[event.key];
      if (next === undefined) {
        return;
      }
      event.preventDefault();
      next = (next + buttons.length) % buttons.length;
      buttons[index].tabIndex = -1;
      buttons[next].tabIndex = 0;
      buttons[next].focus();
    });

    function connect(editor) {
      function toggleHeading() {
        var heading = editor.hasFormat('H3');
        editor.modifyBlocks(function (fragment) {
          var blocks = fragment.querySelectorAll('p, h3, div');
          Array.prototype.forEach.call(blocks, function (block) {
            var replacement = document.createElement(heading ? 'P' : 'H3');
            while (block.firstChild) {
              replacement.appendChild(block.firstChild);
            }
            block.parentNode.replaceChild(replacement, block);
          });
          return fragment;
        });
      }
      function link() {
        linkDialog(currentLink(), function (address) {
          editor.focus();
          if (address) {
            editor.makeLink(address);
          }
        });
      }
      function currentLink() {
        var node = editor.getSelection().commonAncestorContainer;
        var root = editor.getRoot();
        while (node && node !== root) {
          if (node.nodeName === 'A') {
            return node.getAttribute('href') || '';
          }
          node = node.parentNode;
        }
        return '';
      }
      var commands = {
        heading: toggleHeading,
        bold: function () {
          return editor.hasFormat('B') ? editor.removeBold() : editor.bold();
        },
        italic: function () {
          return editor.hasFormat('I') ? editor.removeItalic() : editor.italic();
        },
        bullets: function () {
          return editor.hasFormat('UL') ? editor.removeList() : editor.makeUnorderedList();
        },
        numbers: function () {
          return editor.hasFormat('OL') ? editor.removeList() : editor.makeOrderedList();
        },
        link: link,
        unlink: function () {
          editor.removeLink();
        },
        undo: function () {
          editor.undo();
        },
        redo: function () {
          editor.redo();
        }
      };
      buttons.forEach(function (button) {
        button.addEventListener('click', function () {
          commands[button.dataset.action]();
          // The link dialog gives the focus back itself once closed.
          if (button.dataset.action !== 'link') {
            editor.focus();
          }
          refresh();
        });
      });
      function refresh() {
        actions.forEach(function (action, index) {
          if (action.format) {
            buttons[index].setAttribute('aria-pressed', editor.hasFormat(action.format) ? 'true' : 'false');
          }
        });
      }
      editor.addEventListener('pathChange', refresh);
    }

    return { element: element, connect: connect };
  }

  /*
   * The point every crop keeps in view: a click on the picture sets the two selects
   * (which work alone without JavaScript), moves the marker and updates the crops shown.
   */
  function focusPickers() {
    var forms = document.querySelectorAll('form[data-focus-form]');
    Array.prototype.forEach.call(forms, function (form) {
      var picker = form.querySelector('[data-focus-picker]');
      var marker = form.querySelector('[data-focus-marker]');
      var selectX = form.querySelector('[data-focus-x]');
      var selectY = form.querySelector('[data-focus-y]');
      var previews = form.querySelectorAll('[data-focus-preview]');
      if (!picker || !selectX || !selectY) {
        return;
      }
      picker.hidden = false;
      function show() {
        marker.style.left = selectX.value + '%';
        marker.style.top = selectY.value + '%';
        Array.prototype.forEach.call(previews, function (preview) {
          preview.className = preview.className.replace(/\bfocus-[xy]-\d+\b/g, '').trim()
            + ' focus-x-' + selectX.value + ' focus-y-' + selectY.value;
        });
      }
      function step(value) {
        return String(Math.max(0, Math.min(100, Math.round(value / 10) * 10)));
      }
      picker.addEventListener('click', function (event) {
        var box = picker.getBoundingClientRect();
        selectX.value = step((event.clientX - box.left) / box.width * 100);
        selectY.value = step((event.clientY - box.top) / box.height * 100);
        selectX.dispatchEvent(new Event('change', { bubbles: true }));
        show();
      });
      selectX.addEventListener('change', show);
      selectY.addEventListener('change', show);
      show();
    });
  }

  /*
   * Several photos chosen or dropped are sent one by one, each with its progress bar and
   * its outcome; the description typed stays in the form whatever happens. Without
   * JavaScript the form sends every file chosen in one go.
   */
  function photoUploads() {
    var area = document.querySelector('[data-photo-upload]');
    if (!area || !window.FormData || !window.XMLHttpRequest) {
      return;
    }
    var form = area.closest('form');
    var input = area.querySelector('[data-photo-files]');
    var list = area.querySelector('[data-upload-list]');
    var sendButton = area.querySelector('[data-photo-send]');
    var sentButton = area.querySelector('[data-photo-sent]');
    ['dragenter', 'dragover'].forEach(function (type) {
      area.addEventListener(type, function (event) {
        event.preventDefault();
        area.classList.add('photo-upload--dragging');
      });
    });
    ['dragleave', 'drop'].forEach(function (type) {
      area.addEventListener(type, function () {
        area.classList.remove('photo-upload--dragging');
      });
    });
    area.addEventListener('drop', function (event) {
      event.preventDefault();
      if (event.dataTransfer && event.dataTransfer.files.length) {
        input.files = event.dataTransfer.files;
        input.dispatchEvent(new Event('change', { bubbles: true }));
      }
    });

    function send(file, row) {
      return new Promise(function (resolve) {
        var data = new FormData(form);
        data.delete('photo');
        data.delete('action');
        data.append('photo', file);
        var request = new XMLHttpRequest();
        var progress = row.querySelector('progress');
        var status = row.querySelector('.upload-list__status');
        request.open('POST', sendButton.formAction);
        request.setRequestHeader('X-Requested-With', 'XMLHttpRequest');
        request.upload.addEventListener('progress', function (event) {
          if (event.lengthComputable) {
            progress.value = Math.round(event.loaded / event.total * 100);
          }
        });
        request.addEventListener('load', function () {
          var signedOut = request.responseURL && request.responseURL.indexOf('/admin/login') !== -1;
          if (request.status === 200 && !signedOut) {
            progress.value = 100;
            status.textContent = 'Enregistrée.';
            resolve(true);
            return;
          }
          row.classList.add('upload-list__item--failed');
          status.textContent = signedOut
            ? 'Non envoyée : votre session a expiré. Reconnectez-vous dans un autre onglet, puis renvoyez ce fichier ; la description saisie est restée dans le formulaire.'
            : (request.status === 413
              ? 'Non envoyée : le fichier dépasse la taille acceptée (25 Mo).'
              : (request.responseText && request.responseText.length < 600 && (request.getResponseHeader('Content-Type') || '').indexOf('text/plain') === 0
                ? request.responseText : 'Non envoyée : le serveur n’a pas pu l’enregistrer (' + request.status + ').'));
          resolve(false);
        });
        request.addEventListener('error', function () {
          row.classList.add('upload-list__item--failed');
          status.textContent = 'Non envoyée : la connexion a été interrompue. Renvoyez ce fichier.';
          resolve(false);
        });
        request.send(data);
      });
    }

    // The page is one form: only its « Envoyer » button sends the files this way.
    form.addEventListener('submit', function (event) {
      var files = Array.prototype.slice.call(input.files || []);
      if (event.submitter !== sendButton || !files.length) {
        return;
      }
      event.preventDefault();
      list.textContent = '';
      var rows = files.map(function (file) {
        var row = document.createElement('li');
        row.className = 'upload-list__item';
        var name = document.createElement('span');
        name.textContent = file.name;
        var progress = document.createElement('progress');
        progress.max = 100;
        progress.value = 0;
        progress.setAttribute('aria-label', 'Envoi de ' + file.name);
        var status = document.createElement('span');
        status.className = 'upload-list__status';
        status.textContent = 'En attente…';
        row.appendChild(name);
        row.appendChild(progress);
        row.appendChild(status);
        list.appendChild(row);
        return row;
      });
      var failures = 0;
      files.reduce(function (previous, file, index) {
        return previous.then(function () {
          rows[index].querySelector('.upload-list__status').textContent = 'Envoi…';
          return send(file, rows[index]).then(function (sent) {
            failures += sent ? 0 : 1;
          });
        });
      }, Promise.resolve()).then(function () {
        // The page comes back through the form, so that what was typed elsewhere on
        // it is kept, not lost in a reload; the files already sent are not sent again.
        function showSent() {
          input.value = '';
          form.requestSubmit(sentButton);
        }
        if (failures === 0) {
          showSent();
          return;
        }
        var again = document.createElement('li');
        var show = document.createElement('button');
        show.type = 'button';
        show.className = 'button button--ghost';
        show.textContent = 'Afficher les photos enregistrées';
        show.addEventListener('click', showSent);
        again.appendChild(show);
        list.appendChild(again);
      });
    });
  }

  /*
   * What is typed in an edit form is also kept in this browser, until the form is sent:
   * a reload, a closed tab or a crash of the browser never loses it. When the page opens
   * again on the same version of the item, the text typed is put back, with a notice
   * and a button to go back to the saved text; on a version changed since, it is only
   * offered. Signing out forgets it all.
   */
  function typingKeptInBrowser() {
    var storage;
    try {
      storage = window.localStorage;
      storage.setItem('per-saisie-test', '1');
      storage.removeItem('per-saisie-test');
    }
    catch (error) {
      return;
    }
    var PREFIX = 'per-saisie:';
    var KEPT_FOR = 7 * 24 * 3600 * 1000;
    var logout = document.querySelector('form[action$="/admin/logout"]');
    if (logout) {
      logout.addEventListener('submit', function () {
        Object.keys(storage).filter(function (key) {
          return key.indexOf(PREFIX) === 0;
        }).forEach(function (key) {
          storage.removeItem(key);
        });
      });
    }
    var forms = document.querySelectorAll('#contenu form[method="post"]');
    Array.prototype.forEach.call(forms, function (form) {
      var version = form.querySelector('input[name="version"]');
      if (!version) {
        return;
      }
      var key = PREFIX + window.location.pathname + ':' + (form.getAttribute('action') || '');
      function fields() {
        return Array.prototype.filter.call(form.elements, function (field) {
          return field.name && field.name !== '_csrf' && field.name !== 'version' && field.name.charAt(0) !== '_'
            && ['file', 'hidden', 'password', 'submit', 'button'].indexOf(field.type) === -1;
        });
      }
      function read() {
        var values = {};
        fields().forEach(function (field) {
          var name = field.name + (field.type === 'checkbox' || field.type === 'radio' ? '=' + field.value : '');
          values[name] = (field.type === 'checkbox' || field.type === 'radio') ? field.checked : field.value;
        });
        return values;
      }
      function write(values) {
        fields().forEach(function (field) {
          var name = field.name + (field.type === 'checkbox' || field.type === 'radio' ? '=' + field.value : '');
          if (Object.prototype.hasOwnProperty.call(values, name)) {
            if (field.type === 'checkbox' || field.type === 'radio') {
              field.checked = values[name];
            }
            else {
              field.value = values[name];
            }
          }
        });
      }
      var saved = read();
      var kept = null;
      try {
        kept = JSON.parse(storage.getItem(key) || 'null');
      }
      catch (error) {
        kept = null;
      }
      if (kept && (Date.now() - kept.at > KEPT_FOR || JSON.stringify(kept.values) === JSON.stringify(saved))) {
        storage.removeItem(key);
        kept = null;
      }
      if (kept) {
        var notice = document.createElement('div');
        notice.className = 'flash flash--warning kept-typing';
        notice.setAttribute('role', 'status');
        var text = document.createElement('p');
        var when = new Date(kept.at).toLocaleString('fr-FR', { dateStyle: 'short', timeStyle: 'short' });
        var button = document.createElement('button');
        button.type = 'button';
        button.className = 'button button--ghost';
        if (kept.version === version.value) {
          write(kept.values);
          // Put back, not sent: leaving the page asks first.
          form.dispatchEvent(new Event('input', { bubbles: true }));
          text.textContent = 'Votre saisie du ' + when + ', jamais envoyée, a été remise dans le formulaire. '
            + 'Elle n’est pas enregistrée : publiez-la ou enregistrez-la en brouillon.';
          button.textContent = 'Revenir au texte enregistré';
          button.addEventListener('click', function () {
            storage.removeItem(key);
            document.dispatchEvent(new Event('per-leave-allowed'));
            window.location.reload();
          });
        }
        else {
          text.textContent = 'Une saisie du ' + when + ', jamais envoyée, a été retrouvée ; le contenu a été modifié depuis, '
            + 'elle n’a donc pas été remise dans le formulaire.';
          button.textContent = 'Remettre ma saisie quand même';
          button.addEventListener('click', function () {
            // Put back by the page itself, before its rich-text editors start.
            kept.version = version.value;
            storage.setItem(key, JSON.stringify(kept));
            window.location.reload();
          });
        }
        notice.appendChild(text);
        notice.appendChild(button);
        form.insertBefore(notice, form.firstChild);
      }
      var timer = null;
      function keep() {
        timer = null;
        var values = read();
        if (JSON.stringify(values) === JSON.stringify(saved)) {
          storage.removeItem(key);
          return;
        }
        try {
          storage.setItem(key, JSON.stringify({ at: Date.now(), version: version.value, values: values }));
        }
        catch (error) {
          // Storage full or refused: the warning before leaving still protects the text.
        }
      }
      function later() {
        if (timer) {
          window.clearTimeout(timer);
        }
        timer = window.setTimeout(keep, 400);
      }
      form.addEventListener('input', later);
      form.addEventListener('change', later);
      form.addEventListener('submit', function () {
        if (timer) {
          window.clearTimeout(timer);
          timer = null;
        }
        storage.removeItem(key);
      });
    });
  }

  /*
   * Passkeys, through Spring Security's endpoints: adding one from « Mon compte », and
   * signing in with one. Both need WebAuthn in the browser; without it, or without
   * JavaScript, the buttons stay hidden and the password form is there.
   */
  function passkeys() {
    var signIn = document.querySelector('[data-passkey-sign-in]');
    var register = document.querySelector('[data-passkey-register]');
    if ((!signIn && !register) || !window.PublicKeyCredential || !window.fetch) {
      return;
    }
    var token = document.querySelector('meta[name="per-csrf"]');
    var headers = { 'Content-Type': 'application/json' };
    if (token) {
      headers[token.getAttribute('data-header')] = token.getAttribute('content');
    }
    function encode(buffer) {
      var text = String.fromCharCode.apply(null, new Uint8Array(buffer));
      return window.btoa(text).replace(/=/g, '').replace(/\+/g, '-').replace(/\//g, '_');
    }
    function decode(value) {
      var text = window.atob(value.replace(/-/g, '+').replace(/_/g, '/'));
      var bytes = new Uint8Array(text.length);
      for (var i = 0; i < text.length; i++) {
        bytes[i] = text.charCodeAt(i);
      }
      return bytes.buffer;
    }
    function post(url, body) {
      return window.fetch(url, {
        method: 'POST', credentials: 'same-origin', headers: headers,
        body: body ? JSON.stringify(body) : undefined
      });
    }
    function json(response) {
      if (!response.ok) {
        throw new Error('HTTP ' + response.status);
      }
      return response.json();
    }
    function show(error, message) {
      error.textContent = message;
      error.hidden = false;
    }
    function ids(list) {
      return (list || []).map(function (credential) {
        return Object.assign({}, credential, { id: decode(credential.id) });
      });
    }

    if (signIn) {
      var signInButton = signIn.querySelector('button');
      var signInError = signIn.querySelector('.field__error');
      signIn.hidden = false;
      signInButton.addEventListener('click', function () {
        signInError.hidden = true;
        post('/webauthn/authenticate/options').then(json).then(function (options) {
          return navigator.credentials.get({ publicKey: Object.assign({}, options, {
            challenge: decode(options.challenge), allowCredentials: ids(options.allowCredentials)
          }) });
        }).then(function (credential) {
          var response = credential.response;
          return post('/login/webauthn', {
            id: credential.id,
            rawId: encode(credential.rawId),
            response: {
              authenticatorData: encode(response.authenticatorData),
              clientDataJSON: encode(response.clientDataJSON),
              signature: encode(response.signature),
              userHandle: response.userHandle ? encode(response.userHandle) : undefined
            },
            credType: credential.type,
            clientExtensionResults: credential.getClientExtensionResults(),
            authenticatorAttachment: credential.authenticatorAttachment
          });
        }).then(function (response) {
          return response.json().then(function (answer) {
            if (!response.ok || !answer.authenticated) {
              throw new Error(answer.error || 'refusée');
            }
            window.location.href = answer.redirectUrl;
          });
        }).catch(function (error) {
          show(signInError, (error && error.name === 'NotAllowedError')
            ? 'Connexion par clé d’accès annulée, ou aucune clé de ce site sur cet appareil.'
            : 'La clé d’accès n’a pas été acceptée : ' + (error && error.message ? error.message : 'erreur inconnue')
              + '. Connectez-vous avec votre mot de passe.');
        });
      });
    }

    if (register) {
      var label = register.querySelector('input');
      var addButton = register.querySelector('button');
      var addError = register.querySelector('.field__error');
      register.querySelector('.no-script-hint').hidden = true;
      label.closest('.field').hidden = false;
      addButton.hidden = false;
      addButton.addEventListener('click', function () {
        addError.hidden = true;
        var name = label.value.trim();
        if (!name) {
          show(addError, 'Donnez d’abord un nom à la clé, pour la reconnaître ensuite.');
          label.focus();
          return;
        }
        post('/webauthn/register/options').then(json).then(function (options) {
          return navigator.credentials.create({ publicKey: Object.assign({}, options, {
            challenge: decode(options.challenge),
            user: Object.assign({}, options.user, { id: decode(options.user.id) }),
            excludeCredentials: ids(options.excludeCredentials)
          }) });
        }).then(function (credential) {
          var response = credential.response;
          return post('/webauthn/register', { publicKey: { label: name, credential: {
            id: credential.id,
            rawId: encode(credential.rawId),
            response: {
              attestationObject: encode(response.attestationObject),
              clientDataJSON: encode(response.clientDataJSON),
              transports: response.getTransports ? response.getTransports() : []
            },
            type: credential.type,
            clientExtensionResults: credential.getClientExtensionResults(),
            authenticatorAttachment: credential.authenticatorAttachment
          } } });
        }).then(json).then(function (answer) {
          if (!answer.success) {
            throw new Error('refusée');
          }
          document.dispatchEvent(new Event('per-leave-allowed'));
          window.location.href = window.location.pathname + '?cle=ajoutee#cles';
        }).catch(function (error) {
          show(addError, (error && error.name === 'InvalidStateError')
            ? 'Cet appareil a déjà une clé d’accès pour votre compte.'
            : (error && error.name === 'NotAllowedError')
              ? 'Ajout annulé : aucune clé n’a été créée.'
              : 'La clé n’a pas pu être ajoutée (' + (error && error.message ? error.message : 'erreur inconnue') + ').');
        });
      });
    }
  }

  sessionWarning();
  leaveWarning();
  typingKeptInBrowser();
  dragToReorder();
  richTextEditors();
  focusPickers();
  photoUploads();
  passkeys();
}());
