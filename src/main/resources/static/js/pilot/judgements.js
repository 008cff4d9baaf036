// Highlights the pair of the most inconsistent judgement named by the live consistency panel.
(function () {
  function highlight() {
    var status = document.querySelector('#pilot-cr .pilot-status');
    document.querySelectorAll('.pilot-pair.pilot-worst').forEach(function (row) {
      row.classList.remove('pilot-worst');
    });
    if (!status) {
      return;
    }
    var row = status.getAttribute('data-worst-row');
    var column = status.getAttribute('data-worst-column');
    if (row !== null && row !== '' && column !== null && column !== '') {
      var pair = document.getElementById('pair-' + row + '-' + column);
      if (pair) {
        pair.classList.add('pilot-worst');
      }
    }
  }
  document.addEventListener('DOMContentLoaded', highlight);
  document.addEventListener('htmx:afterSwap', highlight);
})();
