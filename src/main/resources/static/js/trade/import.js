// Sends the import form with the upload's progress shown; the answer (the report, or every bad row) replaces the
// page as a normal form post would. Without JavaScript the form posts as it is.
(function () {
  var form = document.getElementById('trade-import-form');
  if (!form || !window.XMLHttpRequest || !window.FormData) {
    return;
  }
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var box = document.getElementById('import-progress-box');
    var bar = document.getElementById('import-progress');
    var text = document.getElementById('import-progress-text');
    var button = document.getElementById('import-submit');
    box.hidden = false;
    button.disabled = true;
    var request = new XMLHttpRequest();
    request.open('POST', form.action);
    request.upload.addEventListener('progress', function (e) {
      if (e.lengthComputable) {
        var pct = Math.round((e.loaded / e.total) * 100);
        bar.value = pct;
        text.textContent = pct + ' %';
      }
    });
    request.upload.addEventListener('load', function () {
      bar.value = 100;
      bar.removeAttribute('value');
      text.textContent = text.getAttribute('data-checking');
    });
    request.addEventListener('load', function () {
      document.open();
      document.write(request.responseText);
      document.close();
    });
    request.addEventListener('error', function () {
      button.disabled = false;
      form.submit();
    });
    request.send(new FormData(form));
  });
})();
