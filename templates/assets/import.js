/* global document, window, XMLHttpRequest, FormData, DOMParser */
// Upload progress for the staff import form. Without this script the form posts normally and the
// server renders the same result page; with it, the page shows a <progress> while the file goes up,
// then swaps in the result page's <main> that the server answered.
(function () {
  'use strict';
  var form = document.querySelector('form[data-import]');
  if (!form || !window.FormData || !window.DOMParser) {
    return;
  }
  var box = form.querySelector('[data-progress]');
  var bar = box.querySelector('progress');
  var status = box.querySelector('[data-status]');
  var button = form.querySelector('button[type=submit]');

  function showResult(html) {
    var page = new DOMParser().parseFromString(html, 'text/html');
    var main = page.querySelector('main');
    if (!main) {
      return false;
    }
    document.querySelector('main').replaceWith(document.importNode(main, true));
    document.title = page.title;
    var heading = document.querySelector('main h1');
    if (heading) {
      heading.focus();
    }
    return true;
  }

  function fail() {
    status.textContent = form.getAttribute('data-failed');
    button.disabled = false;
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var request = new XMLHttpRequest();
    request.open('POST', form.action);
    request.setRequestHeader('Accept', 'text/html');
    // The token is also the form's first field; the header is read before the body arrives.
    request.setRequestHeader('x-csrf-token', form.elements._csrf.value);
    request.upload.addEventListener('progress', function (progress) {
      if (progress.lengthComputable) {
        bar.value = Math.round((progress.loaded / progress.total) * 100);
      }
    });
    request.upload.addEventListener('load', function () {
      // The file is up; checking and writing take a moment more: an indeterminate bar.
      bar.removeAttribute('value');
      status.textContent = form.getAttribute('data-processing');
    });
    request.addEventListener('load', function () {
      if (!showResult(request.responseText)) {
        fail();
      }
    });
    request.addEventListener('error', fail);
    request.addEventListener('abort', fail);
    box.hidden = false;
    bar.value = 0;
    status.textContent = '';
    button.disabled = true;
    request.send(new FormData(form));
  });
})();
