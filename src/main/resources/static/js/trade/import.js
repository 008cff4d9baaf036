// Sends the import form with the upload's progress shown, then, while the server stores and checks the file, polls
// the import's progress (decision 0099: phase, percentage and rows read, in the reader's language) under the form's
// Idempotency-Key. The answer (the report, or every bad row) replaces the page as a normal form post would.
// Without JavaScript the form posts as it is.
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
    var key = document.getElementById('idempotencyKey').value;
    var polling = null;
    var finished = false;
    box.hidden = false;
    button.disabled = true;

    function poll() {
      var probe = new XMLHttpRequest();
      probe.open('GET', text.getAttribute('data-progress') + '?key=' + encodeURIComponent(key));
      probe.setRequestHeader('Accept', 'application/json');
      probe.addEventListener('load', function () {
        if (finished || probe.status !== 200) {
          return;
        }
        var line = JSON.parse(probe.responseText);
        bar.value = line.percent;
        text.textContent = line.text;
        text.setAttribute('data-phase', line.phase);
      });
      probe.send();
    }

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
      bar.value = 0;
      text.textContent = text.getAttribute('data-checking');
      poll();
      polling = window.setInterval(poll, 500);
    });
    request.addEventListener('load', function () {
      finished = true;
      window.clearInterval(polling);
      document.open();
      document.write(request.responseText);
      document.close();
    });
    request.addEventListener('error', function () {
      finished = true;
      window.clearInterval(polling);
      button.disabled = false;
      form.submit();
    });
    request.send(new FormData(form));
  });
})();
